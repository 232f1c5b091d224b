"""Facets (cities, years, publications, …) as a two-level Qt tree model."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from archive import FACET_KINDS, FacetValue, Filters, SavedSearch

from ..headers import Index, header
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
_NO_PARENT = 0xFFFFFFFF  # internalId of a group row; value rows hold their group
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole + 1,  # FacetRole
        Qt.ItemDataRole.UserRole + 2,  # KindRole
    )
)


class FacetModel(QAbstractItemModel):
    """Adapts ``Archive.facets()`` to a tree: one group per facet kind, values below.

    Column 0 is the value, column 1 its count. The value chosen in the current
    :class:`~archive.Filters` shows checked and bold; ``FacetRole`` gives
    ``(kind, value)`` for a value row.
    """

    FacetRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, list[FacetValue]] = {kind: [] for kind in GROUPS}
        self._saved: list[SavedSearch] = []
        self._filters = Filters()

    def set_facets(self, facets: dict[str, list[FacetValue]], filters: Filters) -> None:
        """Show new counts; values chosen in ``filters`` stay listed even at 0."""
        self.beginResetModel()
        self._filters = filters
        for kind in GROUPS[:-1]:
            values = list(facets.get(kind, []))
            listed = {v.value for v in values}
            for chosen in reversed(filters.values(kind)):
                if chosen not in listed:
                    values.insert(0, FacetValue(chosen, 0))
            self._values[kind] = values
        self.endResetModel()

    @property
    def filters(self) -> Filters:
        """The filters the counts were made under (their choices shown)."""
        return self._filters

    def set_saved(self, searches: list[SavedSearch], current_text: str = "") -> None:
        """Show the saved searches; the one in the search box shows chosen."""
        self.beginResetModel()
        self._saved = searches
        self._values["saved"] = [FacetValue(s.name, 0) for s in searches]
        self._current_text = current_text
        self.endResetModel()

    def saved_query(self, name: str) -> str | None:
        return next((s.query for s in self._saved if s.name == name), None)

    def group_index(self, kind: str) -> QModelIndex:
        return self.index(GROUPS.index(kind), 0)

    def index(
        self, row: int, column: int, parent: Index = QModelIndex()
    ) -> QModelIndex:
        # bounds checked here, not by hasIndex(): that asks rowCount() and
        # columnCount() back in Python, three calls into Python an index
        # where a tree view asks hundreds of indexes a paint (issue 17)
        if row < 0 or not 0 <= column < 2:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(GROUPS):
                return QModelIndex()
            return self.createIndex(row, column, _NO_PARENT)
        group = parent.row()
        if parent.internalId() != _NO_PARENT or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._values[GROUPS[group]]):
            return QModelIndex()
        return self.createIndex(row, column, group)

    def parent(  # type: ignore[override]  # QObject.parent() overloads it
        self, index: Index = QModelIndex()
    ) -> QModelIndex:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._values[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # the roles not answered go first, compared as ints (a paint asks
        # about ten roles a cell; enum comparisons cost more than the rest)
        if int(role) not in _ANSWERED or not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._group_data(index, role)
        kind = GROUPS[index.internalId()]
        value = self._values[kind][index.row()]
        if kind == "saved":
            chosen = getattr(self, "_current_text", "") == f"saved:{value.value}"
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 1:
                return ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.saved_query(str(value.value))
        else:
            chosen = value.value in self._filters.values(kind)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(value.value)
            return number(value.count)
        if role == self.FacetRole:
            return (kind, value.value)
        if role == Qt.ItemDataRole.FontRole and chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0 and chosen:
            return Qt.CheckState.Checked
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _group_data(self, index: Index, role: int) -> object:
        kind = GROUPS[index.row()]
        if role == self.KindRole:
            return kind
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return QCoreApplication.translate("FacetModel", str(_TITLES[kind]))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
