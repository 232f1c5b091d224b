"""The Notes view: every note in one list, filtered and searched, beside an
editor with live preview, versions and the trash."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive import (
    NOTE_TARGETS,
    Archive,
    Changes,
    Note,
    NoteFilter,
    NoteTarget,
    RestoreNoteVersion,
    TrashNotes,
)

from ..background import Job
from ..i18n import number
from ..session import Session
from .editor import NoteEditor
from .list_model import PAGE, NotesListModel, target_name
from .versions import VersionsDialog

SEARCH_DELAY_MS = 150
_PERIODS = (None, 7, 30, 365)


def find_notes(
    archive: Archive, chosen: NoteFilter
) -> tuple[list[int], int, list[Note]]:
    """The notes under ``chosen``, their count and the first page's notes, on
    a connection of its own (every one is listed: the count is the list's
    length, not a second query; the first page read here, not by the list's
    first paint on the GUI thread: 10-50 ms at 100,000 notes, issue 17)."""
    if archive.path is None:
        ids = archive.note_ids(chosen)
        return ids, len(ids), archive.notes_by_id(ids[:PAGE])
    with archive.reader() as reader:
        ids = reader.note_ids(chosen)
        return ids, len(ids), reader.notes_by_id(ids[:PAGE])


ABOUT_COLUMN = 2  # the list's "About" column
# each sized column's widest everyday content
_SAMPLES = ((0, "2026-12-31 23:59"), (1, "欧阳某某某"), (ABOUT_COLUMN, "中" * 14))


class NotesView(QWidget):
    """All the archive's notes (``open_record`` asks the window to show the
    record a note is about).

    Signals:
        open_record(str, int): a kind (article, caption) and an id to show.
    """

    open_record = Signal(str, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes")
        self.session = session
        self.job: Job | None = None
        self._stale = True  # the list is read when the view is first shown
        self.place: tuple[str, str] | None = None  # notes on one place only
        self.tag_only: tuple[int, str] | None = None  # notes on one tag only
        self._build()
        session.archive_changed.connect(lambda _: self.reset())
        session.changes_made.connect(self._on_changes)

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search notes (the search box's language: 核实 city:焦作 tag:人才)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.about_box = QComboBox(self)
        self.about_box.addItem(self.tr("About anything"), None)
        for kind in NOTE_TARGETS:
            self.about_box.addItem(target_name(kind), kind)
        self.author_box = QComboBox(self)
        self.period_box = QComboBox(self)
        for days, text in zip(
            _PERIODS,
            (
                self.tr("Any time"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Last year"),
            ),
            strict=True,
        ):
            self.period_box.addItem(text, days)
        self.trash_box = QCheckBox(self.tr("Trash"), self)
        self.new_button = QPushButton(self.tr("New Journal Note"), self)
        self.place_label = QLabel(self)
        self.clear_place = QPushButton(self.tr("All Notes"), self)
        self.place_label.hide()
        self.clear_place.hide()
        self._build_panes(self._filter_bar())
        self._connect()
        self._update_buttons(None)

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for widget in (
            self.search_edit,
            self.place_label,
            self.clear_place,
            self.about_box,
            self.author_box,
            self.period_box,
            self.trash_box,
            self.new_button,
        ):
            bar.addWidget(widget, 3 if widget is self.search_edit else 0)
        return bar

    def _build_panes(self, bar: QHBoxLayout) -> None:
        self.model = NotesListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._size_columns()
        self.editor = NoteEditor(self.session, self)
        self.editor.record_clicked.connect(self._open_link)
        self.count_label = QLabel(self)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Show What It Is About"), self)
        self.versions_button = QPushButton(self.tr("Versions…"), self)
        self.delete_button = QPushButton(self.tr("Move to Trash"), self)
        for button in (self.open_button, self.versions_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(actions)
        column.addWidget(self.editor, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setSizes([520, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _size_columns(self) -> None:
        """Columns as wide as their everyday contents, set once, the last
        stretched: sized to their contents, each layout of the list (a
        selection, a new result) measured the rows in sight through the model,
        20-40 ms of the GUI thread a time (issue 17). What a note is about can
        be a whole caption: it is cut, so that the note's own text stays in
        sight; the user can widen any column."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        margin = 2 * self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
        ) + metrics.horizontalAdvance("  ")
        heads = header.fontMetrics()
        for column, sample in _SAMPLES:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column,
                max(metrics.horizontalAdvance(sample), heads.horizontalAdvance(title))
                + margin,
            )

    def _connect(self) -> None:
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _: self.timer.start())
        for box in (self.about_box, self.author_box, self.period_box):
            box.currentIndexChanged.connect(lambda _: self.refresh())
        self.trash_box.toggled.connect(lambda _: self.refresh())
        self.new_button.clicked.connect(self.new_note)
        self.clear_place.clicked.connect(lambda: self.show_place("journal", None))
        self.open_button.clicked.connect(self._open_current)
        self.versions_button.clicked.connect(self.show_versions)
        self.delete_button.clicked.connect(self.trash_or_restore)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)

    # Listing

    def filters(self) -> NoteFilter:
        days = self.period_box.currentData()
        about = self.about_box.currentData()
        return NoteFilter(
            text=self.search_edit.text(),
            targets=(about,) if about else (),
            author=self.author_box.currentData(),
            since=(date.today() - timedelta(days=days)).isoformat() if days else None,
            trash=self.trash_box.isChecked(),
            place=self.place,
            tag=self.tag_only[1] if self.tag_only else None,
        )

    def show_place(self, kind: str, name: str | None) -> None:
        """List only the notes on a city, county or saved search (or, with
        None, every note again); a new note is then about it."""
        self.place = (kind, name) if name else None
        self.tag_only = None
        self.place_label.setText(
            self.tr("Only notes on %1").replace("%1", name) if name else ""
        )
        self.place_label.setVisible(bool(name))
        self.clear_place.setVisible(bool(name))
        self.new_button.setText(
            self.tr("New Note on %1").replace("%1", name)
            if name
            else self.tr("New Journal Note")
        )
        self.refresh()

    def show_tag(self, tag_id: int, path: str) -> None:
        """List only the notes on tag ``path`` (and the tags below it); a new
        note is then about it."""
        self.show_place("tag", None)
        self.tag_only = (tag_id, path)
        self.about_box.setCurrentIndex(max(self.about_box.findData("tag"), 0))
        self.place_label.setText(self.tr("Only notes on %1").replace("%1", path))
        self.place_label.setVisible(True)
        self.clear_place.setVisible(True)
        self.new_button.setText(self.tr("New Note on %1").replace("%1", path))
        self.refresh()

    def new_note(self) -> None:
        if self.tag_only is not None:
            self.editor.new(NoteTarget(tag_id=self.tag_only[0]))
            return
        kind, name = self.place or ("journal", "")
        self.editor.new(NoteTarget.of(kind, name or None))

    def reset(self) -> None:
        archive = self.session.archive
        self.author_box.blockSignals(True)
        self.author_box.clear()
        self.author_box.addItem(self.tr("Anyone"), None)
        for author in archive.note_authors() if archive else []:
            self.author_box.addItem(author, author)
        self.author_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """List the notes for the filters now (off the GUI thread), or when
        the view is next shown: listing them while hidden selected a row, and
        Qt then asked every note's cells (5.6 s of the GUI thread at start-up
        with a million-article demo's 30,000 notes)."""
        archive = self.session.archive
        if self.job is not None:
            self.job.cancel()
        self._stale = not self.isVisible()
        if self._stale:
            return
        if archive is None:
            self.model.set_ids(None, [])
            return
        chosen = self.filters()
        self.job = Job(lambda _: find_notes(archive, chosen), parent=self)
        self.job.succeeded.connect(self._show)
        self.job.failed.connect(self.session.report_failure)
        self.job.start()

    @property
    def busy(self) -> bool:
        return (self.job is not None and self.job.running) or self.editor.busy

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, found: tuple[list[int], int, list[Note]]) -> None:
        ids, total, first = found
        current = self.current_note()
        self.model.set_ids(self.session.archive, ids, first=first)
        self.count_label.setText(self.tr("%1 notes").replace("%1", number(total)))
        row = self.model.row_of(current.id) if current else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        shown = self.current_note()
        if shown is not None and shown.id != self.editor.note_id:
            self.editor.edit(shown)
        self._update_buttons(shown)

    def _on_changes(self, changes: Changes) -> None:
        if changes.notes or changes.note_ids or changes.everything:
            self.model.refresh(changes.note_ids)
            if not self.editor.dirty and not self.editor.saver.busy:
                self.refresh()

    # The note shown

    def current_note(self) -> Note | None:
        index = self.table.currentIndex()
        return self.model.note(index.row()) if index.isValid() else None

    def show_note(self, note_id: int) -> bool:
        """Select note ``note_id`` (for ``--view note:ID`` and links)."""
        archive = self.session.archive
        if archive is None:
            return False
        note = archive.note(note_id)
        row = self.model.row_of(note_id)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.editor.edit(note)
            self._update_buttons(note)
        return True

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = self.model.note(current.row()) if current.isValid() else None
        if note is not None and note.id != self.editor.note_id:
            self.editor.edit(note)
        self._update_buttons(note)

    def _update_buttons(self, note: Note | None) -> None:
        writable = self.session.writable
        self.open_button.setEnabled(note is not None and note.article_id is not None)
        self.versions_button.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None and writable)
        self.delete_button.setText(
            self.tr("Restore from Trash")
            if note is not None and note.deleted_at
            else self.tr("Move to Trash")
        )

    def _open_current(self) -> None:
        note = self.current_note()
        if note is not None and note.article_id is not None:
            self.open_record.emit("article", note.article_id)

    def _open_link(self, path: str) -> None:
        kind, _, record = path.partition("/")
        if record.isdigit():
            if kind == "note":
                self.show_note(int(record))
            else:
                self.open_record.emit(kind, int(record))

    def show_versions(self) -> None:
        note = self.current_note()
        archive = self.session.archive
        if note is None or archive is None:
            return
        self.editor.flush()
        chosen = VersionsDialog.ask(self, archive.note_versions(note.id))
        if chosen is not None:
            self.session.perform(
                RestoreNoteVersion(note.id, chosen.version, chosen.body)
            )
            self.editor.edit(archive.note(note.id))

    def trash_or_restore(self) -> None:
        note = self.current_note()
        if note is not None:
            self.editor.flush()
            self.session.perform(TrashNotes([note.id], restore=bool(note.deleted_at)))

    def close_down(self) -> None:
        self.editor.close_down()
