"""Starting the GUI: application, language, the archive to open, the window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from importlib import resources
from pathlib import Path
from typing import cast

from archive import ArchiveMissing, default_archive_path


def run(args: argparse.Namespace) -> int:
    """Open the window (or with --screenshot, render it); returns the exit code."""
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QIcon  # noqa: PLC0415 (after the platform is chosen)
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

    from . import i18n, screenshot, settings  # noqa: PLC0415
    from .main_window import MainWindow  # noqa: PLC0415
    from .messages import describe  # noqa: PLC0415

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName("Clipfile")
    app.setApplicationName("Clipfile")
    with resources.as_file(
        resources.files("resources") / "icons" / "clipfile.svg"
    ) as icon:
        app.setWindowIcon(QIcon(str(icon)))
    i18n.install(app, i18n.pick_language(args.lang or settings.language()))

    path = (
        args.archive or _remembered(settings.last_archive()) or default_archive_path()
    )
    if args.archive is not None and not args.archive.exists():
        message = describe(ArchiveMissing(f"no archive at {path}", path=path))
        print(f"clipfile: no archive at {path}", file=sys.stderr)
        if not args.screenshot:
            QMessageBox.warning(None, "Clipfile", message)
        return 1
    if not path.exists():
        from archive import write_demo  # noqa: PLC0415 (first run only)

        write_demo(path).close()  # first run: the user's archive starts as the demo

    window = MainWindow()
    if args.screenshot:
        # a screenshot says what went wrong on stderr, not in a dialog
        window.warn = lambda text: print(f"clipfile: {text}", file=sys.stderr)  # type: ignore[method-assign]
    if not window.open_archive(path):
        return 1
    if args.screenshot:
        return screenshot.take(window, args.view, args.screenshot, args.size)
    window.show()
    # What start-up made (modules, Qt's wrappers, the window: some 58,000
    # objects) is kept out of the cyclic collector's full passes: one took
    # 41-46 ms of the GUI thread, unannounced, in the middle of a scroll.
    gc.freeze()
    return app.exec()


def _remembered(path: Path | None) -> Path | None:
    return path if path is not None and path.exists() else None
