"""Files that hold a page but are not text: Word's .docx and a browser's page
saved as one file (.mhtml, .mht), each turned into the text the readers read.

A .docx is a zip of XML parts: python-docx (made for this) gives its
paragraphs and tables in the order they stand, a table a line per row; the
page header and footer (a letterhead, page numbers) are the document's own
furniture and are not read. A paragraph Word styles as a title or heading, or
sets whole in bold and centred or large, is marked as a heading ('# …'), as
the HTML reader marks <h1>: the page reader still weighs it as any heading.

An .mhtml is a MIME message: the standard library's email package parses it,
and its first HTML part is read as an HTML file is (trafilatura's main text).

Either is recognised by its contents as well as its name (a .docx renamed
.txt, an .mhtml saved as .html). A damaged one raises :class:`Damaged`, with
the format's name for the message; the file's bytes stay the stored source.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from email.message import EmailMessage
from pathlib import PurePath

DOCX = "docx"
MHTML = "mhtml"
NAMES = {DOCX: "Word (.docx)", MHTML: "MHTML (.mhtml)"}  # in messages
MAX_HEADING = 48  # a bold line longer is a bold paragraph, not a heading
BIG = 152400  # 12 pt in EMU: a line set larger than body text stands out
_ZIP = b"PK\x03\x04"
_MIME = re.compile(rb"(?im)^content-type:\s*multipart/related")
_TERMINAL = "。！？!?；;…"


class Damaged(ValueError):
    """The file claims a format it does not hold whole; ``name`` is the
    format's name for the message ('Word (.docx)')."""

    def __init__(self, kind: str, why: str) -> None:
        super().__init__(f"a damaged {NAMES[kind]} file: {why}")
        self.name = NAMES[kind]


def kind_of(name: str, data: bytes) -> str | None:
    """``docx``, ``mhtml`` or None (a file the text decoder reads)."""
    suffix = PurePath(name).suffix.lower()
    if suffix in (".docx", ".docm", ".dotx"):
        return DOCX
    if data.startswith(_ZIP):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return DOCX
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        return None
    if suffix in (".mht", ".mhtml") or _MIME.search(data[:4096]):
        return MHTML
    return None


def text_of(kind: str, data: bytes) -> tuple[str, str]:
    """The text of a ``kind`` file (for an .mhtml, its HTML) and its encoding;
    raises :class:`Damaged`."""
    return (docx_text(data), "utf-8") if kind == DOCX else mhtml_html(data)


def docx_text(data: bytes) -> str:
    """A Word document's paragraphs and table rows, a line each."""
    import docx  # noqa: PLC0415 (python-docx and lxml: only for Word files)
    from docx.opc.exceptions import OpcError  # noqa: PLC0415
    from docx.table import Table  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines += _rows(block)
            else:
                lines.append(_paragraph(block))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError, OSError) as error:
        raise Damaged(DOCX, _why(error)) from error
    except Exception as error:  # lxml's XMLSyntaxError and its kin
        if type(error).__module__.startswith(("lxml", "docx")):
            raise Damaged(DOCX, _why(error)) from error
        raise
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise Damaged(DOCX, "no text in it")
    return text + "\n"


def _why(error: Exception) -> str:
    if isinstance(error, zipfile.BadZipFile):
        return "not a whole zip archive"
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def _paragraph(paragraph: object) -> str:
    text: str = paragraph.text.rstrip()  # type: ignore[attr-defined]
    if text.strip() and _is_heading(paragraph, text.strip()):
        level = _level(paragraph)
        return f"{'#' * level} {text.strip()}"
    return text


def _level(paragraph: object) -> int:
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    found = re.search(r"(\d)$", style)
    return min(int(found.group(1)), 2) if found and "Heading" in style else 1


def _is_heading(paragraph: object, text: str) -> bool:
    """Styled as a title or heading, or a short line set whole in bold and
    centred or large, not ending a sentence."""
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    if style == "Title" or style.startswith(("Heading", "Subtitle")):
        return len(text) <= MAX_HEADING * 2
    if len(text) > MAX_HEADING or text[-1] in _TERMINAL:
        return False
    runs = [r for r in paragraph.runs if r.text.strip()]  # type: ignore[attr-defined]
    if not runs or not all(r.bold for r in runs):
        return False
    centred = paragraph.alignment is not None and int(paragraph.alignment) == 1  # type: ignore[attr-defined]
    large = all(r.font.size is not None and r.font.size > BIG for r in runs)
    return centred or large


def _rows(table: object) -> list[str]:
    """A table's rows, cells apart by a wide space; a merged cell once."""
    lines = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            value = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if value:
                cells.append(value)
        if cells:
            lines.append("\u3000".join(cells))
    return lines


def mhtml_html(data: bytes) -> tuple[str, str]:
    """The HTML of a page saved as one file, and its charset."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as error:  # the email package's parser keeps going; a guard
        raise Damaged(MHTML, _why(error)) from error
    assert isinstance(message, EmailMessage)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset() or _meta_charset(payload) or "utf-8"
        try:
            return payload.decode(_codec(charset)), charset
        except (LookupError, UnicodeDecodeError):
            return payload.decode("gb18030", errors="replace"), "gb18030"
    raise Damaged(MHTML, "no HTML page in it")


def _meta_charset(html: bytes) -> str | None:
    found = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", html[:4096])
    return found.group(1).decode("ascii") if found else None


def _codec(charset: str) -> str:
    """gb2312 and gbk pages hold characters only gb18030 has a place for."""
    lowered = charset.lower()
    return "gb18030" if lowered in ("gb2312", "gbk", "x-gbk", "gb_2312-80") else lowered
