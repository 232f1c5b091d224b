"""The Compare view's Export menu: each place's records with citations, the
notes and the matrix, as HTML, Markdown, CSV or PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

if TYPE_CHECKING:
    from .view import CompareView

EXPORTS = (
    ("html", "HTML (*.html)"),
    ("md", "Markdown (*.md)"),
    ("csv", "CSV (*.csv)"),
    ("pdf", "PDF (*.pdf)"),
)


class ExportButton(QToolButton):
    """Export ▸ a format: asks where, then writes the comparison ``view``
    shows there."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self.view = view
        self.setText(self.tr("Export"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        exports = QMenu(self)
        for format, _ in EXPORTS:
            exports.addAction(format.upper(), partial(self.export, format))
        self.setMenu(exports)

    def export(self, format: str) -> None:
        view = self.view
        if view.archive is None or not view.places:
            return
        pattern = dict(EXPORTS)[format]
        name = (view.sets.name or "、".join(p.label for p in view.places)) + (
            f".{format}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Comparison"), str(Path.home() / name), pattern
        )
        if path:
            self.write(Path(path), format)

    def write(self, path: Path, format: str) -> None:
        """Write the comparison as shown to ``path`` (tests call this)."""
        view = self.view
        assert view.archive is not None
        document = view.archive.compare_report(
            view.places,
            view.query(),
            format="html" if format == "pdf" else format,
            mentions=view.filters.mentions,
            set_name=view.sets.name or None,
            matrix_csv=view.matrix.csv(),
        )
        try:
            if format == "pdf":
                from ..printing import write_pdf  # noqa: PLC0415 (on demand)

                write_pdf(document, path)
            else:
                path.write_text(document, "utf-8")
        except OSError as error:
            view.show_problem(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return
        view.message.emit(self.tr("Exported to %1").replace("%1", str(path)))
