"""``--screenshot``: render the window offscreen as it would appear, save a PNG."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from archive import RecordNotFound

from .main_window import MainWindow


def settle(window: MainWindow, timeout: float = 30.0) -> None:
    """Process events until the list and facets have arrived."""
    browse = window.browse
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if not window.busy:
            break
        browse.results.wait(20)
    QApplication.processEvents()


def _search(window: MainWindow, argument: str) -> str | None:
    window.browse.search(argument)
    return None


def _article(window: MainWindow, argument: str) -> str | None:
    if not argument.isdigit():
        return "the article view needs an id: article:ID"
    archive = window.session.archive
    if archive is None:
        return "no archive is open"
    try:
        archive.article(int(argument))
    except RecordNotFound:
        return f"there is no article {argument}"
    browse = window.browse
    row = browse.list_model.row_of(int(argument))
    if row is not None:
        browse.select_row(row)
    else:
        browse.show_article(int(argument))
    return None


def _notes(window: MainWindow, argument: str) -> str | None:
    window.show_view(window.notes)
    return None


def _note(window: MainWindow, argument: str) -> str | None:
    if not argument.isdigit():
        return "the note view needs an id: note:ID"
    window.show_view(window.notes)
    settle(window)
    try:
        window.notes.show_note(int(argument))
    except RecordNotFound:
        return f"there is no note {argument}"
    return None


def _compare(window: MainWindow, argument: str) -> str | None:
    names = [n for n in argument.replace("，", ",").replace("、", ",").split(",") if n]
    if len(names) < 2:
        return "compare needs two to six places: compare:焦作,开封"
    problem = window.compare_places(names)
    if problem:
        return problem
    settle(window)
    for column in window.compare.columns.values():  # open each column's first
        if column.model.rowCount():
            column.list.setCurrentIndex(column.model.index(0))
    return None


def _matrix(window: MainWindow, argument: str) -> str | None:
    problem = _compare(window, argument)
    if problem:
        return problem
    window.compare.sections.setCurrentWidget(window.compare.matrix)
    settle(window)
    window.compare.matrix.wait(30)
    settle(window)
    return None


def _captions(window: MainWindow, argument: str) -> str | None:
    window.show_view(window.captions)
    if argument:
        window.captions.search(argument)
    return None


def _person(window: MainWindow, argument: str) -> str | None:
    if not argument.strip():
        return "the person view needs a name: person:NAME"
    if not window.show_person(argument):
        return f"nobody called {argument.strip()} is credited in this archive"
    return None


def _figures(window: MainWindow, argument: str) -> str | None:
    problem = _compare(window, argument.replace("compare needs", "figures needs"))
    window.compare.show_figures()
    return problem.replace("compare", "figures", 1) if problem else None


def _indicators(window: MainWindow, argument: str) -> str | None:
    """The Figures tab's indicator dictionary, opened (``argument``: what its
    find box holds)."""
    from .compare.figures_dictionary import IndicatorDialog  # noqa: PLC0415

    archive = window.session.archive
    if archive is None:
        return "no archive is open"
    dialog = IndicatorDialog(
        archive.indicators(), archive.shipped_indicators(), parent=window
    )
    dialog.filter_edit.setText(argument)
    window.indicator_dialog = dialog  # type: ignore[attr-defined]
    return None


# Each view of ``--view NAME[:ARGUMENT]``: puts the window in it, or says why not.
VIEWS: dict[str, Callable[[MainWindow, str], str | None]] = {
    "browse": lambda window, argument: None,
    "search": _search,
    "article": _article,
    "review": lambda window, argument: None,
    "notes": _notes,
    "note": _note,
    "compare": _compare,
    "tags": lambda window, argument: window.manage_tags(argument),
    "history": lambda window, argument: window.show_view(window.history),
    "matrix": _matrix,
    "captions": _captions,
    "person": _person,
    "figures": _figures,
    "indicators": _indicators,
}


def apply_view(window: MainWindow, view: str) -> str | None:
    """Put the window in ``view``; returns an error message if it cannot."""
    name, _, argument = view.partition(":")
    if name not in VIEWS:
        return f"unknown view {view!r}; try: {', '.join(VIEWS)}"
    settle(window)
    error = VIEWS[name](window, argument)
    settle(window)
    return error


def take(window: MainWindow, view: str, out: Path, size: tuple[int, int]) -> int:
    """Save a PNG of ``window`` in ``view``; returns the exit code."""
    window.resize(*size)
    window.show()
    error = apply_view(window, view)
    if error:
        print(f"clipfile: {error}", file=sys.stderr)
        return 1
    shown: QWidget = window
    if view == "review":
        review = window.show_review()
        if review is None:
            print("clipfile: the review window needs an archive", file=sys.stderr)
            return 1
        review.resize(*size)
        first = review.records.index(0, 0)
        if first.isValid():
            review.tree.setCurrentIndex(first)
        shown = review
    if view.startswith("indicators"):
        shown = window.indicator_dialog  # type: ignore[attr-defined]
        shown.show()
    window.browse.table.paint_budget_s = None  # every row in the one paint grabbed
    QApplication.processEvents()
    if not shown.grab().save(str(out)):
        print(f"clipfile: could not write {out}", file=sys.stderr)
        return 1
    return 0
