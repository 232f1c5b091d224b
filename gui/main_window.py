"""The main window: facets, the article list and the reader, side by side."""

from __future__ import annotations

from array import array
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)

from archive import (
    FACET_KINDS,
    Archive,
    ArchiveError,
    Changes,
    DeleteSearch,
    Filters,
    ReadOnlyArchive,
    RecordNotFound,
    SaveSearch,
    TrashArticles,
    terms,
)

from . import settings
from .article_model import SNIPPET_COLUMN, TITLE_COLUMN, ArticleListModel
from .facet_panel import FacetPanel
from .highlight_delegate import HighlightDelegate
from .i18n import number
from .import_dialog import ImportDialog
from .import_job import ImportJob
from .messages import command_label, describe, query_note
from .preferences import PreferencesDialog
from .reader import ReaderView
from .review_window import ReviewWindow
from .search_completer import SearchCompleter
from .session import Session
from .upgrade_progress import UpgradeProgress
from .workers import Listing, RebuildJob

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Browse, search and read one archive.

    Signals:
        listing_changed(): the list shows a new set of ids.
        article_shown(int): the reader now shows this article.
    """

    listing_changed = Signal()
    article_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clipfile"))
        self.session = Session(self)
        self.listing = Listing(self)
        self.filters = Filters()
        self.review_window: ReviewWindow | None = None
        self.rebuild_job: RebuildJob | None = None
        self.upgrade: UpgradeProgress | None = None  # the last open's
        self._build_panes()
        self._build_search()
        self._build_menus()
        self._connect()
        self._restore_state()
        self.setAcceptDrops(True)

    # Building

    def _build_panes(self) -> None:
        self.facets = FacetPanel(self)
        self.list_model = ArticleListModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.list_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8
        )
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (0, "2024-12-31"),
            (1, "平顶山"),
            (2, "焦作日报"),
            (3, "科技视界"),
            (5, "99"),
            (6, "科技创新"),
        ):
            label = str(self.list_model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample), metrics.horizontalAdvance(label)
            )
            header.resizeSection(column, width + 20)
        header.setMinimumSectionSize(metrics.horizontalAdvance("99") + 12)
        self.highlighter = HighlightDelegate(self.table)
        self.table.setItemDelegateForColumn(SNIPPET_COLUMN, self.highlighter)
        self.table.setItemDelegateForColumn(TITLE_COLUMN, self.highlighter)
        self.table.setColumnHidden(SNIPPET_COLUMN, True)
        self.reader = ReaderView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.facets, self.table, self.reader):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([200, 680, 520])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel(self)
        self.mode_label = QLabel(self)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.mode_label)

    def _build_search(self) -> None:
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, text, captions and people (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        toolbar.addWidget(self.search_edit)
        self.completer = SearchCompleter(self.search_edit)
        self.order_box = QComboBox(self)
        self.order_box.addItem(self.tr("Newest first"), "date")
        self.order_box.addItem(self.tr("Headlines first"), "rank")
        self.order_box.setToolTip(self.tr("Order of search results"))
        toolbar.addWidget(self.order_box)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(
            self.tr("&New Archive…"), self.new_archive
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction(
            self.tr("&Open Archive…"), self.choose_archive
        )
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(
            self.tr("&Import Files…"), self.choose_import_files
        )
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_folder_action = file_menu.addAction(
            self.tr("Import &Folder…"), self.choose_import_folder
        )
        file_menu.addSeparator()
        prefs = file_menu.addAction(self.tr("&Preferences…"), self.edit_preferences)
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = edit_menu.addAction(self.tr("&Undo"), self.session.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = edit_menu.addAction(self.tr("&Redo"), self.session.redo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addSeparator()
        self.find_action = edit_menu.addAction(self.tr("&Find"), self.focus_search)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.next_match_action = edit_menu.addAction(
            self.tr("Next Match"), lambda: self.reader.find_match(forward=True)
        )
        self.next_match_action.setShortcut(QKeySequence.StandardKey.FindNext)
        self.previous_match_action = edit_menu.addAction(
            self.tr("Previous Match"), lambda: self.reader.find_match(forward=False)
        )
        self.previous_match_action.setShortcut(QKeySequence.StandardKey.FindPrevious)
        self.save_search_action = edit_menu.addAction(
            self.tr("&Save Search…"), self.save_search
        )
        self.save_search_action.setShortcut(QKeySequence.StandardKey.Save)
        self.trash_action = edit_menu.addAction(
            self.tr("Move to &Trash"), self.trash_selected
        )
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.facets_action = QAction(
            self.tr("&Facets"), self, checkable=True, checked=True
        )
        self.facets_action.toggled.connect(self.facets.setVisible)
        view_menu.addAction(self.facets_action)
        view_menu.addAction(self.tr("&Clear Filters"), self.clear_filters)
        view_menu.addSeparator()
        self.review_action = view_menu.addAction(
            self.tr("&Review Imports…"), self.show_review
        )
        self.review_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.reindex_action = view_menu.addAction(
            self.tr("Rebuild Search &Index"), self.rebuild_index
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Clipfile"), self.about)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _: self.search_timer.start())
        self.search_timer.timeout.connect(self._apply_search)
        self.order_box.currentIndexChanged.connect(lambda _: self._apply_search())
        self.listing.facets_changed.connect(self.completer.set_facets)
        self.facets.facet_clicked.connect(self.toggle_facet)
        self.facets.saved_edit_requested.connect(self.edit_saved_search)
        self.facets.saved_delete_requested.connect(
            lambda name: self.session.perform(DeleteSearch(name))
        )
        self.listing.ids_changed.connect(self._show_ids)
        self.listing.count_changed.connect(self._show_count)
        self.listing.facets_changed.connect(self.facets.set_facets)
        self.listing.failed.connect(self._on_listing_failed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.reader.person_clicked.connect(
            lambda name: self.toggle_facet("person", name)
        )
        self.session.changes_made.connect(self._on_changes)
        self.session.undo_state_changed.connect(self._update_actions)
        self.session.failed.connect(lambda error: self.warn(describe(error)))

    # Archive

    def open_archive(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path``; on failure say why and keep the current archive."""
        self.upgrade = UpgradeProgress(self, Path(path))
        try:
            archive = Archive.open(
                path,
                create=create,
                editor=settings.editor_name(),
                backing_up=self.upgrade.report,
            )
        except ArchiveError as error:
            self.warn(describe(error))
            return False
        finally:
            self.upgrade.close()
        self.set_archive(archive)
        settings.remember_archive(path)
        if archive.readonly:
            self.statusBar().showMessage(
                describe(ReadOnlyArchive("read-only", path=path)), 10_000
            )
        elif archive.index_stale:
            self.rebuild_index()
        return True

    def rebuild_index(self) -> RebuildJob | None:
        """Rebuild the search index in the background; search scans meanwhile."""
        archive = self.session.archive
        if archive is None or archive.path is None or archive.readonly:
            return None
        if self.rebuild_job is not None:
            return self.rebuild_job
        job = RebuildJob(archive)
        job.signals.progress.connect(self._on_rebuild_progress)
        job.signals.finished.connect(self._on_rebuilt)
        self.rebuild_job = job
        self._update_actions()
        QThreadPool.globalInstance().start(job)
        return job

    def _on_rebuild_progress(self, done: int, total: int) -> None:
        self.mode_label.setText(
            self.tr("Indexing for search: %1%").replace(
                "%1", str(done * 100 // max(total, 1))
            )
        )

    def _on_rebuilt(self, count: int) -> None:
        self.rebuild_job = None
        archive = self.session.archive
        self.mode_label.setText(
            self.tr("Read-only") if archive and archive.readonly else ""
        )
        if count < 0:
            self.warn(
                self.tr(
                    "The search index could not be rebuilt; searches scan "
                    "the archive instead, which is slower."
                )
            )
        self._update_actions()
        self.refresh()

    def set_archive(self, archive: Archive | None) -> None:
        if self.review_window is not None:
            self.review_window.close()
            self.review_window = None
        self.session.set_archive(archive)
        self.listing.archive = archive
        self.list_model.set_archive(archive)
        self.reader.show_placeholder()
        self.filters = Filters()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        name = archive.path.name if archive and archive.path else self.tr("(in memory)")
        self.setWindowTitle(self.tr("%1 — Clipfile").replace("%1", name))
        self.mode_label.setText(
            self.tr("Read-only") if archive and archive.readonly else ""
        )
        self.refresh()
        self._show_saved()

    def ask_new_archive_path(self) -> str:
        """Ask where the new archive goes ('' if cancelled); tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Archive"),
            str(Path.home() / "archive.sqlite"),
            self.tr("Clipfile archives (*.sqlite *.db);;All files (*)"),
            "",
            QFileDialog.Option.DontConfirmOverwrite,
        )
        return path

    def new_archive(self) -> None:
        path = self.ask_new_archive_path()
        if not path:
            return
        if Path(path).exists():  # never replace a file, least of all an archive
            self.warn(
                self.tr(
                    "%1 already exists. Choose a new file name for the new archive."
                ).replace("%1", path)
            )
            return
        self.open_archive(Path(path), create=True)

    def choose_archive(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Archive"),
            str(Path.home()),
            self.tr("Clipfile archives (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_archive(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_archives():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_archive(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent archives")).setEnabled(False)

    # Reviewing

    def show_review(self) -> ReviewWindow | None:
        """Open (or raise) the review window over the open archive."""
        if self.session.archive is None:
            return None
        if self.review_window is None:
            self.review_window = ReviewWindow(self.session, self)
            self.review_window.setWindowFlag(Qt.WindowType.Window, True)
        self.review_window.reload()
        self.review_window.show()
        self.review_window.raise_()
        return self.review_window

    # Importing

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Files"),
            str(Path.home()),
            self.tr(
                "Pages (*.txt *.md *.html *.htm *.json *.jsonl *.csv);;All files (*)"
            ),
        )
        if paths:
            self.start_import([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import Folder"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path]) -> ImportDialog | None:
        """Import ``paths`` off the GUI thread; returns the progress dialog."""
        archive = self.session.archive
        if archive is None or archive.path is None:
            return None
        if archive.readonly:
            self.warn(describe(ReadOnlyArchive("read-only", path=archive.path)))
            return None
        job = ImportJob(archive.path, paths, editor=archive.editor)
        dialog = ImportDialog(job, self)
        dialog.import_finished.connect(self._after_import)
        dialog.open()
        dialog.start()
        return dialog

    def _after_import(self, _report: object) -> None:
        self.refresh()
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(
            url.isLocalFile() for url in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [
            Path(url.toLocalFile())
            for url in event.mimeData().urls()
            if url.isLocalFile()
        ]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # Filtering

    def refresh(self, *, facets: bool = True) -> None:
        """Recompute the list (and facet counts) for the current filters."""
        self.count_label.setText(self.tr("Searching…"))
        self.listing.request(self.filters, facets=facets)

    def apply_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refresh()

    def toggle_facet(self, kind: str, value: object) -> None:
        """Filter by ``value`` of facet ``kind``; clicking it again clears it."""
        if kind == "saved":
            text = f"saved:{value}"
            self.search_edit.setText("" if self.search_edit.text() == text else text)
            self.search_timer.stop()
            self._apply_search()
            return
        chosen = None if self.filters.facet(kind) == value else value
        self.apply_filters(self.filters.with_facet(kind, chosen))

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.apply_filters(Filters())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _apply_search(self) -> None:
        text = self.search_edit.text()
        order = self.order_box.currentData()
        if text != self.filters.text or order != self.filters.order:
            self.apply_filters(replace(self.filters, text=text, order=order))
            notes = (
                self.session.archive.read_query(text) if self.session.archive else []
            )
            if notes:
                self.statusBar().showMessage("; ".join(map(query_note, notes)), 10_000)

    def _show_ids(self, ids: array, complete: bool) -> None:
        current = self.current_article_id()
        self.list_model.set_ids(ids, query=self.filters.text)
        searching = bool(self.filters.text.strip())
        self._show_snippets(searching)
        self.highlighter.set_terms(terms(self.filters.text) if searching else [])
        n = len(ids)
        if complete:
            self.count_label.setText(self.tr("%Ln article(s)", "", n))
        else:
            self.count_label.setText(
                self.tr("%1+ articles, counting…").replace("%1", number(n))
            )
        row = self.list_model.row_of(current) if current is not None else None
        self.select_row(row if row is not None else 0)
        if not n:
            self._explain_empty_list()
        if complete:
            self.listing_changed.emit()

    def _show_count(self, n: int) -> None:
        """The total, known before every id has come (only the first page shows)."""
        self.count_label.setText(self.tr("%Ln article(s), listing…", "", n))

    def _show_snippets(self, shown: bool) -> None:
        """While searching the match column takes the spare width, else the title."""
        if shown == (not self.table.isColumnHidden(SNIPPET_COLUMN)):
            return
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(SNIPPET_COLUMN, not shown)
        stretch, fixed = (
            (SNIPPET_COLUMN, TITLE_COLUMN) if shown else (TITLE_COLUMN, SNIPPET_COLUMN)
        )
        header.setSectionResizeMode(fixed, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if shown:
            header.resizeSection(
                TITLE_COLUMN, self.table.fontMetrics().horizontalAdvance("中" * 10)
            )

    def _explain_empty_list(self) -> None:
        chosen = [
            str(self.filters.facet(kind))
            for kind in FACET_KINDS
            if self.filters.facet(kind) is not None
        ]
        if self.filters.text.strip():
            chosen.insert(0, f"“{self.filters.text.strip()}”")
        if not chosen:
            self.reader.show_message(self.tr("This archive has no articles yet."))
            return
        self.reader.show_message(
            self.tr("No articles match %1.").replace("%1", " + ".join(chosen)),
            self.tr(
                "Press Esc in the search box or choose View ▸ Clear Filters "
                "to see every article."
            ),
        )

    def _on_listing_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Search failed: %1").replace("%1", message), 8000
        )

    # Reading

    def current_article_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.list_model.article_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.list_model.rowCount():
            index = self.list_model.index(row, TITLE_COLUMN)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_article(self, article_id: int) -> None:
        archive = self.session.archive
        if archive is None:
            return
        try:
            article = archive.article(article_id)
        except RecordNotFound:
            self.reader.show_placeholder()
            return
        self.reader.show_article(article, query=self.filters.text)
        self.article_shown.emit(article_id)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = (
            self.list_model.article_id(current.row()) if current.isValid() else None
        )
        if article_id is not None:
            self.show_article(article_id)

    # Editing

    def selected_article_ids(self) -> list[int]:
        rows = sorted(
            {index.row() for index in self.table.selectionModel().selectedRows()}
        )
        return [i for i in map(self.list_model.article_id, rows) if i is not None]

    def trash_selected(self) -> None:
        ids = self.selected_article_ids()
        if ids:
            self.session.perform(
                TrashArticles(ids, reason=self.tr("Deleted in the list"))
            )

    def _on_changes(self, changes: Changes) -> None:
        self._show_saved()
        if changes.membership or changes.tags or changes.everything:
            self.refresh()
        else:
            self.list_model.refresh(changes.articles)
        current = self.current_article_id()
        if current is not None and (current in changes.articles or changes.notes):
            self.show_article(current)  # its text, tags, notes or captions changed

    def _update_actions(self) -> None:
        archive = self.session.archive
        writable = (
            archive is not None and not archive.readonly and self.rebuild_job is None
        )
        self.undo_action.setEnabled(writable and archive.undo_label is not None)
        self.redo_action.setEnabled(writable and archive.redo_label is not None)
        self.trash_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self.import_folder_action.setEnabled(writable)
        self.reindex_action.setEnabled(writable)
        undo = archive.undo_label if archive else None
        redo = archive.redo_label if archive else None
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", command_label(undo))
            if undo
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", command_label(redo))
            if redo
            else self.tr("&Redo")
        )

    # Saved searches

    def save_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.warn(self.tr("Type a search first, then save it."))
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save Search"),
            self.tr("Name for this search:"),
            text=text[:20],
        )
        if ok and name.strip():
            self.session.perform(SaveSearch(name.strip(), text))

    def edit_saved_search(self, name: str) -> None:
        query = self.facets.facet_model.saved_query(name) or ""
        new, ok = QInputDialog.getText(
            self,
            self.tr("Edit Saved Search"),
            self.tr("Search for %1:").replace("%1", name),
            text=query,
        )
        if ok and new.strip() and new.strip() != query:
            self.session.perform(SaveSearch(name, new.strip()))

    def _show_saved(self) -> None:
        archive = self.session.archive
        searches = archive.saved_searches() if archive is not None else []
        self.facets.set_saved(searches, self.search_edit.text().strip())

    # Dialogs

    def edit_preferences(self) -> None:
        archive = self.session.archive
        fold = archive.folds_traditional if archive is not None else None
        wanted = PreferencesDialog.ask(self, fold_traditional=fold)
        if wanted is None or archive is None:
            return
        archive.set_editor(settings.editor_name())
        if wanted != fold and not archive.readonly:
            try:
                archive.set_fold_traditional(wanted)
            except ImportError:
                self.warn(
                    self.tr(
                        "Folding traditional characters needs the OpenCC "
                        "package, which is not installed."
                    )
                )
                return
            self.rebuild_index()

    def warn(self, text: str) -> None:
        """Tell the user something went wrong (tests replace this)."""
        QMessageBox.warning(self, self.tr("Clipfile"), text)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Clipfile"),
            self.tr(
                "<h3>Clipfile 剪报档案</h3><p>A desktop archive of newspaper "
                "articles and photo captions, for editors and archivists.</p>"
            ),
        )

    # Window state

    def _restore_state(self) -> None:
        store = settings.settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = store.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.facets_action.setChecked(store.value("window/facets", True, type=bool))

    def save_state(self) -> None:
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/facets", self.facets_action.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.listing.cancel()
        self.listing.wait(3000)
        self.session.set_archive(None)
        super().closeEvent(event)
