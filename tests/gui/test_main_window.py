"""The window shell: opening archives, menus, state, the views it hosts."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.browse.article_model import TITLE_COLUMN
from gui.main_window import MainWindow

from .conftest import settle


def test_trash_and_undo_from_the_menu(qtbot, window):
    first = window.browse.current_article_id()
    window.browse.trash_action.trigger()
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 299
    assert window.browse.list_model.row_of(first) is None
    assert window.undo_action.isEnabled()
    assert "Move to trash" in window.undo_action.text()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300
    assert window.browse.list_model.row_of(first) is not None


def test_bad_archive_is_refused_with_a_message_and_left_untouched(
    qtbot, window, tmp_path
):
    bad = tmp_path / "photo.sqlite"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + bytes(2000))
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not window.open_archive(bad)
    assert window.warnings
    assert "not a Clipfile archive" in window.warnings[-1]
    assert "Traceback" not in window.warnings[-1]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert window.browse.list_model.rowCount() == 300  # the open archive stays open


def test_read_only_archive_disables_editing(qtbot, window, demo_path):
    import os
    import stat

    window.session.set_archive(None)
    os.chmod(demo_path, stat.S_IRUSR)
    try:
        assert window.open_archive(demo_path)
        settle(qtbot, window)
        assert window.mode_label.text() == "Read-only"
        assert not window.browse.trash_action.isEnabled()
        assert window.browse.list_model.rowCount() == 300
    finally:
        window.session.set_archive(None)
        os.chmod(demo_path, stat.S_IRUSR | stat.S_IWUSR)


def test_layout_and_last_archive_persist(qtbot, window, demo_path):
    window.resize(
        760, 560
    )  # within the offscreen screen, which restoreGeometry keeps to
    window.browse.splitter.setSizes([150, 300, 300])
    sizes = window.browse.splitter.sizes()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.browse.splitter.sizes() == sizes
    again.browse.facets_action.setChecked(False)
    again.close()
    third = MainWindow()
    qtbot.addWidget(third)
    assert not third.browse.facets_action.isChecked()
    from gui import settings

    assert settings.last_archive() == demo_path.resolve()
    assert settings.recent_archives()[0] == demo_path.resolve()


def test_chinese_interface(qtbot, demo_path, english_interface):
    from gui import i18n

    app = QApplication.instance()
    for translator in english_interface:
        app.removeTranslator(translator)
    translators = i18n.install(app, "zh_CN")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_archive(demo_path)
        settle(qtbot, window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
        assert window.browse.count_label.text() == "300 篇文章"
        window.browse._show_count(902316)  # as a search of a million articles counts
        assert window.browse.count_label.text() == "902,316 篇文章，正在列出…"
        header = window.browse.list_model.headerData(
            TITLE_COLUMN, Qt.Orientation.Horizontal
        )
        assert header == "标题"
        assert "记者" in window.browse.reader.toPlainText()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        for translator in english_interface:
            app.installTranslator(translator)


def test_preferences_set_the_name_recorded_with_edits(qtbot, window, monkeypatch):
    from gui import settings
    from gui.preferences import PreferencesDialog

    def ask(cls, parent=None, *, fold_traditional=None):
        assert fold_traditional is False  # an archive is open; folding is off
        dialog = cls(parent)
        dialog.editor_edit.setText("王编辑")
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
        dialog.save()
        return True  # and switch folding on

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(ask))
    window.edit_preferences()
    assert window.session.archive.folds_traditional
    qtbot.waitUntil(lambda: window.care.rebuild is None, timeout=30_000)
    window.browse.trash_action.trigger()
    log = window.session.archive.db.execute(
        "SELECT editor FROM edits ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert log == ("王编辑",)
    assert settings.language() == "zh_CN"
    assert PreferencesDialog(window).editor_edit.text() == "王编辑"


def test_new_archive_never_replaces_a_file(qtbot, window, demo_path, tmp_path):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    window.ask_new_archive_path = lambda: str(demo_path)
    window.new_archive()
    assert "already exists" in window.warnings[-1]
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    fresh = tmp_path / "empty.sqlite"
    window.ask_new_archive_path = lambda: str(fresh)
    window.new_archive()
    settle(qtbot, window)
    assert fresh.exists()
    assert window.browse.list_model.rowCount() == 0
    assert "no articles yet" in window.browse.reader.toPlainText()


def test_a_stale_index_is_rebuilt_in_the_background(qtbot, demo_path):
    from archive import Archive
    from archive.search.index import Index

    with Archive.open(demo_path) as archive, archive.db.atomic():
        Index(archive.db)._mark_stale()
    window = MainWindow()
    window.warn = pytest.fail
    qtbot.addWidget(window)
    window.open_archive(demo_path)
    assert window.care.rebuild is not None
    assert not window.browse.trash_action.isEnabled()
    qtbot.waitUntil(lambda: window.care.rebuild is None, timeout=30_000)
    assert not window.session.archive.index_stale
    assert window.browse.trash_action.isEnabled()
    settle(qtbot, window)
    window.browse.results.cancel()
    window.browse.results.wait(5000)


def test_an_older_archive_is_copied_with_progress_then_upgraded(
    qtbot, version_5_path, monkeypatch
):
    from archive.store import backups, schema

    monkeypatch.setattr(backups, "PAGES_A_STEP", 50)
    window = MainWindow()
    window.warn = pytest.fail
    qtbot.addWidget(window)
    assert window.open_archive(version_5_path)
    assert window.upgrade.shown
    # one label a phase: the copy kept, then the format brought up to date
    first, second = window.upgrade.labels
    assert "Step 1 of 2" in first
    assert version_5_path.name in first
    assert "Step 2 of 2" in second
    assert version_5_path.name in second
    assert window.upgrade.dialog is None  # closed once the archive is open
    assert list(version_5_path.parent.glob("backups/demo-*-before-upgrade-v5.sqlite"))
    version = window.session.archive.db.execute("PRAGMA user_version").fetchone()
    assert version[0] == schema.SCHEMA_VERSION
    assert window.care.rebuild is not None  # the headline index comes next
    qtbot.waitUntil(lambda: window.care.rebuild is None, timeout=30_000)
    settle(qtbot, window)
    window.browse.results.cancel()
    window.browse.results.wait(5000)
    assert window.session.archive.check() == []


def clipfile(*args):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, str(root / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_another_processs_edits_reach_the_window(qtbot, window, demo_path):
    """A tag and a note added from the terminal show without a restart: in the
    reader, the sidebar's tags and the Undo menu."""
    shown = window.browse.current_article_id()
    clipfile("tag", shown, "终端里加的", "--archive", demo_path)
    qtbot.waitUntil(
        lambda: "终端里加的" in window.browse.reader.toPlainText(), timeout=5000
    )
    settle(qtbot, window)
    assert "终端里加的" in window.browse.tag_tree.paths
    assert window.undo_action.text() == "&Undo Tag"
    clipfile("note", shown, "--text", "从命令行写的笔记", "--archive", demo_path)
    qtbot.waitUntil(
        lambda: "从命令行写的笔记" in window.browse.notes.view.toPlainText(),
        timeout=5000,
    )
    window.undo_action.trigger()  # undoes the terminal's note, from the window
    assert "从命令行写的笔记" not in window.browse.notes.view.toPlainText()


def test_an_import_in_a_worker_reaches_the_list_through_the_session(
    qtbot, window, tmp_path
):
    page = tmp_path / "page.txt"
    page.write_text("## 新导入的标题\n\n本报讯 一段新的正文。\n", "utf-8")
    before = window.browse.list_model.rowCount()
    dialog = window.start_import([page])
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    qtbot.waitUntil(
        lambda: window.browse.list_model.rowCount() == before + 1, timeout=5000
    )


def test_a_damaged_archive_opens_read_only_and_offers_recovery(
    qtbot, demo_path, tmp_path, monkeypatch
):
    from gui.maintenance.care import ArchiveCare, DamageDialog

    Path = type(demo_path)
    Path(f"{demo_path}.damaged").write_text(
        '{"what": "text that is not UTF-8", "found_at": ""}'
    )
    offered = []
    monkeypatch.setattr(
        DamageDialog, "ask", staticmethod(lambda parent, what: offered.append(what))
    )
    window = MainWindow()
    window.warn = pytest.fail
    qtbot.addWidget(window)
    assert window.open_archive(demo_path)
    assert offered == ["text that is not UTF-8"]
    assert window.session.archive.readonly
    assert not window.browse.trash_action.isEnabled()
    assert not window.import_action.isEnabled()
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300  # still readable
    target = tmp_path / "saved.sqlite"
    monkeypatch.setattr(ArchiveCare, "ask_salvage_path", lambda self, _: str(target))
    monkeypatch.setattr("gui.maintenance.care.QMessageBox.information", lambda *a: None)
    assert window.care.salvage() == target
    assert window.session.archive.path == target
    assert not window.session.archive.readonly
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300


def test_closing_after_a_change_makes_a_backup_and_it_can_be_restored(
    qtbot, demo_path, monkeypatch
):
    from archive import Archive, TagRecords
    from gui.maintenance.backups import RestoreDialog

    window = MainWindow()
    window.warn = pytest.fail
    qtbot.addWidget(window)
    window.open_archive(demo_path)
    settle(qtbot, window)
    window.close()  # nothing changed: no backup
    assert not (demo_path.parent / "backups").exists()
    window = MainWindow()
    window.warn = pytest.fail
    qtbot.addWidget(window)
    window.open_archive(demo_path)
    settle(qtbot, window)
    window.session.perform(TagRecords("关闭前", article_ids=[1]))
    window.close()
    (made,) = (demo_path.parent / "backups").glob("demo-*-close.sqlite")
    with Archive.open(demo_path) as archive:
        archive.execute(TagRecords("备份之后", article_ids=[1]))
    window = MainWindow()
    window.warn = pytest.fail
    qtbot.addWidget(window)
    window.open_archive(demo_path)
    settle(qtbot, window)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, p, a: made))
    window.care.restore()
    settle(qtbot, window)
    tags = window.session.archive.article(1).tags
    assert "关闭前" in tags
    assert "备份之后" not in tags
    window.close()
