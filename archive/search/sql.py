"""Turning a parsed :class:`~.query.Query` into SQL over ``articles a``.

Values always travel as parameters; FTS5 expressions are built from index
tokens, which can hold no quote (archive/search/tokens.py), so nothing a user types is
ever read as SQL or FTS syntax.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..gazetteer import gazetteer
from ..tags.paths import tag_condition
from .query import And, Field, Node, Not, Or, Text, date_range, parse
from .tokens import KIND_OF, RECORD_OF, phrase

_IN_INDEX = (
    f"a.id IN (SELECT {RECORD_OF} FROM search_fts f "
    f"WHERE search_fts MATCH ? AND {KIND_OF} = 0)"
)
_ROLES = {
    "reporter": ("reporter", "author", "correspondent"),
    "photographer": ("photographer",),
}
_HEADLINE_FIELDS = ("kicker", "title", "subtitle")  # the index's title column
_ARTICLE_FIELDS = (*_HEADLINE_FIELDS, "summary", "dateline")
_FIGURE_UNITS = ("家", "个", "项", "件", "亿元", "万元", "%", "％", "人", "名")


def fts_expression(node: Node | None) -> str | None:
    """The whole of ``node`` as one FTS5 expression, if it is text alone."""
    if isinstance(node, Text):
        return phrase(node.text)
    if isinstance(node, Or):
        parts = [fts_expression(n) for n in node.nodes]
        if any(p is None for p in parts):
            return None
        return "(" + " OR ".join(p for p in parts if p) + ")"
    if isinstance(node, And):
        positive = [n for n in node.nodes if not isinstance(n, Not)]
        negative = [n.node for n in node.nodes if isinstance(n, Not)]
        parts = [fts_expression(n) for n in positive]
        excluded = [fts_expression(n) for n in negative]
        if not parts or None in parts or None in excluded:
            return None
        expression = "(" + " AND ".join(p for p in parts if p) + ")"
        for part in excluded:
            expression = f"({expression} NOT {part})"
        return expression
    return None


@dataclass(frozen=True)
class Driving:
    """What drives a search: an FTS5 expression for the parts the index
    answers, the rest of the query, and whether the expression excludes."""

    expression: str | None = None
    rest: Node | None = None
    excludes: bool = False


def split(node: Node | None) -> Driving:
    """The part of ``node`` the index answers, as an FTS5 expression, and the
    rest as a node."""
    whole = fts_expression(node)
    if whole is not None or node is None:
        return Driving(whole, None, _has_not(node))
    if isinstance(node, And):
        driving = [
            n
            for n in node.nodes
            if fts_expression(n) is not None and not isinstance(n, Not)
        ]
        if driving:
            rest = [n for n in node.nodes if n not in driving]
            expression = " AND ".join(fts_expression(n) or "" for n in driving)
            rest_node = (
                rest[0] if len(rest) == 1 else And(tuple(rest)) if rest else None
            )
            return Driving(expression, rest_node, any(map(_has_not, driving)))
    return Driving(None, node)


def _has_not(node: Node | None) -> bool:
    if isinstance(node, Not):
        return True
    if isinstance(node, And | Or):
        return any(map(_has_not, node.nodes))
    return False


Condition = tuple[str, list]


def condition(
    node: Node | None,
    *,
    use_index: bool,
    text: Callable[[str], Condition] | None = None,
    field: Callable[[Field], Condition | None] | None = None,
) -> Condition:
    """SQL over ``articles a`` true for the articles ``node`` asks for.

    ``text`` and ``field`` replace how text and fields become SQL (the notes
    list asks for text in notes, fields of the note's article); ``field``
    returning None leaves a field to the article's own condition.
    """
    if node is None:
        return "1", []
    if isinstance(node, Text):
        return text(node.text) if text else _text(node.text, use_index=use_index)
    if isinstance(node, Field):
        return (field(node) if field else None) or _field(node)
    if isinstance(node, Not):
        sql, params = condition(node.node, use_index=use_index, text=text, field=field)
        return f"NOT ({sql})", params
    joiner = " AND " if isinstance(node, And) else " OR "
    parts = [
        condition(n, use_index=use_index, text=text, field=field) for n in node.nodes
    ]
    return (
        "(" + joiner.join(sql for sql, _ in parts) + ")",
        [p for _, params in parts for p in params],
    )


def _text(text: str, *, use_index: bool) -> tuple[str, list]:
    expression = phrase(text)
    if expression is None:
        return "1", []
    if use_index:
        return _IN_INDEX, [expression]
    return like_condition(text)


def _field(node: Field) -> tuple[str, list]:  # noqa: PLR0911 (one return per field)
    name, value = node.name, node.value
    if name in ("city", "county"):
        return f"a.{name} = ?", [place_value(node)]
    if name in ("paper", "section"):
        column = (
            "(SELECT name FROM publications WHERE id = a.publication_id)"
            if (name == "paper")
            else "a.section"
        )
        return f"{column} LIKE ? ESCAPE '\\'", [f"%{_escape(value)}%"]
    if name in ("reporter", "photographer", "person"):
        return _person(name, value)
    if name == "tag":
        return tag_condition(value)
    if name == "date":
        low, high = date_range(value) or (value, value)
        return "(a.date >= ? AND a.date <= ?)", [low, high + "~"]
    if name == "has":
        return _has(value)
    if name == "kind" and value == "none":
        return "0", []
    return "1", []  # kind: shapes search results, not the article list


def place_value(node: Field) -> str:
    """The value a city: or county: field stands for in ``a.city`` /
    ``a.county``: 焦作市 or 焦作 for the city 焦作, a county by any of its names."""
    place = gazetteer().resolve(node.value)
    if node.name == "city":
        return place.city if place else node.value
    return place.county if place and place.county else node.value


def as_facet_choices(node: Node | None) -> tuple[dict[str, str], Node | None]:
    """The city: and county: fields ANDed at the top of ``node``, as the facet
    choices they equal (``a.city = ?``), and the rest of ``node``."""
    nodes = list(node.nodes) if isinstance(node, And) else [node]
    choices: dict[str, str] = {}
    rest = []
    for n in nodes:
        if isinstance(n, Field) and n.name in ("city", "county"):
            place = place_value(n)
            if choices.setdefault(n.name, place) == place:
                continue
        if n is not None:
            rest.append(n)
    if not rest:
        return choices, None
    return choices, rest[0] if len(rest) == 1 else And(tuple(rest))


def _person(name: str, value: str) -> tuple[str, list]:
    roles = _ROLES.get(name)
    role_sql = f" AND cr.role IN ({','.join('?' * len(roles))})" if roles else ""
    params = [value, *(roles or ())]
    return (
        "a.id IN (SELECT cr.article_id FROM credits cr JOIN people p ON "
        f"p.id = cr.person_id WHERE p.name = ?{role_sql} AND cr.article_id IS NOT NULL "
        "UNION SELECT c.article_id FROM captions c JOIN credits cr ON "
        f"cr.caption_id = c.id JOIN people p ON p.id = cr.person_id WHERE p.name = ?"
        f"{role_sql} AND c.deleted_at IS NULL)",
        params + params,
    )


def _has(value: str) -> tuple[str, list]:
    if value == "caption":
        return (
            "EXISTS (SELECT 1 FROM captions c WHERE c.article_id = a.id "
            "AND c.deleted_at IS NULL)",
            [],
        )
    if value == "picture":  # a caption of it shows a picture
        return (
            "EXISTS (SELECT 1 FROM captions c WHERE c.article_id = a.id "
            "AND c.deleted_at IS NULL AND c.image_path IS NOT NULL)",
            [],
        )
    if value == "note":
        return (
            "EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id "
            "AND n.deleted_at IS NULL)",
            [],
        )
    globs = " OR ".join("b.body GLOB ?" for _ in _FIGURE_UNITS)
    return (
        f"EXISTS (SELECT 1 FROM article_bodies b WHERE b.article_id = a.id "
        f"AND ({globs}))",
        [f"*[0-9]{unit}*" for unit in _FIGURE_UNITS],
    )


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def text_condition(query: str, *, use_index: bool = True) -> tuple[str, list]:
    """SQL over ``articles a`` true for the articles ``query`` asks for."""
    return condition(parse(query).node, use_index=use_index)


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_condition(text: str, *, headline: bool = False) -> tuple[str, list]:
    """SQL over ``articles a`` true where ``text`` occurs in a field the index
    holds for the article (with ``headline``, in its kicker, title or
    subtitle): a scan, finding what the index finds for text folding leaves as
    it is."""
    pattern = _like(text)
    fields = [
        f"a.{name} LIKE ? ESCAPE '\\'"
        for name in (_HEADLINE_FIELDS if headline else _ARTICLE_FIELDS)
    ]
    if not headline:
        fields += [
            "EXISTS (SELECT 1 FROM article_bodies b WHERE b.article_id = a.id "
            "AND b.body LIKE ? ESCAPE '\\')",
            "EXISTS (SELECT 1 FROM captions c WHERE c.article_id = a.id "
            "AND c.deleted_at IS NULL AND (c.text LIKE ? ESCAPE '\\' "
            "OR c.label LIKE ? ESCAPE '\\' OR c.credit LIKE ? ESCAPE '\\'))",
            "EXISTS (SELECT 1 FROM credits cr JOIN people p ON p.id = cr.person_id "
            "WHERE cr.article_id = a.id AND p.name LIKE ? ESCAPE '\\')",
            "EXISTS (SELECT 1 FROM captions c JOIN credits cr ON cr.caption_id = c.id "
            "JOIN people p ON p.id = cr.person_id WHERE c.article_id = a.id "
            "AND c.deleted_at IS NULL AND p.name LIKE ? ESCAPE '\\')",
        ]
    sql = "(" + " OR ".join(fields) + ")"
    return sql, [pattern] * sql.count("?")
