"""``check``: is the archive file sound, and do its records hold together?

Two kinds of answer: the file is *damaged* (SQLite's own integrity check
fails, or text in it is not the UTF-8 Clipfile writes: bytes changed under
it), or its records are merely *inconsistent* with each other (a span, a
date, a missing body), which an edit or a rebuild mends. Everything is read
as a stream, so memory stays small at a million articles.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterator

from sqlite_utils import Database

from ..models import Problem
from . import schema

MOST = 20  # problems listed of one kind: more means "rebuild", not a longer list
# Text read in the check for damage: every TEXT column of these tables.
_TEXT_TABLES = (
    "publications",
    "articles",
    "article_bodies",
    "captions",
    "people",
    "credits",
    "tags",
    "taggings",
    "notes",
    "leftovers",
    "saved_searches",
    "edits",
    "settings",
)


def check(db: Database) -> list[Problem]:
    """Every problem found; an empty list means the archive is sound."""
    damage = [*_integrity(db), *_text(db)]
    if damage:
        return damage  # the file itself is damaged: record checks would mislead
    return [*_foreign_keys(db), *_version(db), *_records(db), *_sources(db)]


def _integrity(db: Database) -> list[Problem]:
    try:
        rows = [row[0] for row in db.execute(f"PRAGMA integrity_check({MOST})")]
    except sqlite3.DatabaseError as error:  # too damaged to be checked at all
        return [Problem("integrity", str(error))]
    return [Problem("integrity", row) for row in rows if row != "ok"]


def _text(db: Database) -> list[Problem]:
    """Text that is not UTF-8: Clipfile writes nothing else, so it is damage."""
    problems: list[Problem] = []
    connection = db.conn
    columns = {
        table: [
            name
            for _, name, kind, *_ in connection.execute(f"PRAGMA table_info({table})")
            if kind.upper() == "TEXT"
        ]
        for table in _TEXT_TABLES
    }
    factory = connection.text_factory
    connection.text_factory = bytes
    try:
        for table, rowid, column in _bad_text(connection, columns):
            problems.append(
                Problem("text", f"{table} row {rowid}: {column} is not UTF-8 text")
            )
            if len(problems) == MOST:
                break
    except sqlite3.DatabaseError as error:
        problems.append(Problem("integrity", str(error)))
    finally:
        connection.text_factory = factory
    return problems


def _bad_text(
    connection: sqlite3.Connection, text_columns: dict[str, list[str]]
) -> Iterator[tuple[str, int, str]]:
    for table, columns in text_columns.items():
        if not columns:
            continue
        names = ", ".join(f'"{c}"' for c in columns)
        cursor = connection.execute(f"SELECT rowid, {names} FROM {table}")
        while rows := cursor.fetchmany(1000):
            for rowid, *values in rows:
                for column, value in zip(columns, values, strict=True):
                    if isinstance(value, bytes) and not _is_utf8(value):
                        yield table, rowid, column


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _foreign_keys(db: Database) -> list[Problem]:
    return [
        Problem("foreign_key", f"{table} row {rowid} points to a missing {parent}")
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check")
    ][:MOST]


def _version(db: Database) -> list[Problem]:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != schema.SCHEMA_VERSION:
        return [
            Problem(
                "schema", f"schema version {version}, expected {schema.SCHEMA_VERSION}"
            )
        ]
    return []


_RECORD_CHECKS = {
    "empty_title": (
        "SELECT id FROM articles WHERE trim(title) = ''",
        "article {} has an empty title",
    ),
    "bad_date": (
        "SELECT id FROM articles WHERE date IS NOT NULL AND NOT ("
        "date GLOB '[12][0-9][0-9][0-9]' OR date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' "
        "OR date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')",
        "article {} has a date that is not ISO 8601",
    ),
    "year": (
        "SELECT id FROM articles WHERE year IS NOT substr(date, 1, 4) + 0",
        "article {}'s year does not match its date",
    ),
    "span": (
        "SELECT id FROM articles WHERE source_id IS NOT NULL AND "
        "(source_start IS NULL OR source_end IS NULL OR source_end < source_start)",
        "article {} has no valid span in its source",
    ),
    "missing_body": (
        "SELECT id FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM article_bodies b WHERE b.article_id = a.id)",
        "article {} has no body",
    ),
    "empty_caption": (
        "SELECT id FROM captions WHERE trim(text) = ''",
        "caption {} is empty",
    ),
}


def _records(db: Database) -> list[Problem]:
    problems: list[Problem] = []
    for kind, (sql, message) in _RECORD_CHECKS.items():
        problems.extend(
            Problem(kind, message.format(row[0]))
            for row in db.execute(f"{sql} LIMIT {MOST}")
        )
    return problems


def _sources(db: Database) -> list[Problem]:
    problems = []
    for source_id, path, sha256, content in db.execute(
        "SELECT id, path, sha256, content FROM sources"
    ):
        try:
            raw = zlib.decompress(content)
        except zlib.error:
            problems.append(
                Problem("source", f"source {source_id} ({path}) is corrupt")
            )
            continue
        if hashlib.sha256(raw).hexdigest() != sha256:
            problems.append(
                Problem(
                    "source", f"source {source_id} ({path}) does not match its sha256"
                )
            )
    return problems
