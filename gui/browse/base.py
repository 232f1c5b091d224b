"""What the parts of the Browse view share: its signals, its widgets (which
:class:`~gui.browse.view.BrowseView` builds) and a few small readings of them.

The view is one widget made of parts (the list, the reader, tagging, saved
searches), each a class of its own module over this base; their strings are
translated in the view's context, ``BrowseView``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from archive import Archive, Filters

if TYPE_CHECKING:
    from ..notes.panel import NotesPanel
    from ..session import Session
    from ..tags.favourites import FavouriteKeys
    from ..tags.tag_bar import TagBar
    from ..tags.tree_panel import TagTreePanel
    from .article_model import ArticleListModel
    from .article_table import ArticleTable
    from .facet_panel import FacetPanel
    from .reader import ReaderView
    from .results import ResultsFeed
    from .search_completer import SearchCompleter


class BrowseBase(QWidget):
    """The Browse view's shared state.

    Signals:
        results_changed(): the list shows a new, complete set of ids.
        article_shown(int): the reader now shows this article.
        message(str): something to say in the status bar for a while.
    """

    results_changed = Signal()
    article_shown = Signal(int)
    message = Signal(str)

    session: Session
    filters: Filters
    results: ResultsFeed
    search_edit: QLineEdit
    completer: SearchCompleter
    count_label: QLabel
    facets: FacetPanel
    tag_tree: TagTreePanel
    list_model: ArticleListModel
    table: ArticleTable
    reader: ReaderView
    notes: NotesPanel
    tag_bar: TagBar
    # the actions (gui/browse/actions.py)
    find_action: QAction
    next_match_action: QAction
    previous_match_action: QAction
    save_search_action: QAction
    trash_action: QAction
    facets_action: QAction
    clear_action: QAction
    tag_action: QAction
    tag_passage_action: QAction
    edit_actions: list[QAction]
    favourite_keys: FavouriteKeys
    view_actions: list[QAction]
    # the list and the reader in step (gui/browse/listing.py, reading.py)
    _rest_to_come: bool  # the list shows a first page; the rest will come
    _listed: Filters | None  # the filters of the list shown
    _kept: int | None  # the article to select once it is listed
    _may_wait: bool  # for the rest of the list to select it
    _read: tuple[int, str] | None  # the article the reader shows, for the query
    _reselect: set[int]  # keys to choose again when the list comes again

    @property
    def archive(self) -> Archive | None:
        return self.session.archive

    def current_article_id(self) -> int | None:
        return self.table.current_article_id()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def selected_article_ids(self) -> list[int]:
        return self.table.selected_article_ids()

    if TYPE_CHECKING:  # what one part asks of another

        def show_article(self, article_id: int) -> None: ...
        def counted(self, phrase: str, n: int) -> str: ...
        def toggle_facet(self, kind: str, value: object) -> None: ...
        def search(self, text: str) -> None: ...
