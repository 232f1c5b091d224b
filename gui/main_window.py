"""The main window: a thin shell of menus, status bar and the views it hosts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from archive import Archive, ArchiveDamaged, ArchiveError, ReadOnlyArchive

from . import settings
from .browse.view import BrowseView
from .importing.dialog import ImportDialog
from .maintenance.care import ArchiveCare
from .messages import describe
from .preferences import PreferencesDialog
from .review.window import ReviewWindow
from .session import Session
from .undo import bind_undo_actions
from .upgrade_progress import UpgradeProgress

_PAGES = QT_TRANSLATE_NOOP(
    "MainWindow", "Pages (*.txt *.md *.html *.htm *.json *.jsonl *.csv);;All files (*)"
)
_ARCHIVES = QT_TRANSLATE_NOOP(
    "MainWindow", "Clipfile archives (*.sqlite *.db);;All files (*)"
)


class MainWindow(QMainWindow):
    """Hosts the views over one archive's :class:`Session`; each view
    subscribes to the session itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clipfile"))
        self.session = Session(self)
        self.care = ArchiveCare(self.session, self)
        self.review_window: ReviewWindow | None = None
        self.upgrade: UpgradeProgress | None = None  # the last open's
        self.views = QStackedWidget(self)
        self.browse = BrowseView(self.session, self)
        for view in (self.browse,):  # each view of the window, in menu order
            self.views.addWidget(view)
        self.setCentralWidget(self.views)
        self.mode_label = QLabel(self)
        self.statusBar().addWidget(self.browse.count_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        self._build_menus()
        self.browse.message.connect(
            lambda text: self.statusBar().showMessage(text, 10_000)
        )
        self.session.archive_changed.connect(self._on_archive)
        self.session.failed.connect(self._on_failure)
        self.session.writable_changed.connect(lambda _: self._update_actions())
        self.care.reopen_requested.connect(self.open_archive)
        self.care.rebuild_changed.connect(lambda _: self._update_actions())
        self._restore_state()
        self.setAcceptDrops(True)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(
            self.tr("&New Archive…"), self.new_archive
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction(
            self.tr("&Open Archive…"), self.choose_archive
        )
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(
            self.tr("&Import Files…"), self.choose_import_files
        )
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_folder_action = file_menu.addAction(
            self.tr("Import &Folder…"), self.choose_import_folder
        )
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(
            self.tr("&Back Up Now"), self.care.back_up
        )
        self.restore_action = file_menu.addAction(
            self.tr("Restore from &Backup…"), self.care.restore
        )
        file_menu.addSeparator()
        prefs = file_menu.addAction(self.tr("&Preferences…"), self.edit_preferences)
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = edit_menu.addAction(self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = edit_menu.addAction(self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        bind_undo_actions(self.session, self.undo_action, self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addActions(self.browse.edit_actions)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self.browse.view_actions)
        view_menu.addSeparator()
        self.review_action = view_menu.addAction(
            self.tr("&Review Imports…"), self.show_review
        )
        self.review_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.reindex_action = view_menu.addAction(
            self.tr("Rebuild Search &Index"), self.care.rebuild_index
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Clipfile"), self.about)

    # The archive

    def open_archive(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path``; on failure say why and keep the current archive."""
        self.upgrade = UpgradeProgress(self, Path(path))
        try:
            archive = Archive.open(
                path,
                create=create,
                editor=settings.editor_name(),
                backing_up=self.upgrade.report,
            )
        except ArchiveError as error:
            self.warn(describe(error))
            return False
        finally:
            self.upgrade.close()
        if self.review_window is not None:
            self.review_window.close()
            self.review_window = None
        self.session.set_archive(archive)
        settings.remember_archive(path)
        if archive.damage is not None:
            self.care.offer_recovery(archive.damage.what)
        elif archive.readonly:
            message = describe(ReadOnlyArchive("read-only", path=Path(path)))
            self.statusBar().showMessage(message, 10_000)
        elif archive.index_stale:
            self.care.rebuild_index()
        return True

    def _on_archive(self, archive: Archive | None) -> None:
        name = archive.path.name if archive and archive.path else self.tr("(in memory)")
        self.setWindowTitle(self.tr("%1 — Clipfile").replace("%1", name))
        self._update_actions()

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, ArchiveDamaged):
            return  # the recovery dialog says it
        if isinstance(error, ArchiveError):
            self.warn(describe(error))
        else:
            self.warn(self.tr("Something went wrong: %1").replace("%1", repr(error)))

    def new_archive(self) -> None:
        path = self.ask_new_archive_path()
        if not path:
            return
        if Path(path).exists():  # never replace a file, least of all an archive
            self.warn(
                self.tr(
                    "%1 already exists. Choose a new file name for the new archive."
                ).replace("%1", path)
            )
            return
        self.open_archive(Path(path), create=True)

    def ask_new_archive_path(self) -> str:
        """Ask where the new archive goes ('' if cancelled); tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Archive"),
            str(Path.home() / "archive.sqlite"),
            self.tr(_ARCHIVES),
            "",
            QFileDialog.Option.DontConfirmOverwrite,
        )
        return path

    def choose_archive(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Archive"), str(Path.home()), self.tr(_ARCHIVES)
        )
        if path:
            self.open_archive(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_archives():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_archive(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent archives")).setEnabled(False)

    def show_review(self) -> ReviewWindow | None:
        """Open (or raise) the review window over the open archive."""
        if self.session.archive is None:
            return None
        if self.review_window is None:
            self.review_window = ReviewWindow(self.session, self)
            self.review_window.setWindowFlag(Qt.WindowType.Window, True)
        self.review_window.reload()
        self.review_window.show()
        self.review_window.raise_()
        return self.review_window

    # Importing

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Files"), str(Path.home()), self.tr(_PAGES)
        )
        if paths:
            self.start_import([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import Folder"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path]) -> ImportDialog | None:
        """Import ``paths`` off the GUI thread; returns the progress dialog."""
        archive = self.session.archive
        if archive is None or archive.path is None:
            return None
        if archive.readonly:
            self.warn(describe(ReadOnlyArchive("read-only", path=archive.path)))
            return None
        dialog = ImportDialog(archive.path, paths, editor=archive.editor, parent=self)
        dialog.import_finished.connect(lambda _: self.session.poll())
        dialog.open()
        dialog.start()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [
            Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()
        ]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # Actions and dialogs

    def _update_actions(self) -> None:
        archive = self.session.archive
        for action in (
            self.import_action,
            self.import_folder_action,
            self.reindex_action,
        ):
            action.setEnabled(self.session.writable)
        on_file = archive is not None and archive.path is not None
        self.backup_action.setEnabled(on_file)
        self.restore_action.setEnabled(on_file)
        if self.care.rebuild is not None:
            self.mode_label.setText(self.care.progress_text)
        else:
            self.mode_label.setText(
                self.tr("Read-only") if archive and archive.readonly else ""
            )

    def edit_preferences(self) -> None:
        archive = self.session.archive
        fold = archive.folds_traditional if archive is not None else None
        wanted = PreferencesDialog.ask(self, fold_traditional=fold)
        if wanted is None or archive is None:
            return
        archive.set_editor(settings.editor_name())
        if wanted != fold and not archive.readonly:
            try:
                archive.set_fold_traditional(wanted)
            except ImportError:
                self.warn(
                    self.tr(
                        "Folding traditional characters needs the OpenCC "
                        "package, which is not installed."
                    )
                )
                return
            self.care.rebuild_index()

    def warn(self, text: str) -> None:
        """Tell the user something went wrong (tests replace this)."""
        QMessageBox.warning(self, self.tr("Clipfile"), text)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Clipfile"),
            self.tr(
                "<h3>Clipfile 剪报档案</h3><p>A desktop archive of newspaper "
                "articles and photo captions, for editors and archivists.</p>"
            ),
        )

    # Window state

    def _restore_state(self) -> None:
        geometry = settings.settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)

    def save_state(self) -> None:
        settings.settings().setValue("window/geometry", self.saveGeometry())
        self.browse.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.browse.close_down()
        archive = self.session.archive
        if (
            archive is not None
            and self.session.changed_since_opened
            and archive.backup_due()
        ):
            self.care.back_up(reason="close")
        self.session.set_archive(None)
        super().closeEvent(event)
