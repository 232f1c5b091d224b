"""GUI fixtures: settings in a temporary folder, a window on a demo archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The interface as on an English system (the app always loads a .qm)."""
    from gui import i18n

    return i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder)
    )
    return folder


def settle(qtbot, window: MainWindow, timeout: int = 10_000) -> None:
    """Wait until the list and facets for the current filters have arrived."""
    qtbot.waitUntil(
        lambda: (
            not window.browse.results.busy and not window.browse.search_timer.isActive()
        ),
        timeout=timeout,
    )
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, demo_path):
    window = MainWindow()
    window.warnings = []
    window.warn = window.warnings.append
    qtbot.addWidget(window)
    assert window.open_archive(demo_path)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    yield window
    window.browse.results.cancel()
    window.browse.results.wait(5000)


def type_text(widget, text: str) -> None:
    """Type ``text`` as an input method commits it (keyClicks aborts on CJK)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
