"""A person's page: their articles and captions counted by year (a chart)
and by county, the places they covered, every record (a click opens it), and
merging another spelling of their name into them."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Archive,
    ArchiveDamaged,
    ArchiveError,
    Changes,
    MergePeople,
    PersonPage,
)

from ..background import Job, Work
from ..i18n import number
from ..session import Session
from .records_model import PersonRecordsModel, role_name


class PersonView(QWidget):
    """Signals:
    open_record(str, int): a kind (article, caption) and an id to show.
    closed(): the page was closed (its filter removed).
    """

    open_record = Signal(str, int)
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person")
        self.session = session
        self.page: PersonPage | None = None
        self._people_job: Job | None = None
        self._page_job: Job | None = None
        self._everyone_stale = True
        self._build()
        session.archive_changed.connect(lambda _: self.show_person(None))
        session.changes_made.connect(self._on_changes)

    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(
            self.tr("A reporter's or photographer's name")
        )
        self.name_edit.setClearButtonEnabled(True)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_edit.setCompleter(self.completer)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold")
        self.close_button = QPushButton(self.tr("✕ Close Page"), self)
        self.merge_button = QPushButton(self.tr("Merge Another Spelling…"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.close_button)
        top.addStretch(1)
        top.addWidget(self.merge_button)
        top.addWidget(self.name_edit, 1)
        self._build_chart()
        self.counties = _table(
            self, [self.tr("County"), self.tr("Articles"), self.tr("Captions")]
        )
        self.places = _table(self, [self.tr("Places covered"), self.tr("Records")])
        self.records_model = PersonRecordsModel(self)
        self.records = _records_view(self, self.records_model)
        self.alike_label = QLabel(self)
        self.alike_button = QPushButton(self)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.counties)
        side.addWidget(self.places)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.chart_view)
        upper.addWidget(side)
        upper.setSizes([800, 400])
        self.everyone = _table(
            self, [self.tr("Name"), self.tr("Articles"), self.tr("Captions")]
        )
        self.everyone.cellClicked.connect(
            lambda row, _c: self.show_person(_text(self.everyone, row))
        )
        main = QSplitter(Qt.Orientation.Vertical, self)
        self.main = main
        main.addWidget(upper)
        main.addWidget(self.records)
        main.setSizes([420, 380])  # the side tables about ten rows each
        alike = QHBoxLayout()
        alike.addWidget(self.alike_label)
        alike.addWidget(self.alike_button)
        alike.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(alike)
        layout.addWidget(main, 1)
        layout.addWidget(self.everyone, 1)
        self._connect()

    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setTitle(self.tr("Records by year"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        # one series and its axes for every page, their values replaced (a
        # chart built anew for each page took 85 ms of the GUI thread)
        self.article_bars = QBarSet(self.tr("Articles"))
        self.caption_bars = QBarSet(self.tr("Captions"))
        self.series = QBarSeries()
        self.series.append(self.article_bars)
        self.series.append(self.caption_bars)
        self.chart.addSeries(self.series)
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)

    def _connect(self) -> None:
        self.name_edit.returnPressed.connect(
            lambda: self.show_person(self.name_edit.text())
        )
        self.completer.activated.connect(self.show_person)
        self.close_button.clicked.connect(self.close_page)
        self.merge_button.clicked.connect(self.ask_merge)
        self.alike_button.clicked.connect(self._merge_alike)
        self.records.clicked.connect(lambda index: self._open_row(index.row(), 0))

    @property
    def archive(self) -> Archive | None:
        return self.session.archive

    def show_person(self, name: str | None) -> bool:
        """Show ``name``'s page (any spelling); False when nobody is called so.

        Whose page it is shows at once; the page itself is read and counted
        off the GUI thread (a photographer of 4,500 records: 0.5 s of the GUI
        thread at 200,000 captions under load, 0.8 s at a million articles)
        and shown when it comes (:attr:`busy` meanwhile)."""
        archive = self.archive
        if self._page_job is not None:
            self._page_job.cancel()
            self._page_job = None
        kept = None
        if name and archive is not None:
            try:
                kept = archive.person_name(name)
            except ArchiveError:
                kept = None
            if kept is None:
                self.summary.setText(
                    self.tr("Nobody called %1 is credited in this archive.").replace(
                        "%1", name.strip()
                    )
                )
        if kept is None or archive is None:
            self.page = None
            self._fill()
            return False
        self.title.setText(self.tr("Person: %1").replace("%1", kept))
        reader = self.session.reader
        if reader is not None:  # the session's connection, kept open
            self._page_job = reader.job(
                lambda kept_open: kept_open.person_page(kept).counted(), parent=self
            )
        else:
            self._page_job = Job(lambda work: _read_page(archive, kept), parent=self)
        self._page_job.succeeded.connect(self._show_page)
        self._page_job.failed.connect(self._page_failed)
        self._page_job.start()
        return True

    def _show_page(self, page: PersonPage) -> None:
        self._page_job = None
        self.page = page
        self._fill()

    def _page_failed(self, error: BaseException) -> None:
        self._page_job = None
        if isinstance(error, ArchiveError) and not isinstance(error, ArchiveDamaged):
            self.page = None  # gone since (merged, or its records trashed)
            self._fill()
        else:
            self.session.report_failure(error)

    def close_page(self) -> None:
        self.page = None
        self._fill()
        self.closed.emit()

    def _fill(self) -> None:
        page = self.page
        self.close_button.setVisible(page is not None)
        self.merge_button.setEnabled(page is not None and self.session.writable)
        if page is None:
            self.title.setText(self.tr("People"))
            self._fill_chart(None)
            for table in (self.counties, self.places):
                table.setRowCount(0)
            self.records_model.set_records(())
            self.alike_label.hide()
            self.alike_button.hide()
            self.main.hide()
            self.everyone.show()
            self._fill_everyone()
            return
        self.everyone.hide()
        self.main.show()
        self.title.setText(self.tr("Person: %1").replace("%1", page.name))
        roles = "、".join(f"{role_name(r)} {number(n)}" for r, n in page.roles.items())
        text = (
            self.tr("%1 articles and %2 captions (%3)")
            .replace("%1", number(page.articles))
            .replace("%2", number(page.captions))
            .replace("%3", roles)
        )
        if page.spellings:
            text += " · " + self.tr("also spelled %1").replace(
                "%1", "、".join(page.spellings)
            )
        self.summary.setText(text)
        self._fill_chart(page)
        _fill(
            self.counties,
            [
                (c, number(v["article"]), number(v["caption"]))
                for c, v in page.by_county.items()
            ],
        )
        _fill(self.places, [(p, number(n)) for p, n in page.places])
        self.records_model.set_records(page.records)
        self.alike_label.setVisible(bool(page.alike))
        self.alike_button.setVisible(bool(page.alike))
        if page.alike:
            self.alike_label.setText(
                self.tr("Also in the archive as %1").replace(
                    "%1", "、".join(page.alike)
                )
            )
            self.alike_button.setText(self.tr("Merge Into %1").replace("%1", page.name))

    def _fill_everyone(self) -> None:
        """With no page open: everyone credited, the most credited first
        (read when the page is first shown, off the GUI thread)."""
        archive = self.archive
        self._everyone_stale = not self.isVisible()
        if archive is None or self._everyone_stale:
            self.everyone.setRowCount(0)
            return
        if self._people_job is not None:
            self._people_job.cancel()

        def read(_work: Work) -> list:
            if archive.path is None:
                return archive.people(limit=5000)
            with archive.reader() as reader:
                return reader.people(limit=5000)

        self._people_job = Job(read, parent=self)
        self._people_job.succeeded.connect(self._show_everyone)
        self._people_job.failed.connect(self.session.report_failure)
        self._people_job.start()

    def _show_everyone(self, people: list) -> None:
        self.completer.model().setStringList(  # type: ignore[attr-defined]
            [p.name for p in people]
        )
        _fill(
            self.everyone,
            [(p.name, number(p.articles), number(p.captions)) for p in people[:1000]],
        )

    @property
    def busy(self) -> bool:
        """Whether a page or the list of everyone is still being read."""
        return any(
            job is not None and job.running
            for job in (self._page_job, self._people_job)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.page is None and self._everyone_stale:
            self._fill_everyone()

    def _fill_chart(self, page: PersonPage | None) -> None:
        """Each year's articles and captions (none: the chart emptied)."""
        years = page.by_year if page is not None else {}
        span = list(range(min(years), max(years) + 1)) if years else []
        none = {"article": 0, "caption": 0}
        for bars, kind in (
            (self.article_bars, "article"),
            (self.caption_bars, "caption"),
        ):
            bars.remove(0, bars.count())
            bars.append([float(years.get(year, none)[kind]) for year in span])
        self.x_axis.setCategories([str(y) for y in span])
        top = max([max(v.values()) for v in years.values()] + [1])
        step = max(1, -(-top // 5))  # whole records a tick: no 0, 0, 1, 1, 2
        self.y_axis.setTickInterval(step)
        self.y_axis.setRange(0, -(-top // step) * step)

    def _open_row(self, row: int, _column: int) -> None:
        if self.page is not None and 0 <= row < len(self.page.records):
            record = self.page.records[row]
            self.open_record.emit(record.kind, record.id)

    # Merging spellings

    def ask_merge(self) -> None:
        if self.page is None:
            return
        known = self.completer.model().stringList()  # type: ignore[attr-defined]
        if not known and self.archive is not None:
            known = [p.name for p in self.archive.people(limit=5000)]
        names = [name for name in known if name != self.page.name]
        other = self.ask_spelling(names)
        if other:
            self.merge([other])

    def ask_spelling(self, names: list[str]) -> str:
        """Which spelling to merge into this person ('' if cancelled)."""
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Merge Another Spelling"),
            self.tr("Everything credited to this name is credited to %1:").replace(
                "%1", self.page.name if self.page else ""
            ),
            names,
            0,
            True,
        )
        return text if ok else ""

    def _merge_alike(self) -> None:
        if self.page is not None and self.page.alike:
            self.merge(list(self.page.alike))

    def merge(self, names: list[str]) -> None:
        if self.page is not None:
            self.session.perform(MergePeople(names, into=self.page.name))

    def _on_changes(self, changes: Changes) -> None:
        if self.page is not None and (changes.membership or changes.everything):
            name = self.page.name
            self._everyone_stale = True
            self.show_person(name)


def _read_page(archive: Archive, name: str) -> PersonPage:
    """``name``'s page with its counts made, on a connection of its own (in
    a worker: the GUI thread only shows it)."""
    if archive.path is None:
        return archive.person_page(name).counted()
    with archive.reader() as reader:
        return reader.person_page(name).counted()


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    _compact(table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _compact(table: QTableView) -> None:
    """Rows as high as a line of the font (the style's default gave 30 px,
    four rows in a side table), no row numbers."""
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setMinimumSectionSize(1)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 4)


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    """The rows given; the counts after the first column right-aligned."""
    table.setRowCount(len(rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c:
                item.setTextAlignment(right)
            table.setItem(r, c, item)


def _text(table: QTableWidget, row: int) -> str:
    """The text of ``row``'s first cell (every row has one)."""
    item = table.item(row, 0)
    return item.text() if item is not None else ""


def _records_view(parent: QWidget, model: PersonRecordsModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    _compact(view)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    for column, width in enumerate((60, 90, 400, 140)):
        header.resizeSection(column, width)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return view
