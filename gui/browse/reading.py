"""The Browse view's reader: the record selected read, once a selection; trashed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QMessageBox

from archive import Article, RecordNotFound, TrashArticles

from .base import BrowseBase


class ReadingMixin(BrowseBase):
    """Part of :class:`~gui.browse.view.BrowseView` (strings in its context)."""

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
            self._read = None
            self.reader.show_placeholder()
            self.tag_bar.show_article(None)
            self.notes.show_article(None)
            return
        self.reader.show_article(
            article, query=self.filters.text, media=self.archive.media_folder
        )
        self.tag_bar.show_article(article)
        self.notes.show_article(article)
        self._read = (article_id, self.filters.text)
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
        if article_id is not None and self._read != (article_id, self.filters.text):
            self.show_article(article_id)  # once per selection, not per listing
        elif self.list_model.kind(current.row()) == "note" and self.archive:
            self._show_note(self.list_model.record_id(current.row()))

    def _show_note(self, note_id: int | None) -> None:
        """A note about no article, found by the search: read in the reader."""
        assert self.archive is not None
        self._read = None
        try:
            note = self.archive.note(note_id or 0)
        except RecordNotFound:
            self.reader.show_placeholder()
            return
        self.reader.article = None
        self.reader.setHtml(self.archive.render_note(note.body))
        self.notes.show_article(None)

    def selected_article_ids(self) -> list[int]:
        return self.table.selected_article_ids()

    def trash_selected(self) -> None:
        ids = self.selected_article_ids()
        if not ids or self.archive is None:
            return
        linking = {n.id for i in ids for n in self.archive.backlinks("article", i)}
        if linking and not self.confirm_trash(len(ids), len(linking)):
            return
        self.session.perform(
            TrashArticles(
                ids,
                reason=QCoreApplication.translate("BrowseView", "Deleted in the list"),
            )
        )

    def confirm_trash(self, articles: int, notes: int) -> bool:
        """Ask before trashing articles that notes link to (tests replace this)."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("BrowseView", "Move to Trash"),
            QCoreApplication.translate(
                "BrowseView",
                "%1 notes link to the %2 articles chosen. Move them to the trash "
                "anyway? The links will show the articles as missing.",
            )
            .replace("%1", str(notes))
            .replace("%2", str(articles)),
        )
        return answer == QMessageBox.StandardButton.Yes
