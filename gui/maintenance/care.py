"""Looking after the archive file from the window: rebuilding the index,
backing up, restoring a backup, salvaging a damaged file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from archive import BULK_BACKUP, Archive, Backup, recover, restore_backup

from ..background import Job, Work
from ..session import Session
from .backups import RestoreDialog

T = TypeVar("T")


class DamageDialog:
    """Says the archive is damaged and what can be done; ``ask()`` returns
    "restore", "salvage" or None (keep reading). Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, what: str) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("DamageDialog", "Damaged archive"))
        box.setText(
            QApplication.translate(
                "DamageDialog",
                "This archive file is damaged (%1). It is open read-only so that "
                "nothing more is written to it.",
            ).replace("%1", what)
        )
        box.setInformativeText(
            QApplication.translate(
                "DamageDialog",
                "Restore the newest good backup, or salvage what is readable into "
                "a new archive file. The damaged file is kept as it is.",
            )
        )
        restore = box.addButton(
            QApplication.translate("DamageDialog", "Restore from Backup…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        salvage = box.addButton(
            QApplication.translate("DamageDialog", "Salvage into a New File…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QApplication.translate("DamageDialog", "Keep Reading"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        clicked = box.clickedButton()
        return (
            "restore"
            if clicked is restore
            else "salvage"
            if clicked is salvage
            else None
        )


class ArchiveCare(QObject):
    """The window's maintenance of its archive file, each long step a
    background :class:`Job` with a progress dialog.

    Signals:
        reopen_requested(object): open this archive path (after a restore or
            a salvage).
        rebuild_changed(bool): whether an index rebuild is running.
    """

    reopen_requested = Signal(object)
    rebuild_changed = Signal(bool)

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.rebuild: Job | None = None
        self.progress_text = ""  # what the status bar says of a rebuild
        session.damaged.connect(lambda error: self.offer_recovery(error.what))
        session.back_up = lambda reason: self.back_up(reason=reason)

    # The index

    def rebuild_index(self) -> Job | None:
        """Rebuild the search index in the background; search scans meanwhile."""
        archive = self.session.archive
        if archive is None or archive.path is None or archive.readonly:
            return None
        if self.rebuild is not None:
            return self.rebuild
        path, editor = archive.path, archive.editor

        def work(job: Work) -> int:
            with Archive.open(path, editor=editor) as writer:
                return writer.rebuild_index(job.report)

        self.rebuild = Job(work, parent=self)
        self.rebuild.progressed.connect(self._on_rebuild_progress)
        self.rebuild.succeeded.connect(lambda _: self._rebuilt(None))
        self.rebuild.failed.connect(self._rebuilt)
        self.rebuild.start()
        self.session.set_busy(True)
        self.rebuild_changed.emit(True)
        return self.rebuild

    def _on_rebuild_progress(self, progress: tuple) -> None:
        done, total = progress
        self.progress_text = self.tr("Indexing for search: %1%").replace(
            "%1", str(done * 100 // max(total, 1))
        )
        self.rebuild_changed.emit(True)

    def _rebuilt(self, error: BaseException | None) -> None:
        self.rebuild, self.progress_text = None, ""
        self.session.set_busy(False)
        if error is not None:
            QMessageBox.warning(
                self.window,
                self.tr("Clipfile"),
                self.tr(
                    "The search index could not be rebuilt; searches scan "
                    "the archive instead, which is slower."
                ),
            )
        self.rebuild_changed.emit(False)
        self.session.poll()  # the rebuild's write reaches every view

    # Backups

    def back_up(self, *, reason: str = "manual") -> bool:
        """Back the archive up now (on a connection of its own, off the GUI
        thread, with a progress dialog); whether it worked."""
        archive = self.session.archive
        if archive is None or archive.path is None:
            return False
        path = archive.path

        def work(job: Work) -> Backup:
            with Archive.open(path, readonly=True) as reader:
                return reader.backup(reason=reason, progress=job.report)

        text = (
            self.tr("Backing up %1 before this large edit…")
            if reason == BULK_BACKUP
            else self.tr("Backing up %1…")
        ).replace("%1", path.name)
        return self._run(work, text) is not None

    def restore(self) -> None:
        """Choose a backup and make the archive its copy (the current file is
        kept as a backup first)."""
        archive = self.session.archive
        if archive is None or archive.path is None:
            return
        chosen = RestoreDialog.ask(self.window, archive)
        if chosen is None:
            return
        path, editor = archive.path, archive.editor
        self.session.set_archive(None)  # no connection may stay open on it
        text = self.tr("Restoring %1…").replace("%1", chosen.name)
        self._run(
            lambda job: restore_backup(
                path, chosen, editor=editor, progress=job.report
            ),
            text,
        )
        self.reopen_requested.emit(path)

    # Damage

    def offer_recovery(self, what: str) -> None:
        choice = DamageDialog.ask(self.window, what)
        if choice == "restore":
            self.restore()
        elif choice == "salvage":
            self.salvage()

    def salvage(self) -> Path | None:
        """Salvage the damaged archive into a new file and open that."""
        archive = self.session.archive
        if archive is None or archive.path is None:
            return None
        target = self.ask_salvage_path(archive.path)
        if not target:
            return None
        damaged, editor = archive.path, archive.editor
        text = self.tr("Salvaging %1…").replace("%1", damaged.name)
        report = self._run(
            lambda job: recover(damaged, Path(target), editor=editor), text
        )
        if report is None:
            return None
        saved = report.saved
        QMessageBox.information(
            self.window,
            self.tr("Salvaged"),
            self.tr(
                "%1 articles, %2 captions and %3 notes were saved into %4. "
                "The damaged file is kept as it was."
            )
            .replace("%1", str(saved.get("articles", 0)))
            .replace("%2", str(saved.get("captions", 0)))
            .replace("%3", str(saved.get("notes", 0)))
            .replace("%4", str(target)),
        )
        self.reopen_requested.emit(Path(target))
        return Path(target)

    def ask_salvage_path(self, damaged: Path) -> str:
        """Where the salvaged archive goes ('' if cancelled); tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Salvage into a New File"),
            str(damaged.with_name(damaged.stem + "-salvaged.sqlite")),
            self.tr("Clipfile archives (*.sqlite *.db)"),
        )
        return path

    def _run(self, function: Callable[[Work], T], text: str) -> T | None:
        """Run ``function(job)`` in the background behind a progress dialog;
        its result, or None when it failed (the session says why)."""
        dialog = self._progress(text)
        outcome: dict[str, Any] = {}
        loop = QEventLoop(self)

        def ended(kind: str, value: object) -> None:
            outcome[kind] = value
            loop.quit()

        job = Job(function, parent=self)
        job.progressed.connect(lambda p: _step(dialog, *p) if len(p) == 2 else None)
        job.succeeded.connect(lambda result: ended("result", result))
        job.failed.connect(lambda error: ended("error", error))
        job.start()
        loop.exec()
        dialog.close()
        if "error" in outcome:
            self.session.report_failure(outcome["error"])
            return None
        return outcome.get("result")

    def _progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 100, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        return dialog


def _step(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setValue(done * 100 // max(total, 1))
