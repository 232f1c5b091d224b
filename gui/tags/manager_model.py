"""The Tag Manager's tree as a model over the tags read: each cell's text,
colour and tooltip made when the view asks for it (the rows in sight), not
kept as items.

Its QStandardItemModel made four items a tag up front: 0.85 s of the GUI
thread's CPU each time the view was shown or its filter typed in, at 5,000
tags (issue 17)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from archive import TagInfo

from ..i18n import number
from .favourites import key_mark
from .tree_model import IdRole, PathRole, header, swatch, tag_color

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NAME_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsDragEnabled
)


class _Row:
    __slots__ = ("children", "parent", "row", "tag")

    def __init__(self, tag: TagInfo | None, parent: _Row | None, row: int) -> None:
        self.tag, self.parent, self.row = tag, parent, row
        self.children: list[_Row] = []


class TagTableModel(QAbstractItemModel):
    """Four columns: the tag (name, colour, number key), the articles with
    the tags below, its own, its description."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = _Row(None, None, 0)
        self.by_path: dict[str, _Row] = {}
        self.keys: dict[str, int] = {}
        self.headers: list[str] = ["", "", "", ""]
        self._icons: dict[str, QIcon] = {}

    def set_tags(
        self, tags: list[TagInfo], keys: dict[str, int], headers: list[str]
    ) -> None:
        """Show ``tags`` (parents before their children), ``keys`` by path."""
        self.beginResetModel()
        self.root = _Row(None, None, 0)
        self.by_path = {}
        self.keys, self.headers = keys, headers
        for tag in tags:
            parent = self.by_path.get(tag.parent_path or "", self.root)
            node = _Row(tag, parent, len(parent.children))
            parent.children.append(node)
            self.by_path[tag.path] = node
        self.endResetModel()

    def index_of(self, path: str) -> QModelIndex:
        node = self.by_path.get(path)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def widest_count(self) -> str:
        """The longest count shown (to size the count columns by)."""
        return number(
            max((n.tag.total for n in self.by_path.values() if n.tag), default=0)
        )

    # The model

    # expandAll asks these of every tag: kept short

    def _node(self, index: Index) -> _Row:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> Any:
        children = (
            parent.internalPointer() if parent.isValid() else self.root
        ).children
        if 0 <= row < len(children) and 0 <= column < 4:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> Any:
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self.root.children)
        return parent.column() == 0 and bool(parent.internalPointer().children)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # onto the empty space: the top
        return _NAME_FLAGS if index.column() == 0 else _CELL_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

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
        tag = index.internalPointer().tag
        column = index.column()
        if role == PathRole:
            return tag.path
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                key = self.keys.get(tag.path)
                return f"{tag.name}  {key_mark(key)}" if key else tag.name
            if column == 1:
                return number(tag.total)
            if column == 2:
                return number(tag.count)
            return tag.description or ""
        if column == 0:
            if role == IdRole:
                return tag.id
            if role == Qt.ItemDataRole.DecorationRole:
                color = tag_color(tag.path, tag.color).name()
                icon = self._icons.get(color)
                if icon is None:
                    icon = self._icons[color] = swatch(tag_color("", color), 12)
                return icon
            if role == Qt.ItemDataRole.ToolTipRole:
                return tag.path
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return _RIGHT
        return None
