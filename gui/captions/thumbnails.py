"""Thumbnails made off the GUI thread and kept: each media file's once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from archive import Archive, ArchiveError

from ..background import Job, Work

SIZE = 160


class Thumbnails(QObject):
    """``pixmap(file)`` answers at once: the thumbnail, or None while it is
    being made (``ready(file)`` follows), or the "cannot show" tile.

    Signals:
        ready(str): the media file whose thumbnail (or failure) is in.
    """

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._cache: dict[str, QPixmap] = {}
        self.failed: dict[str, str] = {}  # file -> why it cannot be shown
        self._jobs: dict[str, Job] = {}
        self.cannot_show = _tile(self.tr("cannot show"))
        self.loading = _tile(self.tr("loading…"), QColor("#eeeeee"))

    def set_archive(self, archive: Archive | None) -> None:
        self.cancel()
        self.archive = archive
        self._cache.clear()
        self.failed.clear()

    def cancel(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._jobs.clear()

    def wait(self, milliseconds: int = 5000) -> bool:
        return self.pool.waitForDone(milliseconds)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def pixmap(self, file: str) -> QPixmap | None:
        if file in self._cache:
            return self._cache[file]
        if file in self.failed:
            return self.cannot_show
        if file not in self._jobs and self.archive is not None:
            archive = self.archive

            def make(_work: Work) -> QImage:
                path = archive.thumbnail(file)
                image = QImage(str(path))
                if image.isNull():
                    raise ArchiveError("the thumbnail cannot be read")
                # scaled here, in the worker: the GUI thread only wraps it
                return image.scaled(
                    SIZE,
                    SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )

            job = Job(make, parent=self, pool=self.pool)
            job.succeeded.connect(lambda image, f=file: self._made(f, image))
            job.failed.connect(lambda error, f=file: self._failed(f, error))
            self._jobs[file] = job
            job.start()
        return None

    def _made(self, file: str, image: QImage) -> None:
        self._jobs.pop(file, None)
        self._cache[file] = QPixmap.fromImage(image)
        self.ready.emit(file)

    def _failed(self, file: str, error: BaseException) -> None:
        self._jobs.pop(file, None)
        self.failed[file] = str(error)
        self.ready.emit(file)


def _tile(text: str, color: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE * 3 // 4)
    pixmap.fill(color or QColor("#f3dede"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
