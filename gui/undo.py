"""Undo and Redo actions that follow the archive's edit history: one place
for every window that has them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from archive import UndoState

from .messages import command_label
from .session import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def bind_undo_actions(session: Session, undo: QAction, redo: QAction) -> None:
    """Enable and name ``undo`` and ``redo`` by the session's undo state, and
    run them through the session."""
    undo.triggered.connect(session.undo)
    redo.triggered.connect(session.redo)

    def show(state: UndoState) -> None:
        undo.setEnabled(state.undo is not None)
        redo.setEnabled(state.redo is not None)
        undo.setText(
            tr("&Undo %1").replace("%1", command_label(state.undo))
            if state.undo
            else tr("&Undo")
        )
        redo.setText(
            tr("&Redo %1").replace("%1", command_label(state.redo))
            if state.redo
            else tr("&Redo")
        )

    session.undo_state_changed.connect(show)
    show(session.undo_state)
