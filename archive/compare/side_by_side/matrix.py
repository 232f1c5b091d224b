"""The tag × place matrix: for the compared places under the shared filter,
how many of each place's records carry each tag.

Aggregated by place, not by document: a cell is the number of the place's
records (articles and captions the column lists) tagged with the row's tag,
or with one of its descendants when the rows are rolled up; a tagged passage
counts its article. A cell is read in one of three modes, so that a big city
does not drown a small one: the count, present or absent, or the share of the
place's records. Each cell keeps its records' keys, which the window lists
when the cell is clicked, and its passages, read one after another.
"""

from __future__ import annotations

import csv
import io
from array import array
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ...errors import InvalidInput
from ..places import ComparePlace
from . import matrix_cells

MODES = ("count", "present", "share")
MAX_ROWS = 200  # rows of one matrix; a parent with more children is cut there


_MESSAGES = {
    "no_tag": "there is no tag called {name}",
    "no_rows": "the archive has no tags to make rows of",
    "mode": "a cell is shown as count, present or share, not {name!r}",
}


class MatrixError(InvalidInput):
    """A matrix that cannot be made as asked (``reason``: no_tag, no_rows, mode;
    ``name`` what was asked for)."""

    def __init__(self, reason: str, name: str = "") -> None:
        super().__init__(_MESSAGES[reason].format(name=name))
        self.reason = reason
        self.name = name


@dataclass(frozen=True)
class MatrixRow:
    tag_id: int
    path: str
    color: str | None
    depth: int  # below the parent the rows were asked under (0: its child)


@dataclass(frozen=True)
class Passage:
    """A tagged passage of a cell: where it is and what it says."""

    tagging_id: int
    article_id: int
    field: str
    start: int
    end: int


@dataclass(frozen=True)
class Matrix:
    places: tuple[ComparePlace, ...]
    rows: tuple[MatrixRow, ...]
    query: str
    parent: str | None
    rollup: bool
    place_totals: tuple[int, ...]  # the column's records, the share's denominator
    _cells: tuple[tuple[array, ...], ...]  # record keys of each cell, sorted
    _passages: Mapping[tuple[int, int], tuple[Passage, ...]]  # in reading order
    _row_totals: tuple[int, ...]
    _column_totals: tuple[int, ...]
    cut: bool = False  # more rows than MAX_ROWS

    def count(self, row: int, place: int) -> int:
        return len(self._cells[row][place])

    def keys(self, row: int, place: int) -> array:
        """The cell's records, as keys the search's lists take."""
        return self._cells[row][place]

    def passages(self, row: int, place: int) -> tuple[Passage, ...]:
        return self._passages.get((row, place), ())

    def value(self, row: int, place: int, mode: str = "count") -> float:
        """The cell read in ``mode``: a count, 1/0 for present/absent, or the
        share (0..1) of the place's records."""
        count = self.count(row, place)
        if mode == "present":
            return 1 if count else 0
        if mode == "share":
            total = self.place_totals[place]
            return count / total if total else 0.0
        return count

    def row_total(self, row: int) -> int:
        """Records carrying the row's tag in any of the places (each once)."""
        return self._row_totals[row]

    def column_total(self, place: int) -> int:
        """The place's records carrying any of the rows' tags (each once)."""
        return self._column_totals[place]

    @property
    def grand_total(self) -> int:
        return sum(self._column_totals)

    def maximum(self, mode: str = "count") -> float:
        """The largest cell in ``mode``: the heat map's full shade."""
        values = [
            self.value(r, p, mode)
            for r in range(len(self.rows))
            for p in range(len(self.places))
        ]
        return max(values, default=0)


def matrix(
    db: Database,
    places: Sequence[ComparePlace],
    query: str = "",
    *,
    parent: str | None = None,
    rollup: bool = True,
    path: Path | None = None,
) -> Matrix:
    """The matrix of ``parent``'s child tags (the top-level tags without one;
    the tag itself when it has no children) against ``places``."""
    tags = _live_tags(db)
    rows, cut = _rows(tags, parent)
    children = _children(tags)
    subtrees = [
        _subtree(children, row.tag_id) if rollup else {row.tag_id} for row in rows
    ]
    carrying = matrix_cells.tagged(db, path, set().union(*subtrees))
    records_of = [
        matrix_cells.place_records(db, place, query, path) for place in places
    ]
    made = matrix_cells.cells(subtrees, records_of, carrying)
    return Matrix(
        places=tuple(places),
        rows=tuple(rows),
        query=query,
        parent=parent,
        rollup=rollup,
        place_totals=tuple(r.total for r in records_of),
        _cells=tuple(
            tuple(array("q", keys.astype(np.int64).tobytes()) for keys in row)
            for row in made.keys
        ),
        _passages=matrix_cells.LazyPassages(carrying, made.passages, Passage),
        _row_totals=made.row_totals,
        _column_totals=made.column_totals,
        cut=cut,
    )


def as_csv(result: Matrix, mode: str = "count", *, transpose: bool = False) -> str:
    """The matrix as a spreadsheet reads it: tags down, places across (or the
    other way), the totals last. Shares are percentages with one decimal."""
    if mode not in MODES:
        raise MatrixError("mode", mode)
    out = io.StringIO()
    writer = csv.writer(out)
    labels = [place.label for place in result.places]
    rows = range(len(result.rows))
    places = range(len(result.places))

    def shown(r: int, p: int) -> str:
        value = result.value(r, p, mode)
        return f"{value * 100:.1f}%" if mode == "share" else str(int(value))

    if not transpose:
        writer.writerow(["标签", *labels, "合计"])
        for r in rows:
            row = result.rows[r]
            cells = [shown(r, p) for p in places]
            writer.writerow([row.path, *cells, result.row_total(r)])
        totals = [result.column_total(p) for p in places]
        writer.writerow(["合计", *totals, ""])
        writer.writerow(["记录数", *result.place_totals, ""])
    else:
        writer.writerow(["地方", *(row.path for row in result.rows), "合计", "记录数"])
        for p in places:
            cells = [shown(r, p) for r in rows]
            writer.writerow(
                [labels[p], *cells, result.column_total(p), result.place_totals[p]]
            )
        writer.writerow(["合计", *(result.row_total(r) for r in rows), "", ""])
    return out.getvalue()


def as_json(result: Matrix, mode: str = "count") -> dict:
    return {
        "query": result.query,
        "parent": result.parent,
        "rollup": result.rollup,
        "mode": mode,
        "places": [place.label for place in result.places],
        "place_records": dict(
            zip((p.label for p in result.places), result.place_totals, strict=True)
        ),
        "rows": [
            {
                "tag": row.path,
                "color": row.color,
                "counts": {
                    place.label: result.count(r, p)
                    for p, place in enumerate(result.places)
                },
                "values": {
                    place.label: result.value(r, p, mode)
                    for p, place in enumerate(result.places)
                },
                "passages": {
                    place.label: len(result.passages(r, p))
                    for p, place in enumerate(result.places)
                },
                "total": result.row_total(r),
            }
            for r, row in enumerate(result.rows)
        ],
        "totals": {
            place.label: result.column_total(p) for p, place in enumerate(result.places)
        },
        "cut": result.cut,
    }


@dataclass(frozen=True)
class _Tag:
    id: int
    parent_id: int | None
    name: str
    color: str | None


def _live_tags(db: Database) -> dict[int, _Tag]:
    sql = "SELECT id, parent_id, name, color FROM tags WHERE deleted_at IS NULL"
    return {row[0]: _Tag(*row) for row in db.execute(sql)}


def _path(tags: dict[int, _Tag], tag_id: int) -> str:
    names = []
    seen = set()
    current: int | None = tag_id
    while current is not None and current in tags and current not in seen:
        seen.add(current)
        names.append(tags[current].name)
        current = tags[current].parent_id
    return "/".join(reversed(names))


def _children(tags: dict[int, _Tag]) -> dict[int | None, list[int]]:
    children: dict[int | None, list[int]] = defaultdict(list)
    for tag in tags.values():
        parent = tag.parent_id if tag.parent_id in tags else None
        children[parent].append(tag.id)
    return children


def _rows(tags: dict[int, _Tag], parent: str | None) -> tuple[list[MatrixRow], bool]:
    children = _children(tags)
    if parent is None or not parent.strip("/ "):
        top = None
    else:
        wanted = "/".join(part.strip() for part in parent.strip("/").split("/"))
        matches = [t for t in tags if _path(tags, t).casefold() == wanted.casefold()]
        if not matches:
            raise MatrixError("no_tag", parent)
        top = matches[0]
    ids = children.get(top, [])
    if not ids and top is not None:
        ids = [top]
    if not ids:
        raise MatrixError("no_rows", parent or "")
    ids = sorted(ids, key=lambda t: _path(tags, t))
    rows = [MatrixRow(t, _path(tags, t), tags[t].color, 0) for t in ids[:MAX_ROWS]]
    return rows, len(ids) > MAX_ROWS


def _subtree(children: dict[int | None, list[int]], tag_id: int) -> set[int]:
    found, todo = set(), [tag_id]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(children.get(current, []))
    return found


@dataclass(frozen=True)
class Quote:
    """A passage as a reader lists it: its article, where, what it says."""

    passage: Passage
    title: str
    date: str | None
    text: str


def quotes(db: Database, passages: Sequence[Passage]) -> list[Quote]:
    """The text of each passage (code points ``start``..``end`` of its field),
    in the order given; a passage whose article is gone is left out."""
    out = []
    for passage in passages:
        row = db.execute(
            "SELECT a.title, a.date, b.body, a.kicker, a.subtitle, a.summary, "
            "a.dateline FROM articles a LEFT JOIN article_bodies b "
            "ON b.article_id = a.id WHERE a.id = ? AND a.deleted_at IS NULL",
            [passage.article_id],
        ).fetchone()
        if row is None:
            continue
        title, date, body, *others = row
        fields = dict(
            zip(("kicker", "subtitle", "summary", "dateline"), others, strict=True)
        )
        fields |= {"title": title, "body": body}
        text = fields.get(passage.field) or ""
        out.append(Quote(passage, title, date, text[passage.start : passage.end]))
    return out
