"""The archive's first schema (schema step m001_initial): publications,
sources kept verbatim, articles, captions, people and their credits, tags,
notes, leftovers, the edit log and settings; later steps add to it."""

TABLES = """
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
