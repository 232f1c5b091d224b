"""Comparison sets (schema step m013_compare): the places an editor compares,
in their order, with the query the columns share, kept under a name."""

TABLES = """
CREATE TABLE compare_sets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    places TEXT NOT NULL,            -- JSON list of place keys: ["焦作", "修武县"]
    query TEXT NOT NULL DEFAULT '',  -- the columns' shared filter, as typed
    mentions INTEGER NOT NULL DEFAULT 0,  -- also records that only mention a place
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
)
"""
