"""File ▸ Import Files…, Import Folder… and files dropped on the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from archive import ReadOnlyArchive

from ..i18n import QT_TRANSLATE_NOOP
from ..session import Session

if TYPE_CHECKING:
    from .dialog import ImportDialog

_PAGES = QT_TRANSLATE_NOOP(
    "Importer",
    "Pages (*.txt *.md *.html *.htm *.mhtml *.mht *.docx *.json *.jsonl *.csv);;All files (*)",  # noqa: E501
)


class Importer(QObject):
    """Starts imports into the session's archive, each in an
    :class:`ImportDialog`; what they add reaches every view through the
    session."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.window = session, window

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Files"), str(Path.home()), self.tr(_PAGES)
        )
        if paths:
            self.start([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import Folder"), str(Path.home())
        )
        if folder:
            self.start([Path(folder)])

    def start(self, paths: list[Path]) -> ImportDialog | None:
        """Import ``paths`` off the GUI thread; returns the progress dialog."""
        archive = self.session.archive
        if archive is None or archive.path is None:
            return None
        if archive.readonly:
            error = ReadOnlyArchive("read-only", path=archive.path)
            self.session.failed.emit(error)
            return None
        # the importer's dialog (and the importer) only once an import starts
        from .dialog import ImportDialog  # noqa: PLC0415

        dialog = ImportDialog(
            archive.path, paths, editor=archive.editor, parent=self.window
        )
        dialog.import_finished.connect(lambda _: self.session.poll())
        dialog.open()
        dialog.start()
        return dialog


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drop (none if anything else is in it)."""
    urls = mime.urls() if mime.hasUrls() else []
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]
