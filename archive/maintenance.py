"""Mending an archive from outside: restoring a backup, salvaging a damaged file.

Both work on a file no connection of this process has open (the window
closes its archive first); both log what they did in the file's edit history.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from .core import Archive
from .errors import ArchiveError
from .search import facet_cache
from .store import backups as backup_files
from .store import damage, recovery
from .store import database as store
from .store.backups import Backup
from .store.recovery import Salvaged
from .text import new_uuid, now


def restore_backup(
    archive_path: Path,
    backup: Path,
    *,
    editor: str | None = None,
    progress: store.Progress | None = None,
) -> Backup:
    """Make the archive at ``archive_path`` the backup's copy; returns the
    backup of the file as it was, kept first (damaged or not).

    No connection of this process may be open on the archive; other processes
    see the restored file (it is written by SQLite's backup API, in place).
    """
    archive_path, backup = Path(archive_path), Path(backup)
    if backup.resolve() == archive_path.resolve():
        raise ArchiveError("a file cannot be restored from itself", path=backup)
    if not backup.is_file():
        raise ArchiveError(f"no backup at {backup}", path=backup)
    with contextlib.closing(sqlite3.connect(archive_path)) as current:
        current.execute("PRAGMA busy_timeout = 10000")
        aside = backup_files.make(
            current, archive_path, reason="before-restore", verify=False
        )
        try:
            backup_files.restore(backup, current, progress=progress)
        except sqlite3.Error as error:
            raise ArchiveError(f"the backup could not be restored: {error}") from error
    damage.clear(archive_path)
    facet_cache.forget(archive_path)
    with Archive.open(archive_path, editor=editor) as restored, restored.db.atomic():
        restored.db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('generation', ?)",
            [new_uuid()],
        )
        restored.db.execute(
            "INSERT INTO edits (at, editor, action, detail) VALUES (?, ?, ?, ?)",
            [now(), restored.editor or None, "Restore backup", backup.name],
        )
    return aside


def recover(
    damaged: Path,
    target: Path,
    *,
    editor: str | None = None,
    progress: recovery.Progress | None = None,
) -> Salvaged:
    """Salvage what is readable of the damaged archive at ``damaged`` into a
    new archive at ``target``, indexed and checked; the damaged file is left
    as it is."""

    def create(path: Path) -> sqlite3.Connection:
        db, _ = store.open_database(path, create=True, readonly=False)
        return db.conn

    report = recovery.salvage(
        Path(damaged), Path(target), create=create, progress=progress
    )
    with Archive.open(target, editor=editor) as salvaged:
        salvaged.rebuild_index()
        with salvaged.db.atomic():
            salvaged.db.execute(
                "INSERT INTO edits (at, editor, action, detail) VALUES (?, ?, ?, ?)",
                [now(), salvaged.editor or None, "Salvage", str(damaged)],
            )
    return report
