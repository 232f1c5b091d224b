"""The views beside Browse are made when first shown (issue 17: making them
all held the window's first paint): each still shows its archive's content
the first time it is shown, by its tab or from the View menu, and opening
another archive reaches the views made and those not made alike."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from archive import Archive, CaptionFilter, NoteFilter

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]


def _tab(window, title: str) -> int:
    return next(
        i for i in range(window.views.count()) if window.views.tabText(i) == title
    )


def _view_action(window, title: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in menu.actions() if a.text() == title)


def test_the_notes_tab_clicked_lists_the_archives_notes_the_first_time(qtbot, window):
    archive = window.session.archive
    demo_notes = archive.count_notes(NoteFilter())
    assert demo_notes > 0
    window.views.tabBar().setCurrentIndex(_tab(window, "Notes"))  # a click
    view = window.views.currentWidget()
    assert view is window.notes  # the view itself, in its tab
    assert view.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() == demo_notes, timeout=10_000)


def test_the_captions_and_history_views_from_the_view_menu(qtbot, window):
    archive = window.session.archive
    _view_action(window, "Captions").trigger()
    view = window.views.currentWidget()
    assert view is window.captions
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert view.list_model.rowCount() == archive.count_captions(CaptionFilter()) > 0
    _view_action(window, "History").trigger()
    assert window.views.currentWidget() is window.history
    _view_action(window, "Browse").trigger()
    assert window.views.currentWidget() is window.browse
    _view_action(window, "Captions").trigger()  # the same view, not a new one
    assert window.views.currentWidget() is view


def test_the_tags_view_made_lists_every_tag_and_the_tab_order_stays(qtbot, window):
    titles = [window.views.tabText(i) for i in range(window.views.count())]
    window.manage_tags()
    view = window.tag_manager
    assert window.views.currentWidget() is view
    archive = window.session.archive
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)  # read off the GUI thread
    assert {t.path for t in view.tags} == {t.path for t in archive.tags()} != set()
    assert [window.views.tabText(i) for i in range(window.views.count())] == titles
    assert window.views.indexOf(view) == titles.index("Tags")


def test_another_archive_reaches_views_made_and_not_made(
    qtbot, window, demo_path, tmp_path
):
    window.show_view(window.notes)
    qtbot.waitUntil(lambda: not window.notes.busy, timeout=10_000)
    window.show_view(window.browse)
    empty = tmp_path / "empty.sqlite"
    Archive.open(empty, create=True).close()
    assert window.open_archive(empty)
    settle(qtbot, window)
    window.show_view(window.notes)
    qtbot.waitUntil(lambda: not window.notes.busy, timeout=10_000)
    assert window.notes.model.rowCount() == 0  # the new archive's: none
    window.show_view(window.captions)  # made now, on the new archive
    qtbot.waitUntil(lambda: not window.captions.busy, timeout=10_000)
    assert window.captions.list_model.rowCount() == 0
    copy = tmp_path / "again.sqlite"
    shutil.copy(demo_path, copy)
    assert window.open_archive(copy)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.captions.busy, timeout=10_000)
    QApplication.processEvents()
    demo = window.session.archive
    assert window.captions.list_model.rowCount() == demo.count_captions(CaptionFilter())


# the window made and its archive opened, as gui.app does, in a fresh process:
# the modules loaded when the window is first painted, or when the first list
# shown starts the thread importing the other views' (which may come first)
STARTUP = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui import views
from gui.main_window import MainWindow
painted = []
import_later = views.LazyViews.import_later
def seen_first(self):
    if not painted:
        painted.append(sorted(sys.modules))
    import_later(self)
views.LazyViews.import_later = seen_first
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(sorted(sys.modules))
        return False
window = MainWindow()
assert window.open_archive(__import__("pathlib").Path(sys.argv[1]))
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
while not painted:
    app.processEvents()
print(json.dumps(painted[0]))
"""

NOT_BEFORE_THE_FIRST_PAINT = (
    "gui.compare.view",
    "gui.notes.view",
    "gui.tags.manager",
    "gui.history.view",
    "gui.captions.view",
    "gui.people.view",
    "gui.review.window",
    "PySide6.QtCharts",
)


def _in_a_fresh_window(snippet: str, demo_path, tmp_path):
    """What ``snippet`` (given the demo's path) prints last, as JSON, run in a
    process of its own with a settings folder of its own."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    run = subprocess.run(
        [sys.executable, "-c", snippet, str(demo_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_window_opens_without_importing_the_other_views(demo_path, tmp_path):
    loaded = set(_in_a_fresh_window(STARTUP, demo_path, tmp_path))
    assert "gui.browse.view" in loaded  # (the check sees the window's modules)
    assert [m for m in NOT_BEFORE_THE_FIRST_PAINT if m in loaded] == []


# as STARTUP, then the first list shown and the imports after it waited for
AFTER_THE_FIRST_LIST = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.main_window import MainWindow
window = MainWindow()
listed = []
window.browse.results_changed.connect(lambda: listed.append(True))
assert window.open_archive(__import__("pathlib").Path(sys.argv[1]))
window.show()
while not listed or not window.lazy.importing:
    app.processEvents()
before = sorted(sys.modules)
window.lazy.wait_imported(60)
after = sorted(sys.modules)
from archive import render_note
from archive.compare import places
print(json.dumps({
    "before": before,
    "after": after,
    "html": render_note("| 城市 | 企业 |\\n| --- | --- |\\n| 焦作 | 12 |"),
    "county cities": places._county_cities.cache_info().currsize,
    "compare made": window.lazy.made("compare") is not None,
}))
"""


def test_the_first_comparison_finds_the_places_ready(demo_path, tmp_path):
    """Compare's first places are resolved with the gazetteer built already:
    the thread that imports the other views once the first list is shown
    builds it too (100-170 ms on the GUI thread otherwise)."""
    state = _in_a_fresh_window(AFTER_THE_FIRST_LIST, demo_path, tmp_path)
    assert "gui.compare.view" in state["after"]
    assert state["county cities"] == 1
    assert not state["compare made"]


def test_markdown_is_ready_before_the_first_note_is_shown(demo_path, tmp_path):
    """The first article with notes shown renders them without importing
    Markdown and its extensions on the GUI thread (138 ms at a million
    articles): they are imported on the views' thread after the first list."""
    state = _in_a_fresh_window(AFTER_THE_FIRST_LIST, demo_path, tmp_path)
    before, after, html = state["before"], state["after"], state["html"]
    ready = {"markdown", "markdown.extensions.tables", "markdown.extensions.sane_lists"}
    assert ready <= set(after)
    assert "gui.browse.view" in before
    assert "<table>" in html  # a note's table, rendered
    assert "<td>焦作</td>" in html


# the first list's facets counted, then what start-up puts off until its tag
# counts are in: the other views' imports (and the tag bar's pinyin index,
# built once the tag counts name the tags)
FACETS_FIRST = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.main_window import MainWindow
window = MainWindow()
at_facets, tagged = [], []
window.browse.results.facets_changed.connect(
    lambda *_: at_facets.append(
        {"importing": window.lazy.importing, "pinyin": "pypinyin" in sys.modules}
    ) if not at_facets else None
)
window.browse.results.tags_changed.connect(lambda *_: tagged.append(True))
assert window.open_archive(__import__("pathlib").Path(sys.argv[1]))
window.show()
while not tagged:
    app.processEvents()
app.processEvents()
window.lazy.wait_imported(60)
bar = window.browse.tag_bar
names = [t.path.rpartition("/")[2] for t in window.session.archive.tags()]
name = next(n for n in names if len(n) >= 2 and "\\u4e00" <= n[0] <= "\\u9fff")
from pypinyin import lazy_pinyin
initials = "".join(s[0] for s in lazy_pinyin(name))
print(json.dumps({
    "at facets": at_facets[0],
    "importing after": window.lazy.importing,
    "name": name,
    "by pinyin": [p.rpartition("/")[2] for p in bar.current_index().complete(initials, limit=200)],
}))
"""


def test_start_up_counts_the_facets_before_importing_what_it_put_off(
    demo_path, tmp_path
):
    """The first list's facets are counted before the other views' modules
    are imported (begun with the complete list, the imports took the GIL from
    the count: facets shown 0.7-1 s after the ids at a million articles) and
    before pypinyin's dictionaries are loaded; once the tag counts are in,
    both follow, and a tag is completed from its pinyin's initials."""
    state = _in_a_fresh_window(FACETS_FIRST, demo_path, tmp_path)
    assert state["at facets"] == {"importing": False, "pinyin": False}
    assert state["importing after"]
    assert state["name"] in state["by pinyin"]


# the first list in, then a search of the user's in flight: the other views'
# modules wait for it (the notes' renderer does not: the next article may
# have notes), and follow once it is over
WAITS_FOR_THE_SEARCH = """
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.background import foreground
from gui.main_window import MainWindow
window = MainWindow()
assert window.open_archive(__import__("pathlib").Path(sys.argv[1]))
window.show()
foreground.begin()  # as a search typed now would
while not window.lazy.importing:
    app.processEvents()
time.sleep(1.0)
during = {m: m in sys.modules for m in ("gui.compare.view", "archive.notes.render")}
foreground.end()
window.lazy.wait_imported(60)
print(json.dumps({"during": during, "after": "gui.compare.view" in sys.modules}))
"""


def test_the_other_views_are_imported_once_the_users_search_is_over(
    demo_path, tmp_path
):
    """Importing a view's modules holds the GIL in long stretches (a search's
    first page shown 420-560 ms after the keystroke beside it, 180-200
    without): they wait while the user's search runs, and come after it."""
    state = _in_a_fresh_window(WAITS_FOR_THE_SEARCH, demo_path, tmp_path)
    assert state["during"] == {"gui.compare.view": False, "archive.notes.render": True}
    assert state["after"]
