"""Errors the archive raises, each with a stable ``code`` the GUI translates."""

from __future__ import annotations

from pathlib import Path


class ArchiveError(Exception):
    """Base of every error an archive operation reports to a user.

    ``code`` names the kind of problem (the GUI picks a translated sentence by
    it); ``path`` is the file concerned, if any; ``str(error)`` is an English
    sentence fit for a terminal.
    """

    code = "archive"

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class ArchiveMissing(ArchiveError):
    code = "missing"


class NotAnArchive(ArchiveError):
    code = "not_an_archive"


class EmptyFile(ArchiveError):
    code = "empty_file"


class NewerArchive(ArchiveError):
    code = "newer_version"

    def __init__(self, message: str, *, path: Path, version: int, known: int) -> None:
        super().__init__(message, path=path)
        self.version = version
        self.known = known


class ReadOnlyArchive(ArchiveError):
    code = "read_only"


class ArchiveDamaged(ReadOnlyArchive):
    """The archive file is damaged: it opens read-only until it is recovered."""

    code = "damaged"

    def __init__(self, message: str, *, path: Path | None, what: str) -> None:
        super().__init__(message, path=path)
        self.what = what


class RecordNotFound(ArchiveError):
    code = "not_found"


class InvalidInput(ArchiveError, ValueError):
    """What the user typed or chose cannot be used (an empty tag name, a split
    point past the last paragraph); the message says why."""

    code = "invalid"


class NothingToUndo(ArchiveError):
    code = "nothing_to_undo"


class CannotShow(ArchiveError):
    """The file cannot be shown as a picture; the message says why, and
    ``why`` in a word the window translates: ``missing``, ``too_large``,
    ``not_a_picture`` or ``damaged``."""

    code = "cannot_show"

    def __init__(
        self, message: str, *, why: str = "damaged", path: Path | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.why = why
