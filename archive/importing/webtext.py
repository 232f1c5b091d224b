"""A web page's main text and metadata, found by trafilatura.

HTML saved from a browser holds the site's navigation, sidebars and footers
around one article. trafilatura (made for this) finds the main text and the
page's title, date and author; the page reader then reads that text as it
reads any page. The raw HTML stays the stored source.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import unescape

from . import formats, furniture, people
from .blocks import dated_line
from .dates import DateHint, full_date
from .drafts import PageDraft

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every miss


@dataclass(frozen=True)
class MainText:
    """What trafilatura found: the text the page reader reads, and metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    window: str = ""  # the page's <title>: '漓江边的老渡口_桂林新闻_桂林日报'

    def hint(self, hint: DateHint) -> DateHint:
        """The page's own date, if it gives one, else ``hint``."""
        iso = full_date(self.date or "")
        if iso is None:
            return hint
        year, month, day = map(int, iso.split("-"))
        return DateHint(year, month, day)

    def complete(self, page: PageDraft) -> None:
        """Give the page's first article the author the metadata names."""
        if not page.articles or not self.author:
            return
        article = page.articles[0]
        if any(article.people.get(role) for role in people.WRITERS):
            return
        pairs = people.credits(self.author)
        name = people.person_name(self.author)
        article.add_people(pairs or ([("author", name)] if name else []))


def main_text(html: str) -> MainText | None:
    """The main text of an HTML page, its title as a heading; None if none found."""
    try:
        import trafilatura  # noqa: PLC0415 (0.3 s to load: only for HTML)

        found = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # a page it cannot read goes the plain way
        return None
    body = getattr(found, "text", None) if found is not None else None
    if not body or not body.strip():
        return None
    title = _without_site((getattr(found, "title", None) or "").strip()) or None
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if any(len(line) > MAX_ROW and line[0] == line[-1] == "|" for line in lines):
        return None  # a page laid out in a table, read as rows: the plain way
    if title and any(_run_together(line, title) for line in lines[:2]):
        return None  # its paragraphs run into one line after the title: plain
    if title and (not lines or title not in lines[:3]):
        lines.insert(0, f"# {title}")
    kicker = _kicker(html, title) if title else None
    if kicker and kicker not in lines[:3]:
        lines.insert(next((i for i, x in enumerate(lines) if title in x), 0), kicker)
    at = next((i + 1 for i, line in enumerate(lines[:3]) if title and title in line), 0)
    lines[at:at] = [line for line in _info_lines(html) if line not in lines]
    window = _WINDOW.search(html)
    return MainText(
        "\n\n".join(lines) + "\n",
        title,
        _written(getattr(found, "date", None), html),
        (getattr(found, "author", None) or "").strip() or None,
        unescape(window.group(1)).strip() if window else "",
    )


MAX_KICKER = 30


def _kicker(html: str, title: str) -> str | None:
    """A heading set right over the title's heading ('<h4>老厂房里读书到深夜</h4>
    <h1>…</h1>'): the kicker (引题), which main-text extraction drops."""
    heads = rf"<(h[1-6])\b[^>]*>([^<]{{2,{MAX_KICKER * 4}}})</\1>\s*<h[1-3]\b[^>]*>\s*"
    found = re.search(heads + re.escape(title) + r"\s*</h[1-3]>", html)
    if found is None:
        return None
    kicker = unescape(found.group(2)).strip()
    return kicker if 2 <= len(kicker) <= MAX_KICKER and kicker != title else None


def _run_together(line: str, title: str) -> bool:
    """A line that opens with the title and goes on with the text: the main
    text read as one run (an <article> holding its heading and paragraphs),
    its paragraphs, metadata and captions no longer apart."""
    return (
        len(line) > len(title) + MAX_ROW
        and line.startswith(title)
        and line[len(title) : len(title) + 1] in (" ", "\u3000")
    )


def _written(date: str | None, html: str) -> str | None:
    """trafilatura's date if the page writes that day somewhere (in its text,
    its metadata or its address): it guesses the first of January of a year
    it sees ('2022年09月14日' read as 2022-01-01)."""
    iso = full_date(date or "")
    if iso is None:
        return None
    y, m, d = iso.split("-")
    m1, d1 = str(int(m)), str(int(d))
    forms = (
        f"{y}-{m}-{d}",
        f"{y}-{m1}-{d1}",
        f"{y}/{m}/{d}",
        f"{y}/{m1}/{d1}",
        f"{y}.{m}.{d}",
        f"{y}年{m}月{d}日",
        f"{y}年{m1}月{d1}日",
        f"{y}{m}{d}",
        f"{y}-{m}/{d}",
        f"{y}{m}/{d}",
    )
    return date if any(form in html for form in forms) else None


MAX_ROW = 120  # a table row longer is a layout table's, paragraphs run together
_SITE = re.compile(r"\s*(?:--|——|_|\||｜|\s-\s|\s—\s)\s*")
_SITE_WORDS = re.compile(r"日报|晚报|报|网|频道|新闻|在线|客户端|政府|门户")


def _without_site(title: str) -> str:
    """'黄河边的“候鸟食堂”--东营日报' → '黄河边的“候鸟食堂”': a window title
    without the site's name after it."""
    parts = _SITE.split(title)
    if len(parts) > 1 and all(_SITE_WORDS.search(p) for p in parts[1:] if p):
        return parts[0]
    return title


_WINDOW = re.compile(r"<title[^>]*>([^<]{1,200})</title>", re.I)
_INFO = re.compile(
    r"(?:来源|作者|记者|稿源|出处)\s*[:：]"
    # an official account's line: '原创 杨青 遵义发布 2023-04-12 08:00 发表于贵州'
    r"|^原创\s+[\u4e00-\u9fff·]{2,4}\s"
)
MAX_INFO = 3


def _info_lines(html: str) -> list[str]:
    """The page's line of source, author and date ('2021-07-02 来源：桂林日报
    作者：覃海燕'), which main-text extraction leaves out as chrome: the paper
    and the byline it names are the article's."""
    found = []
    for line in formats.html_to_text(html).splitlines():
        if _INFO.search(line) and (furniture.is_meta(line) or dated_line(line)):
            found.append(line.strip())
            if len(found) == MAX_INFO:
                break
    return found
