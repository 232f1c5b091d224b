"""Tagged passages of an article's text: where they stand, in code points of
a field (the body, whose paragraphs are separated by one blank line), and
the text they quote, so that an edit of the text moves them with their
words; a passage whose words are gone is marked ``lost``, never moved
elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import RecordNotFound
from ..models import Changes
from ..store.database import inserted_id
from .commands import ORIGINS, stored_path, tag_id_for
from .names import TagError, normalise

FIELDS = ("body", "title", "summary")


@dataclass(frozen=True)
class Passage:
    """A tagged stretch of an article's ``field``; ``start``/``end`` in code
    points; ``found`` False when its quote is no longer in the text."""

    id: int
    article_id: int
    tag_id: int
    tag: str  # the tag's full path
    color: str | None
    field: str
    start: int
    end: int
    quote: str
    found: bool
    origin: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "tag": self.tag,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "found": self.found,
        }


def field_text(db: Database, article_id: int, field: str) -> str:
    """The text of an article's ``field`` (the body, title or summary)."""
    if field not in FIELDS:
        raise TagError(f"a passage is in one of {', '.join(FIELDS)}", reason="field")
    if field == "body":
        row = db.execute(
            "SELECT b.body FROM articles a LEFT JOIN article_bodies b "
            "ON b.article_id = a.id WHERE a.id = ? AND a.deleted_at IS NULL",
            [article_id],
        ).fetchone()
    else:
        row = db.execute(
            f"SELECT {field} FROM articles WHERE id = ? AND deleted_at IS NULL",
            [article_id],
        ).fetchone()
    if row is None:
        raise RecordNotFound(f"no article {article_id}")
    return row[0] or ""


def locate(text: str, quote: str, near: int = 0) -> int | None:
    """Where ``quote`` stands in ``text``: the occurrence nearest ``near``."""
    if not quote:
        return None
    found = []
    at = text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    if not found:
        return None
    return min(found, key=lambda i: (abs(i - near), i))


class TagPassage(Command):
    """Tag the passage ``start``–``end`` (code points) of an article's
    ``field`` with ``path``; or, given only ``quote``, the first place the
    text says it."""

    label = "Tag passage"

    def __init__(
        self,
        article_id: int,
        path: str,
        *,
        start: int | None = None,
        end: int | None = None,
        quote: str | None = None,
        field: str = "body",
        origin: str = "hand",
    ) -> None:
        self.article_id = article_id
        self.path = normalise(path)
        self.start, self.end, self.quote = start, end, quote
        self.field = field
        if origin not in ORIGINS:
            raise ValueError(f"origin is one of {ORIGINS}")
        self.origin = origin
        self.tagging_id: int | None = None
        if start is None and not (quote or "").strip():
            raise TagError("a passage needs a quote or a position", reason="no_quote")

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        text = field_text(db, self.article_id, self.field)
        start, end = self.start, self.end
        if start is None or end is None:
            quote = (self.quote or "").strip()
            at = locate(text, quote)
            if at is None:
                raise TagError(
                    f"the article's text does not say “{quote[:40]}”",
                    reason="quote_missing",
                    name=quote[:40],
                )
            start, end = at, at + len(quote)
        if not 0 <= start < end <= len(text) or not text[start:end].strip():
            raise TagError("the passage is empty or outside the text", reason="range")
        tag = tag_id_for(db, self.path, create=True, ctx=ctx)
        assert tag is not None
        self.path = stored_path(db, tag)
        self.start, self.end, self.quote = start, end, text[start:end]
        cursor = db.execute(
            'INSERT INTO taggings (tag_id, article_id, field, start, "end", quote, '
            "origin, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                tag,
                self.article_id,
                self.field,
                start,
                end,
                self.quote,
                self.origin,
                ctx.at,
                ctx.editor,
            ],
        )
        self.tagging_id = inserted_id(cursor)
        return Changes(tagged=frozenset({self.article_id}), tags=True)

    def detail(self) -> str:
        return f"{self.path}: article {self.article_id} “{(self.quote or '')[:30]}”"


class UntagPassage(Command):
    """Take a tagged passage (a tagging id) away."""

    label = "Remove passage"

    def __init__(self, tagging_id: int) -> None:
        self.tagging_id = tagging_id

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        row = db.execute(
            "SELECT article_id FROM taggings WHERE id = ? AND start IS NOT NULL",
            [self.tagging_id],
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"no passage {self.tagging_id}")
        db.execute("DELETE FROM taggings WHERE id = ?", [self.tagging_id])
        return Changes(tagged=frozenset({row[0]}), tags=True)

    def detail(self) -> str:
        return f"passage {self.tagging_id}"


_PASSAGES = """SELECT g.id, g.article_id, g.tag_id, t.color, coalesce(g.field, 'body'),
    g.start, g."end", coalesce(g.quote, ''), g.lost, g.origin
FROM taggings g JOIN tags t ON t.id = g.tag_id
WHERE g.article_id = ? AND g.start IS NOT NULL AND t.deleted_at IS NULL
ORDER BY g.start, g."end", g.id"""


def passages(db: Database, article_id: int) -> list[Passage]:
    """The article's tagged passages, in the order of the text."""
    found = []
    for row in db.execute(_PASSAGES, [article_id]).fetchall():
        tagging, article, tag, color, field, start, end, quote, lost, origin = row
        found.append(
            Passage(
                tagging,
                article,
                tag,
                stored_path(db, tag),
                color,
                field,
                start,
                end,
                quote,
                not lost,
                origin,
            )
        )
    return found


def reanchor(db: Database, article_id: int) -> None:
    """Move the article's passages to where their quotes now stand in its
    edited text (the nearest occurrence to where they were); mark those whose
    quote is gone as lost, leaving their position as it was. Called inside
    the edit's transaction, so that its undo puts them back."""
    rows = db.execute(
        "SELECT id, coalesce(field, 'body'), start, \"end\", quote, lost "
        "FROM taggings WHERE article_id = ? AND start IS NOT NULL",
        [article_id],
    ).fetchall()
    texts: dict[str, str] = {}
    for tagging, field, start, end, stored, lost in rows:
        if field not in texts:
            try:
                texts[field] = field_text(db, article_id, field)
            except (RecordNotFound, TagError):
                texts[field] = ""
        text = texts[field]
        quote = stored or ""
        if quote and text[start:end] == quote:
            if lost:
                db.execute("UPDATE taggings SET lost = 0 WHERE id = ?", [tagging])
            continue
        at = locate(text, quote, start) if quote else None
        if at is None:
            if not lost:
                db.execute("UPDATE taggings SET lost = 1 WHERE id = ?", [tagging])
            continue
        db.execute(
            'UPDATE taggings SET start = ?, "end" = ?, lost = 0 WHERE id = ?',
            [at, at + len(quote), tagging],
        )
