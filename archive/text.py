"""Small text helpers shared by the importer, the demo and the search."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import UTC, datetime

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NOT_HAN = re.compile(rf"[^{_HAN}]+")
_LATIN_WORDS = re.compile(r"[A-Za-z0-9]+(?:[.,%][A-Za-z0-9]+)*")


def word_count(*texts: str | None) -> int:
    """Characters of Chinese plus words of Latin letters and numbers, as 字数."""
    return sum(
        len(_NOT_HAN.sub("", text)) + len(_LATIN_WORDS.findall(text))
        for text in texts
        if text
    )


def now() -> str:
    """The current time, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_uuid() -> str:
    return str(uuid.uuid4())


def year_of(date: str | None) -> int | None:
    """The year of a full or partial ISO date ('2022', '2022-06', '2022-06-17')."""
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def name_key(name: str) -> str:
    """What two names must share to be the same (a tag's): full- and
    half-width and letter case folded (ＡＩ, ai and AI alike)."""
    return unicodedata.normalize("NFKC", name).casefold()


# What kind of picture a caption says it is, in the order the Captions view's
# arrays code them: the paper's own news photo, a file photo (资料图), one
# supplied by someone else (供图, …提供).
CAPTION_KINDS = ("news", "file", "supplied")
_FILE_PHOTO = ("资料图", "资料照片")


def caption_kind(label: str | None, text: str, credit: str | None) -> str:
    """The kind a caption's label, text and credit line say it is (stored in
    ``captions.kind`` as the caption is written: derived at each read, it
    was most of the 2-2.7 s of CPU that reading every caption took)."""
    labelled = (label or "") + text
    if any(word in labelled for word in _FILE_PHOTO):
        return "file"
    credit = credit or ""
    if "供图" in credit + text or "提供" in credit:
        return "supplied"
    return "supplied" if text.rstrip("）)。 ").endswith("提供") else "news"
