"""Finding records by the text an editor types.

This first version matches every whitespace-separated term as a plain
substring (LIKE) across an article's fields, its captions and its people, and
across captions and notes on their own. It is exact but scans; the full-text
index of issue 4 replaces :func:`text_condition` without changing callers.
"""

from __future__ import annotations

from sqlite_utils import Database

from .models import SearchHit, SearchResult

_ARTICLE_FIELDS = ("title", "kicker", "subtitle", "summary", "dateline")
_SNIPPET_RADIUS = 24


def terms(query: str) -> list[str]:
    """The terms of ``query``, split at white space (U+3000 included).

    Matching is exact for now: folding full and half widths needs the index.
    """
    return query.split()


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def text_condition(query: str) -> tuple[str, list]:
    """SQL over ``articles a`` true where every term of ``query`` occurs."""
    clauses, params = [], []
    for term in terms(query):
        pattern = _like(term)
        fields = [f"a.{name} LIKE ? ESCAPE '\\'" for name in _ARTICLE_FIELDS]
        fields.append(
            "EXISTS (SELECT 1 FROM article_bodies b WHERE b.article_id = a.id "
            "AND b.body LIKE ? ESCAPE '\\')"
        )
        fields.append(
            "EXISTS (SELECT 1 FROM captions c WHERE c.article_id = a.id "
            "AND c.deleted_at IS NULL AND c.text LIKE ? ESCAPE '\\')"
        )
        fields.append(
            "EXISTS (SELECT 1 FROM credits cr JOIN people p ON p.id = cr.person_id "
            "WHERE cr.article_id = a.id AND p.name LIKE ? ESCAPE '\\')"
        )
        clauses.append("(" + " OR ".join(fields) + ")")
        params.extend([pattern] * len(fields))
    return " AND ".join(clauses) or "1", params


def _all_like(columns: list[str], query: str) -> tuple[str, list]:
    clauses, params = [], []
    for term in terms(query):
        clauses.append(
            "(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")"
        )
        params.extend([_like(term)] * len(columns))
    return " AND ".join(clauses) or "1", params


def snippet(text: str, query: str) -> str:
    """A short excerpt of ``text`` around the first term of ``query`` found in it."""
    for term in terms(query):
        at = text.find(term)
        if at >= 0:
            start = max(0, at - _SNIPPET_RADIUS)
            end = min(len(text), at + len(term) + _SNIPPET_RADIUS)
            return (
                ("…" if start else "")
                + text[start:end]
                + ("…" if end < len(text) else "")
            )
    return text[: 2 * _SNIPPET_RADIUS]


def search(
    db: Database, query: str, *, limit: int = 50, order: str = "date"
) -> SearchResult:
    """Articles, captions and notes containing every term of ``query``.

    ``order`` is ``date`` (newest first) or ``rank`` (title hits first).
    """
    if not terms(query):
        return SearchResult(query=query, total=0)
    hits = (
        _article_hits(db, query, order)
        + _caption_hits(db, query)
        + _note_hits(db, query)
    )
    if order == "date":
        hits.sort(key=lambda h: (h.date or "", h.id), reverse=True)
    return SearchResult(query=query, total=len(hits), hits=hits[:limit])


def _article_hits(db: Database, query: str, order: str) -> list[SearchHit]:
    sql, params = text_condition(query)
    in_title, title_params = _all_like(["a.title"], query)
    newest = "a.date DESC, a.id DESC"
    rows = db.execute(
        f"""SELECT a.id, a.title, a.date, a.city, p.name, b.body,
               ({in_title}) AS in_title
        FROM articles a LEFT JOIN publications p ON p.id = a.publication_id
        LEFT JOIN article_bodies b ON b.article_id = a.id
        WHERE a.deleted_at IS NULL AND {sql}
        ORDER BY {"in_title DESC, " if order == "rank" else ""}{newest}""",
        title_params + params,
    ).fetchall()
    return [
        SearchHit(
            id=r[0],
            kind="article",
            title=r[1],
            date=r[2],
            city=r[3],
            publication=r[4],
            snippet=snippet(r[5] or r[1], query),
        )
        for r in rows
    ]


def _caption_hits(db: Database, query: str) -> list[SearchHit]:
    sql, params = _all_like(["c.text", "c.label"], query)
    rows = db.execute(
        f"""SELECT c.id, c.label, c.text, coalesce(a.date, c.date),
               coalesce(c.city, a.city), p.name, c.article_id
        FROM captions c LEFT JOIN articles a ON a.id = c.article_id
        LEFT JOIN publications p ON p.id = a.publication_id
        WHERE c.deleted_at IS NULL AND {sql}""",
        params,
    ).fetchall()
    return [
        SearchHit(
            id=r[0],
            kind="caption",
            title=r[1] or r[2][:30],
            date=r[3],
            city=r[4],
            publication=r[5],
            snippet=snippet(r[2], query),
            article_id=r[6],
        )
        for r in rows
    ]


def _note_hits(db: Database, query: str) -> list[SearchHit]:
    sql, params = _all_like(["n.body"], query)
    rows = db.execute(
        f"""SELECT n.id, n.body, a.date, coalesce(a.city, n.city), p.name, n.article_id
        FROM notes n LEFT JOIN articles a ON a.id = n.article_id
        LEFT JOIN publications p ON p.id = a.publication_id
        WHERE n.deleted_at IS NULL AND {sql}""",
        params,
    ).fetchall()
    return [
        SearchHit(
            id=r[0],
            kind="note",
            title=r[1].splitlines()[0][:40],
            date=r[2],
            city=r[3],
            publication=r[4],
            snippet=snippet(r[1], query),
            article_id=r[5],
        )
        for r in rows
    ]
