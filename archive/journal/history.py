"""The archive's edit history as read back: who edited, when, what and how
many records (the History view, ``clipfile history``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class HistoryEntry:
    """One edit of the archive's history."""

    id: int
    action: str
    who: str | None
    when: str
    records: int
    undone: bool
    kind: str  # edit, import, undo, redo, maintenance
    detail: str


def entries(
    db: Database,
    *,
    limit: int = 200,
    who: str | None = None,
    kinds: tuple[str, ...] = ("edit",),
    since: str | None = None,
) -> list[HistoryEntry]:
    """Edits newest first (of ``kinds``; by ``who`` and from ``since``, an
    ISO date, if given)."""
    marks = ",".join("?" * len(kinds))
    person = "AND editor = ?" if who else ""
    start = "AND at >= ?" if since else ""
    rows = db.execute(
        f"""SELECT id, action, editor, at, coalesce(records, 0),
            state = 'undone' OR state = 'dropped', kind, coalesce(detail, '')
        FROM edits WHERE kind IN ({marks}) {person} {start}
        ORDER BY id DESC LIMIT ?""",
        [*kinds, *([who] if who else []), *([since] if since else []), limit],
    )
    return [HistoryEntry(*row) for row in rows]


def editors(db: Database) -> list[str]:
    """Everyone who has edited the archive, by name."""
    return [
        e
        for (e,) in db.execute(
            "SELECT DISTINCT editor FROM edits WHERE editor IS NOT NULL "
            "AND editor <> '' ORDER BY editor"
        )
    ]
