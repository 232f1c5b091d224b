"""The Browse view: facets, the article list and the reader, side by side."""

from __future__ import annotations

from array import array
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from archive import (
    FACET_KINDS,
    Archive,
    Article,
    Changes,
    DeleteSearch,
    Filters,
    RecordNotFound,
    SaveSearch,
    TagRecords,
    TrashArticles,
    UntagRecords,
    terms,
)

from .. import settings
from ..i18n import number
from ..messages import query_note
from ..notes.panel import NotesPanel
from ..session import Session
from ..tags.acting import perform
from ..tags.favourites import FavouriteKeys
from ..tags.tag_bar import TagBar
from ..tags.tree_panel import TagTreePanel
from .article_model import ArticleListModel
from .article_table import ArticleTable
from .facet_panel import FacetPanel
from .reader import ReaderView
from .results import ResultsFeed
from .search_completer import SearchCompleter

SEARCH_DELAY_MS = 150


class BrowseView(QWidget):
    """Search, filter by facets and read one archive.

    Subscribes to its :class:`Session` itself: a new archive resets it, and
    every change refreshes what it shows.

    Signals:
        results_changed(): the list shows a new, complete set of ids.
        article_shown(int): the reader now shows this article.
        message(str): something to say in the status bar for a while.
    """

    results_changed = Signal()
    article_shown = Signal(int)
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browse")
        self.session = session
        self.filters = Filters()
        self._reselect: set[int] = set()  # keys to choose again in the list
        self.results = ResultsFeed(self)
        self._build()
        self._build_actions()
        self._connect()
        self._restore_state()

    # Building

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, text, captions and people (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.completer = SearchCompleter(self.search_edit)
        self.order_box = QComboBox(self)
        self.order_box.addItem(self.tr("Newest first"), "date")
        self.order_box.addItem(self.tr("Headlines first"), "rank")
        self.order_box.setToolTip(self.tr("Order of search results"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.order_box)

        self.facets = FacetPanel(self)
        self.tag_tree = TagTreePanel(self)
        self.sidebar = QSplitter(Qt.Orientation.Vertical, self)
        self.sidebar.addWidget(self.facets)
        self.sidebar.addWidget(self.tag_tree)
        self.sidebar.setSizes([420, 360])
        self.list_model = ArticleListModel(parent=self)
        self.table = ArticleTable(self.list_model, self)
        self.reader = ReaderView(self)
        self.notes = NotesPanel(self.session, self)
        self.notes.editor.quote_source = self.reader_selection
        self.tag_bar = TagBar(self.session, self.reader, self)
        reader_box = QWidget(self)
        reader_layout = QVBoxLayout(reader_box)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(2)
        reader_layout.addWidget(self.reader, 1)
        reader_layout.addWidget(self.tag_bar)
        self.reading = QSplitter(Qt.Orientation.Vertical, self)
        self.reading.addWidget(reader_box)
        self.reading.addWidget(self.tag_bar.passages)
        self.reading.addWidget(self.notes)
        self.reading.setSizes([560, 90, 210])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.sidebar, self.table, self.reading):
            self.splitter.addWidget(widget)
        for column, stretch in enumerate((0, 3, 4)):
            self.splitter.setStretchFactor(column, stretch)
        self.splitter.setSizes([200, 680, 520])
        self.count_label = QLabel(self)  # the window shows it in its status bar

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _build_actions(self) -> None:
        """What this view adds to the window's Edit and View menus (and the
        number keys of the favourite tags)."""
        self.favourite_keys = FavouriteKeys(self)
        self.favourite_keys.watch(self.table)
        self.favourite_keys.watch(self.reader)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.next_match_action = QAction(self.tr("Next Match"), self)
        self.next_match_action.setShortcut(QKeySequence.StandardKey.FindNext)
        self.next_match_action.triggered.connect(
            lambda: self.reader.find_match(forward=True)
        )
        self.previous_match_action = QAction(self.tr("Previous Match"), self)
        self.previous_match_action.setShortcut(QKeySequence.StandardKey.FindPrevious)
        self.previous_match_action.triggered.connect(
            lambda: self.reader.find_match(forward=False)
        )
        self.save_search_action = QAction(self.tr("&Save Search…"), self)
        self.save_search_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_search_action.triggered.connect(self.save_search)
        self.trash_action = QAction(self.tr("Move to &Trash"), self)
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.triggered.connect(self.trash_selected)
        self.facets_action = QAction(self.tr("&Facets"), self, checkable=True)
        self.facets_action.setChecked(True)
        self.facets_action.toggled.connect(self.sidebar.setVisible)
        self.clear_action = QAction(self.tr("&Clear Filters"), self)
        self.clear_action.triggered.connect(self.clear_filters)
        self.tag_action = QAction(self.tr("&Tag…"), self)
        self.tag_action.setShortcut(QKeySequence("Ctrl+T"))
        self.tag_action.triggered.connect(self.tag_bar.focus_field)
        self.tag_passage_action = QAction(self.tr("Tag &Passage…"), self)
        self.tag_passage_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.tag_passage_action.triggered.connect(self.tag_bar.focus_passage)
        self.edit_actions = [
            self.tag_action,
            self.tag_passage_action,
            self.find_action,
            self.next_match_action,
            self.previous_match_action,
            self.save_search_action,
            self.trash_action,
        ]
        self.view_actions = [self.facets_action, self.clear_action]
        for action in self.edit_actions + self.view_actions:
            # their keys act in this view only (Delete in another view must
            # not trash the articles chosen here)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _: self.search_timer.start())
        self.search_timer.timeout.connect(self._apply_search)
        self.order_box.currentIndexChanged.connect(lambda _: self._apply_search())
        self.results.facets_changed.connect(self.completer.set_facets)
        self.results.facets_changed.connect(self.facets.set_facets)
        self.results.ids_changed.connect(self._show_ids)
        self.results.count_changed.connect(self._show_count)
        self.results.failed.connect(self._on_results_failed)
        self.facets.facet_clicked.connect(self.toggle_facet)
        self.results.tags_changed.connect(self._show_tags)
        self.tag_tree.tag_clicked.connect(self.toggle_tag)
        self.tag_tree.records_dropped.connect(self.tag_records)
        self.tag_tree.tag_selected_requested.connect(
            lambda path, remove: self.tag_records(
                path, self.selected_article_ids(), remove
            )
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_menu)
        self.tag_bar.message.connect(self.message)
        self.favourite_keys.pressed.connect(self.apply_favourite)
        self.tag_bar.favourite_clicked.connect(self.apply_favourite)
        self.tag_tree.favourite_requested.connect(
            lambda path, key: self.session.set_favourite(path, key or None)
        )
        self.session.favourites_changed.connect(self._show_favourites)
        self.facets.facet_added.connect(self.add_facet)
        self.facets.saved_edit_requested.connect(self.edit_saved_search)
        self.facets.saved_delete_requested.connect(
            lambda name: self.session.perform(DeleteSearch(name))
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.reader.person_clicked.connect(
            lambda name: self.toggle_facet("person", name)
        )
        self.reader.record_clicked.connect(self.open_link)
        self.notes.record_clicked.connect(self.open_link)
        self.session.archive_changed.connect(self.set_archive)
        self.session.changes_made.connect(self._on_changes)
        self.session.writable_changed.connect(self.trash_action.setEnabled)

    # The archive

    @property
    def archive(self) -> Archive | None:
        return self.session.archive

    def set_archive(self, archive: Archive | None) -> None:
        self.results.archive = archive
        self.list_model.set_archive(archive)
        self.reader.show_placeholder()
        self.tag_bar.show_article(None)
        self.notes.show_article(None)
        self.filters = Filters()
        self._reselect = set()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.refresh()
        self._show_saved()

    def _on_changes(self, changes: Changes) -> None:
        self._show_saved()
        if changes.membership or changes.tags or changes.everything:
            chosen = set(self.table.selected_keys())
            self.refresh()
            # the rows chosen stay chosen when the list comes again
            self._reselect = chosen if len(chosen) > 1 else set()
        else:
            self.list_model.refresh(changes.articles)
        current = self.current_article_id()
        if current is not None and (
            current in changes.articles
            or current in changes.tagged
            or changes.notes
            or changes.everything
        ):
            self.show_article(current)  # its text, tags, notes or captions changed

    # Filtering

    def refresh(self, *, facets: bool = True) -> None:
        """Recompute the list (and facet counts) for the current filters."""
        self.count_label.setText(self.tr("Searching…"))
        self.results.request(self.filters, facets=facets)

    def apply_filters(self, filters: Filters) -> None:
        self.filters = filters
        self._reselect = set()
        self.refresh()

    def toggle_facet(self, kind: str, value: object) -> None:
        """Filter by ``value`` of facet ``kind``; clicking it again clears it."""
        if kind == "saved":
            text = f"saved:{value}"
            self.search_edit.setText("" if self.search_edit.text() == text else text)
            self.search_timer.stop()
            self._apply_search()
            return
        chosen = None if self.filters.values(kind) == (value,) else value
        self.apply_filters(self.filters.with_facet(kind, chosen))

    def toggle_tag(self, path: str, exclude: bool) -> None:
        """Filter the list by tag ``path``; with ``exclude``, leave it out of
        the list (as ``-tag:`` in the search box); again: undo that."""
        if not exclude:
            self.toggle_facet("tag", path)
            return
        term = f"-tag:{path}" if " " not in path else f'-tag:"{path}"'
        words = self.search_edit.text().split()
        words = [w for w in words if w != term] if term in words else [*words, term]
        self.search(" ".join(words))

    def excluded_tags(self) -> set[str]:
        return {
            w.removeprefix("-tag:").strip('"')
            for w in self.search_edit.text().split()
            if w.startswith("-tag:")
        }

    def _show_tags(self, here: list, everywhere: list | None, filters: Filters) -> None:
        self.tag_tree.set_tags(
            here,
            everywhere,
            chosen=filters.values("tag"),
            excluded=self.excluded_tags(),
        )
        self.tag_bar.set_known_tags([t.path for t in everywhere or here])
        self._show_favourites()

    def _show_favourites(self) -> None:
        favourites = self.archive.favourite_tags() if self.archive else {}
        self.tag_tree.set_favourites(favourites)
        self.tag_bar.set_favourites(favourites)

    def apply_favourite(self, key: int) -> None:
        """Number key ``key``: tag the selected articles with its tag, or take
        it off them when all of them have it."""
        path = self.archive.favourite_tags().get(key) if self.archive else None
        if path is None:
            self.message.emit(
                self.tr(
                    "Key %1 has no tag yet: right-click a tag in the sidebar "
                    "▸ Favourite Key."
                ).replace("%1", str(key))
            )
            return
        ids = self.selected_article_ids()
        every = bool(ids) and self.archive.tagged_count(path, ids) == len(ids)
        self.tag_records(path, ids, every)

    def tag_records(self, path: str, ids: list[int], remove: bool) -> None:
        """Tag (or untag) the articles ``ids`` with ``path``: one undo step."""
        if not ids:
            self.message.emit(self.tr("Select some articles in the list first."))
            return
        if remove:
            untag = perform(self.session, lambda: UntagRecords(path, article_ids=ids))
            if untag is not None:
                self.message.emit(
                    self.tr("Took %1 off %Ln article(s).", "", untag.removed).replace(
                        "%1", untag.path
                    )
                )
            return
        command = perform(self.session, lambda: TagRecords(path, article_ids=ids))
        if command is not None:
            added = len(command.added)
            text = self.tr("Tagged %Ln article(s) %1.", "", added).replace(
                "%1", command.path
            )
            if command.already:
                text += " " + self.tr("%Ln already had it.", "", command.already)
            self.message.emit(text)

    def _list_menu(self, position) -> None:
        ids = self.selected_article_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Tag %Ln Article(s)…", "", len(ids)),
            lambda: self._ask_tag(ids, remove=False),
        )
        menu.addAction(
            self.tr("Untag %Ln Article(s)…", "", len(ids)),
            lambda: self._ask_tag(ids, remove=True),
        )
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _ask_tag(self, ids: list[int], *, remove: bool) -> None:
        title = self.tr("Untag Articles") if remove else self.tr("Tag Articles")
        items = sorted(self.tag_tree.paths)
        path, ok = QInputDialog.getItem(
            self,
            title,
            self.tr("Tag (a new one is made; / for a tag below another):"),
            items,
            editable=True,
        )
        if ok and path.strip():
            self.tag_records(path, ids, remove)

    def add_facet(self, kind: str, value: object) -> None:
        """Add ``value`` to facet ``kind``'s choices (either of them is
        listed), or take it out if it was chosen."""
        self.apply_filters(self.filters.toggled(kind, value))

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.apply_filters(Filters())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self, text: str) -> None:
        """Search for ``text`` at once, as if it had been typed."""
        self.search_edit.setText(text)
        self.search_timer.stop()
        self._apply_search()

    def _apply_search(self) -> None:
        text = self.search_edit.text()
        order = self.order_box.currentData()
        if text != self.filters.text or order != self.filters.order:
            self.apply_filters(replace(self.filters, text=text, order=order))
            notes = self.archive.read_query(text) if self.archive else []
            if notes:
                self.message.emit("; ".join(map(query_note, notes)))

    def _show_ids(self, ids: array, complete: bool, counts: dict | None = None) -> None:
        current = self.current_article_id()
        self.list_model.set_ids(ids, query=self.filters.text)
        searching = bool(self.filters.text.strip())
        self.table.show_snippets(searching)
        self.table.highlighter.set_terms(terms(self.filters.text) if searching else [])
        n = len(ids)
        if complete:
            self.count_label.setText(self._counted(counts or {"article": n}))
        else:
            self.count_label.setText(
                self.tr("%1+ articles, counting…").replace("%1", number(n))
            )
        row = self.list_model.row_of(current) if current is not None else None
        self.select_row(row if row is not None else 0)
        if self._reselect:
            self.table.select_keys(self._reselect)
            if complete:
                self._reselect = set()
        if not n:
            self._explain_empty_list()
        if complete:
            self.results_changed.emit()

    def _counted(self, counts: dict[str, int]) -> str:
        """``300 articles``, or with the captions and notes a query lists,
        ``12 articles · 3 captions · 1 note``."""
        words = {
            "article": lambda n: self.tr("%Ln article(s)", "", n),
            "caption": lambda n: self.tr("%Ln caption(s)", "", n),
            "note": lambda n: self.tr("%Ln note(s)", "", n),
        }
        shown = [
            words[kind](n)
            for kind, n in counts.items()
            if kind in words and (n or kind == "article" or len(counts) == 1)
        ]
        return " · ".join(shown) if shown else self.tr("%Ln article(s)", "", 0)

    def _show_count(self, n: int) -> None:
        """The total, known before every id has come (only the first page shows)."""
        self.count_label.setText(self.tr("%Ln article(s), listing…", "", n))

    def _explain_empty_list(self) -> None:
        chosen = [
            " / ".join(map(str, self.filters.values(kind)))
            for kind in FACET_KINDS
            if self.filters.values(kind)
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

    def _on_results_failed(self, error: BaseException) -> None:
        self.count_label.setText(self.tr("Search failed"))
        self.message.emit(self.tr("Search failed: %1").replace("%1", str(error)))
        self.session.report_failure(error)

    # Reading

    def current_article_id(self) -> int | None:
        return self.table.current_article_id()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def show_article(self, article_id: int) -> None:
        if self.archive is None:
            return
        try:
            article = self.archive.article(article_id)
        except RecordNotFound:
            self.reader.show_placeholder()
            self.tag_bar.show_article(None)
            self.notes.show_article(None)
            return
        self.reader.show_article(
            article, query=self.filters.text, media=self.archive.media_folder
        )
        self.tag_bar.show_article(article)
        self.notes.show_article(article)
        self.article_shown.emit(article_id)

    def reader_selection(self) -> tuple[str, Article] | None:
        """The passage selected in the reader and its article, for a quote."""
        text = self.reader.textCursor().selectedText().replace("\u2029", "\n")
        article = self.reader.article
        return (text, article) if text.strip() and article is not None else None

    def open_link(self, path: str) -> None:
        """Show the record a ``clipfile:KIND/ID`` link names (a note: its record)."""
        kind, _, record = path.partition("/")
        if not record.isdigit() or self.archive is None:
            return
        article_id: int | None = int(record)
        if kind == "caption":
            article_id = self.archive.caption(int(record)).article_id
        elif kind == "note":
            article_id = self.archive.note(int(record)).article_id
        elif kind != "article":
            return
        if article_id is None:
            return
        row = self.list_model.row_of(article_id)
        if row is not None:
            self.select_row(row)
        else:
            self.show_article(article_id)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        article_id = self.list_model.article_id(current.row())
        if article_id is not None:
            self.show_article(article_id)
        elif self.list_model.kind(current.row()) == "note" and self.archive:
            self._show_note(self.list_model.record_id(current.row()))

    def _show_note(self, note_id: int | None) -> None:
        """A note about no article, found by the search: read in the reader."""
        assert self.archive is not None
        try:
            note = self.archive.note(note_id or 0)
        except RecordNotFound:
            self.reader.show_placeholder()
            return
        self.reader.article = None
        self.reader.setHtml(self.archive.render_note(note.body))
        self.notes.show_article(None)

    # Editing

    def selected_article_ids(self) -> list[int]:
        return self.table.selected_article_ids()

    def trash_selected(self) -> None:
        ids = self.selected_article_ids()
        if not ids or self.archive is None:
            return
        linking = {n.id for i in ids for n in self.archive.backlinks("article", i)}
        if linking and not self.confirm_trash(len(ids), len(linking)):
            return
        self.session.perform(TrashArticles(ids, reason=self.tr("Deleted in the list")))

    def confirm_trash(self, articles: int, notes: int) -> bool:
        """Ask before trashing articles that notes link to (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Move to Trash"),
            self.tr(
                "%1 notes link to the %2 articles chosen. Move them to the trash "
                "anyway? The links will show the articles as missing."
            )
            .replace("%1", str(notes))
            .replace("%2", str(articles)),
        )
        return answer == QMessageBox.StandardButton.Yes

    # Saved searches

    def save_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.message.emit(self.tr("Type a search first, then save it."))
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
        searches = self.archive.saved_searches() if self.archive is not None else []
        self.facets.set_saved(searches, self.search_edit.text().strip())

    # State

    def _restore_state(self) -> None:
        store = settings.settings()
        state = store.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.facets_action.setChecked(store.value("window/facets", True, type=bool))

    def save_state(self) -> None:
        store = settings.settings()
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/facets", self.facets_action.isChecked())

    def close_down(self) -> None:
        """Save what is typed and stop the work in flight (the window is closing)."""
        self.notes.close_down()
        self.results.cancel()
        self.results.wait(3000)
