"""The indicators being edited, one row each: name, other names, unit, the
units it may be printed in, family, and the phrases that mean something else."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from archive import INDICATOR_FAMILIES, Indicator

from ..headers import Index, header
from ..i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("IndicatorsModel", "Indicator"),
    QT_TRANSLATE_NOOP("IndicatorsModel", "Also called (、 between names)"),
    QT_TRANSLATE_NOOP("IndicatorsModel", "Unit"),
    QT_TRANSLATE_NOOP("IndicatorsModel", "Printed in"),
    QT_TRANSLATE_NOOP("IndicatorsModel", "Family"),
    QT_TRANSLATE_NOOP("IndicatorsModel", "Not this (longer phrases)"),
)
FAMILY_NAMES = {
    "count": QT_TRANSLATE_NOOP("IndicatorsModel", "Count (家, 个, 项, 人)"),
    "money": QT_TRANSLATE_NOOP("IndicatorsModel", "Money (元, 万元, 亿元)"),
    "percent": QT_TRANSLATE_NOOP("IndicatorsModel", "Percent (%)"),
}
_SEPARATORS = str.maketrans({",": "、", "，": "、", ";": "、", "；": "、", "/": "、"})


def family_name(family: str) -> str:
    return QCoreApplication.translate(
        "IndicatorsModel", str(FAMILY_NAMES.get(family, family))
    )


def split(text: str) -> list[str]:
    """Names typed with 、 (or commas) between them."""
    return [t.strip() for t in text.translate(_SEPARATORS).split("、") if t.strip()]


@dataclass
class Entry:
    """One row as the editor holds it while editing."""

    name: str
    family: str = "count"
    unit: str = "家"
    units: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    not_aliases: list[str] = field(default_factory=list)
    note: str = ""
    id: str = ""  # kept through a rename: the figures' decisions go by it

    @classmethod
    def of(cls, indicator: Indicator) -> Entry:
        return cls(
            indicator.name,
            indicator.family,
            indicator.unit,
            [u for u in indicator.units if u != indicator.unit],
            [a for a in indicator.aliases if a != indicator.name],
            list(indicator.not_aliases),
            indicator.note,
            indicator.id,
        )

    def indicator(self) -> Indicator:
        name = self.name.strip()
        return Indicator(
            name=name,
            family=self.family,
            unit=self.unit.strip(),
            units=tuple(dict.fromkeys([self.unit.strip(), *self.units])),
            aliases=tuple(dict.fromkeys([name, *self.aliases])),
            not_aliases=tuple(self.not_aliases),
            note=self.note,
            id=self.id,
        )


class IndicatorsModel(QAbstractTableModel):
    """The entries being edited, one row each (a table model over a list)."""

    def __init__(
        self, indicators: list[Indicator], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.entries = [Entry.of(i) for i in indicators]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        return header("IndicatorsModel", COLUMNS, section, orientation, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == 4:
            return entry.family
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return (
            entry.name,
            "、".join(entry.aliases),
            entry.unit,
            "、".join(entry.units),
            family_name(entry.family),
            "、".join(entry.not_aliases),
        )[column]

    def setData(
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self.entries[index.row()]
        text = str(value or "").strip()
        column = index.column()
        if column == 0:
            if entry.id and entry.name and entry.name != text:
                # renamed: the figures printed with the old name still found
                entry.aliases = list(dict.fromkeys([entry.name, *entry.aliases]))
            entry.name = text
        elif column == 1:
            entry.aliases = split(text)
        elif column == 2:
            entry.unit = text
        elif column == 3:
            entry.units = split(text)
        elif column == 4 and text in INDICATOR_FAMILIES:
            entry.family = text
        elif column == 5:
            entry.not_aliases = split(text)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add(self, name: str) -> int:
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(Entry(name))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()

    def reset_to(self, indicators: list[Indicator]) -> None:
        self.beginResetModel()
        self.entries = [Entry.of(i) for i in indicators]
        self.endResetModel()

    def indicators(self) -> list[Indicator]:
        return [e.indicator() for e in self.entries]
