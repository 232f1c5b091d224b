"""Driving the main window as an editor would."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archive import Filters
from gui.browse.article_model import TITLE_COLUMN
from gui.browse.facet_model import FacetModel
from gui.main_window import MainWindow

from .conftest import settle, type_text


def reader_text(window: MainWindow) -> str:
    return window.browse.reader.toPlainText()


def facet_index(window: MainWindow, kind: str, value):
    model = window.browse.facets.facet_model
    group = model.group_index(kind)
    for row in range(model.rowCount(group)):
        index = model.index(row, 0, group)
        if index.data(FacetModel.FacetRole) == (kind, value):
            return index
    raise AssertionError(f"no {kind} facet {value!r}")


def test_opens_on_the_list_with_the_newest_article_in_the_reader(window, demo):
    assert window.browse.list_model.rowCount() == 300
    assert window.browse.count_label.text() == "300 articles"
    assert not window.upgrade.shown  # nothing to upgrade
    window.browse._show_count(1)
    assert window.browse.count_label.text() == "1 article, listing…"
    window.browse._show_count(902316)
    assert window.browse.count_label.text() == "902,316 articles, listing…"
    newest = demo.article(demo.article_ids()[0])
    assert window.browse.current_article_id() == newest.id
    text = reader_text(window)
    assert newest.title in text
    assert newest.paragraphs[-1] in text
    assert newest.reporters[0] in text


def test_facet_click_filters_and_second_click_clears(qtbot, window, demo):
    index = facet_index(window, "city", "焦作")
    window.browse.facets.clicked.emit(index)
    settle(qtbot, window)
    expected = len(demo.article_ids(Filters(city="焦作")))
    assert window.browse.list_model.rowCount() == expected < 300
    cities = {window.browse.list_model.index(r, 1).data() for r in range(expected)}
    assert cities == {"焦作"}
    assert (
        window.browse.facets.facet_model.data(
            facet_index(window, "city", "焦作"), Qt.ItemDataRole.CheckStateRole
        )
        == Qt.CheckState.Checked
    )
    window.browse.facets.clicked.emit(facet_index(window, "city", "焦作"))
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300


def test_facets_combine(qtbot, window, demo):
    window.browse.toggle_facet("city", "开封")
    settle(qtbot, window)
    window.browse.facets.clicked.emit(facet_index(window, "year", 2022))
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(city="开封", year=2022))
    )


def test_typing_a_query_filters_and_highlights(qtbot, window, demo):
    type_text(window.browse.search_edit, "院士工作站")
    assert window.browse.search_edit.text() == "院士工作站"
    with qtbot.waitSignal(window.browse.results_changed, timeout=5000):
        pass
    settle(qtbot, window)
    expected = demo.article_ids(Filters(text="院士工作站"))
    assert 0 < window.browse.list_model.rowCount() == len(expected)
    from gui.browse.article_model import SNIPPET_COLUMN

    assert not window.browse.table.isColumnHidden(SNIPPET_COLUMN)
    snippet = window.browse.list_model.index(0, SNIPPET_COLUMN).data()
    assert "院士工作站" in snippet
    assert "院士工作站</span>" in window.browse.table.highlighter.markup(snippet)
    assert "院士工作站" in reader_text(window)
    assert "background-color:#ffe58f" in window.browse.reader.toHtml().replace(" ", "")


def test_escape_clears_the_search_and_ctrl_f_focuses_it(qtbot, window):
    window.browse.search_edit.setText("焦作")
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() < 300
    window.browse.table.setFocus()
    window.browse.find_action.trigger()
    qtbot.waitUntil(window.browse.search_edit.hasFocus)
    qtbot.keyClick(window.browse.search_edit, Qt.Key.Key_Escape)
    assert window.browse.search_edit.text() == ""
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300


def test_arrow_keys_move_through_the_list(qtbot, window, demo):
    window.browse.table.setFocus()
    second = demo.article(demo.article_ids()[1])
    with qtbot.waitSignal(window.browse.article_shown) as shown:
        qtbot.keyClick(window.browse.table, Qt.Key.Key_Down)
    assert shown.args == [second.id]
    assert second.title in reader_text(window)


def test_clicking_a_name_in_the_byline_lists_that_persons_articles(qtbot, window, demo):
    name = window.browse.reader.article.reporters[0]
    window.browse.reader.person_clicked.emit(name)
    settle(qtbot, window)
    assert window.browse.filters.person == name
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(person=name))
    )


def test_reader_lays_out_captions_with_credits(qtbot, window, demo):
    article = next(
        demo.article(i)
        for i in demo.article_ids()
        if len(demo.article(i).captions) > 1
        and demo.article(i).captions[0].photographers
    )
    window.browse.select_row(window.browse.list_model.row_of(article.id))
    text = reader_text(window)
    caption = article.captions[0]
    assert f"{caption.label} {caption.text}" in text
    assert f"{caption.photographers[0]} 摄" in text


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


def test_no_match_says_why_and_how_to_get_back(qtbot, window):
    window.browse.toggle_facet("city", "焦作")
    settle(qtbot, window)
    window.browse.search_edit.setText("这个词不存在")
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 0
    assert window.browse.count_label.text() == "0 articles"
    text = reader_text(window)
    assert "No articles match “这个词不存在” + 焦作." in text
    assert "Clear Filters" in text
    window.browse.clear_filters()
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300


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
    assert "no articles yet" in reader_text(window)


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


def test_search_language_order_and_matches(qtbot, window, demo):
    window.browse.search_edit.setText("科技 city:焦作")
    settle(qtbot, window)
    expected = demo.article_ids(Filters(text="科技", city="焦作"))
    assert window.browse.list_model.rowCount() == len(expected) > 0
    window.browse.order_box.setCurrentIndex(window.browse.order_box.findData("rank"))
    settle(qtbot, window)
    first = demo.article(window.browse.list_model.article_id(0))
    headline = " ".join(filter(None, [first.kicker, first.title, first.subtitle]))
    assert "科技" in headline
    window.browse.search_edit.setText("市")  # a character every article has many times
    settle(qtbot, window)
    assert window.browse.reader.find_match(forward=True)
    assert window.browse.reader.textCursor().selectedText() == "市"
    start = window.browse.reader.textCursor().selectionStart()
    window.browse.next_match_action.trigger()
    assert window.browse.reader.textCursor().selectionStart() != start
    window.browse.previous_match_action.trigger()
    assert window.browse.reader.textCursor().selectionStart() == start


def test_search_box_completes_fields_and_values(qtbot, window):
    completer = window.browse.completer
    assert "city:" in completer.candidates("ci")
    assert "city:焦作" in completer.candidates("city:焦")
    assert completer.candidates("kind:c") == ["kind:caption"]
    window.browse.search_edit.setText("科技 ci")
    completer.insert("city:")
    assert window.browse.search_edit.text() == "科技 city:"


def test_odd_queries_are_explained_not_refused(qtbot, window):
    window.browse.search_edit.setText("x:科技")
    settle(qtbot, window)
    assert "x: is not a field" in window.statusBar().currentMessage()


def test_saved_searches_in_the_sidebar(qtbot, window, demo, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.browse.search_edit.setText("科技 city:焦作")
    settle(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("焦作科技", True))
    window.browse.save_search_action.trigger()
    index = facet_index(window, "saved", "焦作科技")
    window.browse.clear_filters()
    settle(qtbot, window)
    window.browse.facets.clicked.emit(index)
    settle(qtbot, window)
    assert window.browse.search_edit.text() == "saved:焦作科技"
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(text="科技 city:焦作"))
    )
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("科技 city:开封", True)
    )
    window.browse.edit_saved_search("焦作科技")
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(text="科技 city:开封"))
    )
    window.browse.facets.saved_delete_requested.emit("焦作科技")
    settle(qtbot, window)
    assert window.session.archive.saved_searches() == []
    assert window.browse.list_model.rowCount() == 0
    window.undo_action.trigger()
    assert [s.name for s in window.session.archive.saved_searches()] == ["焦作科技"]


def test_a_long_list_says_how_many_before_every_id_has_come(qtbot, window, demo):
    counts = []
    window.browse.results.count_changed.connect(counts.append)
    type_text(window.browse.search_edit, "的")
    settle(qtbot, window)
    expected = len(demo.article_ids(Filters(text="的")))
    assert expected > 50  # more than the first page, which comes alone
    assert counts == [expected]
    assert window.browse.count_label.text() == f"{expected} articles"
    assert window.browse.list_model.rowCount() == expected


@pytest.mark.parametrize(
    "pasted",
    ["(" * 250 + "科技", "-(" * 300 + "科技", "科\x00技", "\x00"],
    ids=["250 open", "300 excluded", "NUL inside", "NUL alone"],
)
def test_a_pasted_query_never_hangs_or_poisons_the_next(qtbot, window, demo, pasted):
    type_text(window.browse.search_edit, pasted)
    settle(qtbot, window)
    assert "Searching" not in window.browse.count_label.text()
    assert window.warnings == []
    window.browse.search_edit.clear()
    type_text(window.browse.search_edit, "科技")
    settle(qtbot, window)
    expected = len(demo.article_ids(Filters(text="科技")))
    assert window.browse.list_model.rowCount() == expected
    assert window.browse.count_label.text() == f"{expected} articles"
