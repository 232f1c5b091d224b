"""What the Browse view adds to the window's Edit and View menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..tags.favourites import FavouriteKeys

if TYPE_CHECKING:
    from .view import BrowseView


def build_actions(view: BrowseView) -> None:
    """The view's actions, its keys acting in the view alone (and the number
    keys of the favourite tags)."""
    view.favourite_keys = FavouriteKeys(view)
    view.favourite_keys.watch(view.table)
    view.favourite_keys.watch(view.reader)
    view.find_action = QAction(QCoreApplication.translate("BrowseView", "&Find"), view)
    view.find_action.setShortcut(QKeySequence.StandardKey.Find)
    view.find_action.triggered.connect(view.focus_search)
    view.next_match_action = QAction(
        QCoreApplication.translate("BrowseView", "Next Match"), view
    )
    view.next_match_action.setShortcut(QKeySequence.StandardKey.FindNext)
    view.next_match_action.triggered.connect(
        lambda: view.reader.find_match(forward=True)
    )
    view.previous_match_action = QAction(
        QCoreApplication.translate("BrowseView", "Previous Match"), view
    )
    view.previous_match_action.setShortcut(QKeySequence.StandardKey.FindPrevious)
    view.previous_match_action.triggered.connect(
        lambda: view.reader.find_match(forward=False)
    )
    view.save_search_action = QAction(
        QCoreApplication.translate("BrowseView", "&Save Search…"), view
    )
    view.save_search_action.setShortcut(QKeySequence.StandardKey.Save)
    view.save_search_action.triggered.connect(view.save_search)
    view.trash_action = QAction(
        QCoreApplication.translate("BrowseView", "Move to &Trash"), view
    )
    view.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
    view.trash_action.triggered.connect(view.trash_selected)
    view.facets_action = QAction(
        QCoreApplication.translate("BrowseView", "&Facets"), view, checkable=True
    )
    view.facets_action.setChecked(True)
    view.facets_action.toggled.connect(view.sidebar.setVisible)
    view.clear_action = QAction(
        QCoreApplication.translate("BrowseView", "&Clear Filters"), view
    )
    view.clear_action.triggered.connect(view.clear_filters)
    view.tag_action = QAction(QCoreApplication.translate("BrowseView", "&Tag…"), view)
    view.tag_action.setShortcut(QKeySequence("Ctrl+T"))
    view.tag_action.triggered.connect(view.tag_bar.focus_field)
    view.tag_passage_action = QAction(
        QCoreApplication.translate("BrowseView", "Tag &Passage…"), view
    )
    view.tag_passage_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    view.tag_passage_action.triggered.connect(view.tag_bar.focus_passage)
    view.edit_actions = [
        view.tag_action,
        view.tag_passage_action,
        view.find_action,
        view.next_match_action,
        view.previous_match_action,
        view.save_search_action,
        view.trash_action,
    ]
    view.view_actions = [view.facets_action, view.clear_action]
    for action in view.edit_actions + view.view_actions:
        # their keys act in this view only (Delete in another view must
        # not trash the articles chosen here)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(action)
