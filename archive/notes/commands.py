"""Writing notes: adding, saving (with earlier versions kept), trashing,
restoring. Each is a command of the write path; the journal captures the rows
for undo, and consecutive saves of one note by one editor are one step."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import InvalidInput, RecordNotFound
from ..models import Changes, Doc
from ..store.database import inserted_id
from ..text import new_uuid
from .links import store_links
from .targets import NoteTarget, resolve

# A pause in editing this long keeps the text before it as a version.
VERSION_PAUSE = timedelta(minutes=10)
# Saves of one note by one editor this close together are one undo step.
SAVES_MERGE = 600


def _text(body: str) -> str:
    if not body.strip():
        raise InvalidInput("a note needs some text; an empty note is not saved")
    return body


class AddNote(Command):
    """Add a Markdown note about ``target`` (NoteTarget() is the journal)."""

    label = "Add note"

    def __init__(self, target: NoteTarget, body: str) -> None:
        self.target = target
        self.body = _text(body)
        self.note_id: int | None = None
        self.uuid = new_uuid()

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        columns = resolve(db, self.target) | {
            "uuid": self.uuid,
            "body": self.body,
            "created_at": ctx.at,
            "created_by": ctx.editor,
            "updated_at": ctx.at,
            "updated_by": ctx.editor,
        }
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        self.note_id = inserted_id(
            db.execute(
                f"INSERT INTO notes ({names}) VALUES ({marks})", list(columns.values())
            )
        )
        store_links(db, self.note_id, self.body)
        return note_changes(db, self.note_id)

    def detail(self) -> str:
        return f"note {self.note_id} on {self.target.kind}"

    def documents(self, db: Database) -> set[Doc]:
        return {Doc("n", self.note_id)} if self.note_id else set()


class SaveNote(Command):
    """Save a new text of a note.

    ``base`` is the note's version the editor started from: if another window
    or process saved since, their text is kept as a version before this one
    replaces it, so nothing is lost. The text before a pause in editing (or
    another editor's) is kept as a version too. A note trashed meanwhile (its
    article went to the trash elsewhere) keeps the new text, in the trash.
    """

    label = "Edit note"
    merge_within = SAVES_MERGE

    def __init__(self, note_id: int, body: str, *, base: int | None = None) -> None:
        self.note_id = note_id
        self.body = _text(body)
        self.base = base
        self.saved_version: int | None = None

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        row = db.execute(
            "SELECT body, version, updated_at, updated_by FROM notes WHERE id = ?",
            [self.note_id],
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"no note {self.note_id}")
        body, version, updated_at, updated_by = row
        if body == self.body:
            self.saved_version = version
            return Changes()
        if (
            (self.base is not None and self.base != version)
            or updated_by != ctx.editor
            or _age(updated_at, ctx.at) >= VERSION_PAUSE
        ):
            db.execute(
                "INSERT INTO note_versions (note_id, version, body, saved_at, "
                "saved_by) VALUES (?, ?, ?, ?, ?)",
                [self.note_id, version, body, updated_at, updated_by],
            )
        self.saved_version = version + 1
        db.execute(
            "UPDATE notes SET body = ?, version = ?, updated_at = ?, updated_by = ? "
            "WHERE id = ?",
            [self.body, self.saved_version, ctx.at, ctx.editor, self.note_id],
        )
        store_links(db, self.note_id, self.body)
        return note_changes(db, self.note_id)

    def detail(self) -> str:
        return f"note {self.note_id}"

    def documents(self, db: Database) -> set[Doc]:
        return {Doc("n", self.note_id)}


class RestoreNoteVersion(SaveNote):
    """Make an earlier version of a note its text again (the current text is
    kept as a version)."""

    label = "Restore note version"
    merge_within = 0

    def __init__(self, note_id: int, version: int, body: str) -> None:
        super().__init__(note_id, body)
        self.version = version

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        row = db.execute(
            "SELECT body FROM note_versions WHERE note_id = ? AND version = ?",
            [self.note_id, self.version],
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"note {self.note_id} has no version {self.version}")
        self.body, self.base = row[0], -1  # the current text becomes a version
        return super().do(db, ctx)


class TrashNotes(Command):
    """Move notes to the trash (or, with ``restore``, take them out of it)."""

    label = "Delete note"

    def __init__(self, note_ids: list[int], *, restore: bool = False) -> None:
        self.note_ids = list(note_ids)
        self.restore = restore
        if restore:
            self.label = "Restore note"

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        changes = Changes()
        for note in self.note_ids:
            values = (
                [None, None, None] if self.restore else [ctx.at, ctx.editor, "deleted"]
            )
            found = db.execute(
                "UPDATE notes SET deleted_at = ?, deleted_by = ?, deleted_reason = ? "
                "WHERE id = ?",
                [*values, note],
            )
            if found.rowcount == 0:
                raise RecordNotFound(f"no note {note}")
            changes = changes | note_changes(db, note)
        return changes

    def detail(self) -> str:
        return f"notes {self.note_ids}"

    def documents(self, db: Database) -> set[Doc]:
        return {Doc("n", i) for i in self.note_ids}


def note_changes(db: Database, note_id: int) -> Changes:
    """What writing note ``note_id`` changed: the note, and what it is on."""
    row = db.execute(
        "SELECT article_id, caption_id FROM notes WHERE id = ?", [note_id]
    ).fetchone()
    articles = frozenset([row[0]]) if row and row[0] else frozenset()
    captions = frozenset([row[1]]) if row and row[1] else frozenset()
    return Changes(
        articles=articles, captions=captions, note_ids=frozenset([note_id]), notes=True
    )


def _age(saved_at: str, now: str) -> timedelta:
    try:
        return datetime.fromisoformat(now) - datetime.fromisoformat(saved_at)
    except ValueError:
        return VERSION_PAUSE
