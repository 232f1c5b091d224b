"""What a query finds, of every kind: the one list the window shows, the
Compare view's columns hold and the CLI's ``search`` prints.

A record is named by a key: its kind in the bits above its id, as in the
search index's rowids (without their day), so one compact array holds
articles, captions and notes. An article's key is its id.

Articles come first, in the article list's order (newest first, or headline
hits first); then the captions and the notes the query finds, each newest
first. Captions and notes are listed only when the query searches text or
asks for them with ``kind:``: a click on a city lists its articles, which the
sidebar counts, and not every picture and note about them too.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from .models import ArticleRow, Filters, SearchHit, SearchResult
from .notes.listing import NoteFilter, note_ids
from .notes.listing import count as note_count
from .search import captions as caption_search
from .search import listing, place_matches, saved
from .search.query import And, Field, Node, Or, Text, parse
from .search.snippets import snippet_of
from .search.tokens import (
    KIND_CODES,
    KIND_SHIFT,
    RECORD_MASK,
)

KINDS = ("article", "caption", "note")
_CODE = dict(zip(KINDS, (KIND_CODES[k] for k in "acn"), strict=True))
_NAME = {code: name for name, code in _CODE.items()}


def key_of(kind: str, record_id: int) -> int:
    """The key of a record of ``kind`` (``article``, ``caption`` or ``note``)."""
    return (_CODE[kind] << KIND_SHIFT) | record_id


def kind_of(key: int) -> str:
    return _NAME[key >> KIND_SHIFT]


def id_of(key: int) -> int:
    return key & RECORD_MASK


@dataclass(frozen=True)
class Found:
    """The keys a query finds (every one, or the first ``limit``) and how many
    records of each kind it finds in all."""

    keys: array
    counts: Mapping[str, int]
    complete: bool = True  # False: ``keys`` is a first page

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def kinds_asked(db: Database, text: str) -> tuple[str, ...]:
    """The kinds of record ``text`` lists: those ``kind:`` names at its top
    level; else all three when it searches text, else articles alone."""
    node = parse(saved.prepare(db, text)).node
    named = {
        n.value for n in _top_level(node) if isinstance(n, Field) and n.name == "kind"
    }
    if "none" in named:
        return ()
    if named:
        return tuple(k for k in KINDS if k in named)
    return KINDS if _searches_text(node) else ("article",)


def record_keys(
    db: Database,
    filters: Filters,
    *,
    limit: int | None = None,
    path: Path | None = None,
) -> array:
    """The keys of the records under ``filters``, articles first (each kind
    in its list's order); with ``limit``, the first ``limit`` of them."""
    kinds = kinds_asked(db, filters.text)
    keys = array("q")
    if "article" in kinds:
        keys.extend(listing.article_ids(db, filters, limit=limit, path=path))
    for kind in ("caption", "note"):
        if kind in kinds and (limit is None or len(keys) < limit):
            left = None if limit is None else limit - len(keys)
            code = _CODE[kind] << KIND_SHIFT
            keys.extend(code | i for i in _ids(db, kind, filters, left, path))
    return keys


def record_counts(
    db: Database, filters: Filters, *, path: Path | None = None
) -> dict[str, int]:
    """How many records of each kind the query lists (only the kinds it
    lists), the same numbers :func:`record_keys` gives by kind."""
    kinds = kinds_asked(db, filters.text)
    counts = {}
    if "article" in kinds:
        counts["article"] = listing.count(db, filters, path=path)
    if "caption" in kinds:
        counts["caption"] = _caption_count(db, filters, path)
    if "note" in kinds:
        quick = place_matches.count(db, filters, "note", path=path)
        counts["note"] = (
            note_count(db, _note_filter(filters)) if quick is None else quick
        )
    return counts


def find(
    db: Database,
    filters: Filters,
    *,
    limit: int | None = None,
    path: Path | None = None,
) -> Found:
    """:func:`record_keys` and :func:`record_counts` in one."""
    keys = record_keys(db, filters, limit=limit, path=path)
    if limit is None or len(keys) < limit:
        counts = _counted(db, filters, keys)
        return Found(keys, counts)
    return Found(keys, record_counts(db, filters, path=path), complete=False)


def _counted(db: Database, filters: Filters, keys: array) -> dict[str, int]:
    return counted(keys, kinds_asked(db, filters.text))


def counted(keys: Sequence[int], kinds: Sequence[str]) -> dict[str, int]:
    """How many of ``keys`` are of each kind (every kind in ``kinds`` listed,
    at 0 if none is)."""
    counts = dict.fromkeys(kinds, 0)
    codes = np.bincount(np.asarray(keys, dtype=np.int64) >> KIND_SHIFT, minlength=3)
    for code in np.flatnonzero(codes).tolist():
        counts[_NAME[code]] = int(codes[code])
    return counts


def articles_in(keys: Sequence[int] | np.ndarray) -> np.ndarray:
    """The article ids among ``keys``, in their order (one pass in numpy: a
    Python loop over a million keys held the GIL 0.2-0.3 s in the list's
    worker, the GUI thread waiting for it at every call into Python)."""
    listed = np.asarray(keys, dtype=np.int64)
    return listed[(listed >> KIND_SHIFT) == _CODE["article"]]


def record_rows(
    db: Database, keys: Sequence[int], *, query: str = ""
) -> list[ArticleRow]:
    """The list rows of ``keys``, in that order; records gone are skipped. A
    caption's or a note's row says what it is and which article it is on."""
    by_kind: dict[str, list[int]] = {k: [] for k in KINDS}
    for key in keys:
        by_kind[kind_of(key)].append(id_of(key))
    rows: dict[int, ArticleRow] = {}
    if by_kind["article"]:
        for row in listing.article_rows(db, by_kind["article"], query=query):
            rows[row.id] = row
    for kind in ("caption", "note"):
        if by_kind[kind]:
            code = _CODE[kind] << KIND_SHIFT
            for row in _rows(db, kind, by_kind[kind], query):
                rows[code | row.id] = row
    return [rows[k] for k in keys if k in rows]


def search(
    db: Database,
    query: str,
    *,
    limit: int = 50,
    order: str = "date",
    path: Path | None = None,
) -> SearchResult:
    """The first ``limit`` records ``query`` finds, as the window lists them,
    with how many it finds of each kind and how the query was read.

    ``order`` is ``date`` (newest first) or ``rank`` (headline hits first,
    then the rest, each newest first); it orders the articles.
    """
    notes: list[str] = []
    prepared = saved.prepare(db, query, notes)
    parsed = parse(prepared)
    notes += parsed.notes
    if parsed.empty:
        return SearchResult(query=query, total=0, notes=notes)
    found = find(db, Filters(text=query, order=order), limit=limit, path=path)
    hits = [
        SearchHit(
            id=row.id,
            kind=row.kind,
            title=row.title,
            date=row.date,
            city=row.city,
            publication=row.publication,
            snippet=row.snippet,
            article_id=row.article_id,
        )
        for row in record_rows(db, found.keys, query=prepared)
    ]
    return SearchResult(
        query=query,
        total=found.total,
        hits=hits,
        notes=notes,
        counts=dict(found.counts),
    )


# Captions and notes


def _ids(
    db: Database, kind: str, filters: Filters, limit: int | None, path: Path | None
) -> list[int]:
    quick = place_matches.listed(db, filters, kind, limit=limit, path=path)
    if quick is not None:
        return quick
    if kind == "note":
        return note_ids(db, _note_filter(filters), limit=limit)
    return _caption_ids(db, filters, limit)


def _note_filter(filters: Filters) -> NoteFilter:
    return NoteFilter(text=caption_search.as_query(filters))


def _caption_sql(db: Database, filters: Filters) -> tuple[str, list]:
    """The captions under ``filters``, as SQL over ``captions c`` joined to
    their article ``a`` (:mod:`.search.captions`)."""
    return caption_search.query_condition(db, filters)


_CAPTIONS = "FROM captions c LEFT JOIN articles a ON a.id = c.article_id"


def _caption_ids(db: Database, filters: Filters, limit: int | None) -> list[int]:
    sql, params = _caption_sql(db, filters)
    page = " LIMIT ?" if limit is not None else ""
    return [
        i
        for (i,) in db.execute(
            f"SELECT c.id {_CAPTIONS} WHERE {sql} "
            f"ORDER BY coalesce(c.date, a.date) DESC, c.id DESC{page}",
            params + ([limit] if limit is not None else []),
        )
    ]


def _caption_count(db: Database, filters: Filters, path: Path | None) -> int:
    quick = place_matches.count(db, filters, "caption", path=path)
    if quick is not None:
        return quick
    sql, params = _caption_sql(db, filters)
    return db.execute(f"SELECT count(*) {_CAPTIONS} WHERE {sql}", params).fetchone()[0]


_ROW_SQL = {
    "caption": """SELECT c.id, coalesce(c.date, a.date), coalesce(c.city, a.city),
        p.name, a.section, coalesce(c.label, ''), c.text, c.article_id, c.credit
        FROM captions c LEFT JOIN articles a ON a.id = c.article_id
        LEFT JOIN publications p ON p.id = a.publication_id WHERE c.id IN ({})""",
    "note": """SELECT n.id, coalesce(a.date, substr(n.updated_at, 1, 10)),
        coalesce(a.city, CASE WHEN n.target = 'city' THEN n.subject END),
        p.name, a.section, '', n.body, n.article_id, NULL
        FROM notes n LEFT JOIN articles a ON a.id = n.article_id
        LEFT JOIN publications p ON p.id = a.publication_id WHERE n.id IN ({})""",
}


def _rows(db: Database, kind: str, ids: list[int], query: str) -> list[ArticleRow]:
    rows = db.execute(_ROW_SQL[kind].format(",".join("?" * len(ids))), ids)
    out = []
    for record, date, city, paper, section, label, text, article, credit in rows:
        lines = (text or "").strip().splitlines()
        first_line = lines[0] if lines else ""
        title = f"{label} {first_line}".strip() if label else first_line
        out.append(
            ArticleRow(
                id=record,
                date=date,
                city=city,
                publication=paper,
                section=section,
                title=title[:80],
                caption_count=0,
                tags="",
                snippet=snippet_of([text, credit], query, before=2, after=40)
                if query
                else "",
                kind=kind,
                article_id=article,
            )
        )
    return out


# The query's shape


def _top_level(node: Node | None) -> list[Node]:
    if node is None:
        return []
    return list(node.nodes) if isinstance(node, And) else [node]


def _searches_text(node: Node | None) -> bool:
    """Whether ``node`` asks for text anywhere outside an exclusion."""
    if isinstance(node, Text):
        return True
    if isinstance(node, And | Or):
        return any(_searches_text(n) for n in node.nodes)
    return False  # a field, an exclusion (Not), or nothing
