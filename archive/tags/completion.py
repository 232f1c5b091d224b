"""Completing a tag name as it is typed: names that start with the text
first, then paths and names that contain it, and names whose pinyin (its
initials, rc, or whole, rencai) starts with it."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pypinyin import lazy_pinyin

from ..text import name_key


@lru_cache(maxsize=100_000)
def pinyin_of(name: str) -> tuple[str, str]:
    """A name's pinyin as its initials and in full, without tones or spaces
    (人才: rc, rencai); Latin letters and digits as they are, lower case."""
    syllables = [s.lower() for s in lazy_pinyin(name, errors="default") if s.strip()]
    initials = "".join(s[0] for s in syllables if s[0].isalnum())
    return initials, "".join(syllables).replace(" ", "")


class TagIndex:
    """The live tags' paths, searchable by prefix, substring and pinyin.

    Built once per change of the tree (a few milliseconds per thousand
    tags after the first time a name is seen); each :meth:`complete` scans
    it in a few milliseconds at five thousand tags.
    """

    def __init__(self, paths: Iterable[str]) -> None:
        self.entries: list[tuple[str, str, str, str, str]] = []
        for path in paths:
            name = path.rpartition("/")[2]
            initials, full = pinyin_of(name)
            self.entries.append((path, name_key(name), name_key(path), initials, full))

    def complete(self, text: str, *, limit: int = 12) -> list[str]:
        """The tag paths ``text`` may mean, the likeliest first."""
        typed = name_key(text.strip())
        if not typed:
            return []
        ranked: list[tuple[int, int, str]] = []
        for path, name, whole, initials, full in self.entries:
            if name.startswith(typed) or whole.startswith(typed):
                rank = 0
            elif initials.startswith(typed) or full.startswith(typed):
                rank = 1
            elif typed in whole:
                rank = 2
            elif typed in full and typed.isascii():
                rank = 3
            else:
                continue
            ranked.append((rank, len(path), path))
        ranked.sort()
        return [path for _, _, path in ranked[:limit]]
