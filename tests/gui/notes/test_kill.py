"""Killing the window loses at most the last two seconds of a note (a real
process, SIGKILLed while its editor is typed into)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from archive import Archive, NoteFilter

ROOT = Path(__file__).resolve().parents[3]
TYPIST = """
import os, sys, time
sys.path.insert(0, {root!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pathlib import Path
app = QApplication([])
from gui.main_window import MainWindow
window = MainWindow()
window.warn = print
window.open_archive(Path({archive!r}))
panel = window.browse.notes
window.browse.show_article(1)
panel.add_note()
typed = []

def key():
    typed.append(f"第{{len(typed):03d}}句。")
    panel.editor.text.moveCursor(panel.editor.text.textCursor().MoveOperation.End)
    panel.editor.text.insertPlainText(typed[-1])
    print(time.monotonic(), len(typed), flush=True)

timer = QTimer(); timer.timeout.connect(key); timer.start(100)
app.exec()
"""


def test_a_kill_loses_at_most_the_last_two_seconds(demo_path, tmp_path):
    script = tmp_path / "typist.py"
    script.write_text(TYPIST.format(root=str(ROOT), archive=str(demo_path)))
    typist = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    lines = []
    started = None
    for line in typist.stdout:
        at, count = line.split()
        started = started or float(at)
        lines.append((float(at), int(count)))
        if float(at) - started > 6.5:
            break
    os.kill(typist.pid, signal.SIGKILL)
    killed = time.monotonic()
    typist.wait()
    with Archive.open(demo_path) as archive:
        notes = archive.notes_by_id(archive.note_ids(NoteFilter(text="第000句")))
    assert notes, "nothing was saved in six seconds of typing"
    saved = notes[0].body.count("句")
    # everything typed more than two seconds (and a save's moment) before the kill
    due = max(count for at, count in lines if at < killed - 2.5)
    assert saved >= due, (saved, due, len(lines))
