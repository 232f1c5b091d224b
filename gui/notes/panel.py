"""The notes panel by the reader: the notes on the record being read, the
notes that link to it and those that name it, and an editor to add or change
one."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive import Article, Changes, Note, NoteTarget, RecordNotFound, TrashNotes

from ..safe_browser import SafeBrowser
from ..session import Session
from .editor import NoteEditor
from .list_model import target_name


class NotesPanel(QWidget):
    """Notes about one article at a time (``show_article``), or about any one
    thing a note can be on (``show_target``: a place, a comparison set).

    Signals:
        record_clicked(str): a ``clipfile:KIND/ID`` link was clicked.
    """

    record_clicked = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self.session = session
        self.article: Article | None = None
        self.target: NoteTarget | None = None
        self.notes: list[Note] = []
        self.heading = QLabel(self)
        self.add_button = QPushButton(self.tr("Add Note"), self)
        self.done_button = QPushButton(self.tr("Done"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.done_button)
        self.view = SafeBrowser(self)
        self.view.record_clicked.connect(self._on_link)
        self.editor = NoteEditor(session, self)
        self.editor.record_clicked.connect(self.record_clicked)
        self.editor.saved.connect(lambda _: self._fill())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor, 2)
        self.add_button.clicked.connect(self.add_note)
        self.done_button.clicked.connect(self.close_editor)
        session.changes_made.connect(self._on_changes)
        session.writable_changed.connect(self.add_button.setEnabled)
        self.close_editor()

    def show_article(self, article: Article | None) -> None:
        """Show the notes about ``article`` (the editor's text is saved first)."""
        if article is None or self.article is None or article.id != self.article.id:
            self.close_editor()
        self.article = article
        self.target = None if article is None else NoteTarget(article_id=article.id)
        self.editor.article = article
        self._fill()

    def show_target(self, target: NoteTarget | None) -> None:
        """Show the notes about ``target`` (the editor's text is saved first)."""
        if target != self.target:
            self.close_editor()
        self.article = None
        self.editor.article = None
        self.target = target
        self._fill()

    def add_note(self) -> None:
        if self.target is None:
            return
        self.editor.new(self.target)
        self._open_editor()

    def edit_note(self, note_id: int) -> None:
        archive = self.session.archive
        if archive is None:
            return
        try:
            note = archive.note(note_id)
        except RecordNotFound:
            return
        self.editor.edit(note)
        self._open_editor()

    def _open_editor(self) -> None:
        self.editor.show()
        self.done_button.show()
        self.add_button.hide()

    def close_editor(self) -> None:
        self.editor.flush()
        self.editor.hide()
        self.done_button.hide()
        self.add_button.show()

    def _on_changes(self, changes: Changes) -> None:
        if self.target is None:
            return
        if (
            changes.notes
            or changes.everything
            or changes.comparisons
            or (self.article is not None and self.article.id in changes.articles)
        ):
            self._fill()

    def _fill(self) -> None:
        archive = self.session.archive
        if archive is None or self.target is None:
            self.notes = []
            self.heading.setText(self.tr("Notes"))
            self.view.setHtml("")
            return
        self.view.media = archive.media_folder
        self.notes = archive.notes_on(self.target)
        backlinks, mentions = [], []
        if self.article is not None:
            backlinks = archive.backlinks("article", self.article.id)
            mentions = archive.mentions("article", self.article.id)
        self.heading.setText(self.tr("Notes (%1)").replace("%1", str(len(self.notes))))
        missing = self.tr("missing")
        parts = [
            self._note_html(n, archive.render_note(n.body, missing=missing))
            for n in self.notes
        ]
        if not self.notes:
            none_yet = html.escape(self.tr("No notes yet."))  # outside the f-string:
            parts.append(f"<p style='color:gray'>{none_yet}</p>")  # lupdate sees it
        parts += self._others(self.tr("Linked from"), backlinks)
        parts += self._others(self.tr("Named in"), mentions)
        self.view.setHtml("".join(parts))

    def _note_html(self, note: Note, rendered: str) -> str:
        who = html.escape(f"{note.created_by or ''} · {note.updated_at[:10]}")
        edit, delete = html.escape(self.tr("Edit")), html.escape(self.tr("Delete"))
        links = (
            f"<a href='clipfile:edit-note/{note.id}'>{edit}</a>&nbsp;&nbsp;"
            f"<a href='clipfile:delete-note/{note.id}'>{delete}</a>"
        )
        shown = self.target.kind if self.target else "article"
        about = "" if note.target == shown else f"{target_name(note.target)} · "
        return (
            "<table width='100%' cellpadding='6' bgcolor='#f6f1e4'><tr><td>"
            f"<p style='color:#6b6b6b; font-size:small'>{about}{who}&nbsp;&nbsp;"
            f"{links}</p>{rendered}</td></tr></table><p></p>"
        )

    def _others(self, title: str, notes: list[Note]) -> list[str]:
        if not notes:
            return []
        items = "".join(
            f"<li><a href='clipfile:note/{n.id}'>{html.escape(n.title or '…')}</a>"
            f" <span style='color:gray'>{html.escape(n.about)}</span></li>"
            for n in notes
        )
        return [f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"]

    def _on_link(self, path: str) -> None:
        kind, _, record = path.partition("/")
        if not record.isdigit():
            return
        if kind == "edit-note":
            self.edit_note(int(record))
        elif kind == "delete-note":
            self.session.perform(TrashNotes([int(record)]))
        else:
            self.record_clicked.emit(path)

    def close_down(self) -> None:
        self.editor.close_down()
