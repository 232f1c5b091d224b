"""A note's Markdown as HTML that is safe to show: nothing in it can run, load
or open anything by itself.

Raw HTML in a note is sanitised by nh3 (no scripts, styles or event
attributes). An image shows only if it is a file of the archive's own media
folder; any other (a local path, http://, https://, //host/) becomes
``blocked:<why>``, which the window draws as a placeholder saying why. Links
keep their address for the reader to see, only to http(s), mailto and the
archive's own records (``clipfile:article/12``); javascript:, file: and data:
links lose it. Opening one is the window's business, on a click.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlparse

import nh3

from .links import with_titles

LINK_SCHEMES = {"http", "https", "mailto", "clipfile"}
BLOCKED = "blocked"  # the scheme of an image not shown: blocked:outside …
_TAGS = set(nh3.ALLOWED_TAGS) - {"area", "map"}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}


MAX_DEPTH = 12  # lists and quotes nested deeper are shown at this depth
EXTENSIONS = ["tables", "sane_lists"]


def prepare() -> None:
    """Import Markdown and its extensions and read which are installed (any
    thread): the first note rendered did it, 138 ms of the GUI thread's CPU
    when the first article with notes was shown (issue 17)."""
    render("")


def render(
    body: str,
    *,
    media: Path | None = None,
    names: dict[tuple[str, int], str] | None = None,
    missing: str = "missing",
) -> str:
    """``body`` (Markdown) as safe HTML; images only from the folder ``media``;
    with ``names`` (what linked records are called now: :func:`.links.titles`)
    each ``[[article:12]]`` becomes a link, or text marked ``missing``."""
    if names is not None:
        body = with_titles(body, names, missing=missing)
    try:
        import markdown  # noqa: PLC0415 (with the first note shown, not at start-up)

        html = markdown.markdown(_shallow(body), extensions=EXTENSIONS)
    except RecursionError:  # a shape the depth cap did not catch: show the text
        return f"<pre>{escape(body)}</pre>"
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        # every scheme reaches the filter, which keeps or blocks it with a reason
        url_schemes=LINK_SCHEMES | {"file", "data", "ftp", "javascript", "vbscript"},
        attribute_filter=lambda tag, name, value: _attribute(tag, name, value, media),
        link_rel="noopener noreferrer",
    )


_INDENT = re.compile(r"^([ \t]*)((?:>[ \t]?)*)", re.M)


def _shallow(body: str) -> str:
    """Lists and quotes nested no deeper than :data:`MAX_DEPTH`: Markdown
    parses nesting by recursion (a thousand nested lists took nine seconds,
    then failed), and nobody reads past a dozen levels."""

    def cap(match: re.Match) -> str:
        indent, quotes = match.group(1).expandtabs(4), match.group(2)
        if len(indent) <= 4 * MAX_DEPTH and quotes.count(">") <= MAX_DEPTH:
            return match.group(0)
        return indent[: 4 * MAX_DEPTH] + "> " * min(quotes.count(">"), MAX_DEPTH)

    return _INDENT.sub(cap, body)


def _attribute(tag: str, name: str, value: str, media: Path | None) -> str | None:
    if tag == "img" and name == "src":
        return image_source(value, media)
    if tag == "a" and name == "href":
        scheme = urlparse(value).scheme.lower()
        return value if scheme in LINK_SCHEMES else None
    return value


def image_source(src: str, media: Path | None) -> str:
    """The address an image may be shown from: a ``file:`` URL inside the
    media folder, else ``blocked:`` and the reason (outside, missing)."""
    parsed = urlparse(src)
    if parsed.scheme or parsed.netloc or src.startswith("/") or media is None:
        return f"{BLOCKED}:outside"
    try:
        folder = media.resolve()
        path = (folder / unquote(parsed.path)).resolve()
    except (OSError, ValueError):
        return f"{BLOCKED}:outside"
    if not path.is_relative_to(folder):
        return f"{BLOCKED}:outside"
    if not path.is_file():
        return f"{BLOCKED}:missing"
    return path.as_uri()
