"""Favourite tags on the number keys: 1–9 pressed in the article list or the
reader tags the chosen articles with the tag on that key, or, when every one
of them has it already, takes it off (one undo step either way). A tag gets
its key from the sidebar's tag tree (right-click ▸ Favourite Key)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QActionGroup, QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget

KEYS = tuple(range(1, 10))
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in KEYS}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
CIRCLED = "①②③④⑤⑥⑦⑧⑨"  # how the tree marks a favourite's key


def key_mark(key: int) -> str:
    return CIRCLED[key - 1]


class FavouriteKeys(QObject):
    """Watches widgets (an event filter) for a number key pressed alone.

    Signals:
        pressed(int): the key, 1 to 9.
    """

    pressed = Signal(int)

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = _DIGITS.get(Qt.Key(event.key()))
            if key is not None and event.modifiers() in _PLAIN:
                self.pressed.emit(key)
                return True
        return False


def _calling(chosen: Callable[[int | None], object], key: int) -> Callable[[], object]:
    """``chosen(key)`` as a menu action's slot (it is given no arguments)."""
    return lambda: chosen(key)


def add_key_menu(
    menu: QMenu,
    path: str,
    favourites: dict[int, str],
    chosen: Callable[[int | None], object],
) -> QMenu:
    """A Favourite Key submenu for tag ``path``: each key with the tag it
    has now, the tag's own checked, and No Key."""
    keys = menu.addMenu(QCoreApplication.translate("FavouriteKeys", "Favourite Key"))
    group = QActionGroup(keys)
    for key in KEYS:
        holder = favourites.get(key)
        label = f"&{key}" + (f"\t{holder}" if holder and holder != path else "")
        action = keys.addAction(label, _calling(chosen, key))
        action.setCheckable(True)
        action.setChecked(holder == path)
        group.addAction(action)
    keys.addSeparator()
    none = keys.addAction(
        QCoreApplication.translate("FavouriteKeys", "No Key"), lambda: chosen(None)
    )
    none.setEnabled(path in favourites.values())
    return keys
