"""The notes list as a Qt table model over note ids, rows read a page at a time."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from archive import Archive, Note

from ..headers import Index, header
from ..i18n import QT_TRANSLATE_NOOP

PAGE = 200
CACHED_PAGES = 20
_COLUMNS = (
    QT_TRANSLATE_NOOP("NotesListModel", "Changed"),
    QT_TRANSLATE_NOOP("NotesListModel", "Author"),
    QT_TRANSLATE_NOOP("NotesListModel", "About"),
    QT_TRANSLATE_NOOP("NotesListModel", "Note"),
)
TARGET_NAMES = {
    "article": QT_TRANSLATE_NOOP("NotesListModel", "Article"),
    "caption": QT_TRANSLATE_NOOP("NotesListModel", "Caption"),
    "passage": QT_TRANSLATE_NOOP("NotesListModel", "Passage"),
    "city": QT_TRANSLATE_NOOP("NotesListModel", "City"),
    "county": QT_TRANSLATE_NOOP("NotesListModel", "County"),
    "tag": QT_TRANSLATE_NOOP("NotesListModel", "Tag"),
    "search": QT_TRANSLATE_NOOP("NotesListModel", "Saved search"),
    "journal": QT_TRANSLATE_NOOP("NotesListModel", "Journal"),
    "set": QT_TRANSLATE_NOOP("NotesListModel", "Comparison"),
    "cell": QT_TRANSLATE_NOOP("NotesListModel", "Matrix cell"),
}


_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        NOTE_ROLE := Qt.ItemDataRole.UserRole + 1,
    )
)


def target_name(kind: str) -> str:
    """What a note can be about, in the interface language."""
    return QCoreApplication.translate("NotesListModel", TARGET_NAMES.get(kind, kind))


class NotesListModel(QAbstractTableModel):
    """Holds the ids of the notes listed; reads their rows in pages of 200."""

    NoteRole = NOTE_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Note]] = OrderedDict()

    def set_ids(
        self,
        archive: Archive | None,
        ids: list[int],
        *,
        first: list[Note] | None = None,
    ) -> None:
        """List ``ids``; ``first``: the notes of the first page, read already
        (off the GUI thread)."""
        self.beginResetModel()
        self.archive, self.ids = archive, list(ids)
        self._pages.clear()
        if first is not None:
            self._pages[0] = {n.id: n for n in first}
        self.endResetModel()

    def refresh(self, note_ids: frozenset[int]) -> None:
        """Read the rows of ``note_ids`` again (they were edited)."""
        for page, notes in list(self._pages.items()):
            if any(i in note_ids for i in notes):
                del self._pages[page]
                first = page * PAGE
                last = min(first + PAGE, len(self.ids)) - 1
                self.dataChanged.emit(self.index(first, 0), self.index(last, 3))

    def note(self, row: int) -> Note | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        notes = self._pages.get(page)
        if notes is None:
            notes = self._load(page)
        return notes.get(self.ids[row])

    def row_of(self, note_id: int) -> int | None:
        return self.ids.index(note_id) if note_id in self.ids else None

    def _load(self, page: int) -> dict[int, Note]:
        """The notes of ``page`` by id (a cell found its note by reading the
        page's list: 1.5 s of the GUI thread to show the Notes view of 60,000
        articles, issue 17)."""
        ids = self.ids[page * PAGE : (page + 1) * PAGE]
        found = self.archive.notes_by_id(ids) if self.archive else []
        notes = {n.id: n for n in found}
        self._pages[page] = notes
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return notes

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        return header("NotesListModel", list(_COLUMNS), section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in _ROLES:
            return None  # (Qt asks a dozen roles of every cell it paints)
        note = self.note(index.row())
        if note is None:
            return None
        if role == self.NoteRole:
            return note
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 2:  # cut in the list: here whole
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            return note.body[:400]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return note.updated_at[:16].replace("T", " ")
        if column == 1:
            return note.created_by or ""
        if column == 2:
            return f"{target_name(note.target)}  {note.about}".strip()
        return note.title
