"""Facet counts by plain SQL, a GROUP BY per facet: seconds at a million
articles, where :func:`.listing.facets` counts over in-memory arrays.
Kept as the reference the tests and the benchmark hold those arrays to."""

from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from ..models import FACET_KINDS, FacetValue, Filters
from ..tags.paths import TAG_PATHS
from . import saved
from .index import indexed
from .plan import where

# Everyone credited on the articles matching {where}, or on their captions.
_PEOPLE_OF = """
    SELECT cr.article_id, cr.person_id FROM articles a
    JOIN credits cr ON cr.article_id = a.id WHERE {where}
    UNION ALL
    SELECT cap.article_id, cr.person_id FROM articles a
    JOIN captions cap ON cap.article_id = a.id AND cap.deleted_at IS NULL
    JOIN credits cr ON cr.caption_id = cap.id WHERE {where}
"""


def facets_by_sql(
    db: Database, filters: Filters, *, limit: int = 60
) -> dict[str, list[FacetValue]]:
    """Each facet's counts among the articles under ``filters``, as
    :func:`.listing.facets` gives them."""
    filters = replace(filters, text=saved.prepare(db, filters.text))
    return {kind: facet(db, filters, kind, limit=limit) for kind in FACET_KINDS}


_FACET_QUERIES = {
    "city": ("a.city", "articles a", "a.city IS NOT NULL", "n DESC, value"),
    "county": ("a.county", "articles a", "a.county IS NOT NULL", "n DESC, value"),
    "year": ("a.year", "articles a", "a.year IS NOT NULL", "value DESC"),
    "publication": (
        "p.name",
        "articles a JOIN publications p ON p.id = a.publication_id",
        "1",
        "n DESC, value",
    ),
    "section": ("a.section", "articles a", "a.section IS NOT NULL", "n DESC, value"),
    "tag": (
        "tp.path",
        "articles a JOIN taggings g ON g.article_id = a.id "
        f"JOIN ({TAG_PATHS}) tp ON tp.id = g.tag_id",
        "1",
        "n DESC, value",
    ),
}


def facet(db: Database, filters: Filters, kind: str, *, limit: int) -> list[FacetValue]:
    """Counts for one facet ``kind``: its top ``limit`` values."""
    sql, params = where(filters, skip=kind, use_index=indexed(db))
    if kind == "person":
        return _person_facet(db, sql, params, limit=limit)
    value, source, extra, order = _FACET_QUERIES[kind]
    count = "count(DISTINCT a.id)" if " JOIN " in source else "count(*)"
    cursor = db.execute(
        f"""SELECT {value} AS value, {count} AS n FROM {source}
        WHERE {sql} AND {extra} GROUP BY value ORDER BY {order} LIMIT ?""",
        [*params, limit],
    )
    return [FacetValue(value, n) for value, n in cursor]


def _person_facet(
    db: Database, sql: str, params: list, *, limit: int
) -> list[FacetValue]:
    """People by the number of articles under ``sql`` that credit them."""
    cursor = db.execute(
        f"""SELECT pe.name AS value, count(DISTINCT x.article_id) AS n
        FROM ({_PEOPLE_OF.format(where=sql)}) x JOIN people pe ON pe.id = x.person_id
        GROUP BY x.person_id ORDER BY n DESC, value LIMIT ?""",
        [*params, *params, limit],
    )
    return [FacetValue(value, n) for value, n in cursor]
