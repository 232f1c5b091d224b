"""Figures read from the articles' text (schema step m011_figures): what the
extractor found, stored at import and on every edit of the text, and what
editors made of it, tied to the sentence so that it outlives re-extraction."""

TABLES = """
-- One figure an article reports (archive.compare.Figure), for live articles only.
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date TEXT,                   -- the article's date, for "latest" and citations
    indicator TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('total', 'added', 'change', 'rank', 'share')),
    value REAL NOT NULL,         -- as printed, in unit
    unit TEXT NOT NULL,
    normalised REAL NOT NULL,    -- in base_unit
    base_unit TEXT NOT NULL,
    earlier REAL,                -- 由21家增至301家: 21
    is_level INTEGER NOT NULL,   -- states the level (a total, a change from…to)
    qualifiers TEXT NOT NULL DEFAULT '',  -- space-separated: 约 超过 同比
    year INTEGER,
    place TEXT,                  -- as named: 焦作, 修武县, 焦作高新区, 全省
    city TEXT,
    county TEXT,
    level TEXT NOT NULL CHECK (level IN ('city', 'county', 'other')),
    scope TEXT,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    named_as TEXT NOT NULL,
    key TEXT NOT NULL            -- the sentence's figure, as curation knows it
);
CREATE INDEX figures_by_article ON figures(article_id);
-- the figures table's cells: a place's levels of an indicator by year, each
-- year's values grouped and its newest report found from the index alone
CREATE INDEX figures_levels_by_city
    ON figures(city, level, indicator, year, normalised, date, key) WHERE is_level = 1;
CREATE INDEX figures_levels_by_county
    ON figures(county, level, indicator, year, normalised, date, key)
    WHERE is_level = 1 AND county IS NOT NULL;
CREATE INDEX figures_by_indicator ON figures(indicator, city, year);
-- The text each article's figures were read from (a CRC of it), so that an
-- edit that leaves the text alone reads nothing again.
CREATE TABLE figure_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    digest INTEGER NOT NULL
);
-- What an editor said about a figure: confirmed, rejected or corrected. Keyed
-- by the indicator, the sentence and the figure's phrase in it, not by a row
-- id: the same sentence read again, imported again, finds it.
CREATE TABLE figure_curations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'corrected')),
    value REAL,                  -- a correction, in unit
    unit TEXT,
    normalised REAL,             -- the correction in the figure's base unit
    indicator TEXT NOT NULL,
    sentence TEXT NOT NULL,
    phrase TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
)
"""
