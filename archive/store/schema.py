"""The archive's schema, as forward migrations applied when a file is opened.

Each migration is one function; ``PRAGMA user_version`` holds how many have run,
so a file written by a newer Clipfile (a higher number) is refused, not damaged.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable

from sqlite_utils import Database, Migrations

from ..text import CAPTION_KINDS, caption_kind, name_key
from . import schema_compare, schema_figures, schema_initial, schema_notes

MIGRATIONS = Migrations("clipfile")
# Who hears how a long step goes (done, total): set by :func:`migrate`.
_PROGRESS: contextvars.ContextVar[Callable[[int, int], None] | None] = (
    contextvars.ContextVar("migration_progress", default=None)
)


def m001_initial(db: Database) -> None:
    """Publications, sources, articles, captions, people, tags, notes, leftovers."""
    _run_script(db, schema_initial.TABLES)


def _run_script(db: Database, script: str) -> None:
    """Run a multi-statement script inside the caller's transaction.

    ``executescript`` would commit first; the migration must stay atomic.
    """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def m002_import_details(db: Database) -> None:
    """What imports keep besides the fields: the text spans index, review notes."""
    _run_script(
        db,
        """
        ALTER TABLE sources ADD COLUMN text BLOB;          -- zlib: the decoded text
        ALTER TABLE sources ADD COLUMN text_sha256 TEXT;   -- same text, other encoding
        ALTER TABLE articles ADD COLUMN import_notes TEXT; -- JSON: joins, made-up title
        ALTER TABLE captions ADD COLUMN section TEXT;
        ALTER TABLE credits ADD COLUMN title TEXT;         -- as printed: 全媒体记者
        CREATE INDEX sources_by_path ON sources(path);
        CREATE INDEX sources_by_text ON sources(text_sha256);
    """,
    )


def m003_search_index(db: Database) -> None:
    """The full-text index (archive/search/index.py); an archive with records gets it
    marked out of step, to be rebuilt with progress rather than inside the open."""
    _run_script(
        db,
        """
        CREATE TABLE search_docs (
            rowid INTEGER PRIMARY KEY,   -- day << 40 | kind << 38 | record id
            kind TEXT NOT NULL CHECK (kind IN ('a', 'c', 'n')),
            record_id INTEGER NOT NULL,
            digest BLOB NOT NULL
        );
        CREATE UNIQUE INDEX search_docs_by_record ON search_docs(kind, record_id);
        CREATE VIRTUAL TABLE search_fts USING fts5(
            title, text, content='', tokenize='ascii', columnsize=0
        );
    """,
    )
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) "
            "VALUES ('search_index_stale', '1')"
        )


def m004_saved_searches(db: Database) -> None:
    """Searches an editor keeps by name, usable as saved:名字."""
    _run_script(
        db,
        """
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT
        );
    """,
    )


def m005_source_pieces(db: Database) -> None:
    """Where a record's text stands in its source, piece by piece, when it is not
    one stretch (a caption printed inside an article, a headline far from its
    body): JSON [[start, end], …]; source_start/end stay the whole extent."""
    _run_script(
        db,
        """
        ALTER TABLE articles ADD COLUMN source_pieces TEXT;
        ALTER TABLE captions ADD COLUMN source_pieces TEXT;
    """,
    )


def m006_headline_index(db: Database) -> None:
    """Article headlines indexed alone (archive/search/index.py), for relevance order;
    an archive with records gets its index rebuilt, with progress."""
    _run_script(
        db,
        """
        CREATE VIRTUAL TABLE search_titles USING fts5(
            title, content='', tokenize='ascii'
        );
    """,
    )
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) "
            "VALUES ('search_index_stale', '1')"
        )


# Marks the file as a Clipfile archive ("CLIP"): an SQLite file without it is
# another program's, even an empty one, and is never taken over.
APPLICATION_ID = 0x434C4950
# Archives written before step 7 carry no mark; they are known by their tables.
_UNMARKED_UP_TO = 6
_OWN_TABLES = {"articles", "sources", "edits", "_sqlite_migrations"}


def m007_application_id(db: Database) -> None:
    """The file says it is a Clipfile archive (``PRAGMA application_id``)."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def m008_edit_history(db: Database) -> None:
    """The edit history kept in the file (archive/journal.py): what each edit
    changed, whether it can be undone and is, and the rows it changed, before
    and after, for undo and redo from any process."""
    _run_script(
        db,
        """
        ALTER TABLE edits ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit';
        ALTER TABLE edits ADD COLUMN changes TEXT;      -- JSON: archive.models.Changes
        ALTER TABLE edits ADD COLUMN records INTEGER;
        ALTER TABLE edits ADD COLUMN undoable INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE edits ADD COLUMN state TEXT NOT NULL DEFAULT 'done'; -- or undone
        ALTER TABLE edits ADD COLUMN undone_at TEXT;
        ALTER TABLE edits ADD COLUMN undone_by TEXT;
        ALTER TABLE edits ADD COLUMN undo_order INTEGER;
        CREATE INDEX edits_for_undo ON edits(undoable, state, id);
        CREATE INDEX edits_for_redo ON edits(state, undo_order) WHERE state = 'undone';
        CREATE INDEX edits_by_editor ON edits(editor, id);
        CREATE TABLE edit_rows (
            id INTEGER PRIMARY KEY,
            edit_id INTEGER NOT NULL REFERENCES edits(id),
            tbl TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            before TEXT,                -- JSON of the row before (NULL: inserted)
            after TEXT                  -- JSON of the row after (NULL: deleted)
        );
        CREATE INDEX edit_rows_by_edit ON edit_rows(edit_id, id);
        UPDATE edits SET kind = 'import' WHERE action = 'Import';
    """,
    )


def m009_tags(db: Database) -> None:
    """The tag tree as editors keep it (archive/tags/): each name's folded
    ``key`` (width and case: 人才 and ＡＩ are ai's), a description, who
    deleted a tag; each tagging's ``origin`` (by hand, an accepted suggestion,
    an import) and, for a passage, its ``quote`` and whether it was ``lost``
    (its quote no longer found in the edited text)."""
    _run_script(
        db,
        """
        ALTER TABLE tags ADD COLUMN key TEXT;
        ALTER TABLE tags ADD COLUMN description TEXT;
        ALTER TABLE tags ADD COLUMN deleted_by TEXT;
        ALTER TABLE taggings ADD COLUMN origin TEXT NOT NULL DEFAULT 'hand'
            CHECK (origin IN ('hand', 'suggestion', 'import'));
        ALTER TABLE taggings ADD COLUMN quote TEXT;
        ALTER TABLE taggings ADD COLUMN lost INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX tags_by_key ON tags(coalesce(parent_id, 0), key)
            WHERE deleted_at IS NULL;
        CREATE INDEX taggings_by_origin ON taggings(origin, tag_id)
    """,
    )
    for tag_id, name in db.execute("SELECT id, name FROM tags").fetchall():
        db.execute("UPDATE tags SET key = ? WHERE id = ?", [name_key(name), tag_id])


_PICTURES_V10 = """
-- A picture file in the media folder (named by its content hash), with what
-- its own metadata said: a caption shows it by naming the file (image_path).
CREATE TABLE pictures (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL UNIQUE,   -- relative to the media folder: ab/abcdef….jpg
    format TEXT,
    width INTEGER,
    height INTEGER,
    bytes INTEGER,
    original_name TEXT,
    metadata TEXT,               -- JSON: the EXIF/IPTC fields read from the file
    added_at TEXT NOT NULL,
    added_by TEXT
);
CREATE INDEX captions_by_image ON captions(image_path) WHERE image_path IS NOT NULL;
CREATE INDEX captions_by_date ON captions(date, id) WHERE deleted_at IS NULL;
-- Spellings of a person merged into another (张 蕊 into 张蕊): the old name
-- still finds the person's page.
CREATE TABLE person_aliases (
    name TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id)
);
CREATE INDEX person_aliases_by_person ON person_aliases(person_id)
"""


def m010_pictures(db: Database) -> None:
    """Pictures of captions kept in the media folder, and spellings of people
    merged into one person."""
    _run_script(db, _PICTURES_V10)


def m011_figures(db: Database) -> None:
    """Figures read from the text, with editors' curation
    (archive/store/schema_figures.py); an archive with articles gets them
    marked to be read, with progress rather than inside the open."""
    _run_script(db, schema_figures.TABLES)
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('figures_stale', '1')"
        )


def m012_notes(db: Database) -> None:
    """Notes on anything (passages, counties, saved searches, free-standing),
    with their earlier versions and the records they link to."""
    _run_script(db, schema_notes.TABLES)


def m013_compare(db: Database) -> None:
    """Comparison sets: places compared side by side, kept under a name
    (archive/store/schema_compare.py)."""
    _run_script(db, schema_compare.TABLES)


_KIND_STEP = 20_000  # captions a statement: progress a few times a second


def m014_caption_kinds(db: Database) -> None:
    """Each caption's kind (news photo, 资料图, supplied) stored with it, as
    imports and edits now write it: derived from the text at every read, it
    cost 2-2.7 s of CPU to read 200,000 captions. Only the captions that are
    not news photos are written, a range of ids at a time, with progress."""
    kinds = ", ".join(f"'{kind}'" for kind in CAPTION_KINDS)
    db.execute(
        "ALTER TABLE captions ADD COLUMN kind TEXT NOT NULL DEFAULT 'news' "
        f"CHECK (kind IN ({kinds}))"
    )
    low, high = db.execute("SELECT min(id), max(id) FROM captions").fetchone()
    if low is None:
        return
    db.conn.create_function("caption_kind", 3, caption_kind, deterministic=True)
    report = _PROGRESS.get()
    total = high - low + 1
    for start in range(low, high + 1, _KIND_STEP):
        db.execute(
            "UPDATE captions SET kind = caption_kind(label, text, credit) "
            "WHERE id >= ? AND id < ? AND caption_kind(label, text, credit) <> ?",
            [start, start + _KIND_STEP, CAPTION_KINDS[0]],
        )
        if report is not None:
            report(min(start + _KIND_STEP, high + 1) - low, total)
    db.conn.create_function("caption_kind", 3, None)


def long_work(db: Database, version: int) -> int:
    """How many rows the long steps after ``version`` go through, each about
    as long as a page of the copy made before them (step 14: a caption's
    kind, 22 us of CPU a caption at 200,000; the copy about 25 us a page):
    the share of one progress bar across the copy and the upgrade."""
    if not 0 < version < 14:  # a new file has no rows; step 14 has run
        return 0
    low, high = db.execute("SELECT min(id), max(id) FROM captions").fetchone()
    return 0 if low is None else high - low + 1


def m015_credits_by_person_and_role(db: Database) -> None:
    """A person's credits with their roles in one index (a person's page
    reads them all: the role had to be looked up in the table for each)."""
    db.execute(
        "CREATE INDEX credits_by_person_role "
        "ON credits(person_id, article_id, caption_id, role)"
    )
    db.execute("DROP INDEX credits_by_person")


def is_ours(application_id: int, version: int, tables: set[str]) -> bool:
    """Whether an existing SQLite file is a Clipfile archive (of any version)."""
    if application_id == APPLICATION_ID:
        return True
    return (
        application_id == 0 and 0 < version <= _UNMARKED_UP_TO and tables >= _OWN_TABLES
    )


# Every schema step in order; a new one is appended, never inserted or changed.
STEPS = (
    m001_initial,
    m002_import_details,
    m003_search_index,
    m004_saved_searches,
    m005_source_pieces,
    m006_headline_index,
    m007_application_id,
    m008_edit_history,
    m009_tags,
    m010_pictures,
    m011_figures,
    m012_notes,
    m013_compare,
    m014_caption_kinds,
    m015_credits_by_person_and_role,
)
for _step in STEPS:
    MIGRATIONS()(_step)
SCHEMA_VERSION = len(STEPS)


def pending(db: Database) -> int:
    """How many migrations this file still needs."""
    return len(MIGRATIONS.pending(db))


def migrate(db: Database, progress: Callable[[int, int], None] | None = None) -> None:
    """Apply every pending migration, each in its own transaction;
    ``progress(done, total)`` hears how a long one goes (filling a column of
    every caption)."""
    token = _PROGRESS.set(progress)
    try:
        MIGRATIONS.apply(db)
    finally:
        _PROGRESS.reset(token)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
