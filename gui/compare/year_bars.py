"""A small bar chart of a column's records by year, over the years every
column shares, so the bars of two places line up."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


class YearBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[int, int] = {}
        self.years: list[int] = []
        self.top = 0  # the tallest bar of every column: heights compare
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(160, 3 * self.fontMetrics().height())

    def set_counts(self, counts: dict[int, int]) -> None:
        self.counts = dict(counts)
        self.setToolTip(
            "  ".join(f"{year}: {n}" for year, n in sorted(self.counts.items()))
        )
        self.update()

    def set_scale(self, years: list[int], top: int) -> None:
        self.years, self.top = years, top
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.years:
            return
        painter = QPainter(self)
        label = self.fontMetrics().height()
        width = self.width() / len(self.years)
        height = self.height() - label - 2
        bar = self.palette().color(QPalette.ColorRole.Highlight)
        empty = QColor(bar)
        empty.setAlpha(60)
        text = self.palette().color(QPalette.ColorRole.PlaceholderText)
        step = max(1, round(len(self.years) / max(1, self.width() // 36)))
        for i, year in enumerate(self.years):
            n = self.counts.get(year, 0)
            h = height * n / self.top if self.top else 0
            x = i * width
            painter.fillRect(
                QRectF(x + 1, height - max(h, 1), max(width - 2, 1), max(h, 1)),
                bar if n else empty,
            )
            if i % step == 0:
                painter.setPen(text)
                painter.drawText(
                    QRectF(x, height + 1, width * step, label),
                    Qt.AlignmentFlag.AlignLeft,
                    f"{year % 100:02d}" if len(self.years) > 6 else str(year),
                )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.years:
            return
        i = int(event.position().x() // (self.width() / len(self.years)))
        if 0 <= i < len(self.years):
            year = self.years[i]
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{year}: {self.counts.get(year, 0)}",
                self,
            )
