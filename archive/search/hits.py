"""Search hits of every kind (articles, captions, notes) for what an editor
types in the search box.

The box's language is parsed by :mod:`.query` and turned into SQL by
:mod:`.sql`; text is found through the full-text index (:mod:`.index`),
exactly as a substring scan would find it. While the index is being rebuilt,
the same questions are answered by a LIKE scan.
"""

from __future__ import annotations

from sqlite_utils import Database

from ..models import Filters, SearchHit, SearchResult
from . import listing, saved
from . import sql as query_sql
from .index import indexed
from .query import And, Field, Node, parse
from .snippets import snippet_of
from .tokens import KIND_CODES, KIND_OF, RECORD_OF

_KIND = {"a": "article", "c": "caption", "n": "note"}
# A hit's id, title, date, city, paper and article, then the texts its
# snippet may come from, in the order they are tried.
_HIT_SQL = {
    "a": """SELECT a.id, a.title, a.date, a.city, p.name, NULL, b.body, a.summary,
            a.subtitle, a.kicker, a.dateline, (SELECT group_concat(
                coalesce(c.label || ' ', '') || c.text, ' ') FROM captions c
                WHERE c.article_id = a.id AND c.deleted_at IS NULL)
            FROM articles a LEFT JOIN publications p ON p.id = a.publication_id
            LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?""",
    "c": """SELECT c.id, coalesce(c.label, substr(c.text, 1, 30)),
            coalesce(c.date, a.date), coalesce(c.city, a.city), p.name,
            c.article_id, c.text, c.label, c.credit
            FROM captions c LEFT JOIN articles a ON a.id = c.article_id
            LEFT JOIN publications p ON p.id = a.publication_id WHERE c.id = ?""",
    "n": """SELECT n.id, substr(n.body, 1, 40), a.date,
            coalesce(a.city, CASE WHEN n.target = 'city' THEN n.subject END),
            p.name, n.article_id, n.body
            FROM notes n LEFT JOIN articles a ON a.id = n.article_id
            LEFT JOIN publications p ON p.id = a.publication_id WHERE n.id = ?""",
}


def search(
    db: Database, query: str, *, limit: int = 50, order: str = "date"
) -> SearchResult:
    """Articles, captions and notes ``query`` asks for, with the total.

    ``order`` is ``date`` (newest first) or ``rank`` (headline hits first, then
    the rest, each newest first).
    """
    notes: list[str] = []
    original, query = query, saved.prepare(db, query, notes)
    parsed = parse(query)
    parsed.notes[:0] = notes
    if parsed.empty:
        return SearchResult(query=original, total=0, notes=parsed.notes)
    kinds = _kinds(parsed.node)
    driving = query_sql.split(parsed.node)
    expression, rest = driving.expression, driving.rest
    use_index = indexed(db)
    hits: list[SearchHit] = []
    total = 0
    if "article" in kinds:
        ids = list(listing.article_ids(db, Filters(text=query, order=order)))
        total += len(ids)
        hits += [h for h in (_hit(db, "a", i, query) for i in ids[:limit]) if h]
    if use_index and expression is not None and _only_kind(rest):
        for kind in ("c", "n"):
            if _KIND[kind] in kinds:
                records = _records_of_kind(db, expression, kind)
                total += len(records)
                hits += [
                    h for h in (_hit(db, kind, r, query) for r in records[:limit]) if h
                ]
    if order == "date":
        hits.sort(key=lambda h: h.date or "", reverse=True)
    return SearchResult(
        query=original, total=total, hits=hits[:limit], notes=parsed.notes
    )


def _kinds(node: Node | None) -> set[str]:
    """The kinds of record a query asks for (kind:…), all three by default."""
    found = {
        n.value for n in _top_level(node) if isinstance(n, Field) and n.name == "kind"
    }
    if "none" in found:
        return set()
    return found or {"article", "caption", "note"}


def _top_level(node: Node | None) -> list[Node | None]:
    return list(node.nodes) if isinstance(node, And) else [node]


def _only_kind(node: Node | None) -> bool:
    return node is None or all(
        isinstance(n, Field) and n.name == "kind" for n in _top_level(node)
    )


def _records_of_kind(db: Database, expression: str, kind: str) -> list[int]:
    return [
        r
        for (r,) in db.execute(
            f"SELECT {RECORD_OF} FROM search_fts f "
            f"WHERE search_fts MATCH ? AND {KIND_OF} = ? ORDER BY f.rowid DESC",
            [expression, KIND_CODES[kind]],
        )
    ]


def _hit(db: Database, kind: str, record: int, query: str) -> SearchHit | None:
    row = db.execute(_HIT_SQL[kind], [record]).fetchone()
    if row is None:
        return None
    title = row[1].splitlines()[0] if row[1] else ""
    return SearchHit(
        id=row[0],
        kind=_KIND[kind],
        title=title,
        date=row[2],
        city=row[3],
        publication=row[4],
        snippet=snippet_of([*row[6:], title], query),
        article_id=row[5],
    )
