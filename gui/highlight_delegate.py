"""Draws a list cell's text with the search terms highlighted."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

HIGHLIGHT = "#ffe58f"


class HighlightDelegate(QStyledItemDelegate):
    """Renders the cell as rich text, wrapping each of ``terms`` in a highlight."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pattern: re.Pattern | None = None

    def set_terms(self, terms: list[str]) -> None:
        words = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
        self.pattern = (
            re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
            if words
            else None
        )

    def markup(self, text: str) -> str:
        if self.pattern is None:
            return html.escape(text)
        out, last = [], 0
        for match in self.pattern.finditer(text):
            out.append(html.escape(text[last : match.start()]))
            out.append(
                f"<span style='background-color:{HIGHLIGHT}; color:black'>"
                f"{html.escape(match.group())}</span>"
            )
            last = match.end()
        out.append(html.escape(text[last:]))
        return "".join(out)

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
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(2)
        document.setHtml(f"<span style='white-space:pre'>{self.markup(text)}</span>")
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = options.state & QStyle.StateFlag.State_Selected
        context.palette.setColor(
            QPalette.ColorRole.Text,
            options.palette.color(
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.Text
            ),
        )
        painter.save()
        top = options.rect.top() + max(
            0, (options.rect.height() - document.size().height()) / 2
        )
        painter.translate(options.rect.left(), top)
        painter.setClipRect(QRectF(0, 0, options.rect.width(), options.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
