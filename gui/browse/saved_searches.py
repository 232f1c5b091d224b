"""The Browse view's saved searches: saved, edited, listed in the sidebar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from archive import SaveSearch

from .base import BrowseBase


class SavedSearchesMixin(BrowseBase):
    """Part of :class:`~gui.browse.view.BrowseView` (strings in its context)."""

    def save_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.message.emit(
                QCoreApplication.translate(
                    "BrowseView", "Type a search first, then save it."
                )
            )
            return
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("BrowseView", "Save Search"),
            QCoreApplication.translate("BrowseView", "Name for this search:"),
            text=text[:20],
        )
        if ok and name.strip():
            self.session.perform(SaveSearch(name.strip(), text))

    def edit_saved_search(self, name: str) -> None:
        query = self.facets.facet_model.saved_query(name) or ""
        new, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("BrowseView", "Edit Saved Search"),
            QCoreApplication.translate("BrowseView", "Search for %1:").replace(
                "%1", name
            ),
            text=query,
        )
        if ok and new.strip() and new.strip() != query:
            self.session.perform(SaveSearch(name, new.strip()))

    def _show_saved(self) -> None:
        searches = self.archive.saved_searches() if self.archive is not None else []
        self.facets.set_saved(searches, self.search_edit.text().strip())
