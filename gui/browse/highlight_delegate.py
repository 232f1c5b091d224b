"""Draws a list cell's text with the search terms highlighted."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..highlight import mark, pattern_for


class HighlightDelegate(QStyledItemDelegate):
    """Renders the cell as rich text, wrapping each of ``terms`` in a highlight."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pattern: re.Pattern | None = None

    def set_terms(self, terms: list[str]) -> None:
        self.pattern = pattern_for(terms)

    def markup(self, text: str) -> str:
        return mark(text, self.pattern)

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
