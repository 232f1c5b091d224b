"""The Browse view's tags: the tag tree's filter, tagging the list's selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu

from archive import Filters, TagRecords, UntagRecords

from ..tags.acting import perform_later
from .base import BrowseBase


class TaggingMixin(BrowseBase):
    """Part of :class:`~gui.browse.view.BrowseView` (strings in its context)."""

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
        paths = [t.path for t in everywhere or here]
        self.tag_bar.set_known_tags(paths)
        self.completer.set_tags(paths)
        self._show_favourites()

    def _show_favourites(self) -> None:
        favourites = self.archive.favourite_tags() if self.archive else {}
        self.tag_tree.set_favourites(favourites)
        self.tag_bar.set_favourites(favourites)

    def apply_favourite(self, key: int) -> None:
        """Number key ``key``: tag the selected articles with its tag, or take
        it off them when all of them have it."""
        archive = self.archive
        path = archive.favourite_tags().get(key) if archive else None
        if archive is None or path is None:
            self.message.emit(
                QCoreApplication.translate(
                    "BrowseView",
                    "Key %1 has no tag yet: right-click a tag in the sidebar "
                    "▸ Favourite Key.",
                ).replace("%1", str(key))
            )
            return
        ids = self.selected_article_ids()
        every = bool(ids) and archive.tagged_count(path, ids) == len(ids)
        self.tag_records(path, ids, every)

    def tag_records(self, path: str, ids: list[int], remove: bool) -> None:
        """Tag (or untag) the articles ``ids`` with ``path``: one undo step,
        made off the GUI thread when it is large (the status bar says so
        once it is made)."""
        if not ids:
            self.message.emit(
                QCoreApplication.translate(
                    "BrowseView", "Select some articles in the list first."
                )
            )
            return
        if remove:
            perform_later(
                self.session,
                lambda: UntagRecords(path, article_ids=ids),
                lambda untag: self.message.emit(
                    self.counted("took off", untag.removed).replace("%1", untag.path)
                ),
            )
            return
        perform_later(
            self.session, lambda: TagRecords(path, article_ids=ids), self._tagged
        )

    def _tagged(self, command: TagRecords) -> None:
        text = self.counted("tagged", len(command.added))
        text = text.replace("%1", command.path)
        if command.already:
            text += " " + self.counted("already", command.already)
        self.message.emit(text)

    def _list_menu(self, position: QPoint) -> None:
        ids = self.selected_article_ids()
        if not ids:
            return
        menu = QMenu(self)
        n = len(ids)
        menu.addAction(
            self.counted("tag menu", n),
            lambda: self._ask_tag(ids, remove=False),
        )
        menu.addAction(
            self.counted("untag menu", n),
            lambda: self._ask_tag(ids, remove=True),
        )
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _ask_tag(self, ids: list[int], *, remove: bool) -> None:
        title = (
            QCoreApplication.translate("BrowseView", "Untag Articles")
            if remove
            else QCoreApplication.translate("BrowseView", "Tag Articles")
        )
        items = sorted(self.tag_tree.paths)
        path, ok = QInputDialog.getItem(
            self,
            title,
            QCoreApplication.translate(
                "BrowseView", "Tag (a new one is made; / for a tag below another):"
            ),
            items,
            editable=True,
        )
        if ok and path.strip():
            self.tag_records(path, ids, remove)
