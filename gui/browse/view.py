"""The Browse view: facets, the article list and the reader, side by side."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Archive,
    Changes,
    DeleteSearch,
    Filters,
)

from .. import settings
from ..background import foreground
from ..messages import query_note
from ..notes.panel import NotesPanel
from ..session import Session
from ..tags.tag_bar import TagBar
from ..tags.tree_panel import TagTreePanel
from .actions import build_actions
from .article_model import ArticleListModel
from .article_table import ArticleTable
from .facet_panel import FacetPanel
from .listing import ListingMixin
from .reader import ReaderView
from .reading import ReadingMixin
from .results import ResultsFeed
from .saved_searches import SavedSearchesMixin
from .search_completer import SearchCompleter
from .tagging import TaggingMixin

SEARCH_DELAY_MS = 150


class BrowseView(ListingMixin, ReadingMixin, TaggingMixin, SavedSearchesMixin):
    """Search, filter by facets and read one archive.

    Subscribes to its :class:`Session` itself: a new archive resets it, and
    every change refreshes what it shows.

    Signals (declared on :class:`BrowseBase`):
        results_changed(): the list shows a new, complete set of ids.
        article_shown(int): the reader now shows this article.
        message(str): something to say in the status bar for a while.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browse")
        self.session = session
        self.filters = Filters()
        self._reselect: set[int] = set()  # keys to choose again in the list
        self.results = ResultsFeed(self)
        self._rest_to_come = False
        self._listed = None
        self._kept = None
        self._may_wait = False
        self._read = None
        self._build()
        build_actions(self)
        self._connect()
        self._restore_state()

    # Building

    def counted(self, phrase: str, n: int) -> str:
        """The view's phrases that count, in the user's language: written
        here because pyside6-lupdate finds a count only in ``self.tr`` (and
        the parts of the view, in modules of their own, are translated in its
        context)."""
        phrases = {
            "article": lambda: self.tr("%Ln article(s)", "", n),
            "caption": lambda: self.tr("%Ln caption(s)", "", n),
            "note": lambda: self.tr("%Ln note(s)", "", n),
            "listing": lambda: self.tr("%Ln article(s), listing…", "", n),
            "took off": lambda: self.tr("Took %1 off %Ln article(s).", "", n),
            "tagged": lambda: self.tr("Tagged %Ln article(s) %1.", "", n),
            "already": lambda: self.tr("%Ln already had it.", "", n),
            "tag menu": lambda: self.tr("Tag %Ln Article(s)…", "", n),
            "untag menu": lambda: self.tr("Untag %Ln Article(s)…", "", n),
        }
        return phrases[phrase]()

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

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _: self.search_timer.start())
        # typing is the user's own work: background preparation waits
        self.search_edit.textChanged.connect(lambda _: foreground.touch())
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

    def set_archive(self, archive: Archive | None) -> None:
        self.results.archive = archive
        self.list_model.set_archive(archive)
        self._read = None
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
        if self._tagging_alone(changes):
            # no list changed: the rows' Tags column and the tree's counts
            # did (a full listing again took 350 ms of CPU at a million)
            self.list_model.refresh(changes.tagged)
            self.results.request_tags()
        elif changes.membership or changes.tags or changes.everything:
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

    def _tagging_alone(self, changes: Changes) -> bool:
        """Whether ``changes`` are taggings alone (or tag tree edits) and the
        list does not depend on tags: its records stay."""
        archive = self.archive
        return (
            archive is not None
            and changes.tags
            and not (changes.articles or changes.captions or changes.note_ids)
            and not (changes.notes or changes.everything or changes.figures)
            and not changes.comparisons
            and not archive.lists_by_tag(self.filters)
        )

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

    # State

    def _restore_state(self) -> None:
        store = settings.settings()
        state = store.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.facets_action.setChecked(
            bool(store.value("window/facets", True, type=bool))
        )

    def save_state(self) -> None:
        store = settings.settings()
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/facets", self.facets_action.isChecked())

    def close_down(self) -> None:
        """Save what is typed and stop the work in flight (the window is closing)."""
        self.notes.close_down()
        self.results.cancel()
        self.results.wait(3000)
