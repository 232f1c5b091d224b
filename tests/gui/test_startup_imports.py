"""The window starts without importing what it does not show at once (issue
17: ``import archive`` took 0.8–1.1 s of CPU before the window): the
importer, the headless commands, Compare's reports, Markdown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# what the window's start-up imports: main.py's window path, the app, the window
STARTUP = """
import json, sys
import main
main.build_parser(subcommands=False).parse_known_args([])
from archive import Archive
import gui.app
from gui.main_window import MainWindow
print(json.dumps(sorted(sys.modules)))
"""

NOT_AT_STARTUP = (
    "trafilatura",
    "charset_normalizer",
    "markdown",
    "archive.cli",
    "archive.importing.importer",
    "archive.importing.loading",
    "archive.compare.side_by_side.report",
    # Compare's package compiles its figure patterns (0.14 s): the gazetteer
    # is built on the views' import thread once the first list is shown
    "archive.compare",
    "archive.compare.figures",
    "archive.exchange.nitf",
    "archive.demo",
    # pictures (Pillow) for the Captions view; the error the window names
    # lives in archive.errors
    "PIL",
    "archive.media.images",
    # the import dialog (and the importer behind it) once an import starts
    "gui.importing.dialog",
    # notes' renderer and its HTML cleaner, loaded once a note is shown
    "archive.notes.render",
    "nh3",
)


def test_the_window_starts_without_the_importer_the_cli_or_markdown():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", STARTUP],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    loaded = set(json.loads(run.stdout.strip().splitlines()[-1]))
    assert "archive.core" in loaded  # (the check sees the project's modules)
    assert [m for m in NOT_AT_STARTUP if m in loaded] == []


def test_every_name_of_the_archive_facade_is_there_when_asked():
    import archive

    missing = [name for name in archive.__all__ if not hasattr(archive, name)]
    assert missing == []
    assert set(archive.__all__) <= set(dir(archive))
    assert archive.Archive.__name__ == "Archive"


def test_a_compare_columns_first_rows_are_compares_own():
    from archive.compare.side_by_side.columns import FIRST_ROWS
    from archive.core import COMPARE_FIRST_ROWS

    assert COMPARE_FIRST_ROWS == FIRST_ROWS
