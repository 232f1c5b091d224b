"""Thumbnails and the grid's cells, made off the GUI thread and kept.

A cell of the picture grid (the thumbnail with its caption's label and
photographers under it) is drawn whole in a worker, into an image, and kept
in the QPixmapCache at display size: the GUI thread paints one pixmap a cell
(Qt's own item painting laid the text out and scaled the icon on every
paint: 6-7 ms of CPU a screen, where a pixmap a cell takes 2.6-4.2).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap, QPixmapCache
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from archive import Archive, ArchiveError, CannotShow

from ..background import Job, Work
from ..messages import picture_problem

SIZE = 160
CACHE_KB = 96 * 1024  # the pixmap cache: about 800 cells, 40 screens of the grid
# A cell not asked for again within this of the latest ask has been
# scrolled past: it is not drawn (a fast scroll asks for 15 cells a frame,
# more than two threads draw under load: they fell 24 s behind).
PASSED_S = 0.25
BATCH_S = 0.03  # drawn cells handed to the GUI thread at most this often


class Thumbnails(QObject):
    """``pixmap(file)`` answers at once: the thumbnail, or None while it is
    being made (``ready(file)`` follows), or the "cannot show" tile.
    ``cell(file, text)`` does the same for a grid cell.

    Signals:
        ready(str): the media file whose thumbnail (or failure) is in.
        cells_ready(list): the media files of cells drawn since the last.
    """

    ready = Signal(str)
    cells_ready = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CACHE_KB))
        self._generation = 0  # keys of another archive's pixmaps never match
        self.failed: dict[str, str] = {}  # file -> why it cannot be shown
        self._jobs: dict[str, Job] = {}
        self._cell_job: Job | None = None  # drains the queue of cells
        self._queue: deque[tuple[str, str, str]] = deque()  # key, file, text
        self._asked: set[str] = set()  # keys queued or being drawn
        self._asked_at: dict[str, float] = {}  # key -> when last painted unmade
        self._latest_ask = 0.0
        self.cannot_show = _tile(self.tr("cannot show"))
        self.loading = _tile(self.tr("loading…"), QColor("#eeeeee"))
        self._cannot_show_image = self.cannot_show.toImage()
        self.cell_size = QSize(SIZE + 24, SIZE * 3 // 4 + 44)
        self.font = QFont()
        self.color = QColor("#222222")

    def set_archive(self, archive: Archive | None) -> None:
        self.cancel()
        self.archive = archive
        self._generation += 1
        self.failed.clear()

    def cancel(self) -> None:
        for job in (*self._jobs.values(), self._cell_job):
            if job is not None:
                job.cancel()
        self._jobs.clear()
        self._cell_job = None
        self._queue = deque()  # the cancelled job drains the old one no more
        self._asked.clear()
        self._asked_at = {}

    def wait(self, milliseconds: int = 5000) -> bool:
        return self.pool.waitForDone(milliseconds)

    @property
    def busy(self) -> bool:
        return bool(self._jobs or self._cell_job is not None or self._queue)

    def _key(self, kind: str, file: str, text: str = "") -> str:
        return f"clipfile-{kind}:{self._generation}:{file}:{text}"

    def pixmap(self, file: str) -> QPixmap | None:
        found = _cached(self._key("thumbnail", file))
        if found is not None:
            return found
        if file in self.failed:
            return self.cannot_show
        if file not in self._jobs and self.archive is not None:
            archive = self.archive
            job = Job(
                lambda _work: _thumbnail(archive, file), parent=self, pool=self.pool
            )
            job.succeeded.connect(lambda image, f=file: self._made(f, image))
            job.failed.connect(lambda error, f=file: self._failed(f, error))
            self._jobs[file] = job
            job.start()
        return None

    def _made(self, file: str, image: QImage) -> None:
        self._done(self._jobs.pop(file, None))
        QPixmapCache.insert(self._key("thumbnail", file), QPixmap.fromImage(image))
        self.ready.emit(file)

    def _failed(self, file: str, error: BaseException) -> None:
        self._done(self._jobs.pop(file, None))
        self.failed[file] = _problem(error)
        self.ready.emit(file)

    # The grid's cells

    def cell(self, file: str, text: str) -> QPixmap | None:
        """The grid cell of picture ``file`` with ``text`` under it, or None
        while it is drawn (``cells_ready`` follows). Cells asked for go on a
        queue that one job at a time drains, handing them over in batches
        (a job, or a signal, per cell cost the GUI thread 7-9 ms a step of a
        scroll under load)."""
        key = self._key("cell", file, text)
        found = _cached(key)
        if found is not None or self.archive is None:
            return found
        self._latest_ask = self._asked_at[key] = time.monotonic()
        if key not in self._asked:
            self._asked.add(key)
            self._queue.append((key, file, text))
            if self._cell_job is None:
                self._start_drawing()
        return None

    def _start_drawing(self) -> None:
        archive, queue, asked_at = self.archive, self._queue, self._asked_at
        if archive is None or not queue:
            return
        known = self.failed
        draw = _cell_drawer(
            self._cannot_show_image, self.cell_size, QFont(self.font), self.color
        )

        def work(work: Work) -> None:
            batch: list[tuple] = []
            sent = time.monotonic()
            while queue and not work.cancelled:
                key, file, text = queue.popleft()
                if self._latest_ask - asked_at.get(key, 0.0) > PASSED_S:
                    batch.append((key, file, None, None))  # scrolled past
                else:
                    problem = known.get(file)
                    image = None
                    if problem is None:
                        try:
                            image = _thumbnail(archive, file)
                        except (ArchiveError, OSError) as error:
                            problem = _problem(error)
                    batch.append((key, file, draw(image, text), problem))
                if time.monotonic() - sent > BATCH_S or not queue:
                    work.report(batch)
                    batch, sent = [], time.monotonic()
            if batch:
                work.report(batch)

        job = Job(work, parent=self, pool=self.pool)
        job.progressed.connect(lambda value: self._drawn(value[0]))
        job.succeeded.connect(lambda _none: self._drawing_done(job))
        job.failed.connect(lambda _error: self._drawing_done(job))
        self._cell_job = job
        job.start()

    def _drawn(self, batch: list[tuple[str, str, QImage | None, str | None]]) -> None:
        files = []
        for key, file, image, problem in batch:
            self._asked.discard(key)
            self._asked_at.pop(key, None)
            if image is None:  # scrolled past: asked again if shown again
                continue
            if problem is not None:
                self.failed[file] = problem
            QPixmapCache.insert(key, QPixmap.fromImage(image))
            files.append(file)
        if files:
            self.cells_ready.emit(files)

    def _drawing_done(self, job: Job) -> None:
        if self._cell_job is job:
            self._cell_job = None
            self._start_drawing()  # what was asked for as it ended
        self._done(job)

    @staticmethod
    def _done(job: Job | None) -> None:
        if job is not None:
            job.deleteLater()


class CellDelegate(QStyledItemDelegate):
    """Paints a grid cell as the one pixmap its model's ``role`` gives (the
    cell drawn whole in a worker, or a tile while it is), over the
    selection's colour."""

    def __init__(self, role: int, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role, self.size = role, size

    def sizeHint(
        self, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return self.size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            highlight = QColor(option.palette.highlight().color())
            highlight.setAlpha(90)
            painter.fillRect(rect, highlight)
        pixmap = index.data(self.role)
        if isinstance(pixmap, QPixmap):
            x = rect.x() + (rect.width() - pixmap.width()) // 2
            painter.drawPixmap(x, rect.y(), pixmap)


def _problem(error: BaseException) -> str:
    if isinstance(error, CannotShow):
        return picture_problem(error)
    return str(error)


def _cached(key: str) -> QPixmap | None:
    found = QPixmap()
    return found if QPixmapCache.find(key, found) else None


def _thumbnail(archive: Archive, file: str) -> QImage:
    """The thumbnail of ``file`` at display size (in a worker)."""
    image = QImage(str(archive.thumbnail(file)))
    if image.isNull():
        raise CannotShow("the thumbnail cannot be read")
    return image.scaled(
        SIZE,
        SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _cell_drawer(
    cannot_show: QImage, size: QSize, font: QFont, color: QColor
) -> Callable[[QImage | None, str], QImage]:
    """Draws a grid cell into an image (in a worker: QImage and QPainter,
    never a QPixmap): the picture (or the "cannot show" tile) centred at
    the top, the text under it on up to two lines."""

    top = SIZE * 3 // 4

    def draw(picture: QImage | None, text: str) -> QImage:
        shown = picture if picture is not None else cannot_show
        if shown.height() > top or shown.width() > size.width():
            shown = shown.scaled(
                min(SIZE, size.width()),
                top,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.drawImage(
            QPoint(
                (size.width() - shown.width()) // 2, (top - shown.height()) // 2 + 2
            ),
            shown,
        )
        painter.setFont(font)
        painter.setPen(color)
        under = QRect(2, top + 6, size.width() - 4, size.height() - top - 8)
        painter.setClipRect(under)
        painter.drawText(
            under,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            text,
        )
        painter.end()
        return image

    return draw


def _tile(text: str, color: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE * 3 // 4)
    pixmap.fill(color or QColor("#f3dede"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
