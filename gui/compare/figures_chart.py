"""Charts of the figures (QtCharts): an indicator across years, one line per
place, or the places side by side for one year; exported as PNG or SVG with
the sources of every point listed under the chart."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from archive import Archive, Cell, Citation, ComparePlace

from ..background import Job, Work
from ..session import Session
from .figures_model import amount, citation_text

Series = dict[str, dict[int, Cell]]


def read_series(
    archive: Archive, places: Sequence[ComparePlace], indicator: str
) -> tuple[Series, dict[int, Citation]]:
    """Each place's levels by year and the citation of every point."""
    series = archive.figure_series(places, indicator)
    ids = [c.figure.article_id for by_year in series.values() for c in by_year.values()]
    return series, archive.figure_citations(ids)


class FiguresChart(QDialog):
    """One indicator for the compared places in a window of its own."""

    def __init__(
        self,
        session: Session,
        places: Sequence[ComparePlace],
        indicator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figures-chart")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("%1 — Figures").replace("%1", indicator))
        self.pane = ChartPane(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pane)
        self.resize(900, 640)
        self.pane.show_indicator(places, indicator)

    def done(self, result: int) -> None:
        self.pane.cancel()
        super().done(result)


class ChartPane(QWidget):
    """One indicator for the compared places, as lines or bars, with the
    sources of what it draws under it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.places: list[ComparePlace] = []
        self.indicator = ""
        self.series: Series = {}
        self.citations: dict[int, Citation] = {}
        self._job: Job | None = None
        self.problem = ""  # why the last write failed
        self._build()

    def show_indicator(self, places: Sequence[ComparePlace], indicator: str) -> None:
        self.places, self.indicator = list(places), indicator
        self.load()

    def _build(self) -> None:
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Across years"), "years")
        self.mode.addItem(self.tr("Places side by side"), "places")
        self.mode.currentIndexChanged.connect(lambda _: self.draw())
        self.year = QComboBox(self)
        self.year.currentIndexChanged.connect(lambda _: self.draw())
        png = QPushButton(self.tr("Save as PNG…"), self)
        png.clicked.connect(lambda: self.export("png"))
        svg = QPushButton(self.tr("Save as SVG…"), self)
        svg.clicked.connect(lambda: self.export("svg"))
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(png)
        top.addWidget(svg)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.PlainText)
        self.sources.setAlignment(
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        self.sources.setStyleSheet("color: #444; background: white; padding: 4px")
        scroll = QScrollArea(self)  # every source is exported; a few are shown
        scroll.setWidget(self.sources)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(scroll)

    # Data

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def load(self) -> None:
        archive = self.session.archive
        self.cancel()
        if archive is None or not self.indicator:
            self._loaded(({}, {}))
            return
        places, indicator = list(self.places), self.indicator
        if archive.path is None:
            self._loaded(read_series(archive, places, indicator))
            return

        def read(work: Work) -> tuple:
            with archive.reader() as reader:
                return read_series(reader, places, indicator)

        self._job = Job(read, parent=self)
        self._job.succeeded.connect(self._loaded)
        self._job.failed.connect(self.session.report_failure)
        self._job.start()

    def _loaded(self, result: tuple) -> None:
        self.series, self.citations = result
        years = sorted({y for by_year in self.series.values() for y in by_year})
        self.year.blockSignals(True)
        self.year.clear()
        for year in reversed(years):
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        self.draw()

    # Drawing

    def draw(self) -> None:
        # a fresh chart each time: axes taken off a chart shown stay drawn
        old, chart = self.chart, QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart = chart
        self.view.setChart(chart)
        old.deleteLater()
        by_years = self.mode.currentData() == "years"
        self.year.setVisible(not by_years)
        unit = self._unit()
        chart.setTitle(f"{self.indicator}（{unit}）" if unit else self.indicator)
        if by_years:
            self._draw_lines()
        else:
            self._draw_bars()
        self.sources.setText(self.sources_text())

    def _unit(self) -> str:
        for by_year in self.series.values():
            for cell in by_year.values():
                return cell.base_unit
        return ""

    def _labels(self) -> dict[str, str]:
        return {p.key: p.label for p in self.places}

    def _draw_lines(self) -> None:
        years = sorted({y for by_year in self.series.values() for y in by_year})
        if not years:
            return
        x = QValueAxis()
        x.setLabelFormat("%d")
        x.setRange(years[0] - 0.5, years[-1] + 0.5)
        x.setTickCount(min(len(years) + 1, 12))
        x.setTickType(QValueAxis.TickType.TicksDynamic)
        x.setTickAnchor(years[0])
        x.setTickInterval(1)
        y = QValueAxis()
        y.setLabelFormat("%g")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        for place in self.places:
            points = self.series.get(place.key, {})
            line = QLineSeries()
            line.setName(place.label)
            line.setPointsVisible(True)
            for year in sorted(points):
                line.append(QPointF(year, points[year].normalised))
                top = max(top, points[year].normalised)
            self.chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
        y.setRange(0, top * 1.1 or 1)
        y.applyNiceNumbers()

    def _draw_bars(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        values = QBarSet(str(year))
        labels = []
        for place in self.places:
            cell = self.series.get(place.key, {}).get(year)
            values.append(cell.normalised if cell else 0)
            labels.append(place.label)
        bars = QBarSeries()
        bars.append(values)
        bars.setLabelsVisible(True)
        self.chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        y.setLabelFormat("%g")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x)
        bars.attachAxis(y)
        y.setRange(0, max([values.at(i) for i in range(values.count())] + [1]) * 1.1)
        y.applyNiceNumbers()
        self.chart.legend().setVisible(False)

    def shown_cells(self) -> list[tuple[str, Cell]]:
        """The points drawn now, each with its place's label."""
        labels = self._labels()
        year = self.year.currentData()
        cells = []
        for place in self.places:
            for y, cell in sorted(self.series.get(place.key, {}).items()):
                if self.mode.currentData() == "years" or y == year:
                    cells.append((labels[place.key], cell))
        return cells

    def sources_text(self) -> str:
        """Every point's sentence and where it was printed."""
        lines = [self.tr("Sources:")]
        for label, cell in self.shown_cells():
            figure = cell.figure
            source = citation_text(self.citations.get(figure.article_id), figure)
            lines.append(
                f"{label} {cell.year}: {amount(cell.normalised)}{cell.base_unit} — "
                f"{source}"
            )
        return "\n".join(lines) if len(lines) > 1 else ""

    # Export

    def export(self, format: str) -> None:
        name = f"{self.indicator}.{format}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Chart"),
            str(Path.home() / name),
            "PNG (*.png)" if format == "png" else "SVG (*.svg)",
        )
        if path and not self.write(Path(path), format):
            self.warn(
                self.tr("Could not write %1: %2")
                .replace("%1", path)
                .replace("%2", self.problem)
            )

    def warn(self, text: str) -> None:
        """Tell the editor the chart was not saved (tests replace this)."""
        QMessageBox.warning(self, self.tr("Save Chart"), text)

    def write(self, path: Path, format: str) -> bool:
        """The chart with every source listed under it, as a PNG or SVG file;
        whether it was written (else :attr:`problem` says why). Drawn in memory
        first, so that a file that cannot be written is told, not half-drawn."""
        self.problem = ""
        try:
            data = self._drawn(format)
            path.write_bytes(data)
        except OSError as error:
            self.problem = error.strerror or str(error)
            return False
        return True

    def _drawn(self, format: str) -> bytes:
        if not self.view.isVisible() or self.view.width() < 480:
            self.chart.resize(QSizeF(960, 540))  # not on screen: a size of its own
        width, high = int(self.chart.size().width()), int(self.chart.size().height())
        text = self.sources_text()
        font = self.font()
        box = QFontMetrics(font).boundingRect(
            QRect(0, 0, width - 24, 100_000), Qt.TextFlag.TextWordWrap, text
        )
        size = QSize(width, high + box.height() + 24)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if format == "png":
            image = QImage(size, QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            self._paint(image, size, high, text, font)
            # PySide6 wants the format as str (bytes raise), its stub says bytes
            if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
                raise OSError(self.tr("the picture could not be drawn"))
        else:
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(self.indicator)
            generator.setDescription(text)
            self._paint(generator, size, high, text, font)
        buffer.close()
        return bytes(data.data())

    def _paint(
        self, device: QPaintDevice, size: QSize, high: int, text: str, font: QFont
    ) -> None:
        painter = QPainter(device)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart.scene().render(
                painter,
                QRectF(0, 0, size.width(), high),
                self.chart.sceneBoundingRect(),
            )
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                QRect(12, high + 12, size.width() - 24, size.height() - high - 12),
                int(Qt.TextFlag.TextWordWrap),
                text,
            )
        finally:
            painter.end()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
