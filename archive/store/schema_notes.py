"""Notes on anything (schema step m012_notes): the notes table rebuilt with
what a note is about (an article, a caption, a passage, a place, a tag, a
saved search, a comparison or its matrix cell, or nothing), the earlier
versions of each note and the records it links to."""

TABLES = """
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
