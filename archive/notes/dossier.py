"""A dossier: chosen articles with their captions, tags, passages and notes,
each with its citation, as Markdown or HTML to hand on (the window prints the
HTML to PDF with Qt, fonts embedded)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from sqlite_utils import Database

from ..models import Article, Caption, Note
from ..text import now
from .links import as_citations, links_in, titles

FORMATS = ("md", "html", "pdf")
# Passages of an article: (tag path, field, start, end); code points of the field.
_PASSAGES = """SELECT t.name, g.field, g.start, g."end" FROM taggings g
JOIN tags t ON t.id = g.tag_id WHERE g.article_id = ? AND g.start IS NOT NULL
ORDER BY g.start"""
_STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun",
       "Songti SC", "WenQuanYi Micro Hei", serif; line-height: 1.7;
       max-width: 46em; margin: 2em auto; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; margin-top: 2em; }
.cite { color: #666; font-size: 0.9em; }
.kicker { font-weight: bold; font-size: 0.9em; }
.summary { background: #f6f1e4; padding: 0.6em; } .caption { background: #f7f7f5;
padding: 0.4em; margin: 0.4em 0; } blockquote { border-left: 3px solid #c9b47a;
margin-left: 0; padding-left: 0.8em; } .note { background: #f6f1e4; padding: 0.5em;
margin: 0.5em 0; } .tags { color: #666; }
"""


def citation(article: Article) -> str:
    """Paper, date, page and section, and the source file: where it is from."""
    page = f"第{article.page}版" if article.page else None
    source = Path(article.source.path).name if article.source else None
    parts = [article.publication, article.date, page, article.section]
    text = " · ".join(p for p in parts if p)
    return f"{text}（来源文件：{source}）" if source else text


def passages(db: Database, article: Article) -> list[tuple[str, str]]:
    """The article's tagged passages as (tag, quoted text)."""
    fields = {"body": article.body, "title": article.title}
    found = []
    for tag, field, start, end in db.execute(_PASSAGES, [article.id]):
        text = fields.get(field or "body", article.body)
        found.append((tag, text[start:end]))
    return found


def markdown(
    db: Database, articles: Sequence[Article], *, title: str = "剪报档案"
) -> str:
    """The dossier as Markdown."""
    out = [f"# {title}", "", f"{len(articles)} 篇 · {now()[:10]}", ""]
    for article in articles:
        if article.kicker:
            out += [f"**{article.kicker}**", ""]
        out += [f"## {article.title}", "", f"*{citation(article)}*", ""]
        if article.summary:
            out += [f"> 核心提示：{article.summary}", ""]
        out += [p + "\n" for p in article.paragraphs]
        out += [f"- {_caption_line(c)}" for c in article.captions] + [""]
        if article.tags:
            out += ["标签：" + "、".join(article.tags), ""]
        for tag, quote in passages(db, article):
            out += [f"> {quote}", ">", f"> —— 标注：{tag}", ""]
        for note in article.notes:
            out += [f"**笔记** · {note.created_by or ''} {note.updated_at[:10]}", ""]
            names = titles(db, links_in(note.body))
            out += [as_citations(note.body, names), ""]
    return "\n".join(out).rstrip() + "\n"


def html(
    db: Database,
    articles: Sequence[Article],
    *,
    render: Callable[[str], str],
    title: str = "剪报档案",
) -> str:
    """The dossier as one self-contained HTML page; ``render`` shows a note."""
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p class='cite'>{len(articles)} 篇 · {now()[:10]}</p>",
    ]
    for article in articles:
        body.append(_article_html(db, article, render))
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        + "".join(body)
        + "</body></html>"
    )


def _article_html(db: Database, article: Article, render: Callable[[str], str]) -> str:
    parts = [
        f"<p class='kicker'>{escape(article.kicker)}</p>" if article.kicker else "",
        f"<h2>{escape(article.title)}</h2>",
        f"<p class='cite'>{escape(citation(article))}</p>",
    ]
    if article.summary:
        parts.append(f"<p class='summary'>核心提示：{escape(article.summary)}</p>")
    parts += [f"<p>{escape(p)}</p>" for p in article.paragraphs]
    parts += [
        f"<p class='caption'>{escape(_caption_line(c))}</p>" for c in article.captions
    ]
    if article.tags:
        parts.append(f"<p class='tags'>标签：{escape('、'.join(article.tags))}</p>")
    for tag, quote in passages(db, article):
        parts.append(
            f"<blockquote>{escape(quote)}<br>—— 标注：{escape(tag)}</blockquote>"
        )
    parts += [_note_html(n, render) for n in article.notes]
    return "".join(parts)


def _note_html(note: Note, render: Callable[[str], str]) -> str:
    heading = escape(f"笔记 · {note.created_by or ''} {note.updated_at[:10]}")
    return f"<div class='note'><p class='cite'>{heading}</p>{render(note.body)}</div>"


def _caption_line(caption: Caption) -> str:
    credit = " ".join(caption.photographers)
    parts = [
        caption.label,
        caption.text,
        f"{credit} 摄" if credit else None,
        caption.credit,
    ]
    return " ".join(p for p in parts if p)
