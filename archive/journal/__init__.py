"""The one path for every change, and the archive's edit history (undo and
redo from any process): :mod:`.writes` the transactions, :mod:`.capture` the
rows each edit changed, :mod:`.history` the edits read back.

May import: archive.search, archive.records, archive.store, archive.commands
and below.
"""

from .capture import CAPTURED, UndoConflict
from .writes import HistoryEntry, Journal, UndoState, Write

__all__ = ["CAPTURED", "HistoryEntry", "Journal", "UndoConflict", "UndoState", "Write"]
