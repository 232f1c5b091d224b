"""The article list: ids in date order under filters, rows by id, facet counts."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from . import facet_cache, query_sql, saved, search
from .facets import concatenated_ids
from .index import (
    KIND_CODES,
    KIND_OF,
    KIND_SHIFT,
    RECORD_MASK,
    RECORD_OF,
    folds_traditional,
)
from .models import FACET_KINDS, ArticleRow, FacetValue, Filters
from .query import Text, parse

_TAG_PATHS_CTE = """
tag_paths(id, path) AS (
    SELECT id, name FROM tags WHERE parent_id IS NULL AND deleted_at IS NULL
    UNION ALL
    SELECT t.id, tp.path || '/' || t.name FROM tags t
    JOIN tag_paths tp ON t.parent_id = tp.id WHERE t.deleted_at IS NULL
)"""

# Every live tag with its full path (parent/child).
TAG_PATHS = f"WITH RECURSIVE {_TAG_PATHS_CTE} SELECT id, path FROM tag_paths"

# Tag ids of a tag path and all its descendants; ? is the full path (a/b/c).
_TAG_SUBTREE = f"""
WITH RECURSIVE {_TAG_PATHS_CTE}, subtree(id) AS (
    SELECT id FROM tag_paths WHERE path = ?
    UNION ALL
    SELECT t.id FROM tags t JOIN subtree s ON t.parent_id = s.id
    WHERE t.deleted_at IS NULL
)
SELECT id FROM subtree
"""

_CONDITIONS = {
    "city": "a.city = ?",
    "county": "a.county = ?",
    "year": "a.year = ?",
    "publication": "a.publication_id = (SELECT id FROM publications WHERE name = ?)",
    "section": "a.section = ?",
    "person": """a.id IN (
        SELECT cr.article_id FROM credits cr
        WHERE cr.person_id = (SELECT id FROM people WHERE name = ?)
        UNION ALL
        SELECT cap.article_id FROM credits cr
        JOIN captions cap ON cap.id = cr.caption_id
        WHERE cr.person_id = (SELECT id FROM people WHERE name = ?)
            AND cap.deleted_at IS NULL)""",
    "tag": f"""a.id IN (SELECT g.article_id FROM taggings g
               WHERE g.tag_id IN ({_TAG_SUBTREE}))""",
}


def where(
    filters: Filters, *, skip: str | None = None, use_index: bool = True
) -> tuple[str, list]:
    """The WHERE clause (over ``articles a``) for ``filters``, less facet ``skip``."""
    clauses = ["a.deleted_at IS NULL"]
    params: list = []
    for kind in FACET_KINDS:
        value = filters.facet(kind)
        if kind != skip and value is not None:
            clauses.append(_CONDITIONS[kind])
            params.extend([value] * _CONDITIONS[kind].count("?"))
    if filters.text.strip():
        sql, text_params = search.text_condition(filters.text, use_index=use_index)
        clauses.append(sql)
        params.extend(text_params)
    return " AND ".join(clauses), params


@dataclass(frozen=True)
class _Plan:
    """How the articles under some filters are found: by the index
    (``expression``) where it can, the facet choices and the rest of the query
    as SQL (``sql``, ``rest_sql`` over ``articles a``)."""

    filters: Filters
    node: object
    use_index: bool
    expression: str | None
    sql: str
    params: list
    rest_sql: str
    rest_params: list

    @property
    def index_alone(self) -> bool:
        """Whether the index answers by itself (no facet choice, no field)."""
        return (
            self.expression is not None
            and self.sql == "a.deleted_at IS NULL"
            and self.rest_sql == "1"
        )


def _plan(db: Database, filters: Filters) -> _Plan:
    use_index = search.indexed(db)
    filters = replace(filters, text=saved.prepare(db, filters.text))
    node = parse(filters.text).node
    expression, rest = query_sql.split(node) if use_index else (None, None)
    if expression is None:
        sql, params = where(filters, use_index=use_index)
        return _Plan(filters, node, use_index, None, sql, params, "1", [])
    sql, params = where(replace(filters, text=""))
    rest_sql, rest_params = query_sql.condition(rest, use_index=True)
    return _Plan(
        filters, node, use_index, expression, sql, params, rest_sql, rest_params
    )


def article_ids(
    db: Database,
    filters: Filters,
    *,
    limit: int | None = None,
    path: Path | None = None,
) -> array:
    """Ids of the articles under ``filters``, newest first, as a compact array.

    With ``limit``, only the first ``limit`` of them: the first screenful comes
    back at once however many match. With search text, the index's date-ordered
    rowids give the order, so no match needs sorting.
    """
    plan = _plan(db, filters)
    filters, expression = plan.filters, plan.expression
    if limit is not None and plan.use_index:
        first = _first_page_by_scan(db, filters, plan.node, limit)
        if first is not None:
            return first
    if expression is None:
        newest = "ORDER BY a.date DESC, a.id DESC"
        query = f"SELECT a.id FROM articles a WHERE {plan.sql} {newest}"
        params = list(plan.params)
    else:
        found = (
            _every_match(db, plan, path)
            if limit is None
            else _first_page_narrowed(db, plan, path, limit)
        )
        if found is not None:
            return found
        if plan.index_alone:
            query = (
                f"SELECT {RECORD_OF} FROM search_fts f WHERE search_fts MATCH ? "
                f"AND {KIND_OF} = 0 ORDER BY f.rowid DESC"
            )
            params = [expression]
        else:
            query = (
                f"SELECT a.id FROM search_fts f JOIN articles a ON a.id = {RECORD_OF} "
                f"WHERE search_fts MATCH ? AND {KIND_OF} = 0 AND {plan.sql} "
                f"AND {plan.rest_sql} ORDER BY f.rowid DESC"
            )
            params = [expression, *plan.params, *plan.rest_params]
        if filters.order == "rank":
            return _headlines_first(db, plan, query, params, limit=limit)
    if limit is not None:
        query += " LIMIT ?"
        params = [*params, limit]
    cursor = db.execute(query, params)
    ids = array("q")
    while batch := cursor.fetchmany(10_000):
        ids.extend(row[0] for row in batch)
    return ids


def _every_match(db: Database, plan: _Plan, path: Path | None) -> array | None:
    """Every article the plan finds, in order, from arrays of index rowids
    where it can be told that way: the index alone, or with facet choices
    the facet arrays (in memory) check. None: the SQL way."""
    expression = plan.expression
    if expression is None or plan.rest_sql != "1":
        return None
    mask = None
    if not plan.index_alone:
        mask = facet_cache.chosen_mask(db, path, _tag_paths, plan.filters)
        if mask is None:
            return None
    found = _index_ids(db, expression, mask=mask)
    if plan.filters.order == "rank":
        headlines = _index_ids(db, expression, table="search_titles", mask=mask)
        if " NOT " in expression:  # a headline hit must match as a whole too
            headlines = headlines[np.isin(headlines, found)]
        found = np.concatenate([headlines, found[~np.isin(found, headlines)]])
    return array("q", found.tobytes())


def count(db: Database, filters: Filters, *, path: Path | None = None) -> int:
    """How many articles :func:`article_ids` would list."""
    found = quick_count(db, filters, path=path)
    return len(article_ids(db, filters, path=path)) if found is None else found


def quick_count(
    db: Database, filters: Filters, *, path: Path | None = None
) -> int | None:
    """How many articles :func:`article_ids` would list, if that can be told
    without listing them (None: only listing them tells). The index counts a
    term found in most of a million articles in about 50 ms, where listing them
    takes 300; the facet arrays count facet choices."""
    plan = _plan(db, filters)
    if plan.index_alone:
        return db.execute(
            "SELECT count(*) FROM search_fts f WHERE search_fts MATCH ? "
            f"AND {KIND_OF} = 0",
            [plan.expression],
        ).fetchone()[0]
    if plan.filters.text.strip():
        return None
    if all(plan.filters.facet(kind) is None for kind in FACET_KINDS):
        # the narrow index of live articles, not the wide table (5.9 s cold at
        # a million articles, 0.09 s this way)
        return db.execute(
            "SELECT count(*) FROM articles INDEXED BY articles_by_date "
            "WHERE deleted_at IS NULL"
        ).fetchone()[0]
    mask = facet_cache.chosen_mask(db, path, _tag_paths, plan.filters)
    if mask is not None:
        return int(mask.sum())
    return db.execute(
        f"SELECT count(*) FROM articles a WHERE {plan.sql}", plan.params
    ).fetchone()[0]


def _index_ids(
    db: Database,
    expression: str,
    *,
    table: str = "search_fts",
    mask: np.ndarray | None = None,
) -> np.ndarray:
    """Every article the index (or, with ``table="search_titles"``, the
    headline index) finds for ``expression``, newest first; with ``mask``,
    only those it holds.

    Handed over as one ``group_concat`` string of rowids rather than a row a
    match: twice as fast for the hundreds of thousands a common term finds.
    """
    rowids = concatenated_ids(
        db.execute(
            f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?",
            [expression],
        ).fetchone()[0]
    )
    rowids = np.sort(rowids[(rowids >> KIND_SHIFT) & 3 == KIND_CODES["a"]])[::-1]
    ids = rowids & RECORD_MASK
    if mask is not None:
        ids = ids[ids < len(mask)]
        ids = ids[mask[ids]]
    return ids


# How many of the index's matches the first page of a search with facet
# choices checks one by one before counting on the arrays for all of them.
STREAMED = 1024


def _first_page_narrowed(
    db: Database, plan: _Plan, path: Path | None, limit: int
) -> array | None:
    """The first page of a search with facet choices, the index's matches
    checked against the facet arrays as they come (when the arrays are in
    memory; None otherwise): no match is joined to its article, which for a
    term rare in the chosen city meant hundreds of rows read from disk. When
    the page is not full after :data:`STREAMED` matches, every match is taken
    at once and narrowed by the arrays (:func:`_every_match`)."""
    if plan.expression is None or plan.index_alone or plan.rest_sql != "1":
        return None
    mask = facet_cache.chosen_mask(db, path, _tag_paths, plan.filters)
    if mask is None:
        return None
    expression, page = plan.expression, []
    if plan.filters.order == "rank":
        verify = " NOT " in expression
        page = _streamed(db, "search_titles", expression, mask, limit, verify=verify)
    if page is not None and len(page) < limit:
        rest = _streamed(
            db, "search_fts", expression, mask, limit - len(page), skip=set(page)
        )
        page = None if rest is None else page + rest
    if page is None:
        every = _every_match(db, plan, path)
        return None if every is None else every[:limit]
    return array("q", page)


def _streamed(
    db: Database,
    table: str,
    expression: str,
    mask: np.ndarray,
    limit: int,
    *,
    verify: bool = False,
    skip: AbstractSet[int] = frozenset(),
) -> list[int] | None:
    """The newest ``limit`` articles ``table`` finds for ``expression`` among
    those ``mask`` holds (less ``skip``), or None if :data:`STREAMED` matches
    went by first. With ``verify``, only those the whole index finds too (a
    headline hit of a query with exclusions)."""
    cursor = db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC",
        [expression],
    )
    page: list[int] = []
    for read, (rowid,) in enumerate(cursor):
        if read == STREAMED:
            return None
        article_id = rowid & RECORD_MASK
        if (
            (rowid >> KIND_SHIFT) & 3 == KIND_CODES["a"]
            and article_id < len(mask)
            and mask[article_id]
            and article_id not in skip
            and (not verify or _matches(db, expression, rowid))
        ):
            page.append(article_id)
            if len(page) == limit:
                break
    return page


# How many of the newest articles a one-character search reads first: their
# text, for the first page by date; their headlines, for the first by relevance.
SCAN_WINDOW = {"date": 4000, "rank": 20_000}


def _first_page_by_scan(
    db: Database, filters: Filters, node, limit: int
) -> array | None:
    """The first page for one Chinese character, from the newest articles.

    A common character fills a page within the newest few hundred articles
    (or, by relevance, their headlines), where the index would merge every
    pair it begins; a rare one does not, and then (None) the index answers.
    A tenth of the window is read first; if the page is not full, the rate
    found there says how much further to read, within the window.
    Only for Chinese characters, which folding leaves as they are (unless the
    archive folds traditional ones), so the scan finds exactly what the index
    would: the newest ``limit`` matches (headline matches) of all.
    """
    if (
        not isinstance(node, Text)
        or len(node.text) != 1
        or not ("\u4e00" <= node.text <= "\u9fff")
        or folds_traditional(db)
    ):
        return None
    sql, params = where(replace(filters, text=""))
    like_sql, like_params = search.like_condition(
        node.text, headline=filters.order == "rank"
    )
    window = SCAN_WINDOW[filters.order]

    def newest_matches(reads: int) -> list[tuple[int]]:
        return db.execute(
            f"""SELECT a.id FROM (SELECT id FROM articles WHERE deleted_at IS NULL
                ORDER BY date DESC, id DESC LIMIT ?) newest
            JOIN articles a ON a.id = newest.id WHERE {sql} AND {like_sql}
            ORDER BY a.date DESC, a.id DESC LIMIT ?""",
            [reads, *params, *like_params, limit],
        ).fetchall()

    reads = window // 10
    rows = newest_matches(reads)
    if len(rows) < limit and len(rows) * window >= 4 * limit * reads:
        # common enough to fill the page early in the window: read as far as
        # the rate found says the page needs, and half as far again
        reads = min(window, -(-3 * limit * reads // (2 * len(rows))))
        rows = newest_matches(reads)
    if len(rows) == limit:
        return array("q", (r for (r,) in rows))
    return None  # rarer (under one article in twenty): the index is quicker


def _headlines_first(
    db: Database, plan: _Plan, query: str, params: list, *, limit: int | None
) -> array:
    """The matches whose headline matches first, then the rest; each newest first.

    The headlines come from their own small index, so a page of them costs
    about as much for a term in every article as for a rare one, and few
    headline matches are found without reading every match of the text.
    """
    if plan.index_alone:
        sql = (
            f"SELECT f.rowid, {RECORD_OF} FROM search_titles f "
            "WHERE search_titles MATCH ? ORDER BY f.rowid DESC"
        )
        headline_params = [plan.expression]
    else:
        sql = (
            f"SELECT f.rowid, a.id FROM search_titles f "
            f"JOIN articles a ON a.id = {RECORD_OF} WHERE search_titles MATCH ? "
            f"AND {plan.sql} AND {plan.rest_sql} ORDER BY f.rowid DESC"
        )
        headline_params = [plan.expression, *plan.params, *plan.rest_params]
    must_match = " NOT " in plan.expression
    ids, seen = array("q"), set()
    for rowid, article_id in db.execute(sql, headline_params):
        if limit is not None and len(ids) >= limit:
            break
        if must_match and not _matches(db, plan.expression, rowid):
            continue  # the headline has the words, the text what the query excludes
        ids.append(article_id)
        seen.add(article_id)
    if limit is not None and len(ids) >= limit:
        return ids  # not even begun: a prefix query is costly from the start
    for (article_id,) in db.execute(query, params):
        if limit is not None and len(ids) >= limit:
            break
        if article_id not in seen:
            ids.append(article_id)
    return ids


def _matches(db: Database, expression: str, rowid: int) -> bool:
    """Whether the whole index finds ``expression`` in the document ``rowid``."""
    return (
        db.execute(
            "SELECT 1 FROM search_fts WHERE search_fts MATCH ? AND rowid = ?",
            [expression, rowid],
        ).fetchone()
        is not None
    )


def article_rows(
    db: Database, ids: Sequence[int], *, query: str = ""
) -> list[ArticleRow]:
    """The list rows of ``ids``, in the order given; unknown ids are skipped.

    With ``query``, each row carries a snippet of its text around the first match.
    """
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    body = (
        "(SELECT body FROM article_bodies WHERE article_id = a.id)" if query else "''"
    )
    cursor = db.execute(
        f"""SELECT a.id, a.date, a.city, p.name, a.section, a.title,
            (SELECT count(*) FROM captions c
             WHERE c.article_id = a.id AND c.deleted_at IS NULL),
            (SELECT group_concat(t.name, '、') FROM taggings g
             JOIN tags t ON t.id = g.tag_id
             WHERE g.article_id = a.id AND g.start IS NULL),
            {body}
        FROM articles a LEFT JOIN publications p ON p.id = a.publication_id
        WHERE a.id IN ({marks})""",
        list(ids),
    )
    rows = {
        row[0]: ArticleRow(
            *row[:7],
            tags=row[7] or "",
            snippet=search.snippet(row[8] or "", query, before=2, after=40)
            if query
            else "",
        )
        for row in cursor
    }
    return [rows[i] for i in ids if i in rows]


def facets(
    db: Database,
    filters: Filters,
    *,
    limit: int = 60,
    path: Path | None = None,
    matches: Sequence[int] | None = None,
) -> dict[str, list[FacetValue]]:
    """Counts of each facet's values among the articles under ``filters``.

    A facet's own choice is left out of its counts, so the other values stay
    visible as alternatives. Counted over in-memory arrays
    (:mod:`archive.facets`) shared by the connections to the file at ``path``;
    the search text is run once, for all the facets (not at all when its
    ``matches`` are given).
    """
    filters = replace(filters, text=saved.prepare(db, filters.text))
    if not filters.text.strip():
        matches = None
    elif matches is None:
        matches = article_ids(db, Filters(text=filters.text))
    return facet_cache.counts(db, path, _tag_paths, filters, matches, limit=limit)


def _tag_paths(db: Database) -> dict[int, str]:
    return dict(db.execute(TAG_PATHS).fetchall())
