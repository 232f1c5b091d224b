"""Facet counts for the sidebar, at a million articles, in a fraction of a second.

Counting each facet's values with SQL means a GROUP BY over every matching
article, once per facet, and for a search, joining each of its matches back to
its article: seconds at a million articles. Here the facet columns of every
article are read once into arrays indexed by article id (about 30 MB at a
million), kept while the archive does not change, and counted with numpy: a
facet's counts under any filters are one ``bincount`` over a mask.

The arrays are shared by every connection of the process to the same file and
read again when the archive has changed (:func:`_version`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from .models import FACET_KINDS, FacetValue, Filters

_SINGLE = {  # facet: the article column holding its value
    "city": "a.city",
    "county": "a.county",
    "year": "a.year",
    "publication": "p.name",
    "section": "a.section",
}

# Everyone credited on an article or on one of its live captions.
_PEOPLE = """
SELECT cr.article_id, cr.person_id FROM credits cr WHERE cr.article_id IS NOT NULL
UNION
SELECT cap.article_id, cr.person_id FROM captions cap
JOIN credits cr ON cr.caption_id = cap.id
WHERE cap.article_id IS NOT NULL AND cap.deleted_at IS NULL
"""
_TAGGINGS = (
    "SELECT DISTINCT article_id, tag_id FROM taggings WHERE article_id IS NOT NULL"
)


@dataclass
class _Single:
    """One value per article: codes[article id] indexes labels (0: none)."""

    codes: np.ndarray
    labels: list

    def mask(self, value: object, size: int) -> np.ndarray:
        try:
            code = self.labels.index(value, 1)
        except ValueError:
            return np.zeros(size, dtype=bool)
        return self.codes == code

    def counts(self, mask: np.ndarray) -> np.ndarray:
        return np.bincount(self.codes[mask], minlength=len(self.labels))


@dataclass
class _Multiple:
    """Any number of values per article, as (article id, code) pairs."""

    articles: np.ndarray
    codes: np.ndarray
    labels: list

    def mask_of_codes(self, codes: Iterable[int], size: int) -> np.ndarray:
        mask = np.zeros(size, dtype=bool)
        mask[self.articles[np.isin(self.codes, list(codes))]] = True
        return mask

    def counts(self, mask: np.ndarray) -> np.ndarray:
        return np.bincount(self.codes[mask[self.articles]], minlength=len(self.labels))


class FacetTable:
    """Every live article's facet values, as arrays indexed by article id."""

    def __init__(self, db: Database, tag_paths: dict[int, str]) -> None:
        rows = db.execute(
            f"""SELECT a.id, {", ".join(_SINGLE.values())} FROM articles a
            LEFT JOIN publications p ON p.id = a.publication_id
            WHERE a.deleted_at IS NULL"""
        ).fetchall()
        size = (max((r[0] for r in rows), default=0)) + 1
        self.size = size
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        self.live = np.zeros(size, dtype=bool)
        self.live[ids] = True
        self.single: dict[str, _Single] = {}
        for column, kind in enumerate(_SINGLE, start=1):
            labels: list = [None]
            code_of: dict = {None: 0}
            codes = np.zeros(size, dtype=np.int32)
            values = [code_of.setdefault(r[column], len(code_of)) for r in rows]
            labels.extend(v for v in code_of if v is not None)
            codes[ids] = values
            self.single[kind] = _Single(codes, labels)
        self.people = self._pairs(db.execute(_PEOPLE), db, "people")
        self.tags = self._tag_pairs(db, tag_paths)

    def _pairs(self, cursor, db: Database, table: str) -> _Multiple:
        pairs = np.array(cursor.fetchall(), dtype=np.int64).reshape(-1, 2)
        pairs = pairs[pairs[:, 0] < self.size]
        names = dict(db.execute(f"SELECT id, name FROM {table}").fetchall())
        used = np.unique(pairs[:, 1])
        labels = [None, *(names.get(int(i)) for i in used)]
        codes = np.searchsorted(used, pairs[:, 1]) + 1
        return _Multiple(pairs[:, 0], codes.astype(np.int32), labels)

    def _tag_pairs(self, db: Database, tag_paths: dict[int, str]) -> _Multiple:
        pairs = np.array(db.execute(_TAGGINGS).fetchall(), dtype=np.int64)
        pairs = pairs.reshape(-1, 2)
        known = np.array(sorted(tag_paths), dtype=np.int64)
        pairs = pairs[np.isin(pairs[:, 1], known) & (pairs[:, 0] < self.size)]
        labels = [None, *(tag_paths[int(i)] for i in known)]
        codes = np.searchsorted(known, pairs[:, 1]) + 1
        return _Multiple(pairs[:, 0], codes.astype(np.int32), labels)

    def mask(self, kind: str, value: object) -> np.ndarray:
        """Articles whose facet ``kind`` is ``value`` (a tag: or one beneath it)."""
        if kind in self.single:
            return self.single[kind].mask(value, self.size)
        if kind == "person":
            codes = [i for i, name in enumerate(self.people.labels) if name == value]
            return self.people.mask_of_codes(codes, self.size)
        prefix = f"{value}/"
        codes = [
            i
            for i, path in enumerate(self.tags.labels)
            if path is not None and (path == value or path.startswith(prefix))
        ]
        return self.tags.mask_of_codes(codes, self.size)

    def counts(
        self, filters: Filters, matches: Iterable[int] | None, *, limit: int
    ) -> dict[str, list[FacetValue]]:
        """Each facet's top ``limit`` values among the live articles under
        ``filters``, its own choice left out; ``matches``: the ids the search
        text found (None: no search text)."""
        base = self.live.copy()
        if matches is not None:
            found = np.zeros(self.size, dtype=bool)
            ids = np.fromiter(matches, dtype=np.int64)
            found[ids[ids < self.size]] = True
            base &= found
        chosen = {
            kind: self.mask(kind, filters.facet(kind))
            for kind in FACET_KINDS
            if filters.facet(kind) is not None
        }
        result = {}
        for kind in FACET_KINDS:
            mask = base.copy()
            for other, other_mask in chosen.items():
                if other != kind:
                    mask &= other_mask
            facet = self.single.get(kind) or (
                self.people if kind == "person" else self.tags
            )
            result[kind] = _top(facet.labels, facet.counts(mask), kind, limit)
        return result


def _top(labels: list, counts: np.ndarray, kind: str, limit: int) -> list[FacetValue]:
    present = [(labels[i], int(counts[i])) for i in np.flatnonzero(counts) if i]
    if kind == "year":
        present.sort(key=lambda vc: vc[0], reverse=True)
    else:
        present.sort(key=lambda vc: (-vc[1], vc[0]))
    return [FacetValue(value, n) for value, n in present[:limit]]


_TABLES: dict[object, tuple[tuple, FacetTable]] = {}
_KEPT = 3  # archives whose arrays stay in memory (the open one, a recent one…)
_LOCK = threading.Lock()


def table(db: Database, path: Path | None, tag_paths) -> FacetTable:
    """The facet table of the archive at ``path``, read again if it changed.

    ``tag_paths``: a function of ``db`` giving every live tag's full path.
    """
    key = path.resolve() if path is not None else id(db)
    with _LOCK:
        version = _version(db, path)
        cached = _TABLES.pop(key, None)
        if cached is None or cached[0] != version:
            cached = (version, FacetTable(db, tag_paths(db)))
        _TABLES[key] = cached
        while len(_TABLES) > _KEPT:  # the least recently read go first
            del _TABLES[next(iter(_TABLES))]
        return cached[1]


def _version(db: Database, path: Path | None) -> tuple:
    """Changes whenever facet counts may: every write leaves a row in ``edits``
    (commands, imports) or adds records (the demo); a new file is another
    inode."""
    inode = os.stat(path).st_ino if path is not None else 0
    return (
        inode,
        *db.execute(
            """SELECT (SELECT max(id) FROM edits), (SELECT max(id) FROM articles),
            (SELECT max(id) FROM captions), (SELECT max(id) FROM credits),
            (SELECT max(rowid) FROM taggings), (SELECT max(id) FROM tags)"""
        ).fetchone(),
    )
