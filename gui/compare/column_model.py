"""One column's records as a list model over their keys: articles, captions
and notes the shared filter finds at the place, then those that only mention
it. Rows are read a page at a time and at most a few pages are held."""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from archive import Archive, ArticleRow, key_of

from ..headers import Index

PAGE = 100
CACHED_PAGES = 20

KEY_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ArticleRow
MENTION_ROLE = Qt.ItemDataRole.UserRole + 2  # only mentions the place


class ColumnModel(QAbstractListModel):
    """The keys of one column (``set_keys``), rows fetched as they are shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.query = ""
        self._keys = array("q")
        self._own = 0  # keys before this are the place's own; after, mentions
        self._pages: OrderedDict[int, list[ArticleRow | None]] = OrderedDict()

    def set_keys(
        self,
        own: array,
        mentions: array | None = None,
        *,
        query: str,
        first: list[ArticleRow] | None = None,
    ) -> None:
        """List ``own`` then ``mentions``; ``first``: the rows of the first
        page, read already (off the GUI thread)."""
        self.beginResetModel()
        self._keys = array("q", own)
        self._own = len(own)
        if mentions is not None:
            self._keys.extend(mentions)
        self.query = query
        self._pages.clear()
        if first is not None:
            by_key = {key_of(row.kind, row.id): row for row in first}
            self._pages[0] = [by_key.get(k) for k in self._keys[:PAGE]]
        self.endResetModel()

    def forget_rows(self) -> None:
        """Read the rows again (after an edit), keeping the keys."""
        self._pages.clear()
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def key(self, row: int) -> int | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: int) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    @property
    def own_count(self) -> int:
        return self._own

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role == MENTION_ROLE:
            return index.row() >= self._own
        if role not in (
            ROW_ROLE,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if role == ROW_ROLE:
            return row
        if row is None:
            return "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (row.title, row.snippet) if t)
        return row.title

    def _row(self, row: int) -> ArticleRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load(page)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _load(self, page: int) -> list[ArticleRow | None]:
        keys = self._keys[page * PAGE : (page + 1) * PAGE]
        found = self.archive.record_rows(keys, query=self.query) if self.archive else []
        by_key = {key_of(row.kind, row.id): row for row in found}
        rows = [by_key.get(k) for k in keys]
        self._pages[page] = rows
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows
