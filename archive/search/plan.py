"""How the articles under some filters are found: the facet choices and
fields as SQL over ``articles a``, the search text by the index where it can."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from ..models import FACET_KINDS, Filters
from ..tags.paths import TAG_SUBTREE
from . import saved
from . import sql as query_sql
from .index import indexed
from .query import Node, parse

_CONDITIONS = {
    "city": "a.city = ?",
    "county": "a.county = ?",
    "year": "a.year = ?",
    "publication": "a.publication_id = (SELECT id FROM publications WHERE name = ?)",
    "section": "a.section = ?",
    "person": """a.id IN (
        SELECT cr.article_id FROM credits cr
        WHERE cr.person_id = (SELECT id FROM people WHERE name = ?)
        UNION ALL
        SELECT cap.article_id FROM credits cr
        JOIN captions cap ON cap.id = cr.caption_id
        WHERE cr.person_id = (SELECT id FROM people WHERE name = ?)
            AND cap.deleted_at IS NULL)""",
    "tag": f"""a.id IN (SELECT g.article_id FROM taggings g
               WHERE g.tag_id IN ({TAG_SUBTREE}))""",
}


def where(
    filters: Filters, *, skip: str | None = None, use_index: bool = True
) -> tuple[str, list]:
    """The WHERE clause (over ``articles a``) for ``filters``, less facet ``skip``."""
    clauses = ["a.deleted_at IS NULL"]
    params: list = []
    for kind in FACET_KINDS:
        values = filters.values(kind)
        if kind == skip or not values:
            continue
        condition = _CONDITIONS[kind]
        if len(values) == 1:
            clauses.append(condition)
        else:  # either of several: OR within a facet
            clauses.append("(" + " OR ".join([f"({condition})"] * len(values)) + ")")
        for value in values:
            params.extend([value] * condition.count("?"))
    if filters.text.strip():
        sql, text_params = query_sql.text_condition(filters.text, use_index=use_index)
        clauses.append(sql)
        params.extend(text_params)
    return " AND ".join(clauses), params


@dataclass(frozen=True)
class Plan:
    """How the articles under some filters are found: by the index
    (``expression``) where it can, the facet choices and the rest of the query
    as SQL (``sql``, ``rest_sql`` over ``articles a``)."""

    filters: Filters
    node: Node | None
    use_index: bool
    expression: str | None
    sql: str
    params: list
    rest_sql: str = "1"
    rest_params: list = field(default_factory=list)
    chosen: bool = False  # facet choices narrow the list (``sql``)
    rest: bool = False  # a part of the query the index cannot answer
    excludes: bool = False  # the expression leaves something out (``-term``):
    # a headline that matches it must then be checked against the whole

    @property
    def index_alone(self) -> bool:
        """Whether the index answers by itself (no facet choice, no field)."""
        return self.expression is not None and not self.chosen and not self.rest


def plan_for(db: Database, filters: Filters) -> Plan:
    use_index = indexed(db)
    filters = replace(filters, text=saved.prepare(db, filters.text))
    node = parse(filters.text).node
    driving = query_sql.split(node) if use_index else query_sql.Driving()
    chosen = any(filters.facet(kind) is not None for kind in FACET_KINDS)
    if driving.expression is None:
        sql, params = where(filters, use_index=use_index)
        return Plan(filters, node, use_index, None, sql, params, chosen=chosen)
    # city: and county: typed beside the text are facet choices, which the
    # facet arrays check (joining each match to its article took seconds at a
    # million articles); one that contradicts the sidebar's choice stays SQL
    rest = driving.rest
    choices, remaining = query_sql.as_facet_choices(rest)
    if all(filters.facet(kind) in (None, value) for kind, value in choices.items()):
        filters = replace(filters, **choices)  # type: ignore[arg-type]
        rest, chosen = remaining, chosen or bool(choices)
    sql, params = where(replace(filters, text=""))
    rest_sql, rest_params = query_sql.condition(rest, use_index=True)
    return Plan(
        filters,
        node,
        use_index,
        driving.expression,
        sql,
        params,
        rest_sql,
        rest_params,
        chosen=chosen,
        rest=rest is not None,
        excludes=driving.excludes,
    )
