"""The list of records as a Qt table model over record keys (an article's
key is its id; a caption's and a note's carry their kind, archive.found)."""

from __future__ import annotations

import json
from array import array
from collections import OrderedDict
from collections.abc import Sequence

import numpy
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)

from archive import Archive, ArticleRow, articles_in, id_of, key_of, kind_of

from ..headers import Index, header
from .page_loader import PageLoader

PAGE = 200
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
    | Qt.ItemFlag.ItemIsDragEnabled
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
# What a drag of list rows carries: the articles' ids, as JSON (onto a tag).
ARTICLES_MIME = "application/x-clipfile-articles"
CACHED_PAGES = 40  # at most 8,000 rows held, whatever the archive's size

_COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("ArticleListModel", "Date")),
    ("city", QT_TRANSLATE_NOOP("ArticleListModel", "City")),
    ("publication", QT_TRANSLATE_NOOP("ArticleListModel", "Publication")),
    ("section", QT_TRANSLATE_NOOP("ArticleListModel", "Section")),
    ("title", QT_TRANSLATE_NOOP("ArticleListModel", "Title")),
    ("caption_count", QT_TRANSLATE_NOOP("ArticleListModel", "Photos")),
    ("tags", QT_TRANSLATE_NOOP("ArticleListModel", "Tags")),
    ("snippet", QT_TRANSLATE_NOOP("ArticleListModel", "Match")),
)
TITLE_COLUMN = 4
SNIPPET_COLUMN = 7
_KIND_NAMES = {
    "caption": QT_TRANSLATE_NOOP("ArticleListModel", "Caption"),
    "note": QT_TRANSLATE_NOOP("ArticleListModel", "Note"),
}


_FIELDS = [field for field, _ in _COLUMNS]
_COLUMN_COUNT = len(_COLUMNS)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT, _USER))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ArticleListModel(QAbstractTableModel):
    """Adapts a list of record keys from :meth:`Archive.record_keys` to a
    table: articles, and the captions and notes a query lists, each caption's
    or note's title marked with its kind.

    It keeps only the keys (8 bytes a row) and fetches rows from the archive a
    page of 200 at a time when the view asks for them, holding at most 40
    pages, so memory stays flat however large the archive or the scroll.

    While the view paints (:attr:`painting`), a page not yet read is asked of
    the :class:`PageLoader` and its cells stay empty until it comes (a page
    with snippets took 10–50 ms on the GUI thread at a million articles);
    anyone else asking (a tooltip, a test, the selection) has it read at once.
    """

    def __init__(
        self, archive: Archive | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids = array("q")
        self.query = ""
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self._generation = 0  # of the ids: a page read for older ids is dropped
        self._asked: set[int] = set()  # pages the loader is reading
        # pages an edit changed, shown as they were while painting until the
        # loader has read them again (not blank rows for a moment, and one
        # repaint rather than two after a bulk tagging)
        self._stale: set[int] = set()
        self.painting = False  # set by the view around its paint
        self.loader = PageLoader(self)
        self.loader.set_archive(archive)
        self.loader.page_read.connect(self._on_page_read)

    def set_archive(self, archive: Archive | None) -> None:
        self._archive = archive
        self.loader.set_archive(archive)
        self.set_ids(array("q"))

    def set_ids(
        self,
        ids: array,
        *,
        query: str = "",
        first_rows: list[ArticleRow] | None = None,
    ) -> None:
        """Show ``ids`` (newest first), dropping every cached row; with ``query``
        rows carry a snippet around their first match. ``first_rows``: the
        rows of the first page, read already (off the GUI thread)."""
        self.beginResetModel()
        self._ids = ids
        self.query = query
        self._pages.clear()
        self._asked.clear()
        self._stale.clear()
        self._generation += 1
        if first_rows is not None:
            self._pages[0] = self._in_place(ids[:PAGE], first_rows)
        self.endResetModel()

    def extends(self, ids: array, query: str) -> bool:
        """Whether ``ids`` begin with the ids shown (for the same query)."""
        n = len(self._ids)
        return query == self.query and len(ids) >= n and ids[:n] == self._ids

    def extend_ids(self, ids: array) -> None:
        """Show ``ids``, which begin with the ids shown (:meth:`extends`): the
        rest are inserted, the rows read and the selection are kept."""
        n = len(self._ids)
        if len(ids) == n:
            self._ids = ids
            return
        partial = (n - 1) // PAGE if n else None  # its rows end where the ids did
        self.beginInsertRows(QModelIndex(), n, len(ids) - 1)
        self._ids = ids
        if partial is not None and len(self._pages.get(partial, ())) < PAGE:
            self._pages.pop(partial, None)
        self.endInsertRows()

    def refresh(self, article_ids: frozenset[int]) -> None:
        """Re-read the cached rows of ``article_ids`` after an edit."""
        stale = [
            page
            for page, rows in self._pages.items()
            if any(
                row.id in article_ids
                if row.kind == "article"
                else row.article_id in article_ids
                for row in rows
            )
        ]
        if stale:  # a page in flight may hold the rows as they were
            self._generation += 1
            self._asked.clear()
        for page in stale:
            if self._archive is not None and self._archive.path is not None:
                self._stale.add(page)  # shown as it was until read again
                self._ask(page)
                continue
            del self._pages[page]
            first = page * PAGE
            last = min(first + PAGE, len(self._ids)) - 1
            self.dataChanged.emit(
                self.index(first, 0), self.index(last, len(_COLUMNS) - 1)
            )

    def key(self, row: int) -> int | None:
        """The record key of ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def keys_at(self, rows: Sequence[int]) -> numpy.ndarray:
        """The record keys of ``rows`` (those listed), in one numpy take: the
        10,000 rows of a bulk tagging took 20-30 ms of the GUI thread a key
        at a time."""
        listed = numpy.frombuffer(self._ids, dtype=numpy.int64)
        wanted = numpy.asarray(rows, dtype=numpy.int64)
        return listed[wanted[(wanted >= 0) & (wanted < len(listed))]]

    def article_keys_at(self, rows: Sequence[int]) -> list[int]:
        """The ids of the articles among ``rows`` (not captions or notes)."""
        return articles_in(self.keys_at(rows)).tolist()

    def kind(self, row: int) -> str | None:
        key = self.key(row)
        return None if key is None else kind_of(key)

    def record_id(self, row: int) -> int | None:
        key = self.key(row)
        return None if key is None else id_of(key)

    def article_id(self, row: int) -> int | None:
        """The article ``row`` shows: itself, or the one its caption or
        note is on (None for a note on no article)."""
        key = self.key(row)
        if key is None:
            return None
        if kind_of(key) == "article":
            return key
        shown = self._row(row)
        return shown.article_id if shown is not None else None

    def row_of(self, article_id: int) -> int | None:
        """The row showing ``article_id``, or None."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            return None

    def rows_of(self, keys: set[int]) -> list[int]:
        """The rows showing the records ``keys``, in order (one pass in numpy:
        a million rows in a few milliseconds)."""
        if not keys or not self._ids:
            return []
        listed = numpy.frombuffer(self._ids, dtype=numpy.int64)
        wanted = numpy.fromiter(keys, dtype=numpy.int64, count=len(keys))
        return numpy.flatnonzero(numpy.isin(listed, wanted)).tolist()

    def index(
        self, row: int, column: int, parent: Index = QModelIndex()
    ) -> QModelIndex:
        # bounds checked here: Qt's own index() asks rowCount() and
        # columnCount() back in Python, three calls into Python for every
        # index a paint makes (each may wait for the GIL a worker holds)
        inside = 0 <= row < len(self._ids) and 0 <= column < _COLUMN_COUNT
        if inside and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        names = [str(name) for _, name in _COLUMNS]
        return header("ArticleListModel", names, section, orientation, role)

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        # a paint asks ~1,800 times (7 roles of each visible cell): the roles
        # not answered go first, compared as ints (enum comparisons cost more
        # than the rest of the method)
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._ids):
            return None
        if role == _USER:
            return self._ids[number]
        field = _FIELDS[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if field == "caption_count" else None
        row = self._row(number)
        if row is None:
            return None
        if role == _TOOLTIP:
            if field == "tags":
                return row.tags.replace("、", "\n") or None
            return row.title if field in ("title", "snippet") else None
        return _text(row, field)

    def cells(self, number: int) -> list[str] | None:
        """Row ``number``'s text in every column, as :meth:`data` gives it
        (None: not read yet, asked for while painting): the table paints a
        row from one call, not nine calls into Python a cell (issue 17)."""
        if not 0 <= number < len(self._ids):
            return None
        row = self._row(number)
        return None if row is None else [_text(row, field) for field in _FIELDS]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # made once: Qt asks for every cell of a selection (10,000 rows: 80,000
        # calls, and Python's enum arithmetic took three seconds of them)
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def mimeTypes(self) -> list[str]:
        return [ARTICLES_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged rows' article ids (dropped onto a tag to tag them)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows if 0 <= r < len(self._ids)]
        data = QMimeData()
        data.setData(ARTICLES_MIME, json.dumps(ids).encode())
        return data

    def _row(self, row: int) -> ArticleRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is not None and page in self._stale:
            if not self.painting:
                rows = None  # asked by a tooltip, a test, the selection: read now
            else:
                self._ask(page)  # shown as it was meanwhile
        if rows is None:
            if self.painting and self._ask(page):
                return None
            rows = self._load(page)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _ask(self, page: int) -> bool:
        """Have the loader read ``page``; False if it cannot (in memory)."""
        if self._archive is None or self._archive.path is None:
            return False
        if page not in self._asked:
            self._asked.add(page)
            keys = self._ids[page * PAGE : (page + 1) * PAGE]
            self.loader.want(self._generation, page, keys, self.query)
        return True

    def _on_page_read(self, generation: int, page: int, rows: list) -> None:
        self._asked.discard(page)
        if generation != self._generation or (
            page in self._pages and page not in self._stale
        ):
            return
        first = page * PAGE
        keys = self._ids[first : first + PAGE]
        self._keep(page, self._in_place(keys, rows))
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(
                self.index(first, 0), self.index(last, len(_COLUMNS) - 1)
            )

    def _load(self, page: int) -> list[ArticleRow]:
        if self._archive is None:
            return []
        keys = self._ids[page * PAGE : (page + 1) * PAGE]
        rows = self._in_place(keys, self._archive.record_rows(keys, query=self.query))
        self._keep(page, rows)
        return rows

    def _keep(self, page: int, rows: list[ArticleRow]) -> None:
        self._pages[page] = rows
        self._stale.discard(page)
        while len(self._pages) > CACHED_PAGES:
            self._stale.discard(self._pages.popitem(last=False)[0])

    @staticmethod
    def _in_place(keys: array, rows: list[ArticleRow]) -> list[ArticleRow]:
        """``rows`` one for each of ``keys``: a row vanished meanwhile is
        shown as missing, so the positions hold."""
        if len(rows) == len(keys):
            return rows
        by_key = {key_of(r.kind, r.id): r for r in rows}
        return [by_key.get(k) or _missing(id_of(k)) for k in keys]


def _text(row: ArticleRow, field: str) -> str:
    """What ``row`` shows in the column of ``field``."""
    if field == "title" and row.kind in _KIND_NAMES:
        kind = QCoreApplication.translate(
            "ArticleListModel", str(_KIND_NAMES[row.kind])
        )
        return f"〔{kind}〕{row.title}"
    value = getattr(row, field)
    if field == "caption_count":
        return str(value) if value else ""
    return "" if value is None else str(value)


def _missing(article_id: int) -> ArticleRow:
    return ArticleRow(article_id, None, None, None, None, "—", 0, "")
