"""The facet sidebar: a tree of cities, years, publications, … with counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QTreeView, QWidget

from archive import FacetValue, Filters, SavedSearch

from .facet_model import FacetModel

# The facet rows that notes can be about, and the notes' target kind.
_NOTED = {"city": "city", "county": "county", "saved": "search"}
_OPEN_GROUPS = ("city", "year", "publication", "saved")
_PLACES = ("city", "county")
_ADDING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class FacetPanel(QTreeView):
    """Shows a :class:`FacetModel`; a click on a value asks to toggle that
    filter, a Ctrl-click (⌘ on a Mac) to add it to its group's choices.

    Signals:
        facet_clicked(str, object): kind and value of the clicked facet row
            (kind "saved" for a saved search, its name as the value).
        facet_added(str, object): add (or take out) this value among its
            group's choices: several cities, several years.
        compare_requested(list): open the Compare view on these places.
        saved_edit_requested(str): the user asked to edit this saved search.
        saved_delete_requested(str): the user asked to delete this saved search.
        notes_requested(str, str): the notes on a place or saved search (a
            note target kind: city, county, search; and its name).
    """

    facet_clicked = Signal(str, object)
    facet_added = Signal(str, object)
    compare_requested = Signal(list)
    saved_edit_requested = Signal(str)
    saved_delete_requested = Signal(str)
    notes_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet_model = FacetModel(self)
        self.setModel(self.facet_model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setHeaderHidden(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.clicked.connect(self._on_clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._expanded = set(_OPEN_GROUPS)
        self.expanded.connect(lambda index: self._remember(index, True))
        self.collapsed.connect(lambda index: self._remember(index, False))
        self._restore_expansion()

    def set_facets(self, facets: dict[str, list[FacetValue]], filters: Filters) -> None:
        self.facet_model.set_facets(facets, filters)
        self._restore_expansion()

    def set_saved(self, searches: list[SavedSearch], current_text: str) -> None:
        self.facet_model.set_saved(searches, current_text)
        self._restore_expansion()

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        facet = (
            self.facet_model.index(index.row(), 0, index.parent()).data(
                FacetModel.FacetRole
            )
            if index.isValid()
            else None
        )
        if not facet or (facet[0] not in _NOTED and facet[0] == "saved"):
            return
        menu = QMenu(self)
        if facet[0] != "saved":
            self._add_choice_actions(menu, *facet)
        if facet[0] not in _NOTED:
            menu.popup(self.viewport().mapToGlobal(position))
            return
        kind, value = _NOTED[facet[0]], str(facet[1])
        menu.addAction(
            self.tr("Notes on %1…").replace("%1", value),
            lambda: self.notes_requested.emit(kind, value),
        )
        if facet[0] != "saved":
            menu.popup(self.viewport().mapToGlobal(position))
            return
        menu.addAction(
            self.tr("Edit Saved Search…"),
            lambda: self.saved_edit_requested.emit(facet[1]),
        )
        menu.addAction(
            self.tr("Delete Saved Search"),
            lambda: self.saved_delete_requested.emit(facet[1]),
        )
        menu.popup(self.viewport().mapToGlobal(position))

    def _add_choice_actions(self, menu: QMenu, kind: str, value: object) -> None:
        """Choosing several values from the menu, and comparing the places."""
        filters = self.facet_model.filters
        chosen = value in filters.values(kind)
        menu.addAction(
            (
                self.tr("Take %1 Out of the Choice")
                if chosen
                else self.tr("Add %1 to the Choice")
            ).replace("%1", str(value)),
            lambda: self.facet_added.emit(kind, value),
        )
        if kind in _PLACES:
            places = [str(v) for k in _PLACES for v in filters.values(k)]
            if not chosen:
                places.append(str(value))
            if len(places) >= 2:  # a comparison needs two
                menu.addAction(
                    self.tr("Compare These (%1)").replace("%1", "、".join(places)),
                    lambda: self.compare_requested.emit(places),
                )
        menu.addSeparator()

    def _restore_expansion(self) -> None:
        for kind in self._expanded.copy():
            self.setExpanded(self.facet_model.group_index(kind), True)

    def _remember(self, index: QModelIndex, is_open: bool) -> None:
        kind = index.data(FacetModel.KindRole)
        if kind:
            (self._expanded.add if is_open else self._expanded.discard)(kind)

    def _on_clicked(self, index: QModelIndex) -> None:
        facet = self.facet_model.index(index.row(), 0, index.parent()).data(
            FacetModel.FacetRole
        )
        if facet is None:
            return
        adding = bool(QApplication.keyboardModifiers() & _ADDING)
        if adding and facet[0] != "saved":
            self.facet_added.emit(*facet)
        else:
            self.facet_clicked.emit(*facet)
