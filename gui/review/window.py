"""The review window: a source page beside the records made from it, with fixes."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QInputDialog,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)

from archive import (
    Article,
    AssignLeftover,
    Caption,
    CaptionToParagraph,
    Command,
    CompoundCommand,
    MergeArticles,
    MoveCaption,
    ParagraphToCaption,
    SetPeople,
    SourceLayout,
    SplitArticle,
    UpdateArticle,
    UpdateCaption,
)
from archive import (
    person_names as read_names,
)

from ..session import Session
from ..undo import bind_undo_actions
from .edit_dialog import EditDialog
from .record_tree_model import Node, RecordTreeModel, build
from .source_list_model import SourceListModel

_SHADES = {
    "article": (QColor("#dcebf7"), QColor("#e6f2e0")),  # alternate per article
    "caption": (QColor("#fbf0c8"),),
    "leftover": (QColor("#f8d0cc"),),
}
_CURRENT = QColor("#ffd666")
_ARTICLE_FIELDS = (
    "kicker",
    "title",
    "subtitle",
    "summary",
    "dateline",
    "date",
    "section",
    "county",
)
_CAPTION_FIELDS = ("label", "text", "date", "county", "credit")


class ReviewWindow(QMainWindow):
    """Shows one imported source at a time, its records' spans highlighted.

    Every fix goes through the shared :class:`Session`, so it is undoable and
    the main window follows.

    Signals:
        source_shown(int): the source now shown.
    """

    source_shown = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review Imports"))
        self.resize(1300, 800)
        self.session = session
        self.source_id: int | None = None
        self.shown_layout: SourceLayout | None = None  # the source's text and spans
        self.sources = SourceListModel(self)
        self.source_list = QListView(self)
        self.source_list.setModel(self.sources)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.records = RecordTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.records)
        self.tree.setHeaderHidden(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget, width in (
            (self.source_list, 240),
            (self.text, 560),
            (self.tree, 460),
        ):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, width)
        splitter.setSizes([240, 580, 480])
        self.setCentralWidget(splitter)
        self._build_actions()
        self.source_list.selectionModel().currentRowChanged.connect(self._on_source)
        self.tree.selectionModel().currentChanged.connect(self._on_record)
        session.changes_made.connect(lambda _changes: self.reload())
        self.reload()

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Fixes"), self)
        bar.setObjectName("review_toolbar")
        self.addToolBar(bar)
        self.merge_action = bar.addAction(
            self.tr("Merge with Next Article"), self.merge_with_next
        )
        self.split_action = bar.addAction(self.tr("Split Here"), self.split_here)
        self.to_caption_action = bar.addAction(self.tr("Make Caption"), self.to_caption)
        self.to_paragraph_action = bar.addAction(
            self.tr("Make Paragraph"), self.to_paragraph
        )
        self.move_action = bar.addAction(self.tr("Move Caption…"), self.move_caption)
        self.edit_action = bar.addAction(self.tr("Edit…"), self.edit_record)
        self.place_action = bar.addAction(
            self.tr("Place Leftover…"), self.place_leftover
        )
        bar.addSeparator()
        self.undo_action = bar.addAction(self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = bar.addAction(self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        bind_undo_actions(self.session, self.undo_action, self.redo_action)
        self._update_actions(None)

    # Showing

    def reload(self) -> None:
        """Re-read the sources and the one shown (after any change)."""
        archive = self.session.archive
        self.sources.set_sources(archive.sources() if archive else [])
        row = (
            self.sources.row_of(self.source_id) if self.source_id is not None else None
        )
        if row is None and self.sources.rowCount():
            row = 0
        if row is not None:
            self.source_list.setCurrentIndex(self.sources.index(row))
            self.show_source(self.sources.sources[row].id)
        else:  # nothing imported yet: say so rather than show empty panes
            self.source_id, self.shown_layout = None, None
            self.records.set_roots([])
            self.text.setPlaceholderText(
                self.tr(
                    "No files have been imported into this archive yet. Use File "
                    "▸ Import Files… or drop page files on the main window; each file "
                    "then appears here beside the records made from it."
                )
            )
            self.text.clear()

    def show_source(self, source_id: int) -> None:
        archive = self.session.archive
        if archive is None:
            return
        current = self.current_node()
        layout = archive.source_layout(source_id)
        if self.source_id != source_id or self.text.toPlainText() != layout.text:
            self.text.setPlainText(layout.text)
        self.source_id = source_id
        self.shown_layout = layout
        self.records.set_roots(build(archive, layout))
        self.tree.expandAll()
        self._highlight(layout, None)
        if current is not None:
            index = self.records.index_of(current.kind, current.id, current.index)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self.source_shown.emit(source_id)

    def current_node(self) -> Node | None:
        return self.records.node(self.tree.currentIndex())

    def _on_source(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source_id = current.data(SourceListModel.SourceRole)
        if source_id is not None and source_id != self.source_id:
            self.show_source(source_id)

    def _on_record(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.records.node(current)
        self._update_actions(node)
        if self.shown_layout is not None:
            self._highlight(self.shown_layout, node)

    def _highlight(self, layout: SourceLayout, node: Node | None) -> None:
        selections = []
        shade_of: dict[int, int] = {}  # an article's pieces share its shade
        for span in layout.spans:
            shades = _SHADES[span.kind]
            if span.kind == "article":
                shade_of.setdefault(span.id, len(shade_of))
            color = shades[shade_of.get(span.id, 0) % len(shades)]
            is_current = node is not None and (
                (node.kind, node.id) == (span.kind, span.id)
                or (
                    node.kind == "paragraph"
                    and span.kind == "article"
                    and span.id == node.id
                )
            )
            selections.append(
                self._selection(span.start, span.end, _CURRENT if is_current else color)
            )
        self.text.setExtraSelections(selections)
        target = next(
            (
                s
                for s in layout.spans
                if node is not None
                and s.id == node.id
                and s.kind in (node.kind, "article")
            ),
            None,
        )
        if target is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(min(target.start, len(layout.text)))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def _selection(
        self, start: int, end: int, color: QColor
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        size = self.text.document().characterCount() - 1
        cursor.setPosition(min(start, size))
        cursor.setPosition(min(end, size), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        selection.cursor, selection.format = cursor, fmt
        return selection

    def _update_actions(self, node: Node | None) -> None:
        kind = node.kind if node else None
        writable = (
            self.session.archive is not None and not self.session.archive.readonly
        )
        self.merge_action.setEnabled(writable and kind == "article")
        self.split_action.setEnabled(
            writable and node is not None and kind == "paragraph" and node.index > 0
        )
        self.to_caption_action.setEnabled(writable and kind == "paragraph")
        self.to_paragraph_action.setEnabled(
            writable
            and node is not None
            and kind == "caption"
            and node.parent is not None
        )
        self.move_action.setEnabled(writable and kind == "caption")
        self.edit_action.setEnabled(
            writable and kind in ("article", "caption", "paragraph")
        )
        self.place_action.setEnabled(writable and kind == "leftover")

    # Fixes

    def perform(self, command: Command) -> bool:
        """Run a fix; a refused one is said by the session, as every failure."""
        return self.session.perform(command) is not None

    def merge_with_next(self) -> None:
        node = self.current_node()
        if node is None:  # the action is off without a record chosen
            return
        articles = [r for r in self.records.roots if r.kind == "article"]
        following = next(
            (b for a, b in itertools.pairwise(articles) if a is node), None
        )
        if following is None:
            self.statusBar().showMessage(
                self.tr("There is no next article to merge."), 8000
            )
            return
        self.perform(MergeArticles(node.id, following.id))

    def split_here(self) -> None:
        node = self.current_node()
        if node is None:  # the action is off without a record chosen
            return
        self.perform(SplitArticle(node.id, node.index))

    def to_caption(self) -> None:
        node = self.current_node()
        if node is None:  # the action is off without a record chosen
            return
        self.perform(ParagraphToCaption(node.id, node.index))

    def to_paragraph(self) -> None:
        node = self.current_node()
        if node is not None:
            self.perform(CaptionToParagraph(node.id))

    def move_caption(self) -> None:
        node = self.current_node()
        if node is None:  # the action is off without a record chosen
            return
        articles = [r for r in self.records.roots if r.kind == "article"]
        names = [self.tr("(no article)")] + [a.text for a in articles]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Move Caption"),
            self.tr("Attach the caption to:"),
            names,
            0,
            False,
        )
        if ok:
            target = (
                None if choice == names[0] else articles[names.index(choice) - 1].id
            )
            self.perform(MoveCaption(node.id, target))

    def place_leftover(self) -> None:
        node = self.current_node()
        if node is None:  # the action is off without a record chosen
            return
        articles = [r for r in self.records.roots if r.kind == "article"]
        names = [self.tr("(not article text: leave it in the source)")]
        names += [a.text for a in articles]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Place Leftover"),
            self.tr("Add the fragment as the last paragraph of:"),
            names,
            0,
            False,
        )
        if ok:
            target = (
                None if choice == names[0] else articles[names.index(choice) - 1].id
            )
            self.perform(AssignLeftover(node.id, target))

    def edit_record(self) -> None:
        node = self.current_node()
        archive = self.session.archive
        if node is None or archive is None:
            return
        if node.kind == "paragraph":
            paragraphs = archive.article(node.id).paragraphs
            values = EditDialog.ask(self, {"text": paragraphs[node.index]})
            if values.get("text"):
                paragraphs[node.index] = values["text"]
                self.perform(UpdateArticle(node.id, body="\n\n".join(paragraphs)))
            return
        fields: tuple[str, ...]
        people: tuple[str, ...]
        record: Article | Caption
        if node.kind == "article":
            record = archive.article(node.id)
            fields, people = _ARTICLE_FIELDS, ("reporters", "correspondents")
        else:
            record = archive.caption(node.id)
            fields, people = _CAPTION_FIELDS, ("photographers",)
        values = {f: getattr(record, f) for f in fields}
        values |= {p: " ".join(getattr(record, p)) or None for p in people}
        changed = EditDialog.ask(self, values)
        if changed:
            self.perform(CompoundCommand("Edit", self._edits(node, changed, people)))

    def _edits(
        self, node: Node, changed: dict, people: tuple[str, ...]
    ) -> list[Command]:
        target = {"article_id" if node.kind == "article" else "caption_id": node.id}
        commands: list[Command] = [
            SetPeople(role=_ROLE[p], names=read_names(changed.pop(p) or ""), **target)
            for p in people
            if p in changed
        ]
        if changed:
            update = UpdateArticle if node.kind == "article" else UpdateCaption
            commands.insert(0, update(node.id, **changed))
        return commands


_ROLE = {
    "reporters": "reporter",
    "correspondents": "correspondent",
    "photographers": "photographer",
}
