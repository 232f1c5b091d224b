"""Every live caption's list order and facet values as arrays, so that the
Captions view lists, counts and facets 200,000 captions in milliseconds.

One table per archive file, shared by the process's connections, read again
when its captions may have changed (:func:`_version`: new captions or
credits, an edit of captions or of what lists hold) and kept in the user's
cache folder between sessions. The
query's text (and any field) is still answered by SQL, over the index; the
arrays narrow and count what it found.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from platformdirs import user_cache_path
from sqlite_utils import Database

from ..text import CAPTION_KINDS

FILE_FORMAT = 2
KINDS = CAPTION_KINDS
_TABLES: dict[Path, tuple[tuple, CaptionTable]] = {}
_LOCK = threading.Lock()


# Integers where they can be, the county as bytes (no text factory call a
# row: the distinct ones are decoded once), the kind as stored with the
# caption (text.caption_kind, as it is written: derived here from the text,
# it cost 0.3 s of the read's 2.1-2.7 s of CPU at 200,000 captions).
_ROWS = """SELECT c.id, coalesce(CAST(substr(replace(coalesce(c.date, (SELECT a.date
        FROM articles a WHERE a.id = c.article_id)), '-', '') || '00000000',
        1, 8) AS INTEGER), 0),
    CASE c.kind WHEN 'file' THEN 1 WHEN 'supplied' THEN 2 ELSE 0 END,
    c.image_path IS NOT NULL,
    CAST(coalesce(c.county, (SELECT a.county FROM articles a
        WHERE a.id = c.article_id), '') AS BLOB)
    FROM captions c WHERE c.deleted_at IS NULL"""
_CREDITS = """SELECT DISTINCT cr.caption_id, p.name FROM credits cr
    JOIN people p ON p.id = cr.person_id
    WHERE cr.role = 'photographer' AND cr.caption_id IS NOT NULL"""
# Read afresh: the credits by person id (no join, no DISTINCT: numpy drops
# the repeats), the names once. Measured at 200,000 captions: 0.5 s where
# the join with DISTINCT took 1.3-1.6 s.
_PHOTOGRAPHERS = """SELECT caption_id, person_id FROM credits
    WHERE role = 'photographer' AND caption_id IS NOT NULL"""
_PATCH_AT_MOST = 20_000  # captions changed: beyond this, read them all again


@dataclass
class CaptionTable:
    ids: np.ndarray  # int64, in list order: newest first
    datekey: np.ndarray  # int64: the date as YYYYMMDD (0: undated), for the order
    county: np.ndarray  # int32 codes into counties (-1: none)
    year: np.ndarray  # int32 (0: undated)
    kind: np.ndarray  # int8 codes into KINDS
    pictured: np.ndarray  # bool
    counties: list[str]
    credit_rows: np.ndarray  # int64: row (index into ids) of each photographer credit
    credit_people: np.ndarray  # int32 codes into people
    people: list[str]

    @classmethod
    def read(cls, db: Database) -> CaptionTable:
        """Every live caption's arrays, read in one pass over the captions and
        one over the credits (integers where they can be, the article read
        only for a caption without its own date or county)."""
        table = cls._empty()
        rows = db.execute(_ROWS).fetchall()
        pairs = _pairs(db.execute(_PHOTOGRAPHERS).fetchall())
        names = dict(db.execute("SELECT id, name FROM people").fetchall())
        people, codes = np.unique(pairs[:, 1], return_inverse=True)
        table.people = [names.get(int(i), "") for i in people]
        coded = np.stack([pairs[:, 0], codes.reshape(-1)], axis=1)
        table._add(rows, _unique(coded), _decoder(db))
        return table

    @classmethod
    def _empty(cls) -> CaptionTable:
        none = np.zeros(0, dtype=np.int64)
        return cls(
            ids=none,
            datekey=none,
            county=np.zeros(0, dtype=np.int32),
            year=np.zeros(0, dtype=np.int32),
            kind=np.zeros(0, dtype=np.int8),
            pictured=np.zeros(0, dtype=bool),
            counties=[],
            credit_rows=none,
            credit_people=np.zeros(0, dtype=np.int32),
            people=[],
        )

    def patch(self, db: Database, caption_ids: set[int]) -> None:
        """Read captions ``caption_ids`` again (those gone leave the table)."""
        wanted = np.array(sorted(caption_ids), dtype=np.int64)
        keep = ~np.isin(self.ids, wanted)
        credit_keep = keep[self.credit_rows]
        kept_pairs = np.stack(
            [
                self.ids[self.credit_rows[credit_keep]],
                self.credit_people[credit_keep].astype(np.int64),
            ],
            axis=1,
        )
        for name in ("ids", "datekey", "county", "year", "kind", "pictured"):
            setattr(self, name, getattr(self, name)[keep])
        rows, credits = [], []
        ids = wanted.tolist()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows += db.execute(f"{_ROWS} AND c.id IN ({marks})", chunk).fetchall()
            credits += db.execute(
                f"{_CREDITS} AND cr.caption_id IN ({marks})", chunk
            ).fetchall()
        code = {name: i for i, name in enumerate(self.people)}
        added = [(c, code.setdefault(n, len(code))) for c, n in credits]
        self.people = list(code)
        self._add(
            rows, np.concatenate([kept_pairs, _unique(_pairs(added))]), _decoder(db)
        )

    def _add(
        self, rows: list[tuple], pairs: np.ndarray, decode: Callable[[bytes], str]
    ) -> None:
        """Take in caption ``rows`` (as _ROWS reads them) and the photographer
        credits of every caption (caption id, code into ``people``; each
        once), then put them in order. ``decode``: the connection's text
        factory, for the counties' bytes. The rows go into one object array
        and out by column (a zip and a list per column took twice as long)."""
        table = np.array(rows, dtype=object).reshape(-1, 5)
        numbers = table[:, :4].astype(np.int64)
        code = {name.encode(): i for i, name in enumerate(self.counties)}
        code[b""] = -1
        county = np.fromiter(
            (code.setdefault(c, len(code) - 1) for c in table[:, 4]),
            dtype=np.int32,
            count=len(table),
        )
        self.counties = [decode(c) for c in code if c]
        datekey = numbers[:, 1]
        self.ids = np.concatenate([self.ids, numbers[:, 0]])
        self.datekey = np.concatenate([self.datekey, datekey])
        self.county = np.concatenate([self.county, county])
        self.year = np.concatenate([self.year, (datekey // 10_000).astype(np.int32)])
        self.kind = np.concatenate([self.kind, numbers[:, 2].astype(np.int8)])
        self.pictured = np.concatenate([self.pictured, numbers[:, 3].astype(bool)])
        newest = np.lexsort((-self.ids, -self.datekey))
        for name in ("ids", "datekey", "county", "year", "kind", "pictured"):
            setattr(self, name, getattr(self, name)[newest])
        order = np.argsort(self.ids)
        if len(self.ids) and len(pairs):
            at = np.minimum(
                np.searchsorted(self.ids, pairs[:, 0], sorter=order), len(self.ids) - 1
            )
            rows_at = order[at]
            inside = self.ids[rows_at] == pairs[:, 0]
            self.credit_rows = rows_at[inside].astype(np.int64)
            self.credit_people = pairs[inside, 1].astype(np.int32)
        else:
            self.credit_rows = np.zeros(0, dtype=np.int64)
            self.credit_people = np.zeros(0, dtype=np.int32)

    # Narrowing and counting

    def matching(self, found: np.ndarray | None) -> np.ndarray:
        """Which rows the query found (``found``: caption ids; None: all)."""
        if found is None:
            return np.ones(len(self.ids), dtype=bool)
        return np.isin(self.ids, found)

    def chosen(self, facet: str, value: object) -> np.ndarray | None:
        """Which rows hold ``value`` of ``facet`` (None: no choice made)."""
        if value is None:
            return None
        if facet == "county":
            code = self.counties.index(value) if value in self.counties else -2
            return self.county == code
        if facet == "year":
            return self.year == int(value)  # type: ignore[call-overload]
        if facet == "kind":
            return self.kind == (KINDS.index(value) if value in KINDS else -1)
        if facet == "photographer":
            mask = np.zeros(len(self.ids), dtype=bool)
            if value in self.people:
                code = self.people.index(value)
                mask[self.credit_rows[self.credit_people == code]] = True
            return mask
        raise ValueError(facet)

    def counts(self, facet: str, mask: np.ndarray, limit: int) -> list[tuple]:
        """(value, count) of ``facet`` over the rows in ``mask``, most first
        (years newest first)."""
        if facet == "photographer":
            inside = mask[self.credit_rows]
            counted = np.bincount(
                self.credit_people[inside], minlength=len(self.people)
            )
            labels: list = self.people
        elif facet == "county":
            codes = self.county[mask]
            counted = np.bincount(codes[codes >= 0], minlength=len(self.counties))
            labels = self.counties
        elif facet == "kind":
            counted = np.bincount(self.kind[mask], minlength=len(KINDS))
            labels = list(KINDS)
        else:
            years = self.year[mask]
            years = years[years > 0]
            values, numbers = np.unique(years, return_counts=True)
            pairs = sorted(zip(values.tolist(), numbers.tolist(), strict=True))
            return pairs[::-1][:limit]
        present = np.flatnonzero(counted)
        order = sorted(present.tolist(), key=lambda i: (-counted[i], labels[i]))
        return [(labels[i], int(counted[i])) for i in order[:limit]]

    # Keeping

    def save(self, file: Path, version: tuple) -> None:
        meta = {
            "format": FILE_FORMAT,
            "version": list(version),
            "counties": self.counties,
            "people": self.people,
        }
        file.parent.mkdir(parents=True, exist_ok=True)
        partial = file.with_name(file.name + ".part")
        with partial.open("wb") as out:
            np.savez(
                out,
                meta=np.array(json.dumps(meta, ensure_ascii=False)),
                ids=self.ids,
                datekey=self.datekey,
                county=self.county,
                year=self.year,
                kind=self.kind,
                pictured=self.pictured,
                credit_rows=self.credit_rows,
                credit_people=self.credit_people,
            )
        partial.replace(file)

    @classmethod
    def load(cls, file: Path, version: tuple) -> CaptionTable | None:
        with np.load(file, allow_pickle=False) as saved:
            meta = json.loads(str(saved["meta"]))
            if meta.get("format") != FILE_FORMAT or meta["version"] != list(version):
                return None
            return cls(
                ids=saved["ids"],
                datekey=saved["datekey"],
                county=saved["county"],
                year=saved["year"],
                kind=saved["kind"],
                pictured=saved["pictured"],
                counties=meta["counties"],
                credit_rows=saved["credit_rows"],
                credit_people=saved["credit_people"],
                people=meta["people"],
            )


def _decoder(db: Database) -> Callable[[bytes], str]:
    """The connection's text factory (its damage check), for text read as
    bytes; UTF-8 for a connection with none of its own."""
    factory = db.conn.text_factory
    if factory is str or not callable(factory):
        return lambda data: data.decode("utf-8")
    return factory


def _pairs(rows: list[tuple[int, int]]) -> np.ndarray:
    """(caption id, person) pairs as an (n, 2) int64 array."""
    return np.array(rows, dtype=np.int64).reshape(-1, 2)


def _unique(pairs: np.ndarray) -> np.ndarray:
    """(caption id, person) pairs each once (a credit given twice counts
    once), by one int64 key each: np.unique(axis=0) sorts rows, 5x slower."""
    if not len(pairs):
        return pairs.reshape(-1, 2)
    keys = np.unique((pairs[:, 0] << 24) | pairs[:, 1])
    return np.stack([keys >> 24, keys & 0xFFFFFF], axis=1)


def _version(db: Database, path: Path) -> tuple:
    """Changes whenever the table may: a new file, new captions or credits,
    an edit (or its undo, itself an edit) that changed captions or lists.
    A note saved or a tag renamed leaves it as it is."""
    inode = path.stat().st_ino
    return (
        inode,
        *db.execute(
            """SELECT (SELECT max(id) FROM captions), (SELECT max(id) FROM credits),
            (SELECT max(id) FROM edits WHERE changes IS NULL
                OR changes NOT LIKE '%"captions": []%'
                OR changes LIKE '%"membership"%' OR changes LIKE '%"everything"%'),
            (SELECT value FROM settings WHERE key = 'generation')"""
        ).fetchone(),
    )


def _changed_since(db: Database, seen: tuple, now: tuple) -> set[int] | None:
    """The captions the edits since version ``seen`` may have changed, with
    those added since; None when they cannot be told apart (another file,
    an edit that changed everything, too many)."""
    if seen[0] != now[0] or seen[4] != now[4] or (seen[1] or 0) > (now[1] or 0):
        return None
    captions: set[int] = set()
    articles: set[int] = set()
    for (changes,) in db.execute(
        "SELECT changes FROM edits WHERE id > ? AND id <= ?",
        [seen[3] or 0, now[3] or 0],
    ):
        try:
            data = json.loads(changes)
        except (TypeError, ValueError):
            return None
        if "everything" in data.get("flags", ()):
            return None
        captions.update(data.get("captions", ()))
        articles.update(data.get("articles", ()))
    if articles:
        listed = sorted(articles)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            captions.update(
                i
                for (i,) in db.execute(
                    "SELECT id FROM captions WHERE article_id IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
    captions.update(
        i
        for (i,) in db.execute(
            "SELECT id FROM captions WHERE id > ? LIMIT ?",
            [seen[1] or 0, _PATCH_AT_MOST + 1],
        )
    )
    return captions if len(captions) <= _PATCH_AT_MOST else None


def cache_file(path: Path) -> Path:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20]
    return user_cache_path("Clipfile", appauthor=False) / "captions" / f"{digest}.npz"


def ready(db: Database, path: Path | None) -> bool:
    """Whether :func:`table` answers at once: the table is in memory and up
    to date (or a few edits behind), or kept in the cache folder for this
    version of the archive. False when every caption is to be read afresh
    (seconds at 200,000 captions): a new file, or its cache gone."""
    if path is None:
        return True
    version = _version(db, path)
    with _LOCK:
        cached = _TABLES.get(path.resolve())
    if cached is not None:
        if cached[0] == version:
            return True
        changed = _changed_since(db, cached[0], version)
        if changed is not None:
            return True
    try:
        with np.load(cache_file(path), allow_pickle=False) as saved:
            meta = json.loads(str(saved["meta"]))
    except (OSError, ValueError, KeyError):
        return False
    return meta.get("format") == FILE_FORMAT and meta.get("version") == list(version)


def table(db: Database, path: Path | None) -> CaptionTable:
    """The up-to-date table of the archive at ``path`` (read afresh for an
    archive in memory)."""
    if path is None:
        return CaptionTable.read(db)
    version = _version(db, path)
    key = path.resolve()
    with _LOCK:
        cached = _TABLES.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
        if cached is not None:
            changed = _changed_since(db, cached[0], version)
            if changed is not None:
                cached[1].patch(db, changed)
                _TABLES[key] = (version, cached[1])
                with contextlib.suppress(OSError):
                    cached[1].save(cache_file(path), version)
                return cached[1]
        loaded = None
        try:
            loaded = CaptionTable.load(cache_file(path), version)
        except (OSError, ValueError, KeyError):
            loaded = None
        if loaded is None:
            loaded = CaptionTable.read(db)
            with contextlib.suppress(OSError):  # a cache: else read next time
                loaded.save(cache_file(path), version)
        _TABLES.clear()  # one archive's table in memory
        _TABLES[key] = (version, loaded)
        return loaded
