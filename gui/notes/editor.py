"""The note editor: Markdown on the left, its preview on the right, saved as
you type.

A note is saved within two seconds of a keystroke (also while typing goes on:
the timer starts at the first change not yet saved and is not restarted by
the next), when another note or record is opened, and when the window closes;
the save runs off the GUI thread (:mod:`.saving`). ``[[`` completes a link
to an article by its title. The preview is rendered off the GUI thread too,
so a megabyte of Markdown never freezes typing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from archive import ArchiveError, Article, Note, NoteTarget

from ..background import Job
from ..messages import describe
from ..safe_browser import SafeBrowser
from ..session import Session
from .saving import Draft, NoteSaver, Saved

PREVIEW_CHARS = 50_000  # the live preview renders the note's beginning only

SAVE_AFTER_MS = 2000  # after the first keystroke not yet saved
PREVIEW_AFTER_MS = 300


class NoteEditor(QWidget):
    """Edits one note at a time (a new one on a target, or an existing one).

    Signals:
        saved(int): the note's id, once a save of it is written.
        record_clicked(str): a ``clipfile:`` link in the preview was clicked.
    """

    saved = Signal(int)
    record_clicked = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.note_id: int | None = None
        self.base: int | None = None
        self.target = NoteTarget()
        self.article: Article | None = None  # the record being read, for links
        self.quote_source: Callable[[], tuple[str, Article] | None] | None = None
        self.saved_text = ""
        self.saver = NoteSaver(session, self)
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(self._on_failed)
        self._preview_job: Job | None = None
        self._build()

    def _build(self) -> None:
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr(
                "Write in Markdown: **bold**, - lists, > quotes, [[ links an article"
            )
        )
        self.preview = SafeBrowser(self)
        self.preview.record_clicked.connect(self.record_clicked)
        self.status = QLabel(self)
        self.status.setObjectName("note_status")
        self.toolbar = QToolBar(self)
        self._add_actions()
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.text)
        split.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self.save_timer.timeout.connect(self.save)
        self.preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_AFTER_MS)
        self.preview_timer.timeout.connect(self._render)
        self.text.textChanged.connect(self._on_typed)
        self.choices = QStringListModel(self)
        self.completer = QCompleter(self.choices, self)
        self.completer.setWidget(self.text)
        self.completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.completer.activated.connect(self._complete)
        self._choices: dict[str, int] = {}

    def _add_actions(self) -> None:
        marks = [
            (self.tr("Bold"), "Ctrl+B", lambda: self._wrap("**")),
            (self.tr("Italic"), "Ctrl+I", lambda: self._wrap("*")),
            (self.tr("Heading"), "Ctrl+Shift+H", lambda: self._prefix("## ")),
            (self.tr("List"), "Ctrl+Shift+L", lambda: self._prefix("- ")),
            (self.tr("Quote"), "Ctrl+Shift+Q", lambda: self._prefix("> ")),
            (self.tr("Link"), "Ctrl+K", self._link),
            (self.tr("Table"), "", self._table),
            (self.tr("Link This Article"), "Ctrl+Shift+K", self.link_article),
            (self.tr("Quote Selection"), "Ctrl+Shift+'", self.quote_selection),
            (self.tr("Today's Date"), "Ctrl+;", self.insert_today),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for text, keys, slot in marks:
            action = self.toolbar.addAction(text, slot)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.actions_by_name[text] = action

    # Which note

    def edit(self, note: Note) -> None:
        """Edit ``note`` (what was being written is saved first)."""
        self.flush()
        self.note_id, self.base = note.id, note.version
        self.target = NoteTarget()
        self._show(note.body)
        if note.deleted_at:
            self.status.setText(self.tr("This note is in the trash."))

    def new(self, target: NoteTarget) -> None:
        """Start a new note about ``target``."""
        self.flush()
        self.note_id, self.base, self.target = None, None, target
        self._show("")
        self.text.setFocus()

    def _show(self, body: str) -> None:
        self.saved_text = body
        self.text.blockSignals(True)
        self.text.setPlainText(body)
        self.text.blockSignals(False)
        self.status.clear()
        self._render()

    # Saving

    def _on_typed(self) -> None:
        if not self.save_timer.isActive():
            self.save_timer.start()
        self.preview_timer.start()
        self._offer_links()
        if self.status.text() == self.tr("Saved"):
            self.status.clear()

    @property
    def dirty(self) -> bool:
        return self.text.toPlainText() != self.saved_text

    def save(self) -> None:
        """Save the text now, off the GUI thread (nothing when unchanged or
        empty: an empty note is never saved)."""
        self.save_timer.stop()
        if not self.dirty:
            return
        if not self.text.toPlainText().strip():
            self.status.setText(self.tr("An empty note is not saved."))
            return
        self.status.setText(self.tr("Saving…"))
        self.saver.save(self._draft)

    def _draft(self) -> Draft | None:
        body = self.text.toPlainText()
        if body == self.saved_text or not body.strip():
            return None
        self._saving = body
        return Draft(
            body=body, target=self.target, note_id=self.note_id, base=self.base
        )

    def flush(self) -> None:
        """Save what is typed now (switching notes, closing)."""
        if self.dirty:
            self.save()

    def close_down(self) -> None:
        """Save and wait for it: the window is closing."""
        self.flush()
        self.saver.wait()

    def _on_saved(self, result: Saved) -> None:
        self.note_id, self.base = result.note_id, result.version
        self.saved_text = getattr(self, "_saving", self.saved_text)
        self.status.setText(self.tr("Saved") if not self.dirty else "")
        self.saved.emit(result.note_id)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, ArchiveError):  # InvalidInput and the rest: in words
            self.status.setText(describe(error))
        self.session.report_failure(error)

    # The preview

    @property
    def busy(self) -> bool:
        """Whether the preview is still being rendered (a screenshot waits)."""
        return self._preview_job is not None and self._preview_job.running

    def _render(self) -> None:
        archive = self.session.archive
        body = self.text.toPlainText()
        if archive is None:
            return
        cut = len(body) > PREVIEW_CHARS
        if cut:  # a megabyte: 5 s to render, 2.6 s for Qt to lay it out
            body = body[:PREVIEW_CHARS]
        media, names = archive.media_folder, archive.link_names(body)
        missing = self.tr("missing")
        more = html.escape(
            self.tr("The preview shows the first %1 characters.").replace(
                "%1", f"{PREVIEW_CHARS:,}"
            )
        )
        if self._preview_job is not None:
            self._preview_job.cancel()

        def preview(_work: object) -> str:
            # Markdown and nh3 once a preview is asked for, not at start-up
            from archive import render_note  # noqa: PLC0415

            shown = render_note(body, media=media, names=names, missing=missing)
            return shown + (f"<p style='color:gray'>{more}</p>" if cut else "")

        job = Job(preview, parent=self)
        job.succeeded.connect(self.preview.setHtml)
        self._preview_job = job.start()

    # Links and marks

    def _offer_links(self) -> None:
        """After ``[[``, the articles whose headline holds what follows."""
        archive = self.session.archive
        cursor = self.text.textCursor()
        line = cursor.block().text()[: cursor.positionInBlock()]
        start = line.rfind("[[")
        if archive is None or start < 0 or "]]" in line[start:]:
            self._hide_choices()
            return
        typed = line[start + 2 :]
        if ":" in typed or len(typed) < 1:
            self._hide_choices()
            return
        found = archive.records_named(typed)
        self._choices = {f"{title}  ·  {kind} {i}": i for kind, i, title in found}
        self.choices.setStringList(list(self._choices))
        if found:
            rect = self.text.cursorRect()
            rect.setWidth(420)
            self.completer.complete(rect)

    def _hide_choices(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _complete(self, choice: str) -> None:
        record = self._choices.get(choice)
        if record is None:
            return
        cursor = self.text.textCursor()
        line = cursor.block().text()[: cursor.positionInBlock()]
        typed = len(line) - line.rfind("[[")
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, typed
        )
        cursor.insertText(f"[[article:{record}]]")

    def _wrap(self, mark: str) -> None:
        cursor = self.text.textCursor()
        cursor.insertText(f"{mark}{cursor.selectedText() or ''}{mark}")

    def _prefix(self, mark: str) -> None:
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.insertText(mark)

    def _link(self) -> None:
        cursor = self.text.textCursor()
        text = cursor.selectedText() or self.tr("text")
        cursor.insertText(f"[{text}](https://)")

    def _table(self) -> None:
        self.text.textCursor().insertText("\n| | |\n|---|---|\n| | |\n")

    def link_article(self) -> None:
        """Insert a link to the article being read."""
        if self.article is not None:
            self.text.textCursor().insertText(f"[[article:{self.article.id}]]")

    def quote_selection(self) -> None:
        """Insert the passage selected in the reader, with its citation."""
        found = self.quote_source() if self.quote_source else None
        if not found:
            self.status.setText(self.tr("Select a passage in the reader first."))
            return
        text, article = found
        where = " · ".join(
            p
            for p in (
                article.publication,
                article.date,
                article.page and self.tr("page %1").replace("%1", article.page),
            )
            if p
        )
        quoted = "\n".join(f"> {line}" for line in text.splitlines() if line.strip())
        self.text.textCursor().insertText(
            f"{quoted}\n>\n> —— [[article:{article.id}]] {where}\n\n"
        )

    def insert_today(self) -> None:
        self.text.textCursor().insertText(date.today().isoformat())
