"""``check``: is the archive file sound, and do its records hold together?"""

from __future__ import annotations

import hashlib
import zlib

from sqlite_utils import Database

from ..models import Problem
from . import schema

# Kinds of problem that mean the file itself is damaged (not just inconsistent).
DAMAGE = ("integrity", "foreign_key")


def check(db: Database) -> list[Problem]:
    """Every problem found; an empty list means the archive is sound."""
    problems = _sqlite(db)
    if problems:
        return problems  # the file itself is damaged: record checks would mislead
    return [*_version(db), *_records(db), *_sources(db)]


def _sqlite(db: Database) -> list[Problem]:
    rows = [row[0] for row in db.execute("PRAGMA integrity_check")]
    problems = [Problem("integrity", row) for row in rows if row != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        problems.append(
            Problem("foreign_key", f"{table} row {rowid} points to a missing {parent}")
        )
    return problems


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
    problems = []
    for kind, (sql, message) in _RECORD_CHECKS.items():
        problems.extend(
            Problem(kind, message.format(row[0])) for row in db.execute(sql)
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
