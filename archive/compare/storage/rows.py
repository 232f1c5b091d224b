"""Figures stored as rows: read from an article's text at import, on every
edit of that text, and again for a whole archive (after an upgrade, or when
the extractor improves). Rows exist for live articles only; a trashed
article's figures go with it and come back with it."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from ..dictionary import IndicatorDictionary
from ..figures import article_text, extract_figures
from ..model import Figure
from .indicators import dictionary_from, dictionary_of, mark_read, own_text
from .indicators import digest as entries_digest
from .indicators import stale as read_with_another_dictionary
from .keys import curation_key, figure_key

__all__ = [  # kept where they were first, or for the importer
    "curation_key",
    "dictionary_from",
    "entries_digest",
    "figure_key",
    "own_text",
]

Progress = Callable[[int, int], None]

_COLUMNS = (
    "article_id date indicator kind value unit normalised base_unit earlier "
    "is_level qualifiers year place city county level scope sentence "
    'sentence_start sentence_end start "end" named_as key'
).split()
_INSERT = (
    f"INSERT INTO figures ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_COLUMNS))})"
)
_CHUNK = 2_000


def place_level(figure: Figure) -> str:
    """``city`` for the city's own figure (焦作, 焦作市), ``county`` for a
    county's, ``other`` for a zone's (焦作高新区) or the province's."""
    if figure.county is not None:
        return "county"
    if figure.city is not None and figure.place in (figure.city, figure.city + "市"):
        return "city"
    return "other"


def digest(
    title: str, body: str, date: str | None, city: str | None, county: str | None
) -> int:
    """A CRC of what an article's figures are read from."""
    text = "\x1f".join((title, body, date or "", city or "", county or ""))
    return zlib.crc32(text.encode("utf-8"))


def rows_of(
    article_id: int,
    date: str | None,
    figures: Iterable[Figure],
    ids: Mapping[str, str] | None = None,
) -> list:
    """The figures' rows; ``ids`` maps an indicator's name to its id."""
    return [(article_id, *row) for row in _rows(date, figures, ids or {})]


def _rows(date: str | None, figures: Iterable[Figure], ids: Mapping[str, str]) -> list:
    """The figures' rows but their first column, the article's id."""
    return [
        (
            date,
            f.indicator,
            f.kind,
            f.value,
            f.unit,
            f.normalised,
            f.base_unit,
            f.earlier,
            int(f.level is not None),
            " ".join(f.qualifiers),
            f.year,
            f.place,
            f.city,
            f.county,
            place_level(f),
            f.scope,
            f.sentence,
            f.sentence_start,
            f.sentence_end,
            f.start,
            f.end,
            f.named_as,
            figure_key(f, ids.get(f.indicator)),
        )
        for f in figures
    ]


@dataclass(frozen=True)
class ReadFigures:
    """An article's figures read before its id is known (in an import's
    worker process, :mod:`archive.importing.workers`): their rows but the
    article's id, and the digest of the text, date and place they were read
    from, by which the writer knows they are this article's."""

    rows: tuple[tuple, ...]
    digest: int


def read_figures(
    dictionary: IndicatorDictionary,
    *,
    title: str,
    body: str,
    date: str | None,
    city: str | None,
    county: str | None,
) -> ReadFigures:
    """What :func:`store_article` would store for this text, read anywhere
    (pure: nothing but its arguments)."""
    figures = extract_figures(
        article_text(title, body),
        date=date,
        city=city,
        county=county,
        dictionary=dictionary,
    )
    return ReadFigures(
        tuple(_rows(date, figures, dictionary.id_of)),
        digest(title, body, date, city, county),
    )


_TEXT = "INSERT OR REPLACE INTO figure_texts (article_id, digest) VALUES (?, ?)"


class FigureBatch:
    """The figure rows of one imported page, written together when the page
    is: one ``executemany`` of its figures and one of its texts' digests
    rather than two statements per article. An import runs more distinct
    statements than sqlite3 keeps prepared (128), so each article's insert
    into the figures table, 24 columns and four indexes, was prepared again:
    110 µs of CPU per article in an import, 30 µs when prepared once."""

    def __init__(self, dictionary: IndicatorDictionary) -> None:
        self.dictionary = dictionary
        self.rows: list[tuple] = []
        self.texts: list[tuple[int, int]] = []

    def write(self, db: Database) -> None:
        """Insert what was gathered, and start again."""
        if self.rows:
            db.conn.executemany(_INSERT, self.rows)
        if self.texts:
            db.conn.executemany(_TEXT, self.texts)
        self.rows, self.texts = [], []


def store_article(
    db: Database,
    article_id: int,
    *,
    title: str,
    body: str,
    date: str | None,
    city: str | None,
    county: str | None,
    fresh: bool = False,
    dictionary: IndicatorDictionary | None = None,
    batch: FigureBatch | None = None,
    read: ReadFigures | None = None,
) -> int:
    """Read the article's figures and keep them, replacing what it had (a
    ``fresh`` article has none: nothing to delete). With a ``batch`` the new
    rows wait in it until its :meth:`~FigureBatch.write` (and are read with
    its dictionary). ``read``: the figures already read with the same
    dictionary (:func:`read_figures`, by an import's worker), kept as they
    are if they were read from this very text. Returns how many figures."""
    if batch is not None:
        dictionary = batch.dictionary
    dictionary = dictionary or dictionary_of(db)
    if read is None or read.digest != digest(title, body, date, city, county):
        read = read_figures(
            dictionary, title=title, body=body, date=date, city=city, county=county
        )
    if not fresh:
        db.execute("DELETE FROM figures WHERE article_id = ?", [article_id])
    into = batch or FigureBatch(dictionary)
    if read.rows:
        into.rows += [(article_id, *row) for row in read.rows]
    into.texts.append((article_id, read.digest))
    if batch is None:
        into.write(db)
    return len(read.rows)


def forget_articles(db: Database, ids: Sequence[int]) -> None:
    """Trashed or retired articles report nothing any more."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM figures WHERE article_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM figure_texts WHERE article_id IN ({marks})", chunk)


def refresh_articles(db: Database, ids: Iterable[int]) -> set[int]:
    """Bring the figures of articles ``ids`` in step with their text as it
    now is (after an edit, an undo): read again only where the text, date or
    place changed; a trashed article's figures go. Returns the articles whose
    figures changed."""
    changed: set[int] = set()
    ids = sorted(set(ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT a.id, a.title, coalesce(b.body, ''), a.date, a.city, a.county, "
            "a.deleted_at IS NOT NULL, t.digest FROM articles a "
            "LEFT JOIN article_bodies b ON b.article_id = a.id "
            "LEFT JOIN figure_texts t ON t.article_id = a.id "
            f"WHERE a.id IN ({marks})",
            chunk,
        ).fetchall()
        found = {row[0] for row in rows}
        gone = [i for i in chunk if i not in found]
        for article_id, title, body, date, city, county, trashed, kept in rows:
            if trashed:
                if kept is not None:
                    gone.append(article_id)
                continue
            if kept == digest(title, body, date, city, county):
                continue
            store_article(
                db, article_id, title=title, body=body, date=date, city=city,
                county=county,
            )  # fmt: skip
            changed.add(article_id)
        if gone:
            forget_articles(db, gone)
            changed.update(gone)
    return changed


def store_all(db: Database, progress: Progress | None = None) -> int:
    """Read every live article's figures afresh (inside the caller's
    transaction); returns how many figures there are now."""
    db.execute("DELETE FROM figures")
    db.execute("DELETE FROM figure_texts")
    total = db.execute(
        "SELECT count(*) FROM articles WHERE deleted_at IS NULL"
    ).fetchone()[0]
    done, last, found = 0, 0, 0
    dictionary = dictionary_of(db)
    batch = FigureBatch(dictionary)
    while True:
        rows = db.execute(
            "SELECT a.id, a.title, coalesce(b.body, ''), a.date, a.city, a.county "
            "FROM articles a LEFT JOIN article_bodies b ON b.article_id = a.id "
            "WHERE a.id > ? AND a.deleted_at IS NULL ORDER BY a.id LIMIT ?",
            [last, _CHUNK],
        ).fetchall()
        if not rows:
            break
        for article_id, title, body, date, city, county in rows:
            found += store_article(
                db, article_id, title=title, body=body, date=date, city=city,
                county=county, fresh=True, batch=batch,
            )  # fmt: skip
        batch.write(db)
        done += len(rows)
        last = rows[-1][0]
        if progress:
            progress(done, total)
    db.execute("DELETE FROM settings WHERE key = 'figures_stale'")
    mark_read(db)
    return found


def stale(db: Database) -> bool:
    """Whether the archive's figures are still to be read (after an upgrade,
    or read with another indicator dictionary than the archive's)."""
    row = db.execute("SELECT value FROM settings WHERE key = 'figures_stale'")
    return row.fetchone() is not None or read_with_another_dictionary(db)
