"""Salvaging what is readable of a damaged archive into a new one.

SQLite's own recovery (the sqlite3 shell's ``.recover``, which reads the file
page by page and rebuilds what it finds) runs where the shell is installed;
elsewhere the tables are read row by row, skipping what cannot be read. Either
way the rows are copied into a fresh archive of the current schema, text that
is not UTF-8 is mended (U+FFFD), rows whose record is lost are dropped, and
the search index is left to be rebuilt.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..errors import ArchiveError

# Tables copied, parents before children (the order foreign keys need).
TABLES = (
    "publications",
    "sources",
    "people",
    "articles",
    "article_bodies",
    "captions",
    "credits",
    "tags",
    "taggings",
    "notes",
    "leftovers",
    "saved_searches",
    "edits",
)
RECORDS = ("articles", "captions", "notes", "tags", "sources")
_STEP = 500  # rows read at once
_RECOVER_TIMEOUT = 3600

Progress = Callable[[str, int], None]  # table, rows saved so far


class RecoveryFailed(ArchiveError):
    code = "recovery_failed"


@dataclass
class Salvaged:
    """What a salvage saved: rows per table, and how they were read."""

    path: Path
    method: str  # "sqlite3 .recover" or "row by row"
    saved: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # rows lost on the way


def salvage(
    damaged: Path,
    target: Path,
    *,
    create: Callable[[Path], sqlite3.Connection],
    progress: Progress | None = None,
) -> Salvaged:
    """Copy what is readable of ``damaged`` into a new archive at ``target``.

    ``create(path)`` makes an empty archive of the current schema and returns
    its connection (the facade's way to create one).
    """
    if target.exists():
        raise RecoveryFailed(f"{target} exists already; name a new file")
    with tempfile.TemporaryDirectory(prefix="clipfile-recover-") as scratch:
        recovered = _shell_recover(damaged, Path(scratch) / "recovered.sqlite")
        method = "sqlite3 .recover" if recovered else "row by row"
        source = _read_only(recovered or damaged)
        try:
            destination = create(target)
        except BaseException:
            source.close()
            raise
        with contextlib.closing(source), contextlib.closing(destination):
            report = Salvaged(target, method)
            destination.execute("PRAGMA foreign_keys = OFF")
            for table in TABLES:
                _copy_table(source, destination, table, report, progress)
            _drop_orphans(destination, report)
            destination.execute(
                "INSERT OR REPLACE INTO settings (key, value) "
                "VALUES ('search_index_stale', '1')"
            )
            destination.commit()
    return report


def _shell_recover(damaged: Path, out: Path) -> Path | None:
    """SQLite's recovery into ``out`` by the sqlite3 shell; None without one."""
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    try:
        dump = subprocess.run(
            [shell, f"file:{quote(str(damaged.resolve()))}?mode=ro", ".recover"],
            capture_output=True,
            timeout=_RECOVER_TIMEOUT,
            check=False,
        )
        if dump.returncode != 0 or not dump.stdout:
            return None
        load = subprocess.run(
            [shell, str(out)],
            input=dump.stdout,
            capture_output=True,
            timeout=_RECOVER_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if load.returncode != 0 or not out.exists():
        return None
    # some builds' .recover runs but finds nothing (no sqlite_dbpage): then
    # the rows are read one by one instead
    with contextlib.closing(sqlite3.connect(out)) as check:
        found = check.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'articles'"
        ).fetchone()[0]
    return out if found else None


def _read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    connection.text_factory = bytes  # mended below, never refused
    return connection


def _copy_table(
    source: sqlite3.Connection,
    destination: sqlite3.Connection,
    table: str,
    report: Salvaged,
    progress: Progress | None,
) -> None:
    declared = {
        _text(row[1]): _text(row[2]).upper()
        for row in destination.execute(f"PRAGMA table_info({table})")
    }
    wanted = list(declared)
    try:
        have = {_text(row[1]) for row in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        have = set()
    columns = [c for c in wanted if c in have]
    if not columns:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    insert = (
        f"INSERT OR IGNORE INTO {table} ({names}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    saved = 0
    for row in _readable_rows(source, table, names, report):
        values = [_mend(v, declared[c]) for v, c in zip(row, columns, strict=True)]
        try:
            saved += destination.execute(insert, values).rowcount
        except sqlite3.Error:
            report.skipped[table] = report.skipped.get(table, 0) + 1
        if progress and saved % 1000 == 0:
            progress(table, saved)
    report.saved[table] = saved


def _readable_rows(
    source: sqlite3.Connection, table: str, names: str, report: Salvaged
) -> Iterator[tuple]:
    """Every row of ``table`` that can be read, in rowid order; a stretch
    that cannot be read is skipped, a row at a time, then by leaps."""
    after, leap = -(2**63), 1
    while True:
        try:
            rows = source.execute(
                f"SELECT rowid, {names} FROM {table} WHERE rowid > ? "
                f"ORDER BY rowid LIMIT {_STEP}",
                [after],
            ).fetchall()
        except sqlite3.DatabaseError:
            if after >= 2**62:
                return
            report.skipped[table] = report.skipped.get(table, 0) + 1
            after = max(after, 0) + leap  # past the unreadable row
            leap = min(leap * 2, 1 << 20)
            continue
        if not rows:
            return
        leap = 1
        for row in rows:
            yield row[1:]
        after = rows[-1][0]


def _text(value: str | bytes) -> str:
    return (
        value.decode("utf-8", errors="replace") if isinstance(value, bytes) else value
    )


def _mend(value: object, declared: str) -> object:
    """A value as the archive stores it: text as UTF-8 (what is not becomes
    U+FFFD); a BLOB column's bytes (a source file) stay bytes."""
    if isinstance(value, bytes) and declared != "BLOB":
        return value.decode("utf-8", errors="replace")
    return value


_ORPHANS = (
    "DELETE FROM article_bodies WHERE article_id NOT IN (SELECT id FROM articles)",
    "DELETE FROM credits WHERE person_id NOT IN (SELECT id FROM people)"
    " OR (article_id IS NOT NULL AND article_id NOT IN (SELECT id FROM articles))"
    " OR (caption_id IS NOT NULL AND caption_id NOT IN (SELECT id FROM captions))",
    "UPDATE captions SET article_id = NULL WHERE article_id IS NOT NULL"
    " AND article_id NOT IN (SELECT id FROM articles)",
    "DELETE FROM taggings WHERE tag_id NOT IN (SELECT id FROM tags)"
    " OR (article_id IS NOT NULL AND article_id NOT IN (SELECT id FROM articles))"
    " OR (caption_id IS NOT NULL AND caption_id NOT IN (SELECT id FROM captions))",
    "UPDATE tags SET parent_id = NULL WHERE parent_id IS NOT NULL"
    " AND parent_id NOT IN (SELECT id FROM tags)",
    "UPDATE articles SET publication_id = NULL WHERE publication_id IS NOT NULL"
    " AND publication_id NOT IN (SELECT id FROM publications)",
    "UPDATE articles SET source_id = NULL, source_start = NULL, source_end = NULL,"
    " source_pieces = NULL WHERE source_id IS NOT NULL"
    " AND source_id NOT IN (SELECT id FROM sources)",
    "UPDATE captions SET source_id = NULL, source_start = NULL, source_end = NULL,"
    " source_pieces = NULL WHERE source_id IS NOT NULL"
    " AND source_id NOT IN (SELECT id FROM sources)",
    "DELETE FROM leftovers WHERE source_id NOT IN (SELECT id FROM sources)",
    "INSERT OR IGNORE INTO article_bodies (article_id, body)"
    " SELECT id, '' FROM articles",
)


def _drop_orphans(destination: sqlite3.Connection, report: Salvaged) -> None:
    """Rows whose record was lost go; records keep what they can."""
    for statement in _ORPHANS:
        destination.execute(statement)
    for table in RECORDS:
        report.saved[table] = destination.execute(
            f"SELECT count(*) FROM {table}"
        ).fetchone()[0]
