"""What the index finds for an expression, as sorted arrays, read once and
kept while the archive stays as it is.

The Compare view asks the same text within four to six places, and then
the matrix asks it again: each of them used to read every match from the
index (0.7 s for a common term at a million articles). Here the matches are
read once, as one ``group_concat`` of rowids, kept for the few expressions
asked last (:data:`KEPT`, under :data:`KEPT_BYTES`) with the archive's data
version (:func:`.facet_cache.version`: any write, import or restore changes
it), and narrowed by the facet arrays (a boolean mask indexed by id) in
milliseconds. Two threads asking the same expression at once read it once:
the second waits for the first (and reads it itself if the first was
interrupted).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from . import facet_cache
from .id_arrays import concatenated_ids
from .tokens import KIND_CODES, KIND_SHIFT, RECORD_MASK

KEPT = 8  # expressions
KEPT_BYTES = 96 << 20  # a one-character term at a million articles: ~12 MB

_Key = tuple[Path, str, str]
_CACHE: OrderedDict[_Key, tuple[tuple, Matches]] = OrderedDict()
_READING: dict[_Key, threading.Lock] = {}
_LOCK = threading.Lock()


class Matches:
    """The rowids an index finds for an expression, ascending, and from
    them, on first use, the ids of each kind of record. Read-only arrays."""

    def __init__(self, rowids: np.ndarray) -> None:
        self.rowids = np.sort(rowids)
        self.rowids.flags.writeable = False
        self._kinds: dict[str, np.ndarray] = {}

    @property
    def nbytes(self) -> int:
        return int(self.rowids.nbytes * 2)  # the rowids, and about as much by kind

    def ids(self, kind: str) -> np.ndarray:
        """The ids of the records of ``kind`` (``a``, ``c`` or ``n``) found,
        in the index's order reversed: articles newest first (the rowid
        begins with the day), by id within a day."""
        found = self._kinds.get(kind)
        if found is None:
            rowids = self.rowids
            found = rowids[(rowids >> KIND_SHIFT) & 3 == KIND_CODES[kind]][::-1]
            found = found & RECORD_MASK
            found.flags.writeable = False
            self._kinds[kind] = found  # two threads may both make it: the same
        return found

    def within(self, kind: str, mask: np.ndarray) -> np.ndarray:
        """:meth:`ids` of ``kind`` that ``mask`` (indexed by id) holds."""
        ids = self.ids(kind)
        ids = ids[ids < len(mask)]
        return ids[mask[ids]]

    def count_within(self, kind: str, mask: np.ndarray) -> int:
        ids = self.ids(kind)
        return int(np.count_nonzero(mask[ids[ids < len(mask)]]))


def matches(
    db: Database, path: Path | None, expression: str, *, table: str = "search_fts"
) -> Matches:
    """What ``table`` (``search_fts``, or ``search_titles`` for headlines)
    finds for ``expression``, from the cache when the archive at ``path``
    has not changed since it was read (an archive in memory: read afresh)."""
    if path is None:
        return Matches(_read(db, table, expression))
    parts = split_not(expression)
    if parts is not None:
        # what the first part finds less what the second does, each kept: an
        # exclusion of a common term (企业 -的) took the index 0.7 s at a
        # million articles, the term's matches read once serve every query
        # that excludes it (issue 17)
        return _without(
            matches(db, path, parts[0], table=table),
            matches(db, path, parts[1], table=table),
        )
    key = (path.resolve(), table, expression)
    version = facet_cache.version(db, path)  # before the read: never newer
    with _reading(key):
        with _LOCK:
            cached = _CACHE.get(key)
            if cached is not None and cached[0] == version:
                _CACHE.move_to_end(key)
                return cached[1]
        found = Matches(_read(db, table, expression))
        with _LOCK:
            _CACHE[key] = (version, found)
            _CACHE.move_to_end(key)
            _trim()
        return found


def kept(
    db: Database, path: Path | None, expression: str, *, table: str = "search_fts"
) -> Matches | None:
    """:func:`matches`, if they are kept and current (None: not read yet)."""
    if path is None:
        return None
    parts = split_not(expression)
    if parts is not None:
        found, excluded = (kept(db, path, part, table=table) for part in parts)
        return None if found is None or excluded is None else _without(found, excluded)
    with _LOCK:
        cached = _CACHE.get((path.resolve(), table, expression))
    if cached is None or cached[0] != facet_cache.version(db, path):
        return None
    return cached[1]


def split_not(expression: str) -> tuple[str, str] | None:
    """``(A NOT B)`` as ``(A, B)``: the outermost exclusion of an expression
    as :func:`.sql.fts_expression` writes it (None if it is none)."""
    if not (expression.startswith("(") and expression.endswith(")")):
        return None
    depth, quoted, cut = 0, False, -1
    for at, char in enumerate(expression):
        if char == '"':
            quoted = not quoted  # "" inside a phrase: out and back in
        elif quoted:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and at != len(expression) - 1:
                return None  # (A) OR (B): not one group
        elif depth == 1 and expression.startswith(" NOT ", at):
            cut = at
    if cut < 0:
        return None
    return expression[1:cut], expression[cut + 5 : -1]


def _without(found: Matches, excluded: Matches) -> Matches:
    """The rowids of ``found`` that ``excluded`` lacks (both sorted)."""
    rowids, out = found.rowids, excluded.rowids
    if not len(out) or not len(rowids):
        return Matches(rowids)
    at = np.minimum(np.searchsorted(out, rowids), len(out) - 1)
    return Matches(rowids[out[at] != rowids])


def forget(path: Path | None = None) -> None:
    """Drop what is kept (for the archive at ``path``; all without one)."""
    with _LOCK:
        for key in list(_CACHE):
            if path is None or key[0] == path.resolve():
                del _CACHE[key]


def _reading(key: _Key) -> threading.Lock:
    with _LOCK:
        return _READING.setdefault(key, threading.Lock())


def _trim() -> None:
    """Keep the newest :data:`KEPT` under :data:`KEPT_BYTES` (always the newest)."""
    while len(_CACHE) > 1 and (
        len(_CACHE) > KEPT or sum(m.nbytes for _, m in _CACHE.values()) > KEPT_BYTES
    ):
        old, _ = _CACHE.popitem(last=False)
        _READING.pop(old, None)


def _read(db: Database, table: str, expression: str) -> np.ndarray:
    """The rowids ``table`` finds for ``expression``, in no set order, handed
    over as one ``group_concat`` string rather than a row a match (twice as
    fast for the hundreds of thousands a common term finds)."""
    return concatenated_ids(
        db.execute(
            f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?",
            [expression],
        ).fetchone()[0]
    )
