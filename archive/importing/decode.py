"""Bytes to text: refuse what is not text, detect the encoding, keep every byte.

UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030/GBK and Big5 are read;
a file that mixes encodings is decoded line by line. Undecodable bytes become
U+FFFD in the text (the stored source keeps them as they were) and are counted.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

MAX_BYTES = 32 * 2**20

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7z archive",
    b"\xd0\xcf\x11\xe0": "an Office document",
    b"SQLite format 3": "an SQLite database",
    b"\x7fELF": "a program",
    b"MZ": "a program",
}
_CANDIDATES = ("utf_8", "gb18030", "big5", "utf_16")


class NotText(ValueError):
    """The file cannot be read as text; the message says why, in plain words.

    ``reason`` names the kind of problem (empty, too_large, binary,
    undecodable) and ``detail`` its particulars, for a translated message.
    """

    def __init__(self, message: str, *, reason: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # e.g. "utf-8", "utf-8-sig", "gb18030", "utf-8+gb18030"
    replaced: int = 0  # undecodable bytes shown as U+FFFD


def check_size(size: int) -> None:
    """Raise :class:`NotText` for a file of ``size`` bytes too large for a page."""
    if size > MAX_BYTES:
        raise NotText(
            f"too large for one page ({size / 2**20:.0f} MB; "
            f"the limit is {MAX_BYTES // 2**20} MB): split it into pages",
            reason="too_large",
            detail=f"{size / 2**20:.0f}",
        )


def decode(data: bytes) -> Decoded:
    """The text of ``data``; raises :class:`NotText` for empty or binary data."""
    if not data.strip():
        raise NotText("empty file", reason="empty")
    check_size(len(data))
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode_as(data, encoding)
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # a UTF-8 file with some lines in another encoding
        return _decode_lines(data)
    best = from_bytes(data, cp_isolation=list(_CANDIDATES)).best()
    if best is not None and best.encoding in ("gb18030", "big5", "utf_16"):
        try:
            return Decoded(data.decode(best.encoding), _name(best.encoding))
        except UnicodeDecodeError:
            pass
    return _decode_lines(data)


def _refuse_binary(data: bytes) -> None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise NotText(f"not text: {kind}", reason="binary", detail=kind)
    head = data[:8192]
    if b"\x00" in head:
        raise NotText("not text: binary data", reason="binary", detail="binary data")


def _mostly_utf8(data: bytes) -> bool:
    lines = [line for line in data.splitlines() if not line.isascii()]
    good = 0
    for line in lines:
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            pass
    return good * 2 >= len(lines)


def _decode_as(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    return Decoded(text.lstrip("\ufeff"), encoding, text.count("\ufffd"))


def _decode_lines(data: bytes) -> Decoded:
    """Each line in the first encoding that reads it cleanly (mixed files)."""
    used: list[str] = []
    parts = []
    replaced = 0
    for line in data.splitlines(keepends=True):
        for encoding in ("utf-8", "gb18030", "big5"):
            try:
                parts.append(line.decode(encoding))
            except UnicodeDecodeError:
                continue
            if encoding not in used:
                used.append(encoding)
            break
        else:
            text = line.decode("gb18030", errors="replace")
            replaced += text.count("\ufffd")
            parts.append(text)
    text = "".join(parts)
    if replaced and replaced * 4 > len(text):
        raise NotText(
            "not text: most bytes match no known encoding", reason="undecodable"
        )
    return Decoded(text, "+".join(used) or "gb18030", replaced)


def _name(encoding: str) -> str:
    return {"utf_16": "utf-16", "utf_8": "utf-8"}.get(encoding, encoding)
