"""The archive's schema, as forward migrations applied when a file is opened.

Each migration is one function; ``PRAGMA user_version`` holds how many have run,
so a file written by a newer Clipfile (a higher number) is refused, not damaged.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from . import schema_compare, schema_figures

MIGRATIONS = Migrations("clipfile")

_V1 = """
CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    city TEXT,
    kind TEXT NOT NULL DEFAULT 'newspaper'
        CHECK (kind IN ('newspaper', 'website', 'office'))
);

-- Every file a record came from, kept verbatim (zlib) so nothing is ever lost.
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    encoding TEXT,
    format TEXT,
    content BLOB NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    publication_id INTEGER REFERENCES publications(id),
    date TEXT,                 -- ISO 8601, possibly partial: 2022, 2022-06, 2022-06-17
    year INTEGER,
    city TEXT,
    county TEXT,
    section TEXT,              -- 版面名
    page TEXT,                 -- 版次
    kicker TEXT,               -- 引题
    title TEXT NOT NULL,
    subtitle TEXT,             -- 副题
    summary TEXT,              -- 核心提示
    dateline TEXT,
    word_count INTEGER NOT NULL DEFAULT 0,
    views INTEGER,
    source_id INTEGER REFERENCES sources(id),
    source_start INTEGER,
    source_end INTEGER,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT,           -- soft delete: the trash
    deleted_by TEXT,
    deleted_reason TEXT
);
CREATE INDEX articles_by_date ON articles(date, id) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_city ON articles(city, date, id) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_county ON articles(county) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_year ON articles(year) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_publication ON articles(publication_id)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_by_section ON articles(section) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_source ON articles(source_id);

-- Bodies apart from the article rows, so that listing and facet scans stay small.
CREATE TABLE article_bodies (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    body TEXT NOT NULL         -- paragraphs separated by one blank line
);

CREATE TABLE captions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    article_id INTEGER REFERENCES articles(id),
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT,                -- 图①, 资料图
    text TEXT NOT NULL,
    date TEXT,
    city TEXT,
    county TEXT,
    credit TEXT,               -- (本栏图片均由…提供)
    image_path TEXT,
    source_id INTEGER REFERENCES sources(id),
    source_start INTEGER,
    source_end INTEGER,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT,
    deleted_by TEXT,
    deleted_reason TEXT
);
CREATE INDEX captions_by_article ON captions(article_id, position);
CREATE INDEX captions_by_source ON captions(source_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- Who did what on a record: reporter, correspondent, photographer, editor, author.
CREATE TABLE credits (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN
        ('reporter', 'correspondent', 'photographer', 'editor', 'author')),
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    caption_id INTEGER REFERENCES captions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    CHECK ((article_id IS NULL) <> (caption_id IS NULL))
);
CREATE INDEX credits_by_person ON credits(person_id, article_id, caption_id);
CREATE INDEX credits_by_article ON credits(article_id, person_id);
CREATE INDEX credits_by_caption ON credits(caption_id, person_id);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES tags(id),
    name TEXT NOT NULL,
    color TEXT,                -- #rrggbb
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted_at TEXT
);
CREATE UNIQUE INDEX tags_by_parent_name ON tags(coalesce(parent_id, 0), name)
    WHERE deleted_at IS NULL;

-- A tag on a whole article or caption, or (with field/start/end) on a passage.
CREATE TABLE taggings (
    id INTEGER PRIMARY KEY,
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    caption_id INTEGER REFERENCES captions(id) ON DELETE CASCADE,
    field TEXT,
    start INTEGER,
    "end" INTEGER,
    created_at TEXT NOT NULL,
    created_by TEXT,
    CHECK ((article_id IS NULL) <> (caption_id IS NULL)),
    CHECK ((start IS NULL) = ("end" IS NULL))
);
CREATE UNIQUE INDEX taggings_whole
    ON taggings(tag_id, coalesce(article_id, 0), coalesce(caption_id, 0))
    WHERE start IS NULL;
CREATE INDEX taggings_by_tag ON taggings(tag_id);
CREATE INDEX taggings_by_article ON taggings(article_id);
CREATE INDEX taggings_by_caption ON taggings(caption_id);

-- Markdown notes on an article, a caption, a tag or a city.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    article_id INTEGER REFERENCES articles(id),
    caption_id INTEGER REFERENCES captions(id),
    tag_id INTEGER REFERENCES tags(id),
    city TEXT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT,
    CHECK ((article_id IS NOT NULL) + (caption_id IS NOT NULL)
           + (tag_id IS NOT NULL) + (city IS NOT NULL) = 1)
);
CREATE INDEX notes_by_article ON notes(article_id);
CREATE INDEX notes_by_caption ON notes(caption_id);
CREATE INDEX notes_by_tag ON notes(tag_id);
CREATE INDEX notes_by_city ON notes(city);

-- Source text the importer could not place, kept for the user to assign.
CREATE TABLE leftovers (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX leftovers_by_source ON leftovers(source_id);

-- Who changed what, when: one row per write.
CREATE TABLE edits (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    editor TEXT,
    action TEXT NOT NULL,
    detail TEXT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""


def m001_initial(db: Database) -> None:
    """Publications, sources, articles, captions, people, tags, notes, leftovers."""
    _run_script(db, _V1)


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


_NOTES_V12 = """
CREATE TABLE notes_v12 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    target TEXT NOT NULL CHECK (target IN ('article', 'caption', 'passage', 'city',
        'county', 'tag', 'search', 'journal', 'set', 'cell')),
    article_id INTEGER REFERENCES articles(id),   -- also a passage's or caption's
    caption_id INTEGER REFERENCES captions(id),
    tagging_id INTEGER,          -- a passage (the tagging may go: no key)
    tag_id INTEGER REFERENCES tags(id),  -- also a matrix cell's row
    subject TEXT,                -- a place's key, a saved search's or set's name
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT,
    deleted_by TEXT,
    deleted_reason TEXT,
    CHECK (CASE target
        WHEN 'article' THEN article_id IS NOT NULL
        WHEN 'caption' THEN caption_id IS NOT NULL
        WHEN 'passage' THEN tagging_id IS NOT NULL AND article_id IS NOT NULL
        WHEN 'tag' THEN tag_id IS NOT NULL
        WHEN 'cell' THEN tag_id IS NOT NULL AND subject IS NOT NULL
        WHEN 'journal' THEN 1
        ELSE subject IS NOT NULL END)
);
INSERT INTO notes_v12 (id, uuid, target, article_id, caption_id, tag_id, subject,
    body, created_at, created_by, updated_at, updated_by, deleted_at)
SELECT id, uuid,
    CASE WHEN article_id IS NOT NULL THEN 'article'
         WHEN caption_id IS NOT NULL THEN 'caption'
         WHEN tag_id IS NOT NULL THEN 'tag' ELSE 'city' END,
    article_id, caption_id, tag_id, city, body, created_at, created_by, updated_at,
    updated_by, deleted_at
FROM notes;
DROP TABLE notes;
ALTER TABLE notes_v12 RENAME TO notes;
CREATE INDEX notes_by_article ON notes(article_id);
CREATE INDEX notes_by_caption ON notes(caption_id);
CREATE INDEX notes_by_tag ON notes(tag_id);
CREATE INDEX notes_by_subject ON notes(target, subject);
CREATE INDEX notes_by_update ON notes(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX notes_by_author ON notes(created_by, updated_at);
-- the earlier texts of a note, kept at each pause in its editing
CREATE TABLE note_versions (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes(id),
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT
);
CREATE INDEX note_versions_by_note ON note_versions(note_id, version);
-- the records a note links to ([[article:12]]), for backlinks
CREATE TABLE note_links (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes(id),
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL
);
CREATE UNIQUE INDEX note_links_once ON note_links(note_id, kind, record_id);
CREATE INDEX note_links_by_record ON note_links(kind, record_id)
"""


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
    _run_script(db, _NOTES_V12)


def m013_compare(db: Database) -> None:
    """Comparison sets: places compared side by side, kept under a name
    (archive/store/schema_compare.py)."""
    _run_script(db, schema_compare.TABLES)


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
    m010_pictures,
    m011_figures,
    m012_notes,
    m013_compare,
)
for _step in STEPS:
    MIGRATIONS()(_step)
SCHEMA_VERSION = len(STEPS)


def pending(db: Database) -> int:
    """How many migrations this file still needs."""
    return len(MIGRATIONS.pending(db))


def migrate(db: Database) -> None:
    """Apply every pending migration, each in its own transaction."""
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
