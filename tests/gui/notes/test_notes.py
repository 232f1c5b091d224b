"""Notes in the window: written beside the reader, saved as you type, listed,
versioned, trashed, and never lost."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import archive
from archive import NoteFilter, NoteTarget
from gui.notes.list_model import NotesListModel
from gui.notes.versions import VersionsDialog, compare

from ..conftest import type_text


def saved_notes(window, text: str):
    archive = window.session.archive
    return archive.notes_by_id(archive.note_ids(NoteFilter(text=text)))


def test_a_note_typed_by_the_reader_is_saved_within_seconds(qtbot, window):
    panel = window.browse.notes
    article = window.browse.current_article_id()
    panel.add_note()
    assert panel.editor.isVisible()
    type_text(panel.editor.text, "要核实的数字：306家")
    assert saved_notes(window, "306家") == []  # not yet: two seconds after typing
    qtbot.waitUntil(lambda: saved_notes(window, "306家") != [], timeout=6000)
    (note,) = saved_notes(window, "306家")
    assert note.article_id == article
    assert note.created_by == window.session.archive.editor  # the Preferences name
    qtbot.waitUntil(lambda: "306家" in panel.view.toPlainText(), timeout=4000)
    assert panel.heading.text() == "Notes (1)"


def test_switching_articles_saves_what_was_typed(qtbot, window):
    panel = window.browse.notes
    panel.add_note()
    type_text(panel.editor.text, "换稿前写的")
    window.browse.select_row(3)  # at once, before the two seconds are up
    qtbot.waitUntil(lambda: saved_notes(window, "换稿前写的") != [], timeout=4000)
    assert not panel.editor.isVisible()


def demo_notes(archive) -> int:
    """How many notes the demo wrote (its text, not these tests, decides)."""
    return archive.db.execute("SELECT count(*) FROM notes").fetchone()[0]


def test_an_empty_note_is_not_saved_and_says_so(qtbot, window):
    demo = demo_notes(window.session.archive)
    panel = window.browse.notes
    panel.add_note()
    type_text(panel.editor.text, "   ")
    panel.editor.save()
    assert panel.editor.status.text() == "An empty note is not saved."
    assert window.session.archive.count_notes(NoteFilter()) == demo > 0


def test_the_preview_renders_off_the_gui_thread(qtbot, window, monkeypatch):
    threads = []
    real = archive.render_note  # (the editor imports it when a preview is asked)

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(archive, "render_note", watched)
    panel = window.browse.notes
    panel.add_note()
    big = ("一段很长的笔记。" * 60 + "\n\n") * 1500 + "".join(
        "  " * i + "- 层\n" for i in range(1000)
    )
    panel.editor.text.setPlainText(big)
    panel.editor._render()
    qtbot.waitUntil(
        lambda: "一段很长的笔记" in panel.editor.preview.toPlainText(), timeout=15_000
    )
    assert threads
    assert all(t is not threading.main_thread() for t in threads)


def test_links_complete_by_title_and_open_their_article(qtbot, window, demo):
    panel = window.browse.notes
    target = demo.article(demo.article_ids()[7])
    panel.add_note()
    type_text(panel.editor.text, "见[[" + target.title[:4])
    qtbot.waitUntil(lambda: panel.editor.completer.popup().isVisible(), timeout=3000)
    choice = next(
        c for c in panel.editor._choices if panel.editor._choices[c] == target.id
    )
    panel.editor._complete(choice)
    assert f"[[article:{target.id}]]" in panel.editor.text.toPlainText()
    panel.editor.record_clicked.emit(f"article/{target.id}")
    assert window.browse.current_article_id() == target.id


def test_trashing_an_article_notes_link_to_asks_first(qtbot, window, demo):
    first, second = demo.article_ids()[:2]
    window.session.archive.execute(
        __import__("archive").AddNote(
            NoteTarget(article_id=first), f"[[article:{second}]]"
        )
    )
    window.browse.select_row(window.browse.list_model.row_of(second))
    asked = []
    window.browse.confirm_trash = lambda articles, notes: asked.append(notes) or False
    window.browse.trash_selected()
    assert asked == [1]
    assert demo.article(second)  # still there


def test_the_notes_view_lists_searches_and_restores_versions(
    qtbot, window, monkeypatch
):
    archive = window.session.archive
    from archive import AddNote, SaveNote

    demo = demo_notes(archive)
    add = AddNote(NoteTarget.of("city", "焦作"), "焦作的第一稿")
    archive.execute(add)
    archive.set_editor("别人")
    archive.execute(SaveNote(add.note_id, "焦作的第二稿"))
    view = window.notes
    window.show_view(view)
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    view.reset()
    qtbot.waitUntil(
        lambda: not view.busy and view.model.rowCount() == demo + 1, timeout=5000
    )
    view.search_edit.setText("第二稿")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.current_note().id == add.note_id
    assert view.editor.text.toPlainText() == "焦作的第二稿"
    monkeypatch.setattr(
        VersionsDialog, "ask", classmethod(lambda cls, parent, versions: versions[0])
    )
    view.show_versions()
    assert archive.note(add.note_id).body == "焦作的第一稿"
    view.trash_or_restore()
    view.trash_box.setChecked(True)
    view.search_edit.setText("")
    qtbot.waitUntil(lambda: not view.timer.isActive() and not view.busy, timeout=5000)
    assert view.model.rowCount() == 1
    assert view.delete_button.text() == "Restore from Trash"


def test_the_notes_view_shows_its_first_notes_without_reading_on_the_gui_thread(
    qtbot, window, monkeypatch
):
    """The first page of the list comes with the ids, read by the worker: the
    list painted and its first note opened read nothing on the GUI thread
    (10-50 ms at 100,000 notes, issue 17)."""
    archive = window.session.archive
    gui = threading.current_thread()
    read_on_gui: list[int] = []
    real = type(archive).notes_by_id

    def watched(self, ids):
        if threading.current_thread() is gui:
            read_on_gui.append(len(ids))
        return real(self, ids)

    monkeypatch.setattr(type(archive), "notes_by_id", watched)
    view = window.notes
    window.show_view(view)
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0, timeout=5000)
    view.table.viewport().repaint()
    first = view.current_note()
    assert first is not None
    assert view.editor.text.toPlainText() == first.body
    assert view.table.model().index(0, 3).data() == first.title
    assert read_on_gui == []


def test_the_notes_list_model(qtmodeltester, demo):
    model = NotesListModel()
    model.set_ids(demo, demo.note_ids(NoteFilter()))
    qtmodeltester.check(model)
    assert model.rowCount() == demo_notes(demo) > 0


def test_versions_are_compared_line_by_line():
    html = compare("一\n二", "一\n三")
    assert "− 二" in html
    assert "+ 三" in html


def test_closing_the_window_saves_the_note_being_typed(qtbot, window):
    panel = window.browse.notes
    panel.add_note()
    type_text(panel.editor.text, "关窗前最后一句")
    archive_path = window.session.archive.path
    window.close()
    QApplication.processEvents()
    from archive import Archive

    with Archive.open(archive_path) as archive:
        assert archive.count_notes(NoteFilter(text="关窗前最后一句")) == 1


def test_notes_on_a_city_from_the_sidebar(qtbot, window):
    demo = demo_notes(window.session.archive)
    window.browse.facets.notes_requested.emit("city", "焦作")
    view = window.notes
    assert window.views.currentWidget() is view
    assert view.new_button.text() == "New Note on 焦作"
    view.new_note()
    type_text(view.editor.text, "焦作本月要跟的三件事")
    view.editor.save()
    qtbot.waitUntil(lambda: not view.editor.saver.busy, timeout=5000)
    (note,) = window.session.archive.notes_on(NoteTarget(city="焦作"))
    assert note.body == "焦作本月要跟的三件事"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.busy, timeout=5000)
    view.show_place("journal", None)
    qtbot.waitUntil(
        lambda: not view.busy and view.model.rowCount() == demo + 1, timeout=5000
    )


def test_megabyte_notes_show_their_beginning_rendered_off_the_gui_thread(
    qtbot, window, monkeypatch
):
    from archive import AddNote
    from gui.notes import panel as panel_module

    rendered = []  # (thread, characters) of each note rendered
    real = archive.render_note  # (the panel imports it when a note is shown)

    def watched(body, **kwargs):
        rendered.append((threading.current_thread(), len(body)))
        return real(body, **kwargs)

    monkeypatch.setattr(archive, "render_note", watched)
    article = window.browse.current_article_id()
    big = "开头一句。\n\n" + ("一段很长的笔记，**核实**数字。" * 40 + "\n\n") * 1800
    assert len(big.encode()) > 1_000_000
    for _ in range(3):
        window.session.perform(AddNote(NoteTarget(article_id=article), big))
    panel = window.browse.notes
    qtbot.waitUntil(
        lambda: panel.view.toPlainText().count("goes on") == 3, timeout=15_000
    )
    shown = panel.view.toPlainText()
    assert shown.count("开头一句") == 3
    assert len(shown) < 20_000  # the beginnings, not three megabytes
    assert all(n <= panel_module.PANEL_CHARS for _, n in rendered)
    last = rendered[-3:]  # the three of the last fill: off the GUI thread
    assert all(t is not threading.main_thread() for t, _ in last)
    panel.edit_note(panel.notes[0].id)
    assert panel.editor.text.toPlainText() == big  # the editor has it whole


def test_a_long_note_is_cut_after_a_paragraph():
    from gui.notes.panel import beginning

    body = "甲" * 3000 + "\n\n" + "乙" * 3000
    assert beginning(body) == ("甲" * 3000, True)
    assert beginning("短") == ("短", False)
    assert beginning("丙" * 5000) == ("丙" * 4000, True)


def test_a_long_caption_a_note_is_about_leaves_the_note_in_sight(qtbot, window):
    from archive import AddNote

    archive = window.session.archive
    caption = archive.db.execute(
        "SELECT id FROM captions ORDER BY length(text) DESC LIMIT 1"
    ).fetchone()[0]
    archive.execute(AddNote(NoteTarget(caption_id=caption), "图片说明的笔记"))
    view = window.notes
    window.show_view(view)
    view.reset()
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0, timeout=5000)
    table = view.table
    assert table.columnViewportPosition(3) + 150 < table.viewport().width()
    about = view.model.index(0, 2)
    assert view.model.data(about, Qt.ItemDataRole.ToolTipRole) == about.data()


def test_the_reader_lists_the_notes_that_link_and_name_its_article(qtbot, window):
    """Beside the article's own notes: the journal notes linking it and those
    naming its title, found off the GUI thread (the panel shows at once)."""
    from archive import AddNote

    archive = window.session.archive
    article = archive.article(window.browse.current_article_id())
    window.session.perform(
        AddNote(NoteTarget(), f"见 [[article:{article.id}]]，待核实")
    )
    window.session.perform(AddNote(NoteTarget(), f"另一篇提到《{article.title}》"))
    panel = window.browse.notes
    panel.show_article(article)
    qtbot.waitUntil(
        lambda: (
            "Linked from" in panel.view.toPlainText()
            and "Named in" in panel.view.toPlainText()
        ),
        timeout=10_000,
    )
    assert panel.heading.text() == "Notes (0)"  # neither is about the article


def test_the_notes_view_is_busy_until_the_chosen_notes_preview_is_shown(qtbot, window):
    """A screenshot (and anyone waiting for the view) sees the chosen note
    rendered beside its text, not an empty preview still being made."""
    window.show_view(window.notes)
    view = window.notes
    qtbot.waitUntil(lambda: view.editor.text.toPlainText() != "", timeout=10_000)
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    QApplication.processEvents()
    shown = view.editor.preview.toPlainText().strip()
    assert shown != ""
    assert shown.split()[0].strip("*") in view.editor.text.toPlainText()
