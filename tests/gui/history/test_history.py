"""The History view: edits by anyone, filtered, one reverted."""

from __future__ import annotations

from archive import Filters, TagRecords


def test_lists_filters_and_reverts_one_edit_not_the_newest(qtbot, window):
    archive = window.session.archive
    first, second = archive.article_ids()[:2]
    window.session.perform(TagRecords("历史甲", article_ids=[first]))
    window.session.perform(TagRecords("历史乙", article_ids=[second]))
    window.show_view(window.history)
    view = window.history
    view.reset()
    actions = [view.table.item(r, 2).text() for r in range(view.table.rowCount())]
    assert actions[:2] == ["Tag", "Tag"]
    assert "历史甲" in view.table.item(1, 4).text()
    names = [view.person_box.itemText(i) for i in range(view.person_box.count())]
    who = archive.editor
    assert who in names
    view.person_box.setCurrentIndex(names.index(who))
    assert view.table.rowCount() == 2
    view.period_box.setCurrentIndex(1)  # today
    assert view.table.rowCount() == 2
    view.confirm = lambda text: "Tag" in text
    view.table.setCurrentCell(1, 0)  # the older edit
    view.revert_chosen()
    tagged = lambda path: set(archive.article_ids(Filters(text=f"tag:{path}")))  # noqa: E731
    assert tagged("历史甲") == set()
    assert tagged("历史乙") == {second}
    assert "(undone)" in view.table.item(1, 2).text()


def test_an_edit_later_edits_build_on_is_refused_in_words(qtbot, window):
    archive = window.session.archive
    first, second = archive.article_ids()[:2]
    window.session.perform(TagRecords("依赖/甲", article_ids=[first]))
    window.session.perform(TagRecords("依赖/乙", article_ids=[second]))  # under 依赖
    older = archive.history()[1]
    window.session.revert(older.id)
    assert window.warnings
    assert "later edits build on" in window.warnings[-1]
    assert set(archive.article_ids(Filters(text="tag:依赖"))) == {first, second}


def test_reverting_a_large_edit_is_made_off_the_gui_thread(qtbot, window):
    archive, session = window.session.archive, window.session
    session.apart_from = 30  # "large": as 10,000 articles are at a million
    ids = [int(i) for i in archive.article_ids()[:40]]
    session.perform(TagRecords("大批", article_ids=ids))
    session.perform(TagRecords("另一个", article_ids=ids[:1]))
    window.show_view(window.history)
    view = window.history
    view.confirm = lambda text: True
    view.table.setCurrentCell(1, 0)  # the large tagging, not the newest edit
    view.revert_chosen()
    assert session.editing  # the call came back before the edit was made
    qtbot.waitUntil(lambda: not session.editing, timeout=20_000)
    assert not archive.article_ids(Filters(text="tag:大批"))
    assert "(undone)" in view.table.item(1, 2).text()


def test_an_empty_history_says_what_will_appear_and_counts_in_chinese(
    qtbot, window, english_interface
):
    from PySide6.QtWidgets import QApplication

    from gui import i18n

    window.show_view(window.history)
    view = window.history
    assert view.table.rowCount() == 0
    assert view.empty_label.isVisible()
    assert "edit" in view.empty_label.text()
    archive = window.session.archive
    window.session.perform(TagRecords("待核实", article_ids=archive.article_ids()[:1]))
    assert not view.empty_label.isVisible()
    assert view.table.item(0, 4).text() == "待核实: 1 record"
    app = QApplication.instance()
    for translator in english_interface:
        app.removeTranslator(translator)
    translators = i18n.install(app, "zh_CN")
    try:
        view.refresh()
        assert view.table.item(0, 4).text() == "待核实：1 条记录"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        for translator in english_interface:
            app.installTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en"))
