"""The Compare view: two to six places side by side, one column each, under
one shared filter; the comparison kept under a name, noted and exported."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Archive,
    ArchiveError,
    ArticleRow,
    Changes,
    Column,
    ComparePlace,
    NoteTarget,
    PlaceError,
    StoredFigure,
    place_names,
)

from ..background import Job, Work
from ..messages import place_problem, query_note
from ..notes.panel import NotesPanel
from ..session import Session
from .column import CompareColumn
from .export import ExportButton
from .feed import ColumnsFeed
from .figures_table import FiguresPanel
from .filter_bar import FilterBar
from .linking import MatchBar
from .matrix_panel import MatrixPanel
from .sets import UNSAVED, KeptSets, remember, remembered


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
        self.feed = ColumnsFeed(self)
        self.feed.rows.connect(self._on_rows)
        self.feed.years.connect(self._on_years)
        self.feed.failed.connect(self.session.report_failure)
        # the archive opened but its last comparison not restored yet: that
        # waits until the view is first shown (issue 17: the places resolved
        # and their columns read held the window's first paint)
        self._unrestored = False
        self._build()
        session.archive_changed.connect(self._on_archive)
        session.changes_made.connect(self._on_changes)
        session.writable_changed.connect(lambda _: self.update_actions())

    # Building

    def _build(self) -> None:
        top = self._build_top()
        self.filters = FilterBar(self)
        self.filters.changed.connect(self.refresh)
        self.matches = MatchBar(self.columns, self, self)
        self.matches.message.connect(self.message)
        self.hint = self.matches.hint
        body = self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.matches)
        layout.addWidget(body, 1)
        self.update_actions()

    def _build_top(self) -> QHBoxLayout:
        """The kept comparisons, the place to add, export."""
        self.sets = KeptSets(self)
        self.export_button = ExportButton(self)
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
        top.addWidget(self.sets)
        top.addSpacing(16)
        top.addWidget(self.place_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.export_button)
        return top

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
        self.figures_panel = FiguresPanel(self.session, self)
        self.figures_panel.open_figure.connect(self.read_figure)
        self.figures_panel.chart_requested.connect(self.show_chart)
        self.sections.addTab(self.figures_panel, self.tr("Figures"))
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
        self._unrestored = True
        self._drop_columns(set())  # the last archive's
        self.places = []
        self.stack.setCurrentIndex(0)
        self.update_actions()
        if self.isVisible():
            self._restore()

    def showEvent(self, event: QShowEvent) -> None:
        self._restore()
        super().showEvent(event)

    def _restore(self, *, places: bool = True) -> None:
        """The archive's comparison as it was last left, once it is opened
        (without its places when others are about to be shown: their
        columns were made, and their searches run, for nothing)."""
        if not self._unrestored:
            return
        self._unrestored = False
        archive = self.archive
        self.sets.fill()
        self._load_values()
        kept = remembered(archive)
        self.filters.set_query(
            kept.get("query", ""), mentions=kept.get("mentions", False)
        )
        self.sets.select(kept.get("set", UNSAVED))
        if not places:
            return
        try:
            found = archive.compare_places(kept.get("places", [])) if archive else []
        except ArchiveError:
            found = []
        self.set_places(found)

    def _on_changes(self, changes: Changes) -> None:
        if changes.comparisons or changes.everything:
            self.sets.fill()
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

        def read(work: Work) -> object:
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
            self._restore()  # the last comparison stays in view
            problem = place_problem(error)
            self.show_problem(problem)
            return problem
        self._restore(places=False)  # its filters, which the new places are read under
        self.sets.select(UNSAVED)
        self.set_places(places)
        return None

    def add_place(self, name: str) -> bool:
        if self.archive is None or not name.strip():
            return False
        self._restore()
        try:
            places = self.archive.compare_places([*(p.key for p in self.places), name])
        except PlaceError as error:
            self.show_problem(place_problem(error))
            return False
        self.set_places(places)
        return True

    def remove_place(self, key: str) -> None:
        self.set_places([p for p in self.places if p.key != key])

    def move_place(self, key: str, before: str) -> None:
        """Put the column of ``key`` where the column of ``before`` is."""
        keys = [p.key for p in self.places]
        if key not in keys or before not in keys:
            return
        self.places.insert(keys.index(before), self.places.pop(keys.index(key)))
        for i, place in enumerate(self.places):
            self.splitter.insertWidget(i, self.columns[place.key])
        self.remember()

    def _add_typed_place(self) -> None:
        if self.add_place(self.place_edit.text()):
            self.place_edit.clear()

    def show_problem(self, text: str) -> None:
        self.matches.show_problem(text)
        self.message.emit(text)

    def set_places(self, places: list[ComparePlace]) -> None:
        self._drop_columns({p.key for p in places})
        added: list[ComparePlace] = []
        for i, place in enumerate(places):
            column = self.columns.get(place.key)
            if column is None:
                column = self._column(place)
                added.append(place)
            self.splitter.insertWidget(i, column)
        self.places = list(places)
        self.stack.setCurrentIndex(1 if places else 0)
        self.matches.show_hint()
        self.splitter.setSizes([1000] * len(places))
        for place in added:
            self.columns[place.key].show_waiting()
            self.feed.request_one(place, self.query(), mentions=self.filters.mentions)
        self._rescale()
        self.matrix.request(self.places, self.query())
        self.remember()
        self.update_actions()
        self.figures_panel.set_places(self.places)

    def _drop_columns(self, wanted: set[str]) -> None:
        """Close the columns of the places not ``wanted``."""
        for key in list(self.columns):
            if key not in wanted:
                gone = self.columns.pop(key)
                gone.close_down()
                gone.setParent(None)
                gone.deleteLater()
                self.years.pop(key, None)

    def _column(self, place: ComparePlace) -> CompareColumn:
        column = CompareColumn(self.session, place, self.splitter)
        column.set_archive()
        column.remove_requested.connect(lambda key=place.key: self.remove_place(key))
        column.dropped.connect(lambda moved, key=place.key: self.move_place(moved, key))
        column.focused.connect(lambda key=place.key: self.matches.focus(key))
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
        self.remember()

    @property
    def busy(self) -> bool:
        return (
            self.feed.busy
            or self.matrix.busy
            or self.figures_panel.busy
            or any(column.busy for column in self.columns.values())
        )

    def wait(self, msecs: int = -1) -> bool:
        return self.feed.wait(msecs)

    def _on_rows(
        self, key: str, column: Column, first: list[ArticleRow] | None
    ) -> None:
        shown = self.columns.get(key)
        if shown is not None:
            shown.show_column(column, self.query(), first=first)

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

    def list_tag(self, path: str) -> None:
        """List the records carrying tag ``path`` in every column."""
        self.filters.tag_box.setCurrentText(path)
        self.sections.setCurrentIndex(0)

    def show_notes_of(self, target: NoteTarget) -> None:
        """The notes on ``target`` (a matrix cell) under the columns."""
        self.set_notes.show_target(target)
        self.set_notes.show()

    def update_actions(self) -> None:
        self.sets.update_actions(
            writable=self.session.writable, has_places=bool(self.places)
        )
        self.export_button.setEnabled(bool(self.places))

    def remember(self) -> None:
        """Keep what is shown as the archive's last comparison."""
        if self._unrestored:
            return  # what is shown is not the archive's yet
        remember(
            self.archive,
            self.places,
            self.query(),
            mentions=self.filters.mentions,
            set_name=self.sets.name,
        )

    def write_export(self, path: Path, format: str) -> None:
        """Write the comparison as shown to ``path`` (tests call this)."""
        self.export_button.write(path, format)

    def close_down(self) -> None:
        self.feed.cancel()
        self.matrix.close_down()
        self.figures_panel.close_down()
        self.set_notes.close_down()
        for column in self.columns.values():
            column.close_down()

    # Figures

    def show_figures(self) -> None:
        """The figures table in front."""
        self.sections.setCurrentWidget(self.figures_panel)

    def read_figure(self, key: str, figure: StoredFigure) -> None:
        """Read the article ``figure`` comes from in the column of ``key``,
        its sentence marked."""
        column = self.columns.get(key)
        if column is None:
            return
        self.sections.setCurrentWidget(self.stack)
        column.show_figure(figure.article_id, figure.sentence)

    def show_chart(self, indicator: str) -> None:
        from .figures_chart import FiguresChart  # noqa: PLC0415 (QtCharts on demand)

        chart = FiguresChart(self.session, self.places, indicator, self)
        chart.show()
