"""The reader's tag bar and passages.

Under the reader: the open article's tags as coloured chips (× takes one
off) and a field that completes a tag name as it is typed (the names that
start with it first, then pinyin: ``rc`` or ``rencai`` for 人才) and tags the
article on Enter, making the tag if it is new. With text selected in the
reader, Tag Passage (Ctrl+Shift+T) tags that passage instead: it shows as a
coloured highlight, named on hover, and is listed beside the reader, where
a click shows it.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Article,
    Passage,
    TagIndex,
    TagPassage,
    TagRecords,
    UntagPassage,
    UntagRecords,
)

from ..background import Job
from ..session import Session
from .acting import perform
from .anchors import BodyMap
from .tree_panel import tag_color

PassageRole = Qt.ItemDataRole.UserRole + 1


class TagBar(QWidget):
    """Tags of the article in the reader, and a field to add one.

    ``passages`` is the list of its tagged passages, placed by the view.

    Signals:
        message(str): something to say in the status bar.
        favourite_clicked(int): a favourite tag's key was clicked.
    """

    message = Signal(str)
    favourite_clicked = Signal(int)
    # the completion index being built off the GUI thread, and where it goes
    _building: tuple[Job, dict[str, TagIndex]] | None = None
    # no index built until released (:meth:`hold_index`), the paths held back
    _held = False
    _pending: list[str] | None = None

    def __init__(
        self, session: Session, reader: QTextEdit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.article: Article | None = None
        self.found: list[Passage] = []
        self.body_map: BodyMap | None = None
        self.index = TagIndex([])
        self._known: list[str] = []
        self.passage_mode = False
        self.chips = QLabel(self)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.chips.linkActivated.connect(self._chip_clicked)
        self.chips.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("tag_field")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(self.fontMetrics().horizontalAdvance("中" * 14))
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.completer.setMaxVisibleItems(12)
        self.field.setCompleter(self.completer)
        self.field.textEdited.connect(self._complete)
        self.field.returnPressed.connect(self.apply)
        self.completer.activated.connect(self._chosen)
        self.field.installEventFilter(self)
        self.suggested = self._link_label("suggested_tags", self._suggestion_clicked)
        self.favourites = self._link_label(
            "favourite_tags", lambda link: self.favourite_clicked.emit(int(link[4:]))
        )
        self.favourites.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 0, 4, 2)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        label = QLabel(self.tr("Tags:"), self)
        layout.addWidget(label)
        layout.addWidget(self.chips, 1)
        layout.addWidget(self.field)
        outer.addLayout(layout)
        outer.addWidget(self.favourites)
        outer.addWidget(self.suggested)
        self.passages = QListWidget(parent)
        self.passages.setObjectName("passages")
        self.passages.setToolTip(self.tr("Tagged passages: click to show one"))
        self.passages.itemClicked.connect(self._jump)
        self.passages.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.passages.hide()
        self.tips = _PassageTips(self, reader.viewport())
        reader.viewport().installEventFilter(self.tips)
        self._placeholder()
        self.setEnabled(False)

    def _link_label(self, name: str, clicked: Callable[[str], None]) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.linkActivated.connect(clicked)
        return label

    # What it shows

    def set_known_tags(self, paths: list[str]) -> None:
        """The tags completion offers, their index built again when they
        changed, off the GUI thread (at 5,000 tags it took 22-66 ms there,
        the first time a second, pypinyin loaded and every name read)."""
        if paths == self._known:
            return
        if self._held:  # built once released (:meth:`hold_index`)
            self._pending = list(paths)
            return
        self._known = known = list(paths)
        built: dict[str, TagIndex] = {}

        def work(_work: object) -> TagIndex:
            built["index"] = TagIndex(known)
            return built["index"]

        job = Job(work, parent=self)
        job.succeeded.connect(lambda index: self._take_index(job, index))
        self._building = (job, built)
        job.start()

    def hold_index(self) -> None:
        """Build no completion index until :meth:`release_index` (the window
        holds it until pypinyin's dictionaries are loaded on its thread for
        background work, at a quiet moment: the first index loaded them, 0.3
        s of CPU in long GIL holds, beside the first search; issue 17). An
        index asked for meanwhile is built then."""
        self._held = True

    def release_index(self) -> None:
        """Build the index held back by :meth:`hold_index`, if one is."""
        self._held = False
        pending, self._pending = self._pending, None
        if pending is not None:
            self.set_known_tags(pending)

    def _take_index(self, job: Job, index: TagIndex) -> None:
        if self._building is not None and self._building[0] is job:
            self.index, self._building = index, None

    def current_index(self) -> TagIndex:
        """The completion index of the tags known now (waited for if it is
        still being built: a name typed right after the tree changed)."""
        if self._held:
            self.release_index()
        if self._building is not None:
            job, built = self._building
            if job.wait(5) and "index" in built:
                self.index = built["index"]
            self._building = None
        return self.index

    def set_favourites(self, favourites: dict[int, str]) -> None:
        """Show the tags on number keys, each a link doing what its key does."""
        links = [
            f"<a href='fav:{key}' style='text-decoration:none'><b>{key}</b>"
            f"&nbsp;{html.escape(path)}</a>"
            for key, path in favourites.items()
        ]
        title = html.escape(self.tr("Keys 1–9 tag the selected articles:"))
        self.favourites.setText(f"{title} " + "&nbsp;&nbsp; ".join(links))
        self.favourites.setToolTip(
            self.tr(
                "Press a number in the list or the reader: the articles "
                "selected get that tag, or lose it when all of them have it. "
                "Right-click a tag in the sidebar ▸ Favourite Key to choose."
            )
        )
        self.favourites.setVisible(bool(links))

    def show_article(self, article: Article | None) -> None:
        """Show ``article``'s tags and passages (highlighted in the reader,
        whose document must show the article already)."""
        self.article = article
        self.setEnabled(article is not None)
        self._leave_passage_mode()
        archive = self.session.archive
        if article is None or archive is None:
            self.chips.setText("")
            self.suggested.setText("")
            self.found = []
            self.body_map = None
            self._show_passages()
            return
        self.chips.setText(self._chips_html(archive.whole_tags(article.id)))
        self._offer_suggestions()
        self.found = archive.passages(article.id)
        self.body_map = BodyMap(self.reader.document(), article.body)
        self._show_passages()

    def _offer_suggestions(self) -> None:
        link = html.escape(self.tr("Suggest tags"))
        self.suggested.setText(
            f"<a href='suggest:' style='text-decoration:none'>{link}…</a>"
        )

    def show_suggestions(self) -> None:
        """Tags the article's similar articles carry, and those its text
        names, each a link that applies it (nothing is applied unasked)."""
        archive = self.session.archive
        if self.article is None or archive is None:
            return
        found = archive.suggest_tags(self.article.id)
        groups = []
        for why, title in (
            ("similar", self.tr("Similar articles carry:")),
            ("named", self.tr("The text names:")),
        ):
            links = [
                f"<a href='accept:{html.escape(s.path)}' "
                f"style='text-decoration:none'>+&nbsp;{html.escape(s.path)}</a>"
                for s in found
                if s.why == why
            ]
            if links:
                groups.append(f"{html.escape(title)} " + "&nbsp;&nbsp;".join(links))
        self.suggested.setText(
            "&nbsp;&nbsp;&nbsp; ".join(groups)
            or html.escape(self.tr("No tags to suggest for this article."))
        )

    def _suggestion_clicked(self, link: str) -> None:
        if link == "suggest:":
            self.show_suggestions()
            return
        if link.startswith("accept:") and self.article is not None:
            path, article_id = html.unescape(link[7:]), self.article.id
            perform(
                self.session,
                lambda: TagRecords(path, article_ids=[article_id], origin="suggestion"),
            )

    def _chips_html(self, tags: list[str]) -> str:
        chips = []
        remove = html.escape(self.tr("Remove this tag"))
        for path in tags:
            color = tag_color(path, self._color(path)).name()
            name = html.escape(path)
            chips.append(
                f"<span style='color:{color}'>■</span>&nbsp;{name}"
                f"&nbsp;<a href='untag:{name}' title='{remove}' "
                "style='text-decoration:none'>×</a>"
            )
        return "&nbsp;&nbsp; ".join(chips)

    def _color(self, path: str) -> str | None:
        tree = getattr(self.parent(), "tag_tree", None)
        tag = tree.paths.get(path) if tree is not None else None
        return tag.color if tag is not None else None

    def _show_passages(self) -> None:
        self.passages.clear()
        for passage in self.found:
            quote = (
                passage.quote if len(passage.quote) <= 60 else passage.quote[:58] + "…"
            )
            text = f"{passage.tag}: “{quote}”"
            if not passage.found:
                text += "  " + self.tr("(no longer found in the text)")
            item = QListWidgetItem(text)
            item.setData(PassageRole, passage.id)
            item.setForeground(tag_color(passage.tag, passage.color))
            item.setToolTip(passage.quote)
            self.passages.addItem(item)
        self.passages.setVisible(bool(self.found))
        self._highlight()

    def _highlight(self) -> None:
        selections = []
        for passage in self.found:
            span = self._span(passage)
            if span is None:
                continue
            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            color = QColor(tag_color(passage.tag, passage.color))
            color.setAlpha(70)  # overlapping passages show darker
            char_format = QTextCharFormat()
            char_format.setBackground(color)
            char_format.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            char_format.setUnderlineColor(tag_color(passage.tag, passage.color))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self.reader.setExtraSelections(selections)

    def _span(self, passage: Passage) -> tuple[int, int] | None:
        """Where ``passage`` stands in the reader's document (UTF-16)."""
        if self.body_map is None or not passage.found or passage.field != "body":
            return None
        start = self.body_map.to_document(passage.start)
        end = self.body_map.to_document(passage.end)
        return (start, end) if start is not None and end is not None else None

    def passages_at(self, position: int) -> list[Passage]:
        """The passages covering document ``position``."""
        found = []
        for passage in self.found:
            span = self._span(passage)
            if span is not None and span[0] <= position < span[1]:
                found.append(passage)
        return found

    def _jump(self, item: QListWidgetItem) -> None:
        passage = next((p for p in self.found if p.id == item.data(PassageRole)), None)
        span = self._span(passage) if passage is not None else None
        if span is None:
            self.message.emit(
                self.tr("That passage is no longer in the article's text.")
            )
            return
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.reader.setTextCursor(cursor)
        self.reader.ensureCursorVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._leave_passage_mode()
            self.field.clear()
            self.reader.setFocus()
            return True
        return super().eventFilter(watched, event)

    # Typing a tag

    def _placeholder(self) -> None:
        self.field.setPlaceholderText(
            self.tr("Tag the passage selected in the reader… (Enter)")
            if self.passage_mode
            else self.tr("Add a tag… (Ctrl+T, Enter)")
        )

    def focus_field(self) -> None:
        self._leave_passage_mode()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def focus_passage(self) -> None:
        """Tag the reader's selection: the field asks for the tag."""
        if self.selected_span() is None:
            self.message.emit(
                self.tr("Select some of the article's text in the reader first.")
            )
            return
        self.passage_mode = True
        self._placeholder()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _leave_passage_mode(self) -> None:
        self.passage_mode = False
        self._placeholder()

    def _complete(self, text: str) -> None:
        found = self.current_index().complete(text)
        self.completions.setStringList(found)
        if found:
            self.completer.complete()

    def _chosen(self, path: str) -> None:
        """A completion chosen (Enter or a click on it): tag with it at once
        (a second call for the same Enter finds the field emptied)."""
        self.field.setText(path)
        self.apply()

    def selected_span(self) -> tuple[int, int] | None:
        """The reader's selection as body offsets (code points), if any."""
        cursor = self.reader.textCursor()
        if self.body_map is None or not cursor.hasSelection():
            return None
        return self.body_map.selection_to_body(
            cursor.selectionStart(), cursor.selectionEnd()
        )

    def apply(self) -> None:
        """Tag the article (or, in passage mode, the selection) with the text
        typed: the highlighted completion if one is."""
        path = self.field.text().strip()
        if not path or self.article is None:
            return
        article = self.article
        if self.passage_mode:
            span = self.selected_span()
            if span is None:
                self.message.emit(
                    self.tr("Select some of the article's text in the reader first.")
                )
                return
            command = perform(
                self.session,
                lambda: TagPassage(article.id, path, start=span[0], end=span[1]),
            )
            if command is not None:
                self.message.emit(
                    self.tr("Tagged the passage %1.").replace("%1", command.path)
                )
                self.field.clear()
            return
        tagging = perform(
            self.session, lambda: TagRecords(path, article_ids=[article.id])
        )
        if tagging is None:
            return
        if tagging.already:
            self.message.emit(
                self.tr("This article is tagged %1 already.").replace(
                    "%1", tagging.path
                )
            )
        else:
            self.message.emit(self.tr("Tagged %1.").replace("%1", tagging.path))
        self.field.clear()

    def _chip_clicked(self, link: str) -> None:
        if link.startswith("untag:") and self.article is not None:
            article_id = self.article.id
            perform(
                self.session,
                lambda: UntagRecords(html.unescape(link[6:]), article_ids=[article_id]),
            )

    def remove_passage(self, tagging_id: int) -> None:
        self.session.perform(UntagPassage(tagging_id))


class _PassageTips(QObject):
    """Names the tags of the passages under the mouse (a filter on the
    reader's viewport, going with it)."""

    def __init__(self, bar: TagBar, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.bar = bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            reader = self.bar.reader
            position = reader.cursorForPosition(event.pos()).position()
            names = [p.tag for p in self.bar.passages_at(position)]
            if names:
                QToolTip.showText(event.globalPos(), "\n".join(names), reader)
                return True
        return False
