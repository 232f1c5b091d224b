"""The Compare view: two to six places side by side, one column each, under
one shared filter; the comparison kept under a name, noted and exported."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive import (
    MAX_PLACES,
    Archive,
    ArchiveError,
    Changes,
    Column,
    ComparePlace,
    DeleteCompareSet,
    NoteTarget,
    PlaceError,
    RecordNotFound,
    RenameCompareSet,
    SaveCompareSet,
    place_names,
)

from .. import settings
from ..background import Job
from ..messages import place_problem, query_note
from ..notes.panel import NotesPanel
from ..session import Session
from .column import CompareColumn
from .feed import ColumnsFeed
from .filter_bar import FilterBar
from .matrix_panel import MatrixPanel

_UNSAVED = ""
_EXPORTS = (
    ("html", "HTML (*.html)"),
    ("md", "Markdown (*.md)"),
    ("csv", "CSV (*.csv)"),
    ("pdf", "PDF (*.pdf)"),
)


class CompareView(QWidget):
    """Signals:
    open_record(str, int): read this record in the Browse view.
    message(str): something to say in the status bar for a while.
    """

    open_record = Signal(str, int)
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare")
        self.session = session
        self.places: list[ComparePlace] = []
        self.columns: dict[str, CompareColumn] = {}
        self.years: dict[str, dict[int, int]] = {}
        self.set_name = _UNSAVED
        self.feed = ColumnsFeed(self)
        self.feed.rows.connect(self._on_rows)
        self.feed.years.connect(self._on_years)
        self.feed.failed.connect(self.session.report_failure)
        self._build()
        session.archive_changed.connect(self._on_archive)
        session.changes_made.connect(self._on_changes)
        session.writable_changed.connect(lambda _: self._update_actions())

    # Building

    def _build(self) -> None:
        top = self._build_top()
        self.filters = FilterBar(self)
        self.filters.changed.connect(self.refresh)
        matches = self._build_matches()
        body = self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(matches)
        layout.addWidget(body, 1)
        self._update_actions()

    def _build_top(self) -> QHBoxLayout:
        """The kept comparisons, the place to add, export."""
        self.set_box = QComboBox(self)
        self.set_box.setMinimumContentsLength(12)
        self.set_box.setToolTip(self.tr("Comparisons kept in this archive"))
        self.set_box.activated.connect(
            lambda _: self.load_set(self.set_box.currentData())
        )
        self.save_button = QPushButton(self.tr("Save As…"), self)
        self.save_button.clicked.connect(self.save_set_as)
        self.set_menu_button = QToolButton(self)
        self.set_menu_button.setText(self.tr("Comparison"))
        self.set_menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.set_menu_button)
        self.save_action = menu.addAction(self.tr("Save"), self.save_set)
        self.rename_action = menu.addAction(self.tr("Rename…"), self.rename_set)
        self.delete_action = menu.addAction(self.tr("Delete"), self.delete_set)
        menu.addSeparator()
        self.set_notes_action = menu.addAction(
            self.tr("Notes on This Comparison"), self.toggle_set_notes
        )
        self.set_menu_button.setMenu(menu)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        exports = QMenu(self.export_button)
        for format, _ in _EXPORTS:
            exports.addAction(format.upper(), lambda f=format: self.export(f))
        self.export_button.setMenu(exports)
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(
            self.tr("Add a city or county: 焦作, 修武县…")
        )
        self.place_edit.setClearButtonEnabled(True)
        self.place_names = QStringListModel(self)
        completer = QCompleter(self.place_names, self.place_edit)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.place_edit.setCompleter(completer)
        self.place_edit.textEdited.connect(
            lambda text: self.place_names.setStringList(place_names(text.strip()))
        )
        self.place_edit.returnPressed.connect(self._add_typed_place)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._add_typed_place)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Comparison:"), self))
        top.addWidget(self.set_box)
        top.addWidget(self.save_button)
        top.addWidget(self.set_menu_button)
        top.addSpacing(16)
        top.addWidget(self.place_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.export_button)
        return top

    def _build_matches(self) -> QHBoxLayout:
        """Next and previous match in every reader, linked or not."""
        self.previous_button = QPushButton(self.tr("◀ Previous Match"), self)
        self.next_button = QPushButton(self.tr("Next Match ▶"), self)
        self.linked_button = QPushButton(self.tr("Linked"), self)
        self.linked_button.setCheckable(True)
        self.linked_button.setChecked(True)
        self.linked_button.setToolTip(
            self.tr("Next and previous match move every column's reader together")
        )
        self.align_button = QPushButton(self.tr("Align"), self)
        self.align_button.setToolTip(self.tr("Every reader back to its first match"))
        self.previous_button.clicked.connect(lambda: self.next_match(forward=False))
        self.next_button.clicked.connect(lambda: self.next_match(forward=True))
        self.align_button.clicked.connect(self.align)
        for keys, forward in (("F3", True), ("Shift+F3", False)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda f=forward: self.next_match(forward=f))
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: gray")
        self.hint.setText(
            self.tr("Up to %1 places; drag a column's head to move it.").replace(
                "%1", str(MAX_PLACES)
            )
        )
        matches = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.next_button,
            self.linked_button,
            self.align_button,
        ):
            matches.addWidget(widget)
        matches.addStretch(1)
        matches.addWidget(self.hint)
        return matches

    def _build_body(self) -> QSplitter:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setText(
            self.tr(
                "Add two to six cities or counties above to read how each reports "
                "the same story, side by side. Or choose cities in the Browse view's "
                "sidebar and pick “Compare These”."
            )
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.set_notes = NotesPanel(self.session, self)
        self.set_notes.hide()
        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.stack, self.tr("Columns"))
        self.matrix = MatrixPanel(self.session, self)
        self.matrix.list_records.connect(self.list_tag)
        self.matrix.open_record.connect(self.open_record)
        self.matrix.note_requested.connect(self.show_notes_of)
        self.sections.addTab(self.matrix, self.tr("Matrix"))
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.sections)
        body.addWidget(self.set_notes)
        body.setSizes([800, 200])
        return body

    # The archive

    @property
    def archive(self) -> Archive | None:
        return self.session.archive

    def _on_archive(self, archive: Archive | None) -> None:
        self.feed.cancel()
        self.feed.archive = archive
        self._fill_sets()
        self._load_values()
        kept = _remembered(archive)
        self.filters.set_query(
            kept.get("query", ""), mentions=kept.get("mentions", False)
        )
        self.set_name = kept.get("set", _UNSAVED)
        self._select_set_item()
        try:
            places = archive.compare_places(kept.get("places", [])) if archive else []
        except ArchiveError:
            places = []
        self._set_places(places)

    def _on_changes(self, changes: Changes) -> None:
        if changes.comparisons or changes.everything:
            self._fill_sets()
        if changes.membership or changes.everything or changes.tags:
            self.refresh()

    def _load_values(self) -> None:
        """The tags, papers and sections the filter bar offers, read aside."""
        archive = self.archive
        if archive is None or archive.path is None:
            if archive is not None:
                self.filters.set_values(archive.facets(limit=500))
                self.matrix.set_tags(archive.facets(limit=500))
            return

        def read(work) -> object:
            with archive.reader() as reader:
                return reader.facets(limit=500)

        job = Job(read, parent=self)
        job.succeeded.connect(self.filters.set_values)
        job.succeeded.connect(self.matrix.set_tags)
        job.start()

    # Places

    def show_places(self, names: Sequence[str]) -> str | None:
        """Compare ``names`` (from the sidebar, a screenshot); the problem,
        in the interface language, if one of them cannot be compared."""
        if self.archive is None:
            return self.tr("No archive is open.")
        try:
            places = self.archive.compare_places(list(names))
        except PlaceError as error:
            problem = place_problem(error)
            self.show_problem(problem)
            return problem
        self.set_name = _UNSAVED
        self._select_set_item()
        self._set_places(places)
        return None

    def add_place(self, name: str) -> bool:
        if self.archive is None or not name.strip():
            return False
        try:
            places = self.archive.compare_places([*(p.key for p in self.places), name])
        except PlaceError as error:
            self.show_problem(place_problem(error))
            return False
        self._set_places(places)
        return True

    def remove_place(self, key: str) -> None:
        self._set_places([p for p in self.places if p.key != key])

    def move_place(self, key: str, before: str) -> None:
        """Put the column of ``key`` where the column of ``before`` is."""
        keys = [p.key for p in self.places]
        if key not in keys or before not in keys:
            return
        self.places.insert(keys.index(before), self.places.pop(keys.index(key)))
        for i, place in enumerate(self.places):
            self.splitter.insertWidget(i, self.columns[place.key])
        self._remember()

    def _add_typed_place(self) -> None:
        if self.add_place(self.place_edit.text()):
            self.place_edit.clear()

    def show_problem(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet("color: #b03a2e")
        self.message.emit(text)

    def _set_places(self, places: list[ComparePlace]) -> None:
        wanted = {p.key for p in places}
        for key in list(self.columns):
            if key not in wanted:
                column = self.columns.pop(key)
                column.close_down()
                column.setParent(None)
                column.deleteLater()
                self.years.pop(key, None)
        added = []
        for i, place in enumerate(places):
            column = self.columns.get(place.key)
            if column is None:
                column = self._column(place)
                added.append(place)
            self.splitter.insertWidget(i, column)
        self.places = list(places)
        self.stack.setCurrentIndex(1 if places else 0)
        self.hint.setStyleSheet("color: gray")
        self.hint.setText(
            self.tr("Up to %1 places; drag a column's head to move it.").replace(
                "%1", str(MAX_PLACES)
            )
        )
        self.splitter.setSizes([1000] * len(places))
        for place in added:
            self.columns[place.key].show_waiting()
            self.feed.request_one(place, self.query(), mentions=self.filters.mentions)
        self._rescale()
        self.matrix.request(self.places, self.query())
        self._remember()
        self._update_actions()

    def _column(self, place: ComparePlace) -> CompareColumn:
        column = CompareColumn(self.session, place, self.splitter)
        column.set_archive()
        column.remove_requested.connect(lambda key=place.key: self.remove_place(key))
        column.dropped.connect(lambda moved, key=place.key: self.move_place(moved, key))
        column.focused.connect(lambda key=place.key: self._focus(key))
        column.open_record.connect(self.open_record)
        self.columns[place.key] = column
        return column

    # Finding

    def query(self) -> str:
        return self.filters.query()

    def refresh(self) -> None:
        """Find every column again under the filter as it now is."""
        query = self.query()
        notes = self.archive.read_query(query) if self.archive and query else []
        self.filters.show_problem(
            "; ".join(map(query_note, notes)) if notes else self.filters.problem.text()
        )
        for column in self.columns.values():
            column.show_waiting()
        self.feed.request(self.places, query, mentions=self.filters.mentions)
        self.matrix.request(self.places, query)
        self._remember()

    @property
    def busy(self) -> bool:
        return self.feed.busy or self.matrix.busy

    def wait(self, msecs: int = -1) -> bool:
        return self.feed.wait(msecs)

    def _on_rows(self, key: str, column: Column) -> None:
        shown = self.columns.get(key)
        if shown is not None:
            shown.show_column(column, self.query())

    def _on_years(self, key: str, counts: dict[int, int]) -> None:
        if key in self.columns:
            self.years[key] = counts
            self.columns[key].show_years(counts)
            self._rescale()

    def _rescale(self) -> None:
        """Every column's bars over the same years and the same height."""
        shown = [self.years.get(p.key, {}) for p in self.places]
        years = sorted({y for counts in shown for y in counts})
        if years:
            years = list(range(years[0], years[-1] + 1))
        top = max((n for counts in shown for n in counts.values()), default=0)
        for column in self.columns.values():
            column.bars.set_scale(years, top)

    # Reading in parallel

    def _focus(self, key: str) -> None:
        self.focused_key = key

    def next_match(self, *, forward: bool = True) -> None:
        if self.linked_button.isChecked():
            targets = list(self.columns.values())
        else:
            key = getattr(self, "focused_key", None)
            targets = [self.columns[key]] if key in self.columns else []
        found = [c.next_match(forward=forward) for c in targets]
        if targets and not any(found):
            self.message.emit(self.tr("No match of the filter's words in the readers."))

    def align(self) -> None:
        for column in self.columns.values():
            column.first_match()

    # Kept comparisons

    def _fill_sets(self) -> None:
        self.set_box.blockSignals(True)
        self.set_box.clear()
        self.set_box.addItem(self.tr("(not saved)"), _UNSAVED)
        if self.archive is not None:
            for kept in self.archive.compare_sets():
                self.set_box.addItem(kept.name, kept.name)
        self.set_box.blockSignals(False)
        self._select_set_item()

    def _select_set_item(self) -> None:
        index = self.set_box.findData(self.set_name)
        self.set_box.setCurrentIndex(max(index, 0))
        if index < 0:
            self.set_name = _UNSAVED
        self._update_actions()

    def load_set(self, name: str) -> None:
        if self.archive is None:
            return
        if not name:
            self.set_name = _UNSAVED
            self._update_actions()
            return
        try:
            kept = self.archive.compare_set(name)
            places = self.archive.compare_places(list(kept.places))
        except (RecordNotFound, PlaceError) as error:
            self.show_problem(
                place_problem(error) if isinstance(error, PlaceError) else str(error)
            )
            return
        self.set_name = kept.name
        self._select_set_item()
        self.filters.set_query(kept.query, mentions=kept.mentions)
        self._set_places([])
        self._set_places(places)
        if self.set_notes.isVisible():
            self.set_notes.show_target(NoteTarget(compare_set=self.set_name))

    def save_set(self) -> None:
        if not self.set_name:
            self.save_set_as()
            return
        self._save(self.set_name)

    def save_set_as(self) -> None:
        if not self.places:
            self.show_problem(self.tr("Add the places to compare first."))
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save Comparison"),
            self.tr("Name for this comparison:"),
            text=self.set_name or "、".join(p.label for p in self.places),
        )
        if ok and name.strip():
            self._save(name.strip())

    def _save(self, name: str) -> None:
        command = SaveCompareSet(
            name,
            [p.key for p in self.places],
            query=self.query(),
            mentions=self.filters.mentions,
        )
        if self.session.perform(command) is not None:
            self.set_name = name
            self._fill_sets()
            self._remember()

    def rename_set(self) -> None:
        if not self.set_name:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename Comparison"), self.tr("New name:"), text=self.set_name
        )
        renamed = ok and name.strip() and name.strip() != self.set_name
        if (
            renamed
            and self.session.perform(RenameCompareSet(self.set_name, name)) is not None
        ):
            self.set_name = name.strip()
            self._fill_sets()
            self._remember()

    def delete_set(self) -> None:
        if not self.set_name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Comparison"),
            self.tr(
                "Delete the comparison %1? Its notes go to the trash; Undo brings "
                "both back."
            ).replace("%1", self.set_name),
        )
        yes = answer == QMessageBox.StandardButton.Yes
        if yes and self.session.perform(DeleteCompareSet(self.set_name)) is not None:
            self.set_name = _UNSAVED
            self._fill_sets()
            self._remember()

    def toggle_set_notes(self) -> None:
        shown = not self.set_notes.isVisible() and bool(self.set_name)
        self.set_notes.setVisible(shown)
        if shown:
            self.set_notes.show_target(NoteTarget(compare_set=self.set_name))

    def list_tag(self, path: str) -> None:
        """List the records carrying tag ``path`` in every column."""
        self.filters.tag_box.setCurrentText(path)
        self.sections.setCurrentIndex(0)

    def show_notes_of(self, target: NoteTarget) -> None:
        """The notes on ``target`` (a matrix cell) under the columns."""
        self.set_notes.show_target(target)
        self.set_notes.show()

    def _update_actions(self) -> None:
        writable = self.session.writable
        named = bool(self.set_name)
        self.save_button.setEnabled(writable and bool(self.places))
        self.save_action.setEnabled(writable and bool(self.places))
        for action in (self.rename_action, self.delete_action):
            action.setEnabled(writable and named)
        self.set_notes_action.setEnabled(named)
        self.export_button.setEnabled(bool(self.places))

    def _remember(self) -> None:
        if self.archive is None or self.archive.path is None:
            return
        settings.settings().setValue(
            _key(self.archive.path),
            json.dumps(
                {
                    "places": [p.key for p in self.places],
                    "query": self.query(),
                    "mentions": self.filters.mentions,
                    "set": self.set_name,
                },
                ensure_ascii=False,
            ),
        )

    # Export

    def export(self, format: str) -> None:
        if self.archive is None or not self.places:
            return
        pattern = dict(_EXPORTS)[format]
        name = (self.set_name or "、".join(p.label for p in self.places)) + f".{format}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Comparison"), str(Path.home() / name), pattern
        )
        if path:
            self.write_export(Path(path), format)

    def write_export(self, path: Path, format: str) -> None:
        """Write the comparison as shown to ``path`` (tests call this)."""
        assert self.archive is not None
        document = self.archive.compare_report(
            self.places,
            self.query(),
            format="html" if format == "pdf" else format,
            mentions=self.filters.mentions,
            set_name=self.set_name or None,
            matrix_csv=self.matrix.csv(),
        )
        try:
            if format == "pdf":
                from ..printing import write_pdf  # noqa: PLC0415 (on demand)

                write_pdf(document, path)
            else:
                path.write_text(document, "utf-8")
        except OSError as error:
            self.show_problem(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return
        self.message.emit(self.tr("Exported to %1").replace("%1", str(path)))

    def close_down(self) -> None:
        self.feed.cancel()
        self.matrix.close_down()
        self.set_notes.close_down()
        for column in self.columns.values():
            column.close_down()


def _key(path: Path) -> str:
    """The settings key of an archive's last comparison (its path hashed:
    QSettings reads a slash as a group)."""
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()
    return f"compare/last-{digest[:16]}"


def _remembered(archive: Archive | None) -> dict:
    if archive is None or archive.path is None:
        return {}
    try:
        kept = json.loads(str(settings.settings().value(_key(archive.path), "{}")))
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}
