"""Paints a column's record in two lines: its title, then its date, paper and
kind with the text around the match, in grey; a record that only mentions
the place is marked. Drawn with the painter (no document per row)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..headers import Index
from ..i18n import QT_TRANSLATE_NOOP
from .column_model import MENTION_ROLE, ROW_ROLE

_KINDS = {
    "caption": QT_TRANSLATE_NOOP("RecordDelegate", "Caption"),
    "note": QT_TRANSLATE_NOOP("RecordDelegate", "Note"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("RecordDelegate", _KINDS.get(kind, kind))


def row_height(metrics: QFontMetrics) -> int:
    """A record's height: two lines and their margins."""
    return 2 * metrics.height() + 10


class RecordDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, row_height(option.fontMetrics))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, widget
            )
        row = index.data(ROW_ROLE)
        mention = bool(index.data(MENTION_ROLE))
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        palette = options.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = palette.color(
            QPalette.ColorRole.HighlightedText
            if selected
            else QPalette.ColorRole.PlaceholderText
        )
        rect = options.rect.adjusted(6, 4, -6, -4)
        line = options.fontMetrics.height()
        painter.save()
        title_font = QFont(options.font)
        if row is not None and row.kind == "article" and not mention:
            title_font.setBold(True)
        if mention:
            title_font.setItalic(True)
        painter.setFont(title_font)
        painter.setPen(text)
        title = row.title if row is not None else "—"
        if row is not None and row.kind != "article":
            title = f"［{kind_name(row.kind)}］{title}"
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, top.width()
            ),
        )
        painter.setFont(options.font)
        painter.setPen(grey)
        bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        parts = []
        if mention:
            parts.append(QCoreApplication.translate("RecordDelegate", "mentions"))
        if row is not None:
            parts += [p for p in (row.date, row.publication) if p]
            if row.snippet:
                parts.append(row.snippet)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                " · ".join(parts), Qt.TextElideMode.ElideRight, bottom.width()
            ),
        )
        painter.restore()
