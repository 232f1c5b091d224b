"""The Captions view's facets: photographer, county, year and kind, each a
list of values with counts; the chosen one is checked, a click toggles it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from archive import CaptionFilter, FacetValue

from ..i18n import QT_TRANSLATE_NOOP, number
from .caption_model import kind_name

TITLES = {
    "photographer": QT_TRANSLATE_NOOP("CaptionFacets", "Photographer"),
    "county": QT_TRANSLATE_NOOP("CaptionFacets", "County"),
    "year": QT_TRANSLATE_NOOP("CaptionFacets", "Year"),
    "kind": QT_TRANSLATE_NOOP("CaptionFacets", "Kind"),
}
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


class CaptionFacets(QWidget):
    """Signals: facet_clicked(str, object): a facet and the value clicked."""

    facet_clicked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lists: dict[str, QListWidget] = {}
        for facet, title in TITLES.items():
            header = QLabel(QCoreApplication.translate("CaptionFacets", title), self)
            header.setStyleSheet("font-weight: bold")
            box = QListWidget(self)
            box.setObjectName(f"facet-{facet}")
            box.itemClicked.connect(
                lambda item, f=facet: self.facet_clicked.emit(f, item.data(VALUE_ROLE))
            )
            layout.addWidget(header)
            layout.addWidget(box, 2 if facet in ("photographer", "county") else 1)
            self.lists[facet] = box

    def set_facets(
        self, facets: dict[str, list[FacetValue]], chosen: CaptionFilter
    ) -> None:
        for facet, box in self.lists.items():
            box.clear()
            picked = getattr(chosen, facet)
            values = list(facets.get(facet, []))
            if picked is not None and all(v.value != picked for v in values):
                values.insert(0, FacetValue(picked, 0))
            for value in values:
                shown = (
                    kind_name(str(value.value)) if facet == "kind" else str(value.value)
                )
                item = QListWidgetItem(f"{shown}  {number(value.count)}")
                item.setData(VALUE_ROLE, value.value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                if value.value == picked:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setText("✓ " + item.text())
                box.addItem(item)

    def items(self, facet: str) -> list[tuple[object, str]]:
        box = self.lists[facet]
        return [
            (box.item(i).data(VALUE_ROLE), box.item(i).text())
            for i in range(box.count())
        ]
