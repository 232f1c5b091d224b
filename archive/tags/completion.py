"""Completing a tag name as it is typed: names that start with the text
first, then paths and names that contain it, and names whose pinyin (its
initials, rc, or whole, rencai) starts with it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from ..text import name_key
from . import pinyin_load


@lru_cache(maxsize=100_000)
def pinyin_of(name: str) -> tuple[str, str]:
    """A name's pinyin as its initials and in full, without tones or spaces
    (人才: rc, rencai); Latin letters and digits as they are, lower case."""
    lazy_pinyin = pinyin_load.lazy_pinyin()  # loaded when first completing
    syllables = [s.lower() for s in lazy_pinyin(name, errors="default") if s.strip()]
    initials = "".join(s[0] for s in syllables if s[0].isalnum())
    return initials, "".join(syllables).replace(" ", "")


class TagIndex:
    """The live tags' paths, searchable by prefix, substring and pinyin.

    Built once per change of the tree (a few milliseconds per thousand
    tags after the first time a name is seen): prefixes are found by
    bisection in sorted keys, the rest by one scan when the prefixes do
    not fill the list.
    """

    def __init__(self, paths: Iterable[str]) -> None:
        self.entries: list[tuple[str, str, str, str, str]] = []
        for path in paths:
            name = path.rpartition("/")[2]
            initials, full = pinyin_of(name)
            self.entries.append((path, name_key(name), name_key(path), initials, full))
        self.sorted = [
            sorted((entry[column], i) for i, entry in enumerate(self.entries))
            for column in (1, 2, 3, 4)
        ]

    def _prefixed(self, column: int, typed: str) -> list[int]:
        keys = self.sorted[column]
        at = bisect_left(keys, (typed, -1))
        found = []
        while at < len(keys) and keys[at][0].startswith(typed):
            found.append(keys[at][1])
            at += 1
        return found

    def complete(self, text: str, *, limit: int = 12) -> list[str]:
        """The tag paths ``text`` may mean, the likeliest first: names and
        paths that start with it, then pinyin that does, then paths that
        hold it, then pinyin that holds it."""
        typed = name_key(text.strip())
        if not typed:
            return []
        rank: dict[int, int] = {}
        for column, level in ((0, 0), (1, 0), (2, 1), (3, 1)):
            for i in self._prefixed(column, typed):
                rank.setdefault(i, level)
        if len(rank) < limit:
            latin = typed.isascii()
            for i, (_, _, whole, _, full) in enumerate(self.entries):
                if i not in rank:
                    if typed in whole:
                        rank[i] = 2
                    elif latin and typed in full:
                        rank[i] = 3
        ranked = sorted(rank, key=lambda i: (rank[i], len(self.entries[i][0]), i))
        return [self.entries[i][0] for i in ranked[:limit]]
