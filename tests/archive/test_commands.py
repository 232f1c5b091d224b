"""Edits: each one atomic, logged with its editor, undoable and redoable."""

from __future__ import annotations

import pytest

from archive import (
    AddNote,
    NoteTarget,
    NothingToUndo,
    RecordNotFound,
    TagRecords,
    TrashArticles,
    UntagRecords,
    UpdateArticle,
)
from archive.text import word_count


def test_update_article_and_undo_redo(demo):
    first = demo.article_ids()[0]
    before = demo.article(first)
    changes = demo.execute(
        UpdateArticle(first, title="新标题 副标", body="甲乙丙。\n\n丁戊。")
    )
    assert changes.articles == {first}
    after = demo.article(first)
    assert after.title == "新标题 副标"
    assert after.paragraphs == ["甲乙丙。", "丁戊。"]
    assert after.word_count == len("新标题副标甲乙丙丁戊") + word_count(
        before.subtitle, before.summary
    )
    assert after.updated_by == "tester"
    assert demo.undo_label == "Edit article"
    demo.undo()
    assert demo.article(first).title == before.title
    assert demo.article(first).body == before.body
    demo.redo()
    assert demo.article(first).title == "新标题 副标"


def test_word_count_counts_characters_and_latin_words():
    assert word_count("在2021年河南省", "5G AI") == len("在年河南省") + 3


def test_every_write_is_logged_with_the_editor(demo):
    first = demo.article_ids()[0]
    demo.execute(TagRecords("人才", article_ids=[first]))
    demo.undo()
    log = demo.db.execute("SELECT editor, action FROM edits ORDER BY id").fetchall()
    assert log == [("tester", "Tag"), ("tester", "Undo Tag")]


def test_trash_is_soft_and_undoable(demo):
    first = demo.article_ids()[0]
    demo.execute(TrashArticles([first], reason="重复稿件"))
    row = demo.db.execute(
        "SELECT deleted_by, deleted_reason FROM articles WHERE id = ?", [first]
    ).fetchone()
    assert row == ("tester", "重复稿件")
    with pytest.raises(RecordNotFound):
        demo.article(first)
    demo.undo()
    assert demo.article(first).id == first


def test_tagging_makes_the_tag_path_and_undo_removes_it(demo):
    ids = list(demo.article_ids()[:3])
    demo.execute(TagRecords("专题/黄河/生态", article_ids=ids))
    assert "专题/黄河/生态" in demo.article(ids[0]).tags
    assert (
        demo.db.execute("SELECT count(*) FROM tags WHERE name = '专题'").fetchone()[0]
        == 1
    )
    demo.undo()
    assert "专题/黄河/生态" not in demo.article(ids[0]).tags
    assert (
        demo.db.execute("SELECT count(*) FROM tags WHERE name = '专题'").fetchone()[0]
        == 0
    )


def test_tagging_twice_adds_nothing(demo):
    first = demo.article_ids()[0]
    demo.execute(TagRecords("人才", article_ids=[first]))
    demo.execute(TagRecords("人才", article_ids=[first]))
    assert demo.article(first).tags.count("人才") == 1


def test_untag_and_undo_restore_the_tagging(demo):
    first = demo.article_ids()[0]
    demo.execute(TagRecords("民生", article_ids=[first]))
    demo.execute(UntagRecords("民生", article_ids=[first]))
    assert "民生" not in demo.article(first).tags
    demo.undo()
    assert "民生" in demo.article(first).tags


def test_note_on_an_article_and_a_caption(demo):
    article = next(
        demo.article(i) for i in demo.article_ids() if demo.article(i).captions
    )
    demo.execute(AddNote(NoteTarget(article_id=article.id), "**核对**数字"))
    demo.execute(AddNote(NoteTarget(caption_id=article.captions[0].id), "图片待换"))
    assert [n.body for n in demo.article(article.id).notes][-1] == "**核对**数字"
    assert [n.body for n in demo.caption(article.captions[0].id).notes] == ["图片待换"]
    demo.undo()
    assert demo.caption(article.captions[0].id).notes == ()


def test_a_failed_write_leaves_nothing_behind(demo):
    tags_before = demo.db.execute("SELECT count(*) FROM tags").fetchone()[0]
    with pytest.raises(RecordNotFound):
        demo.execute(TagRecords("新标签/子", article_ids=[10**9]))  # no such article
    assert demo.db.execute("SELECT count(*) FROM tags").fetchone()[0] == tags_before
    assert demo.undo_label is None


def test_note_on_a_missing_record_is_refused(demo):
    with pytest.raises(RecordNotFound):
        demo.execute(AddNote(NoteTarget(article_id=10**9), "x"))


def test_nothing_to_undo(fresh_archive):
    with pytest.raises(NothingToUndo):
        fresh_archive.undo()
    with pytest.raises(NothingToUndo):
        fresh_archive.redo()


def test_new_edit_clears_redo(demo):
    first = demo.article_ids()[0]
    demo.execute(TagRecords("甲", article_ids=[first]))
    demo.undo()
    demo.execute(TagRecords("乙", article_ids=[first]))
    assert demo.redo_label is None


def test_an_edit_waits_for_another_connections_write_instead_of_failing(demo_path):
    """An import commits several times a second: an edit that read before it
    wrote must wait its turn, not fail with "database is locked"."""
    import threading

    from archive import Archive, Changes
    from archive.commands import Command

    with Archive.open(demo_path) as archive:
        first, second = archive.article_ids()[:2]
        done = []

        def other_connection_writes() -> None:
            with Archive.open(demo_path) as other:
                other.execute(UpdateArticle(second, title="另一个连接写的"))
            done.append(True)

        class ReadThenWrite(Command):
            label = "Edit article"

            def do(self, db, ctx) -> Changes:
                db.execute("SELECT count(*) FROM articles").fetchone()
                writer = threading.Thread(target=other_connection_writes)
                writer.start()
                writer.join(0.5)  # it waits for this edit, which holds the lock
                db.execute("UPDATE articles SET title = '这一个' WHERE id = ?", [first])
                self.writer = writer
                return Changes(articles=frozenset({first}))

            def undo(self, db, ctx) -> Changes:
                return Changes()

        command = ReadThenWrite()
        archive.execute(command)
        command.writer.join(10)
        assert done == [True]
        assert archive.article(first).title == "这一个"
        assert archive.article(second).title == "另一个连接写的"
