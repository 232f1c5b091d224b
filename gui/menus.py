"""The main window's menus: File, Edit, View, Help.

The actions stay on the window (``window.undo_action`` …) for the window and
the tests to enable and trigger; a view's own actions come from the view.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from .undo import bind_undo_actions

if TYPE_CHECKING:
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def build_menus(window: MainWindow) -> None:
    """The File, Edit, View and Help menus, with the actions the window keeps."""
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(tr("&File"))
    window.new_action = file_menu.addAction(tr("&New Archive…"), window.new_archive)
    window.new_action.setShortcut(QKeySequence.StandardKey.New)
    window.open_action = file_menu.addAction(
        tr("&Open Archive…"), window.choose_archive
    )
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    file_menu.addSeparator()
    window.import_action = file_menu.addAction(
        tr("&Import Files…"), window.importer.choose_files
    )
    window.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
    window.import_folder_action = file_menu.addAction(
        tr("Import &Folder…"), window.importer.choose_folder
    )
    file_menu.addSeparator()
    window.backup_action = file_menu.addAction(tr("&Back Up Now"), window.care.back_up)
    window.restore_action = file_menu.addAction(
        tr("Restore from &Backup…"), window.care.restore
    )
    file_menu.addSeparator()
    prefs = file_menu.addAction(tr("&Preferences…"), window.edit_preferences)
    prefs.setShortcut(QKeySequence.StandardKey.Preferences)
    prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
    file_menu.addSeparator()
    quit_action = file_menu.addAction(tr("&Quit"), window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    edit_menu = menu_bar.addMenu(tr("&Edit"))
    window.undo_action = edit_menu.addAction(tr("&Undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = edit_menu.addAction(tr("&Redo"))
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    bind_undo_actions(window.session, window.undo_action, window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addActions(window.browse.edit_actions)

    view_menu = menu_bar.addMenu(tr("&View"))
    for number in range(1, window.views.count() + 1):
        action = view_menu.addAction(  # (a view is made when first shown)
            window.views.tabText(number - 1), partial(window.show_tab, number - 1)
        )
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
    view_menu.addSeparator()
    view_menu.addActions(window.browse.view_actions)
    view_menu.addSeparator()
    window.review_action = view_menu.addAction(
        tr("&Review Imports…"), window.show_review
    )
    window.review_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
    window.reindex_action = view_menu.addAction(
        tr("Rebuild Search &Index"), window.care.rebuild_index
    )
    help_menu = menu_bar.addMenu(tr("&Help"))
    help_menu.addAction(tr("&About Clipfile"), window.about)
