"""Finding records by the text an editor types.

Every whitespace-separated term must occur (as a substring, after folding
width and case) in the record. With the full-text index (archive/index.py)
in step, terms become exact FTS5 phrases; while the index is being rebuilt,
the same question is answered by a plain LIKE scan.
"""

from __future__ import annotations

from sqlite_utils import Database

from .index import Index, fold, phrase
from .models import SearchHit, SearchResult

_ARTICLE_FIELDS = ("title", "kicker", "subtitle", "summary", "dateline")
_SNIPPET_RADIUS = 24
_KIND = {"a": "article", "c": "caption", "n": "note"}


def terms(query: str) -> list[str]:
    """The terms of ``query``, split at white space (U+3000 included)."""
    return query.split()


def match_expression(query: str) -> str | None:
    """The FTS5 expression for ``query``: its terms' phrases, all required."""
    phrases = [p for p in map(phrase, terms(query)) if p]
    return " AND ".join(phrases) if phrases else None


def indexed(db: Database) -> bool:
    return not Index(db).stale


def text_condition(query: str, *, use_index: bool = True) -> tuple[str, list]:
    """SQL over ``articles a`` true where every term of ``query`` occurs."""
    if use_index:
        expression = match_expression(query)
        if expression is None:
            return "1", []
        return (
            "a.id IN (SELECT d.record_id FROM search_fts f JOIN search_docs d "
            "ON d.rowid = f.rowid WHERE search_fts MATCH ? AND d.kind = 'a')",
            [expression],
        )
    return _like_condition(query)


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_condition(query: str) -> tuple[str, list]:
    clauses, params = [], []
    for term in terms(query):
        pattern = _like(term)
        fields = [f"a.{name} LIKE ? ESCAPE '\\'" for name in _ARTICLE_FIELDS]
        fields += [
            "EXISTS (SELECT 1 FROM article_bodies b WHERE b.article_id = a.id "
            "AND b.body LIKE ? ESCAPE '\\')",
            "EXISTS (SELECT 1 FROM captions c WHERE c.article_id = a.id "
            "AND c.deleted_at IS NULL AND c.text LIKE ? ESCAPE '\\')",
            "EXISTS (SELECT 1 FROM credits cr JOIN people p ON p.id = cr.person_id "
            "WHERE cr.article_id = a.id AND p.name LIKE ? ESCAPE '\\')",
        ]
        clauses.append("(" + " OR ".join(fields) + ")")
        params.extend([pattern] * len(fields))
    return " AND ".join(clauses) or "1", params


def snippet(text: str, query: str) -> str:
    """A short excerpt of ``text`` around the first term of ``query`` found in it."""
    folded = fold(text.replace("\n", " "))
    for term in terms(query):
        at = folded.find(fold(term))
        if at >= 0:
            start = max(0, at - _SNIPPET_RADIUS)
            end = min(len(text), at + len(term) + _SNIPPET_RADIUS)
            prefix = "…" if start else ""
            return prefix + text[start:end] + ("…" if end < len(text) else "")
    return text[: 2 * _SNIPPET_RADIUS]


def search(
    db: Database, query: str, *, limit: int = 50, order: str = "date"
) -> SearchResult:
    """Articles, captions and notes containing every term of ``query``.

    ``order`` is ``date`` (newest first) or ``rank`` (headline hits first, then
    the rest, each newest first).
    """
    expression = match_expression(query)
    if expression is None:
        return SearchResult(query=query, total=0)
    if not indexed(db):
        return _search_by_scan(db, query, limit=limit)
    total = db.execute(
        "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [expression]
    ).fetchone()[0]
    rowids: list[int] = []
    if order == "rank":
        rowids = _rowids(db, f"{{title}} : ({expression})", limit)
    rowids += [
        r for r in _rowids(db, expression, limit + len(rowids)) if r not in set(rowids)
    ]
    hits = [h for h in (_hit(db, r, query) for r in rowids[:limit]) if h is not None]
    return SearchResult(query=query, total=total, hits=hits)


def _rowids(db: Database, expression: str, limit: int) -> list[int]:
    return [
        r
        for (r,) in db.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC "
            "LIMIT ?",
            [expression, limit],
        )
    ]


def _hit(db: Database, rowid: int, query: str) -> SearchHit | None:
    kind, record = db.execute(
        "SELECT kind, record_id FROM search_docs WHERE rowid = ?", [rowid]
    ).fetchone()
    sql = {
        "a": """SELECT a.id, a.title, a.date, a.city, p.name, b.body, NULL
                FROM articles a LEFT JOIN publications p ON p.id = a.publication_id
                LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?""",
        "c": """SELECT c.id, coalesce(c.label, substr(c.text, 1, 30)),
                coalesce(c.date, a.date), coalesce(c.city, a.city), p.name, c.text,
                c.article_id
                FROM captions c LEFT JOIN articles a ON a.id = c.article_id
                LEFT JOIN publications p ON p.id = a.publication_id WHERE c.id = ?""",
        "n": """SELECT n.id, substr(n.body, 1, 40), a.date, coalesce(a.city, n.city),
                p.name, n.body, n.article_id
                FROM notes n LEFT JOIN articles a ON a.id = n.article_id
                LEFT JOIN publications p ON p.id = a.publication_id WHERE n.id = ?""",
    }[kind]
    row = db.execute(sql, [record]).fetchone()
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
        snippet=snippet(row[5] or title, query),
        article_id=row[6],
    )


def _search_by_scan(db: Database, query: str, *, limit: int) -> SearchResult:
    """The answer without the index (while it is rebuilt): articles only."""
    sql, params = _like_condition(query)
    rows = db.execute(
        f"""SELECT a.id, a.title, a.date, a.city, p.name, b.body FROM articles a
        LEFT JOIN publications p ON p.id = a.publication_id
        LEFT JOIN article_bodies b ON b.article_id = a.id
        WHERE a.deleted_at IS NULL AND {sql} ORDER BY a.date DESC, a.id DESC""",
        params,
    ).fetchall()
    hits = [
        SearchHit(
            id=r[0],
            kind="article",
            title=r[1],
            date=r[2],
            city=r[3],
            publication=r[4],
            snippet=snippet(r[5] or r[1], query),
        )
        for r in rows[:limit]
    ]
    return SearchResult(query=query, total=len(rows), hits=hits)
