"""Values of an export's fields as the article's fields want them.

Exports give text as strings, but also as numbers, lists of paragraphs, a
Python list's repr ("['第一段', '第二段']") or objects; each becomes text,
paragraphs or a number, never an error.
"""

from __future__ import annotations

import ast
import re

from .formats import html_to_text

_MEDIA = frozenset({"image", "img", "picture", "photo", "video", "audio", "file"})
_TAG = re.compile(r"</?(?:p|br|div|span|strong|b|i|em|img|a|section|h\d)\b[^>]*>", re.I)
_LIST_REPR = re.compile(r"^\s*\[\s*(['\"]).*\1\s*\]\s*$", re.S)


def text_of(value: object) -> str | None:  # noqa: PLR0911 (a return per type)
    """The text a field's value holds, or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return _unlisted(value).strip() or None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        parts = [text_of(v) for v in value]
        return " ".join(p for p in parts if p) or None
    if isinstance(value, dict):
        if str(value.get("type", "")).lower() in _MEDIA:
            return None  # {"type": "image", "value": "a.jpg"}: no text
        for key in ("text", "value", "content", "name", "title"):
            if key in value:
                return text_of(value[key])
        return text_of(list(value.values()))
    return None


def paragraphs(value: object) -> list[str]:
    """A body's paragraphs: lines of a string, items of a list."""
    if isinstance(value, list | tuple):
        return [p for v in value for p in paragraphs(v)]
    if isinstance(value, str):
        value = _items(value) or value
        if isinstance(value, list):
            return paragraphs(value)
    text = value if isinstance(value, str) else text_of(value)
    if not text:
        return []
    if "<" in text and _TAG.search(text):  # '<p>…</p><p>…</p>': HTML in a field
        text = html_to_text(text)
    if "\\" in text:
        text = _unescaped(text)
    return [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]


# Escapes an exporter wrote out as text ('…新品。\\n一家…', '\\u3000\\u3000全长'):
# a line break, a tab or a character code, never a backslash the text meant.
_ESCAPED = re.compile(r"\\(?:r\\n|n|r|t|u([0-9a-fA-F]{4}))")


def _unescaped(text: str) -> str:
    if not re.search(r"\\(?:n|r\\n|u3000)", text):
        return text
    return _ESCAPED.sub(_unescape, text)


def _unescape(match: re.Match) -> str:
    if match.group(1):
        return chr(int(match.group(1), 16))
    return " " if match.group() == "\\t" else "\n"


def number(value: object) -> int | None:
    """A count such as a view count, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    text = text_of(value)
    return int(text) if text and text.isascii() and text.isdigit() else None


def _items(text: str) -> list | None:
    """ "['第一段', '第二段']" (a body stored as a list's repr) → its items."""
    if not _LIST_REPR.match(text) or len(text) > 2_000_000:
        return None
    try:
        items = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return items if isinstance(items, list) else None


def _unlisted(text: str) -> str:
    items = _items(text)
    return " ".join(text_of(i) or "" for i in items) if items is not None else text
