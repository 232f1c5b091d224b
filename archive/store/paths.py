"""Where the user's own archive lives (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def media_folder(archive_path: Path) -> Path:
    """The folder of an archive's pictures: ``<name>-media`` beside it."""
    return archive_path.with_name(archive_path.stem + "-media")


def default_archive_path() -> Path:
    """The archive the GUI and CLI use when none is named."""
    return user_data_path("Clipfile", appauthor=False) / "archive.sqlite"
