"""Opening an archive file safely: refuse what is not ours, back up before migrating."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from ..errors import (
    ArchiveMissing,
    EmptyFile,
    NewerArchive,
    NotAnArchive,
    ReadOnlyArchive,
)
from . import backups, damage, schema

Progress = Callable[[int, int], None]
# statements each connection keeps prepared: an import alone runs more than
# sqlite3's 128, and each one pushed out was parsed and planned again (1024
# cut an import's CPU 13.5 -> 11.8 s in one test; a few KB each)
STATEMENTS = 1024

# The phases of an upgrade, as ``phase_started`` hears them begin
BACKUP, UPGRADE = "backup", "upgrade"


class Phases:
    """One progress, 0 to :attr:`SCALE`, across an upgrade's two phases: the
    copy kept beside the archive, then the schema steps; each phase's share
    of it by its size (pages copied, rows the long steps go through), so the
    bar runs once rather than twice. ``phase_started(name)`` hears each
    phase begin (a window gives it its own label)."""

    SCALE = 1000

    def __init__(
        self,
        progress: Progress | None,
        phase_started: Callable[[str], None] | None,
        sizes: dict[str, int],
    ) -> None:
        self.progress, self.phase_started = progress, phase_started
        total = sum(sizes.values())
        self.spans: dict[str, tuple[int, int]] = {}
        start = 0
        for name, size in sizes.items():
            share = self.SCALE * size // total if total else 0
            self.spans[name] = (start, share)
            start += share

    def begin(self, name: str) -> Progress:
        """Phase ``name`` begins: what hears its own (done, total)."""
        if self.phase_started is not None:
            self.phase_started(name)
        start, share = self.spans.get(name, (0, 0))

        def report(done: int, total: int) -> None:
            if self.progress is not None:
                part = share * min(done, total) // max(total, 1)
                self.progress(start + part, self.SCALE)

        return report

    def end(self) -> None:
        if self.progress is not None:
            self.progress(self.SCALE, self.SCALE)


def open_database(
    path: Path,
    *,
    create: bool,
    readonly: bool,
    backing_up: Progress | None = None,
    phase_started: Callable[[str], None] | None = None,
) -> tuple[Database, bool]:
    """Open (or with ``create`` make) the archive at ``path``.

    Returns the database and whether it is open read-only. Raises an
    :class:`~archive.errors.ArchiveError` and leaves the file untouched when it
    is missing, empty, not SQLite, not a Clipfile archive, written by a newer
    Clipfile, or read-only and in need of an upgrade. ``backing_up(done,
    total)`` hears how an upgrade goes, the copy made before it (a minute
    for a few gigabytes) and its long steps as one progress (:class:`Phases`);
    ``phase_started(name)`` hears each begin (:data:`BACKUP`, :data:`UPGRADE`).
    """
    exists = path.exists()
    if not exists and not create:
        raise ArchiveMissing(f"no archive at {path}", path=path)
    if exists:
        _refuse_foreign_file(path)
    locked = exists and _is_read_only(path)
    readonly = readonly or locked or damage.damage_of(path) is not None
    if not exists:
        path.parent.mkdir(parents=True, exist_ok=True)
    # a file nobody may write, with no WAL of an unfinished session beside it,
    # is read as it is: nothing is created next to it (no -wal, no -shm)
    immutable = locked and not wal_of(path).exists()
    connection = _connect(path, readonly=readonly, immutable=immutable)
    connection.text_factory = damage.StrictText(path)
    # no sqlite-utils plugins on an archive's connection: looking for them
    # reads every installed package's entry points (30-50 ms of start-up)
    db = ArchiveDatabase(connection, execute_plugins=False)
    try:
        _prepare(
            db,
            path,
            existed=exists,
            readonly=readonly,
            backing_up=backing_up,
            phase_started=phase_started,
        )
    except BaseException:
        db.close()
        raise
    return db, readonly


class ArchiveDatabase(Database):
    """sqlite-utils' Database, whose transactions take the write lock as they
    begin (``BEGIN IMMEDIATE``).

    A transaction that reads first and writes later holds a snapshot; if
    another connection (an import, committing four times a second) writes in
    between, SQLite cannot let it write at all and fails at once with
    "database is locked", busy timeout or not. Taking the lock first makes it
    wait its turn instead.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: a savepoint, as sqlite-utils does
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def rows_for_ids(db: Database, sql: str, ids: Sequence[int]) -> Iterator[tuple]:
    """The rows ``sql`` gives for ``ids``, its ``{marks}`` standing for their
    ``?`` placeholders: asked 500 ids at a time (SQLite takes at most 32,766
    parameters a statement, and long IN lists plan worse)."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        yield from db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (sqlite3 types it as maybe None)."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise sqlite3.OperationalError("the statement inserted no row")
    return rowid


def open_memory() -> Database:
    """A fresh in-memory archive, for tests and scratch work."""
    db = ArchiveDatabase(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    schema.migrate(db)
    return db


def _refuse_foreign_file(path: Path) -> None:
    """Refuse a folder or an empty file, by ``stat`` alone.

    The file is never opened here other than by SQLite: on Linux, closing any
    descriptor of a file drops every POSIX lock the process holds on it, so
    SQLite's locks of this process's other connections would vanish, and
    another process could then delete the WAL they still write to ("How to
    corrupt an SQLite database file", §2.2). Whether the file is SQLite at all
    is asked of SQLite (:func:`_prepare`).
    """
    if path.is_dir():
        raise NotAnArchive(f"{path} is a folder, not an archive", path=path)
    if path.stat().st_size == 0:
        raise EmptyFile(f"{path} is empty: not a Clipfile archive", path=path)


def _is_read_only(path: Path) -> bool:
    mode = path.stat().st_mode
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _connect(path: Path, *, readonly: bool, immutable: bool) -> sqlite3.Connection:
    if readonly:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        uri = f"file:{quote(str(path.resolve()))}?{flags}"
        return sqlite3.connect(uri, uri=True, cached_statements=STATEMENTS)
    return sqlite3.connect(str(path), cached_statements=STATEMENTS)


def _prepare(
    db: Database,
    path: Path,
    *,
    existed: bool,
    readonly: bool,
    backing_up: Progress | None,
    phase_started: Callable[[str], None] | None = None,
) -> None:
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        application = db.execute("PRAGMA application_id").fetchone()[0]
        tables = set(db.table_names())
    except sqlite3.DatabaseError as error:
        message = f"{path} is not a Clipfile archive ({error})"
        raise NotAnArchive(message, path=path) from error
    if existed and not schema.is_ours(application, version, tables):
        raise NotAnArchive(
            f"{path} is an SQLite database, but not a Clipfile archive", path=path
        )
    if version > schema.SCHEMA_VERSION:
        raise NewerArchive(
            f"{path} was written by a newer Clipfile (schema {version}, this one "
            f"knows {schema.SCHEMA_VERSION}); update Clipfile to open it",
            path=path,
            version=version,
            known=schema.SCHEMA_VERSION,
        )
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")  # an import commits about once a second
    if version < schema.SCHEMA_VERSION:
        found = damage.damage_of(path)
        if found is not None:  # never upgraded: only recovered
            raise damage.damaged_error(path, found)
        if readonly:
            raise ReadOnlyArchive(
                f"{path} needs an upgrade but is read-only; make it writable first",
                path=path,
            )
        pages = db.execute("PRAGMA page_count").fetchone()[0] if version > 0 else 0
        phases = Phases(
            backing_up,
            phase_started,
            {BACKUP: pages, UPGRADE: schema.long_work(db, version)},
        )
        if version > 0:
            backups.make(
                db.conn,
                path,
                reason=f"before-upgrade-v{version}",
                progress=phases.begin(BACKUP),
            )
        schema.migrate(db, phases.begin(UPGRADE))
        phases.end()
    if not readonly:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
