"""The main window: a thin shell of menus, status bar and the views it hosts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from archive import (
    Archive,
    ArchiveDamaged,
    ArchiveError,
    ReadOnlyArchive,
)

from . import settings
from .background import foreground
from .browse.view import BrowseView
from .i18n import QT_TRANSLATE_NOOP
from .importing.actions import Importer, dropped_files
from .maintenance.care import ArchiveCare
from .menus import build_menus
from .messages import describe
from .people.filter_bar import PersonFilterBar
from .session import Session
from .upgrade_progress import UpgradeProgress
from .views import LazyViews, ViewMaker

if TYPE_CHECKING:
    from .captions.view import CaptionsView
    from .compare.view import CompareView
    from .history.view import HistoryView
    from .importing.dialog import ImportDialog
    from .notes.view import NotesView
    from .people.view import PersonView
    from .review.window import ReviewWindow
    from .tags.manager import TagManagerView

_ARCHIVES = QT_TRANSLATE_NOOP(
    "MainWindow", "Clipfile archives (*.sqlite *.db);;All files (*)"
)


SWITCH_INTERVAL_S = 0.0005  # how soon a thread busy in Python lets another run


def _prepare_notes() -> None:
    """Markdown and its extensions imported (on the views' import thread)."""
    from archive import prepare_notes  # noqa: PLC0415 (not before the first paint)

    prepare_notes()


def _prepare_places() -> None:
    """The gazetteer built (on the views' import thread). Imported here, not
    at the top: naming ``archive.prepare_places`` imports Compare's package
    and its figure patterns, 0.14 s of the GUI thread's CPU before the
    first paint."""
    from archive import prepare_places  # noqa: PLC0415 (not before the first paint)

    prepare_places()


def _prepare_pinyin() -> None:
    """pypinyin's dictionaries loaded (on the views' import thread), for the
    tag bar's completion index (:meth:`TagBar.hold_index`)."""
    from archive import prepare_pinyin  # noqa: PLC0415 (not before the first paint)

    prepare_pinyin()


class MainWindow(QMainWindow):
    """Hosts the views over one archive's :class:`Session`; each view
    subscribes to the session itself."""

    # made by menus.build_menus, kept here for the window and the tests
    new_action: QAction
    open_action: QAction
    recent_menu: QMenu
    import_action: QAction
    import_folder_action: QAction
    backup_action: QAction
    restore_action: QAction
    undo_action: QAction
    redo_action: QAction
    review_action: QAction
    reindex_action: QAction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a worker busy in Python hands the GIL over within 0.5 ms, not 5: the
        # GUI thread needs it for every call into Python (a paint, a timer, an
        # event filter) and waited up to 5 ms each time (issue 17; a 5 ms
        # heartbeat beside a thread busy in Python: p99 lateness 8-9 -> 3.5 ms)
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.setWindowTitle(self.tr("Clipfile"))
        self.session = Session(self)
        self.care = ArchiveCare(self.session, self)
        self.importer = Importer(self.session, self)
        self.review_window: ReviewWindow | None = None
        self.upgrade: UpgradeProgress | None = None  # the last open's
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.browse = BrowseView(self.session, self)
        self.browse.facets.notes_requested.connect(self.show_place_notes)
        self.browse.tag_tree.notes_requested.connect(self.show_tag_notes)
        self.browse.tag_tree.manage_requested.connect(self.manage_tags)
        self.browse.facets.compare_requested.connect(self.compare_places)
        # each view of the window, in menu order; all but Browse made when
        # first shown (issue 17: making them all held the first paint)
        # Markdown is imported on the views' import thread, not when the first
        # article with notes is shown (Browse's notes panel renders them),
        # and the gazetteer built, not when Compare first resolves its places;
        # the modules and the rest wait for the user's searches to be still
        self.lazy = LazyViews(
            self.views,
            lambda: self.session.archive,
            # the notes' renderer at once: the next article shown may have notes
            first=(_prepare_notes,),
            prepare=(_prepare_places, _prepare_pinyin),
            pause=foreground.wait,
        )
        self.lazy.add("browse", self.browse, self.tr("Browse"))
        for name, title, module, make, opened in (
            (
                "compare",
                self.tr("Compare"),
                "gui.compare.view",
                self._make_compare,
                lambda view, archive: view._on_archive(archive),
            ),
            (
                "notes",
                self.tr("Notes"),
                "gui.notes.view",
                self._make_notes,
                lambda view, _archive: view.reset(),
            ),
            (
                "tag_manager",
                self.tr("Tags"),
                "gui.tags.manager",
                self._make_tag_manager,
                lambda view, _archive: view._archive_opened(),
            ),
            (
                "history",
                self.tr("History"),
                "gui.history.view",
                self._make_history,
                lambda view, _archive: view.reset(),
            ),
            (
                "captions",
                self.tr("Captions"),
                "gui.captions.view",
                self._make_captions,
                lambda view, archive: view.set_archive(archive),
            ),
            (
                "person",
                self.tr("People"),
                "gui.people.view",
                self._make_person,
                lambda view, _archive: view.show_person(None),
            ),
        ):
            self.lazy.add_lazy(name, ViewMaker(title, module, make, opened))
        self._add_person_bar()
        # the other views' modules once the first list's facets and tag
        # counts are in: begun with the complete ids, the imports took the
        # GIL from the facets' worker (issue 17: facets shown 1 s after all
        # ids at start-up, against 0.3 s of their own work)
        # (and the tag bar's completion index once pypinyin is loaded there)
        self.browse.tag_bar.hold_index()
        self.lazy.imported.connect(self.browse.tag_bar.release_index)
        self.browse.results.tags_changed.connect(self._settled)
        self.browse.results_changed.connect(self._import_views_when_settled)
        self.setCentralWidget(self.views)
        self.views.currentChanged.connect(
            lambda _: self.browse.count_label.setVisible(
                self.views.currentWidget() is self.browse
            )
        )
        self.mode_label = QLabel(self)
        self.statusBar().addWidget(self.browse.count_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        build_menus(self)
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

    # The views beside Browse, each made when first shown or asked for

    def _make_compare(self) -> CompareView:
        from .compare.view import CompareView  # noqa: PLC0415 (when first shown)

        view = CompareView(self.session, self)
        view.open_record.connect(self.show_record)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return view

    def _make_notes(self) -> NotesView:
        from .notes.view import NotesView  # noqa: PLC0415 (when first shown)

        view = NotesView(self.session, self)
        view.open_record.connect(self.show_record)
        return view

    def _make_tag_manager(self) -> TagManagerView:
        from .tags.manager import TagManagerView  # noqa: PLC0415 (when first shown)

        view = TagManagerView(self.session, self)
        view.notes_requested.connect(self.show_tag_notes)
        view.show_in_browse.connect(self.show_tagged)
        return view

    def _make_history(self) -> HistoryView:
        from .history.view import HistoryView  # noqa: PLC0415 (when first shown)

        return HistoryView(self.session, self)

    def _make_captions(self) -> CaptionsView:
        from .captions.view import CaptionsView  # noqa: PLC0415 (when first shown)

        view = CaptionsView(self.session, self)
        view.open_article.connect(
            lambda article_id: self.show_record("article", article_id)
        )
        view.person_requested.connect(self.show_person)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return view

    def _make_person(self) -> PersonView:
        from .people.view import PersonView  # noqa: PLC0415 (when first shown)

        view = PersonView(self.session, self)
        view.open_record.connect(self._open_person_record)
        return view

    @property
    def compare(self) -> CompareView:
        return cast("CompareView", self.lazy.view("compare"))

    @property
    def notes(self) -> NotesView:
        return cast("NotesView", self.lazy.view("notes"))

    @property
    def tag_manager(self) -> TagManagerView:
        return cast("TagManagerView", self.lazy.view("tag_manager"))

    @property
    def history(self) -> HistoryView:
        return cast("HistoryView", self.lazy.view("history"))

    @property
    def captions(self) -> CaptionsView:
        return cast("CaptionsView", self.lazy.view("captions"))

    @property
    def person(self) -> PersonView:
        return cast("PersonView", self.lazy.view("person"))

    @property
    def busy(self) -> bool:
        """Whether a view made is still reading (the list, a search, a
        comparison, thumbnails); the views not made yet read nothing."""
        browse = self.browse
        if browse.results.busy or browse.search_timer.isActive():
            return True
        captions = self.lazy.made("captions")
        if captions is not None and captions.thumbnails.busy:  # type: ignore[attr-defined]
            return True
        return any(getattr(view, "busy", False) for view in self.lazy.made_views())

    def show_tab(self, number: int) -> None:
        """The view of tab ``number`` (from 0), made if it was not."""
        self.views.setCurrentIndex(number)

    def _import_views_when_settled(self) -> None:
        """The views' imports after a complete list that counts no facets
        (else the tag counts, which come last, start them)."""
        if not self.browse.results.busy:
            self._settled()

    def _settled(self) -> None:
        """The first list and its counts are in: what start-up put off."""
        self.lazy.import_later()

    def _add_person_bar(self) -> None:
        """The bar over the Browse list saying whose records a byline's name
        lists."""
        self.person_bar = PersonFilterBar(self.browse)
        layout = self.browse.layout()
        assert isinstance(layout, QBoxLayout)  # the bar goes over the list
        layout.insertWidget(1, self.person_bar)
        self.browse.results.facets_changed.connect(
            lambda _facets, filters: self.person_bar.show_person(
                filters.values("person")
            )
        )
        self.person_bar.removed.connect(
            lambda _name: self.browse.apply_filters(
                self.browse.filters.with_facet("person", None)
            )
        )
        self.person_bar.page_requested.connect(self.show_person)

    def show_person(self, name: str) -> bool:
        """The People view on ``name``'s page (False: nobody called so)."""
        self.show_view(self.person)
        return self.person.show_person(name)

    def _open_person_record(self, kind: str, record_id: int) -> None:
        if kind == "caption":
            self.show_view(self.captions)
            self.captions.select_caption(record_id)
            if self.captions.current != record_id:
                self.show_record(kind, record_id)
        else:
            self.show_record(kind, record_id)

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
                phase_started=self.upgrade.begin,
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

    def show_view(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)

    def compare_places(self, names: list[str]) -> str | None:
        """The Compare view, on ``names`` (the problem, if one cannot be):
        the places set before the view is shown, so that showing it does not
        first restore the last comparison's columns."""
        problem = self.compare.show_places(names)
        self.show_view(self.compare)
        return problem

    def show_place_notes(self, kind: str, name: str) -> None:
        """The Notes view, on the notes about one place or saved search."""
        self.show_view(self.notes)
        self.notes.show_place(kind, name)

    def show_tag_notes(self, tag_id: int, path: str) -> None:
        """The Notes view, on the notes about one tag (and those below it)."""
        self.show_view(self.notes)
        self.notes.show_tag(tag_id, path)

    def manage_tags(self, path: str = "") -> None:
        """The Tag Manager, on tag ``path``."""
        self.show_view(self.tag_manager)
        if path:
            self.tag_manager.select(path)

    def show_tagged(self, path: str) -> None:
        """The Browse view, listing the articles tagged ``path``."""
        self.show_view(self.browse)
        if self.browse.filters.tag != path:
            self.browse.toggle_facet("tag", path)

    def show_record(self, kind: str, record_id: int) -> None:
        """Show a record in the Browse view (from a note, a link)."""
        self.show_view(self.browse)
        self.browse.open_link(f"{kind}/{record_id}")

    def show_review(self) -> ReviewWindow | None:
        """Open (or raise) the review window over the open archive."""
        if self.session.archive is None:
            return None
        if self.review_window is None:
            from .review.window import ReviewWindow  # noqa: PLC0415 (when asked)

            self.review_window = ReviewWindow(self.session, self)
            self.review_window.setWindowFlag(Qt.WindowType.Window, True)
        self.review_window.reload()
        self.review_window.show()
        self.review_window.raise_()
        return self.review_window

    # Importing (files dropped on the window are imported)

    def start_import(self, paths: list[Path]) -> ImportDialog | None:
        return self.importer.start(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
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
        from .preferences import PreferencesDialog  # noqa: PLC0415 (when asked)

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
        for name in ("compare", "notes"):  # the views made, if they were
            view = self.lazy.made(name)
            if view is not None:
                view.close_down()  # type: ignore[attr-defined]
        self.lazy.wait_imported(5)
        archive = self.session.archive
        if (
            archive is not None
            and self.session.changed_since_opened
            and archive.backup_due()
        ):
            self.care.back_up(reason="close")
        self.session.set_archive(None)
        super().closeEvent(event)
