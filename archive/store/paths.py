"""Where the user's own archive lives (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path


def media_folder(archive_path: Path) -> Path:
    """The folder of an archive's pictures: ``<name>-media`` beside it."""
    return archive_path.with_name(archive_path.stem + "-media")


def default_archive_path() -> Path:
    """The archive the GUI and CLI use when none is named."""
    return user_data_path("Clipfile", appauthor=False) / "archive.sqlite"


def is_archive_file(archive_path: Path | None, path: Path) -> bool:
    """Whether ``path`` is the archive's file, its WAL, shared memory or
    journal (by inode, so a link or another name is caught too). Such a file
    must never be opened but by SQLite: closing any descriptor of it would
    drop this process's SQLite locks on the archive."""
    if archive_path is None:
        return False
    try:
        found = os.stat(path)
    except OSError:
        return False
    name = os.fspath(archive_path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            mine = os.stat(name + suffix)  # not pathlib: asked for every file
        except OSError:
            continue
        if (mine.st_dev, mine.st_ino) == (found.st_dev, found.st_ino):
            return True
    return False
