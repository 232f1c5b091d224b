"""Draws the list's cells: their text laid out once and kept, and in the title
and match columns the search terms highlighted."""

from __future__ import annotations

import re
from collections import OrderedDict

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..highlight import HIGHLIGHT, pattern_for

_MARGIN = 3  # pixels left and right of the text, as Qt's own cells have
_KEPT = 6_000  # laid-out texts kept: a screenful of cells many times over

Run = tuple[str, bool]  # a stretch of a cell's text, and whether it matched
# a run laid out: its text, where it starts (x), its width, whether it matched
_Placed = tuple[QStaticText, int, int, bool]


class TextDelegate(QStyledItemDelegate):
    """Paints a cell's text from a :class:`QStaticText` kept per text and
    width, elided to the cell.

    Qt lays out (shapes) a cell's text on every paint: with Chinese text and
    font fallback that was most of the list's 30–50 ms a paint at a million
    articles (issue 17). Laid out once and kept, a paint only draws glyphs.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pattern: re.Pattern[str] | None = None
        self._highlight = QColor(HIGHLIGHT)
        self._laid_out: OrderedDict[tuple, list[_Placed]] = OrderedDict()

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
        rect = options.rect.adjusted(_MARGIN, 0, -_MARGIN, 0)
        placed = self._placed(text, options, rect.width())
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        color = options.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        height = QFontMetrics(options.font).height()
        top = rect.top() + (rect.height() - height) / 2
        used = placed[-1][1] + placed[-1][2] if placed else 0
        left = rect.left()
        if options.displayAlignment & Qt.AlignmentFlag.AlignRight:
            left = rect.right() - used
        painter.save()
        painter.setClipRect(options.rect)
        painter.setFont(options.font)
        for static, x, width, matched in placed:
            if matched:
                band = QRect(left + x, rect.top() + 2, width, rect.height() - 4)
                painter.fillRect(band, self._highlight)
                painter.setPen(Qt.GlobalColor.black)
            else:
                painter.setPen(color)
            painter.drawStaticText(QPointF(left + x, top), static)
        painter.restore()

    def _placed(
        self, text: str, options: QStyleOptionViewItem, width: int
    ) -> list[_Placed]:
        """The runs of ``text`` elided to ``width``, laid out (kept)."""
        font = options.font
        key = (text, width, font.key(), self.pattern)
        found = self._laid_out.get(key)
        if found is not None:
            self._laid_out.move_to_end(key)
            return found
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        placed: list[_Placed] = []
        x = 0
        for run, matched in self.runs(shown):
            static = QStaticText(run)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            advance = metrics.horizontalAdvance(run)
            placed.append((static, x, advance, matched))
            x += advance
        self._laid_out[key] = placed
        while len(self._laid_out) > _KEPT:
            self._laid_out.popitem(last=False)
        return placed


class HighlightDelegate(TextDelegate):
    """A :class:`TextDelegate` that puts each match of ``terms`` on a highlight."""

    def set_terms(self, terms: list[str]) -> None:
        self.pattern = pattern_for(terms)
