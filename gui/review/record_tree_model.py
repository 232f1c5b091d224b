"""The records one source made, as a tree: articles with their paragraphs and
captions, then captions on their own, then leftover text."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from archive import Archive, RecordNotFound, SourceLayout

from ..headers import Index


@dataclass
class Node:
    """One row: kind is article, paragraph, caption or leftover."""

    kind: str
    id: int  # article, caption or leftover id; for a paragraph, its article's id
    text: str
    index: int = 0  # a paragraph's position in its article
    start: int | None = None
    end: int | None = None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)


def build(archive: Archive, layout: SourceLayout) -> list[Node]:
    """Top-level nodes for ``layout``: articles in page order, then the rest."""
    roots: list[Node] = []
    seen: set[tuple[str, int]] = set()  # a record read from pieces has a span each
    for span in layout.spans:
        if (span.kind, span.id) in seen:
            continue
        seen.add((span.kind, span.id))
        if span.kind == "article":
            article = _article(archive, span.id, span.start, span.end)
            if article is not None:  # gone since the layout was read
                roots.append(article)
        elif span.kind == "caption" and span.article_id is None:
            roots.append(
                Node("caption", span.id, span.label, start=span.start, end=span.end)
            )
        elif span.kind == "leftover":
            roots.append(
                Node("leftover", span.id, span.label, start=span.start, end=span.end)
            )
    # a caption's first piece (reversed: the first of a record's spans is kept)
    spans = {(span.kind, span.id): span for span in reversed(layout.spans)}
    for root in roots:
        for child in root.children:
            first = spans.get((child.kind, child.id))
            if child.kind == "caption" and first is not None:
                child.start, child.end = first.start, first.end
    return roots


def _article(archive: Archive, record_id: int, start: int, end: int) -> Node | None:
    try:
        article = archive.article(record_id)
    except RecordNotFound:
        return None
    node = Node("article", article.id, article.title, start=start, end=end)
    node.children = [
        Node("paragraph", article.id, text, index=i, parent=node)
        for i, text in enumerate(article.paragraphs)
    ] + [
        Node("caption", c.id, " ".join(filter(None, [c.label, c.text])), parent=node)
        for c in article.captions
    ]
    return node


class RecordTreeModel(QAbstractItemModel):
    """Adapts the :class:`Node` tree of one source to a Qt item model."""

    NodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roots: list[Node] = []

    def set_roots(self, roots: list[Node]) -> None:
        self.beginResetModel()
        self.roots = roots
        self.endResetModel()

    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, kind: str, record_id: int, paragraph: int = 0) -> QModelIndex:
        for row, root in enumerate(self.roots):
            if root.kind == kind and root.id == record_id:
                return self.index(row, 0)
            for child_row, child in enumerate(root.children):
                if (child.kind, child.id) == (kind, record_id) and (
                    kind != "paragraph" or child.index == paragraph
                ):
                    return self.index(child_row, 0, self.index(row, 0))
        return QModelIndex()

    def index(
        self, row: int, column: int, parent: Index = QModelIndex()
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self.node(parent)
        siblings = node.children if node is not None else self.roots
        return self.createIndex(row, column, siblings[row])

    # Qt overloads parent() with QObject's; this is the item model's form
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self.roots.index(node.parent), 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.roots)
        node = self.node(parent)
        if parent.column() != 0 or node is None:
            return 0
        return len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = {
                "caption": QCoreApplication.translate("RecordTreeModel", "Caption: "),
                "leftover": QCoreApplication.translate(
                    "RecordTreeModel", "Left over: "
                ),
            }.get(node.kind, "")
            text = node.text if len(node.text) <= 60 else node.text[:60] + "…"
            return prefix + text
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.text
        if role == Qt.ItemDataRole.FontRole and node.kind == "article":
            font = QFont()
            font.setBold(True)
            return font
        if role == self.NodeRole:
            return node
        return None
