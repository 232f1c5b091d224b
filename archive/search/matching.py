"""From the index's matches to article ids: every match at once as arrays of
rowids, or a first page the quick way for its kind of search (the newest
articles read for one character, the headline index for relevance order, the
facet arrays for facet choices)."""

from __future__ import annotations

from array import array
from collections.abc import Set as AbstractSet
from dataclasses import replace
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ..models import Filters
from ..tags.paths import tag_paths
from . import facet_cache, match_cache
from .id_arrays import concatenated_ids
from .index import folds_traditional
from .plan import Plan, where
from .query import Node, Text
from .sql import like_condition
from .tokens import KIND_CODES, KIND_SHIFT, RECORD_MASK, RECORD_OF


def every_match(db: Database, plan: Plan, path: Path | None) -> array | None:
    """Every article the plan finds, in order, from arrays of index rowids
    where it can be told that way: the index alone, or with facet choices
    the facet arrays (in memory) check. None: the SQL way."""
    expression = plan.expression
    if expression is None or plan.rest:
        return None
    mask = None
    if not plan.index_alone:
        mask = facet_cache.chosen_mask(db, path, tag_paths, plan.filters)
        if mask is None:
            return None
    found = index_ids(db, expression, mask=mask, path=path)
    if plan.filters.order == "rank":
        headlines = index_ids(
            db, expression, table="search_titles", mask=mask, path=path
        )
        if plan.excludes:  # a headline hit must match as a whole too
            headlines = headlines[np.isin(headlines, found)]
        found = np.concatenate([headlines, found[~np.isin(found, headlines)]])
    return array("q", found.tobytes())


def index_ids(
    db: Database,
    expression: str,
    *,
    table: str = "search_fts",
    mask: np.ndarray | None = None,
    path: Path | None = None,
) -> np.ndarray:
    """Every article the index (or, with ``table="search_titles"``, the
    headline index) finds for ``expression``, newest first; with ``mask``,
    only those it holds. The matches are kept for the archive at ``path``
    while it does not change (:mod:`.match_cache`)."""
    found = match_cache.matches(db, path, expression, table=table)
    return found.ids("a") if mask is None else found.within("a", mask)


def _rowids(db: Database, table: str, expression: str) -> np.ndarray:
    """The rowids ``table`` finds for ``expression``, in no set order, handed
    over as one ``group_concat`` string rather than a row a match."""
    return concatenated_ids(
        db.execute(
            f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?",
            [expression],
        ).fetchone()[0]
    )


# How many of the index's matches the first page of a search with facet
# choices checks one by one before counting on the arrays for all of them.
STREAMED = 16_384


def first_page(db: Database, plan: Plan, path: Path | None, limit: int) -> array | None:
    """The first ``limit`` articles the plan finds, the quickest way there is
    for its kind (None: the SQL way)."""
    if plan.excludes and plan.index_alone and path is not None:
        # an exclusion from the terms' matches, kept (:mod:`.match_cache`):
        # the index took 0.7 s for 企业 -的 at a million articles, a page or
        # all of them; with the excluded terms' matches kept, the newest
        # matches of the rest are checked against them as they come
        page = (
            first_excluding(db, plan.expression or "", path, limit)
            if plan.filters.order == "date"
            else None
        )
        if page is not None:
            return page
        every = every_match(db, plan, path)
        if every is not None:
            return every[:limit]
    if plan.filters.order == "rank" and plan.excludes:
        # with exclusions, headline hits are checked against every match
        # anyway: all at once, as arrays, is quicker than one page's worth
        every = every_match(db, plan, path)
        if every is not None:
            return every[:limit]
    return first_page_narrowed(db, plan, path, limit)


def first_excluding(
    db: Database, expression: str, path: Path, limit: int
) -> array | None:
    """The newest ``limit`` articles ``(A NOT B)`` finds, read from A's
    matches newest first, each checked against B's matches kept (None if B's
    are not kept, or :data:`STREAMED` of A's went by first): for 企业 -的 at
    a million articles, 212 ms to read all of 企业's matches, a few
    thousand read this way instead."""
    excluded = []
    parts = match_cache.split_not(expression)
    while parts is not None:
        expression, negative = parts
        found = match_cache.kept(db, path, negative)
        if found is None:
            return None
        excluded.append(found.rowids)
        parts = match_cache.split_not(expression)
    if not excluded:
        return None
    cursor = db.execute(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC",
        [expression],
    )
    page: list[int] = []
    read = 0
    while len(page) < limit:
        chunk = cursor.fetchmany(2048)
        if not chunk:
            break
        if read >= STREAMED:
            return None
        read += len(chunk)
        rowids = np.fromiter((r for (r,) in chunk), dtype=np.int64, count=len(chunk))
        keep = (rowids >> KIND_SHIFT) & 3 == KIND_CODES["a"]
        for out in excluded:
            if len(out):
                at = np.minimum(np.searchsorted(out, rowids), len(out) - 1)
                keep &= out[at] != rowids
        page.extend((rowids[keep] & RECORD_MASK).tolist())
    return array("q", page[:limit])


def first_page_narrowed(
    db: Database, plan: Plan, path: Path | None, limit: int
) -> array | None:
    """The first page of a search with facet choices, the index's matches
    checked against the facet arrays as they come (when the arrays are in
    memory; None otherwise): no match is joined to its article, which for a
    term rare in the chosen city meant hundreds of rows read from disk. When
    the page is not full after :data:`STREAMED` matches, every match is taken
    at once and narrowed by the arrays (:func:`every_match`)."""
    if plan.expression is None or plan.index_alone or plan.rest:
        return None
    mask = facet_cache.chosen_mask(db, path, tag_paths, plan.filters)
    if mask is None:
        return None
    expression = plan.expression
    if plan.filters.order == "date" and (
        found := match_cache.kept(db, path, expression)
    ):  # read for another place already: no need to ask the index again
        return array("q", found.within("a", mask)[:limit].tobytes())
    page: list[int] | None = []
    if plan.filters.order == "rank":
        page = _streamed(
            db, "search_titles", expression, mask, limit, verify=plan.excludes
        )
    if page is not None and len(page) < limit:
        rest: list[int] | None = _streamed(
            db, "search_fts", expression, mask, limit - len(page), skip=set(page)
        )
        page = None if rest is None else page + rest
    if page is None:
        every = every_match(db, plan, path)
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
    whole = _WholeIndex(db, expression) if verify else None
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
            and (whole is None or whole.finds(rowid))
        ):
            page.append(article_id)
            if len(page) == limit:
                break
    return page


# How many of the newest articles a one-character search reads first: their
# text, for the first page by date; their headlines, for the first by relevance.
SCAN_WINDOW = {"date": 4000, "rank": 20_000}


def first_page_by_scan(
    db: Database, filters: Filters, node: Node | None, limit: int
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
    like_sql, like_params = like_condition(node.text, headline=filters.order == "rank")
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


def headlines_first(
    db: Database, plan: Plan, query: str, params: list, *, limit: int | None
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
    whole = _WholeIndex(db, plan.expression or "") if plan.excludes else None
    ids, seen = array("q"), set()
    headlines = db.execute(sql, headline_params)
    while (limit is None or len(ids) < limit) and (batch := headlines.fetchmany(1024)):
        if whole is not None:  # the headline has the words, the text what is excluded?
            kept = whole.finds_many(np.array([rowid for rowid, _ in batch]))
            batch = [row for row, keep in zip(batch, kept, strict=True) if keep]
        for _, article_id in batch[: None if limit is None else limit - len(ids)]:
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


class _WholeIndex:
    """Whether the whole index finds an expression in a document (by rowid):
    its matches read once, on the first question, as sorted rowids. Asking
    FTS5 document by document costs from 0.2 to 300 ms a question for an
    expression with exclusions (a one-character exclusion merges every pair
    the character begins, each time)."""

    def __init__(self, db: Database, expression: str) -> None:
        self.db, self.expression = db, expression
        self.rowids: np.ndarray | None = None

    def finds(self, rowid: int) -> bool:
        return bool(self.finds_many(np.array([rowid]))[0])

    def finds_many(self, rowids: np.ndarray) -> np.ndarray:
        """For each of ``rowids``, whether the whole index finds the expression."""
        if self.rowids is None:
            self.rowids = np.sort(_rowids(self.db, "search_fts", self.expression))
        if not len(self.rowids):
            return np.zeros(len(rowids), dtype=bool)
        at = np.minimum(np.searchsorted(self.rowids, rowids), len(self.rowids) - 1)
        return self.rowids[at] == rowids
