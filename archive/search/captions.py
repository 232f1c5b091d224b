"""Searching captions as records of their own: the Captions view's list, its
facets (photographer, county, year, kind) and its rows.

The query is the search box's language, read for captions as
:mod:`archive.found` reads it (``kind:caption`` lists every caption,
``kind:article`` none, text searches the caption's own text, label and
credit line, other fields the caption's article), so the window's Captions
view and the CLI's ``search kind:caption`` list the same captions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ..models import FacetValue, Filters
from ..tags.paths import tag_condition, tag_match
from ..text import CAPTION_KINDS
from . import caption_table, saved
from . import sql as query_sql
from .index import indexed
from .query import Field, parse
from .tokens import KIND_OF, RECORD_OF, phrase

# What kind of picture a caption says it is: a file photo (资料图), one
# supplied by someone else (供图, …提供), or the paper's own news photo;
# stored with the caption as it is written (text.caption_kind).
PHOTO_KINDS = CAPTION_KINDS
KIND_SQL = "c.kind"
DATE_SQL = "coalesce(c.date, a.date)"
COUNTY_SQL = "coalesce(c.county, a.county)"
YEAR_SQL = f"CAST(substr({DATE_SQL}, 1, 4) AS INTEGER)"
FROM = "FROM captions c LEFT JOIN articles a ON a.id = c.article_id"
FACETS = ("photographer", "county", "year", "kind")


@dataclass(frozen=True)
class CaptionFilter:
    """What narrows the Captions view: the query and the facet choices."""

    text: str = ""
    photographer: str | None = None
    county: str | None = None
    year: int | None = None
    kind: str | None = None  # one of PHOTO_KINDS
    pictured: bool = False  # only captions with a picture

    def with_facet(self, facet: str, value: object) -> CaptionFilter:
        return replace(self, **{facet: value})  # type: ignore[arg-type]


@dataclass(frozen=True)
class CaptionRow:
    """One line of the Captions view."""

    id: int
    label: str | None
    text: str
    date: str | None
    city: str | None
    county: str | None
    photographers: tuple[str, ...]
    credit: str | None
    kind: str
    article_id: int | None
    article_title: str | None
    image: str | None  # the picture's file in the media folder


def query_condition(db: Database, filters: Filters) -> tuple[str, list]:
    """The captions under ``filters`` (a query and article facet choices), as
    SQL over ``captions c`` joined to their article ``a``."""
    node = parse(saved.prepare(db, as_query(filters))).node
    use_index = indexed(db)

    def caption_text(term: str) -> tuple[str, list]:
        expression = phrase(term)
        if expression is None:
            return "1", []
        if use_index:
            return (
                f"c.id IN (SELECT {RECORD_OF} FROM search_fts f "
                f"WHERE search_fts MATCH ? AND {KIND_OF} = 1)",
                [expression],
            )
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return (
            "(c.text LIKE ? ESCAPE '\\' OR c.label LIKE ? ESCAPE '\\' "
            "OR c.credit LIKE ? ESCAPE '\\')",
            [f"%{escaped}%"] * 3,
        )

    def caption_field(field: Field) -> tuple[str, list] | None:
        if field.name == "kind":
            return ("1", []) if field.value == "caption" else ("0", [])
        if field.name == "tag":  # the caption's own tags, or its article's
            tags, params = tag_match(field.value)
            own = (
                "c.id IN (SELECT g.caption_id FROM taggings g INDEXED BY "
                f"taggings_by_tag WHERE g.tag_id IN ({tags}))"
            )
            article, article_params = tag_condition(field.value)
            return f"({own} OR {article})", [*params, *article_params]
        if field.name == "has":
            if field.value == "picture":
                return "c.image_path IS NOT NULL", []
            return "1", []
        return None  # the article's own field

    sql, params = query_sql.condition(
        node, use_index=use_index, text=caption_text, field=caption_field
    )
    return f"c.deleted_at IS NULL AND {sql}", params


def as_query(filters: Filters) -> str:
    """``filters``' facet choices written into its text as fields, for the
    lists that know only the query language."""
    fields = {
        "city": filters.city,
        "county": filters.county,
        "date": filters.year,
        "paper": filters.publication,
        "section": filters.section,
        "person": filters.person,
        "tag": filters.tag,
    }
    chosen = []
    for name, value in fields.items():
        values = value if isinstance(value, tuple) else (value,)
        written = [
            f'{name}:"{one}"' if " " in str(one) else f"{name}:{one}"
            for one in values
            if one is not None
        ]
        if len(written) > 1:
            chosen.append("(" + " OR ".join(written) + ")")
        else:
            chosen.extend(written)
    return " ".join([f"({filters.text})" if filters.text.strip() else "", *chosen])


def condition(
    db: Database, chosen: CaptionFilter, *, besides: str | None = None
) -> tuple[str, list]:
    """The captions under ``chosen`` (all its facet choices but ``besides``)."""
    sql, params = query_condition(db, Filters(text=chosen.text))
    parts, values = [sql], list(params)
    if chosen.photographer is not None and besides != "photographer":
        parts.append(
            "c.id IN (SELECT cr.caption_id FROM credits cr JOIN people p "
            "ON p.id = cr.person_id WHERE p.name = ? AND cr.role = 'photographer')"
        )
        values.append(chosen.photographer)
    if chosen.county is not None and besides != "county":
        parts.append(f"{COUNTY_SQL} = ?")
        values.append(chosen.county)
    if chosen.year is not None and besides != "year":
        parts.append(f"{YEAR_SQL} = ?")
        values.append(int(chosen.year))
    if chosen.kind is not None and besides != "kind":
        parts.append(f"{KIND_SQL} = ?")
        values.append(chosen.kind)
    if chosen.pictured:
        parts.append("c.image_path IS NOT NULL")
    return " AND ".join(parts), values


def _mask(
    db: Database,
    chosen: CaptionFilter,
    table: caption_table.CaptionTable,
    *,
    besides: str | None = None,
) -> np.ndarray:
    """Which of the table's rows are under ``chosen`` (but its ``besides``
    facet): the query by SQL, the facet choices over the arrays."""
    sql, params = query_condition(db, Filters(text=chosen.text))
    if sql == "c.deleted_at IS NULL AND 1":
        mask = table.matching(None)
    elif sql == "c.deleted_at IS NULL AND 0":
        mask = np.zeros(len(table.ids), dtype=bool)
    else:
        found = np.fromiter(
            (i for (i,) in db.execute(f"SELECT c.id {FROM} WHERE {sql}", params)),
            dtype=np.int64,
        )
        mask = table.matching(found)
    for facet in FACETS:
        if facet != besides:
            picked = table.chosen(facet, getattr(chosen, facet))
            if picked is not None:
                mask &= picked
    if chosen.pictured:
        mask &= table.pictured
    return mask


def caption_ids(
    db: Database,
    chosen: CaptionFilter,
    *,
    limit: int | None = None,
    path: Path | None = None,
) -> list[int]:
    """The captions under ``chosen``, newest first (the first ``limit``)."""
    table = caption_table.table(db, path)
    ids = table.ids[_mask(db, chosen, table)]
    return (ids if limit is None else ids[:limit]).tolist()


def count(db: Database, chosen: CaptionFilter, *, path: Path | None = None) -> int:
    table = caption_table.table(db, path)
    return int(_mask(db, chosen, table).sum())


def facets(
    db: Database,
    chosen: CaptionFilter,
    *,
    limit: int = 60,
    path: Path | None = None,
) -> dict[str, list[FacetValue]]:
    """Each facet's values with counts, under every other choice (so a
    choice made can be changed for another of its facet)."""
    table = caption_table.table(db, path)
    whole = _mask(db, chosen, table)
    out: dict[str, list[FacetValue]] = {}
    for facet in FACETS:
        mask = whole
        if getattr(chosen, facet) is not None:
            mask = _mask(db, chosen, table, besides=facet)
        out[facet] = [FacetValue(v, n) for v, n in table.counts(facet, mask, limit)]
    return out


def first_ids(db: Database, chosen: CaptionFilter, *, limit: int) -> list[int]:
    """The first ``limit`` captions under ``chosen`` in list order, by SQL
    alone down the date indexes (no table of every caption: what a screen
    shows while :mod:`.caption_table` reads them). Exact but in one case:
    when fewer than ``limit`` of the newest-dated captions match, those are
    all it gives."""
    sql, params = condition(db, chosen)
    by_own_date = db.execute(
        f"SELECT c.id, c.date {FROM} WHERE {sql} AND c.date IS NOT NULL "
        "ORDER BY c.date DESC, c.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    since = by_own_date[-1][1] if len(by_own_date) == limit else ""
    # captions without a date of their own stand at their article's
    by_article = db.execute(
        f"SELECT c.id, a.date {FROM} WHERE {sql} AND c.date IS NULL "
        "AND a.date >= ? AND a.deleted_at IS NULL",
        [*params, since],
    ).fetchall()
    found = sorted(
        by_own_date + by_article, key=lambda r: (_datekey(r[1]), r[0]), reverse=True
    )
    return [i for i, _ in found[:limit]]


def _datekey(date: str | None) -> int:
    """A date as caption_table orders it: YYYYMMDD, a month's as YYYYMM00."""
    digits = (date or "").replace("-", "")[:8]
    return int((digits + "00000000")[:8]) if digits.isdigit() else 0


def caption_rows(db: Database, ids: list[int]) -> list[CaptionRow]:
    """The rows of captions ``ids``, in that order (captions gone are skipped)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT c.id, c.label, c.text, {DATE_SQL}, coalesce(c.city, a.city),
        {COUNTY_SQL}, (SELECT group_concat(name, '、') FROM (SELECT p.name
            FROM credits cr JOIN people p ON p.id = cr.person_id
            WHERE cr.caption_id = c.id AND cr.role = 'photographer'
            ORDER BY cr.position)),
        c.credit, {KIND_SQL}, c.article_id, a.title, c.image_path
        {FROM} WHERE c.id IN ({marks}) AND c.deleted_at IS NULL""",
        ids,
    )
    by_id = {}
    for row in rows:
        people = tuple(row[6].split("、")) if row[6] else ()
        by_id[row[0]] = CaptionRow(*row[:6], people, *row[7:])  # type: ignore[call-arg]
    return [by_id[i] for i in ids if i in by_id]
