"""Modules imported when first used: the window's start-up imports the
archive's facade, not the importer, the CLI, Compare's reports or Markdown
(issue 17: ``import archive`` took 0.8–1.1 s of CPU before the window)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for the module ``name`` (absolute): the first attribute asked
    of it imports the module, which then answers every attribute."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<lazy module {self._name!r}, {state}>"


def lazy(name: str) -> Any:
    """The module ``name``, imported when one of its attributes is first used."""
    return LazyModule(name)
