"""Notes on anything: written, versioned, linked, listed, trashed, undone."""

from __future__ import annotations

import pytest

from archive import (
    AddNote,
    InvalidInput,
    NoteFilter,
    NoteTarget,
    RecordNotFound,
    RestoreNoteVersion,
    SaveNote,
    TrashArticles,
    TrashNotes,
)
from archive.notes import commands


def add(archive, target: NoteTarget, body: str) -> int:
    command = AddNote(target, body)
    archive.execute(command)
    return command.note_id


@pytest.mark.parametrize(
    ("kind", "key"),
    [("city", "焦作"), ("county", "修武县"), ("journal", None)],
)
def test_a_note_on_a_place_or_free_standing(demo, kind, key):
    note = add(demo, NoteTarget.of(kind, key), "**本周**要核实的数字")
    (found,) = demo.notes_on(NoteTarget.of(kind, key))
    assert (found.id, found.target, found.subject) == (note, kind, key)
    assert found.about == (key or "")
    assert found.created_by == "tester"


def test_a_note_on_a_saved_search_and_a_tag(demo):
    from archive import SaveSearch

    demo.execute(SaveSearch("人才政策", "人才 政策"))
    add(demo, NoteTarget(search="人才政策"), "这组报道的口径")
    assert [n.body for n in demo.notes_on(NoteTarget(search="人才政策"))] == [
        "这组报道的口径"
    ]
    tag_id = demo.db.execute("SELECT id FROM tags LIMIT 1").fetchone()[0]
    add(demo, NoteTarget(tag_id=tag_id), "这个标签指什么")
    assert demo.notes_on(NoteTarget(tag_id=tag_id))[0].target == "tag"
    with pytest.raises(RecordNotFound):
        add(demo, NoteTarget(search="没有这个"), "x")


@pytest.mark.parametrize("body", ["", "   ", "\n\t\n"])
def test_an_empty_note_is_not_saved(demo, body):
    with pytest.raises(InvalidInput, match="empty"):
        AddNote(NoteTarget(article_id=1), body)
    note = add(demo, NoteTarget(article_id=1), "有字")
    with pytest.raises(InvalidInput):
        SaveNote(note, body)


def test_saves_while_typing_are_one_undo_step_and_a_pause_keeps_a_version(
    demo, monkeypatch
):
    note = add(demo, NoteTarget(article_id=1), "第一稿")
    for text in ("第一稿，", "第一稿，补一句", "第一稿，补一句。"):
        demo.execute(SaveNote(note, text))
    assert demo.note(note).body == "第一稿，补一句。"
    # a text saved moments ago by the same editor is not kept apart
    assert [v.body for v in demo.note_versions(note)] == ["第一稿，补一句。"]
    demo.undo()  # all of the typing at once
    assert demo.note(note).body == "第一稿"
    demo.redo()
    monkeypatch.setattr(commands, "VERSION_PAUSE", commands.timedelta(0))
    demo.execute(SaveNote(note, "隔了一阵再改"))
    bodies = [v.body for v in demo.note_versions(note)]
    assert bodies[-2:] == ["第一稿，补一句。", "隔了一阵再改"]


def test_two_windows_saving_one_note_lose_nothing(demo):
    note = add(demo, NoteTarget(article_id=1), "原文")
    base = demo.note(note).version
    demo.execute(SaveNote(note, "甲窗口的改动", base=base))
    demo.set_editor("乙")
    demo.execute(SaveNote(note, "乙窗口的改动", base=base))  # from the same base
    bodies = [v.body for v in demo.note_versions(note)]
    assert "甲窗口的改动" in bodies
    assert bodies[-1] == "乙窗口的改动"


def test_restoring_a_version_keeps_the_current_text(demo):
    note = add(demo, NoteTarget(article_id=1), "旧的")
    demo.set_editor("别人")
    demo.execute(SaveNote(note, "新的"))
    (old, _) = demo.note_versions(note)
    demo.execute(RestoreNoteVersion(note, old.version, old.body))
    assert demo.note(note).body == "旧的"
    assert "新的" in [v.body for v in demo.note_versions(note)]


def test_a_note_goes_to_the_trash_and_with_its_article(demo):
    first, second = demo.article_ids()[:2]
    mine = add(demo, NoteTarget(article_id=first), "随稿件走")
    other = add(demo, NoteTarget(article_id=second), "单独删")
    demo.execute(TrashNotes([other]))
    assert demo.count_notes(NoteFilter(trash=True, text="单独删")) == 1
    demo.execute(TrashArticles([first]))
    assert demo.note(mine).deleted_at is not None
    assert demo.notes_on(NoteTarget(article_id=first)) == []
    demo.undo()  # the article comes back, and its note with it
    assert demo.note(mine).deleted_at is None
    assert demo.count_notes(NoteFilter(text="随稿件走")) == 1
    demo.execute(TrashNotes([other], restore=True))
    assert demo.note(other).deleted_at is None


def test_a_save_to_a_note_trashed_meanwhile_keeps_the_text_in_the_trash(demo):
    note = add(demo, NoteTarget(article_id=1), "在写")
    demo.execute(TrashArticles([1]))  # another window trashed the article
    demo.execute(SaveNote(note, "在写，写完了"))
    kept = demo.note(note)
    assert kept.body == "在写，写完了"
    assert kept.deleted_at is not None


def test_links_backlinks_and_unlinked_mentions(demo):
    first, second = demo.article_ids()[:2]
    title = demo.article(second).title
    linking = add(demo, NoteTarget(article_id=first), f"见 [[article:{second}]]")
    naming = add(demo, NoteTarget.of("journal", None), f"想起了《{title}》那篇")
    assert [n.id for n in demo.backlinks("article", second)] == [linking]
    assert [n.id for n in demo.mentions("article", second)] == [naming]
    html = demo.render_note(f"见 [[article:{second}]] 与 [[article:999999]]")
    assert f'href="clipfile:article/{second}"' in html
    assert title in html
    assert "<del>article:999999</del> (missing)" in html
    demo.execute(SaveNote(linking, "不再链接"))
    assert demo.backlinks("article", second) == []


def test_the_notes_list_filters_and_searches(demo):
    first = demo.article(demo.article_ids()[0])
    add(demo, NoteTarget(article_id=first.id), "核实年份")
    add(demo, NoteTarget.of("city", "开封"), "开封的人才政策")
    demo.set_editor("李编辑")
    add(demo, NoteTarget.of("journal", None), "今天核实三篇")

    def ids(**chosen):
        return demo.notes_by_id(demo.note_ids(NoteFilter(**chosen)))

    assert {n.body for n in ids(text="核实")} >= {"核实年份", "今天核实三篇"}
    assert {n.body for n in ids(text="核实", author="李编辑")} == {"今天核实三篇"}
    assert [n.body for n in ids(targets=("city",))] == ["开封的人才政策"]
    assert "开封的人才政策" in {n.body for n in ids(city="开封")}
    add(demo, NoteTarget.of("city", first.city), "全市数字待核实")
    add(
        demo,
        NoteTarget.of("city", "开封" if first.city != "开封" else "洛阳"),
        "核实别处",
    )
    on_city = ids(text=f"核实 city:{first.city}")
    # the notes on its records and on the city itself, not on another city
    assert {"核实年份", "全市数字待核实"} <= {n.body for n in on_city}
    assert "核实别处" not in {n.body for n in on_city}
    assert all(n.article_id is not None or n.subject == first.city for n in on_city)
    assert ids(text="kind:article 核实") == []
    newest = ids()
    assert [n.updated_at for n in newest] == sorted(
        (n.updated_at for n in newest), reverse=True
    )
    assert demo.check() == []


def test_note_text_is_found_by_the_search(demo):
    add(demo, NoteTarget(article_id=1), "暗号甲乙丙")
    result = demo.search("kind:note 暗号甲乙")
    assert result.total == 1
    assert result.hits[0].kind == "note"
    assert result.hits[0].article_id == 1
