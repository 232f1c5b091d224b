"""The facet sidebar: a tree of cities, years, publications, … with counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from archive import FacetValue, Filters

from .facet_model import FacetModel

_OPEN_GROUPS = ("city", "year", "publication", "tag")


class FacetPanel(QTreeView):
    """Shows a :class:`FacetModel`; a click on a value asks to toggle that filter.

    Signals:
        facet_clicked(str, object): kind and value of the clicked facet row.
    """

    facet_clicked = Signal(str, object)

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
        self._expanded = set(_OPEN_GROUPS)
        self.expanded.connect(lambda index: self._remember(index, True))
        self.collapsed.connect(lambda index: self._remember(index, False))
        self._restore_expansion()

    def set_facets(self, facets: dict[str, list[FacetValue]], filters: Filters) -> None:
        self.facet_model.set_facets(facets, filters)
        self._restore_expansion()

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
        if facet is not None:
            self.facet_clicked.emit(*facet)
