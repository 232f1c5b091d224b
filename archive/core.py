"""The :class:`Archive` facade: the one way the GUI and the CLI reach the database."""

from __future__ import annotations

import getpass
import json
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from . import found
from .commands import Command
from .errors import ArchiveError, InvalidInput, ReadOnlyArchive, RecordNotFound
from .journal import HistoryEntry, Journal, UndoState
from .lazy import lazy
from .models import (
    Article,
    ArticleRow,
    Caption,
    Changes,
    FacetValue,
    Filters,
    Note,
    NoteVersion,
    Problem,
    SearchResult,
)
from .notes import links as note_links
from .notes import listing as note_listing
from .notes import targets as note_targets
from .notes.listing import NoteFilter
from .people import names as people_names
from .people import pages as people_pages
from .records import reading as records
from .search import captions as caption_search
from .search import facet_cache, listing, saved
from .search import index as index_module
from .search.index import Index
from .search.query import field_names, parse
from .store import backups as backup_files
from .store import check as checks
from .store import damage, preferences
from .store import database as store
from .store.paths import is_archive_file, media_folder
from .tags import edits as tag_edits
from .tags import favourites as tag_favourites
from .tags import passages as tag_passages
from .tags import tree as tag_tree
from .tags.completion import TagIndex
from .tags.tree import TagInfo

if TYPE_CHECKING:
    from .compare import dictionary as compare_dictionary
    from .compare import places as compare_places
    from .compare.dictionary import Indicator
    from .compare.places import ComparePlace
    from .compare.side_by_side import columns, matrix, report, sets
    from .compare.side_by_side.sets import CompareSet
    from .compare.storage import export as figure_export
    from .compare.storage import hooks as figure_hooks
    from .compare.storage import indicators as figure_indicators
    from .compare.storage import reading as figure_reading
    from .compare.storage import rows as figure_rows
    from .compare.storage.export import Citation
    from .compare.storage.reading import Cell, FigureTable, StoredFigure
    from .exchange import iptc, nitf
    from .importing import importer
    from .importing import layout as page_layout
    from .importing.importer import Progress as ImportProgress
    from .importing.reports import ImportReport
    from .journal import Write
    from .media import commands as media_commands
    from .media import files as media_files
    from .media import images as media_images
    from .media import metadata as media_metadata
    from .media import pictures as media_pictures
    from .media import sidecar as media_sidecar
    from .media.commands import AttachPictures, Picture
    from .notes import dossier
    from .notes import render as note_render
    from .notes.targets import NoteTarget
    from .store.backups import Backup
    from .store.damage import Damage
    from .tags import exchange as tag_exchange
    from .tags import suggest as tag_suggest
    from .tags.passages import Passage
    from .tags.suggest import Suggestion
else:  # imported when first used: not needed to open the window (issue 17)
    compare_dictionary = lazy("archive.compare.dictionary")
    compare_places = lazy("archive.compare.places")
    columns = lazy("archive.compare.side_by_side.columns")
    matrix = lazy("archive.compare.side_by_side.matrix")
    report = lazy("archive.compare.side_by_side.report")
    sets = lazy("archive.compare.side_by_side.sets")
    figure_export = lazy("archive.compare.storage.export")
    figure_hooks = lazy("archive.compare.storage.hooks")
    figure_indicators = lazy("archive.compare.storage.indicators")
    figure_reading = lazy("archive.compare.storage.reading")
    figure_rows = lazy("archive.compare.storage.rows")
    iptc = lazy("archive.exchange.iptc")
    nitf = lazy("archive.exchange.nitf")
    importer = lazy("archive.importing.importer")
    page_layout = lazy("archive.importing.layout")
    media_commands = lazy("archive.media.commands")
    media_files = lazy("archive.media.files")
    media_images = lazy("archive.media.images")
    media_metadata = lazy("archive.media.metadata")
    media_pictures = lazy("archive.media.pictures")
    media_sidecar = lazy("archive.media.sidecar")
    dossier = lazy("archive.notes.dossier")
    note_render = lazy("archive.notes.render")
    tag_exchange = lazy("archive.tags.exchange")
    tag_suggest = lazy("archive.tags.suggest")


def _figures_after_write(write: Write) -> Changes:
    """The figures' hook on every write (compare.storage.hooks), imported
    with the first write."""
    return figure_hooks.after_write(write)


# A Compare column's first rows (compare.side_by_side.columns.FIRST_ROWS,
# not read from there so that Compare is imported with its first use)
COMPARE_FIRST_ROWS = 200

# An edit of this many records or more is preceded by a backup (if the newest
# is half an hour old): a mistaken bulk tagging or trash is then one restore away
BULK_EDIT = 1000
BULK_BACKUP = "before-bulk-edit"  # the reason a backup before an edit gives
KEPT_CACHE_KB = 64 * 1024  # the page cache of a reader kept open (reader(kept=True))


class Archive:
    """An open archive file.

    Reads return dataclasses; every write is a :class:`~archive.commands.Command`
    run by :meth:`execute` in one transaction, logged with the editor's name,
    kept for :meth:`undo`, and answered with the :class:`Changes` it made.
    One Archive belongs to one thread; :meth:`reader` opens another
    connection for a worker thread.
    """

    def __init__(
        self,
        db: Database,
        *,
        path: Path | None,
        readonly: bool = False,
        editor: str | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.editor = editor or _default_editor()
        self.journal = Journal(db, path, self.editor)
        self.journal.finishers.append(_figures_after_write)
        self.keeps_facets = True  # on close, keep the facet arrays for next time
        self._media_root: Path | None = None  # the media folder, resolved once

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        readonly: bool = False,
        editor: str | None = None,
        backing_up: store.Progress | None = None,
        phase_started: Callable[[str], None] | None = None,
    ) -> Archive:
        """Open the archive at ``path`` (with ``create``, make it if missing).

        Raises :class:`~archive.errors.ArchiveError` with the file untouched
        when it cannot be opened as an archive. An archive of an older format
        is copied beside itself, then upgraded; ``backing_up(done, total)``
        hears how both go, as one progress; ``phase_started(name)`` hears
        each begin: ``"backup"`` (the copy), then ``"upgrade"``.
        """
        path = Path(path)
        db, readonly = store.open_database(
            path,
            create=create,
            readonly=readonly,
            backing_up=backing_up,
            phase_started=phase_started,
        )
        archive = cls(db, path=path, readonly=readonly, editor=editor)
        index = Index(db)
        if not readonly:
            index.check_format()
        return archive

    @classmethod
    def memory(cls, *, editor: str | None = None) -> Archive:
        """A fresh archive in memory, for tests and scratch work."""
        return cls(store.open_memory(), path=None, editor=editor)

    def set_editor(self, name: str | None) -> None:
        """Whose name later edits carry (the login name when ``name`` is empty)."""
        self.editor = name or _default_editor()
        self.journal.editor = self.editor

    def reader(self, *, kept: bool = False) -> Archive:
        """Another connection to the same file, for use in another thread.

        ``kept``: one kept open for many reads (a window's reader thread),
        with a page cache of :data:`KEPT_CACHE_KB` rather than SQLite's 2 MB,
        so the pages one read brings in are there for the next (the busiest
        person's page at a million articles: 111 -> 93 ms of CPU for its
        statement when read again)."""
        if self.path is None:
            raise ValueError("an in-memory archive has no second connection")
        reader = Archive.open(self.path, readonly=self.readonly, editor=self.editor)
        reader.keeps_facets = False  # the archive it came from does, once
        if kept:
            reader.db.execute(f"PRAGMA cache_size = -{KEPT_CACHE_KB}")
        return reader

    def close(self) -> None:
        if self.keeps_facets:
            facet_cache.persist(self.db, self.path)
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Reading

    def count(self, filters: Filters | None = None) -> int:
        """How many live articles the archive holds (under ``filters``): the
        same number as ``len(article_ids(filters))``, often far sooner."""
        return listing.count(self.db, filters or Filters(), path=self.path)

    def quick_count(self, filters: Filters) -> int | None:
        """:meth:`count`, if it can be had without listing the articles (the
        index or the facet arrays count them); None when only listing tells."""
        return listing.quick_count(self.db, filters, path=self.path)

    def article_ids(
        self, filters: Filters | None = None, *, limit: int | None = None
    ) -> array:
        """Ids of the articles under ``filters``, newest first (the first ``limit``)."""
        return listing.article_ids(
            self.db, filters or Filters(), limit=limit, path=self.path
        )

    def article_rows(self, ids: Sequence[int], *, query: str = "") -> list[ArticleRow]:
        """The article list's rows for ``ids``, in that order (with snippets for
        ``query``)."""
        return listing.article_rows(self.db, ids, query=query)

    def find(self, filters: Filters, *, limit: int | None = None) -> found.Found:
        """The records of every kind under ``filters`` (:mod:`.found`): their
        keys, articles first, and how many of each kind (the first ``limit``
        keys, counts all the same)."""
        return found.find(self.db, filters, limit=limit, path=self.path)

    def record_keys(self, filters: Filters, *, limit: int | None = None) -> array:
        """The keys :meth:`find` lists, without counting them (the first
        ``limit``): what a list shows first, before the counts are known."""
        return found.record_keys(self.db, filters, limit=limit, path=self.path)

    def kinds_asked(self, text: str) -> tuple[str, ...]:
        """The kinds of record a query lists (articles, captions, notes)."""
        return found.kinds_asked(self.db, text)

    def record_counts(self, filters: Filters) -> dict[str, int]:
        """How many records of each kind :meth:`find` lists under ``filters``."""
        return found.record_counts(self.db, filters, path=self.path)

    def record_rows(self, keys: Sequence[int], *, query: str = "") -> list[ArticleRow]:
        """The list rows of record ``keys`` (an article's key is its id)."""
        return found.record_rows(self.db, keys, query=query)

    def facets(
        self,
        filters: Filters | None = None,
        *,
        limit: int = 60,
        matches: Iterable[int] | None = None,
    ) -> dict[str, list[FacetValue]]:
        """Each facet's values with counts under ``filters``.

        ``matches``: the ids of the articles the search text finds, when the
        caller has them already (the list without facet choices).
        """
        return listing.facets(
            self.db, filters or Filters(), limit=limit, path=self.path, matches=matches
        )

    def article(self, article_id: int) -> Article:
        """One article with its captions, people, tags, notes and source span."""
        return records.article(self.db, article_id)

    def caption(self, caption_id: int) -> Caption:
        """One caption with its photographers, tags, notes and source span."""
        return records.caption(self.db, caption_id)

    def search(
        self, query: str, *, limit: int = 50, order: str = "date"
    ) -> SearchResult:
        """Articles, captions and notes matching ``query`` (:mod:`.found`)."""
        return found.search(self.db, query, limit=limit, order=order, path=self.path)

    def saved_searches(self) -> list[saved.SavedSearch]:
        """Searches kept by name, alphabetically."""
        return saved.saved_searches(self.db)

    def lists_by_tag(self, filters: Filters) -> bool:
        """Whether which records ``filters`` list depends on their tags (a
        tag chosen, or ``tag:`` in the query or a saved search it names):
        if not, tagging changes no list, only the tag counts and the rows'
        Tags column."""
        if filters.facet("tag") is not None:
            return True
        if not filters.text.strip():
            return False
        return "tag" in field_names(parse(saved.prepare(self.db, filters.text)).node)

    def read_query(self, text: str) -> list[str]:
        """How the search box reads ``text``: notes for the user (none if plain)."""
        notes: list[str] = []
        expanded = saved.prepare(self.db, text, notes)
        return notes + parse(expanded).notes

    def sources(self, *, limit: int = 500) -> list[page_layout.SourceInfo]:
        """Imported files, newest first, with the records each made."""
        return page_layout.sources(self.db, limit=limit)

    def source_layout(self, source_id: int) -> page_layout.SourceLayout:
        """A source's text and the spans of its articles, captions and leftovers."""
        return page_layout.layout(self.db, source_id)

    def check(self, *, deep: bool = False) -> list[Problem]:
        """Everything wrong with the file; an empty list when it is sound.

        ``deep`` adds FTS5's own check of the index's tables, a write that
        holds the archive's write lock while it reads the whole index (a
        minute at a million articles). Damage found (:attr:`Problem.damage`)
        is recorded, so that every process opens the file read-only from then
        on; a file found sound loses that mark.
        """
        problems = checks.check(self.db)
        if not any(p.damage for p in problems):
            index = Index(self.db).problems(deep=deep and not self.readonly)
            problems += [Problem("search_index", message) for message in index]
        damaged = [p for p in problems if p.damage]
        if damaged and self.path is not None:
            damage.mark(self.path, damaged[0].message)
            self.readonly = True
        elif self.path is not None and not damaged:
            damage.clear(self.path)
        return problems

    # Captions, pictures and people (the Captions view, people pages)

    def caption_ids(
        self, chosen: caption_search.CaptionFilter, *, limit: int | None = None
    ) -> list[int]:
        """Captions under ``chosen`` (query and facet choices), newest first."""
        return caption_search.caption_ids(self.db, chosen, limit=limit, path=self.path)

    def first_captions(
        self, chosen: caption_search.CaptionFilter, *, limit: int = 100
    ) -> list[int]:
        """The first ``limit`` of :meth:`caption_ids`, by SQL alone: at once
        even while every caption's table is still to be read."""
        return caption_search.first_ids(self.db, chosen, limit=limit)

    @property
    def captions_ready(self) -> bool:
        """Whether listing every caption answers at once (False: their table
        is to be read afresh, seconds for 200,000)."""
        return caption_search.caption_table.ready(self.db, self.path)

    def count_captions(self, chosen: caption_search.CaptionFilter) -> int:
        return caption_search.count(self.db, chosen, path=self.path)

    def caption_facets(
        self, chosen: caption_search.CaptionFilter, *, limit: int = 60
    ) -> dict[str, list[FacetValue]]:
        """Photographer, county, year and kind, each counted under the others."""
        return caption_search.facets(self.db, chosen, limit=limit, path=self.path)

    def caption_rows(self, ids: Sequence[int]) -> list[caption_search.CaptionRow]:
        return caption_search.caption_rows(self.db, list(ids))

    def person_page(self, name: str) -> people_pages.PersonPage:
        """Whose name ``name`` is (any spelling) and all they are credited on."""
        return people_pages.person_page(self.db, name)

    def people(
        self, text: str = "", *, limit: int = 200
    ) -> list[people_pages.PersonSummary]:
        return people_pages.people(self.db, text, limit=limit)

    def person_name(self, name: str) -> str | None:
        """The person's name as kept, for any spelling of it (None: nobody)."""
        pid = people_names.person_id(self.db, name)
        if pid is None:
            return None
        return self.db.execute(
            "SELECT name FROM people WHERE id = ?", [pid]
        ).fetchone()[0]

    def _media(self) -> Path:
        folder = self.media_folder
        if folder is None:
            raise InvalidInput("an archive in memory keeps no pictures")
        return folder

    def picture_file(self, file: str | None) -> Path | None:
        """Where media ``file`` (a caption's image_path) is on disk."""
        if self.path is None or not file:
            return None
        if self._media_root is None:
            self._media_root = media_folder(self.path).resolve()
        return media_files.stored_path(self._media_root, file)

    def thumbnail(self, file: str, *, size: int | None = None) -> Path:
        """The cached thumbnail of media ``file`` (made if need be: call off
        the GUI thread), ``size`` pixels (default ``media.images.THUMBNAIL``);
        :class:`~.media.images.CannotShow` says why not."""
        size = size or media_images.THUMBNAIL
        path = self.picture_file(file)
        if path is None:
            raise media_images.CannotShow("the picture is missing", why="missing")
        out = media_pictures.thumbnail_path(self._media(), file, size)
        return media_images.thumbnail(path, out, size)

    def thumbnail_pixels(
        self, file: str, width: int, height: int, *, size: int | None = None
    ) -> media_images.Pixels:
        """The thumbnail of media ``file`` (``size`` as :meth:`thumbnail`)
        decoded to RGB, fit in ``width`` × ``height``: what a window shows,
        nothing left to decode or scale (call off the GUI thread)."""
        return media_images.pixels(self.thumbnail(file, size=size), width, height)

    def embedded_metadata(self, path: Path) -> media_metadata.Embedded:
        """What a picture file says of itself (IPTC, EXIF, XMP)."""
        return media_metadata.read(self._not_the_archive(Path(path)))

    def _not_the_archive(self, path: Path) -> Path:
        """``path``, refused if it is this archive's own file, WAL or journal:
        opening it other than through SQLite would drop the process's locks."""
        if is_archive_file(self.path, path):
            raise InvalidInput(f"{path.name} is this archive's own file, not a picture")
        return path

    def prepare_picture(self, path: str | Path) -> Picture:
        """Picture file ``path`` copied into the media folder (by content),
        its metadata read: what :class:`AttachPictures` gives a caption. No
        write to the archive: call it off the GUI thread."""
        try:
            return media_pictures.take_in(
                self._media(), self._not_the_archive(Path(path))
            )
        except media_images.CannotShow as error:
            raise media_images.NotAPicture(
                f"{Path(path).name}: {error}", why=error.why, path=Path(path)
            ) from None

    def attach_picture(self, caption_id: int, path: str | Path) -> Changes:
        """Copy picture ``path`` into the media folder and give it to the
        caption (one undoable edit); refused when it is not a picture."""
        self.ensure_writable()
        self.caption(caption_id)  # it exists
        return self.execute(
            media_commands.AttachPictures([(caption_id, self.prepare_picture(path))])
        )

    def plan_pictures(
        self, folder: str | Path, *, sidecar: str | Path | None = None
    ) -> tuple[media_sidecar.SidecarPlan, AttachPictures | None]:
        """A folder's pictures matched to captions by its sidecar list: the
        plan (each line that cannot be done in ``problems``) and, when every
        line can, the one edit attaching them all (files already copied into
        the media folder); None when any line cannot: nothing half-attached."""
        folder = Path(folder)
        list_file = Path(sidecar) if sidecar else media_sidecar.find_sidecar(folder)
        if list_file is None:
            raise InvalidInput(f"{folder.name}: no sidecar list (pictures.csv/.json)")
        plan = media_sidecar.plan(self.db, folder, self._not_the_archive(list_file))
        if plan.problems or not plan.lines:
            return plan, None
        media = self._media()
        pairs = [
            (
                line.caption_id,
                media_pictures.take_in(media, self._not_the_archive(line.path)),
            )
            for line in plan.lines
        ]
        return plan, media_commands.AttachPictures(pairs)

    def import_pictures(
        self, folder: str | Path, *, sidecar: str | Path | None = None
    ) -> media_sidecar.SidecarPlan:
        """:meth:`plan_pictures`, and its edit done when every line can be."""
        self.ensure_writable()
        plan, command = self.plan_pictures(folder, sidecar=sidecar)
        if command is not None:
            self.execute(command)
        return plan

    def picture_metadata(self, file: str) -> dict:
        """What media ``file`` said of itself when it was taken in."""
        row = self.db.execute(
            "SELECT metadata FROM pictures WHERE file = ?", [file]
        ).fetchone()
        try:
            return json.loads(row[0]) if row and row[0] else {}
        except ValueError:
            return {}

    def caption_metadata(
        self,
        caption_ids: Sequence[int],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[dict]:
        """The captions' fields under IPTC Photo Metadata's names, in the
        order given (a caption that is not there is left out);
        ``progress(done, total)`` as they are read."""
        return iptc.caption_records(self.db, caption_ids, progress)

    def export_caption_metadata(
        self,
        caption_ids: Sequence[int],
        out: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """The captions' fields by IPTC name into ``out`` (CSV, or JSON when it
        ends in .json); returns how many. Seconds for 200,000: call it off
        the GUI thread."""
        records = self.caption_metadata(caption_ids, progress=progress)
        json_out = Path(out).suffix.lower() == ".json"
        text = iptc.as_json(records) if json_out else iptc.as_csv(records)
        iptc.write_whole(Path(out), text)
        return len(records)

    def embed_metadata(self, caption_id: int, out: str | Path) -> Path:
        """A copy of the caption's JPEG with its fields written into its IPTC."""
        record = iptc.caption_metadata(self.db, caption_id)
        path = self.picture_file(record["file"])
        if path is None or not path.is_file():
            raise InvalidInput(f"caption {caption_id} has no picture")
        return iptc.embed(path, Path(out), record)

    def nitf(self, article_id: int) -> str:
        """The article as a NITF XML document."""
        return nitf.to_xml(self.article(article_id))

    # Comparing places

    def compare_places(self, names: Sequence[str]) -> list[ComparePlace]:
        """The places ``names`` denote, checked (:class:`PlaceError` saying
        which is unknown, given twice, or one too many, with a suggestion)."""
        return compare_places.resolve_places(names, known=self._attributed_places)

    def _attributed_places(self) -> list[str]:
        return [
            v
            for (v,) in self.db.execute(
                "SELECT DISTINCT city FROM articles WHERE city IS NOT NULL "
                "UNION SELECT DISTINCT county FROM articles WHERE county IS NOT NULL"
            )
        ]

    def compare_column(
        self,
        place: ComparePlace,
        query: str = "",
        *,
        limit: int | None = COMPARE_FIRST_ROWS,
        mentions: bool = False,
        counts: bool = True,
    ) -> columns.Column:
        """``place``'s records under ``query`` (its first ``limit`` rows, every
        count; None: every row); with ``mentions``, those naming it but
        attributed elsewhere; without ``counts``, the first rows alone (sooner:
        ``counted`` False)."""
        return columns.column(
            self.db,
            place,
            query,
            limit=limit,
            mentions=mentions,
            counts=counts,
            path=self.path,
        )

    def compare_years(self, place: ComparePlace, query: str = "") -> dict[int, int]:
        """How many of ``place``'s articles under ``query`` each year has."""
        return columns.years(self.db, place, query, path=self.path)

    def compare_report(
        self,
        places: Sequence[ComparePlace],
        query: str = "",
        *,
        format: str = "html",
        mentions: bool = False,
        set_name: str | None = None,
        matrix_csv: str | None = None,
    ) -> str:
        """The comparison as a document to hand on: ``csv`` (a line a record),
        ``md`` or ``html`` (the window prints it to PDF): each place's records
        with citations and its notes, the set's notes, the matrix if given."""
        made = report.gather(
            self.db,
            places,
            query,
            mentions=mentions,
            set_name=set_name,
            matrix_csv=matrix_csv,
            path=self.path,
        )
        if format == "csv":
            return report.as_csv(made)
        if format == "md":
            return report.as_markdown(made)
        return report.as_html(made, render=self.render_note)

    def compare_matrix(
        self,
        places: Sequence[ComparePlace],
        query: str = "",
        *,
        parent: str | None = None,
        rollup: bool = True,
    ) -> matrix.Matrix:
        """Tags (``parent``'s children, the top-level tags without one) by
        ``places``: each cell the place's records under ``query`` carrying the
        tag (or, rolled up, one of its descendants)."""
        return matrix.matrix(
            self.db, places, query, parent=parent, rollup=rollup, path=self.path
        )

    def matrix_quotes(self, passages: Sequence[matrix.Passage]) -> list[matrix.Quote]:
        """The text of a matrix cell's passages, to read one after another."""
        return matrix.quotes(self.db, passages)

    def compare_sets(self) -> list[CompareSet]:
        return sets.compare_sets(self.db)

    def compare_set(self, name: str) -> CompareSet:
        return sets.compare_set(self.db, name)

    # Figures read from the text

    def figures(
        self,
        *,
        place: ComparePlace | None = None,
        indicator: str | None = None,
        article_id: int | None = None,
        rejected: bool = True,
        limit: int | None = None,
    ) -> list[StoredFigure]:
        """Stored figures (of ``place``, for ``indicator``, in ``article_id``),
        newest first, curation applied; ``rejected=False`` leaves those out."""
        return figure_reading.figures(
            self.db,
            place=place,
            indicator=indicator,
            article_id=article_id,
            rejected=rejected,
            limit=limit,
        )

    def figure(self, figure_id: int) -> StoredFigure:
        found = figure_reading.figure(self.db, figure_id)
        if found is None:
            raise RecordNotFound(f"no figure {figure_id}")
        return found

    def indicators(self) -> list[Indicator]:
        """The indicators figures are read for, in the dictionary's order."""
        return list(figure_indicators.dictionary_of(self.db).indicators)

    def shipped_indicators(self) -> list[Indicator]:
        """The indicators Clipfile ships (before this archive's own changes)."""
        return list(compare_dictionary.default_dictionary().indicators)

    def indicator(self, name: str) -> Indicator:
        """The indicator ``name`` denotes (an alias will do)."""
        found = figure_indicators.dictionary_of(self.db).lookup(name)
        if found is None:
            raise InvalidInput(f"no indicator {name} in the indicator dictionary")
        return found

    def figure_table(
        self, places: Sequence[ComparePlace], indicators: Sequence[str] | None = None
    ) -> FigureTable:
        """Each indicator's latest level for each place, with its sentence and
        what contradicts it (``indicators``: those reported for the places)."""
        if indicators is None:
            names = [i.name for i in self.indicators()]
            indicators = figure_reading.indicators_reported(self.db, places, names)
        return figure_reading.table(self.db, places, indicators)

    def figure_series(
        self, places: Sequence[ComparePlace], indicator: str
    ) -> dict[str, dict[int, Cell]]:
        """``indicator``'s level year by year for each place (by key)."""
        return figure_reading.series(self.db, places, indicator)

    def figure_citations(self, article_ids: Sequence[int]) -> dict[int, Citation]:
        """Where each article was printed (paper, date, page, headline)."""
        return figure_export.citations(self.db, article_ids)

    def export_figures(
        self, figures: Sequence[StoredFigure], *, format: str = "csv", title: str = ""
    ) -> str:
        """``figures`` with their citations as ``csv``, ``md`` or ``html``."""
        if format not in figure_export.FORMATS:
            raise InvalidInput(f"figures export as csv, md or html, not {format!r}")
        return figure_export.export(
            self.db, figures, format=format, title=title or "Figures"
        )

    @property
    def figures_stale(self) -> bool:
        """Whether the figures are still to be read from the text (an archive
        upgraded from before they were kept)."""
        return figure_rows.stale(self.db)

    def read_figures(self, progress: store.Progress | None = None) -> int:
        """Read every article's figures afresh, in one transaction (curation
        holds by sentence); returns how many figures there are."""
        self.ensure_writable()
        with self.journal.write("Read figures", kind="maintenance") as write:
            found = figure_rows.store_all(self.db, progress)
            write.changed(Changes(figures=True))
        return found

    # Notes

    def note(self, note_id: int) -> Note:
        """One note (live or in the trash), with what it is about."""
        found = note_targets.notes_by_id(self.db, [note_id])
        if not found:
            raise RecordNotFound(f"no note {note_id}")
        return found[0]

    def notes_on(self, target: NoteTarget, *, newest: int | None = None) -> list[Note]:
        """The live notes about ``target``, oldest first (``newest``: only
        that many of the last written)."""
        return note_targets.notes_on(self.db, target, newest=newest)

    def count_notes_on(self, target: NoteTarget) -> int:
        return note_targets.count_on(self.db, target)

    def note_ids(
        self, chosen: NoteFilter, *, limit: int | None = None, offset: int = 0
    ) -> list[int]:
        """The notes under ``chosen``, the most recently changed first."""
        return note_listing.note_ids(self.db, chosen, limit=limit, offset=offset)

    def count_notes(self, chosen: NoteFilter) -> int:
        return note_listing.count(self.db, chosen)

    def notes_by_id(self, ids: Sequence[int]) -> list[Note]:
        return note_targets.notes_by_id(self.db, list(ids))

    def note_authors(self) -> list[str]:
        return note_listing.authors(self.db)

    def note_versions(self, note_id: int) -> list[NoteVersion]:
        """A note's earlier texts, oldest first, then its current one."""
        return note_listing.versions(self.db, note_id)

    def backlinks(self, kind: str, record_id: int) -> list[Note]:
        """The notes that link to a record (``[[article:12]]``)."""
        return self.notes_by_id(note_links.backlinks(self.db, kind, record_id))

    def mentions(self, kind: str, record_id: int) -> list[Note]:
        """The notes that name a record (its title, by substring) without
        linking to it."""
        name = note_links.titles(self.db, [(kind, record_id)]).get((kind, record_id))
        linked = note_links.backlinks(self.db, kind, record_id)
        if not name:
            return []
        return self.notes_by_id(note_links.mentions(self.db, name, besides=linked))

    def link_names(self, body: str) -> dict[tuple[str, int], str]:
        """What each record ``body`` links to is called now (gone: left out)."""
        return note_links.titles(self.db, note_links.links_in(body))

    def render_note(self, body: str, *, missing: str = "missing") -> str:
        """A note as safe HTML: links to records titled as they are now (or
        marked ``missing``), pictures only from the media folder."""
        names = note_links.titles(self.db, note_links.links_in(body))
        return note_render.render(
            body, media=self.media_folder, names=names, missing=missing
        )

    def records_named(
        self, text: str, *, limit: int = 12
    ) -> list[tuple[str, int, str]]:
        """Articles whose headline holds ``text``, newest first, as (kind,
        id, title): what a note's ``[[`` link completes to."""
        if not text.strip():
            return []
        ids = self.article_ids(Filters(text=text, order="rank"), limit=limit)
        titles = note_links.titles(self.db, [("article", i) for i in ids])
        return [
            ("article", i, titles[("article", i)])
            for i in ids
            if ("article", i) in titles
        ]

    def dossier(self, article_ids: Sequence[int], *, format: str = "html") -> str:
        """The chosen articles with captions, tags, passages, notes and
        citations, as Markdown (``md``) or HTML (``html``; the window prints
        it to PDF)."""
        articles = [self.article(i) for i in article_ids]
        if format == "md":
            return dossier.markdown(self.db, articles)
        return dossier.html(self.db, articles, render=self.render_note)

    # Tags

    def tags(
        self, filters: Filters | None = None, *, matches: Iterable[int] | None = None
    ) -> list[TagInfo]:
        """The tag tree, parents first, each tag with its articles (own and
        with the tags below it) in the archive, or under ``filters``
        (``matches``: the ids its search text finds, if known already)."""
        own, total = listing.tag_counts(
            self.db, filters or Filters(), path=self.path, matches=matches
        )
        return tag_tree.with_counts(tag_tree.cached(self.db, self.path), own, total)

    def tag_index(self) -> TagIndex:
        """The live tags for completion as a name is typed (pinyin too)."""
        return TagIndex(t.path for t in tag_tree.cached(self.db, self.path))

    def tag_reach(self, path: str) -> tuple[int, int]:
        """How many records carry tag ``path`` or one below it, and how many
        tags that is (what a merge or delete asks about first)."""
        return tag_edits.counts_of(self.db, path)

    def favourite_tags(self) -> dict[int, str]:
        """The editor's favourite tags in this archive: number key → path."""
        return tag_favourites.favourites(self.db)

    def set_favourite_tag(self, path: str, key: int | None) -> str:
        """Give tag ``path`` the number key ``key`` (1–9; None: no key), taken
        from the tag that had it. A preference of the editor's, kept beside
        the editor name, not an edit of the archive; returns the stored path."""
        return tag_favourites.set_favourite(self.db, path, key)

    def tagged_count(self, path: str, article_ids: Sequence[int]) -> int:
        """How many of ``article_ids`` carry tag ``path`` (itself, whole)."""
        return tag_favourites.carrying(self.db, path, article_ids)

    def deleted_tags(self) -> list[TagInfo]:
        """The tags in the trash (each deleted with those below it)."""
        return tag_tree.deleted(self.db)

    def whole_tags(self, article_id: int, *, caption: bool = False) -> list[str]:
        """The tags on the whole article (or caption), not only a passage."""
        column = "caption_id" if caption else "article_id"
        return tag_tree.whole_tags(self.db, column, article_id)

    def export_tags(
        self,
        *,
        format: str = "json",
        filters: Filters | None = None,
        taggings: bool = False,
    ) -> str:
        """The tag tree and the taggings of the articles under ``filters``
        (all without) as JSON; as CSV, the tree, or with ``taggings`` those."""
        ids = None if filters is None else list(self.article_ids(filters))
        if format == "csv":
            return tag_exchange.export_csv(
                self.db,
                taggings=(ids if ids is not None else True) if taggings else False,
            )
        return tag_exchange.export_json(self.db, ids)

    def suggest_tags(self, article_id: int) -> list[Suggestion]:
        """Tags to offer for an article (none is applied): those its most
        similar articles carry, then those its text names."""
        article = self.article(article_id)
        query = tag_suggest.similar_query(article.title, article.body)
        similar = (
            list(self.article_ids(Filters(text=query, order="rank"), limit=30))
            if query
            else []
        )
        text = f"{article.title}\n{article.summary or ''}\n{article.body}"
        return tag_suggest.suggestions(self.db, article_id, text, similar)

    def passages(self, article_id: int) -> list[Passage]:
        """The article's tagged passages, in the order of its text."""
        return tag_passages.passages(self.db, article_id)

    # Backups

    def backup(
        self,
        *,
        reason: str = "manual",
        to: Path | None = None,
        progress: store.Progress | None = None,
    ) -> Backup:
        """A consistent copy of the archive, by SQLite's backup API, in the
        ``backups/`` folder beside it (or at ``to``), checked before it counts."""
        return backup_files.make(
            self.db.conn,
            self._file(),
            reason=reason,
            to=to,
            progress=progress,
            verify=self.damage is None,
        )

    def backups(self) -> list[Backup]:
        """This archive's backups, newest first."""
        return backup_files.backups(self._file())

    def backup_due(self) -> bool:
        """Whether the newest backup is over half an hour old (or there is none)."""
        return self.path is not None and backup_files.due(self.path)

    def _file(self) -> Path:
        if self.path is None:
            raise ArchiveError("an archive in memory has no file")
        return self.path

    @property
    def media_folder(self) -> Path | None:
        """Where the archive keeps its pictures (a folder beside the file)."""
        return None if self.path is None else media_folder(self.path)

    @property
    def damage(self) -> Damage | None:
        """What was found wrong with this file, if it was found damaged."""
        return damage.damage_of(self.path)

    @property
    def folds_traditional(self) -> bool:
        """Whether traditional and simplified characters are searched alike."""
        return index_module.folds_traditional(self.db)

    def set_fold_traditional(self, on: bool) -> None:
        """Search traditional and simplified characters alike (or not); the index
        must then be rebuilt, and is marked so."""
        self.ensure_writable()
        if on == self.folds_traditional:
            return
        if on:
            index_module.to_simplified("臺")  # fails here, clearly, without OpenCC
        with self.journal.write(
            "Fold traditional characters", kind="maintenance", detail=json.dumps(on)
        ) as write:
            self.db.execute(
                "INSERT OR REPLACE INTO settings (key, value) "
                "VALUES ('fold_traditional', ?)",
                ["1" if on else "0"],
            )
            Index(self.db)._mark_stale()
            write.changed(Changes(everything=True, membership=True))

    @property
    def index_stale(self) -> bool:
        """Whether the search index must be rebuilt (search scans meanwhile)."""
        return Index(self.db).stale

    def rebuild_index(self, progress: store.Progress | None = None) -> int:
        """Index every record afresh (in one transaction); returns the documents."""
        self.ensure_writable()
        with self.journal.write("Rebuild search index", kind="maintenance") as write:
            count = Index(self.db).rebuild(progress)
            write.changed(Changes(everything=True, membership=True))
        return count

    # Writing

    def import_files(
        self,
        paths: Iterable[str | Path],
        *,
        year: int | None = None,
        progress: ImportProgress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportReport:
        """Import files and folders, each file whole or not at all
        (:func:`.importing.importer.import_paths`)."""
        return importer.import_paths(
            self, paths, year=year, progress=progress, cancelled=cancelled
        )

    def execute(self, command: Command, *, backed_up: bool = False) -> Changes:
        """Run ``command`` in one transaction, kept in the edit history for undo.

        Unless the caller has just ``backed_up`` the archive itself (the window
        does it off its GUI thread, asking :meth:`backup_wanted` first), an
        edit that wants a backup is preceded by one here.
        """
        self.ensure_writable()
        if not backed_up and self.backup_wanted(command):
            self.backup(reason=BULK_BACKUP)
        return self.journal.execute(command)

    def backup_wanted(self, command: Command) -> bool:
        """Whether ``command`` is to be preceded by a backup: a bulk edit
        (:data:`BULK_EDIT` records or more) when the newest backup is over half
        an hour old, an edit that always backs up first (a tag merged or
        deleted) in any case."""
        return self.path is not None and (
            command.backs_up or (command.size() >= BULK_EDIT and self.backup_due())
        )

    def undo(self) -> Changes:
        """Take back the archive's newest edit (made here or by any process)."""
        self.ensure_writable()
        return self.journal.undo()

    def redo(self) -> Changes:
        """Do again the edit undone last, unless a new edit came since."""
        self.ensure_writable()
        return self.journal.redo()

    def undo_state(self) -> UndoState:
        """What Undo and Redo would do now (the edits' English labels)."""
        return self.journal.undo_state()

    def edit_size(self, edit_id: int) -> int:
        """How many records edit ``edit_id`` changed: what reverting it
        replays."""
        return self.journal.edit_size(edit_id)

    def command_size(self, command: Command) -> int:
        """How many records ``command`` would change (read from the archive
        for a tag's merge or deletion: the records tagged with it)."""
        return command.size_in(self.db)

    def step_size(self, *, undo: bool) -> int:
        """How many records the edit that :meth:`undo` (or :meth:`redo`)
        would replay changed (0: none to replay)."""
        return self.journal.step_size(undo=undo)

    @property
    def undo_label(self) -> str | None:
        return self.undo_state().undo

    @property
    def redo_label(self) -> str | None:
        return self.undo_state().redo

    def history(
        self, *, limit: int = 200, who: str | None = None, since: str | None = None
    ) -> list[HistoryEntry]:
        """The archive's edits, newest first (by ``who``, from ``since``)."""
        return self.journal.history(limit=limit, who=who, since=since)

    def editors(self) -> list[str]:
        """Everyone who has edited the archive."""
        return self.journal.editors()

    def revert(self, edit_id: int) -> Changes:
        """Take back one edit of the history (refused if later edits changed
        the same records)."""
        self.ensure_writable()
        return self.journal.revert(edit_id)

    def last_edit(self) -> int:
        """The id of the newest edit of the archive (by any process)."""
        return self.journal.last_edit()

    def changes_since(self, edit_id: int) -> tuple[int, Changes]:
        """What other connections changed after edit ``edit_id``, and the
        newest edit's id: how a window learns of another process's edits."""
        return self.journal.changes_since(edit_id)

    def data_version(self) -> int:
        """SQLite's count of commits by other connections (cheap to poll)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def ensure_writable(self) -> None:
        """Refuse to write a read-only or damaged archive (another process may
        have found it damaged since it was opened)."""
        found = damage.damage_of(self.path)
        if found is not None:
            self.readonly = True
            raise damage.damaged_error(self.path, found)
        if self.readonly:
            raise ReadOnlyArchive("this archive is open read-only", path=self.path)


def _default_editor() -> str:
    """The name from Preferences (the window's and the CLI's alike), else the
    login name."""
    chosen = preferences.editor_name()
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
