"""Comparisons kept by name in the archive (Save As…, Rename…, Delete, notes
of their own), and the last comparison of each archive, remembered in the
settings so it comes back when the archive is opened again."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from archive import (
    Archive,
    ComparePlace,
    DeleteCompareSet,
    NoteTarget,
    PlaceError,
    RecordNotFound,
    RenameCompareSet,
    SaveCompareSet,
)

from .. import settings
from ..messages import place_problem

if TYPE_CHECKING:
    from .view import CompareView

UNSAVED = ""


class KeptSets(QWidget):
    """The kept comparisons: a box to choose one, Save As… and a menu to save,
    rename, delete and note the one chosen. ``name`` is the comparison shown
    (``UNSAVED`` if it is not kept); it loads into, and saves, ``view``."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self.view = view
        self.name = UNSAVED
        self.set_box = QComboBox(self)
        self.set_box.setMinimumContentsLength(12)
        self.set_box.setToolTip(self.tr("Comparisons kept in this archive"))
        self.set_box.activated.connect(lambda _: self.load(self.set_box.currentData()))
        self.save_button = QPushButton(self.tr("Save As…"), self)
        self.save_button.clicked.connect(self.save_as)
        self.menu_button = QToolButton(self)
        self.menu_button.setText(self.tr("Comparison"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.save_action = menu.addAction(self.tr("Save"), self.save)
        self.rename_action = menu.addAction(self.tr("Rename…"), self.rename)
        self.delete_action = menu.addAction(self.tr("Delete"), self.delete)
        menu.addSeparator()
        self.notes_action = menu.addAction(
            self.tr("Notes on This Comparison"), self.toggle_notes
        )
        self.menu_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Comparison:"), self))
        layout.addWidget(self.set_box)
        layout.addWidget(self.save_button)
        layout.addWidget(self.menu_button)

    def fill(self) -> None:
        """The archive's kept comparisons in the box, the one shown chosen."""
        self.set_box.blockSignals(True)
        self.set_box.clear()
        self.set_box.addItem(self.tr("(not saved)"), UNSAVED)
        if self.view.archive is not None:
            for kept in self.view.archive.compare_sets():
                self.set_box.addItem(kept.name, kept.name)
        self.set_box.blockSignals(False)
        self.select(self.name)

    def select(self, name: str) -> None:
        """Show ``name`` as the comparison shown (unsaved if it is not kept)."""
        self.name = name
        index = self.set_box.findData(self.name)
        self.set_box.setCurrentIndex(max(index, 0))
        if index < 0:
            self.name = UNSAVED
        self.view.update_actions()

    def load(self, name: str) -> None:
        view = self.view
        if view.archive is None:
            return
        if not name:
            self.name = UNSAVED
            view.update_actions()
            return
        try:
            kept = view.archive.compare_set(name)
            places = view.archive.compare_places(list(kept.places))
        except (RecordNotFound, PlaceError) as error:
            view.show_problem(
                place_problem(error) if isinstance(error, PlaceError) else str(error)
            )
            return
        self.select(kept.name)
        view.filters.set_query(kept.query, mentions=kept.mentions)
        view.set_places([])
        view.set_places(places)
        if view.set_notes.isVisible():
            view.set_notes.show_target(NoteTarget(compare_set=self.name))

    def save(self) -> None:
        if not self.name:
            self.save_as()
            return
        self._save(self.name)

    def save_as(self) -> None:
        places = self.view.places
        if not places:
            self.view.show_problem(self.tr("Add the places to compare first."))
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save Comparison"),
            self.tr("Name for this comparison:"),
            text=self.name or "、".join(p.label for p in places),
        )
        if ok and name.strip():
            self._save(name.strip())

    def _save(self, name: str) -> None:
        view = self.view
        command = SaveCompareSet(
            name,
            [p.key for p in view.places],
            query=view.query(),
            mentions=view.filters.mentions,
        )
        if view.session.perform(command) is not None:
            self.name = name
            self.fill()
            view.remember()

    def rename(self) -> None:
        if not self.name:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename Comparison"), self.tr("New name:"), text=self.name
        )
        renamed = ok and name.strip() and name.strip() != self.name
        session = self.view.session
        if renamed and session.perform(RenameCompareSet(self.name, name)) is not None:
            self.name = name.strip()
            self.fill()
            self.view.remember()

    def delete(self) -> None:
        if not self.name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Comparison"),
            self.tr(
                "Delete the comparison %1? Its notes go to the trash; Undo brings "
                "both back."
            ).replace("%1", self.name),
        )
        yes = answer == QMessageBox.StandardButton.Yes
        session = self.view.session
        if yes and session.perform(DeleteCompareSet(self.name)) is not None:
            self.name = UNSAVED
            self.fill()
            self.view.remember()

    def toggle_notes(self) -> None:
        notes = self.view.set_notes
        shown = not notes.isVisible() and bool(self.name)
        notes.setVisible(shown)
        if shown:
            notes.show_target(NoteTarget(compare_set=self.name))

    def update_actions(self, *, writable: bool, has_places: bool) -> None:
        named = bool(self.name)
        self.save_button.setEnabled(writable and has_places)
        self.save_action.setEnabled(writable and has_places)
        for action in (self.rename_action, self.delete_action):
            action.setEnabled(writable and named)
        self.notes_action.setEnabled(named)


def remember(
    archive: Archive | None,
    places: list[ComparePlace],
    query: str,
    *,
    mentions: bool,
    set_name: str,
) -> None:
    """Keep the comparison shown as ``archive``'s last (a file's only)."""
    if archive is None or archive.path is None:
        return
    key = _key(archive.path)
    kept = json.dumps(
        {
            "places": [p.key for p in places],
            "query": query,
            "mentions": mentions,
            "set": set_name,
        },
        ensure_ascii=False,
    )
    store = settings.settings()
    if store.value(key) != kept:
        store.setValue(key, kept)


def remembered(archive: Archive | None) -> dict[str, Any]:
    """What :func:`remember` kept for ``archive``; empty if nothing."""
    if archive is None or archive.path is None:
        return {}
    try:
        kept = json.loads(str(settings.settings().value(_key(archive.path), "{}")))
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}


def _key(path: Path) -> str:
    """The settings key of an archive's last comparison (its path hashed:
    QSettings reads a slash as a group)."""
    return _resolved_key(str(path))


@functools.lru_cache(maxsize=64)
def _resolved_key(path: str) -> str:
    # Resolved once per path: each of resolve()'s stat calls lets go of the
    # GIL, and on the way back the GUI thread waited for the column workers
    # that a Compare open has just started (51 ms in one sampled stall).
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()
    return f"compare/last-{digest[:16]}"
