"""One spelling of a name for comparing: 张 蕊, 张　蕊 and 张蕊 are one name."""

from __future__ import annotations

import re
import unicodedata

from sqlite_utils import Database

_SPACES = re.compile(r"[\s\u3000\u200b]+")
_DOTS = str.maketrans({"•": "·", "・": "·", "．": "·", "‧": "·", "∙": "·"})


def normalise(name: str) -> str:
    """``name`` as compared: full-width forms folded (NFKC), spaces gone,
    every middle dot the same (买买提·艾力)."""
    text = unicodedata.normalize("NFKC", name or "")
    return _SPACES.sub("", text).translate(_DOTS).strip("·")


def person_id(db: Database, name: str) -> int | None:
    """The person ``name`` names, written any way: as kept, normalised, or a
    spelling merged into someone (None when nobody is called that)."""
    wanted = normalise(name)
    if not wanted:
        return None
    for candidate in dict.fromkeys((name.strip(), wanted)):
        row = db.execute("SELECT id FROM people WHERE name = ?", [candidate]).fetchone()
        if row:
            return row[0]
        row = db.execute(
            "SELECT person_id FROM person_aliases WHERE name = ?", [candidate]
        ).fetchone()
        if row:
            return row[0]
    # a name kept with spaces in it (张 蕊) when the other spelling is asked
    for pid, kept in db.execute(
        "SELECT id, name FROM people WHERE name LIKE ?", [f"{wanted[0]}%"]
    ):
        if normalise(kept) == wanted:
            return pid
    return None


def spellings_alike(db: Database, pid: int) -> list[str]:
    """Other people whose name normalises to this person's (candidates for
    merging): 张 蕊 beside 张蕊."""
    row = db.execute("SELECT name FROM people WHERE id = ?", [pid]).fetchone()
    if row is None:
        return []
    wanted = normalise(row[0])
    return [
        kept
        for other, kept in db.execute(
            "SELECT id, name FROM people WHERE name LIKE ? AND id != ?",
            [f"{wanted[0]}%", pid],
        )
        if normalise(kept) == wanted
    ]
