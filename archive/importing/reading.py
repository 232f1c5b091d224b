"""From a file's decoded text to the drafts of its page: exports field by field,
HTML through its main text, every other page through the page reader.

A file that cannot be read raises ValueError with the reason in plain words
(the importer reports it and goes on); whatever else a valid but odd file
holds (a one-column CSV, numbers or objects where text is expected, a JSON
file holding one string) is read as far as it can be.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from ..gazetteer import gazetteer
from . import formats, people, webtext
from .dates import DateHint, full_date, hint_from_name
from .drafts import ArticleDraft, PageDraft, Span
from .fields import number, paragraphs, text_of
from .learning import learnt_furniture
from .page import read_page

MAX_VIEWS = 2**53  # a view count beyond this is not one
_NAME_SPLIT = re.compile(r"[\s、，,；;/／]+")  # '王一、李二', '王芳,李强'


def read_text(
    kind: str, text: str, path: Path, year: int | None
) -> tuple[str, PageDraft]:
    """The text the spans index into and the page read from it."""
    hint = hint_from_name(str(path))
    if year is not None:
        hint = DateHint(year, hint.month if hint.year == year else None)
    try:
        return _read(kind, text, path, hint)
    except RecursionError as error:
        raise ValueError("nested too deeply to read") from error
    except csv.Error as error:
        raise ValueError(f"not a table: {error}") from error


def _read(kind: str, text: str, path: Path, hint: DateHint) -> tuple[str, PageDraft]:
    if kind in ("json", "jsonl", "csv"):
        text = formats.unescaped(kind, text)
        data = formats.records(kind, text)
        if isinstance(data, str):  # a JSON file holding one page's text
            return data, read_page(data, hint=hint)
        return text, page_from_records(text, data, hint)
    known = learnt_furniture(path)
    if kind in ("html", "mhtml"):  # a page saved as one file: its HTML
        main = webtext.main_text(text)
        if main is not None:
            city = gazetteer().city_of_page(main.window) if main.window else None
            page = read_page(main.text, hint=main.hint(hint), known=known, city=city)
            main.complete(page)
            return main.text, page
        text = formats.html_to_text(text)
    return text, read_page(text, hint=hint, known=known)


def page_from_records(text: str, rows: list[dict], hint: DateHint) -> PageDraft:
    """One article per row of an export (JSON, JSONL, CSV)."""
    page = PageDraft(text=text)
    _place(page, text, rows)
    position = 0
    for row in rows:
        body = paragraphs(row.get("body"))
        title = (text_of(row.get("title")) or "").strip()
        if not title and not body:
            continue
        views = number(row.get("views"))
        article = ArticleDraft(
            title=title or body[0][:30],
            kicker=text_of(row.get("kicker")),
            subtitle=text_of(row.get("subtitle")),
            summary=text_of(row.get("summary")),
            section=text_of(row.get("section")),
            paragraphs=body,
            date=full_date(text_of(row.get("date")) or "") or hint.iso(),
            views=views if views is not None and views < MAX_VIEWS else None,
        )
        for role, key in (
            ("reporter", "reporters"),
            ("correspondent", "correspondents"),
        ):
            value = row.get(key) or []
            names = value if isinstance(value, list) else [text_of(value) or ""]
            for name in names:  # '记者 孟凡 通讯员 程磊', '作者:杨柳青', '王一、李二'
                written = text_of(name) or ""
                pairs = people.credits(written) or [
                    (role, n) for n in _NAME_SPLIT.split(written) if n
                ]
                article.add_people(pairs)
        span = _span(text, article, position)
        article.spans.append(span)
        position = span.start
        page.articles.append(article)
    return page


def _place(page: PageDraft, text: str, rows: list[dict]) -> None:
    """The export's paper (its rows' source) and the city it gives or is in."""
    for row in rows:
        page.publication = page.publication or text_of(row.get("publication"))
        page.city = page.city or gazetteer().city_of(text_of(row.get("city")) or "")
    if page.city is None:
        page.city = gazetteer().city_of_page(text, publication=page.publication)


def _span(text: str, article: ArticleDraft, position: int) -> Span:
    """Where a row's article is in the export's text: its title or its body as
    written there (quotes doubled in CSV, escaped in JSON), else what follows
    the row before."""
    wanted = (
        article.title,
        (article.title or "")[:20],
        *(p[:20] for p in article.paragraphs[:1]),
    )
    for needle in filter(None, wanted):
        for written in (
            needle,
            needle.replace('"', '""'),
            formats.json_escaped(needle),
        ):
            at = text.find(written, position)
            if at >= 0:
                return Span(at, at + len(written))
    return Span(position, len(text))
