"""Figures handed on with their citations (paper, date, page, headline,
sentence): CSV, Markdown and HTML."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from .reading import StoredFigure

FORMATS = ("csv", "md", "html")
_HEAD = (
    "place indicator kind value unit year status paper date page title sentence"
).split()


@dataclass(frozen=True)
class Citation:
    """Where an article was printed."""

    paper: str | None
    date: str | None
    page: str | None
    title: str


def citations(db: Database, article_ids: Sequence[int]) -> dict[int, Citation]:
    """The citation of each of ``article_ids``."""
    found: dict[int, Citation] = {}
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = db.execute(
            "SELECT a.id, p.name, a.date, a.page, a.title FROM articles a "
            "LEFT JOIN publications p ON p.id = a.publication_id "
            f"WHERE a.id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for article_id, paper, date, page, title in rows:
            found[article_id] = Citation(paper, date, page, title)
    return found


def number(value: float) -> str:
    """A figure's value as printed: 306, 29.34, 0.92442."""
    return f"{value:.6f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"


def place_of(figure: StoredFigure) -> str:
    return figure.place or figure.county or figure.city or ""


def _rows(db: Database, figures: Sequence[StoredFigure]) -> list[list[str]]:
    cited = citations(db, [f.article_id for f in figures])
    rows = []
    for f in figures:
        c = cited.get(f.article_id, Citation(None, f.date, None, ""))
        rows.append(
            [
                place_of(f),
                f.indicator,
                f.kind,
                number(f.value),
                f.unit,
                str(f.year or ""),
                f.status,
                c.paper or "",
                c.date or "",
                c.page or "",
                c.title,
                f.sentence.strip(),
            ]
        )
    return rows


def as_csv(db: Database, figures: Sequence[StoredFigure]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_HEAD)
    writer.writerows(_rows(db, figures))
    return out.getvalue()


def _citation(row: list[str]) -> str:
    paper, date, page, title = row[7:11]
    where = "，".join(x for x in (paper, date, f"{page}版" if page else "") if x)
    return f"《{title}》（{where}）" if where else f"《{title}》"


def as_markdown(db: Database, figures: Sequence[StoredFigure], title: str) -> str:
    lines = [f"# {title}", ""]
    for row in _rows(db, figures):
        place, indicator, kind, value, unit, year, status = row[:7]
        lines.append(
            f"- **{place} · {indicator}** {value}{unit}（{year}，{kind}，{status}）"
        )
        lines.append(f"  > {row[11]}")
        lines.append(f"  — {_citation(row)}")
    return "\n".join(lines) + "\n"


def as_html(db: Database, figures: Sequence[StoredFigure], title: str) -> str:
    e = html.escape
    cells = "".join(f"<th>{e(h)}</th>" for h in _HEAD[:7]) + "<th>source</th>"
    body = []
    for row in _rows(db, figures):
        data = "".join(f"<td>{e(v)}</td>" for v in row[:7])
        source = f"<blockquote>{e(row[11])}</blockquote>{e(_citation(row))}"
        body.append(f"<tr>{data}<td>{source}</td></tr>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{e(title)}</title></head><body><h1>{e(title)}</h1>"
        f"<table border='1' cellspacing='0' cellpadding='4'><tr>{cells}</tr>"
        + "".join(body)
        + "</table></body></html>\n"
    )


def export(
    db: Database, figures: Sequence[StoredFigure], *, format: str, title: str
) -> str:
    """The figures as ``format`` (csv, md or html)."""
    if format == "csv":
        return as_csv(db, figures)
    if format == "md":
        return as_markdown(db, figures, title)
    return as_html(db, figures, title)
