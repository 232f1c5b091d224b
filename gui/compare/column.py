"""One column of the Compare view: the place's head (its name, counts, notes
and a per-year bar), its records, and a reader under them that opens the
record chosen, each column scrolled, chosen and read on its own."""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Archive,
    ArticleRow,
    Changes,
    Column,
    ComparePlace,
    NoteTarget,
    RecordNotFound,
    id_of,
    kind_of,
)

from ..background import Job, read_apart
from ..browse.reader import ReaderView
from ..i18n import number
from ..notes.panel import NotesPanel
from ..session import Session
from .column_model import ColumnModel
from .figures_model import mark_sentence
from .record_delegate import RecordDelegate, row_height
from .year_bars import YearBars

COLUMN_MIME = "application/x-clipfile-column"


def place_target(place: ComparePlace) -> NoteTarget:
    """What a note on the column's place is about."""
    if place.county is None:
        return NoteTarget(city=place.city)
    return NoteTarget(county=place.key)


class _Head(QFrame):
    """The column's head; dragged, it moves the column."""

    def __init__(self, column: CompareColumn) -> None:
        super().__init__(column)
        self.column = column
        self._pressed: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        moved = event.position().toPoint() - self._pressed
        if moved.manhattanLength() < QApplication.startDragDistance():
            return
        self._pressed = None
        data = QMimeData()
        data.setData(COLUMN_MIME, self.column.place.key.encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)


class CompareColumn(QFrame):
    """Signals:
    remove_requested(): the × in the head.
    dropped(str): a column's head (its place key) was dropped on this one.
    focused(): the column's list or reader was clicked (next-match unlinked).
    open_record(str, int): show this record in the Browse view.
    """

    remove_requested = Signal()
    dropped = Signal(str)
    focused = Signal()
    open_record = Signal(str, int)

    def __init__(
        self, session: Session, place: ComparePlace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"column-{place.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.session = session
        self.place = place
        self.column: Column | None = None
        self.query = ""
        self._counting: Job | None = None
        self._build()

    def _build(self) -> None:
        self._build_head()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.head)
        layout.addWidget(self.split, 1)
        # counted when the archive is set (set_archive)
        self.notes_button.setText(self.tr("Notes (%1)").replace("%1", "…"))
        self.session.changes_made.connect(self._on_changes)

    def _build_head(self) -> None:
        self.head = _Head(self)
        self.title = QLabel(html.escape(self.place.label), self.head)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel(self.head)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_button = QToolButton(self.head)
        self.notes_button.setCheckable(True)
        self.notes_button.setAutoRaise(True)
        self.notes_button.toggled.connect(self._show_notes)
        self.remove_button = QToolButton(self.head)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(
            self.tr("Stop comparing %1").replace("%1", self.place.label)
        )
        self.remove_button.clicked.connect(self.remove_requested)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.notes_button)
        top.addWidget(self.remove_button)
        self.bars = YearBars(self.head)
        head = QVBoxLayout(self.head)
        head.setContentsMargins(6, 4, 6, 4)
        head.setSpacing(2)
        head.addLayout(top)
        head.addWidget(self.count_label)
        head.addWidget(self.bars)

    def _build_body(self) -> None:
        self.model = ColumnModel(self)
        # a table of one column, not a list: QListView places every row in
        # turn (batched, it asked the model's rowCount once a row: two columns
        # of 223,000 records held the GUI thread 40-90 ms every few frames for
        # seconds after Compare opened); a table's rows of one fixed height
        # are laid out by arithmetic
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(RecordDelegate(self.list))
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.horizontalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        rows = self.list.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.list.fontMetrics()))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(
            lambda current, _: self._open(current.row())
        )
        self.list.doubleClicked.connect(lambda index: self._browse(index.row()))
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        self.empty_label.setStyleSheet("color: gray; padding: 8px")
        self.empty_label.hide()
        self.reader = ReaderView(self)
        self.reader.show_message(self.tr("Choose a record above to read it here."))
        self.notes = NotesPanel(self.session, self)
        self.notes.hide()
        self.notes.show_target(place_target(self.place))
        listing = QWidget(self)
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.empty_label)
        listing_layout.addWidget(self.list, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        for widget in (self.notes, listing, self.reader):
            self.split.addWidget(widget)
        self.split.setSizes([160, 260, 420])

    def _on_changes(self, changes: Changes) -> None:
        if changes.notes or changes.note_ids or changes.everything:
            self.show_note_count()
        if changes.articles or changes.captions or changes.tagged or changes.everything:
            self.model.forget_rows()

    # What it shows

    def set_archive(self) -> None:
        self.model.archive = self.session.archive
        self.notes.show_target(place_target(self.place))
        self.show_note_count()

    def show_waiting(self) -> None:
        self.count_label.setText(self.tr("Searching…"))

    def show_column(
        self, column: Column, query: str, *, first: list[ArticleRow] | None = None
    ) -> None:
        """Show ``column``'s records (a first page, or all of them); ``first``:
        the rows of its first page, read already."""
        current = self.current_key()
        self.column, self.query = column, query
        self.model.archive = self.session.archive
        self.model.set_keys(column.keys, column.mention_keys, query=query, first=first)
        self.count_label.setText(self._counts(column))
        empty = column.total == 0 and column.mentions == 0
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)
        if empty:
            self.empty_label.setText(self._empty_text(query))
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row))

    def show_years(self, counts: dict[int, int]) -> None:
        self.bars.set_counts(counts)

    def _counts(self, column: Column) -> str:
        if not column.counted:  # the first rows, the count still coming
            return self.tr("%1+ records, counting…").replace(
                "%1", number(column.total + column.mentions)
            )
        parts = [self.tr("%1 records").replace("%1", number(column.total))]
        kinds = {
            "article": self.tr("%1 articles"),
            "caption": self.tr("%1 captions"),
            "note": self.tr("%1 notes"),
        }
        shown = [
            kinds[kind].replace("%1", number(n))
            for kind, n in column.counts.items()
            if n and kind in kinds
        ]
        if len(shown) > 1:
            parts.append("（" + "、".join(shown) + "）")
        if column.mention_counts:
            parts.append(
                self.tr(" · %1 more mention it").replace("%1", number(column.mentions))
            )
        return "".join(parts)

    def _empty_text(self, query: str) -> str:
        if query.strip():
            return self.tr(
                "No records of %1 match this filter. Records are found by the "
                "city or county they are attributed to; tick “Also records that "
                "mention the place” to see those that only name it."
            ).replace("%1", self.place.label)
        return self.tr("The archive has no records attributed to %1 yet.").replace(
            "%1", self.place.label
        )

    def show_note_count(self) -> None:
        """The head's Notes button: how many notes are on the place and the
        newest one's title, counted off the GUI thread (it read and rendered
        the place's newest notes: 100-300 ms as Compare opened, 100,000
        notes)."""
        if self._counting is not None:
            self._counting.cancel()
            self._counting = None
        archive, target = self.session.archive, place_target(self.place)
        if archive is None:
            self._show_note_count((0, ""))
            return

        def count(reader: Archive) -> tuple[int, str]:
            newest = reader.notes_on(target, newest=1)
            total = reader.count_notes_on(target) if newest else 0
            return total, newest[-1].title if newest else ""

        self._counting = read_apart(
            archive,
            count,
            self._show_note_count,
            self.session.report_failure,
            parent=self,
        )

    @property
    def busy(self) -> bool:
        return self._counting is not None and self._counting.running

    def _show_note_count(self, counted: tuple[int, str]) -> None:
        total, newest = counted
        self.notes_button.setText(self.tr("Notes (%1)").replace("%1", number(total)))
        self.notes_button.setToolTip(
            newest
            or self.tr("Notes on %1: none yet. Click to add one.").replace(
                "%1", self.place.label
            )
        )

    def _show_notes(self, shown: bool) -> None:
        self.notes.setVisible(shown)
        if shown and not self.notes.notes:
            self.notes.add_note()

    # Reading

    def current_key(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None

    def _open(self, row: int) -> None:
        key = self.model.key(row)
        archive = self.session.archive
        if key is None or archive is None:
            return
        self.focused.emit()
        kind, record = kind_of(key), id_of(key)
        try:
            if kind == "article":
                article_id: int | None = record
            elif kind == "caption":
                article_id = archive.caption(record).article_id
            else:
                note = archive.note(record)
                article_id = note.article_id
                if article_id is None:
                    self.reader.setHtml(archive.render_note(note.body))
                    return
            if article_id is None:
                caption = archive.caption(record)
                self.reader.setHtml(f"<p>{html.escape(caption.text)}</p>")
                return
            article = archive.article(article_id)
        except RecordNotFound:
            self.reader.show_message(
                self.tr("That record is no longer in the archive.")
            )
            return
        self.reader.setExtraSelections([])  # a figure's sentence marked before
        self.reader.show_article(article, query=self.query, media=archive.media_folder)
        self.reader.find_match()

    def show_figure(self, article_id: int, sentence: str) -> bool:
        """Read the article a figure comes from, its sentence marked and in
        view; False when the article or the sentence is not to be found."""
        archive = self.session.archive
        if archive is None:
            return False
        try:
            article = archive.article(article_id)
        except RecordNotFound:
            self.reader.show_message(
                self.tr("That record is no longer in the archive.")
            )
            return False
        self.reader.show_article(article, query=self.query, media=archive.media_folder)
        return mark_sentence(self.reader, sentence)

    def _browse(self, row: int) -> None:
        key = self.model.key(row)
        if key is not None:
            self.open_record.emit(kind_of(key), id_of(key))

    def next_match(self, *, forward: bool = True) -> bool:
        return self.reader.find_match(forward=forward)

    def first_match(self) -> bool:
        """Back to the first place the terms occur (to align the panes)."""
        cursor = self.reader.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.reader.setTextCursor(cursor)
        return self.reader.find_match()

    # Moving by drag

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(COLUMN_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        key = bytes(event.mimeData().data(COLUMN_MIME).data()).decode("utf-8")
        if key != self.place.key:
            self.dropped.emit(key)
        event.acceptProposedAction()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.focused.emit()
        super().mousePressEvent(event)

    def close_down(self) -> None:
        if self._counting is not None:
            self._counting.cancel()
        self.notes.close_down()
