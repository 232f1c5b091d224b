"""The window's views beside Browse, each made when first shown.

At start-up the window shows the Browse view alone; importing and making the
others (Compare, Notes, Tags, History, Captions, People) before the first
paint was half of the window's start-up (issue 17: first paint 1.64–2.3 s at
a million articles). Each tab holds an empty stand-in until the view is first
shown or asked for, and once the first list has been shown the views'
modules are imported on a thread of their own, so a view opened later is
made without waiting for its imports on the GUI thread.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QTabWidget, QWidget

from archive import Archive


@dataclass
class ViewMaker:
    """How the window makes one of its views."""

    title: str
    module: str  # imported in the background once the first list is shown
    make: Callable[[], QWidget]  # the view, its signals connected
    # what the view would have done had it heard the archive open (it was
    # made after ``archive_changed`` was announced)
    opened: Callable[[Any, Archive], object] | None = None


class _Imported(QObject):
    done = Signal()  # emitted on the import thread, heard on the GUI thread


class LazyViews:
    """The window's tabs: views made on first show (:meth:`view`).

    ``imported`` (a signal, heard on the GUI thread): the background imports
    and preparation are over (:meth:`import_later`)."""

    def __init__(
        self,
        tabs: QTabWidget,
        archive: Callable[[], Archive | None],
        *,
        first: tuple[Callable[[], object], ...] = (),
        prepare: tuple[Callable[[], object], ...] = (),
        pause: Callable[[], object] = lambda: None,
    ):
        """``first`` and ``prepare``: run on the same thread before and after
        the imports (what the first use of a part would otherwise do on the
        GUI thread: ``first`` what the Browse view may need at once);
        ``pause``: called on that thread before each module and each step of
        ``prepare`` (to wait while the user's own work runs)."""
        self.tabs = tabs
        self._first = first
        self._prepare = prepare
        self._pause = pause
        self._archive = archive
        self._makers: dict[str, ViewMaker] = {}
        self._stand_ins: dict[str, QWidget] = {}
        self._made: dict[str, QWidget] = {}
        self._importing: threading.Thread | None = None
        self._imported = _Imported(tabs)
        self.imported = self._imported.done
        tabs.currentChanged.connect(self._on_current)

    def add(self, name: str, view: QWidget, title: str) -> None:
        """A view made already (Browse)."""
        self._made[name] = view
        self.tabs.addTab(view, title)

    def add_lazy(self, name: str, maker: ViewMaker) -> None:
        """A view made when its tab is first shown or :meth:`view` asks."""
        stand_in = QWidget(self.tabs)
        stand_in.setObjectName(f"{name}_stand_in")
        self._makers[name] = maker
        self._stand_ins[name] = stand_in
        self.tabs.addTab(stand_in, maker.title)

    def made(self, name: str) -> QWidget | None:
        """View ``name`` if it has been made, else None (it is not made)."""
        return self._made.get(name)

    def made_views(self) -> list[QWidget]:
        return list(self._made.values())

    def view(self, name: str) -> QWidget:
        """View ``name``, made now if it was not (in its tab's place)."""
        found = self._made.get(name)
        if found is not None:
            return found
        maker = self._makers[name]
        view = maker.make()
        self._made[name] = view
        stand_in = self._stand_ins.pop(name)
        at = self.tabs.indexOf(stand_in)
        showing = self.tabs.currentIndex() == at
        blocked = self.tabs.blockSignals(True)  # the tab shown stays the same
        try:
            self.tabs.insertTab(at, view, maker.title)
            if showing:
                self.tabs.setCurrentIndex(at)
            self.tabs.removeTab(at + 1)
        finally:
            self.tabs.blockSignals(blocked)
        stand_in.deleteLater()
        archive = self._archive()
        if archive is not None and maker.opened is not None:
            maker.opened(view, archive)
        return view

    def _on_current(self, index: int) -> None:
        shown = self.tabs.widget(index)
        for name, stand_in in list(self._stand_ins.items()):
            if stand_in is shown:
                self.view(name)

    def import_later(self) -> None:
        """Import the views' modules on a thread of their own (once): Python
        hands the GIL back every half millisecond, so the GUI thread goes on
        meanwhile."""
        if self._importing is not None:
            return
        modules = [m.module for n, m in self._makers.items() if n not in self._made]
        self._importing = threading.Thread(
            target=_import_all,
            args=(modules, self._first + self._prepare, len(self._first)),
            kwargs={"pause": self._pause, "done": self._imported.done},
            name="views-import",
            daemon=True,
        )
        self._importing.start()

    @property
    def importing(self) -> bool:
        """Whether the background imports have begun (:meth:`import_later`)."""
        return self._importing is not None

    def wait_imported(self, seconds: float | None = None) -> None:
        """Block until the background imports are done (tests, shutting down)."""
        if self._importing is not None:
            self._importing.join(seconds)


def _import_all(
    modules: list[str],
    steps: tuple[Callable[[], object], ...],
    first: int,
    *,
    pause: Callable[[], object],
    done: SignalInstance,
) -> None:
    """``steps[:first]``, then the modules and the other steps, each after
    ``pause``; ``done`` emitted at the end, however it ends."""
    try:
        for step in steps[:first]:
            with contextlib.suppress(Exception):  # done again when first used
                step()
        for module in modules:
            pause()
            try:
                importlib.import_module(module)
            except Exception:  # imported again when its view is made, said there
                return
        for step in steps[first:]:
            pause()
            try:
                step()
            except Exception:  # done again when first used, and said there
                return
    finally:
        with contextlib.suppress(RuntimeError):  # (the window is gone)
            done.emit()
