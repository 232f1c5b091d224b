"""Facets (cities, years, publications, …) as a two-level Qt tree model."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from archive import FACET_KINDS, FacetValue, Filters, SavedSearch

from ..headers import header
from ..i18n import number

# facets, then the saved searches; tags have a tree of their own (gui/tags)
GROUPS = (*(k for k in FACET_KINDS if k != "tag"), "saved")


_TITLES = {
    "city": QT_TRANSLATE_NOOP("FacetModel", "Cities"),
    "county": QT_TRANSLATE_NOOP("FacetModel", "Counties"),
    "year": QT_TRANSLATE_NOOP("FacetModel", "Years"),
    "publication": QT_TRANSLATE_NOOP("FacetModel", "Publications"),
    "section": QT_TRANSLATE_NOOP("FacetModel", "Sections"),
    "person": QT_TRANSLATE_NOOP("FacetModel", "People"),
    "tag": QT_TRANSLATE_NOOP("FacetModel", "Tags"),
    "saved": QT_TRANSLATE_NOOP("FacetModel", "Saved searches"),
}


class FacetModel(QStandardItemModel):
    """Adapts ``Archive.facets()`` to a tree: one group per facet kind, values below.

    Column 0 is the value, column 1 its count. The value chosen in the current
    :class:`~archive.Filters` shows checked and bold; ``FacetRole`` gives
    ``(kind, value)`` for a value row.

    The items are Qt's own (a :class:`QStandardItemModel`), made once a
    result: painting the sidebar then never calls into Python, where a model
    of its own answered ten calls a cell, 30-45 ms of the GUI thread after
    each result at a million articles, each call waiting for the GIL a worker
    held (issue 17).
    """

    FacetRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self._values: dict[str, list[FacetValue]] = {kind: [] for kind in GROUPS}
        self._saved: list[SavedSearch] = []
        self._filters = Filters()
        self._current_text = ""
        self._bold = QFont()
        self._bold.setBold(True)
        for kind in GROUPS:
            title = QStandardItem(
                QCoreApplication.translate("FacetModel", str(_TITLES[kind]))
            )
            title.setData(kind, self.KindRole)
            title.setFont(self._bold)
            self.appendRow([_fixed(title), _fixed(QStandardItem())])

    def set_facets(self, facets: dict[str, list[FacetValue]], filters: Filters) -> None:
        """Show new counts; values chosen in ``filters`` stay listed even at 0."""
        self._filters = filters
        for kind in GROUPS[:-1]:
            values = list(facets.get(kind, []))
            listed = {v.value for v in values}
            for chosen in reversed(filters.values(kind)):
                if chosen not in listed:
                    values.insert(0, FacetValue(chosen, 0))
            self._values[kind] = values
            self._fill(kind)

    @property
    def filters(self) -> Filters:
        """The filters the counts were made under (their choices shown)."""
        return self._filters

    def set_saved(self, searches: list[SavedSearch], current_text: str = "") -> None:
        """Show the saved searches; the one in the search box shows chosen."""
        self._saved = searches
        self._values["saved"] = [FacetValue(s.name, 0) for s in searches]
        self._current_text = current_text
        self._fill("saved")

    def saved_query(self, name: str) -> str | None:
        return next((s.query for s in self._saved if s.name == name), None)

    def group_index(self, kind: str) -> QModelIndex:
        return self.index(GROUPS.index(kind), 0)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        names = (
            str(QT_TRANSLATE_NOOP("FacetModel", "Facet")),
            str(QT_TRANSLATE_NOOP("FacetModel", "Count")),
        )
        return header("FacetModel", names, section, orientation, role)

    def _fill(self, kind: str) -> None:
        """The group of ``kind`` shows its values: made anew apart from the
        model, then put in place of the old one (one removal and one
        insertion for the view; given their values in place, each item's
        change had the view measure the count column again, 26 ms a result).
        The old group is taken back by Python and deleted with its items:
        items Qt deletes behind PySide's back (``removeRows``) left stale
        wrappers that crashed the tests."""
        at = GROUPS.index(kind)
        old = self.item(at, 0)
        group = _fixed(QStandardItem(old.text()))
        group.setData(kind, self.KindRole)
        group.setFont(self._bold)
        for value in self._values[kind]:
            facet = (kind, value.value)
            name = _fixed(QStandardItem(str(value.value)))
            if kind == "saved":
                chosen = self._current_text == f"saved:{value.value}"
                name.setToolTip(self.saved_query(str(value.value)) or "")
                count = _fixed(QStandardItem())
            else:
                chosen = value.value in self._filters.values(kind)
                count = _fixed(QStandardItem(number(value.count)))
                count.setTextAlignment(_RIGHT)
            name.setData(facet, self.FacetRole)
            count.setData(facet, self.FacetRole)
            if chosen:
                name.setCheckState(Qt.CheckState.Checked)
                name.setFont(self._bold)
                count.setFont(self._bold)
            group.appendRow([name, count])
        self.takeRow(at)  # back to Python: deleted with its items
        self.insertRow(at, [group, _fixed(QStandardItem())])


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _fixed(item: QStandardItem) -> QStandardItem:
    """``item`` enabled and selectable, not editable, dragged or dropped on."""
    item.setFlags(_FLAGS)
    return item
