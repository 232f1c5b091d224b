"""The sidebar's tag tree as a model: each tag a row, its counts beside it.

A new tree (after any edit or search) is merged into the one shown: tags
gone are removed, new ones inserted where they sort, and only the rows whose
counts or marks changed are announced. Rebuilding 5,000 tags' items on each
change held the GUI thread 0.7 s of CPU (4 s at a load of 10); a bulk
tagging now changes a few counts and inserts a row. Tooltips are written
when asked for.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from archive import TagInfo

from ..i18n import number
from .favourites import key_mark

PathRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
# tags drawn without a colour of their own take one of these, by name
PALETTE = ("#c0392b", "#2e86c1", "#27ae60", "#d68910", "#8e44ad", "#16a085")
# more tags than this coming or going at once: the model is reset instead
RESET_ABOVE = 200
# more parents than this with rows changed: one layout change instead (a view
# fitting a column to its contents measures it again for each range)
RANGES_ABOVE = 20

Index = QModelIndex | QPersistentModelIndex
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDropEnabled
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
Tip = Callable[[TagInfo, TagInfo | None], str]


def tag_color(tag_path: str, color: str | None) -> QColor:
    """The colour a tag is drawn in: its own, else one kept for its name."""
    if color:
        return QColor(color)
    return QColor(PALETTE[sum(map(ord, tag_path)) % len(PALETTE)])


def header(
    headers: list[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """A tag model's horizontal header text (``headerData``'s answer)."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(headers)
    ):
        return headers[section]
    return None


def swatch(color: QColor, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(color)
    return QIcon(pixmap)


def _same(tag: TagInfo, shown: TagInfo | None) -> bool:
    """Whether ``tag`` shows as ``shown`` does (of the same path: a tag
    whose path changed is taken out and put in again)."""
    return (
        shown is not None
        and tag.count == shown.count
        and tag.total == shown.total
        and tag.color == shown.color
        and tag.description == shown.description
    )


class _Node:
    """One tag shown: counted under the search (``tag``) and in the whole
    archive (``whole``), its place among its siblings (``row``)."""

    __slots__ = ("children", "parent", "row", "tag", "whole")

    def __init__(self, tag: TagInfo | None, parent: _Node | None) -> None:
        self.tag, self.whole, self.parent = tag, tag, parent
        self.children: list[_Node] = []
        self.row = 0

    def renumber(self, start: int = 0) -> None:
        for row in range(start, len(self.children)):
            self.children[row].row = row


class TagTreeModel(QAbstractItemModel):
    """Two columns: the tag (its name, colour, number key) and its count
    (``here / all`` while the list is filtered)."""

    def __init__(self, tip: Tip, grey: QColor, parent: Any = None) -> None:
        super().__init__(parent)
        self.tip, self.grey = tip, grey
        self.root = _Node(None, None)
        self.nodes: dict[int, _Node] = {}
        self.by_path: dict[str, _Node] = {}
        self.headers = ["", ""]
        self.filtered = False
        self.chosen: set[str] = set()
        self.excluded: set[str] = set()
        self.keys: dict[str, int] = {}  # path → its number key
        self._icons: dict[str, QIcon] = {}

    # Merging a new tree in

    def set_tags(
        self,
        here: list[TagInfo],
        everywhere: list[TagInfo] | None,
        *,
        headers: list[str],
        chosen: set[str],
        excluded: set[str],
    ) -> list[_Node] | None:
        """Show ``here`` (counted under the search; ``everywhere`` in the
        whole archive, None: the same). Returns the rows inserted, or None
        when the model was reset."""
        whole = {t.id: t for t in everywhere} if everywhere is not None else {}
        marks = (self.filtered, self.chosen, self.excluded)
        self.filtered, self.chosen, self.excluded = (
            everywhere is not None,
            chosen,
            excluded,
        )
        new = {t.id: t for t in here}
        stale = [
            n
            for i, n in self.nodes.items()
            if n.tag is not None and (i not in new or new[i].path != n.tag.path)
        ]
        moved = {n.tag.id for n in stale if n.tag is not None}
        fresh = [t for t in here if t.id not in self.nodes or t.id in moved]
        if not self.nodes or len(stale) + len(fresh) > RESET_ABOVE:
            self._reset(here, whole, headers)
            return None
        self._remove(stale)
        inserted = [self._insert(t) for t in here if t.id not in self.nodes]
        if headers != self.headers:
            self.headers = headers
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._update(new, whole, everything=marks != (self.filtered, chosen, excluded))
        return inserted

    def _reset(
        self, here: list[TagInfo], whole: dict[int, TagInfo], headers: list[str]
    ) -> None:
        self.beginResetModel()
        self.root = _Node(None, None)
        self.nodes, self.by_path, self.headers = {}, {}, headers
        for tag in here:
            parent = self.by_path.get(tag.parent_path, self.root)
            node = _Node(tag, parent)
            node.whole = whole.get(tag.id, tag)
            node.row = len(parent.children)
            parent.children.append(node)
            self.nodes[tag.id] = self.by_path[tag.path] = node
        self.endResetModel()

    def _remove(self, stale: list[_Node]) -> None:
        """Take out the rows of tags gone or moved (those below them with them)."""
        gone = {id(n) for n in stale}
        for node in stale:
            above = node.parent
            while above is not None and id(above) not in gone:
                above = above.parent
            if above is not None or node.parent is None:
                continue  # goes with the tag above it
            parent = node.parent
            self.beginRemoveRows(self._index_of(parent), node.row, node.row)
            del parent.children[node.row]
            parent.renumber(node.row)
            self._forget(node)
            self.endRemoveRows()

    def _forget(self, node: _Node) -> None:
        for child in node.children:
            self._forget(child)
        if node.tag is not None:
            self.nodes.pop(node.tag.id, None)
            if self.by_path.get(node.tag.path) is node:
                del self.by_path[node.tag.path]

    def _insert(self, tag: TagInfo) -> _Node:
        parent = self.by_path.get(tag.parent_path, self.root)
        names = [c.tag.name if c.tag else "" for c in parent.children]
        row = bisect_left(names, tag.name)
        node = _Node(tag, parent)
        self.beginInsertRows(self._index_of(parent), row, row)
        parent.children.insert(row, node)
        parent.renumber(row)
        self.nodes[tag.id] = self.by_path[tag.path] = node
        self.endInsertRows()
        return node

    def _update(
        self, new: dict[int, TagInfo], whole: dict[int, TagInfo], *, everything: bool
    ) -> None:
        """Give every row its new counts; announce the rows that changed, one
        range of rows per parent. (Run for 5,000 tags on every new list: the
        fields a tag shown can change by, its path aside, are compared rather
        than whole tags, and the ranges made only when they are announced.)"""
        touched: defaultdict[_Node, list[int]] = defaultdict(list)
        counted_in = whole.get
        for tag_id, node in self.nodes.items():
            tag = new[tag_id]
            counted = counted_in(tag_id, tag)
            if not everything and _same(tag, node.tag) and _same(counted, node.whole):
                continue
            node.tag, node.whole = tag, counted
            touched[node.parent].append(node.row)  # type: ignore[index]
        if len(touched) > RANGES_ABOVE:  # one pass over the rows, not one a range
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        for parent, rows in touched.items():
            self._rows_changed(parent, min(rows), max(rows))

    def _rows_changed(self, parent: _Node, first: int, last: int) -> None:
        top = self._index_of(parent)
        self.dataChanged.emit(self.index(first, 0, top), self.index(last, 1, top))

    def set_keys(self, keys: dict[str, int]) -> None:
        """Mark the tags on number keys (path → key)."""
        touched = set(keys.items()) ^ set(self.keys.items())
        self.keys = dict(keys)
        for path, _key in touched:
            node = self.by_path.get(path)
            if node is not None and node.parent is not None:
                self._rows_changed(node.parent, node.row, node.row)

    # Finding rows

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def index_of(self, path: str) -> QModelIndex:
        """The index of tag ``path`` (invalid if it is not shown)."""
        node = self.by_path.get(path)
        return self._index_of(node) if node is not None else QModelIndex()

    def node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self.root

    # QAbstractItemModel

    def index(
        self, row: int, column: int, parent: Index = QModelIndex()
    ) -> QModelIndex:
        node = self.node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < 2):
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    # Qt overloads parent() with QObject's; this is the item model's form
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        above = index.internalPointer().parent
        return self._index_of(above) if above is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        # made once: the tree asks for every row it lays out (a thousand
        # after each new list), and Python's enum arithmetic cost more than
        # the rest of the relayout's calls into the model
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return header(self.headers, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        tag, whole = node.tag, node.whole
        assert tag is not None
        assert whole is not None
        column = index.column()
        if role == PathRole:
            return tag.path
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(tag, whole if self.filtered else None)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.grey if self.filtered and not tag.total else None
        if column == 1:
            return self._count_data(tag, whole, role)
        if role == Qt.ItemDataRole.DisplayRole:
            key = self.keys.get(tag.path)
            return f"{tag.name}  {key_mark(key)}" if key else tag.name
        if role == IdRole:
            return tag.id
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(tag)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(tag.path)
        return None

    def _count_data(self, tag: TagInfo, whole: TagInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if self.filtered:
                return f"{number(tag.total)} / {number(whole.total)}"
            return number(tag.total)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _icon(self, tag: TagInfo) -> QIcon:
        color = tag_color(tag.path, tag.color).name()
        icon = self._icons.get(color)
        if icon is None:
            icon = self._icons[color] = swatch(QColor(color))
        return icon

    def _font(self, path: str) -> QFont | None:
        if path not in self.chosen and path not in self.excluded:
            return None
        font = QFont()
        font.setBold(True)
        font.setStrikeOut(path in self.excluded)
        return font
