"""Captions and notes a text query finds within a city or county, from
arrays: the index's matches (kept, :mod:`.match_cache`) and each live
caption's or note's article, whose city and county the facet arrays hold.

The Compare view counts every column's captions and notes under the shared
filter; by SQL that is the index's MATCH joined record by record to its
article, a quarter to half a second a column and kind at a million
articles. Here it is a few array lookups. Only a query the index answers
whole (words, phrases, OR, -) with city and county choices (the Compare
view's columns) is counted this way; anything else is None and left to SQL
(:func:`archive.found.record_counts`). The count is what SQL gives: a
caption or note is in the place of its article, even one in the trash
(looked up by SQL: there are few), and nowhere without one but a note on a
city itself, which is in that city.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ..models import FACET_KINDS, Filters
from ..store.database import rows_for_ids
from ..tags.paths import tag_paths
from . import caption_table, facet_cache, match_cache, saved
from .id_arrays import concatenated_ids
from .index import indexed
from .query import Field, parse
from .sql import fts_expression, place_value

_PLACES = ("city", "county")
_TABLES = {"caption": ("captions", "c"), "note": ("notes", "n")}  # table, index kind
_OWNERS: dict[tuple[Path, str], tuple[tuple, np.ndarray]] = {}
_LOCK = threading.Lock()


def record_ids(
    db: Database, filters: Filters, kind: str, *, path: Path | None = None
) -> np.ndarray | None:
    """The live captions or notes (``kind``) the query ``filters`` finds (in
    the index's order), when its text is for the index alone and its only
    facet choices are places; None otherwise, or without the facet arrays."""
    expression = _expression(db, filters)
    if expression is None or path is None:
        return None
    found = match_cache.matches(db, path, expression).ids(_TABLES[kind][1])
    owners = owners_of(db, path, kind)
    found = found[found < len(owners)]
    found = found[owners[found] >= 0]  # live
    if not any(filters.values(kind) for kind in _PLACES):
        return found
    mask = facet_cache.chosen_mask(db, path, tag_paths, filters)
    live = facet_cache.chosen_mask(db, path, tag_paths, Filters())
    if mask is None or live is None:
        return None
    matched = found
    found = found[owners[found] > 0]  # on an article: one without has no place
    owner = owners[found]
    known = owner < len(mask)
    inside = np.zeros(len(found), dtype=bool)
    inside[known] = mask[owner[known]]
    unsure = ~known
    unsure[known] = ~live[owner[known]]
    if unsure.any():  # the article is in the trash (or newer than the arrays)
        inside[unsure] = _in_place(db, filters, owner[unsure])
    if kind == "note" and not filters.values("county"):
        # a note on a chosen city itself is that city's, as ``city:`` finds
        # it in the notes' SQL (:mod:`archive.notes.listing`)
        return np.union1d(found[inside], _city_notes(db, filters, matched))
    return found[inside]


def _city_notes(db: Database, filters: Filters, matched: np.ndarray) -> np.ndarray:
    """Of the notes ``matched``, those on one of the chosen cities itself."""
    cities = [str(c) for c in filters.values("city")]
    if not cities:
        return np.zeros(0, dtype=matched.dtype)
    rows = db.execute(
        "SELECT id FROM notes INDEXED BY notes_by_subject WHERE target = 'city' "
        f"AND subject IN ({','.join('?' * len(cities))}) AND deleted_at IS NULL",
        cities,
    )
    return np.intersect1d(
        matched, np.fromiter((i for (i,) in rows), dtype=matched.dtype)
    )


def caption_ids(
    db: Database, filters: Filters, *, path: Path | None = None
) -> np.ndarray | None:
    """:func:`record_ids` of the captions."""
    return record_ids(db, filters, "caption", path=path)


def listed(
    db: Database,
    filters: Filters,
    kind: str,
    *,
    limit: int | None = None,
    path: Path | None = None,
) -> list[int] | None:
    """:func:`record_ids` in the list's order (captions newest first by
    their date or their article's, as the Captions view's arrays order them;
    notes most recently changed first), the first ``limit``; None: ask SQL."""
    found = record_ids(db, filters, kind, path=path)
    if found is None or path is None:
        return None
    if kind == "caption":
        order = caption_table.table(db, path).ids
        inside = np.zeros(
            max(int(order.max(initial=0)), int(found.max(initial=0))) + 1, bool
        )
        inside[found] = True
        ordered = order[inside[order]]
        if len(ordered) != len(found):  # the table does not hold them all
            return None
        return ordered[:limit].tolist()
    # by id from a JSON list, the list outside (an IN list of 500 was read
    # along a whole index of the notes where the statistics were of an
    # archive with a few notes), ordered and cut by SQLite as one string:
    # 50,000 rows sorted in Python held the GIL 70-80 ms, the window's GUI
    # thread waiting (issue 17)
    page = " LIMIT ?" if limit is not None else ""
    sql = (
        "SELECT group_concat(id) FROM (SELECT n.id FROM json_each(?) j "
        "CROSS JOIN notes n ON n.id = j.value "
        f"ORDER BY n.updated_at DESC, n.id DESC{page})"
    )
    params: list = [json.dumps(found.tolist())]
    if limit is not None:
        params.append(limit)
    return concatenated_ids(db.execute(sql, params).fetchone()[0]).tolist()


def count(
    db: Database, filters: Filters, kind: str, *, path: Path | None = None
) -> int | None:
    """How many captions or notes :func:`record_ids` finds (None: ask SQL)."""
    found = record_ids(db, filters, kind, path=path)
    return None if found is None else len(found)


def _expression(db: Database, filters: Filters) -> str | None:
    """The index's expression for ``filters``' text, if the text is the
    index's alone and the rest are city and county choices that the caption
    SQL reads as the same values (the gazetteer's names for them)."""
    if not indexed(db):
        return None
    for kind in FACET_KINDS:
        if kind not in _PLACES and filters.facet(kind) is not None:
            return None
    for kind in _PLACES:
        for value in filters.values(kind):
            if place_value(Field(kind, str(value))) != value:
                return None
    return fts_expression(parse(saved.prepare(db, filters.text)).node)


def owners_of(db: Database, path: Path, kind: str) -> np.ndarray:
    """For each caption or note id (``kind``), its article's id if it is live
    (0: on no article; -1: none live); read once per version of the archive."""
    version = facet_cache.version(db, path)
    key = (path.resolve(), kind)
    with _LOCK:
        cached = _OWNERS.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
        ids, articles = db.execute(
            "SELECT group_concat(id), group_concat(coalesce(article_id, 0)) "
            f"FROM {_TABLES[kind][0]} WHERE deleted_at IS NULL"
        ).fetchone()
        ids, articles = concatenated_ids(ids), concatenated_ids(articles)
        owners = np.full(int(ids.max()) + 1 if len(ids) else 1, -1, dtype=np.int64)
        owners[ids] = articles
        owners.flags.writeable = False
        for old in [k for k in _OWNERS if k[0] != key[0]]:
            del _OWNERS[old]  # one archive's at a time
        _OWNERS[key] = (version, owners)
        return owners


def _in_place(db: Database, filters: Filters, articles: np.ndarray) -> np.ndarray:
    """For each of ``articles`` (in the trash), whether it is in the chosen
    places, by SQL as the caption and note queries ask (``a.city = ?``)."""
    wanted = {kind: set(filters.values(kind)) for kind in _PLACES}
    places: dict[int, tuple] = {}
    sql = "SELECT id, city, county FROM articles WHERE id IN ({marks})"
    for article, city, county in rows_for_ids(db, sql, sorted(set(articles.tolist()))):
        places[article] = (city, county)

    def inside(article: int) -> bool:
        city, county = places.get(article, (None, None))
        return (not wanted["city"] or city in wanted["city"]) and (
            not wanted["county"] or county in wanted["county"]
        )

    return np.array([inside(a) for a in articles.tolist()], dtype=bool)
