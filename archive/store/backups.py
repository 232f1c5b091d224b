"""Backups of an archive, as Anki and calibre users expect them.

Made with SQLite's online backup API (never a plain copy of a file a
connection may have open), in a ``backups/`` folder beside the archive, each
checked with ``PRAGMA quick_check`` before it takes its name, and thinned by
age: the newest 10, one a day for two weeks, one a week for three months.
Restoring one first keeps the current file as a backup of its own.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from ..errors import ArchiveError

PAGES_A_STEP = 16_384  # 64 MB of 4 KB pages between two progress reports
KEEP_NEWEST = 10
KEEP_DAILY = timedelta(days=14)
KEEP_WEEKLY = timedelta(days=91)
DUE_AFTER = timedelta(minutes=30)  # the automatic backup on close

Progress = Callable[[int, int], None]
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$"
)


class BackupFailed(ArchiveError):
    code = "backup_failed"


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was made, why, and what it holds."""

    path: Path
    made_at: datetime
    reason: str  # close, manual, before-upgrade, before-merge, before-restore, …
    size: int

    def counts(self) -> dict[str, int]:
        """How many live articles, captions, notes and tags it holds."""
        with contextlib.closing(_read_only(self.path)) as db:
            return {
                table: db.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                ).fetchone()[0]
                for table in ("articles", "captions", "notes", "tags")
            }


def folder(archive_path: Path) -> Path:
    return archive_path.parent / "backups"


def backups(archive_path: Path) -> list[Backup]:
    """The backups of the archive at ``archive_path``, newest first."""
    found = []
    for path in folder(archive_path).glob(f"{archive_path.stem}-*.sqlite"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != archive_path.stem:
            continue
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(
            Backup(path, made.replace(tzinfo=UTC), match["reason"], path.stat().st_size)
        )
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def due(archive_path: Path, *, now: datetime | None = None) -> bool:
    """Whether the newest backup is older than :data:`DUE_AFTER` (or missing)."""
    newest = next(iter(backups(archive_path)), None)
    now = now or datetime.now(UTC)
    return newest is None or now - newest.made_at >= DUE_AFTER


def make(
    source: sqlite3.Connection,
    archive_path: Path,
    *,
    reason: str,
    to: Path | None = None,
    progress: Progress | None = None,
    verify: bool = True,
) -> Backup:
    """Copy the archive open on ``source`` into its backups folder (or ``to``).

    The copy is written under a temporary name, checked (unless ``verify`` is
    False: a damaged file kept aside as it is), then renamed, so a backup that
    exists is whole; older automatic backups are then thinned.
    """
    if source.in_transaction:
        raise BackupFailed("a backup cannot be made inside a transaction")
    made_at = datetime.now(UTC).replace(microsecond=0)
    target = to or _free_name(archive_path, made_at, reason)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial, progress)
        if verify:
            _verify(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"the backup could not be made: {error}") from error
    if to is None:
        prune(archive_path)
    return Backup(target, made_at, reason, target.stat().st_size)


def _free_name(archive_path: Path, made_at: datetime, reason: str) -> Path:
    stamp = made_at
    while True:
        name = f"{archive_path.stem}-{stamp:%Y%m%d-%H%M%S}-{reason}.sqlite"
        target = folder(archive_path) / name
        if not target.exists():
            return target
        stamp += timedelta(seconds=1)


def _copy(source: sqlite3.Connection, target: Path, progress: Progress | None) -> None:
    with contextlib.closing(sqlite3.connect(target)) as copy:
        if progress is None:
            source.backup(copy)
        else:
            source.backup(
                copy,
                pages=PAGES_A_STEP,
                progress=lambda _, left, total: progress(total - left, total),
            )
        # a backup stands alone: no WAL beside it
        copy.execute("PRAGMA journal_mode = DELETE")


def _verify(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as copy:
        result = copy.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(f"the copy failed its check: {result}")


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


def kept(made: Iterable[datetime], *, now: datetime) -> set[datetime]:
    """Which of the times ``made`` the thinning keeps: the newest
    :data:`KEEP_NEWEST`, the newest of each day for :data:`KEEP_DAILY`, the
    newest of each week for :data:`KEEP_WEEKLY`."""
    newest_first = sorted(made, reverse=True)
    keep = set(newest_first[:KEEP_NEWEST])
    days: set[object] = set()
    weeks: set[object] = set()
    for when in newest_first:
        age = now - when
        if age <= KEEP_DAILY and when.date() not in days:
            days.add(when.date())
            keep.add(when)
        week = when.isocalendar()[:2]
        if age <= KEEP_WEEKLY and week not in weeks:
            weeks.add(week)
            keep.add(when)
    return keep


def prune(archive_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the thinning does not keep; returns their paths."""
    found = backups(archive_path)
    keep = kept((b.made_at for b in found), now=now or datetime.now(UTC))
    gone = [b.path for b in found if b.made_at not in keep]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def restore(
    backup: Path, target: sqlite3.Connection, *, progress: Progress | None = None
) -> None:
    """Write the backup at ``backup`` over the archive open on ``target``, by
    the backup API, in one step (other processes see the restored file)."""
    _verify(backup)
    with contextlib.closing(_read_only(backup)) as source:
        if progress is None:
            source.backup(target)
        else:
            source.backup(
                target,
                pages=PAGES_A_STEP,
                progress=lambda _, left, total: progress(total - left, total),
            )
