"""A comparison to hand on: per place its records with their citations and
its notes, the comparison's own notes, the figures table (each indicator's
latest total per place, with its sentence and citation) and the tag × place
matrix when one was made; as CSV (one line a record, then one a figure),
Markdown or HTML (which the window prints to PDF with Qt's printing)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from sqlite_utils import Database

from ...found import id_of, kind_of
from ...models import Note
from ...notes.targets import NoteTarget, notes_on
from ...text import now
from ..places import ComparePlace
from .columns import Column, column
from .report_figures import (
    FigureLine,
    figure_lines,
    figure_title,
    figures_html,
    figures_markdown,
    page_label,
)

FORMATS = ("csv", "md", "html", "pdf")
MAX_LISTED = 1000  # records per column in a document (CSV lists them all)
_KIND_NAMES = {"article": "文章", "caption": "图片说明", "note": "笔记"}


@dataclass(frozen=True)
class Line:
    """One record of a column as a document lists it."""

    kind: str
    id: int
    title: str
    citation: str
    article_id: int | None
    mention: bool = False


@dataclass(frozen=True)
class Part:
    place: ComparePlace
    column: Column
    lines: list[Line]
    notes: list[Note]


@dataclass(frozen=True)
class Report:
    query: str
    parts: list[Part]
    set_name: str | None = None
    set_notes: list[Note] = field(default_factory=list)
    matrix_csv: str | None = None  # the matrix as its own export gives it
    made: str = ""
    figures: list[FigureLine] = field(default_factory=list)


def place_target(place: ComparePlace) -> NoteTarget:
    if place.county is None:
        return NoteTarget(city=place.city)
    return NoteTarget(county=place.key)


def gather(
    db: Database,
    places: Sequence[ComparePlace],
    query: str,
    *,
    mentions: bool = False,
    set_name: str | None = None,
    limit: int | None = None,
    matrix_csv: str | None = None,
    path: Path | None = None,
) -> Report:
    """What a comparison's document holds (``limit``: records per column)."""
    parts = []
    for place in places:
        found = column(db, place, query, limit=limit, mentions=mentions, path=path)
        lines = _lines(db, found.keys) + _lines(db, found.mention_keys, mention=True)
        parts.append(Part(place, found, lines, notes_on(db, place_target(place))))
    set_notes = notes_on(db, NoteTarget(compare_set=set_name)) if set_name else []
    return Report(
        query,
        parts,
        set_name,
        set_notes,
        matrix_csv,
        now(),
        figure_lines(db, places),
    )


_CITED = """SELECT a.id, a.title, a.date, p.name, a.page, a.section
FROM articles a LEFT JOIN publications p ON p.id = a.publication_id
WHERE a.id IN ({})"""


def _lines(db: Database, keys: Sequence[int], *, mention: bool = False) -> list[Line]:
    captions = [id_of(k) for k in keys if kind_of(k) == "caption"]
    notes = [id_of(k) for k in keys if kind_of(k) == "note"]
    of_caption = _pairs(
        db,
        "SELECT id, article_id, coalesce(label || ' ', '') || text FROM captions",
        captions,
    )
    of_note = _pairs(db, "SELECT id, article_id, body FROM notes", notes)
    articles = {k for k in keys if kind_of(k) == "article"}
    articles |= {a for a, _ in of_caption.values() if a is not None}
    articles |= {a for a, _ in of_note.values() if a is not None}
    cited: dict[int, tuple] = {}
    ordered = sorted(articles)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for row in db.execute(_CITED.format(",".join("?" * len(chunk))), chunk):
            cited[row[0]] = row[1:]
    lines = []
    for key in keys:
        kind, record = kind_of(key), id_of(key)
        if kind == "article":
            if record not in cited:
                continue
            title, article_id = cited[record][0], None
            source: tuple | None = cited[record]
        else:
            article_id, text = (of_caption if kind == "caption" else of_note).get(
                record, (None, "")
            )
            title = " ".join((text or "").split())[:60]
            source = cited.get(article_id) if article_id else None
        lines.append(Line(kind, record, title, _citation(source), article_id, mention))
    return lines


def _pairs(db: Database, sql: str, ids: list[int]) -> dict[int, tuple]:
    found: dict[int, tuple] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for record, article, text in db.execute(f"{sql} WHERE id IN ({marks})", chunk):
            found[record] = (article, text)
    return found


def _citation(source: tuple | None) -> str:
    if source is None:
        return ""
    _title, date, paper, page, section = source
    parts = [paper, date, page_label(page), section]
    return " · ".join(str(p) for p in parts if p)


# Documents


def as_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "place",
            "kind",
            "id",
            "title",
            "citation",
            "article_id",
            "only_mentions",
            "sentence",
        ]
    )
    for part in report.parts:
        for line in part.lines:
            writer.writerow(
                [
                    part.place.label,
                    line.kind,
                    line.id,
                    line.title,
                    line.citation,
                    line.article_id or "",
                    "yes" if line.mention else "",
                    "",
                ]
            )
    for figure in report.figures:  # kind figure: the figures table, a cell a line
        writer.writerow(
            [
                figure.place,
                "figure",
                "",
                figure_title(figure),
                figure.citation,
                figure.article_id,
                "",
                figure.sentence,
            ]
        )
    return out.getvalue()


def _when(report: Report) -> str:
    return report.made[:16].replace("T", " ")


def _heading(report: Report) -> str:
    places = " · ".join(p.place.label for p in report.parts)
    return f"比较：{places}" + (f"（{report.set_name}）" if report.set_name else "")


def _counts(part: Part) -> str:
    kinds = "、".join(
        f"{_KIND_NAMES.get(k, k)} {n}" for k, n in part.column.counts.items() if n
    )
    text = f"共 {part.column.total} 条" + (f"（{kinds}）" if kinds else "")
    if part.column.mention_counts:
        text += f"；另有 {part.column.mentions} 条提及"
    return text


def as_markdown(report: Report) -> str:
    lines = [f"# {_heading(report)}", ""]
    lines.append(f"筛选条件：{report.query or '（无）'}　导出时间：{_when(report)}")
    lines.append("")
    for note in report.set_notes:
        lines += [f"> {row}" for row in note.body.splitlines()] + [""]
    for part in report.parts:
        lines += [f"## {part.place.label}", "", _counts(part), ""]
        for note in part.notes:
            lines += [f"> {row}" for row in note.body.splitlines()]
            lines += [f"> —— {note.created_by or ''} {note.updated_at[:10]}", ""]
        if not part.lines:
            lines += ["（没有符合条件的记录）", ""]
        shown = part.lines[:MAX_LISTED]
        for line in shown:
            kind = "" if line.kind == "article" else f"［{_KIND_NAMES[line.kind]}］"
            mention = "（提及）" if line.mention else ""
            cite = f"　{line.citation}" if line.citation else ""
            lines.append(f"- {kind}{mention}{line.title}{cite}")
        if len(part.lines) > len(shown):
            lines.append(f"- ……另有 {len(part.lines) - len(shown)} 条")
        lines.append("")
    lines += figures_markdown(report.figures)
    if report.matrix_csv:
        lines += ["## 标签 × 地区", "", *_matrix_markdown(report.matrix_csv), ""]
    return "\n".join(lines)


def _matrix_markdown(matrix_csv: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(matrix_csv)))
    if not rows:
        return []
    head, *body = rows
    out = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    out += ["| " + " | ".join(row) + " |" for row in body]
    return out


_STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun",
       "Songti SC", "WenQuanYi Micro Hei", serif; line-height: 1.6; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.6em; }
.cite, .meta { color: #666; font-size: 0.9em; }
.note { background: #f6f1e4; padding: 0.5em; margin: 0.4em 0; }
table.matrix td, table.matrix th { border: 1px solid #ccc; padding: 2px 6px; }
"""


def as_html(report: Report, *, render: Callable[[str], str] = escape) -> str:
    """The comparison as one HTML page (``render`` turns a note's Markdown
    into safe HTML)."""
    out = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(_heading(report))}</title><style>{_STYLE}</style>",
        "</head><body>",
        f"<h1>{escape(_heading(report))}</h1>",
        f"<p class='meta'>筛选条件：{escape(report.query or '（无）')}　"
        f"导出时间：{escape(_when(report))}</p>",
    ]
    out += [_note_html(n, render) for n in report.set_notes]
    for part in report.parts:
        out.append(f"<h2>{escape(part.place.label)}</h2>")
        out.append(f"<p class='meta'>{escape(_counts(part))}</p>")
        out += [_note_html(n, render) for n in part.notes]
        if not part.lines:
            out.append("<p class='meta'>（没有符合条件的记录）</p>")
        items = []
        for line in part.lines[:MAX_LISTED]:
            kind = "" if line.kind == "article" else f"［{_KIND_NAMES[line.kind]}］"
            mention = "（提及）" if line.mention else ""
            items.append(
                f"<li>{escape(kind + mention + line.title)} "
                f"<span class='cite'>{escape(line.citation)}</span></li>"
            )
        if len(part.lines) > MAX_LISTED:
            items.append(f"<li>……另有 {len(part.lines) - MAX_LISTED} 条</li>")
        if items:
            out.append("<ol>" + "".join(items) + "</ol>")
    out += figures_html(report.figures)
    if report.matrix_csv:
        rows = list(csv.reader(io.StringIO(report.matrix_csv)))
        out.append("<h2>标签 × 地区</h2><table class='matrix'>")
        for i, row in enumerate(rows):
            cell = "th" if i == 0 else "td"
            out.append(
                "<tr>" + "".join(f"<{cell}>{escape(v)}</{cell}>" for v in row) + "</tr>"
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _note_html(note: Note, render: Callable[[str], str]) -> str:
    who = escape(f"—— {note.created_by or ''} {note.updated_at[:10]}")
    return f"<div class='note'>{render(note.body)}<p class='cite'>{who}</p></div>"
