"""The sidebar's tag tree: every tag where it stands, in its colour, with its
articles under the current search and in the whole archive.

A click filters the list by the tag (and those below it); with Ctrl (or ⌘)
held, the list leaves it out instead. List rows dropped onto a tag are tagged
with it; with Shift held, it is taken off them.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QTreeView,
    QWidget,
)

from archive import TagInfo

from ..i18n import number
from .favourites import add_key_menu
from .tree_model import IdRole, PathRole, TagTreeModel, swatch, tag_color

__all__ = ["IdRole", "PathRole", "TagTreePanel", "swatch", "tag_color"]

ARTICLES_MIME = "application/x-clipfile-articles"  # the article list's drags


class TagTreePanel(QTreeView):
    """The tag tree with counts.

    Signals:
        tag_clicked(str, bool): a tag's path; whether to leave it out.
        records_dropped(str, object, bool): a tag's path, the dropped article
            ids, whether to take the tag off them (else put it on).
        notes_requested(int, str): the notes on a tag (its id and path).
        tag_selected_requested(str, bool): tag (or untag) the list's
            selection with this path.
        manage_requested(str): open the Tag Manager on this tag.
        favourite_requested(str, int): give this tag that number key (0: none).
    """

    tag_clicked = Signal(str, bool)
    records_dropped = Signal(str, object, bool)
    notes_requested = Signal(int, str)
    tag_selected_requested = Signal(str, bool)
    manage_requested = Signal(str)
    favourite_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_tree")
        grey = self.palette().color(self.palette().ColorRole.PlaceholderText)
        self.tree_model = TagTreeModel(self._tip, grey, self)
        self.setModel(self.tree_model)
        self.setUniformRowHeights(True)
        self.setHeaderHidden(False)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.clicked.connect(self._on_clicked)
        self.chosen: set[str] = set()
        self.excluded: set[str] = set()
        self._open: set[str] = set()
        self._known = False  # whether the open branches were read once
        self.expanded.connect(lambda i: self._open.add(i.data(PathRole)))
        self.collapsed.connect(lambda i: self._open.discard(i.data(PathRole)))
        self.paths: dict[str, TagInfo] = {}
        self.favourites: dict[int, str] = {}  # number key → tag path
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the counts' width set from the widest count: fitted to its contents
        # the column measured every expanded row again after each change
        # (60–190 ms of the GUI thread at 5,000 tags)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)

    def set_tags(
        self,
        here: list[TagInfo],
        everywhere: list[TagInfo] | None = None,
        *,
        chosen: tuple = (),
        excluded: set[str] | None = None,
    ) -> None:
        """Show the tree: ``here`` counted under the current search,
        ``everywhere`` in the whole archive (None: the same); ``chosen``: the
        tags the list is filtered by, ``excluded``: those it leaves out."""
        self.chosen = set(chosen)
        self.excluded = excluded or set()
        filtered = everywhere is not None
        scroll = self.verticalScrollBar().value()
        self.paths = {t.path: t for t in here}
        inserted = self.tree_model.set_tags(
            here,
            everywhere,
            headers=[
                self.tr("Tags"),
                self.tr("Here / all") if filtered else self.tr("Articles"),
            ],
            chosen=self.chosen,
            excluded=self.excluded,
        )
        self._fit_counts(here, everywhere)
        if not self._known:  # the first time: the top level open
            self._open = {t.path for t in here if t.depth == 0}
            self._known = True
        if inserted is None:  # a new model: its open branches opened again
            for path in self.paths:
                if path in self._open:
                    self.setExpanded(self.tree_model.index_of(path), True)
            self.verticalScrollBar().setValue(scroll)
        else:
            for node in inserted:
                if node.tag is not None and node.tag.path in self._open:
                    self.setExpanded(self.tree_model.index_of(node.tag.path), True)
        for path in self.chosen:  # the tags the list is filtered by in sight
            above = path.rpartition("/")[0]
            while above:
                self.setExpanded(self.tree_model.index_of(above), True)
                above = above.rpartition("/")[0]

    def _fit_counts(
        self, here: list[TagInfo], everywhere: list[TagInfo] | None
    ) -> None:
        """Make the counts' column as wide as its widest text."""
        widest = number(max((t.total for t in here), default=0))
        if everywhere is not None:
            whole = number(max((t.total for t in everywhere), default=0))
            widest = f"{widest} / {whole}"
        metrics = self.fontMetrics()
        label = self.tree_model.headers[1]
        width = max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(label))
        width += 4 * metrics.horizontalAdvance(" ") + 8
        if self.header().sectionSize(1) != width:
            self.header().resizeSection(1, width)

    def set_favourites(self, favourites: dict[int, str]) -> None:
        """Mark the tags on number keys (``favourites``: key → path)."""
        self.favourites = dict(favourites)
        self.tree_model.set_keys({path: key for key, path in favourites.items()})

    def _tip(self, tag: TagInfo, whole: TagInfo | None) -> str:
        lines = [tag.path]
        if tag.description:
            lines.append(tag.description)
        label = self.tr("Own: %1 · with tags below: %2")
        lines.append(
            label.replace("%1", number(tag.count)).replace("%2", number(tag.total))
        )
        if whole is not None:
            lines.append(
                self.tr("In the whole archive: %1 · with tags below: %2")
                .replace("%1", number(whole.count))
                .replace("%2", number(whole.total))
            )
        lines.append(
            self.tr(
                "Click to filter; Ctrl+click to leave out. Drop list rows "
                "here to tag them (Shift: untag)."
            )
        )
        return "\n".join(lines)

    def item_of(self, path: str) -> QModelIndex:
        """The index of tag ``path`` (invalid if it is not shown)."""
        return self.tree_model.index_of(path)

    # Clicks

    def _on_clicked(self, index: QModelIndex) -> None:
        path = index.data(PathRole)
        if path:
            exclude = bool(
                QApplication.keyboardModifiers()
                & (
                    Qt.KeyboardModifier.ControlModifier
                    | Qt.KeyboardModifier.MetaModifier
                )
            )
            self.tag_clicked.emit(path, exclude)

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        path = index.data(PathRole) if index.isValid() else None
        if not path:
            return
        tag = self.paths.get(path)
        menu = QMenu(self)
        menu.addAction(
            self.tr("Tag Selected Articles"),
            lambda: self.tag_selected_requested.emit(path, False),
        )
        menu.addAction(
            self.tr("Untag Selected Articles"),
            lambda: self.tag_selected_requested.emit(path, True),
        )
        menu.addSeparator()
        menu.addAction(
            self.tr("Leave Out of the List"), lambda: self.tag_clicked.emit(path, True)
        )
        if tag is not None:
            menu.addAction(
                self.tr("Notes on this tag…"),
                lambda: self.notes_requested.emit(tag.id, path),
            )
        add_key_menu(
            menu,
            path,
            self.favourites,
            lambda key: self.favourite_requested.emit(path, key or 0),
        )
        menu.addAction(
            self.tr("Manage Tags…"), lambda: self.manage_requested.emit(path)
        )
        menu.popup(self.viewport().mapToGlobal(position))

    # Dropping list rows onto a tag

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ARTICLES_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(ARTICLES_MIME) and index.data(PathRole):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        path = index.data(PathRole)
        if not path or not event.mimeData().hasFormat(ARTICLES_MIME):
            event.ignore()
            return
        try:
            ids = json.loads(
                bytes(event.mimeData().data(ARTICLES_MIME).data()).decode()
            )
        except ValueError:
            event.ignore()
            return
        remove = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        event.acceptProposedAction()
        self.records_dropped.emit(path, [int(i) for i in ids], remove)
