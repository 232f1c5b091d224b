"""The editor's own preferences shared by the window and the command line:
the name every edit and note is signed with, and the favourite tags on the
number keys (a small JSON file in the user's config folder)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_path


def preferences_file() -> Path:
    return user_config_path("Clipfile", appauthor=False) / "preferences.json"


def _read() -> dict:
    try:
        data = json.loads(preferences_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def editor_name() -> str | None:
    """The name chosen in Preferences, or None."""
    name = _read().get("editor")
    return name.strip() if isinstance(name, str) and name.strip() else None


def set_editor_name(name: str | None) -> None:
    """Keep ``name`` for the window and the command line alike."""
    data = _read()
    data["editor"] = (name or "").strip()
    _write(data)


def favourite_tags() -> dict[str, int]:
    """Each favourite tag's UUID and its number key (1–9)."""
    chosen = _read().get("favourite_tags")
    if not isinstance(chosen, dict):
        return {}
    return {
        uuid: key
        for uuid, key in chosen.items()
        if isinstance(uuid, str) and isinstance(key, int) and 1 <= key <= 9
    }


def set_favourite_tags(chosen: dict[str, int]) -> None:
    """Keep ``chosen`` (tag UUID → number key) as the favourite tags."""
    data = _read()
    data["favourite_tags"] = dict(chosen)
    _write(data)


def _write(data: dict) -> None:
    path = preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    os.replace(partial, path)
