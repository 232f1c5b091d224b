"""Printing a dossier to PDF with Qt: the HTML laid out by QTextDocument, the
Chinese fonts it uses embedded by Qt's PDF writer."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from .fonts import SERIF, stack


def write_pdf(html: str, out: Path) -> None:
    """Lay ``html`` out on A4 pages and write them to ``out``."""
    if QApplication.instance() is None:  # from the command line: no window
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app.append(QApplication([]))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    families = stack(SERIF)
    font = QFont(families[0] if families else "serif")
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setHtml(html)
    # laid out on the page in points, as the fonts are: print_() scales the
    # page to the printer's resolution (laid out in device pixels, the text
    # came out a fifth of its size)
    page = printer.pageRect(QPrinter.Unit.Point)
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(printer)


_app: list[QApplication] = []  # the command line's application, kept alive
