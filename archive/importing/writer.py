"""Writing one imported page's drafts as records, inside the caller's transaction.

A new file's records are inserted; a corrected version of a file updates the
records the earlier version made (matched by title or caption text), keeping
their ids, tags and notes, and retires the ones it no longer has.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from ..compare.storage import rows as figure_rows
from ..models import Doc
from ..store.database import inserted_id
from ..tags.passages import reanchor
from ..text import caption_kind, new_uuid, now, word_count, year_of
from .drafts import ArticleDraft, CaptionDraft, PageDraft, Span
from .reports import FileReport

if TYPE_CHECKING:  # the facade imports the importer
    from ..core import Archive
    from ..journal import Write


@dataclass(frozen=True)
class Prepared:
    """What the writer works out from a page before writing it, in a worker
    process when the page is read ahead (:meth:`.FileReading.whole`), so
    that the one process that writes does less: the file's bytes and text
    compressed as stored, and each record's columns that follow from its
    draft alone. ``articles``: (word count, start, end, pieces) of each,
    in order; ``captions``: (start, end, pieces, kind) of each, in the order
    they are written (each article's, then the page's own)."""

    content: bytes
    stored_text: bytes | None
    articles: list[tuple[int, int | None, int | None, str | None]]
    captions: list[tuple[int | None, int | None, str | None, str]]


def prepare(page: PageDraft, text: str, data: bytes) -> Prepared:
    """:class:`Prepared` of a page read from ``data`` as ``text``."""
    articles = []
    captions = []
    for draft in page.articles:
        articles.append(
            (
                word_count(draft.title, draft.subtitle, draft.summary, draft.body),
                *_extent(draft.spans),
                _pieces(draft.spans, text_between=text),
            )
        )
        captions += draft.captions
    return Prepared(
        zlib.compress(data),
        _stored_text(text, data),
        articles,
        [
            (
                *_extent(c.spans),
                _pieces(c.spans, text_between=text),
                caption_kind(c.label, c.text, c.credit),
            )
            for c in [*captions, *page.captions]
        ],
    )


@dataclass(frozen=True)
class Written:
    """What writing one page did to the index and the facet counts."""

    fresh: list[Doc]  # records made anew: to index
    changed: list[Doc]  # records an earlier version of the file made, updated
    touched: set[int]  # articles whose facet values may have changed


class Writer:
    """Writes one page's drafts inside the caller's :class:`Write`."""

    def __init__(self, archive: Archive, report: FileReport, write: Write) -> None:
        self.db: Database = archive.db
        self.editor = archive.editor or None
        self.report = report
        self.index = write  # takes records' old text out before they change
        self.at = now()
        # the page's figure rows, written with it (one statement, not four)
        entries = figure_rows.own_text(self.db)
        self.dictionary = figure_rows.entries_digest(entries)
        self.figures = figure_rows.FigureBatch(figure_rows.dictionary_from(entries))

    def write(
        self,
        *,
        path: Path,
        data: bytes,
        hashes: tuple[str, str],
        kind: str,
        text: str,
        page: PageDraft,
        figures: tuple[str | None, list[figure_rows.ReadFigures]] = (None, []),
        prepared: Prepared | None = None,
    ) -> Written:
        """``figures``: the articles' figures read ahead (by a worker, with
        the indicator entries whose digest is its first item), one per
        article; read here unless read with the archive's entries as they are.
        ``prepared``: what :func:`prepare` makes of the page (worked out
        here if not given; ``data`` is then not needed)."""
        self.text = text  # what the records' spans index into
        if prepared is None:
            prepared = prepare(page, text, data)
        self.articles = iter(prepared.articles)
        self.captions = iter(prepared.captions)
        read_with, read = figures
        self.read: list[figure_rows.ReadFigures | None] = (
            list(read)
            if read_with == self.dictionary and len(read) == len(page.articles)
            else [None] * len(page.articles)
        )
        self.publication_ids: dict[str, int | None] = {}  # the page's, once
        # (name, role, article id, caption id, position): its records' credits
        self.credits: list[tuple[str, str, int | None, int | None, int]] = []
        previous = self._previous_version(str(path))
        source_id = inserted_id(
            self.db.execute(
                "INSERT INTO sources (path, sha256, text_sha256, encoding, format, "
                "content, text, imported_at, imported_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    str(path),
                    *hashes,
                    self.report.encoding,
                    kind,
                    prepared.content,
                    prepared.stored_text,
                    self.at,
                    self.editor,
                ],
            )
        )
        old = OldRecords(self.db, previous) if previous else None
        # ids of records an earlier version made (article and caption ids may
        # coincide: the second add() checks what is indexed)
        updated = (
            set(old.articles.values()) | set(old.captions.values()) if old else set()
        )
        for draft, read_figures in zip(page.articles, self.read, strict=True):
            article_id = self._article(draft, page, source_id, old, read_figures)
            for position, caption in enumerate(draft.captions):
                self._caption(
                    caption,
                    page=page,
                    source_id=source_id,
                    article_id=article_id,
                    position=position,
                    old=old,
                )
        for caption in page.captions:
            self._caption(
                caption,
                page=page,
                source_id=source_id,
                article_id=None,
                position=0,
                old=old,
            )
        for span in page.leftovers:
            self.db.execute(
                'INSERT INTO leftovers (source_id, start, "end", text) '
                "VALUES (?, ?, ?, ?)",
                [source_id, span.start, span.end, text[span.start : span.end]],
            )
        self.report.leftovers = len(page.leftovers)
        self._write_credits()
        self.figures.write(self.db)
        # the articles whose facet values this file may change
        touched = set(self.report.articles)
        if old is not None:
            touched |= set(old.articles.values())
            old.retire(self.at, self.editor, self.index)
            self.report.status = "updated"
        report = self.report
        return Written(
            fresh=[Doc("a", i) for i in report.articles if i not in updated]
            + [Doc("c", i) for i in report.captions if i not in updated],
            changed=[Doc("a", i) for i in report.articles if i in updated]
            + [Doc("c", i) for i in report.captions if i in updated],
            touched=touched,
        )

    def _previous_version(self, path: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM sources WHERE path = ? ORDER BY id DESC LIMIT 1", [path]
        ).fetchone()
        return row[0] if row else None

    def _publication(self, page: PageDraft) -> int | None:
        if not page.publication:
            return None
        if page.publication not in self.publication_ids:
            self.publication_ids[page.publication] = self._find_publication(page)
        return self.publication_ids[page.publication]

    def _find_publication(self, page: PageDraft) -> int | None:
        row = self.db.execute(
            "SELECT id FROM publications WHERE name = ?", [page.publication]
        ).fetchone()
        if row:
            return row[0]
        return inserted_id(
            self.db.execute(
                "INSERT INTO publications (name, city, kind) VALUES (?, ?, ?)",
                [page.publication, page.city, "website" if page.web else "newspaper"],
            )
        )

    def _article(
        self,
        draft: ArticleDraft,
        page: PageDraft,
        source_id: int,
        old: OldRecords | None,
        read_figures: figure_rows.ReadFigures | None = None,
    ) -> int:
        words, start, end, pieces = next(self.articles)
        notes = {
            k: v for k, v in (("joins", draft.joins), ("untitled", draft.untitled)) if v
        }
        values = {
            "publication_id": self._publication(page),
            "date": draft.date,
            "year": year_of(draft.date),
            "city": page.city,
            "county": draft.county,
            "section": draft.section,
            "kicker": draft.kicker,
            "title": draft.title,
            "subtitle": draft.subtitle,
            "summary": draft.summary,
            "dateline": draft.dateline,
            "word_count": words,
            "views": draft.views,
            "source_id": source_id,
            "source_start": start,
            "source_end": end,
            "source_pieces": pieces,
            "import_notes": json.dumps(notes, ensure_ascii=False) if notes else None,
        }
        previous = old.take_article(draft) if old else None
        article_id = self._save("articles", values, previous)
        self.db.execute(
            "INSERT OR REPLACE INTO article_bodies (article_id, body) VALUES (?, ?)",
            [article_id, draft.body],
        )
        if previous is not None:  # a corrected page: passages follow
            reanchor(self.db, article_id)
        self._credits(draft.people, article_id=article_id)
        # figures read from the text as it is imported (an updated article's
        # replace those of its earlier version; curation holds by sentence)
        figure_rows.store_article(
            self.db,
            article_id,
            title=draft.title or "",
            body=draft.body,
            date=draft.date,
            city=page.city,
            county=draft.county,
            fresh=previous is None,
            batch=self.figures,
            read=read_figures,
        )
        self.report.articles.append(article_id)
        return article_id

    def _caption(
        self,
        draft: CaptionDraft,
        *,
        page: PageDraft,
        source_id: int,
        article_id: int | None,
        position: int,
        old: OldRecords | None,
    ) -> None:
        start, end, pieces, kind = next(self.captions)
        values = {
            "article_id": article_id,
            "position": position,
            "label": draft.label,
            "text": draft.text,
            "date": draft.date,
            "city": page.city,
            "county": draft.county,
            "credit": draft.credit,
            "kind": kind,
            "section": draft.section,
            "source_id": source_id,
            "source_start": start,
            "source_end": end,
            "source_pieces": pieces,
        }
        caption_id = self._save(
            "captions", values, old.take_caption(draft) if old else None
        )
        self._credits({"photographer": draft.photographers}, caption_id=caption_id)
        self.report.captions.append(caption_id)

    def _save(self, table: str, values: dict, record_id: int | None) -> int:
        """Insert a record, or update the one an earlier version of the file made
        (taking its index entry and credits out first: they are written anew)."""
        if record_id is None:
            columns = ", ".join(values)
            marks = ", ".join("?" * len(values))
            return inserted_id(
                self.db.execute(
                    f"INSERT INTO {table} (uuid, {columns}, created_at, created_by, "
                    f"updated_at, updated_by) VALUES (?, {marks}, ?, ?, ?, ?)",
                    [
                        new_uuid(),
                        *values.values(),
                        self.at,
                        self.editor,
                        self.at,
                        self.editor,
                    ],
                )
            )
        kind, column = (
            ("a", "article_id") if table == "articles" else ("c", "caption_id")
        )
        self.index.documents_before([Doc(kind, record_id)])
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(
            f"UPDATE {table} SET {assignments}, updated_at = ?, updated_by = ? "
            "WHERE id = ?",
            [*values.values(), self.at, self.editor, record_id],
        )
        self.db.execute(f"DELETE FROM credits WHERE {column} = ?", [record_id])
        return record_id

    def _credits(
        self,
        people: dict[str, list[str]],
        *,
        article_id: int | None = None,
        caption_id: int | None = None,
    ) -> None:
        """A record's credits, written with the page's (:meth:`_write_credits`)."""
        position = 0
        for role, names in people.items():
            for name in names:
                self.credits.append((name, role, article_id, caption_id, position))
                position += 1

    def _write_credits(self) -> None:
        """The page's credits in three statements, not two or three a name:
        the people not yet known added (in the order they are first named,
        as one by one), their ids read back, the credits inserted."""
        if not self.credits:
            return
        names = list(dict.fromkeys(name for name, *_ in self.credits))
        conn = self.db.conn
        conn.executemany(
            "INSERT OR IGNORE INTO people (name) VALUES (?)", [(n,) for n in names]
        )
        ids: dict[str, int] = {}
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            marks = ",".join("?" * len(chunk))
            ids.update(
                (name, person)
                for person, name in conn.execute(
                    f"SELECT id, name FROM people WHERE name IN ({marks})", chunk
                )
            )
        conn.executemany(
            "INSERT INTO credits (person_id, role, article_id, caption_id, position) "
            "VALUES (?, ?, ?, ?, ?)",
            [(ids[name], *rest) for name, *rest in self.credits],
        )
        self.credits = []


class OldRecords:
    """The records an earlier version of the same file made, matched by title/text."""

    def __init__(self, db: Database, source_id: int) -> None:
        self.db = db
        self.articles = dict(
            db.execute(
                "SELECT title, id FROM articles "
                "WHERE source_id = ? AND deleted_at IS NULL",
                [source_id],
            ).fetchall()
        )
        self.captions = dict(
            db.execute(
                "SELECT text, id FROM captions "
                "WHERE source_id = ? AND deleted_at IS NULL",
                [source_id],
            ).fetchall()
        )

    def take_article(self, draft: ArticleDraft) -> int | None:
        return self.articles.pop(draft.title, None)

    def take_caption(self, draft: CaptionDraft) -> int | None:
        return self.captions.pop(draft.text, None)

    def retire(self, at: str, editor: str | None, index: Write) -> None:
        """Records the corrected file no longer has go to the trash."""
        index.documents_before(
            [Doc("a", i) for i in self.articles.values()]
            + [Doc("c", i) for i in self.captions.values()]
        )
        reason = "not in the corrected version of its source file"
        figure_rows.forget_articles(self.db, list(self.articles.values()))
        for table, ids in (
            ("articles", self.articles.values()),
            ("captions", self.captions.values()),
        ):
            for record_id in ids:
                self.db.execute(
                    f"UPDATE {table} SET deleted_at = ?, deleted_by = ?, "
                    "deleted_reason = ? WHERE id = ?",
                    [at, editor, reason, record_id],
                )


def _stored_text(text: str, data: bytes) -> bytes | None:
    """The text the records' spans index into, compressed; None when it is the
    file's own bytes read as UTF-8 (most files), which are stored anyway."""
    encoded = text.encode("utf-8")
    return None if encoded == data else zlib.compress(encoded)


def _pieces(spans: list[Span], *, text_between: str) -> str | None:
    """The stretches of the source a record was read from, as JSON, when there
    are more than one: neighbours apart by nothing but white space are one."""
    pieces: list[list[int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if pieces and not text_between[pieces[-1][1] : span.start].strip():
            pieces[-1][1] = max(pieces[-1][1], span.end)
        else:
            pieces.append([span.start, span.end])
    return json.dumps(pieces) if len(pieces) > 1 else None


def _extent(spans: list[Span]) -> tuple[int | None, int | None]:
    if not spans:
        return None, None
    return min(s.start for s in spans), max(s.end for s in spans)
