"""Reading stored figures: a place's figures with their sentences, the latest
total of each indicator per place (the figures table), an indicator across
years (the charts). Curation applies throughout: a rejected figure counts
nowhere, a corrected one counts with its corrected value, and a confirmed or
corrected figure wins over others of its place and year; else the value
most sentences report, else the newest report's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from ..places import ComparePlace
from .indicators import dictionary_of

_FIELDS = (
    "f.id, f.article_id, f.date, f.indicator, f.kind, coalesce(c.value, f.value), "
    "coalesce(c.unit, f.unit), coalesce(c.normalised, f.normalised), f.base_unit, "
    "f.earlier, f.qualifiers, f.year, f.place, f.city, f.county, f.scope, "
    'f.sentence, f.sentence_start, f.sentence_end, f.start, f."end", f.named_as, '
    "coalesce(c.status, 'extracted'), f.value, f.unit, f.is_level"
)
_FROM = "FROM figures f LEFT JOIN figure_curations c ON c.key = f.key"
_LIVE = "coalesce(c.status, '') <> 'rejected'"
_CURATED = "coalesce(c.status IN ('confirmed', 'corrected'), 0)"
_VALUE = "coalesce(c.normalised, f.normalised)"


@dataclass(frozen=True)
class StoredFigure:
    """A figure as the archive keeps it, curation applied: ``value`` and
    ``unit`` as the sentence prints them (or as corrected), ``normalised`` in
    ``base_unit``, ``read_value``/``read_unit`` what the extractor read."""

    id: int
    article_id: int
    date: str | None
    indicator: str
    kind: str
    value: float
    unit: str
    normalised: float
    base_unit: str
    earlier: float | None
    qualifiers: tuple[str, ...]
    year: int | None
    place: str | None
    city: str | None
    county: str | None
    scope: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    named_as: str
    status: str  # extracted, confirmed, rejected, corrected
    read_value: float
    read_unit: str
    is_level: bool

    @property
    def phrase(self) -> str:
        """The figure's own words in its sentence (306家, 由21家增至301家)."""
        first = self.sentence_start
        return self.sentence[self.start - first : self.end - first]


def _figure(row: tuple) -> StoredFigure:
    values = list(row)
    values[10] = tuple(values[10].split()) if values[10] else ()
    values[25] = bool(values[25])
    return StoredFigure(*values)


@dataclass(frozen=True)
class Other:
    """Another value reported for the same place and year: a conflict."""

    normalised: float
    reports: int
    figure: StoredFigure  # the newest report of it


@dataclass(frozen=True)
class Cell:
    """One place's latest level of one indicator, with what contradicts it."""

    indicator: str
    place: str  # the place's key
    year: int
    normalised: float
    base_unit: str
    reports: int  # how many sentences report this value for this year
    figure: StoredFigure  # the one cited: curated, else the newest of its value
    others: tuple[Other, ...] = ()

    @property
    def conflict(self) -> bool:
        return bool(self.others)


@dataclass(frozen=True)
class FigureTable:
    """Indicators × places: each cell the latest total, or absent."""

    places: tuple[str, ...]
    indicators: tuple[str, ...]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)

    def cell(self, indicator: str, place: str) -> Cell | None:
        return self.cells.get((indicator, place))


def where_place(place: ComparePlace) -> tuple[str, list]:
    """The SQL condition (on ``f``) for figures of ``place`` itself."""
    if place.county is None:
        return "f.city = ? AND f.level = 'city'", [place.city]
    if place.ambiguous:
        return "f.county = ? AND f.level = 'county' AND f.city = ?", [
            place.county,
            place.city,
        ]
    return "f.county = ? AND f.level = 'county'", [place.county]


def figures(
    db: Database,
    *,
    place: ComparePlace | None = None,
    indicator: str | None = None,
    article_id: int | None = None,
    rejected: bool = True,
    limit: int | None = None,
) -> list[StoredFigure]:
    """Stored figures, newest year and article first (of ``place``, for
    ``indicator``, in ``article_id``; without the rejected unless ``rejected``)."""
    conditions, values = ["1"], []
    if place is not None:
        condition, args = where_place(place)
        conditions.append(condition)
        values += args
    if indicator is not None:
        conditions.append("f.indicator = ?")
        values.append(indicator)
    if article_id is not None:
        conditions.append("f.article_id = ?")
        values.append(article_id)
    if not rejected:
        conditions.append(_LIVE)
    order = (
        "f.start"
        if article_id is not None
        else "f.year IS NULL, f.year DESC, f.date DESC, f.id DESC"
    )
    rows = db.execute(
        f"SELECT {_FIELDS} {_FROM} WHERE {' AND '.join(conditions)} ORDER BY {order}"
        + (" LIMIT ?" if limit else ""),
        values + ([limit] if limit else []),
    )
    return [_figure(row) for row in rows]


def figure(db: Database, figure_id: int) -> StoredFigure | None:
    row = db.execute(f"SELECT {_FIELDS} {_FROM} WHERE f.id = ?", [figure_id])
    found = row.fetchone()
    return _figure(found) if found else None


def indicators_reported(
    db: Database, places: Sequence[ComparePlace], names: Sequence[str]
) -> list[str]:
    """Those of ``names`` some level of which is reported for one of
    ``places`` (a seek each down the place's index, not a scan of it)."""
    found = []
    for name in names:
        for place in places:
            condition, values = where_place(place)
            if db.execute(
                f"SELECT 1 FROM figures f WHERE {condition} AND f.is_level = 1 "
                "AND f.indicator = ? LIMIT 1",
                [*values, name],
            ).fetchone():
                found.append(name)
                break
    return found


def table(
    db: Database, places: Sequence[ComparePlace], indicators: Sequence[str]
) -> FigureTable:
    """The latest level of each of ``indicators`` for each of ``places``."""
    cells: dict[tuple[str, str], Cell] = {}
    curated = curated_indicators(db)
    for place in places:
        for indicator in indicators:
            cell = latest_cell(db, place, indicator, curated=curated)
            if cell is not None:
                cells[indicator, place.key] = cell
    return FigureTable(tuple(p.key for p in places), tuple(indicators), cells)


def curated_indicators(db: Database) -> frozenset[str] | None:
    """The names of the indicators some figure of which an editor decided on
    (``None``: not known, take every indicator as decided on).

    A decision's key is made with its indicator's id (:mod:`.keys`), so it
    can only ever join figures of that indicator: the others' cells are
    grouped straight from the place's covering index, with no look-up of a
    decision for each of their rows (at a million articles that look-up was
    most of a chart's time)."""
    ids = {i for (i,) in db.execute("SELECT DISTINCT indicator FROM figure_curations")}
    if not ids:
        return frozenset()
    by_id = {i.id: i.name for i in dictionary_of(db).indicators}
    if not ids <= by_id.keys():
        return None  # a decision on an indicator the dictionary no longer has
    return frozenset(by_id[i] for i in ids)


def latest_cell(
    db: Database,
    place: ComparePlace,
    indicator: str,
    *,
    curated: frozenset[str] | None = None,
) -> Cell | None:
    """The place's level of ``indicator`` in the latest year one is reported
    for (a year whose every report is rejected does not count).
    ``curated``: :func:`curated_indicators`, if known."""
    condition, values = where_place(place)
    before = 10_000
    while True:
        # one seek down the place's index (max() over its last column)
        (year,) = db.execute(
            f"SELECT max(f.year) FROM figures f WHERE {condition} AND f.is_level = 1 "
            "AND f.indicator = ? AND f.year < ?",
            [*values, indicator, before],
        ).fetchone()
        if year is None:
            return None
        cell = _cell(db, place, indicator, year, decided=_decided(indicator, curated))
        if cell is not None:
            return cell
        before = year


def _decided(indicator: str, curated: frozenset[str] | None) -> bool:
    return curated is None or indicator in curated


def _cell(
    db: Database, place: ComparePlace, indicator: str, year: int, *, decided: bool
) -> Cell | None:
    condition, values = where_place(place)
    scope = (
        f"{_FROM} WHERE {condition} AND f.is_level = 1 AND f.indicator = ? "
        f"AND f.year = ? AND {_LIVE}"
    )
    args = [*values, indicator, year]
    if decided:
        groups = db.execute(
            f"SELECT {_VALUE}, count(*), max({_CURATED}), max(f.date) {scope} "
            "GROUP BY 1",
            args,
        ).fetchall()
    else:  # in the index's order: no decision to look up, no sort
        groups = db.execute(
            "SELECT f.normalised, count(*), 0, max(f.date) FROM figures f "
            f"WHERE {condition} AND f.is_level = 1 AND f.indicator = ? "
            "AND f.year = ? GROUP BY f.normalised",
            args,
        ).fetchall()
    if not groups:
        return None
    # curated first, then the most reported, then the newest report
    groups.sort(key=lambda g: (g[2], g[1], g[3] or ""), reverse=True)
    reps = [_newest(db, scope, args, g[0], curated=bool(g[2])) for g in groups]
    chosen = groups[0]
    return Cell(
        indicator=indicator,
        place=place.key,
        year=year,
        normalised=chosen[0],
        base_unit=reps[0].base_unit,
        reports=chosen[1],
        figure=reps[0],
        others=tuple(
            Other(g[0], g[1], rep) for g, rep in zip(groups[1:], reps[1:], strict=True)
        ),
    )


def _newest(
    db: Database, scope: str, values: list, value: float, *, curated: bool
) -> StoredFigure:
    """The report of ``value`` cited: a curated one, else the newest (in
    the index's order where none is curated: one seek)."""
    if curated:
        row = db.execute(
            f"SELECT {_FIELDS} {scope} AND {_VALUE} = ? "
            f"ORDER BY {_CURATED} DESC, f.date DESC, f.id DESC LIMIT 1",
            [*values, value],
        ).fetchone()
    else:
        row = db.execute(
            f"SELECT {_FIELDS} {scope} AND f.normalised = ? AND c.id IS NULL "
            "ORDER BY f.date DESC LIMIT 1",
            [*values, value],
        ).fetchone()
        if row is None:  # the value is a correction's: look among the curated
            return _newest(db, scope, values, value, curated=True)
    return _figure(row)


def series(
    db: Database, places: Sequence[ComparePlace], indicator: str
) -> dict[str, dict[int, Cell]]:
    """Each place's level of ``indicator`` year by year (a year's value
    chosen as the table chooses it)."""
    decided = _decided(indicator, curated_indicators(db))
    out: dict[str, dict[int, Cell]] = {}
    for place in places:
        cells = {
            y: _cell(db, place, indicator, y, decided=decided)
            for y in _years(db, place, indicator)
        }
        out[place.key] = {y: c for y, c in cells.items() if c is not None}
    return out


def _years(db: Database, place: ComparePlace, indicator: str) -> list[int]:
    """The years some level of ``indicator`` is reported for ``place``, a
    seek down its index each (not a walk over every report: a year whose
    every report is rejected is left out by :func:`_cell`)."""
    condition, values = where_place(place)
    years: list[int] = []
    after = -10_000
    while True:
        (year,) = db.execute(
            f"SELECT min(f.year) FROM figures f WHERE {condition} AND f.is_level = 1 "
            "AND f.indicator = ? AND f.year > ?",
            [*values, indicator, after],
        ).fetchone()
        if year is None:
            return years
        years.append(year)
        after = year
