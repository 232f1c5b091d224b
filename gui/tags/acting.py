"""Running a tag command whose very making may refuse what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from archive import ArchiveError, Command

from ..session import Session

C = TypeVar("C", bound=Command)


def perform(session: Session, make: Callable[[], C]) -> C | None:
    """Make the command and run it; None if either refused (the session
    has then said why, in the user's language)."""
    try:
        command = make()
    except ArchiveError as error:
        session.report_failure(error)
        return None
    return command if session.perform(command) is not None else None


def perform_later(
    session: Session, make: Callable[[], C], done: Callable[[C], None]
) -> None:
    """Make the command and run it, a large one off the GUI thread
    (:meth:`Session.perform_later`); ``done(command)`` once it has been made."""
    try:
        command = make()
    except ArchiveError as error:
        session.report_failure(error)
        return
    session.perform_later(command, lambda _changes: done(command))
