"""Preferences and window state, kept with QSettings (an INI file per user)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from archive import preferred_editor, set_preferred_editor

RECENT_LIMIT = 8


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Clipfile", "Clipfile"
    )


def last_archive() -> Path | None:
    value = settings().value("archive/last", "")
    return Path(str(value)) if value else None


def recent_archives() -> list[Path]:
    value = settings().value("archive/recent", [])
    if isinstance(value, str):  # QSettings gives a lone string for one item
        value = [value]
    return [Path(str(item)) for item in value or []] if isinstance(value, list) else []


def remember_archive(path: Path) -> None:
    """Make ``path`` the last archive and the first of the recent ones."""
    path = path.resolve()
    recent = [p for p in recent_archives() if p != path]
    store = settings()
    store.setValue("archive/last", str(path))
    store.setValue("archive/recent", [str(p) for p in [path, *recent][:RECENT_LIMIT]])


def forget_archive(path: Path) -> None:
    recent = [p for p in recent_archives() if p != path.resolve()]
    settings().setValue("archive/recent", [str(p) for p in recent])


def editor_name() -> str | None:
    """The name edits are signed with: kept by the archive's preferences so
    that the command line signs with it too (an older window kept it here)."""
    name = preferred_editor()
    if name is None:
        older = str(settings().value("editor/name", "") or "")
        if older:
            set_preferred_editor(older)
            name = older
    return name


def set_editor_name(name: str) -> None:
    set_preferred_editor(name)
    settings().setValue("editor/name", name)


def language() -> str | None:
    """The interface language chosen in the preferences, or None for the system's."""
    value = settings().value("ui/language", "")
    return str(value) if value else None


def set_language(language: str | None) -> None:
    settings().setValue("ui/language", language or "")
