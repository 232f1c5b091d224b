"""The facet arrays of each open archive (:mod:`.facets`), kept current.

The arrays are shared by every connection of the process to the same file,
caught up row by row after the process's own edits (:func:`written`), read
again when the archive has changed otherwise (:func:`_version`), and kept in
the user's cache folder between sessions (:func:`persist`). An archive in
memory is small and counted afresh each time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from platformdirs import user_cache_path
from sqlite_utils import Database

from ..models import FACET_KINDS, FacetValue, Filters
from . import facet_patch
from .facets import FacetTable

# A function of the archive giving every live tag id with its full path.
TagPaths = Callable[[Database], dict[int, str]]

_TABLES: dict[Path, tuple[tuple, FacetTable]] = {}
_KEPT = 3  # archives whose arrays stay in memory (the open one, a recent one…)
# Writes made by this process: (version before, version after, article ids,
# ids of articles whose taggings alone changed), so that arrays read before
# them are brought up to date row by row.
_Written = tuple[tuple, tuple, frozenset[int], frozenset[int]]
_WRITES: dict[Path, list[_Written]] = {}
_WRITES_KEPT = 200
_WRITES_LOCK = threading.Lock()  # apart: an edit must not wait for a count
_LOCK = threading.RLock()
_COUNT_WAIT = 1.0  # seconds chosen_mask waits for another thread's count


def _key(path: Path) -> Path:
    return path.resolve()


def counts(
    db: Database,
    path: Path | None,
    tag_paths: TagPaths,
    filters: Filters,
    matches: Iterable[int] | None,
    *,
    limit: int,
) -> dict[str, list[FacetValue]]:
    """:meth:`FacetTable.counts` over the up-to-date table of the archive at
    ``path`` (one thread at a time: catching up changes the arrays in place)."""
    with _LOCK:
        return table(db, path, tag_paths).counts(filters, matches, limit=limit)


def tag_counts(
    db: Database,
    path: Path | None,
    tag_paths: TagPaths,
    filters: Filters,
    matches: Iterable[int] | None,
) -> tuple[dict[int, int], dict[int, int]]:
    """:meth:`FacetTable.tag_counts` over the up-to-date table."""
    with _LOCK:
        return table(db, path, tag_paths).tag_counts(filters, matches)


def chosen_mask(
    db: Database, path: Path | None, tag_paths: TagPaths, filters: Filters
) -> np.ndarray | None:
    """Which article ids are live and inside ``filters``' facet choices, by the
    arrays, if they are in memory already and free (else None: the caller asks
    SQL rather than wait for them to be read whole, which takes longer)."""
    if path is None:
        return None
    key = _key(path)
    # busy: wait for a count (tens of ms), not for a whole read (seconds;
    # the table is out of _TABLES while it is read or caught up)
    if not _LOCK.acquire(blocking=False) and not (
        key in _TABLES and _LOCK.acquire(timeout=_COUNT_WAIT)
    ):
        return None
    try:
        cached = _TABLES.get(key)
        if cached is None:
            return None
        version = _version(db, path)
        if cached[0] != version:
            cached = _catch_up(db, key, cached, version, tag_paths)
            if cached is None:
                return None
            _TABLES[key] = cached
        facets = cached[1]
        mask = facets.live.copy()
        for kind in FACET_KINDS:
            if filters.facet(kind) is not None:
                mask &= facets.mask(kind, filters.facet(kind))
        return mask
    finally:
        _LOCK.release()


def value_counts(
    db: Database, path: Path | None, tag_paths: TagPaths, kind: str, mask: np.ndarray
) -> dict[object, int]:
    """How many of the articles ``mask`` holds have each value of facet
    ``kind`` (one of the single-valued: city, county, year, publication,
    section), values without articles left out."""
    with _LOCK:
        single = table(db, path, tag_paths).single[kind]
        size = min(len(mask), len(single.codes))
        counted = np.bincount(
            single.codes[:size][mask[:size]], minlength=len(single.labels)
        )
        return {
            single.labels[i]: int(counted[i])
            for i in np.flatnonzero(counted).tolist()
            if i and single.labels[i] is not None
        }


def tag_pairs(
    db: Database, path: Path | None, tag_paths: TagPaths, tag_ids: np.ndarray
) -> tuple[np.ndarray, np.ndarray, set[int], int]:
    """The (article, tag) pairs of the up-to-date table for ``tag_ids`` (each
    pair once; any article, live or not) as two arrays, which of ``tag_ids``
    the table holds (the live tags: the others' pairs are not in it), and how
    many pairs it holds in all. Copies: the table may change once the lock
    is let go."""
    with _LOCK:
        tags = table(db, path, tag_paths).tags
        chosen = np.isin(tags.values, tag_ids)
        held = {int(i) for i in tag_ids.tolist() if int(i) in tags.names}
        return (
            tags.articles[chosen].astype(np.int64),
            tags.values[chosen].astype(np.int64),
            held,
            len(tags.values),
        )


def table(db: Database, path: Path | None, tag_paths: TagPaths) -> FacetTable:
    """The facet table of the archive at ``path``, up to date.

    Loaded from the cache folder, or read whole, the first time and after
    changes by another process; after this process's own edits and imports,
    only the rows they touched are read again. ``tag_paths``: a function of
    ``db`` giving every live tag's full path.
    """
    if path is None:  # in memory: small, and its id() may be another's later
        return FacetTable(db, tag_paths(db))
    key = _key(path)
    with _LOCK:
        version = _version(db, path)
        cached = _TABLES.pop(key, None)
        if cached is not None and cached[0] != version:
            cached = _catch_up(db, key, cached, version, tag_paths)
        if cached is None:
            loaded = _load(path, version)
            cached = None if loaded is None else (version, loaded)
        if cached is None:
            cached = (version, FacetTable(db, tag_paths(db)))
            _save(path, *cached)
        _TABLES[key] = cached
        while len(_TABLES) > _KEPT:  # the least recently read go first
            del _TABLES[next(iter(_TABLES))]
        return cached[1]


def persist(db: Database, path: Path | None) -> None:
    """Keep the arrays of the archive at ``path`` on disk as they are now, if
    they changed since they were last kept (when the archive is closed)."""
    if path is None:
        return
    if not _LOCK.acquire(blocking=False):  # a worker is counting or reading:
        return  # closing must not wait for it (the next session reads again)
    try:
        cached = _TABLES.get(_key(path))
        if cached is not None and _SAVED.get(_key(path)) != cached[0]:
            _save(path, *cached)
    finally:
        _LOCK.release()


# Kept on disk between sessions: reading a million articles' facet values takes
# seconds, loading the arrays a few hundredths of one.
_SAVED: dict[Path, tuple] = {}  # the version last written for each archive


def cache_file(path: Path) -> Path:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20]
    return user_cache_path("Clipfile", appauthor=False) / "facets" / f"{digest}.npz"


def _save(path: Path, version: tuple, facets: FacetTable) -> None:
    try:
        facets.save(cache_file(path), version)
    except OSError:  # a cache: without it the next session reads the archive
        return
    _SAVED[_key(path)] = version


def _load(path: Path, version: tuple) -> FacetTable | None:
    try:
        loaded = FacetTable.load(cache_file(path), version)
    except (OSError, ValueError, KeyError):  # missing, partial or foreign
        return None
    if loaded is not None:
        _SAVED[_key(path)] = version
    return loaded


def _catch_up(
    db: Database,
    key: Path,
    cached: tuple[tuple, FacetTable],
    version: tuple,
    tag_paths: TagPaths,
) -> tuple[tuple, FacetTable] | None:
    """Apply this process's writes since ``cached`` was read, or None when some
    change between is not one of them."""
    seen, facets = cached
    touched: set[int] = set()
    tagged: set[int] = set()
    with _WRITES_LOCK:
        writes = {w[0]: (w[1], w[2], w[3]) for w in _WRITES.get(key, [])}
    while seen != version:
        if seen not in writes:
            return None
        seen, ids, retagged = writes.pop(seen)
        touched |= ids
        tagged |= retagged
    facet_patch.patch(facets, db, touched, tag_paths(db), tagged=tagged - touched)
    return version, facets


def forget(path: Path) -> None:
    """Drop the arrays of the archive at ``path``, in memory and on disk (its
    file was replaced: restored from a backup)."""
    with _LOCK:
        _TABLES.pop(_key(path), None)
        _SAVED.pop(_key(path), None)
    with _WRITES_LOCK:
        _WRITES.pop(_key(path), None)
    cache_file(path).unlink(missing_ok=True)


def version(db: Database, path: Path | None) -> tuple:
    """What :func:`written` needs, read inside the write's transaction."""
    return _version(db, path)


def written(
    db: Database,
    path: Path | None,
    before: tuple,
    after: tuple,
    article_ids: Iterable[int],
    *,
    tagged: Iterable[int] = (),
) -> None:
    """Note a write this process committed: the versions read inside its
    transaction, first and last, the articles whose facet values it may
    have changed, and those whose taggings alone it changed (only their
    tags are read again: a bulk tagging of 10,000 articles)."""
    if path is None:
        return
    with _WRITES_LOCK:
        writes = _WRITES.setdefault(_key(path), [])
        writes.append((before, after, frozenset(article_ids), frozenset(tagged)))
        del writes[:-_WRITES_KEPT]


def _version(db: Database, path: Path | None) -> tuple:
    """Changes whenever facet counts may: every write leaves a row in ``edits``
    (commands, imports) or adds records (the demo); a new file is another
    inode, a restored one another generation."""
    inode = os.stat(path).st_ino if path is not None else 0
    return (
        inode,
        *db.execute(
            """SELECT (SELECT max(id) FROM edits), (SELECT max(id) FROM articles),
            (SELECT max(id) FROM captions), (SELECT max(id) FROM credits),
            (SELECT max(rowid) FROM taggings), (SELECT max(id) FROM tags),
            (SELECT value FROM settings WHERE key = 'generation')"""
        ).fetchone(),
    )
