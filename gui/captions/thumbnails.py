"""Thumbnails and the grid's cells' pictures, made off the GUI thread and
kept.

A worker only decodes and scales a picture, with Pillow (which lets the GUI
thread run meanwhile), and hands its RGB bytes over; the GUI thread makes a
pixmap of them and keeps it in the QPixmapCache at display size. A cell's
text (label or date, photographers) is laid out once on the GUI thread as a
QStaticText and drawn when the cell is painted. Qt in the worker held the
GUI thread up: QPainter.drawText there (0.05 ms a call) made the GUI
thread's wake-ups late by 16-43 ms at the 99th percentile (70 at most), and
QImage.scaled holds the GIL throughout (20 ms for a 3000 × 2000 picture),
where pure Python, or Pillow, leave them 2-5 ms late.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque

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
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPixmap,
    QPixmapCache,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from archive import Archive, ArchiveError, CannotShow, Pixels

from ..background import Job, Work
from ..messages import picture_problem

SIZE = 160
TOP = SIZE * 3 // 4  # a cell's picture is at most SIZE × TOP, its text under it
CACHE_KB = 96 * 1024  # the pixmap cache: about 1,200 pictures, 40 screens
TEXTS = 4096  # cells' text layouts kept (about 100 screens of the grid)
# A cell not asked for again within this of the latest ask has been
# scrolled past: it is not drawn (a fast scroll asks for 15 cells a frame,
# more than two threads draw under load: they fell 24 s behind).
PASSED_S = 0.25
BATCH_S = 0.03  # decoded pictures handed to the GUI thread at most this often
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap
)


class Thumbnails(QObject):
    """``pixmap(file)`` answers at once: the thumbnail, or None while it is
    being made (``ready(file)`` follows), or the "cannot show" tile.
    ``picture(file)`` does the same for a grid cell's picture, and
    ``paint_cell`` paints a cell, its picture and its text.

    Signals:
        ready(str): the media file whose thumbnail (or failure) is in.
        cells_ready(list): the media files of cells' pictures made since the
            last.
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
        self._cell_job: Job | None = None  # drains the queue of pictures
        self._queue: deque[tuple[str, str]] = deque()  # key, file
        self._asked: set[str] = set()  # keys queued or being made
        self._asked_at: dict[str, float] = {}  # key -> when last painted unmade
        self._latest_ask = 0.0
        self._texts: OrderedDict[str, QStaticText] = OrderedDict()
        self.cannot_show = _tile(self.tr("cannot show"))
        self.loading = _tile(self.tr("loading…"), QColor("#eeeeee"))
        self.cell_size = QSize(SIZE + 24, TOP + 44)
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

    def _key(self, kind: str, file: str) -> str:
        return f"clipfile-{kind}:{self._generation}:{file}"

    def pixmap(self, file: str) -> QPixmap | None:
        found = _cached(self._key("thumbnail", file))
        if found is not None:
            return found
        if file in self.failed:
            return self.cannot_show
        if file not in self._jobs and self.archive is not None:
            archive = self.archive
            job = Job(
                lambda _work: archive.thumbnail_pixels(file, SIZE, SIZE),
                parent=self,
                pool=self.pool,
            )
            job.succeeded.connect(lambda pixels, f=file: self._made(f, pixels))
            job.failed.connect(lambda error, f=file: self._failed(f, error))
            self._jobs[file] = job
            job.start()
        return None

    def _made(self, file: str, pixels: Pixels) -> None:
        self._done(self._jobs.pop(file, None))
        QPixmapCache.insert(self._key("thumbnail", file), to_pixmap(pixels))
        self.ready.emit(file)

    def _failed(self, file: str, error: BaseException) -> None:
        self._done(self._jobs.pop(file, None))
        self.failed[file] = _problem(error)
        self.ready.emit(file)

    # The grid's cells

    def picture(self, file: str) -> QPixmap | None:
        """The picture of a grid cell showing media ``file`` (at most SIZE ×
        TOP), the "cannot show" tile, or None while it is made
        (``cells_ready`` follows). Pictures asked for go on a queue that one
        job at a time drains, handing them over in batches (a job, or a
        signal, per cell cost the GUI thread 7-9 ms a step of a scroll under
        load)."""
        if file in self.failed:
            return self.cannot_show
        key = self._key("cell", file)
        found = _cached(key)
        if found is not None or self.archive is None:
            return found
        self._latest_ask = self._asked_at[key] = time.monotonic()
        if key not in self._asked:
            self._asked.add(key)
            self._queue.append((key, file))
            if self._cell_job is None:
                self._start_making()
        return None

    def _start_making(self) -> None:
        archive, queue, asked_at = self.archive, self._queue, self._asked_at
        if archive is None or not queue:
            return
        width = min(SIZE, self.cell_size.width())

        def work(work: Work) -> None:
            """Pure Python and Pillow (never Qt: see the module's words)."""
            batch: list[tuple[str, str, Pixels | None, str | None]] = []
            sent = time.monotonic()
            while queue and not work.cancelled:
                key, file = queue.popleft()
                if self._latest_ask - asked_at.get(key, 0.0) > PASSED_S:
                    batch.append((key, file, None, None))  # scrolled past
                else:
                    try:
                        pixels = archive.thumbnail_pixels(file, width, TOP)
                        batch.append((key, file, pixels, None))
                    except (ArchiveError, OSError) as error:
                        batch.append((key, file, None, _problem(error)))
                if time.monotonic() - sent > BATCH_S or not queue:
                    work.report(batch)
                    batch, sent = [], time.monotonic()
            if batch:
                work.report(batch)

        job = Job(work, parent=self, pool=self.pool)
        job.progressed.connect(lambda value: self._arrived(value[0]))
        job.succeeded.connect(lambda _none: self._making_done(job))
        job.failed.connect(lambda _error: self._making_done(job))
        self._cell_job = job
        job.start()

    def _arrived(self, batch: list[tuple[str, str, Pixels | None, str | None]]) -> None:
        files = []
        for key, file, pixels, problem in batch:
            self._asked.discard(key)
            self._asked_at.pop(key, None)
            if problem is not None:
                self.failed[file] = problem
            elif pixels is None:  # scrolled past: asked again if shown again
                continue
            else:
                QPixmapCache.insert(key, to_pixmap(pixels))
            files.append(file)
        if files:
            self.cells_ready.emit(files)

    def _making_done(self, job: Job) -> None:
        if self._cell_job is job:
            self._cell_job = None
            self._start_making()  # what was asked for as it ended
        self._done(job)

    @staticmethod
    def _done(job: Job | None) -> None:
        if job is not None:
            job.deleteLater()

    def text(self, text: str) -> QStaticText:
        """``text`` laid out as a cell shows it (wrapped, centred), once:
        drawing it again costs no layout."""
        found = self._texts.get(text)
        if found is not None:
            self._texts.move_to_end(text)
            return found
        laid = QStaticText(text)
        laid.setTextFormat(Qt.TextFormat.PlainText)
        laid.setTextWidth(self.cell_size.width() - 4)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        laid.setTextOption(option)
        laid.prepare(QTransform(), self.font)
        self._texts[text] = laid
        if len(self._texts) > TEXTS:
            self._texts.popitem(last=False)
        return laid

    def paint_cell(
        self, painter: QPainter, cell: QRect, picture: QPixmap, text: str
    ) -> None:
        """Cell ``cell``: ``picture`` centred at its top, ``text`` under it
        on up to two lines (the painter's font and pen set by the caller:
        :meth:`prepare`)."""
        painter.drawPixmap(picture_at(cell, picture), picture)
        if text:
            under = text_rect(cell)
            painter.setClipRect(under)
            painter.drawStaticText(under.topLeft(), self.text(text))
            painter.setClipping(False)

    def prepare(self, painter: QPainter) -> None:
        painter.setFont(self.font)
        painter.setPen(self.color)

    def forget_texts(self) -> None:
        """The layouts dropped (the font or the cells' width changed)."""
        self._texts.clear()


def picture_at(cell: QRect, picture: QPixmap) -> QPoint:
    """Where a cell's picture goes: centred in the cell's top SIZE × TOP."""
    return QPoint(
        cell.x() + (cell.width() - picture.width()) // 2,
        cell.y() + (TOP - picture.height()) // 2 + 2,
    )


def text_rect(cell: QRect) -> QRect:
    """Where a cell's text goes: under its picture, two lines high."""
    return QRect(
        cell.x() + 2, cell.y() + TOP + 6, cell.width() - 4, cell.height() - TOP - 8
    )


class CellDelegate(QStyledItemDelegate):
    """Paints a grid cell as Qt's own item painting does it, the model's
    ``role`` giving its picture and text: the selection's colour, the
    picture, the text drawn by QPainter.drawText (laid out on every paint).
    The grid paints the same picture itself (the reference its test
    compares with)."""

    def __init__(
        self, role: int, thumbnails: Thumbnails, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.role, self.thumbnails = role, thumbnails

    def sizeHint(
        self, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return self.thumbnails.cell_size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        cell = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            highlight = QColor(option.palette.highlight().color())
            highlight.setAlpha(90)
            painter.fillRect(cell, highlight)
        shown = index.data(self.role)
        if not isinstance(shown, tuple):
            return
        picture, text = shown
        painter.save()
        painter.drawPixmap(picture_at(cell, picture), picture)
        painter.setFont(self.thumbnails.font)
        painter.setPen(self.thumbnails.color)
        under = text_rect(cell)
        painter.setClipRect(under)
        painter.drawText(under, TEXT_FLAGS, text)
        painter.restore()


def to_pixmap(pixels: Pixels) -> QPixmap:
    """A pixmap of decoded ``pixels`` (on the GUI thread: a copy, no
    decoding)."""
    image = QImage(
        pixels.rgb,
        pixels.width,
        pixels.height,
        pixels.width * 3,
        QImage.Format.Format_RGB888,
    )
    return QPixmap.fromImage(image)


def _problem(error: BaseException) -> str:
    if isinstance(error, CannotShow):
        return picture_problem(error)
    return str(error)


def _cached(key: str) -> QPixmap | None:
    found = QPixmap()
    return found if QPixmapCache.find(key, found) else None


def _tile(text: str, color: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(SIZE, TOP)
    pixmap.fill(color or QColor("#f3dede"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
