"""What the table models share: the index type Qt hands them, and column
headers (translated names, horizontal only)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex  # what Qt passes a model's methods


def header(
    context: str,
    names: Sequence[str],
    section: int,
    orientation: Qt.Orientation,
    role: int,
) -> str | None:
    """The translated name of column ``section``, for horizontal display only."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(names)
    ):
        return QCoreApplication.translate(context, names[section])
    return None
