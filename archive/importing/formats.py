"""Recognising a file's format and turning HTML and data exports into text or fields."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import PurePath

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "ul",
    "ol",
    "blockquote",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "title",
    "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "## "}

# Field names in exports, mapped to article fields (Chinese and English spellings).
FIELD_NAMES = {
    "title": ("title", "headline", "标题", "主题", "题目"),
    "kicker": ("kicker", "引题", "肩题"),
    "subtitle": ("subtitle", "副题", "副标题"),
    "summary": ("summary", "abstract", "核心提示", "导语", "摘要"),
    "body": ("body", "content", "text", "正文", "内容"),
    "date": (
        "date",
        "published",
        "pub_date",
        "publish_date",
        "publish_time",
        "pubtime",
        "pub_time",
        "release_time",
        "日期",
        "发布日期",
        "发布时间",
    ),
    "publication": ("publication", "paper", "source", "报纸", "来源", "媒体"),
    "section": ("section", "column", "category", "版面", "版面名", "栏目"),
    "page": ("page", "版次"),
    "city": ("city", "城市"),
    "county": ("county", "district", "县区", "区县"),
    "reporters": ("reporters", "reporter", "author", "authors", "记者", "作者"),
    "correspondents": ("correspondents", "correspondent", "通讯员"),
    "views": ("views", "浏览数", "阅读数", "点击数"),
}


def kind_of(path: str, text: str) -> str:
    """``html``, ``markdown``, ``json``, ``jsonl``, ``csv`` or ``text``."""
    suffix = PurePath(path).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or re.match(
        r"\s*<(!doctype|html)", text, re.I
    ):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in (".json", ".jsonl", ".ndjson", ".csv", ".tsv"):
        return {".ndjson": "jsonl", ".tsv": "csv"}.get(suffix, suffix[1:])
    return "text"


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            if tag in _HEADINGS and not self.skipping:
                self.parts.append(_HEADINGS[tag])

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, a paragraph per block, headings as #."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    text = "".join(extractor.parts)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def records(kind: str, text: str) -> list[dict] | str:
    """The rows of a JSON, JSONL or CSV export, each with article field names
    (or, for a JSON file holding one string, that string)."""
    if kind == "json":
        data = json.loads(text)
        if isinstance(data, str):
            return data
        if isinstance(data, dict):
            data = _rows_in(data)
        rows = data if isinstance(data, list) else []
    elif kind == "jsonl":
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        rows = list(csv.DictReader(io.StringIO(text), dialect=_dialect(text)))
    found = [_map_fields(row) for row in rows if isinstance(row, dict)]
    if not found and not any(isinstance(r, dict) for r in rows):
        raise ValueError("no records in it (expected objects with a title or a body)")
    return found


MAX_DEPTH = 4  # how deep an API's envelope may hold its list of records


def _rows_in(data: dict) -> list:
    """The records of an export that wraps them ({"articles": […]}, an API's
    {"code": 0, "data": {"list": […]}}): the longest list of objects with an
    article's fields, or the object itself as one record."""
    if isinstance(data.get("articles"), list):
        return data["articles"]
    if {"title", "body"} & set(_map_fields(data)):
        return [data]  # one record, whatever lists it holds (its photos)
    best: list = []
    todo: list[tuple[object, int]] = [(data, 0)]
    while todo:
        value, depth = todo.pop()
        if isinstance(value, dict) and depth < MAX_DEPTH:
            todo += [(v, depth + 1) for v in value.values()]
        elif (
            isinstance(value, list)
            and len(value) > len(best)
            and any(isinstance(r, dict) and _map_fields(r) for r in value[:20])
        ):
            best = value
    return best or [data]


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The CSV's dialect; a table of one column has no delimiter to find."""
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        return csv.excel


def unescaped(kind: str, text: str) -> str:
    """JSON written with \\u escapes, written again with its characters as they
    are (the text the records' spans then index into); other text as it is."""
    if kind not in ("json", "jsonl") or "\\u" not in text:
        return text
    if kind == "json":
        return json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n"
    return "".join(
        json.dumps(json.loads(line), ensure_ascii=False) + "\n"
        for line in text.splitlines()
        if line.strip()
    )


def json_escaped(text: str) -> str:
    """``text`` as JSON writes it inside a string ('\\"' for '"')."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _map_fields(row: dict) -> dict:
    lookup = {str(key).strip().lower(): value for key, value in row.items()}
    mapped = {}
    for field, names in FIELD_NAMES.items():
        for name in names:
            value = lookup.get(name.lower())
            if value not in (None, "", []):
                mapped[field] = value
                break
    return mapped
