"""Tables copied as text: rows of a place (or an indicator) and its numbers.

Papers print statistics as tables that reach the archive as lines of text,
cells apart by tabs or spaces::

    2022年各县（市）区创新主体统计
    县（市）区    高新技术企业（家）    科技型中小企业（家）
    修武县        52                  186

A run of such rows is read with the line before it as its header (when it
has a cell for each column) and the two lines before that, or before the
rows if there is no header, as its title (a title and a line 单位：家).
Each column takes its indicator, unit, year and kind from its header cell
(高新技术企业（家）, 2021年, 新增), else from the title (各县市技术合同成交额
（单位：亿元）); each row names a place (修武县, 全市) or an indicator
(省级工程技术研究中心 198 213). A cell is a figure only when its indicator,
its unit and its place are all known, and its unit is one the indicator is
printed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .context import NamedPlace, Span, is_place, place_in, year_of_figure
from .dictionary import Indicator, unit_of
from .kinds import normalise
from .model import Figure
from .numerals import ARABIC
from .reader import Setting, attributed
from .units import RANK_UNIT, UNIT_PATTERN, Unit, unit

# a tab, a run of spaces, or a bar between cells (指标 | 2024年 | 2025年)
_GAP = r"(?:[ \u3000]*[|｜][ \u3000]*|\t|[ \u3000]+)"
_LABEL = r"[^\s\d，。；：,.;:！？、][^\s，。；！？]{0,23}"
# 较上年增加12家, 同比增长15.9%: a cell that says its own kind before its number
_WORDS = (
    r"(?:较上年|比上年|较去年|比去年|同比)?"
    r"(?:新增|净增|增加|增长|提高|下降|减少)"
)
_CELL = rf"(?:(?:{_WORDS})?[-－]?{ARABIC}(?:{UNIT_PATTERN})?|[-—－/])"
# A row: a label and one or more number cells (a dash for an empty cell).
_YEAR_LABEL = r"(?:19|20)\d{2}年(?:底|末|度)?"  # a row of a year: 2021年 286
_ROW = re.compile(
    rf"^[ \u3000]*[|｜]?[ \u3000]*(?:{_YEAR_LABEL}|{_LABEL})(?:{_GAP}{_CELL})+"
    r"[ \u3000]*[|｜]?[ \u3000]*$",
    re.MULTILINE,
)
_SPLIT = re.compile(rf"{_GAP}")
_RULE = re.compile(r"[\s|｜:：\-—－=+]*")
_SPACE_OR_BAR = re.compile(r"[ \t\u3000|｜]")
_SPACED_NUMBER = re.compile(r"[ \t\u3000|｜][-－]?\d")
_NUMBER_CELL = re.compile(
    rf"(?P<words>{_WORDS})?(?P<num>[-－]?{ARABIC})(?P<unit>{UNIT_PATTERN})?"
)
_WORDED_CELL = re.compile(rf"{_WORDS}\d")
_FALL_CELL = re.compile(r"下降|减少")
_BRACKETED = re.compile(rf"[（(](?:单位[:：]\s*)?(?P<unit>{UNIT_PATTERN})[)）]")
# （单位：亿元）, （家）, or a line of its own: 单位：家
_UNIT_GIVEN = re.compile(
    rf"[（(](?:单位[:：]\s*)?(?P<unit>{UNIT_PATTERN})[)）]"
    rf"|单位[:：]\s*(?P<own>{UNIT_PATTERN})\s*$"
)
_YEAR_CELL = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:底|末|度)?")
_ADDED_CELL = re.compile(r"新增|净增|新认定|增加|增量")
_CHANGE_CELL = re.compile(r"增长|增速|增幅|同比|比上年")
# 排名 over a column of 1, 2, 3: each row's rank among the rows' places
_RANK_CELL = re.compile(r"排名|排位|位次|名次")
_WHOLE = ("全市", "合计", "总计", "全县", "全区", "市本级")
_TITLE_MAX = 48


@dataclass(frozen=True)
class _Column:
    """What a column's cells are: of which indicator, in what unit, when."""

    indicator: Indicator | None
    named_as: str
    unit: str | None
    year: int | None
    kind: str


@dataclass(frozen=True)
class _Line:
    start: int
    end: int


def table_figures(setting: Setting) -> list[Figure]:
    """Every figure the text's tables report, in text order."""
    text = setting.text
    # most articles: no space at all (a search of the row pattern over a short
    # article took 12 µs, these tests well under one), else no row
    if not _SPACE_OR_BAR.search(text):
        return []
    if _SPACED_NUMBER.search(text) is None or _ROW.search(text) is None:
        return []
    figures: list[Figure] = []
    for rows, before in _runs(text):
        figures += _read_table(setting, rows, before)
    return figures


def _runs(text: str) -> Iterator[tuple[list[_Line], list[_Line]]]:
    """Each run of rows (blank lines between them allowed), with the three
    non-blank lines before it, nearest last."""
    lines = [_Line(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # blank lines, and a rule under a header (| --- | --- |), are no row
    lines = [line for line in lines if not _RULE.fullmatch(text, line.start, line.end)]
    run: list[_Line] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and _ROW.fullmatch(text, line.start, line.end):
            run.append(line)
            continue
        if run:
            first = index - len(run)
            yield run, lines[max(0, first - 3) : first]
            run = []


def _read_table(
    setting: Setting, rows: list[_Line], before: list[_Line]
) -> list[Figure]:
    text = setting.text
    width = len(_cells(text, rows[0]))
    header = before[-1] if before else None
    header_cells = _cells(text, header) if header else []
    if (
        len(header_cells) == width - 1
        and width > 2
        and all(_column_like(setting, *cell) for cell in header_cells)
    ):
        header_cells = [(0, 0), *header_cells]  # no heading over the labels
    titles = before
    if (
        header is not None
        and len(header_cells) == width
        and not _ROW.fullmatch(text, header.start, header.end)
    ):
        titles = before[:-1]
    else:
        header_cells = []
    # the title and a line of its own under it (单位：家), nearest last
    kept: list[_Line] = []
    for line in reversed(titles[-2:]):
        if not _is_title(text[line.start : line.end]):
            break
        kept.insert(0, line)
    default = _title_column(setting, kept)
    told = not header_cells and width > 2 and _self_told(text, rows)
    if not header_cells and width > 2 and not told:
        return []  # columns nothing tells apart (two years? two kinds?)
    if told:  # rows that tell their own cells apart may differ in width
        width = max(len(_cells(text, row)) for row in rows)
    columns = [default] * (width - 1)
    if header_cells:
        columns = _columns(setting, header_cells[1:], default)
    figures: list[Figure] = []
    for row in rows:
        figures += _read_row(setting, row, columns)
    return figures


def _self_told(text: str, rows: list[_Line]) -> bool:
    """Whether every row's cells after its first value say their own kind
    (孟州市　78家　较上年增加12家): columns told apart without a header."""
    for row in rows:
        cells = _cells(text, row)[2:]
        if not cells or not all(
            _WORDED_CELL.match(text, start, end) for start, end in cells
        ):
            return False
    return True


def _cells(text: str, line: _Line) -> list[tuple[int, int]]:
    """The spans of a line's cells, split at tabs and runs of spaces."""
    cells, start = [], line.start
    for gap in _SPLIT.finditer(text, line.start, line.end):
        if gap.start() > start:
            cells.append((start, gap.start()))
        start = gap.end()
    if start < line.end:
        cells.append((start, line.end))
    return cells


def _is_title(line: str) -> bool:
    return len(line) <= _TITLE_MAX and not line.rstrip().endswith(("。", "；", ";"))


def _title_column(setting: Setting, titles: list[_Line]) -> _Column:
    """What the title lines say of every column: its indicator (the nearest
    line's that names one), its unit and its year."""
    text = setting.text
    indicator, named, printed, year = None, "", None, setting.year
    for title in reversed(titles):
        if indicator is None:
            indicator, named = _indicator_in(setting, title.start, title.end)
        unit_given = _UNIT_GIVEN.search(text, title.start, title.end)
        if printed is None and unit_given:
            printed = unit_given.group("unit") or unit_given.group("own")
        stated = year_of_figure(
            text, Span(title.start, title.end), title.end, setting.year
        )
        if stated != setting.year:
            year = stated
    return _Column(indicator, named, printed, year, "total")


def _columns(
    setting: Setting, cells: list[tuple[int, int]], default: _Column
) -> list[_Column]:
    """Each value column's meaning from its header cell, the title's where
    the cell says nothing; a kind column (新增) takes the year before it."""
    columns: list[_Column] = []
    year = default.year
    for start, end in cells:
        cell = setting.text[start:end]
        indicator, named = _indicator_in(setting, start, end)
        bracket = _BRACKETED.search(cell)
        stated = _YEAR_CELL.search(cell)
        if stated:
            year = int(stated.group("year"))
        kind = "total"
        if _RANK_CELL.search(cell):
            kind = "rank"
        elif _ADDED_CELL.search(cell):
            kind = "added"
        elif _CHANGE_CELL.search(cell):
            kind = "change"
        columns.append(
            _Column(
                indicator or default.indicator,
                named if indicator else default.named_as,
                bracket.group("unit") if bracket else default.unit,
                year if (stated or kind != "total") else default.year,
                kind,
            )
        )
    return columns


def _column_like(setting: Setting, start: int, end: int) -> bool:
    """Whether a header cell names a column: a year, a kind, an indicator."""
    cell = setting.text[start:end]
    if _YEAR_CELL.search(cell) or _ADDED_CELL.search(cell) or _CHANGE_CELL.search(cell):
        return True
    if _RANK_CELL.search(cell):
        return True
    return _indicator_in(setting, start, end)[0] is not None


def _indicator_in(
    setting: Setting, start: int, end: int
) -> tuple[Indicator | None, str]:
    dictionary = setting.dictionary
    for match in dictionary.pattern.finditer(setting.text, start, end):
        found = dictionary.indicator_at(match.group())
        if found is not None:
            return found, match.group()
    return None, ""


def _read_row(setting: Setting, row: _Line, columns: list[_Column]) -> list[Figure]:
    text = setting.text
    cells = _cells(text, row)
    label_start, label_end = cells[0]
    label = text[label_start:label_end]
    row_indicator, row_named = _indicator_in(setting, label_start, label_end)
    named: NamedPlace | None = None
    # 2021年 286: a row of a year, the article's place's (its title names the indicator)
    row_year = _YEAR_CELL.fullmatch(label)
    if row_indicator is None:
        if label in _WHOLE:
            named = NamedPlace(label, None, None, citywide=True)
        elif is_place(label, setting.city):
            named = place_in(text, label_start, label_end, skip=[], city=setting.city)
        if named is None and row_year is None:
            return []  # a row of a firm, a kind or a total: not a place's
    if row_year is not None:
        year = int(row_year.group("year"))
        columns = [replace(column, year=year) for column in columns]
    # 高新技术企业（家） 186 254: a row naming its indicator may print its unit
    bracket = _BRACKETED.search(label) if row_indicator else None
    figures = []
    if bracket is not None:
        columns = [replace(column, unit=bracket.group("unit")) for column in columns]
    for (start, end), column in zip(cells[1:], columns, strict=False):
        indicator = row_indicator or column.indicator
        figure = _cell_figure(
            setting,
            (start, end, row),
            column,
            indicator=indicator,
            named_as=row_named or column.named_as,
            named=named,
        )
        if figure is not None:
            figures.append(figure)
    return figures


def _cell_figure(
    setting: Setting,
    where: tuple[int, int, _Line],
    column: _Column,
    *,
    indicator: Indicator | None,
    named_as: str,
    named: NamedPlace | None,
) -> Figure | None:
    start, end, row = where
    match = _NUMBER_CELL.fullmatch(setting.text, start, end)
    if indicator is None or match is None:
        return None
    words = match.group("words")
    if words and column.kind in ("total", "added", "change"):
        column = replace(column, kind=_worded_kind(words, match.group("unit")))
    if column.kind == "rank":
        found = _rank_cell(match)
    else:
        printed = match.group("unit") or column.unit
        found = unit(printed) if printed else None
    if found is None or not _fits(indicator, found.name, column.kind):
        return None
    year = column.year
    if year is not None and setting.year is not None and year > setting.year:
        return None  # a plan's column
    value = float(match.group("num").replace(",", "").replace("－", "-"))
    if words and _FALL_CELL.search(words):
        value = -abs(value)  # 比上年下降4.1%
    normalised, base = normalise(value, found, indicator)
    place, city, county = attributed(setting, named)
    return Figure(
        indicator=indicator.name,
        value=value,
        unit=found.name,
        normalised=normalised,
        base_unit=base,
        kind=column.kind,
        qualifiers=(),
        earlier=None,
        year=year,
        place=place,
        city=city,
        county=county,
        scope=None,
        sentence=setting.text[row.start : row.end],
        sentence_start=row.start,
        sentence_end=row.end,
        start=start,
        end=end,
        named_as=named_as,
    )


def _worded_kind(words: str, printed: str | None) -> str:
    """The kind a cell's own words give its number: a change in percent
    (增长15.9%, 下降4.1%), else an addition (增加12家, 减少2家 one of -2)."""
    return "change" if printed == "%" else "added"


def _rank_cell(match: re.Match[str]) -> Unit | None:
    """A rank column's cell: a whole number from 1 up, printed bare (or 位)."""
    number = match.group("num")
    if match.group("unit") not in (None, "位") or not number.isdigit():
        return None
    return RANK_UNIT if int(number) >= 1 else None


def _fits(indicator: Indicator, printed: str, kind: str) -> bool:
    """Whether a cell printed in ``printed`` can be a figure of ``indicator``
    of ``kind``: a change column in percent, else a unit the indicator has."""
    if kind == "rank":
        return printed == RANK_UNIT.name
    if kind == "change":
        return printed == "%" and indicator.family != "percent"
    if indicator.family == "count":
        return printed in indicator.units
    return unit_of(printed, indicator.family)
