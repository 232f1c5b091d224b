"""From a file's decoded text to the drafts of its page: exports field by field,
HTML through its visible text, every other page through the page reader."""

from __future__ import annotations

from pathlib import Path

from . import formats
from .dates import DateHint, full_date, hint_from_name
from .drafts import ArticleDraft, PageDraft, Span
from .page import read_page


def read_text(
    kind: str, text: str, path: Path, year: int | None
) -> tuple[str, PageDraft]:
    """The text the spans index into and the page read from it."""
    hint = hint_from_name(str(path))
    if year is not None:
        hint = DateHint(year, hint.month if hint.year == year else None)
    if kind in ("json", "jsonl", "csv"):
        return text, page_from_records(text, formats.records(kind, text), hint)
    if kind == "html":
        text = formats.html_to_text(text)
    return text, read_page(text, hint=hint)


def page_from_records(text: str, rows: list[dict], hint: DateHint) -> PageDraft:
    """One article per row of an export (JSON, JSONL, CSV)."""
    page = PageDraft(text=text)
    position = 0
    for row in rows:
        body = str(row.get("body", ""))
        title = str(row.get("title", "")).strip()
        if not title and not body:
            continue
        article = ArticleDraft(
            title=title or body[:30],
            kicker=row.get("kicker"),
            subtitle=row.get("subtitle"),
            summary=row.get("summary"),
            section=row.get("section"),
            paragraphs=[
                p.strip() for p in body.replace("\r", "").split("\n") if p.strip()
            ],
            date=full_date(str(row.get("date", ""))) or hint.iso(),
            views=int(row["views"]) if str(row.get("views", "")).isdigit() else None,
        )
        for role, key in (
            ("reporter", "reporters"),
            ("correspondent", "correspondents"),
        ):
            value = row.get(key) or []
            names = (
                value
                if isinstance(value, list)
                else str(value).replace("、", " ").split()
            )
            article.add_people([(role, name) for name in names])
        at = text.find(title or body[:20], position)
        if at >= 0:
            article.spans.append(Span(at, at + len(title or body[:20])))
            position = at
        page.articles.append(article)
    return page
