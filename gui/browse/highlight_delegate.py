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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ..highlight import HIGHLIGHT, pattern_for

_MARGIN = 3  # pixels left and right of the text, as Qt's own cells have
_KEPT = 6_000  # laid-out texts kept: a screenful of cells many times over

Run = tuple[str, bool]  # a stretch of a cell's text, and whether it matched
# a run laid out: its text, where it starts (x), its width, whether it matched
_Placed = tuple[QStaticText, int, int, bool]


class TextDelegate(QStyledItemDelegate):
    """Paints a cell's text (left-aligned, elided to the cell) from a
    :class:`QStaticText` kept per text and width.

    Qt lays out (shapes) a cell's text on every paint: with Chinese text and
    font fallback that was most of the list's 30–50 ms a paint at a million
    articles (issue 17). Laid out once and kept, a paint only draws glyphs.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pattern: re.Pattern[str] | None = None
        self._highlight = QColor(HIGHLIGHT)
        self._laid_out: OrderedDict[tuple, list[_Placed]] = OrderedDict()
        self._font = QFont()
        self._height = QFontMetrics(self._font).height()

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
        # the option as the view gave it: initStyleOption asks the model for
        # seven roles a cell, more than the rest of the paint costs
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
        )
        text = index.data()
        if not text:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        self.draw(painter, option.rect, str(text), option.font, color)

    def draw(
        self,
        painter: QPainter,
        cell: QRect,
        text: str,
        font: QFont,
        color: QColor,
        *,
        right: bool = False,
    ) -> None:
        """Draw ``text`` in ``cell`` (elided, matches on a highlight; with
        ``right``, aligned right) from its layout kept."""
        rect = cell.adjusted(_MARGIN, 0, -_MARGIN, 0)
        placed = self._placed(text, font, rect.width())
        top = rect.top() + (rect.height() - self._height) / 2
        painter.save()
        painter.setClipRect(cell)
        painter.setFont(font)
        left = rect.left()
        if right and placed:
            _, x, width, _ = placed[-1]
            left = rect.right() + 1 - (x + width)
        for static, x, width, matched in placed:
            if matched:
                band = QRect(left + x, rect.top() + 2, width, rect.height() - 4)
                painter.fillRect(band, self._highlight)
                painter.setPen(Qt.GlobalColor.black)
            else:
                painter.setPen(color)
            painter.drawStaticText(QPointF(left + x, top), static)
        painter.restore()

    def use_font(self, font: QFont) -> None:
        """Lay out in ``font`` from now on (what :meth:`draw_in_row` draws in)."""
        if font != self._font:  # what is kept was laid out in another font
            self._font = QFont(font)
            self._height = QFontMetrics(font).height()
            self._laid_out.clear()

    def draw_in_row(
        self,
        painter: QPainter,
        cell: tuple[int, int, int, int],
        text: str,
        color: QColor,
        *,
        right: bool = False,
    ) -> None:
        """:meth:`draw` for the list's own paint of its rows, which sets the
        painter's font (:meth:`use_font`) once for all its cells: no state
        saved, no clip (the text is elided to the cell), a run's pen set
        only for matches (a paint draws some 300 cells; :meth:`draw`'s
        calls around the text were half the list's paint)."""
        left, top, width, height = cell
        inner = width - 2 * _MARGIN
        placed = self._placed(text, self._font, inner)
        if not placed:
            return
        x0 = left + _MARGIN
        if right:
            _, x, run_width, _ = placed[-1]
            x0 += inner - (x + run_width)
        y = top + (height - self._height) / 2
        for static, x, run_width, matched in placed:
            if matched:
                band = QRect(x0 + x, top + 2, run_width, height - 4)
                painter.fillRect(band, self._highlight)
                painter.setPen(Qt.GlobalColor.black)
                painter.drawStaticText(QPointF(x0 + x, y), static)
                painter.setPen(color)
            else:
                painter.drawStaticText(QPointF(x0 + x, y), static)

    def _placed(self, text: str, font: QFont, width: int) -> list[_Placed]:
        """The runs of ``text`` elided to ``width``, laid out (kept)."""
        self.use_font(font)
        key = (text, width, self.pattern)
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
