"""Draws a list cell's text with the search terms highlighted."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..highlight import HIGHLIGHT, pattern_for

_MARGIN = 3  # pixels left and right of the text, as the plain cells have

Run = tuple[str, bool]  # a stretch of a cell's text, and whether it matched


class HighlightDelegate(QStyledItemDelegate):
    """Paints the cell's text in runs, each match of ``terms`` on a highlight.

    The runs are drawn with the painter directly, elided to the cell's width:
    a ``QTextDocument`` laid out for every cell of every paint took 30–50 ms
    a paint of the list at a million articles (issue 17); this takes well
    under one.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pattern: re.Pattern[str] | None = None
        self._highlight = QColor(HIGHLIGHT)

    def set_terms(self, terms: list[str]) -> None:
        self.pattern = pattern_for(terms)

    def runs(self, text: str) -> list[Run]:
        """``text`` cut into stretches, each marked whether a term matched it."""
        if self.pattern is None:
            return [(text, False)] if text else []
        out: list[Run] = []
        last = 0
        for match in self.pattern.finditer(text):
            if match.start() > last:
                out.append((text[last : match.start()], False))
            if match.end() > match.start():
                out.append((match.group(), True))
            last = match.end()
        if last < len(text):
            out.append((text[last:], False))
        return out

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        text = options.text
        options.text = ""
        widget = options.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, widget
            )
        if not text:
            return
        rect: QRect = options.rect.adjusted(_MARGIN, 0, -_MARGIN, 0)
        metrics = QFontMetrics(options.font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = options.palette
        color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setClipRect(options.rect)
        painter.setFont(options.font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        x = rect.left()
        for run, matched in self.runs(shown):
            width = metrics.horizontalAdvance(run)
            place = QRect(x, rect.top(), width, rect.height())
            if matched:
                band = QRect(x, rect.top() + 2, width, max(1, rect.height() - 4))
                painter.fillRect(band, self._highlight)
                painter.setPen(Qt.GlobalColor.black)
            else:
                painter.setPen(color)
            painter.drawText(place, int(flags), run)
            x += width
        painter.restore()
