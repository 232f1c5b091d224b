"""A text browser that loads nothing by itself and opens links only when asked.

Rich text shown by Clipfile may come from notes and imported pages: whatever
it names, a :class:`SafeBrowser` reads no file outside the archive's media
folder and nothing from the network. An image it will not show is drawn as a
placeholder that says why; a link to the web is opened only after a click and
a question that shows its address.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from .i18n import QT_TRANSLATE_NOOP

_REASONS = {
    "outside": QT_TRANSLATE_NOOP(
        "SafeBrowser", "Picture not shown: it is not in the archive's media folder."
    ),
    "missing": QT_TRANSLATE_NOOP(
        "SafeBrowser", "Picture not shown: the file is missing from the media folder."
    ),
}
_EXTERNAL = ("http", "https", "mailto")


def tr(text: str) -> str:
    return QCoreApplication.translate("SafeBrowser", text)


class SafeBrowser(QTextBrowser):
    """A :class:`QTextBrowser` whose resources and links are kept in hand.

    Signals:
        person_clicked(str): a ``person:NAME`` link was clicked.
        record_clicked(str): a ``clipfile:KIND/ID`` link was clicked.
    """

    person_clicked = Signal(str)
    record_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.media: Path | None = None  # the folder pictures may come from
        self.anchorClicked.connect(self._on_anchor)

    # Qt hands a QUrl here; the stub's QUrl | str is the method's other caller
    def loadResource(self, kind: int, url: QUrl) -> object:  # type: ignore[override]
        if kind != 2:  # QTextDocument.ImageResource: nothing else is ever loaded
            return None
        if url.scheme() == "blocked":
            return placeholder(tr(_REASONS.get(url.path(), _REASONS["outside"])))
        if url.isLocalFile() and self._in_media(Path(url.toLocalFile())):
            image = QImage(url.toLocalFile())
            if not image.isNull():
                return image
            return placeholder(tr("Picture not shown: the file cannot be read."))
        return placeholder(tr(_REASONS["outside"]))

    def _in_media(self, path: Path) -> bool:
        if self.media is None:
            return False
        try:
            return path.resolve().is_relative_to(self.media.resolve())
        except (OSError, ValueError):
            return False

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "person":
            self.person_clicked.emit(url.path())
        elif scheme == "clipfile":
            self.record_clicked.emit(url.path())
        elif scheme in _EXTERNAL and self.confirm_link(url):
            QDesktopServices.openUrl(url)

    def confirm_link(self, url: QUrl) -> bool:
        """Ask before opening ``url`` outside Clipfile (tests replace this)."""
        answer = QMessageBox.question(
            self,
            tr("Open Link"),
            tr("Open this address in your browser?\n\n%1").replace(
                "%1", url.toDisplayString()
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


def placeholder(text: str, width: int = 360, height: int = 44) -> QImage:
    """A grey box with ``text``: where a picture would be."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f0f0f0"))
    painter = QPainter(image)
    painter.setPen(QColor("#9a9a9a"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.setPen(QColor("#555555"))
    painter.drawText(
        QRect(8, 0, width - 16, height),
        Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()
    return image
