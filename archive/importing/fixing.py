"""What the review fixes read and write of an article: its paragraphs, its
captions, and the stretches of its source page it was read from."""

from __future__ import annotations

import json

from sqlite_utils import Database

from ..commands import WriteContext
from ..errors import RecordNotFound
from ..tags.passages import reanchor
from ..text import word_count
from .layout import pieces_of, source_text


def select_in(db: Database, sql: str, ids: set[int]) -> list[tuple]:
    if not ids:
        return []
    return db.execute(f"{sql} ({','.join('?' * len(ids))})", list(ids)).fetchall()


def rows_of(db: Database, table: str, column: str, ids: set[int]) -> list[dict]:
    if not ids:
        return []
    cursor = db.execute(
        f"SELECT * FROM {table} WHERE {column} IN ({','.join('?' * len(ids))})",
        list(ids),
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def article_row(db: Database, article_id: int) -> dict:
    rows = rows_of(db, "articles", "id", {article_id})
    if not rows or rows[0]["deleted_at"] is not None:
        raise RecordNotFound(f"no article {article_id}")
    return rows[0]


def paragraphs_of(db: Database, article_id: int) -> list[str]:
    row = db.execute(
        "SELECT body FROM article_bodies WHERE article_id = ?", [article_id]
    ).fetchone()
    return [p for p in (row[0] if row else "").split("\n\n") if p.strip()]


def set_body(
    db: Database, ctx: WriteContext, article_id: int, paragraphs: list[str]
) -> None:
    body = "\n\n".join(paragraphs)
    db.execute(
        "INSERT OR REPLACE INTO article_bodies (article_id, body) VALUES (?, ?)",
        [article_id, body],
    )
    reanchor(db, article_id)  # tagged passages follow their words
    title, subtitle, summary = db.execute(
        "SELECT title, subtitle, summary FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    db.execute(
        "UPDATE articles SET word_count = ?, updated_at = ?, updated_by = ? "
        "WHERE id = ?",
        [word_count(title, subtitle, summary, body), ctx.at, ctx.editor, article_id],
    )


def row_pieces(row: dict) -> list[tuple[int, int]]:
    """The stretches of its source a record's row says it came from."""
    if row["source_start"] is None:
        return []
    return pieces_of([row["source_start"], row["source_end"]], row["source_pieces"])


def set_pieces(db: Database, article_id: int, pieces: list[tuple[int, int]]) -> None:
    """Give an article these stretches of its source (overlaps joined)."""
    joined: list[list[int]] = []
    for start, end in sorted(pieces):
        if joined and start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    db.execute(
        "UPDATE articles SET source_start = ?, source_end = ?, source_pieces = ? "
        "WHERE id = ?",
        [
            joined[0][0] if joined else None,
            joined[-1][1] if joined else None,
            json.dumps(joined) if len(joined) > 1 else None,
            article_id,
        ],
    )


def cut_pieces(
    pieces: list[tuple[int, int]], *, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """The parts of ``pieces`` between ``start`` and ``end``."""
    end = max((e for _, e in pieces), default=0) if end is None else end
    return [(max(s, start), min(e, end)) for s, e in pieces if s < end and e > start]


def source_position(db: Database, row: dict, paragraph: str) -> int | None:
    """Where ``paragraph`` (its opening words) stands in the article's source,
    within the stretches the article came from; None if it cannot be found."""
    pieces = row_pieces(row)
    if not pieces:
        return None
    text = source_text(db, row["source_id"])
    opening = paragraph.strip()[:12]
    for start, end in pieces:
        at = text.find(opening, start, end)
        if at >= 0:
            return at
    return None


def captions_of(db: Database, article_id: int) -> list[int]:
    return [
        i
        for (i,) in db.execute(
            "SELECT id FROM captions WHERE article_id = ? AND deleted_at IS NULL "
            "ORDER BY position, id",
            [article_id],
        )
    ]
