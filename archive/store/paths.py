"""Where the user's own archive lives (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def default_archive_path() -> Path:
    """The archive the GUI and CLI use when none is named."""
    return user_data_path("Clipfile", appauthor=False) / "archive.sqlite"
