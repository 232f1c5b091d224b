"""The search box's language, parsed into a structure (never into SQL text).

    院士工作站 焦作            both words (implicit AND)
    "高新技术 企业"             an exact phrase, spaces and all
    科技 OR 创新  (…)           either; parentheses group
    -招聘                        without
    city:焦作 county:修武县 paper:日报 section:科技视界
    reporter:徐金华 photographer:宋崇飞 person:… tag:人才
    tag:科技/人才 (that tag and below)  tag:科技/* (below it)  -tag:待核实
    kind:article|caption|note  date:2022  date:2021-06..2022-03
    has:caption has:note has:figure has:picture

Anything typed is valid: what cannot be read as syntax is searched as text,
and every such reading is reported in ``Query.notes`` for the user to see.
Control characters (a NUL pasted from a file) separate words like spaces;
brackets nested deeper than :data:`MAX_DEPTH` are read as one level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..tags.names import TagError, split_path

FIELDS = (
    "city",
    "county",
    "paper",
    "section",
    "reporter",
    "photographer",
    "person",
    "tag",
    "kind",
    "date",
    "has",
)
# Chinese names for the fields, as an editor might type them.
ALIASES = {
    "城市": "city",
    "市": "city",
    "县": "county",
    "县区": "county",
    "报纸": "paper",
    "报刊": "paper",
    "版面": "section",
    "记者": "reporter",
    "摄影": "photographer",
    "人物": "person",
    "标签": "tag",
    "类型": "kind",
    "日期": "date",
    "含": "has",
}
KINDS = ("article", "caption", "note", "none")  # none: what an unknown saved: finds
HAS = ("caption", "note", "figure", "picture")
MAX_TERMS = 32
MAX_DEPTH = 16  # brackets within brackets; deeper ones are read as one level

_TOKEN = re.compile(r'[^\s()"]+?[:：]"[^"]*"?|"[^"]*"?|\(|\)|[^\s()"]+')
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class Text:
    """Text that must occur (a word or a quoted phrase)."""

    text: str


@dataclass(frozen=True)
class Field:
    name: str
    value: str


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Text | Field | Not | And | Or


@dataclass
class Query:
    """A parsed query: ``node`` is None when nothing was asked."""

    source: str
    node: Node | None
    notes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.node is None


def parse(source: str) -> Query:
    """Read ``source`` (anything at all) as a :class:`Query`."""
    notes: list[str] = []
    tokens = _TOKEN.findall(_CONTROL.sub(" ", source))
    parser = _Parser(tokens, notes)
    node = parser.or_expression()
    while parser.position < len(tokens):  # a stray ')' ends an expression early
        notes.append("an unmatched ')' was ignored")
        parser.position += 1
        rest = parser.or_expression()
        node = _and([n for n in (node, rest) if n is not None])
    return Query(source, node, list(dict.fromkeys(notes)))  # each note once


class _Parser:
    def __init__(self, tokens: list[str], notes: list[str]) -> None:
        self.tokens = tokens
        self.position = 0
        self.notes = notes
        self.terms = 0
        self.depth = 0  # brackets open around the current position
        self.flattened = 0  # brackets opened beyond MAX_DEPTH, read as none

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def or_expression(self) -> Node | None:
        parts = [self.and_expression()]
        while self.peek() == "OR":
            self.position += 1
            parts.append(self.and_expression())
        found = [p for p in parts if p is not None]
        if not found:
            return None
        return found[0] if len(found) == 1 else Or(tuple(found))

    def and_expression(self) -> Node | None:
        parts = []
        while (token := self.peek()) is not None and token != "OR":
            if token == ")":
                if not self.flattened:
                    break
                self.flattened -= 1  # closes a bracket that was read as none
                self.position += 1
                continue
            node = self.unary()
            if node is not None:
                parts.append(node)
        return _and(parts)

    def unary(self) -> Node | None:
        token = self.peek() or ""
        excluded_group = token == "-" and self._next() == "("
        if excluded_group:
            self.position += 1  # -( … ): everything in the brackets excluded
        elif token.startswith("-") and len(token) > 1 and not token[1:].isdigit():
            self.tokens[self.position] = token[1:]
        else:
            return self.atom()
        node = self.atom()
        return Not(node) if node is not None else None

    def _next(self) -> str | None:
        at = self.position + 1
        return self.tokens[at] if at < len(self.tokens) else None

    def atom(self) -> Node | None:
        token = self.tokens[self.position]
        self.position += 1
        if token == "(" and self.depth >= MAX_DEPTH:
            if not self.flattened:
                self.notes.append(
                    f"brackets nested deeper than {MAX_DEPTH} were read as one level"
                )
            self.flattened += 1
            return None
        if token == "(":
            self.depth += 1
            node = self.or_expression()
            self.depth -= 1
            if self.peek() == ")":
                self.position += 1
            else:
                self.notes.append("a '(' without its ')' was closed at the end")
            return node
        if token.startswith('"'):
            return self._text(token.strip('"'))
        name, colon, value = token.partition(":")
        if not colon:
            name, colon, value = token.partition("：")
        if colon and value:
            field_name = ALIASES.get(name, name.lower())
            if field_name in FIELDS:
                if value.startswith('"') and not value.endswith('"'):
                    value = value.strip('"')
                return self._field(field_name, value.strip('"'), token)
            self.notes.append(f"'{name}:' is not a field; searched as text")
        return self._text(token)

    def _text(self, text: str) -> Node | None:
        if not text.strip():
            return None
        self.terms += 1
        if self.terms > MAX_TERMS:
            if self.terms == MAX_TERMS + 1:
                self.notes.append(f"only the first {MAX_TERMS} terms were used")
            return None
        return Text(text)

    def _field(self, name: str, value: str, token: str) -> Node | None:
        if name == "kind" and value not in KINDS:
            self.notes.append(f"kind: is one of {', '.join(KINDS)}; '{value}' ignored")
            return None
        if name == "has" and value not in HAS:
            self.notes.append(f"has: is one of {', '.join(HAS)}; '{value}' ignored")
            return None
        if name == "tag" and not _names_a_tag(value):
            self.notes.append(f"'tag:{value}' names no tag; ignored")
            return None
        if name == "date" and date_range(value) is None:
            self.notes.append(
                f"'{value}' is not a date like 2022 or 2021-06..2022-03; "
                "searched as text"
            )
            return self._text(token)
        return Field(name, value)


def _names_a_tag(value: str) -> bool:
    if value.strip() in ("*", "/*", "／*"):
        return True
    try:
        split_path(value.removesuffix("/*").removesuffix("／*"))
    except TagError:
        return False
    return True


def _and(parts: list[Node]) -> Node | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(tuple(parts))


def date_range(value: str) -> tuple[str, str] | None:
    """The ISO bounds a date: value covers (both inclusive prefixes), or None."""
    low, _, high = value.partition("..")
    high = high or low
    bounds = []
    for part in (low, high):
        match = _DATE.match(part.strip())
        if match is None:
            return None
        year, month, day = match.groups()
        bounds.append(
            "-".join(
                f"{int(p):02d}" if i else p
                for i, p in enumerate((year, month, day))
                if p
            )
        )
    return bounds[0], bounds[1]


def texts(node: Node | None, *, positive: bool = True) -> list[str]:
    """The texts a query asks to find (for highlighting), not those it excludes."""
    if node is None:
        return []
    if isinstance(node, Text):
        return [node.text] if positive else []
    if isinstance(node, Not):
        return texts(node.node, positive=not positive)
    if isinstance(node, And | Or):
        return [t for n in node.nodes for t in texts(n, positive=positive)]
    return []


def field_names(node: Node | None) -> set[str]:
    """The fields a query names anywhere, excluded ones too (``-tag:x``)."""
    if node is None or isinstance(node, Text):
        return set()
    if isinstance(node, Field):
        return {node.name}
    if isinstance(node, Not):
        return field_names(node.node)
    return {name for n in node.nodes for name in field_names(n)}
