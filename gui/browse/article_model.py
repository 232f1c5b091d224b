"""The list of records as a Qt table model over record keys (an article's
key is its id; a caption's and a note's carry their kind, archive.found)."""

from __future__ import annotations

import json
from array import array
from collections import OrderedDict

import numpy
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from archive import Archive, ArticleRow, id_of, key_of, kind_of

from ..headers import header

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

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """Adapts a list of record keys from :meth:`Archive.record_keys` to a
    table: articles, and the captions and notes a query lists, each caption's
    or note's title marked with its kind.

    It keeps only the keys (8 bytes a row) and fetches rows from the archive a
    page of 200 at a time when the view asks for them, holding at most 40
    pages, so memory stays flat however large the archive or the scroll.
    """

    def __init__(self, archive: Archive | None = None, parent=None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids = array("q")
        self.query = ""
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()

    def set_archive(self, archive: Archive | None) -> None:
        self._archive = archive
        self.set_ids(array("q"))

    def set_ids(self, ids: array, *, query: str = "") -> None:
        """Show ``ids`` (newest first), dropping every cached row; with ``query``
        rows carry a snippet around their first match."""
        self.beginResetModel()
        self._ids = ids
        self.query = query
        self._pages.clear()
        self.endResetModel()

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
        for page in stale:
            del self._pages[page]
            first = page * PAGE
            last = min(first + PAGE, len(self._ids)) - 1
            self.dataChanged.emit(
                self.index(first, 0), self.index(last, len(_COLUMNS) - 1)
            )

    def key(self, row: int) -> int | None:
        """The record key of ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

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
        names = [name for _, name in _COLUMNS]
        return header("ArticleListModel", names, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        field = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                if field == "caption_count"
                else None
            )
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "tags":
                return row.tags.replace("、", "\n") or None
            return row.title if field in ("title", "snippet") else None
        if field == "title" and row.kind in _KIND_NAMES:
            kind = QCoreApplication.translate("ArticleListModel", _KIND_NAMES[row.kind])
            return f"〔{kind}〕{row.title}"
        value = getattr(row, field)
        if field == "caption_count":
            return str(value) if value else ""
        return "" if value is None else str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # made once: Qt asks for every cell of a selection (10,000 rows: 80,000
        # calls, and Python's enum arithmetic took three seconds of them)
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def mimeTypes(self) -> list[str]:
        return [ARTICLES_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """The dragged rows' article ids (dropped onto a tag to tag them)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows if 0 <= r < len(self._ids)]
        data = QMimeData()
        data.setData(ARTICLES_MIME, json.dumps(ids).encode())
        return data

    def _row(self, row: int) -> ArticleRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load(page)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _load(self, page: int) -> list[ArticleRow]:
        if self._archive is None:
            return []
        keys = self._ids[page * PAGE : (page + 1) * PAGE]
        rows = self._archive.record_rows(keys, query=self.query)
        if len(rows) != len(keys):  # a row vanished meanwhile: keep positions
            by_key = {key_of(r.kind, r.id): r for r in rows}
            rows = [by_key.get(k) or _missing(id_of(k)) for k in keys]
        self._pages[page] = rows
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows


def _missing(article_id: int) -> ArticleRow:
    return ArticleRow(article_id, None, None, None, None, "—", 0, "")
