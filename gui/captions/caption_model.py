"""The captions listed: ids for every match, rows read a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QPixmap

from archive import Archive, CaptionRow

from ..background import Job, Reader
from ..headers import Index, header
from ..i18n import QT_TRANSLATE_NOOP
from .thumbnails import Thumbnails

PAGE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("CaptionsModel", "Label"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Date"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Place"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Photographers"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Credit"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Kind"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Caption"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Article"),
)
KIND_NAMES = {
    "news": QT_TRANSLATE_NOOP("CaptionsModel", "News photo"),
    "file": QT_TRANSLATE_NOOP("CaptionsModel", "File photo (资料图)"),
    "supplied": QT_TRANSLATE_NOOP("CaptionsModel", "Supplied (供图)"),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_ROLE = Qt.ItemDataRole.UserRole + 2  # the grid's cell: (picture, text)


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("CaptionsModel", KIND_NAMES.get(kind, kind))


def read_rows(archive: Archive, ids: list[int]) -> list[CaptionRow]:
    """Rows of ``ids`` on a connection of its own (in a worker)."""
    if archive.path is None:
        return archive.caption_rows(ids)
    with archive.reader() as reader:
        return reader.caption_rows(ids)


class CaptionRows(QObject):
    """The rows of a list of caption ids, read from the archive a page at a
    time as they are shown: the first page at once, the others off the GUI
    thread (a page of 200 took 6-9 ms of CPU at 200,000 captions, 15-45 ms
    on a loaded machine: a stall on every twelfth step of a scroll), the
    next one read before it is reached.

    Signals:
        rows_ready(int, int): rows first..last (indexes) were read.
    """

    rows_ready = Signal(int, int)

    def __init__(
        self,
        parent: QObject | None = None,
        reader: Callable[[], Reader | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        # the window's kept connection, when there is one: one opened for
        # each page read took 13 ms a page where the kept one takes 6 (CPU
        # 7.4 -> 4.5 ms, load 5), CPU a worker holds the GIL for while the
        # GUI thread paints
        self._reader = reader
        self.ids: list[int] = []
        self._rows: dict[int, CaptionRow] = {}
        self.rows_of_file: dict[str, set[int]] = {}  # picture → rows read
        self._reading: dict[int, Job] = {}  # page start → its read
        self._read_pages: set[int] = set()  # page starts read whole
        self._generation = 0

    def reset(self, archive: Archive | None, ids: list[int]) -> None:
        self.cancel()
        self._generation += 1
        self.archive, self.ids = archive, list(ids)
        self._rows.clear()
        self._read_pages.clear()
        self.rows_of_file.clear()

    def cancel(self) -> None:
        for job in self._reading.values():
            job.cancel()
        self._reading.clear()

    @property
    def busy(self) -> bool:
        return bool(self._reading)

    def forget(self, caption_ids: Iterable[int]) -> None:
        for i in caption_ids:
            self._rows.pop(i, None)
        self._read_pages.clear()  # which pages they were on: asked again

    def row(self, index: int) -> CaptionRow | None:
        """Row ``index`` if read (None while it is being read)."""
        if not 0 <= index < len(self.ids) or self.archive is None:
            return None
        found = self._rows.get(self.ids[index])
        start = (index // PAGE) * PAGE
        if found is None:
            if not self._rows:  # the first screen: at once
                self._take(start, self.archive.caption_rows(self._page(start)))
                return self._rows.get(self.ids[index])
            self._read(start)
        elif index - start > PAGE // 2:
            self._read(start + PAGE)  # the next page before it is reached
        return found

    def _page(self, start: int) -> list[int]:
        return [i for i in self.ids[start : start + PAGE] if i not in self._rows]

    def _read(self, start: int) -> None:
        """Read the page from ``start`` in a worker, unless it is read or
        being read (asked on every paint of a row past a page's middle: the
        200 ids looked up each time were 2 s of a 200-step scroll)."""
        if (
            start >= len(self.ids)
            or start in self._reading
            or start in self._read_pages
            or self.archive is None
        ):
            return
        wanted = self._page(start)
        if not wanted:
            self._read_pages.add(start)
            return
        archive, generation = self.archive, self._generation
        reader = self._reader() if self._reader is not None else None
        if reader is not None and reader.archive is archive:
            job = reader.job(lambda kept: kept.caption_rows(wanted), parent=self)
        else:
            job = Job(lambda _work: read_rows(archive, wanted), parent=self)
        job.succeeded.connect(lambda rows: self._arrived(start, rows, generation))
        job.failed.connect(lambda _error: self._reading.pop(start, None))
        self._reading[start] = job
        job.start()

    def _arrived(self, start: int, rows: list[CaptionRow], generation: int) -> None:
        self._reading.pop(start, None)
        if generation != self._generation:
            return
        self._take(start, rows)
        self.rows_ready.emit(start, min(start + PAGE, len(self.ids)) - 1)

    def _take(self, start: int, rows: list[CaptionRow]) -> None:
        self._read_pages.add(start)
        for row in rows:
            self._rows[row.id] = row
        for at, i in enumerate(self.ids[start : start + PAGE], start):
            read = self._rows.get(i)
            if read is not None and read.image:
                self.rows_of_file.setdefault(read.image, set()).add(at)


class CaptionsModel(QAbstractTableModel):
    def __init__(self, rows: CaptionRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        rows.rows_ready.connect(self._on_rows)

    def _on_rows(self, first: int, last: int) -> None:
        last = min(last, self.rowCount() - 1)
        if 0 <= first <= last:
            self.dataChanged.emit(
                self.index(first, 0), self.index(last, self.columnCount() - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        return header("CaptionsModel", COLUMNS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.rows.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows.row(index.row())
        if row is None:
            return None
        column = index.column()
        if column == 6 and role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        return _cell(row, column)

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def _cell(row: CaptionRow, column: int) -> str:
    if column == 0:
        return row.label or ""
    if column == 1:
        return row.date or ""
    if column == 2:
        return " ".join(p for p in (row.city, row.county) if p)
    if column == 3:
        return "、".join(row.photographers)
    if column == 4:
        return row.credit or ""
    if column == 5:
        return kind_name(row.kind)
    if column == 6:
        return row.text.replace("\n", " ")[:80]
    return row.article_title or ""


class CaptionGridModel(QAbstractListModel):
    """The same captions as pictures (only those with one are listed)."""

    def __init__(
        self, rows: CaptionRows, thumbnails: Thumbnails, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.rows = rows
        self.thumbnails = thumbnails
        thumbnails.ready.connect(self._on_ready)
        thumbnails.cells_ready.connect(self._on_cells)
        rows.rows_ready.connect(self._on_rows)

    def _on_rows(self, first: int, last: int) -> None:
        last = min(last, self.rowCount() - 1)
        if 0 <= first <= last:
            self.dataChanged.emit(self.index(first), self.index(last))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.rows.ids[index.row()]
        if role == CELL_ROLE:
            return self.cell(index.row())
        row = self.rows.row(index.row())
        if row is None:  # being read
            if role == Qt.ItemDataRole.DecorationRole:
                return self.thumbnails.loading
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self.thumbnails.failed.get(row.image or "")
            return row.text + (f"\n\n{problem}" if problem else "")
        if role == Qt.ItemDataRole.DecorationRole and row.image:
            return self.thumbnails.pixmap(row.image) or self.thumbnails.loading
        return None

    def cell(self, at: int) -> tuple[QPixmap, str]:
        """Row ``at``'s cell as the grid paints it: its picture (a tile
        while its row is read or its picture made) and its text."""
        row = self.rows.row(at)
        if row is None:  # being read
            return self.thumbnails.loading, ""
        text = _cell_text(row)
        if not row.image:
            return self.thumbnails.cannot_show, text
        found = self.thumbnails.picture(row.image)
        return (found if found is not None else self.thumbnails.loading), text

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_cells(self, files: list[str]) -> None:
        """One dataChanged for a batch of cells' pictures made (one a cell
        cost a signal's trip through Python each)."""
        rows = [at for f in files for at in self.rows.rows_of_file.get(f, ())]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows)), self.index(max(rows)), [CELL_ROLE]
            )

    def _on_ready(self, file: str) -> None:
        for at in sorted(self.rows.rows_of_file.get(file, ())):
            cell = self.index(at)
            self.dataChanged.emit(
                cell, cell, [Qt.ItemDataRole.DecorationRole, CELL_ROLE]
            )


def _cell_text(row: CaptionRow) -> str:
    head = row.label or row.date or ""
    return f"{head} {'、'.join(row.photographers)}".strip()
