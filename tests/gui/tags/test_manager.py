"""The Tag Manager as an editor tidies the tree with it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from archive import AddNote, Filters, NoteTarget, TagRecords

from ..conftest import settle


@pytest.fixture
def manager(qtbot, window):
    archive = window.session.archive
    ids = list(archive.article_ids()[:6])
    window.session.perform(TagRecords("整理/人才引进", article_ids=ids[:3]))
    window.session.perform(TagRecords("整理/人才引育", article_ids=ids[2:5]))
    window.session.perform(TagRecords("整理/人才引进/院士", article_ids=ids[5:]))
    window.manage_tags("整理/人才引进")
    view = window.tag_manager

    def wait() -> None:
        """Until the tree read after an edit is shown (read off the GUI thread)."""
        qtbot.waitUntil(lambda: not view.busy, timeout=10_000)

    view.wait = wait
    wait()
    view.asked = []
    view.confirm = lambda title, text: view.asked.append(text) or True
    view.backed_up = lambda: len(window.session.archive.backups())
    view.said = []
    view.say = view.said.append
    return view


def tagged(window, path: str) -> set[int]:
    return set(window.session.archive.article_ids(Filters(text=f"tag:{path}")))


def test_rename_onto_an_existing_tag_asks_naming_counts_and_backs_up(manager, window):
    before = manager.backed_up()
    manager.select("整理/人才引进")
    manager.ask_text = lambda *a: "人才引育"
    manager.rename()
    (question,) = manager.asked
    assert "整理/人才引进 (4 articles, 2 tags in all)" in question
    assert "整理/人才引育 (3 articles)" in question
    assert manager.backed_up() == before + 1
    assert len(tagged(window, "整理/人才引育")) == 6
    manager.wait()
    assert "整理/人才引进" not in [t.path for t in manager.tags]
    assert "整理/人才引育/院士" in [t.path for t in manager.tags]
    window.undo_action.trigger()
    manager.wait()
    assert "整理/人才引进" in [t.path for t in manager.tags]


def test_declining_the_merge_changes_nothing(manager, window):
    manager.confirm = lambda title, text: False
    manager.select("整理/人才引进")
    manager.ask_text = lambda *a: "人才引育"
    manager.rename()
    assert "整理/人才引进" in [t.path for t in manager.tags]
    assert window.undo_action.text() == "&Undo Tag"


def test_dragging_a_tag_onto_another_moves_it_and_onto_itself_is_refused(
    manager, window
):
    manager.move_tag("整理/人才引育", "整理/人才引进")
    manager.wait()
    assert "整理/人才引进/人才引育" in [t.path for t in manager.tags]
    manager.move_tag("整理/人才引进", "整理/人才引进/院士")
    assert window.warnings
    assert "cannot go below itself" in window.warnings[-1]
    manager.move_tag("整理/人才引进/人才引育", None)
    manager.wait()
    assert "人才引育" in [t.path for t in manager.tags]


def test_an_empty_trash_says_so_and_cannot_restore(manager):
    manager.wait()
    assert manager.trash.count() == 1
    assert "No deleted tags" in manager.trash.item(0).text()
    assert not manager.restore_button.isEnabled()
    manager.trash.setCurrentRow(0)
    manager.restore()  # the line is no tag: nothing to restore, nothing raised
    assert "deleted tag first" in manager.said[-1]


def test_recolour_delete_restore_and_clear(manager, window):
    manager.select("整理/人才引育")
    manager.ask_color = lambda current: QColor("#123456")
    manager.recolour()
    manager.wait()
    assert next(t for t in manager.tags if t.path == "整理/人才引育").color == "#123456"
    before = manager.backed_up()
    manager.delete()
    assert "整理/人才引育" in manager.asked[-1]
    assert manager.backed_up() == before + 1
    assert tagged(window, "整理/人才引育") == set()
    manager.wait()
    assert manager.trash.count() == 1
    assert manager.restore_button.isEnabled()
    manager.trash.setCurrentRow(0)
    manager.restore()
    assert len(tagged(window, "整理/人才引育")) == 3
    window.session.perform(TagRecords("整理/空的", article_ids=[]))
    manager.clear_unused()
    manager.wait()
    assert "整理/空的" not in [t.path for t in manager.tags]
    assert "整理/人才引育" in [t.path for t in manager.tags]


def test_find_and_replace_and_merge_several(manager, window):
    answers = iter(["人才", "英才"])
    manager.ask_text = lambda *a: next(answers)
    manager.find_replace()
    manager.wait()
    paths = [t.path for t in manager.tags]
    assert "整理/英才引进" in paths
    assert "整理/英才引育" in paths
    before = manager.backed_up()
    manager.merge_into(["整理/英才引进", "整理/英才引育"], "整理/英才")
    assert len(tagged(window, "整理/英才")) == 6
    assert manager.backed_up() == before + 1


def test_notes_on_a_tag_from_the_tree(qtbot, manager, window):
    tag = next(t for t in manager.tags if t.path == "整理/人才引育")
    window.session.perform(AddNote(NoteTarget(tag_id=tag.id), "这个标签的用途"))
    window.browse.tag_tree.notes_requested.emit(tag.id, tag.path)
    assert window.views.currentWidget() is window.notes
    qtbot.waitUntil(lambda: window.notes.model.rowCount() == 1, timeout=5000)
    settle(qtbot, window)


def test_export_then_import_in_the_manager(manager, window, tmp_path):
    out = tmp_path / "tags.json"
    manager.ask_file = lambda save: str(out)
    manager.export()
    assert "整理/人才引进" in out.read_text("utf-8")
    manager.import_tags()
    assert "new: 0" in manager.said[-1]
    out.write_text("不是导出文件", "utf-8")
    manager.import_tags()
    assert "not a tag export of Clipfile" in window.warnings[-1]


def test_the_tags_view_catches_up_when_shown_not_after_every_edit(
    qtbot, window, monkeypatch
):
    view = window.tag_manager
    window.show_view(window.browse)
    assert not view.isVisible()
    refreshed = []
    real = type(view).refresh
    monkeypatch.setattr(
        type(view), "refresh", lambda self: refreshed.append(1) or real(self)
    )
    ids = list(window.session.archive.article_ids()[:2])
    window.session.perform(TagRecords("隐藏时/新", article_ids=ids))
    window.session.perform(TagRecords("隐藏时/又", article_ids=ids))
    assert refreshed == []  # hidden: no whole tree counted after each edit
    window.manage_tags("隐藏时/新")
    assert view.isVisible()
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert {"隐藏时/新", "隐藏时/又"} <= {t.path for t in view.tags}
    assert view.current_index().data() == "新"  # chosen once the tree came
    assert len(refreshed) == 1
    window.session.perform(TagRecords("隐藏时/三", article_ids=ids))
    assert view.busy  # shown: read again at once
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert "隐藏时/三" in {t.path for t in view.tags}


def test_a_large_merge_and_delete_are_made_off_the_gui_thread(qtbot, manager, window):
    """Merging or deleting a tag that many records carry is made on a
    connection of its own (the window goes on handling events), one step,
    after the same confirmation; then the tree shows it, and Undo takes it
    back."""
    import threading

    from archive import Archive

    session = window.session
    session.apart_from = 3  # "large": as 10,000 tagged articles are at a million
    threads: list[bool] = []
    real = Archive.execute

    def execute(self, command, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, command, **kwargs)

    Archive.execute = execute  # type: ignore[method-assign]
    try:
        manager.merge_into(["整理/人才引育"], "整理/人才引进")
        assert session.editing  # the call came back before the edit was made
        qtbot.waitUntil(lambda: not session.editing, timeout=20_000)
        manager.wait()
        assert "整理/人才引育" not in [t.path for t in manager.tags]
        assert len(tagged(window, "整理/人才引进")) == 6
        manager.select("整理/人才引进")
        manager.delete()
        assert session.editing
        qtbot.waitUntil(lambda: not session.editing, timeout=20_000)
        manager.wait()
        assert "整理/人才引进" not in [t.path for t in manager.tags]
        # a small edit (a colour) stays on the GUI thread
        manager.select("整理")
        manager.ask_color = lambda current: QColor("#123456")
        manager.recolour()
        assert not session.editing
    finally:
        Archive.execute = real  # type: ignore[method-assign]
    assert threads == [False, False, True]
    window.undo_action.trigger()  # the colour
    window.undo_action.trigger()  # the deletion: 6 records, apart too
    assert session.editing
    qtbot.waitUntil(lambda: not session.editing, timeout=20_000)
    assert len(tagged(window, "整理/人才引进")) == 6


def test_the_tree_shows_each_tag_below_its_parent_with_its_counts(manager, window):
    """What an editor reads in the tree: names under their parents, counts
    with the tags below and their own, the colour swatch and the path on
    hover; typing in the find box keeps a match's parents, for its place."""
    from PySide6.QtCore import QModelIndex, Qt

    from gui.tags.tree_panel import PathRole

    tree, model = manager.tree, manager.tree.model()

    def shown(parent=None) -> dict[str, tuple]:
        parent = parent or QModelIndex()
        rows = {}
        for row in range(model.rowCount(parent)):
            name = model.index(row, 0, parent)
            rows[name.data()] = (
                model.index(row, 1, parent).data(),
                model.index(row, 2, parent).data(),
                shown(name),
                tree.isExpanded(name),
            )
        return rows

    top = shown()
    *_counts, below, expanded = top["整理"]
    assert expanded
    assert below["人才引进"][:2] == ("4", "3")  # 3 of its own and 院士's 1
    assert not below["人才引进"][3]  # the first level open, not every branch
    assert below["人才引进"][2]["院士"][:2] == ("1", "1")
    assert below["人才引育"][:2] == ("3", "3")
    name = manager.model.index_of("整理/人才引进/院士")
    assert name.data(PathRole) == "整理/人才引进/院士"
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "整理/人才引进/院士"
    assert not name.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    manager.filter_edit.setText("院士")
    manager.wait()
    assert list(shown()) == ["整理"]
    assert list(shown()["整理"][2]) == ["人才引进"]
    assert list(shown()["整理"][2]["人才引进"][2]) == ["院士"]
    assert shown()["整理"][2]["人才引进"][3]  # opened: the match in sight
    manager.filter_edit.clear()
    manager.wait()
    assert "人才引育" in shown()["整理"][2]
