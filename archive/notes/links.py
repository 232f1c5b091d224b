"""Links from notes to records: ``[[article:1234]]`` (or ``[[article:1234|text]]``,
or a Markdown link to ``clipfile:article/1234``), kept by id so they survive
renames and re-imports; backlinks and unlinked mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

from ..search.tokens import KIND_OF, RECORD_OF, phrase

LINK_KINDS = ("article", "caption", "note", "tag")
WIKI_LINK = re.compile(r"\[\[(article|caption|note|tag):(\d+)(?:\|([^\]\n]*))?\]\]")
_URL_LINK = re.compile(r"clipfile:(article|caption|note|tag)/(\d+)")
_TITLES = {
    "article": "SELECT id, title FROM articles WHERE deleted_at IS NULL AND id IN",
    "caption": "SELECT id, coalesce(label || ' ', '') || substr(text, 1, 30) "
    "FROM captions WHERE deleted_at IS NULL AND id IN",
    "note": "SELECT id, substr(body, 1, 30) FROM notes WHERE deleted_at IS NULL "
    "AND id IN",
    "tag": "SELECT id, name FROM tags WHERE deleted_at IS NULL AND id IN",
}


def links_in(body: str) -> set[tuple[str, int]]:
    """The records ``body`` links to, as (kind, id)."""
    found = {(kind, int(i)) for kind, i, _ in WIKI_LINK.findall(body)}
    found |= {(kind, int(i)) for kind, i in _URL_LINK.findall(body)}
    return found


def store_links(db: Database, note_id: int, body: str) -> None:
    """Keep ``note_links`` as ``body`` says (inside the caller's write)."""
    wanted = links_in(body)
    held = {
        (kind, record)
        for kind, record in db.execute(
            "SELECT kind, record_id FROM note_links WHERE note_id = ?", [note_id]
        )
    }
    for kind, record in held - wanted:
        db.execute(
            "DELETE FROM note_links WHERE note_id = ? AND kind = ? AND record_id = ?",
            [note_id, kind, record],
        )
    for kind, record in wanted - held:
        db.execute(
            "INSERT INTO note_links (note_id, kind, record_id) VALUES (?, ?, ?)",
            [note_id, kind, record],
        )


def titles(
    db: Database, wanted: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    """What each linked record is called now (records gone are left out)."""
    by_kind: dict[str, list[int]] = {}
    for kind, record in wanted:
        by_kind.setdefault(kind, []).append(record)
    found = {}
    for kind, ids in by_kind.items():
        marks = ",".join("?" * len(ids))
        for record, title in db.execute(f"{_TITLES[kind]} ({marks})", ids):
            found[kind, record] = (title or "").splitlines()[0] if title else ""
    return found


def backlinks(db: Database, kind: str, record_id: int) -> list[int]:
    """The live notes that link to the record, newest first."""
    return [
        note
        for (note,) in db.execute(
            """SELECT l.note_id FROM note_links l JOIN notes n ON n.id = l.note_id
            WHERE l.kind = ? AND l.record_id = ? AND n.deleted_at IS NULL
            ORDER BY n.updated_at DESC""",
            [kind, record_id],
        )
    ]


def mentions(db: Database, text: str, *, besides: Iterable[int] = ()) -> list[int]:
    """The live notes whose text holds ``text`` (a record's title or name),
    found by substring through the index (word boundaries mean nothing in
    Chinese), less those in ``besides`` (the backlinks)."""
    expression = phrase(text) if len(text.strip()) >= 2 else None
    if expression is None:
        return []
    skip = set(besides)
    rows = db.execute(
        f"""SELECT n.id FROM search_fts f JOIN notes n ON n.id = {RECORD_OF}
        WHERE search_fts MATCH ? AND {KIND_OF} = 2 AND n.deleted_at IS NULL
        ORDER BY f.rowid DESC LIMIT 200""",
        [expression],
    )
    return [note for (note,) in rows if note not in skip]


def as_citations(body: str, names: dict[tuple[str, int], str]) -> str:
    """``body`` with each ``[[kind:id]]`` as the record's title in 《》, for a
    dossier read outside Clipfile."""

    def replace(match: re.Match) -> str:
        name = names.get((match.group(1), int(match.group(2))))
        return f"《{match.group(3) or name}》" if name is not None else "（已删除）"

    return WIKI_LINK.sub(replace, body)


def with_titles(
    body: str, names: dict[tuple[str, int], str], *, missing: str = "missing"
) -> str:
    """``body`` with each ``[[kind:id]]`` as a Markdown link titled by what the
    record is called now, or as plain text marked missing."""

    def replace(match: re.Match) -> str:
        kind, record, text = match.group(1), int(match.group(2)), match.group(3)
        name = names.get((kind, record))
        if name is None:
            return f"<del>{kind}:{record}</del> ({missing})"
        shown = (text or name or f"{kind} {record}").replace("]", "］")
        return f"[{shown}](clipfile:{kind}/{record})"

    return WIKI_LINK.sub(replace, body)
