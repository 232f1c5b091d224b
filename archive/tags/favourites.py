"""Favourite tags: any tag may have one of the number keys 1–9, which then
tags the chosen articles with it (or, when all of them have it, takes it
off). They are the editor's own, like keyboard shortcuts: kept in
Preferences by each tag's UUID, so that a rename or a move keeps the key and
another archive's tags keep theirs. A tag in the trash has no key until it
is restored."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from ..store import preferences
from .commands import find_tag, stored_path
from .names import TagError, normalise

KEYS = range(1, 10)


def favourites(db: Database) -> dict[int, str]:
    """Each number key given to a live tag of this archive, and its path."""
    chosen = preferences.favourite_tags()
    if not chosen:
        return {}
    rows = db.execute(
        "SELECT id, uuid FROM tags WHERE deleted_at IS NULL "
        "AND uuid IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(list(chosen))],
    ).fetchall()
    found: dict[int, str] = {}
    for tag_id, uuid in rows:
        found.setdefault(chosen[uuid], stored_path(db, tag_id))
    return dict(sorted(found.items()))


def set_favourite(db: Database, path: str, key: int | None) -> str:
    """Give tag ``path`` the number key ``key`` (taking it from the tag of
    this archive that had it), or none; returns the tag's path as stored."""
    if key is not None and key not in KEYS:
        raise TagError(
            f"a favourite's key is 1 to 9, not {key}", reason="favourite_key"
        )
    tag = find_tag(db, path)
    if tag is None:
        raise TagError(f"there is no tag {normalise(path)}", reason="no_tag", name=path)
    (uuid,) = db.execute("SELECT uuid FROM tags WHERE id = ?", [tag]).fetchone()
    chosen = preferences.favourite_tags()
    chosen.pop(uuid, None)
    if key is not None:
        ours = {u for (u,) in db.execute("SELECT uuid FROM tags")}
        chosen = {u: k for u, k in chosen.items() if k != key or u not in ours}
        chosen[uuid] = key
    preferences.set_favourite_tags(chosen)
    return stored_path(db, tag)


def carrying(db: Database, path: str, article_ids: Iterable[int]) -> int:
    """How many of ``article_ids`` carry tag ``path`` itself on the whole
    article (what decides whether a favourite key tags or untags them)."""
    tag = find_tag(db, path)
    if tag is None:
        return 0
    return db.execute(
        "SELECT count(*) FROM taggings WHERE tag_id = ? AND start IS NULL "
        "AND article_id IN (SELECT value FROM json_each(?))",
        [tag, json.dumps(list(article_ids))],
    ).fetchone()[0]
