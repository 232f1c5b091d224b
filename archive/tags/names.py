"""Tag names as typed, read into a path of names the tree can hold.

A path is its names between separators (``/``, or the full-width ``／``):
spaces around a name go, runs of spaces inside one become one, empty names
(a leading, trailing or doubled separator) are dropped, and full-width
letters and digits are read as half-width (NFKC). Two names are the same
tag when they differ only in width or letter case: :func:`key` is what
compares them. What cannot be a tag (nothing at all, a name of more than
:data:`MAX_NAME` characters, a path deeper than :data:`MAX_DEPTH`) is
refused with a :class:`TagError` saying why.
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import InvalidInput
from ..text import name_key

MAX_NAME = 100  # characters in one name of a path
MAX_DEPTH = 12  # names in one path
SEPARATOR = "/"

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


class TagError(InvalidInput):
    """A tag name or tree edit that cannot be made; ``reason`` names why
    (the window says it in the user's language), ``str()`` in English."""

    code = "tag"

    def __init__(self, message: str, *, reason: str, name: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.name = name


def split_path(text: str) -> tuple[str, ...]:
    """The names of the tag path ``text``, normalised (see the module)."""
    if not isinstance(text, str):
        raise TagError("a tag needs a name", reason="empty")
    folded = unicodedata.normalize("NFKC", _CONTROL.sub(" ", text))
    parts = [_SPACES.sub(" ", part).strip() for part in folded.split(SEPARATOR)]
    names = tuple(part for part in parts if part)
    if not names:
        raise TagError("a tag needs a name", reason="empty")
    for name in names:
        if len(name) > MAX_NAME:
            raise TagError(
                f"a tag name has at most {MAX_NAME} characters "
                f"(this one has {len(name)})",
                reason="too_long",
                name=name[:20] + "…",
            )
    if len(names) > MAX_DEPTH:
        raise TagError(
            f"a tag path has at most {MAX_DEPTH} levels (this one has {len(names)})",
            reason="too_deep",
        )
    return names


def normalise(text: str) -> str:
    """The tag path ``text`` as it is stored: 科技 / 人才// → 科技/人才."""
    return SEPARATOR.join(split_path(text))


def key(name: str) -> str:
    """What two names must share to be the same tag: width and case folded."""
    return name_key(name)


def path_key(text: str) -> str:
    """:func:`key` of every name of a path, joined: what paths compare by."""
    return SEPARATOR.join(key(name) for name in split_path(text))
