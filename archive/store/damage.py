"""Knowing that an archive is damaged, in every process: a marker beside it.

Damage is found by ``check``, by SQLite reporting corruption, or by text in
the file that is not the UTF-8 Clipfile writes. From then on the archive opens
read-only, in every process, until it is restored from a backup or salvaged
into a new file; a ``check`` that finds it sound takes the marker away. The
marker is a small JSON file of its own (never the archive, its WAL or a copy
of it: see :func:`.database._refuse_foreign_file`).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import ArchiveDamaged
from ..text import now

_CORRUPTION_CODES = {
    getattr(sqlite3, "SQLITE_CORRUPT", 11),
    getattr(sqlite3, "SQLITE_NOTADB", 26),
}


@dataclass(frozen=True)
class Damage:
    """What was found wrong with an archive file, and when."""

    what: str
    found_at: str


def marker(path: Path) -> Path:
    return path.with_name(path.name + ".damaged")


def damage_of(path: Path | None) -> Damage | None:
    """The damage recorded for the archive at ``path``, if any."""
    if path is None:
        return None
    try:
        recorded = json.loads(marker(path).read_text("utf-8"))
        return Damage(str(recorded["what"]), str(recorded["found_at"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):  # a marker we cannot read
        return Damage("the archive was found damaged", "")


def mark(path: Path | None, what: str) -> ArchiveDamaged:
    """Record that the archive at ``path`` is damaged; the error to raise."""
    damage = damage_of(path) or Damage(what, now())
    if path is not None and not marker(path).exists():
        written = marker(path).with_suffix(".tmp")
        try:
            written.write_text(json.dumps(damage.__dict__, ensure_ascii=False))
            os.replace(written, marker(path))
        except OSError:
            pass  # a read-only folder: this process still refuses to write
    return damaged_error(path, damage)


def damaged_error(path: Path | None, damage: Damage) -> ArchiveDamaged:
    return ArchiveDamaged(
        f"the archive is damaged ({damage.what}); it is opened read-only. "
        "Restore a backup (clipfile backups, clipfile restore) or salvage what "
        "is readable into a new file (clipfile recover NEW.sqlite)",
        path=path,
        what=damage.what,
    )


def clear(path: Path) -> None:
    """Forget the damage (the file was restored, or found sound)."""
    marker(path).unlink(missing_ok=True)


def is_corruption(error: BaseException) -> bool:
    """Whether an SQLite error says the file itself is damaged."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error)
    return (
        code in _CORRUPTION_CODES
        or "malformed" in text
        or text.startswith("Could not decode to UTF-8")
    )


class StrictText:
    """The connection's text factory: UTF-8, as Clipfile writes it; anything
    else is damage, recorded as such (sqlite3's own decoding would raise an
    OperationalError that looks like any other)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def __call__(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise mark(self.path, "text that is not UTF-8") from None
