"""The article list: ids in date order under filters, rows by id, facet counts."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ..models import FACET_KINDS, ArticleRow, FacetValue, Filters
from ..tags import tree as tag_tree
from ..tags.paths import paths_of, tag_paths
from . import facet_cache, match_cache, saved
from .id_arrays import concatenated_ids
from .matching import (
    every_match,
    first_page,
    first_page_by_scan,
    headlines_first,
)
from .plan import Plan, plan_for
from .snippets import snippet_of
from .tokens import KIND_OF, RECORD_OF


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
    plan = plan_for(db, filters)
    filters, expression = plan.filters, plan.expression
    if limit is not None and plan.use_index:
        first = first_page_by_scan(db, filters, plan.node, limit)
        if first is not None:
            return first
    if expression is None:
        newest = "ORDER BY a.date DESC, a.id DESC"
        query = f"SELECT a.id FROM articles a WHERE {plan.sql} {newest}"
        params = list(plan.params)
    else:
        found = (
            every_match(db, plan, path)
            if limit is None
            else first_page(db, plan, path, limit)
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
            return headlines_first(db, plan, query, params, limit=limit)
    if limit is not None:
        query += " LIMIT ?"
        params = [*params, limit]
        ids = array("q")
        for (key,) in db.execute(query, params):
            ids.append(key)
        return ids
    return ordered_ids(db, query, params)


def ordered_ids(db: Database, query: str, params: list) -> array:
    """The ids ``query`` lists, in its order, handed over as one
    ``group_concat`` string: a row an id, a million of them took the thread
    0.2-0.3 s holding the GIL (tuples made, an array extended in Python),
    which the GUI thread waited for at every call into Python; SQLite writes
    the string with the GIL let go. (The aggregate reads its subquery's rows
    in the subquery's order: checked against the rows in tests/archive.)"""
    listed, _, rest = query.partition(" FROM ")  # SELECT <the id> FROM …
    inner = f"{listed} AS listed_id FROM {rest}"
    row = db.execute(
        f"SELECT group_concat(listed_id) FROM ({inner})", params
    ).fetchone()
    ids = array("q")
    ids.frombytes(concatenated_ids(row[0] if row else None).tobytes())
    return ids


def count(db: Database, filters: Filters, *, path: Path | None = None) -> int:
    """How many articles :func:`article_ids` would list."""
    found = quick_count(db, filters, path=path)
    return len(article_ids(db, filters, path=path)) if found is None else found


def article_mask(
    db: Database, filters: Filters, *, path: Path | None = None
) -> np.ndarray | None:
    """Which articles :func:`article_ids` lists, as a mask indexed by id, when
    the facet arrays (in memory) and the index's kept matches tell: filters of
    facet choices and text the index answers alone (None otherwise)."""
    plan = plan_for(db, filters)
    if plan.rest or (plan.expression is None and plan.filters.text.strip()):
        return None
    mask = facet_cache.chosen_mask(db, path, tag_paths, plan.filters)
    if mask is None or plan.expression is None:
        return mask
    found = match_cache.matches(db, path, plan.expression).within("a", mask)
    mask[:] = False
    mask[found] = True
    return mask


def quick_count(
    db: Database, filters: Filters, *, path: Path | None = None
) -> int | None:
    """How many articles :func:`article_ids` would list, if that can be told
    without listing them (None: only listing them tells). The index counts a
    term found in most of a million articles in about 50 ms, where listing them
    takes 300; the facet arrays count facet choices."""
    plan = plan_for(db, filters)
    if plan.index_alone:
        return _index_count(db, plan, path)
    if plan.expression is not None and not plan.rest:
        # the index's matches (kept, :mod:`.match_cache`) within the facet
        # arrays' choices: what :func:`article_ids` lists, without listing
        mask = facet_cache.chosen_mask(db, path, tag_paths, plan.filters)
        if mask is not None:
            found = match_cache.matches(db, path, plan.expression)
            return found.count_within("a", mask)
    if plan.filters.text.strip():
        return None
    if all(plan.filters.facet(kind) is None for kind in FACET_KINDS):
        # the narrow index of live articles, not the wide table (5.9 s cold at
        # a million articles, 0.09 s this way)
        return db.execute(
            "SELECT count(*) FROM articles INDEXED BY articles_by_date "
            "WHERE deleted_at IS NULL"
        ).fetchone()[0]
    mask = facet_cache.chosen_mask(db, path, tag_paths, plan.filters)
    if mask is not None:
        return int(mask.sum())
    return db.execute(
        f"SELECT count(*) FROM articles a WHERE {plan.sql}", plan.params
    ).fetchone()[0]


def _index_count(db: Database, plan: Plan, path: Path | None) -> int | None:
    """How many articles the index alone finds for the plan: from the
    matches kept if they were listed already, else the index's count; an
    exclusion not listed yet is listed sooner (from its terms' matches,
    :func:`.matching.first_excluding`) than the index counts it (None)."""
    found = match_cache.kept(db, path, plan.expression or "")
    if found is not None:
        return len(found.ids("a"))
    if plan.excludes and path is not None:
        return None
    return db.execute(
        f"SELECT count(*) FROM search_fts f WHERE search_fts MATCH ? AND {KIND_OF} = 0",
        [plan.expression],
    ).fetchone()[0]


_ROW_FIELDS = [f.name for f in fields(ArticleRow)][:7]


def article_rows(
    db: Database, ids: Sequence[int], *, query: str = ""
) -> list[ArticleRow]:
    """The list rows of ``ids``, in the order given; unknown ids are skipped.

    With ``query``, each row carries a snippet of its text around the first match.
    """
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    # where the match column looks for the query: the body, then the rest
    texts = (
        """(SELECT body FROM article_bodies WHERE article_id = a.id), a.summary,
        a.subtitle, a.kicker, a.dateline, (SELECT group_concat(
            coalesce(c.label || ' ', '') || c.text, ' ') FROM captions c
            WHERE c.article_id = a.id AND c.deleted_at IS NULL)"""
        if query
        else "NULL"
    )
    cursor = db.execute(
        f"""SELECT a.id, a.date, a.city, p.name, a.section, a.title,
            (SELECT count(*) FROM captions c
             WHERE c.article_id = a.id AND c.deleted_at IS NULL),
            (SELECT group_concat(g.tag_id) FROM taggings g
             WHERE g.article_id = a.id AND g.start IS NULL),
            {texts}
        FROM articles a LEFT JOIN publications p ON p.id = a.publication_id
        WHERE a.id IN ({marks})""",
        list(ids),
    )
    rows_read = cursor.fetchall()
    # the paths of the rows' own tags, walked up from them: every tag's path
    # (5,000 tags) took 40-80 ms of the GUI thread for each page a Compare
    # column or the list read
    tagged = {int(i) for row in rows_read if row[7] for i in row[7].split(",")}
    paths = paths_of(db, sorted(tagged))
    rows = {
        row[0]: ArticleRow(
            **dict(zip(_ROW_FIELDS, row[:7], strict=True)),
            tags=_tag_list(row[7], paths),
            snippet=snippet_of(row[8:], query, before=2, after=40) if query else "",
        )
        for row in rows_read
    }
    return [rows[i] for i in ids if i in rows]


def _tag_list(ids: str | None, paths: dict[int, str]) -> str:
    """The full paths of a row's live tags (ids as ``group_concat`` gives
    them), in order, joined as the list's Tags column shows them."""
    if not ids:
        return ""
    found = {paths[int(i)] for i in ids.split(",") if int(i) in paths}
    return "、".join(sorted(found))


def facets(
    db: Database,
    filters: Filters,
    *,
    limit: int = 60,
    path: Path | None = None,
    matches: Iterable[int] | None = None,
) -> dict[str, list[FacetValue]]:
    """Counts of each facet's values among the articles under ``filters``.

    A facet's own choice is left out of its counts, so the other values stay
    visible as alternatives. Counted over in-memory arrays
    (:mod:`.facets`) shared by the connections to the file at ``path``;
    the search text is run once, for all the facets (not at all when its
    ``matches`` are given).
    """
    filters = replace(filters, text=saved.prepare(db, filters.text))
    if not filters.text.strip():
        matches = None
    elif matches is None:
        matches = article_ids(db, Filters(text=filters.text))
    return facet_cache.counts(db, path, tag_paths, filters, matches, limit=limit)


def tag_counts(
    db: Database,
    filters: Filters,
    *,
    path: Path | None = None,
    matches: Iterable[int] | None = None,
) -> tuple[dict[int, int], dict[int, int]]:
    """Each tag's articles under ``filters`` (its tag choice left out), own
    and with the tags below it, by tag id (tags with none left out).

    ``matches``: the ids the search text finds, when the caller has them."""
    filters = replace(filters, text=saved.prepare(db, filters.text))
    if not filters.text.strip():
        matches = None
    elif matches is None:
        matches = article_ids(db, Filters(text=filters.text))
    paths = tag_paths
    if path is not None:  # the tree's paths, read once per edit for both

        def paths(db: Database) -> dict[int, str]:
            return {t.id: t.path for t in tag_tree.cached(db, path)}

    return facet_cache.tag_counts(db, path, paths, filters, matches)
