"""The Tag Manager view: the whole tree to tidy.

Rename a tag (onto an existing name: the two merge, after a confirmation
naming what each holds), merge several into one, move one by dragging it
onto another (or onto the empty space: to the top), recolour, describe,
find and replace in names, delete to the trash and restore, clear the
unused. A backup of the archive is made before every merge and delete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Archive,
    ArchiveError,
    Changes,
    ClearUnusedTags,
    Command,
    DeleteTag,
    DescribeTag,
    ImportTags,
    MergeTags,
    MoveTag,
    RenameTag,
    ReplaceInTagNames,
    RestoreTag,
    SetTagColor,
    TagInfo,
    normalise_tag,
    read_tag_export,
)

from ..background import Job, read_apart
from ..i18n import number
from ..session import Session
from .acting import perform, perform_later
from .favourites import add_key_menu
from .manager_model import TagTableModel
from .tree_panel import IdRole, PathRole, tag_color

TAG_MIME = "application/x-clipfile-tag"
FIND_DELAY_MS = 150  # the find box's pause before the tree is filtered
# branches opened between two paints: each paint between slices laid out
# and drew the tree again, so 40 at a time made a find slower, not smoother
# (grown1m, 5,000 tags: 人才 282 branches in 8 turns, 176-196 ms against
# 18-55 ms at once; '2', 2,084 matches, 13 turns 322-352 ms against 45-75)
EXPAND_AT_ONCE = 1_000


def _made(_command: Command) -> None:
    """A tag edit has been made (a large one off the GUI thread): the views
    follow the changes it announced."""


class _TagTree(QTreeView):
    """The manager's tree: a tag dragged onto another goes below it."""

    moved = Signal(str, object)  # the tag's path, its new parent's (None: top)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformRowHeights(True)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentIndex().data(PathRole)
        target = self.indexAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the model is rebuilt from the archive, not moved here
        if source:
            self.moved.emit(source, target.data(PathRole) if target.isValid() else None)


class TagManagerView(QWidget):
    """Every tag, its counts, colour and description, and the edits of the tree.

    A merge or delete backs the archive up first (``backs_up``: the archive
    does it as it runs the edit).

    Signals:
        notes_requested(int, str): the notes on a tag (its id and path).
        show_in_browse(str): list the articles tagged so.
    """

    notes_requested = Signal(int, str)
    show_in_browse = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_manager")
        self.session = session
        self.tags: list[TagInfo] = []
        self._stale = True  # the tree changed while the view was hidden
        self._reading: Job | None = None
        self._favourites: dict[str, int] = {}  # path → its number key
        self._wanted = ""  # the tag to choose once the tree has come
        self._to_expand: list[str] = []  # branches still to open, parents first
        self._build()
        self.session.archive_changed.connect(lambda _: self._archive_opened())
        self.session.changes_made.connect(self._on_changes)
        self.session.favourites_changed.connect(self._on_favourites)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find a tag…"))
        self.filter_edit.setClearButtonEnabled(True)
        # shown a moment after the last keystroke, not on each
        self.find_timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self.find_timer.timeout.connect(self._show)
        self.filter_edit.textChanged.connect(lambda _: self.find_timer.start())
        self.model = TagTableModel(self)
        self.tree = _TagTree(self)
        self.tree.setModel(self.model)
        self.tree.moved.connect(self.move_tag)
        self.tree.doubleClicked.connect(lambda _: self.rename())
        buttons = QVBoxLayout()
        actions = (
            (self.tr("Rename…"), self.rename),
            (self.tr("Merge Into…"), self.merge),
            (self.tr("Move To Top"), self._move_selected_top),
            (self.tr("Colour…"), self.recolour),
            (self.tr("Describe…"), self.describe),
            (self.tr("Favourite Key…"), self._favourite_key),
            (self.tr("Find && Replace…"), self.find_replace),
            (self.tr("Delete"), self.delete),
            (self.tr("Clear Unused"), self.clear_unused),
            (self.tr("Notes on this tag…"), self._notes),
            (self.tr("Show Articles"), self._browse),
            (self.tr("Export Tags…"), self.export),
            (self.tr("Import Tags…"), self.import_tags),
        )
        self.buttons: dict[str, QPushButton] = {}
        for label, slot in actions:
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[label] = button
        buttons.addStretch(1)
        self.trash = QListWidget(self)
        self.trash.setObjectName("tag_trash")
        restore = self.restore_button = QPushButton(self.tr("Restore"), self)
        restore.clicked.connect(self.restore)
        trash_box = QWidget(self)
        trash_layout = QVBoxLayout(trash_box)
        trash_layout.setContentsMargins(0, 0, 0, 0)
        trash_layout.addWidget(QLabel(self.tr("Deleted tags"), self))
        trash_layout.addWidget(self.trash, 1)
        trash_layout.addWidget(restore)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree, 1)
        hint = QLabel(
            self.tr(
                "Drag a tag onto another to put it below that one; onto the "
                "empty space to put it at the top."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray")
        left_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        side = QWidget(self)
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(buttons)
        side_layout.addWidget(trash_box, 1)
        splitter.addWidget(side)
        splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    # What it shows

    def refresh(self) -> None:
        """Read the tree, its counts and the trash again, off the GUI thread
        (counting 5,000 tags over a million articles took 0.1-1.3 s); the
        tree shown stays until they come."""
        archive = self.session.archive
        self._stale = False
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None
        if archive is None:
            self._apply(([], [], {}))
            return

        def read(reader: Archive) -> tuple[list, list, dict]:
            return reader.tags(), reader.deleted_tags(), reader.favourite_tags()

        self._reading = read_apart(
            archive, read, self._apply, self.session.report_failure, parent=self
        )

    @property
    def busy(self) -> bool:
        """Whether the tree is being read or laid out, or a find typed is
        waiting to be shown."""
        return (
            (self._reading is not None and self._reading.running)
            or self.find_timer.isActive()
            or bool(self._to_expand)
        )

    def _apply(self, read: tuple[list, list, dict]) -> None:
        self.tags, deleted, favourites = read
        self._reading = None
        self._favourites = {path: key for key, path in favourites.items()}
        self._show()
        self.trash.clear()
        for tag in deleted:
            item = QListWidgetItem(
                self.tr("%1 (%2 taggings)")
                .replace("%1", tag.path)
                .replace("%2", number(tag.count))
            )
            item.setData(IdRole, tag.id)
            self.trash.addItem(item)
        if not deleted:  # say so, rather than an empty pane
            empty = QListWidgetItem(self.tr("No deleted tags"))
            empty.setToolTip(self.tr("A tag you delete waits here until restored."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.trash.addItem(empty)
        self.restore_button.setEnabled(bool(deleted))
        if self._wanted:
            self.select(self._wanted)

    def _on_changes(self, changes: Changes) -> None:
        if changes.tags or changes.membership or changes.everything:
            self._stale = True
            if self.isVisible():  # else when it is shown: a whole tree's counts
                self.refresh()  # after every edit cost seconds at a million

    def _on_favourites(self) -> None:
        archive = self.session.archive
        favourites = archive.favourite_tags() if archive is not None else {}
        self._favourites = {path: key for key, path in favourites.items()}
        self._show()

    def _archive_opened(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _show(self) -> None:
        self.find_timer.stop()
        typed = self.filter_edit.text().strip().casefold()
        shown = [t for t in self.tags if not typed or typed in t.path.casefold()]
        if typed:  # the tags above a match stay, for its place in the tree
            wanted = {t.path for t in shown}
            for t in shown:
                parts = t.path.split("/")
                wanted |= {"/".join(parts[:i]) for i in range(1, len(parts))}
            shown = [t for t in self.tags if t.path in wanted]
        current = self.tree.currentIndex().data(PathRole) or self._wanted
        headers = [
            self.tr("Tag"),
            self.tr("Articles"),
            self.tr("Own"),
            self.tr("Description"),
        ]
        self.model.set_tags(shown, self._favourites, headers)
        # the top level opened, and with a find the tags above each tag whose
        # own name matches (expandAll over 5,000 tags made Qt ask the model
        # about every one: 60-190 ms of the GUI thread each show and keystroke)
        if typed:
            opened = {
                t.parent_path
                for t in shown
                if t.parent_path and typed in t.name.casefold()
            }
            for path in list(opened):
                above = path.rpartition("/")[0]
                while above and above not in opened:
                    opened.add(above)
                    above = above.rpartition("/")[0]
        else:
            opened = {t.path for t in shown if t.depth == 0}
        if current:  # the tag chosen stays in sight
            above = current.rpartition("/")[0]
            while above:
                opened.add(above)
                above = above.rpartition("/")[0]
        # parents first (a child's row exists once its parent is open), a
        # slice at a time, the window painting between
        self._to_expand = sorted(opened, key=lambda path: path.count("/"))
        self._expand_some()
        if current:
            self.select(current)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("中" * 16))
        # the counts' columns as wide as the widest count, measured once (fitted
        # to their contents, Qt asked the model every row's text and size)
        widest = self.fontMetrics().horizontalAdvance(self.model.widest_count())
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(
                column,
                max(widest + 16, header.sectionSizeFromContents(column).width()),
            )

    def _expand_some(self) -> None:
        """Open the next few branches waiting to be opened."""
        some, self._to_expand = (
            self._to_expand[:EXPAND_AT_ONCE],
            self._to_expand[EXPAND_AT_ONCE:],
        )
        for path in some:
            index = self.model.index_of(path)
            if index.isValid():
                self.tree.setExpanded(index, True)
        if self._to_expand:
            QTimer.singleShot(0, self._expand_some)

    def _favourite_key(self) -> None:
        """Choose the number key of the selected tag from a menu by the button."""
        archive, paths = self.session.archive, self.selected_paths()
        if archive is None or not paths:
            return
        menu = QMenu(self)
        keys = add_key_menu(
            menu,
            paths[0],
            archive.favourite_tags(),
            lambda key: self.session.set_favourite(paths[0], key),
        )
        button = self.buttons[self.tr("Favourite Key…")]
        keys.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def selected_paths(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows(0)
        paths = [i.data(PathRole) for i in rows if i.data(PathRole)]
        current = self.tree.currentIndex().data(PathRole)
        return paths or ([current] if current else [])

    def select(self, path: str) -> None:
        """Show tag ``path`` chosen in the tree (once it has come, if it is
        being read)."""
        self._wanted = path if self._reading is not None else ""
        found = self.model.index_of(path)
        if found.isValid():
            above = path.rpartition("/")[0]
            while above:  # in sight
                self.tree.setExpanded(self.model.index_of(above), True)
                above = above.rpartition("/")[0]
            self.tree.setCurrentIndex(found)
            self.tree.scrollTo(found)

    def _one(self) -> str | None:
        paths = self.selected_paths()
        if not paths:
            self.say(self.tr("Choose a tag in the tree first."))
            return None
        return paths[0]

    # Asking (tests replace these)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        value, ok = QInputDialog.getItem(self, title, label, items, editable=True)
        return value if ok else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_color(self, current: QColor) -> QColor | None:
        chosen = QColorDialog.getColor(current, self, self.tr("Tag Colour"))
        return chosen if chosen.isValid() else None

    def ask_file(self, *, save: bool) -> str:
        kinds = self.tr("Tag exports (*.json *.csv);;All files (*)")
        if save:
            return QFileDialog.getSaveFileName(
                self, self.tr("Export Tags"), "tags.json", kinds
            )[0]
        return QFileDialog.getOpenFileName(self, self.tr("Import Tags"), "", kinds)[0]

    def say(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Tags"), text)

    # Edits

    def _reach(self, path: str) -> str:
        archive = self.session.archive
        records, tags = archive.tag_reach(path) if archive is not None else (0, 0)
        return self.tr("%1 (%Ln article(s)", "", records).replace("%1", path) + (
            self.tr(", %Ln tag(s) in all)", "", tags) if tags > 1 else ")"
        )

    def _known(self, path: str) -> bool:
        archive = self.session.archive
        if archive is None:
            return False
        try:
            archive.tag_reach(path)
        except ArchiveError:  # no such tag, or no name at all
            return False
        return True

    def rename(self) -> None:
        path = self._one()
        if path is None:
            return
        name = path.rpartition("/")[2]
        new = self.ask_text(
            self.tr("Rename Tag"),
            self.tr("New name for %1 (/ for a place elsewhere in the tree):").replace(
                "%1", path
            ),
            name,
        )
        if new is None or not new.strip() or new.strip() == name:
            return
        parent = path.rpartition("/")[0]
        target = (
            new.strip().lstrip("/")
            if "/" in new
            else (f"{parent}/{new.strip()}" if parent else new.strip())
        )
        self._rename(path, target)

    def _rename(self, path: str, target: str) -> None:
        if self._known(target) and not self._same(path, target):
            question = self.tr(
                "%1 exists already. Merge %2 into %3? Its articles and the tags "
                "below it join %3; a backup of the archive is made first."
            )
            text = (
                question.replace("%1", target)
                .replace("%2", self._reach(path))
                .replace("%3", self._reach(target))
            )
            if not self.confirm(self.tr("Merge Tags"), text):
                return
            perform_later(
                self.session, lambda: RenameTag(path, target, merging=True), _made
            )
            return
        perform_later(self.session, lambda: RenameTag(path, target), _made)

    def _same(self, path: str, target: str) -> bool:
        """Whether ``target`` names tag ``path`` itself (another width or case)."""
        try:
            return normalise_tag(target).casefold() == path.casefold()
        except ArchiveError:
            return False

    def merge(self) -> None:
        paths = self.selected_paths()
        if not paths:
            self.say(self.tr("Choose the tags to merge in the tree first."))
            return
        into = self.ask_item(
            self.tr("Merge Tags"),
            self.tr("Merge %Ln tag(s) into:", "", len(paths)),
            [t.path for t in self.tags],
        )
        if into is None or not into.strip():
            return
        self.merge_into(paths, into.strip())

    def merge_into(self, paths: list[str], into: str) -> None:
        reach = "、".join(self._reach(p) for p in paths if p != into)
        text = (
            self.tr("Merge %1 into %2? A backup of the archive is made first.")
            .replace("%1", reach)
            .replace("%2", into)
        )
        if not self.confirm(self.tr("Merge Tags"), text):
            return
        perform_later(self.session, lambda: MergeTags(paths, into=into), _made)

    def move_tag(self, path: str, under: str | None) -> None:
        """Put tag ``path`` below ``under`` (None: at the top)."""
        if under == path.rpartition("/")[0] or (under is None and "/" not in path):
            return  # where it is already
        name = path.rpartition("/")[2]
        target = f"{under}/{name}" if under else name
        if self._known(target):
            self._rename(path, target)
            return
        perform_later(self.session, lambda: MoveTag(path, under), _made)

    def _move_selected_top(self) -> None:
        path = self._one()
        if path is not None:
            self.move_tag(path, None)

    def recolour(self) -> None:
        path = self._one()
        if path is None:
            return
        current = next((t.color for t in self.tags if t.path == path), None)
        chosen = self.ask_color(tag_color(path, current))
        if chosen is not None:
            perform(self.session, lambda: SetTagColor(path, chosen.name()))

    def describe(self) -> None:
        path = self._one()
        if path is None:
            return
        current = next((t.description for t in self.tags if t.path == path), "")
        text = self.ask_text(
            self.tr("Describe Tag"),
            self.tr("What %1 is for:").replace("%1", path),
            current or "",
        )
        if text is not None:
            perform(self.session, lambda: DescribeTag(path, text))

    def find_replace(self) -> None:
        find = self.ask_text(self.tr("Find & Replace"), self.tr("Find in tag names:"))
        if not find:
            return
        replace = self.ask_text(
            self.tr("Find & Replace"),
            self.tr("Replace “%1” with:").replace("%1", find),
        )
        if replace is None:
            return
        command = perform(self.session, lambda: ReplaceInTagNames(find, replace))
        if command is not None:
            self.say(self.tr("Renamed %Ln tag(s).", "", len(command.renamed)))

    def delete(self) -> None:
        path = self._one()
        if path is None:
            return
        text = self.tr(
            "Move %1 to the trash? Its articles lose the tag until it is "
            "restored from the trash. A backup of the archive is made first."
        ).replace("%1", self._reach(path))
        if not self.confirm(self.tr("Delete Tag"), text):
            return
        perform_later(self.session, lambda: DeleteTag(path), _made)

    def restore(self) -> None:
        item = self.trash.currentItem()
        if item is None or item.data(IdRole) is None:
            self.say(self.tr("Choose a deleted tag first."))
            return
        tag_id = item.data(IdRole)
        perform_later(self.session, lambda: RestoreTag(tag_id), _made)

    def clear_unused(self) -> None:
        command = perform(self.session, ClearUnusedTags)
        if command is not None:
            self.say(self.tr("Cleared %Ln unused tag(s).", "", len(command.cleared)))

    def export(self) -> None:
        """The tree and every tagging, as JSON (or the tree as CSV)."""
        archive = self.session.archive
        chosen = self.ask_file(save=True)
        if archive is None or not chosen:
            return
        text = archive.export_tags(
            format="csv" if chosen.lower().endswith(".csv") else "json"
        )
        try:
            Path(chosen).write_text(text, "utf-8")
        except OSError as error:
            self.say(
                self.tr("Could not write %1: %2")
                .replace("%1", chosen)
                .replace("%2", error.strerror or str(error))
            )
            return
        self.say(self.tr("Exported %Ln tag(s).", "", len(self.tags)))

    def import_tags(self) -> None:
        """Merge a tree exported from another archive (by UUID, then path)."""
        chosen = self.ask_file(save=False)
        if not chosen:
            return
        try:
            text = Path(chosen).read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            self.say(
                self.tr("Could not read %1: %2")
                .replace("%1", chosen)
                .replace("%2", str(error))
            )
            return
        command = perform(self.session, lambda: ImportTags(read_tag_export(text)))
        if command is not None:
            self.say(
                self.tr(
                    "Tags matched by UUID: %1, by path: %2, new: %3. "
                    "Taggings added: %4; skipped (no such article here): %5."
                )
                .replace("%1", number(command.by_uuid))
                .replace("%2", number(command.by_path))
                .replace("%3", number(command.made))
                .replace("%4", number(command.tagged))
                .replace("%5", number(command.skipped))
            )

    def _notes(self) -> None:
        path = self._one()
        tag = next((t for t in self.tags if t.path == path), None)
        if tag is not None:
            self.notes_requested.emit(tag.id, tag.path)

    def _browse(self) -> None:
        path = self._one()
        if path is not None:
            self.show_in_browse.emit(path)

    def current_index(self) -> QModelIndex:
        return self.tree.currentIndex()
