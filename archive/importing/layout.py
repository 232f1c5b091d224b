"""An imported source page and where each of its records stands in it."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field

from sqlite_utils import Database

from ..errors import RecordNotFound


@dataclass(frozen=True)
class SourceInfo:
    id: int
    path: str
    encoding: str | None
    imported_at: str
    articles: int
    captions: int
    leftovers: int


@dataclass(frozen=True)
class Span:
    """A record's place in its source: kind is article, caption or leftover."""

    kind: str
    id: int
    start: int
    end: int
    label: str
    article_id: int | None = None


@dataclass
class SourceLayout:
    source: SourceInfo
    text: str
    spans: list[Span] = field(default_factory=list)


_SOURCE_INFO = """SELECT s.id, s.path, s.encoding, s.imported_at,
    (SELECT count(*) FROM articles a WHERE a.source_id = s.id AND a.deleted_at IS NULL),
    (SELECT count(*) FROM captions c WHERE c.source_id = s.id AND c.deleted_at IS NULL),
    (SELECT count(*) FROM leftovers l
     WHERE l.source_id = s.id AND l.resolved_at IS NULL)
FROM sources s"""


def sources(db: Database, *, limit: int = 500) -> list[SourceInfo]:
    """Imported sources, newest first, with how many records each made."""
    rows = db.execute(f"{_SOURCE_INFO} ORDER BY s.id DESC LIMIT ?", [limit])
    return [SourceInfo(*row) for row in rows]


def source_text(db: Database, source_id: int) -> str:
    """The text a source's records' spans index into."""
    row = db.execute(
        "SELECT text, content, encoding FROM sources WHERE id = ?", [source_id]
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"no source {source_id}")
    if row[0]:
        return zlib.decompress(row[0]).decode("utf-8")
    return zlib.decompress(row[1]).decode(row[2] or "utf-8", errors="replace")


def pieces_of(extent: list[int], pieces: str | None) -> list[tuple[int, int]]:
    """A record's stretches of its source: its pieces, or its whole extent."""
    if pieces:
        return [(start, end) for start, end in json.loads(pieces)]
    return [(extent[0], extent[1])]


def layout(db: Database, source_id: int) -> SourceLayout:
    """A source's text with the spans of the records made from it."""
    row = db.execute(f"{_SOURCE_INFO} WHERE s.id = ?", [source_id]).fetchone()
    info = SourceInfo(*row) if row else None
    if info is None:
        raise RecordNotFound(f"no source {source_id}")
    text = source_text(db, source_id)
    spans = [
        Span("article", record, start, end, label)
        for record, *extent, pieces, label, _ in db.execute(
            """SELECT id, source_start, source_end, source_pieces, title, NULL
        FROM articles WHERE source_id = ? AND deleted_at IS NULL
        AND source_start IS NOT NULL""",
            [source_id],
        )
        for start, end in pieces_of(extent, pieces)
    ]
    spans += [
        Span("caption", record, start, end, label, article_id)
        for record, *extent, pieces, label, article_id in db.execute(
            """SELECT id, source_start, source_end, source_pieces,
            coalesce(label, '') || text, article_id
        FROM captions WHERE source_id = ? AND deleted_at IS NULL
        AND source_start IS NOT NULL""",
            [source_id],
        )
        for start, end in pieces_of(extent, pieces)
    ]
    spans += [
        Span("leftover", *r)
        for r in db.execute(
            """SELECT id, start, "end", text, NULL FROM leftovers
        WHERE source_id = ? AND resolved_at IS NULL ORDER BY start""",
            [source_id],
        )
    ]
    spans.sort(key=lambda s: (s.start, s.kind != "article"))
    return SourceLayout(info, text, spans)
