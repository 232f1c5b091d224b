"""The notes panel by the reader: the notes on the record being read, the
notes that link to it and those that name it, and an editor to add or change
one."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Archive,
    Article,
    Changes,
    Note,
    NoteTarget,
    RecordNotFound,
    TrashNotes,
)

from ..background import Job
from ..i18n import number
from ..safe_browser import SafeBrowser
from ..session import Session
from .editor import NoteEditor
from .list_model import target_name

# A note longer than this shows its beginning in the panel (Edit shows it
# whole): Markdown takes about 5 s a megabyte to render and Qt 2.6 s to lay
# out a megabyte of HTML, which the panel would do on every article shown.
PANEL_CHARS = 4000
# Notes shorter than this in all are rendered at once, longer ones off the
# GUI thread (the panel says so meanwhile).
AT_ONCE_CHARS = 6000
# the newest notes shown on one record or place: a city with thousands of
# notes took seconds of the GUI thread to read and lay out in every Compare
# column's head (issue 17); the Notes view lists them all
SHOWN_NOTES = 50


def beginning(body: str, limit: int = PANEL_CHARS) -> tuple[str, bool]:
    """The first ``limit`` characters of ``body``, cut after a paragraph if one
    ends in its second half; whether anything was left out."""
    if len(body) <= limit:
        return body, False
    cut = body.rfind("\n\n", limit // 2, limit)
    return body[: cut if cut > 0 else limit], True


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
        self._rendering: Job | None = None
        self._linking: Job | None = None
        self._rendered: list[str] = []
        self._shown: tuple[list[Note], list[Note], list[Note]] = ([], [], [])
        self._total = 0  # the notes about the target, shown or not
        # hidden (a Compare column's, until its Notes button is pressed): the
        # notes are read and laid out when it is shown (every column's read
        # and rendered its place's 50 newest notes as Compare opened, 100-300
        # ms of the GUI thread at 100,000 notes)
        self._stale = False
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

    @property
    def total(self) -> int:
        """How many notes are about what is shown (``notes`` holds the
        newest ``SHOWN_NOTES`` of them; both as last read while the panel
        is hidden)."""
        return self._total

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

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        archive = self.session.archive
        for job in (self._rendering, self._linking):
            if job is not None:
                job.cancel()
        self._rendering = self._linking = None
        self._stale = self.isHidden() and self.target is not None
        if self._stale:
            return
        if archive is None or self.target is None:
            self.notes, self._total = [], 0
            self.heading.setText(self.tr("Notes"))
            self.view.setHtml("")
            return
        self.view.media = archive.media_folder
        self.notes = archive.notes_on(self.target, newest=SHOWN_NOTES)
        self._total = len(self.notes)
        if self._total >= SHOWN_NOTES:
            self._total = archive.count_notes_on(self.target)
        self.heading.setText(self.tr("Notes (%1)").replace("%1", number(self._total)))
        missing = self.tr("missing")
        cut = [beginning(n.body) for n in self.notes]
        names = [archive.link_names(body) for body, _ in cut]
        media, more = archive.media_folder, self._more()
        self._shown = (self.notes, [], [])

        def render_all(_work: object = None) -> list[str]:
            if not cut:
                return []
            # nh3 and the renderer once there is a note to show (the views'
            # import thread loads them after the first rows)
            from archive import render_note  # noqa: PLC0415

            return [
                render_note(body, media=media, names=found, missing=missing)
                + (more if left_out else "")
                for (body, left_out), found in zip(cut, names, strict=True)
            ]

        if sum(len(body) for body, _ in cut) <= AT_ONCE_CHARS:
            self._show_rendered(render_all())
            self._find_links(archive)
            return
        waiting = html.escape(self.tr("Showing the note…"))
        self._show_rendered([f"<p style='color:gray'>{waiting}</p>"] * len(cut))
        self._rendering = Job(render_all, parent=self)
        self._rendering.succeeded.connect(self._show_rendered)
        self._rendering.failed.connect(self.session.report_failure)
        self._rendering.start()
        self._find_links(archive)

    def _find_links(self, archive: Archive) -> None:
        """The notes that link the article shown and those that name it, read
        off the GUI thread (its title's phrase over a million articles' index
        took 0.6 s, the window's first paint waiting for it)."""
        article = self.article
        if article is None:
            return

        def find(reader: Archive) -> tuple[list[Note], list[Note]]:
            return (
                reader.backlinks("article", article.id),
                reader.mentions("article", article.id),
            )

        if archive.path is None:  # in memory: one connection, this thread's
            self._show_links(find(archive))
            return

        def find_apart(_work: object) -> tuple[list[Note], list[Note]]:
            with archive.reader() as reader:
                return find(reader)

        self._linking = Job(find_apart, parent=self)
        self._linking.succeeded.connect(self._show_links)
        self._linking.failed.connect(self.session.report_failure)
        self._linking.start()

    def _show_links(self, found: tuple[list[Note], list[Note]]) -> None:
        backlinks, mentions = found
        if backlinks or mentions:
            self._shown = (self._shown[0], backlinks, mentions)
            self._show_rendered(self._rendered)

    def _more(self) -> str:
        text = html.escape(self.tr("… The note goes on: Edit shows it whole."))
        return f"<p style='color:gray'>{text}</p>"

    def _show_rendered(self, rendered: list[str]) -> None:
        self._rendered = rendered
        notes, backlinks, mentions = self._shown
        parts = []
        if self._total > len(notes):
            older = html.escape(
                self.tr("The %1 newest of %2 notes; the Notes view lists them all.")
                .replace("%1", number(len(notes)))
                .replace("%2", number(self._total))
            )
            parts.append(f"<p style='color:gray'>{older}</p>")
        parts += [self._note_html(n, r) for n, r in zip(notes, rendered, strict=True)]
        if not notes:
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
