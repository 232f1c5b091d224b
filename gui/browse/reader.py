"""The reader pane: an article laid out as editors read it on paper.

Follows ../shared/docs/reader-layout.md: a grey line of paper · date · page ·
section, kicker, headline, subtitle, a boxed 核心提示, byline, the dateline in
bold at the start of the first paragraph, indented body paragraphs with bold
subheads, caption cards and the group credit line, then tags and notes.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from archive import Article, Caption, terms

from ..fonts import SANS, SERIF, css_stack
from ..highlight import mark, pattern_for
from ..safe_browser import SafeBrowser

_SUBHEAD = re.compile(
    r"^(◆|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))"
)
# Qt's rich text takes neither em nor inherited line-height: set both per paragraph.
_BODY = "text-indent:{indent}px; line-height:180%; margin:0 0 6px 0"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ReaderView(SafeBrowser):
    """Shows one article (``person_clicked`` when a name in the byline or a
    caption credit is clicked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.query = ""
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.show_message(tr("Select an article to read it."))

    def show_message(self, text: str, detail: str = "") -> None:
        """Show ``text`` (and a smaller ``detail``) instead of an article."""
        self.article = None
        more = f"<p style='color:gray'>{html.escape(detail)}</p>" if detail else ""
        self.setHtml(f"<p style='color:gray'>{html.escape(text)}</p>{more}")

    def show_article(
        self, article: Article, *, query: str = "", media: Path | None = None
    ) -> None:
        self.article = article
        self.query = query
        self.media = media
        indent = 2 * self.fontMetrics().horizontalAdvance("中")
        self.setHtml(
            article_html(
                article,
                query=query,
                palette=self.palette(),
                indent=indent,
                media=media,
                notes=False,  # the notes panel beside the reader shows them
            )
        )

    def find_match(self, *, forward: bool = True) -> bool:
        """Select the next (or previous) place the search terms occur; wraps round."""
        words = terms(self.query)
        if not words:
            return False
        flags = (
            QTextDocument.FindFlag(0)
            if forward
            else QTextDocument.FindFlag.FindBackward
        )
        wrapped = QTextCursor(self.document())  # to start again from the other end
        if not forward:
            wrapped.movePosition(QTextCursor.MoveOperation.End)
        for cursor in (self.textCursor(), wrapped):
            found = [self.document().find(w, cursor, flags) for w in words]
            found = [f for f in found if not f.isNull()]
            if found:
                pick = (min if forward else max)(
                    found, key=lambda f: f.selectionStart()
                )
                self.setTextCursor(pick)
                self.ensureCursorVisible()
                return True
        return False


def article_html(
    article: Article,
    *,
    query: str = "",
    palette: QPalette | None = None,
    indent: int = 28,
    media: Path | None = None,
    notes: bool = True,
) -> str:
    """The reader's HTML for ``article``, with ``query``'s terms highlighted.

    ``indent`` is the first-line indent in pixels: two characters of the font.
    """
    colors = _Colors(palette)
    mark = _Marker(terms(query))
    parts = [
        f"<p style='{colors.meta}'>{html.escape(_meta_line(article))}</p>",
        f"<p style='font-weight:bold; font-size:small'>{mark(article.kicker)}</p>"
        if article.kicker
        else "",
        f"<h1 style='font-family:{css_stack(SANS)}; font-size:x-large; margin:4px 0'>"
        f"{_headline(article.title, mark)}</h1>",
        f"<p style='font-size:large; margin-top:2px'>{mark(article.subtitle)}</p>"
        if article.subtitle
        else "",
        _summary(article.summary, mark, colors),
        _byline(article, colors),
        _body(article, mark, _BODY.format(indent=indent)),
        _captions(article.captions, mark, colors),
        _tags_and_notes(
            article if notes else replace(article, notes=()), colors, media
        ),
    ]
    return f'<div style="font-family:{css_stack(SERIF)}">' + "".join(parts) + "</div>"


class _Colors:
    def __init__(self, palette: QPalette | None) -> None:
        dark = (
            palette is not None
            and palette.color(QPalette.ColorRole.Base).lightness() < 128
        )
        grey = "#9a9a9a" if dark else "#6b6b6b"
        self.grey = grey
        self.meta = f"color:{grey}; font-size:small"
        self.box = "#2f2b22" if dark else "#f6f1e4"
        self.card = "#2a2a2a" if dark else "#f7f7f5"
        self.border = "#5a5344" if dark else "#d8ceb5"


class _Marker:
    """Escapes text and wraps each occurrence of the query's terms in a highlight."""

    def __init__(self, terms: list[str]) -> None:
        self.pattern = pattern_for(terms)

    def __call__(self, text: str | None) -> str:
        return mark(text, self.pattern) if text else ""


def _meta_line(article: Article) -> str:
    page = tr("Page %1").replace("%1", article.page) if article.page else None
    return " · ".join(
        filter(None, [article.publication, article.date, page, article.section])
    )


def _headline(title: str, mark: _Marker) -> str:
    """A two-part headline keeps its inner space as a wider gap."""
    return "&nbsp;&nbsp;&nbsp;".join(mark(half) for half in title.split(" ") if half)


def _box(content: str, background: str, *, border: str | None = None) -> str:
    """A full-width shaded box (Qt rich text draws backgrounds only on tables)."""
    lines = (
        f"border='1' style='border-color:{border}; border-style:solid'"
        if border
        else ""
    )
    return (
        f"<table width='100%' cellpadding='8' cellspacing='0' bgcolor='{background}' "
        f"{lines}><tr><td>{content}</td></tr></table><p style='margin:0'></p>"
    )


def _summary(summary: str | None, mark: _Marker, colors: _Colors) -> str:
    if not summary:
        return ""
    label = html.escape(tr("Summary"))
    content = f"<b>{label}</b>&nbsp;&nbsp;{mark(summary)}"
    return _box(content, colors.box, border=colors.border)


def _people(names: tuple[str, ...]) -> str:
    links = []
    for name in map(html.escape, names):
        style = "text-decoration:none"
        links.append(f"<a href='person:{name}' style='{style}'>{name}</a>")
    return "&nbsp;&nbsp;".join(links)


def _byline(article: Article, colors: _Colors) -> str:
    roles = [
        (tr("Reporter"), article.reporters),
        (tr("Correspondent"), article.correspondents),
        (tr("Author"), article.authors),
        (tr("Editor"), article.editors),
    ]
    grey = f"color:{colors.grey}"
    pieces = [
        f"<span style='{grey}'>{html.escape(role)}</span>&nbsp;{_people(names)}"
        for role, names in roles
        if names
    ]
    if not pieces:
        return ""
    return (
        f"<p style='margin:6px 0 10px 0'>{'&nbsp;&nbsp;&nbsp;&nbsp;'.join(pieces)}</p>"
    )


def _body(article: Article, mark: _Marker, style: str) -> str:
    out = []
    for number, paragraph in enumerate(article.paragraphs):
        if _SUBHEAD.match(paragraph) and len(paragraph) <= 40:
            out.append(
                f"<p style='font-weight:bold; margin-top:14px'>{mark(paragraph)}</p>"
            )
            continue
        text = mark(paragraph)
        if number == 0 and article.dateline:
            dateline = mark(article.dateline)
            if paragraph.startswith(article.dateline):
                text = f"<b>{dateline}</b>{mark(paragraph[len(article.dateline) :])}"
            else:
                text = f"<b>{dateline}</b>&nbsp;{text}"
        out.append(f"<p style='{style}'>{text}</p>")
    return "".join(out)


def _captions(captions: tuple[Caption, ...], mark: _Marker, colors: _Colors) -> str:
    if not captions:
        return ""
    cards = []
    for caption in captions:
        label = f"<b>{mark(caption.label)}</b>&nbsp;" if caption.label else ""
        credit = (
            f"<p align='right' style='color:{colors.grey}; margin:0'>"
            f"{_people(caption.photographers)}&nbsp;摄</p>"
            if caption.photographers
            else ""
        )
        text = f"<p style='margin:0'>{label}{mark(caption.text)}</p>"
        cards.append(_box(text + credit, colors.card))
    credits = {c.credit for c in captions if c.credit}
    lines = "".join(
        f"<p style='{colors.meta}'>{html.escape(c)}</p>" for c in sorted(credits)
    )
    title = html.escape(tr("Photo captions"))
    heading = f"<p style='{colors.meta}; margin-top:16px'>{title}</p>"
    return heading + "".join(cards) + lines


def _tags_and_notes(article: Article, colors: _Colors, media: Path | None) -> str:
    out = []
    tags_label, note_label = html.escape(tr("Tags")), html.escape(tr("Note"))
    if article.tags:
        out.append(
            f"<p style='{colors.meta}; margin-top:16px'>{tags_label}: "
            f"{html.escape('、'.join(article.tags))}</p>"
        )
    if article.notes:  # (nh3 and the notes' renderer: not before the first paint)
        from archive import render_note  # noqa: PLC0415
    for note in article.notes:
        rendered = render_note(note.body, media=media)
        author = html.escape(note.created_by or "")
        heading = f"{note_label} · {author} {html.escape(note.created_at[:10])}"
        out.append(
            _box(f"<p style='{colors.meta}'>{heading}</p>{rendered}", colors.box)
        )
    return "".join(out)
