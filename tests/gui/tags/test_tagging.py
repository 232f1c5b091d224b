"""Tagging in the window as an editor does it: the sidebar tree, the
reader's tag field, dragging list rows onto a tag, passages."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from archive import Filters, TagPassage, TagRecords, UpdateArticle
from gui.browse.article_model import ARTICLES_MIME
from gui.tags.anchors import BodyMap, code_points_to_utf16, utf16_to_code_points
from gui.tags.tree_panel import PathRole

from ..conftest import settle


def tree_paths(window) -> dict[str, str]:
    """Each shown tag's path and its count column."""
    model = window.browse.tag_tree.tree_model
    found = {}

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found[index.data(PathRole)] = model.index(row, 1, parent).data()
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_the_tree_shows_paths_with_counts_and_filters_on_click(qtbot, window):
    archive = window.session.archive
    ids = list(archive.article_ids()[:3])
    window.session.perform(TagRecords("树/枝/叶", article_ids=ids[:2]))
    window.session.perform(TagRecords("树/枝", article_ids=ids[2:]))
    settle(qtbot, window)
    shown = tree_paths(window)
    assert shown["树"] == "3"
    assert shown["树/枝"] == "3"
    assert shown["树/枝/叶"] == "2"
    tree = window.browse.tag_tree
    tree.clicked.emit(tree.item_of("树/枝/叶"))
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 2
    assert window.browse.filters.tag == "树/枝/叶"
    # counts under the filter and in the whole archive, side by side
    window.browse.search("tag:树/枝")
    settle(qtbot, window)
    assert tree_paths(window)["树/枝/叶"] == "2 / 2"


def test_ctrl_click_leaves_a_tag_out(qtbot, window, monkeypatch):
    archive = window.session.archive
    first = archive.article_ids()[0]
    window.session.perform(TagRecords("排除我", article_ids=[first]))
    settle(qtbot, window)
    monkeypatch.setattr(
        QApplication,
        "keyboardModifiers",
        staticmethod(lambda: Qt.KeyboardModifier.ControlModifier),
    )
    tree = window.browse.tag_tree
    tree.clicked.emit(tree.item_of("排除我"))
    settle(qtbot, window)
    assert window.browse.search_edit.text() == "-tag:排除我"
    assert window.browse.list_model.row_of(first) is None
    assert window.browse.list_model.rowCount() == 299


def drop_on(
    window, path: str, ids: list[int], modifiers=Qt.KeyboardModifier.NoModifier
):
    tree = window.browse.tag_tree
    index = tree.item_of(path)
    point = tree.visualRect(index).center()
    data = QMimeData()
    data.setData(ARTICLES_MIME, str(list(ids)).encode())
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        modifiers,
    )
    tree.dropEvent(event)


def test_dragging_rows_onto_a_tag_tags_them_in_one_undo_step(qtbot, window):
    archive = window.session.archive
    ids = list(archive.article_ids()[:40])
    window.session.perform(TagRecords("拖放", article_ids=ids[:1]))
    settle(qtbot, window)
    mime = window.browse.list_model.mimeData(
        [window.browse.list_model.index(r, 0) for r in range(40)]
    )
    assert sorted(eval(bytes(mime.data(ARTICLES_MIME)).decode())) == sorted(ids)
    drop_on(window, "拖放", ids)
    settle(qtbot, window)
    assert len(archive.article_ids(Filters(text="tag:拖放"))) == 40
    window.undo_action.trigger()
    assert len(archive.article_ids(Filters(text="tag:拖放"))) == 1
    window.redo_action.trigger()
    settle(qtbot, window)
    drop_on(window, "拖放", ids[:10], Qt.KeyboardModifier.ShiftModifier)
    assert len(archive.article_ids(Filters(text="tag:拖放"))) == 30


def test_the_tag_field_completes_by_pinyin_and_tags_on_enter(qtbot, window):
    archive = window.session.archive
    shown = window.browse.current_article_id()
    bar = window.browse.tag_bar
    bar.field.setText("rc")
    bar._complete("rc")
    assert "人才" in bar.completions.stringList()
    bar.field.setText("新标签/快速")
    bar.field.returnPressed.emit()
    assert "新标签/快速" in archive.article(shown).tags
    assert "新标签/快速" in bar.chips.text()
    bar.field.setText("新标签／快速")  # the same tag, typed full width
    bar.field.returnPressed.emit()
    assert window.browse.tag_bar.field.text() == ""
    messages = []
    window.browse.message.connect(messages.append)
    bar.field.setText("新标签/快速")
    bar.field.returnPressed.emit()
    assert any("already" in m for m in messages)


def test_a_500_character_name_is_refused_in_words(qtbot, window):
    bar = window.browse.tag_bar
    bar.field.setText("长" * 500)
    bar.field.returnPressed.emit()
    assert window.warnings
    assert "at most 100 characters" in window.warnings[-1]


def test_code_points_and_utf16_units():
    text = "𠀀字在前，院士"
    assert code_points_to_utf16(text, 1) == 2
    assert utf16_to_code_points(text, 2) == 1
    assert utf16_to_code_points(text, code_points_to_utf16(text, 5)) == 5


def test_selecting_text_with_a_rare_character_tags_that_passage(qtbot, window):
    archive = window.session.archive
    shown = window.browse.current_article_id()
    body = "𠀀𠀁两个罕见字开头。\n\n第二段说到院士工作站建成。"
    window.session.perform(UpdateArticle(shown, body=body))
    reader = window.browse.reader
    document_text = reader.document().toPlainText()
    where = document_text.index("院士工作站")  # code points of the document
    prefix = document_text[:where]
    units = len(prefix.encode("utf-16-le")) // 2
    cursor = reader.textCursor()
    cursor.setPosition(units)
    cursor.setPosition(units + 5, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    assert cursor.selectedText() == "院士工作站"
    bar = window.browse.tag_bar
    bar.focus_passage()
    bar.field.setText("要点")
    bar.field.returnPressed.emit()
    (passage,) = archive.passages(shown)
    assert body[passage.start : passage.end] == "院士工作站"
    assert bar.passages.count() == 1
    assert "院士工作站" in bar.passages.item(0).text()
    assert len(reader.extraSelections()) == 1
    assert reader.extraSelections()[0].cursor.selectedText() == "院士工作站"
    assert [p.tag for p in bar.passages_at(units + 1)] == ["要点"]
    # a click on the listed passage selects it in the reader
    reader.moveCursor(QTextCursor.MoveOperation.Start)
    bar._jump(bar.passages.item(0))
    assert reader.textCursor().selectedText() == "院士工作站"


def test_a_lost_passage_is_flagged_in_the_list(qtbot, window):
    shown = window.browse.current_article_id()
    window.session.perform(UpdateArticle(shown, body="原文有院士工作站。"))
    window.session.perform(TagPassage(shown, "要点", quote="院士工作站"))
    window.session.perform(UpdateArticle(shown, body="全文改写了。"))
    bar = window.browse.tag_bar
    assert "no longer found" in bar.passages.item(0).text()
    assert window.browse.reader.extraSelections() == []


def test_body_map_leaves_out_the_headline():
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml("<h1>标题</h1><p><b>本报讯</b>&nbsp;第一段。</p><p>第二段𠀀。</p>")
    mapping = BodyMap(document, "第一段。\n\n第二段𠀀。")
    assert mapping.selection_to_body(0, document.characterCount()) == (0, 11)
    assert mapping.to_body(0) is None


def test_suggested_tags_are_offered_apart_and_applied_on_a_click(qtbot, window):
    archive = window.session.archive
    shown = window.browse.current_article_id()
    window.session.perform(
        TagRecords("建议/候鸟", article_ids=[archive.article_ids()[-1]])
    )
    window.session.perform(UpdateArticle(shown, body="黄河湿地迎来越冬候鸟。"))
    bar = window.browse.tag_bar
    assert "Suggest tags" in bar.suggested.text()
    bar._suggestion_clicked("suggest:")
    assert "The text names:" in bar.suggested.text()
    assert "建议/候鸟" in bar.suggested.text()
    assert "建议/候鸟" not in archive.article(shown).tags
    bar._suggestion_clicked("accept:建议/候鸟")
    assert "建议/候鸟" in archive.article(shown).tags
    origin = archive.db.execute(
        "SELECT origin FROM taggings WHERE article_id = ? AND start IS NULL "
        "ORDER BY id DESC LIMIT 1",
        [shown],
    ).fetchone()[0]
    assert origin == "suggestion"


def _mouse(table, kind, row: int, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtGui import QMouseEvent

    viewport = table.viewport()
    point = QPointF(table.visualRect(table.model().index(row, 1)).center())
    held = (
        Qt.MouseButton.NoButton
        if kind == QMouseEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    button = (
        Qt.MouseButton.NoButton
        if kind == QMouseEvent.Type.MouseMove
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind, point, viewport.mapToGlobal(point), button, held, modifiers
    )
    QApplication.sendEvent(viewport, event)


def _sweep(table, first: int, last: int, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtGui import QMouseEvent

    _mouse(table, QMouseEvent.Type.MouseButtonPress, first, modifiers)
    for row in range(first, last + 1):
        _mouse(table, QMouseEvent.Type.MouseMove, row, modifiers)
    _mouse(table, QMouseEvent.Type.MouseButtonRelease, last, modifiers)


def test_sweeping_over_rows_selects_them_and_only_a_selected_row_drags(
    qtbot, window, monkeypatch
):
    from gui.browse.article_table import ArticleTable

    drags = []  # the rows each drag carries (the real one runs until the drop)
    monkeypatch.setattr(
        ArticleTable,
        "startDrag",
        lambda self, actions: drags.append(
            sorted({i.row() for i in self.selectionModel().selectedRows()})
        ),
    )
    table = window.browse.table
    table.select_row(0)
    _sweep(table, 2, 6)  # from a row not selected: a rubber band
    assert sorted({i.row() for i in table.selectionModel().selectedRows()}) == [
        2,
        3,
        4,
        5,
        6,
    ]
    assert drags == []
    _sweep(table, 8, 10, Qt.KeyboardModifier.ShiftModifier)  # Shift extends
    assert drags == []
    assert len(table.selectionModel().selectedRows()) >= 5
    table.select_row(0)
    _sweep(table, 2, 6)
    _sweep(table, 4, 12)  # from a selected row: the selection is dragged
    assert drags == [[2, 3, 4, 5, 6]]


def test_the_backup_before_a_merge_is_made_off_the_gui_thread_first(
    qtbot, window, monkeypatch
):
    import threading
    import time

    from PySide6.QtCore import QTimer

    from archive import Archive, MergeTags

    archive = window.session.archive
    ids = list(archive.article_ids()[:4])
    window.session.perform(TagRecords("合并/甲", article_ids=ids[:2]))
    window.session.perform(TagRecords("合并/乙", article_ids=ids[2:]))
    seen = {}
    real_backup = Archive.backup
    window_connection = archive.db.conn

    def slow_backup(self, **kwargs):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        seen["open"] = window_connection.in_transaction
        seen["merged yet"] = not self.article_ids(Filters(text="tag:合并/乙"))
        time.sleep(0.6)
        return real_backup(self, **kwargs)

    monkeypatch.setattr(Archive, "backup", slow_backup)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    assert window.session.perform(MergeTags(["合并/乙"], "合并/甲")) is not None
    timer.stop()
    assert seen == {"thread": False, "open": False, "merged yet": False}
    assert len(ticks) >= 5  # the window kept handling events meanwhile
    assert not archive.article_ids(Filters(text="tag:合并/乙"))
    assert len(archive.article_ids(Filters(text="tag:合并/甲"))) == 4
    assert [b.reason for b in archive.backups()] == ["before-bulk-edit"]
    window.undo_action.trigger()
    assert len(archive.article_ids(Filters(text="tag:合并/乙"))) == 2


def test_an_edit_asked_for_during_that_backup_is_refused_in_words(
    qtbot, window, monkeypatch
):
    from archive import Archive, MergeTags

    archive = window.session.archive
    ids = list(archive.article_ids()[:2])
    window.session.perform(TagRecords("早/甲", article_ids=ids[:1]))
    window.session.perform(TagRecords("早/乙", article_ids=ids[1:]))
    errors = []
    window.session.failed.connect(errors.append)
    real_backup = Archive.backup
    answers = []

    def meanwhile(self, **kwargs):
        answers.append(window.session.perform(TagRecords("早/丙", article_ids=ids)))
        return real_backup(self, **kwargs)

    monkeypatch.setattr(Archive, "backup", meanwhile)
    assert window.session.perform(MergeTags(["早/乙"], "早/甲")) is not None
    assert answers == [None]
    from gui.messages import describe

    assert "backed up" in describe(errors[-1])
    assert not archive.article_ids(Filters(text="tag:早/丙"))


def test_number_keys_tag_and_untag_the_selection_with_favourites(qtbot, window):
    from PySide6.QtTest import QTest

    archive = window.session.archive
    browse = window.browse
    window.session.perform(TagRecords("常用/待核实", article_ids=[1]))
    settle(qtbot, window)
    browse.tag_tree.favourite_requested.emit("常用/待核实", 3)
    tree = browse.tag_tree
    assert tree.item_of("常用/待核实").data() == "待核实  ③"
    assert "待核实" in browse.tag_bar.favourites.text()
    assert browse.tag_bar.favourites.isVisibleTo(window)
    manager = window.tag_manager
    manager.refresh()
    manager.select("常用/待核实")
    qtbot.waitUntil(lambda: not manager.busy, timeout=10_000)
    assert manager.tree.currentIndex().data() == "待核实  ③"
    table = browse.table
    table.select_row(0)
    _sweep(table, 0, 3)
    ids = browse.selected_article_ids()
    assert len(ids) == 4
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_3)
    settle(qtbot, window)
    assert archive.tagged_count("常用/待核实", ids) == 4
    assert archive.undo_label == "Tag"
    assert sorted(browse.selected_article_ids()) == sorted(ids)  # still chosen
    QTest.keyClick(table, Qt.Key.Key_3)  # all of them have it: off it comes
    settle(qtbot, window)
    assert archive.tagged_count("常用/待核实", ids) == 0
    window.undo_action.trigger()
    assert archive.tagged_count("常用/待核实", ids) == 4
    messages = []
    browse.message.connect(messages.append)
    QTest.keyClick(table, Qt.Key.Key_7)
    assert "Key 7 has no tag yet" in messages[-1]
    browse.tag_bar.field.setFocus()
    QTest.keyClick(browse.tag_bar.field, Qt.Key.Key_3)  # the field types it
    assert browse.tag_bar.field.text() == "3"
    window.session.set_favourite("常用/待核实", None)  # as the Tags view's menu does
    assert tree.item_of("常用/待核实").data() == "待核实"
    assert manager.tree.currentIndex().data() == "待核实"
    assert not browse.tag_bar.favourites.isVisibleTo(window)


def test_a_large_tagging_and_its_undo_are_made_off_the_gui_thread(qtbot, window):
    """The editor tags many selected rows: the window goes on handling
    events while the edit is made on a connection of its own; then the rows
    show the tag, the tree counts them, and Undo (also made apart) takes it
    back in one step."""
    import threading

    from archive import Archive

    session, browse = window.session, window.browse
    session.apart_from = 30  # "large": as 10,000 articles are at a million
    archive = session.archive
    ids = [int(i) for i in archive.article_ids()[:40]]
    browse.table.select_keys(set(ids))
    threads = []
    real_execute = Archive.execute

    def execute(self, command, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_execute(self, command, **kwargs)

    Archive.execute = execute  # type: ignore[method-assign]
    try:
        messages = []
        browse.message.connect(messages.append)
        browse.tag_records("远处/批量", browse.selected_article_ids(), False)
        assert session.editing  # the call came back before the edit was made
        assert not window.undo_action.isEnabled()  # Undo waits for it
        qtbot.waitUntil(lambda: not session.editing, timeout=20_000)
    finally:
        Archive.execute = real_execute  # type: ignore[method-assign]
    assert threads == [False]
    assert messages[-1] == "Tagged 40 articles 远处/批量."
    settle(qtbot, window)
    assert tree_paths(window)["远处/批量"] == "40"
    row = browse.list_model.row_of(ids[0])
    from gui.browse.article_model import _FIELDS

    shown = browse.list_model.index(row, _FIELDS.index("tags")).data()
    assert "远处/批量" in shown
    assert "Tag" in window.undo_action.text()
    window.undo_action.trigger()
    assert session.editing  # 40 records: taken back off the GUI thread too
    qtbot.waitUntil(lambda: not session.editing, timeout=20_000)
    settle(qtbot, window)
    assert "远处/批量" not in tree_paths(window)
    assert not archive.article_ids(Filters(text="tag:远处/批量"))
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: not session.editing, timeout=20_000)
    settle(qtbot, window)
    assert tree_paths(window)["远处/批量"] == "40"
    assert len(archive.article_ids(Filters(text="tag:远处/批量"))) == 40


def test_the_tree_keeps_its_open_branches_and_order_through_edits(
    qtbot, qtmodeltester, window
):
    """Tagging adds a tag where it sorts and changes counts in place: the
    branch the editor opened stays open, the one closed stays closed."""
    archive, tree = window.session.archive, window.browse.tag_tree
    ids = [int(i) for i in archive.article_ids()[:6]]
    window.session.perform(TagRecords("枝/乙", article_ids=ids[:2]))
    window.session.perform(TagRecords("叶/甲", article_ids=ids[:1]))
    settle(qtbot, window)
    tree.setExpanded(tree.item_of("枝"), True)
    tree.setExpanded(tree.item_of("叶"), False)
    model = tree.tree_model
    window.session.perform(TagRecords("枝/甲", article_ids=ids))
    settle(qtbot, window)
    branch = tree.item_of("枝")
    # where the tree read afresh has it: 乙 (U+4E59) before 甲 (U+7532)
    assert [model.index(r, 0, branch).data() for r in range(2)] == ["乙", "甲"]
    assert tree_paths(window)["枝"] == "6"
    assert tree_paths(window)["枝/甲"] == "6"
    assert tree.isExpanded(tree.item_of("枝"))
    assert not tree.isExpanded(tree.item_of("叶"))
    window.undo_action.trigger()
    settle(qtbot, window)
    assert "枝/甲" not in tree_paths(window)
    assert tree_paths(window)["枝"] == "2"
    assert tree.isExpanded(tree.item_of("枝"))
    window.browse.search("tag:枝")
    settle(qtbot, window)
    assert tree_paths(window)["叶/甲"] == "1 / 1"
    qtmodeltester.check(model)


def test_tagging_keeps_the_list_and_recounts_the_tree_alone(qtbot, window):
    from archive import Archive

    """Tagging rows of a list that no tag filters keeps that list as it is
    (no listing again: the rows, their order and the selection stay) while
    the rows' Tags column and the tree's counts follow; under a tag filter
    the list is listed again, the records tagged now in it."""
    session, browse = window.session, window.browse
    browse.search("科技")
    settle(qtbot, window)
    model = browse.list_model
    listed = [model.key(r) for r in range(model.rowCount())]
    chosen = {int(k) for k in listed[:3]}
    browse.table.select_keys(chosen)
    requests = []
    real = Archive.record_keys
    Archive.record_keys = lambda *a, **k: requests.append(1) or real(*a, **k)  # type: ignore[method-assign]
    try:
        browse.tag_records("只数/一下", browse.selected_article_ids(), False)
        settle(qtbot, window)
    finally:
        Archive.record_keys = real  # type: ignore[method-assign]
    assert not requests  # not listed again
    assert tree_paths(window)["只数/一下"] == "3 / 3"
    assert [model.key(r) for r in range(model.rowCount())] == listed
    assert set(browse.table.selected_keys()) == chosen
    from gui.browse.article_model import _FIELDS

    tags = model.index(model.row_of(min(chosen)), _FIELDS.index("tags")).data()
    assert "只数/一下" in tags
    # under tag: the list follows the tagging
    browse.search("tag:只数")
    settle(qtbot, window)
    assert model.rowCount() == 3
    fourth = int(listed[3])
    session.perform(TagRecords("只数/二", article_ids=[fourth]))
    settle(qtbot, window)
    assert model.row_of(fourth) is not None
    assert tree_paths(window)["只数"] == "4 / 4"


def test_rows_a_tagging_changed_stay_shown_until_read_again(qtbot, window):
    """While the list paints, a row whose tags changed keeps showing as it
    was (not a blank row for a moment) until its page has been read again;
    then it shows the tag."""
    from gui.browse.article_model import _FIELDS

    browse = window.browse
    model = browse.list_model
    settle(qtbot, window)
    first = int(model.key(0))
    title = model.index(0, _FIELDS.index("title")).data()
    tags_column = _FIELDS.index("tags")
    model.painting = True
    try:
        window.session.perform(TagRecords("刷新/不闪", article_ids=[first]))
        assert model.index(0, _FIELDS.index("title")).data() == title
        assert "刷新/不闪" not in (model.index(0, tags_column).data() or "")
        qtbot.waitUntil(
            lambda: "刷新/不闪" in (model.index(0, tags_column).data() or ""),
            timeout=10_000,
        )
    finally:
        model.painting = False


def test_a_new_tag_is_offered_after_tag_in_the_search_box(qtbot, window):
    """A tag made by tagging rows of a list that no tag filters (the list and
    its facets kept as they are) is offered at once after ``tag:`` in the
    search box, like every tag of the archive, not only the current
    result's."""
    browse = window.browse
    browse.search("科技")
    settle(qtbot, window)
    assert not browse.completer.candidates("tag:补全")
    browse.table.select_keys({int(browse.list_model.key(0))})
    browse.tag_records("补全/新标签", browse.selected_article_ids(), False)
    settle(qtbot, window)
    assert browse.completer.candidates("tag:补全") == ["tag:补全", "tag:补全/新标签"]
