"""The figures table in a comparison's document: each indicator's latest
total per place, the sentence that reports it and where it stands, as lines
for CSV and as Markdown and HTML sections (:mod:`.report` puts them in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from sqlite_utils import Database

from ..places import ComparePlace
from ..storage import reading as figure_reading
from ..storage.export import Citation, citations, number
from ..storage.indicators import dictionary_of

_FIGURES_HEAD = "## 数据（各地最新总量，附出处）"


@dataclass(frozen=True)
class FigureLine:
    """One cell of the figures table as a document lists it: a place's latest
    total of an indicator, the sentence that reports it and where it stands."""

    place: str  # the place's label
    indicator: str
    value: str  # 306家
    year: int
    sentence: str
    citation: str
    article_id: int
    conflict: str = ""  # the other values reported for that year (、)


def figure_lines(db: Database, places: Sequence[ComparePlace]) -> list[FigureLine]:
    """The figures table of ``places``, indicator by indicator, as lines."""
    names = [i.name for i in dictionary_of(db).indicators]
    reported = figure_reading.indicators_reported(db, places, names)
    table = figure_reading.table(db, places, reported)
    cited = citations(db, [c.figure.article_id for c in table.cells.values()])
    lines = []
    for indicator in table.indicators:
        for place in places:
            cell = table.cell(indicator, place.key)
            if cell is None:
                continue
            figure = cell.figure
            lines.append(
                FigureLine(
                    place.label,
                    indicator,
                    f"{number(cell.normalised)}{cell.base_unit}",
                    cell.year,
                    figure.sentence.strip(),
                    _figure_citation(cited.get(figure.article_id)),
                    figure.article_id,
                    "、".join(
                        f"{number(o.normalised)}{cell.base_unit}" for o in cell.others
                    ),
                )
            )
    return lines


def _figure_citation(found: Citation | None) -> str:
    if found is None:
        return ""
    parts = [f"《{found.title}》" if found.title else None, found.paper, found.date]
    return " · ".join(p for p in (*parts, page_label(found.page)) if p)


def figure_title(figure: FigureLine) -> str:
    text = f"{figure.indicator} {figure.value}（{figure.year}年）"
    return text + (f"（另有报道：{figure.conflict}）" if figure.conflict else "")


def figures_markdown(figures: list[FigureLine]) -> list[str]:
    if not figures:
        return []
    out = [_FIGURES_HEAD, "", "| 指标 | 地区 | 数值 | 年份 | 原句 | 出处 |"]
    out.append("| --- | --- | --- | --- | --- | --- |")
    for f in figures:
        value = f.value + (f"（另有报道：{f.conflict}）" if f.conflict else "")
        cells = (f.indicator, f.place, value, str(f.year), f.sentence, f.citation)
        out.append("| " + " | ".join(cell_md(c) for c in cells) + " |")
    return [*out, ""]


def figures_html(figures: list[FigureLine]) -> list[str]:
    if not figures:
        return []
    out = [
        f"<h2>{escape(_FIGURES_HEAD[3:])}</h2><table class='matrix'>",
        "<tr><th>指标</th><th>地区</th><th>数值</th><th>年份</th><th>原句与出处</th></tr>",
    ]
    for f in figures:
        value = escape(f.value)
        if f.conflict:
            value += f"<br><span class='cite'>另有报道：{escape(f.conflict)}</span>"
        out.append(
            f"<tr><td>{escape(f.indicator)}</td><td>{escape(f.place)}</td>"
            f"<td>{value}</td><td>{f.year}</td><td>{escape(f.sentence)}"
            f"<br><span class='cite'>{escape(f.citation)}</span></td></tr>"
        )
    out.append("</table>")
    return out


def cell_md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def page_label(page: str | None) -> str | None:
    """第3版 for page 3, A03版 for page A03."""
    if not page:
        return None
    return f"第{page}版" if str(page).isdigit() else f"{page}版"
