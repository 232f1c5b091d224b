"""``--screenshot``: render the window offscreen as it would appear, save a PNG."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .main_window import MainWindow

VIEWS = ("browse", "search", "article", "review")


def settle(window: MainWindow, timeout: float = 30.0) -> None:
    """Process events until the list and facets have arrived."""
    browse = window.browse
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if not browse.results.busy and not browse.search_timer.isActive():
            break
        browse.results.wait(20)
    QApplication.processEvents()


def apply_view(window: MainWindow, view: str) -> str | None:
    """Put the window in ``view``; returns an error message if it cannot."""
    name, _, argument = view.partition(":")
    if name not in VIEWS:
        return f"unknown or not yet available view {view!r}; try: {', '.join(VIEWS)}"
    settle(window)
    browse = window.browse
    if name == "search":
        browse.search(argument)
    elif name == "article":
        if not argument.isdigit():
            return "article view needs an id: article:ID"
        row = browse.list_model.row_of(int(argument))
        if row is not None:
            browse.select_row(row)
        else:
            browse.show_article(int(argument))
    settle(window)
    return None


def take(window: MainWindow, view: str, out: Path, size: tuple[int, int]) -> int:
    """Save a PNG of ``window`` in ``view``; returns the exit code."""
    window.resize(*size)
    window.show()
    error = apply_view(window, view)
    if error:
        print(f"clipfile: {error}", file=sys.stderr)
        return 2
    shown = window
    if view == "review":
        shown = window.show_review()
        shown.resize(*size)
        first = shown.records.index(0, 0)
        if first.isValid():
            shown.tree.setCurrentIndex(first)
    QApplication.processEvents()
    if not shown.grab().save(str(out)):
        print(f"clipfile: could not write {out}", file=sys.stderr)
        return 1
    return 0
