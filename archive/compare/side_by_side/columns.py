"""The Compare view's columns: for each place, the records the shared filter
finds there, how many of each kind, and how many a year.

A column is the search the browse view would run for the filter and the
place's field (``人才 city:焦作``), so its total is the number ``search``
reports for that query. With mentions on, a column also lists the records
that name the place in their text but are attributed elsewhere, marked.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ... import found as records
from ...models import ArticleRow, Filters
from ...search import facet_cache, listing
from ...tags.paths import tag_paths
from ..places import ComparePlace

FIRST_ROWS = 200


def column_query(place: ComparePlace, query: str) -> str:
    """The query a column runs: the shared filter within the place."""
    return f"({_closed(query)}) {place.query}" if query.strip() else place.query


def column_filters(place: ComparePlace, query: str) -> Filters:
    """What :func:`column_query` means, with the place as a facet choice, so
    that the facet arrays find it rather than SQL over every article (the
    same records: ``city:焦作`` typed is ``a.city = '焦作'`` as the facet is)."""
    text = f"({_closed(query)})" if query.strip() else ""
    if place.county is None:
        return Filters(text=text, city=place.city)
    city = place.city if place.ambiguous else None
    return Filters(text=text, city=city, county=place.county)


def mention_query(place: ComparePlace, query: str) -> str:
    """Records naming the place in their text, attributed to another place
    (or none): ``(人才) ("焦作市" OR "焦作") -(city:焦作)``."""
    names = " OR ".join(f'"{name}"' for name in place.names)
    shared = f"({_closed(query)}) " if query.strip() else ""
    return f"{shared}({names}) -({place.query})"


def _closed(query: str) -> str:
    """``query`` with its open quote and brackets closed, as the parser would
    close them at its end: so that the place's field put after it stays
    outside them (``科技 "人才`` must not swallow ``city:焦作`` into a phrase)."""
    if query.count('"') % 2:
        query += '"'
    depth = 0
    for part in query.split('"')[::2]:  # outside the quotes
        for char in part:
            if char == "(":
                depth += 1
            elif char == ")" and depth:
                depth -= 1
    return query + ")" * depth


@dataclass(frozen=True)
class Column:
    """One place's records under the shared filter."""

    place: ComparePlace
    query: str  # what it searched, as the search box would
    keys: array  # the first rows' keys, or every key (``complete``)
    counts: dict[str, int]
    complete: bool
    mention_keys: array = field(default_factory=lambda: array("q"))
    mention_counts: dict[str, int] = field(default_factory=dict)
    counted: bool = True  # False: ``counts`` are the first rows', more to count

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def mentions(self) -> int:
        return sum(self.mention_counts.values())


def column(
    db: Database,
    place: ComparePlace,
    query: str,
    *,
    limit: int | None = FIRST_ROWS,
    mentions: bool = False,
    counts: bool = True,
    path: Path | None = None,
) -> Column:
    """``place``'s column under ``query``: its first ``limit`` rows (every row
    without a limit) and its counts, with the mentions if asked for. Without
    ``counts``, only the first rows, counted (``counted`` False if there may
    be more): they come sooner than the counts, which read every match."""
    text = column_query(place, query)
    find = records.find if counts else _first_rows
    own = find(db, column_filters(place, query), limit=limit, path=path)
    if not mentions:
        return Column(
            place,
            text,
            own.keys,
            dict(own.counts),
            own.complete,
            counted=counts or own.complete,
        )
    named = find(db, Filters(text=mention_query(place, query)), limit=limit, path=path)
    return Column(
        place,
        text,
        own.keys,
        dict(own.counts),
        own.complete and named.complete,
        named.keys,
        dict(named.counts),
        counted=counts or (own.complete and named.complete),
    )


def _first_rows(
    db: Database, filters: Filters, *, limit: int | None, path: Path | None
) -> records.Found:
    """The first ``limit`` keys, counted by kind (complete if fewer)."""
    keys = records.record_keys(db, filters, limit=limit, path=path)
    kinds = records.kinds_asked(db, filters.text)
    complete = limit is None or len(keys) < limit
    return records.Found(keys, records.counted(keys, kinds), complete=complete)


def columns(
    db: Database,
    places: Sequence[ComparePlace],
    query: str,
    *,
    limit: int | None = FIRST_ROWS,
    mentions: bool = False,
    path: Path | None = None,
) -> list[Column]:
    return [
        column(db, p, query, limit=limit, mentions=mentions, path=path) for p in places
    ]


def years(
    db: Database, place: ComparePlace, query: str, *, path: Path | None = None
) -> dict[int, int]:
    """How many of the column's articles each year has, oldest year first:
    the year codes of the facet arrays counted under the column's mask where
    it can be had (:func:`listing.article_mask`), else the facet counts."""
    filters = column_filters(place, query)
    mask = listing.article_mask(db, filters, path=path)
    if mask is not None:
        counted = facet_cache.value_counts(db, path, tag_paths, "year", mask)
        return dict(sorted((int(str(y)), n) for y, n in counted.items()))
    counts = listing.facets(db, filters, limit=500, path=path)["year"]
    return dict(sorted((int(v.value), v.count) for v in counts))


def rows(db: Database, keys: Sequence[int], *, query: str = "") -> list[ArticleRow]:
    return records.record_rows(db, keys, query=query)
