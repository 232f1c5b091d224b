"""The tag tree: counts, edits, the trash, passages, completion."""

from __future__ import annotations

import pytest

from archive import (
    AddNote,
    ClearUnusedTags,
    DeleteTag,
    Filters,
    MergeTags,
    MoveTag,
    NoteTarget,
    RenameTag,
    ReplaceInTagNames,
    RestoreTag,
    SetTagColor,
    TagError,
    TagIndex,
    TagPassage,
    TagRecords,
    UntagRecords,
    UpdateArticle,
)


def ids(archive, query: str) -> set[int]:
    return set(archive.article_ids(Filters(text=query)))


def tag(archive, path: str):
    return next(t for t in archive.tags() if t.path == path)


def test_counts_own_and_with_descendants(demo):
    a, b, c = demo.article_ids()[:3]
    demo.execute(TagRecords("树/甲", article_ids=[a, b]))
    demo.execute(TagRecords("树/甲/乙", article_ids=[b, c]))
    demo.execute(TagRecords("树", article_ids=[a]))
    assert (tag(demo, "树").count, tag(demo, "树").total) == (1, 3)
    assert (tag(demo, "树/甲").count, tag(demo, "树/甲").total) == (2, 3)
    assert (tag(demo, "树/甲/乙").count, tag(demo, "树/甲/乙").total) == (2, 2)


def test_counts_under_a_query(demo):
    a, b = demo.article_ids()[:2]
    demo.execute(TagRecords("树/甲", article_ids=[a, b]))
    title = demo.article(a).title
    under = {t.path: t for t in demo.tags(Filters(text=f'"{title}"'))}
    assert under["树/甲"].count == len({a, b} & ids(demo, f'"{title}"'))
    assert under["树"].total == under["树/甲"].count


def test_rename_onto_an_existing_tag_merges_without_duplicates(demo):
    a, b = demo.article_ids()[:2]
    demo.execute(TagRecords("人才引育", article_ids=[a, b]))
    demo.execute(TagRecords("人才引进", article_ids=[a]))
    demo.execute(TagRecords("人才引进/院士", article_ids=[b]))
    assert demo.tag_reach("人才引进") == (2, 2)
    rename = RenameTag("人才引进", "人才引育")
    demo.execute(rename)
    assert rename.merged
    assert ids(demo, "tag:人才引育") >= {a, b}
    assert ids(demo, "tag:人才引育/院士") == {b}
    assert demo.db.execute(
        "SELECT count(*) FROM taggings g LEFT JOIN tags t ON t.id = g.tag_id "
        "WHERE t.id IS NULL"
    ).fetchone() == (0,)
    demo.undo()
    assert ids(demo, "tag:人才引进") == {a, b}


def test_move_under_a_sibling_with_a_longer_name(demo):
    a = demo.article_ids()[0]
    demo.execute(TagRecords("测才", article_ids=[a]))
    demo.execute(TagRecords("测才培养", article_ids=[a]))
    demo.execute(MoveTag("测才", "测才培养"))
    assert "测才培养/测才" in [t.path for t in demo.tags()]
    assert ids(demo, "tag:测才培养/测才") == {a}


def test_a_tag_cannot_go_below_itself(demo):
    a = demo.article_ids()[0]
    demo.execute(TagRecords("测科/人才", article_ids=[a]))
    with pytest.raises(TagError) as refused:
        demo.execute(MoveTag("测科", "测科/人才"))
    assert refused.value.reason == "onto_itself"
    with pytest.raises(TagError):
        demo.execute(MoveTag("测科", "测科"))
    with pytest.raises(TagError):
        demo.execute(MergeTags(["测科"], into="测科/人才"))
    assert "测科/人才" in [t.path for t in demo.tags()]


def test_delete_to_the_trash_and_restore(demo):
    a = demo.article_ids()[0]
    demo.execute(TagRecords("删/子", article_ids=[a]))
    delete = DeleteTag("删")
    demo.execute(delete)
    assert ids(demo, "tag:删") == set()
    assert not any(t.startswith("删") for t in demo.article(a).tags)
    (trashed,) = [t for t in demo.deleted_tags() if t.path == "删"]
    demo.execute(RestoreTag(trashed.id))
    assert ids(demo, "tag:删/子") == {a}


def test_clear_unused_keeps_what_is_used_or_noted(demo):
    a = demo.article_ids()[0]
    demo.execute(TagRecords("空/用", article_ids=[a]))
    demo.execute(TagRecords("空/闲", article_ids=[a]))
    demo.execute(TagRecords("注", article_ids=[a]))
    demo.execute(UntagRecords("空/闲", article_ids=[a]))
    demo.execute(UntagRecords("注", article_ids=[a]))
    demo.execute(AddNote(NoteTarget(tag_id=tag(demo, "注").id), "保留"))
    clear = ClearUnusedTags()
    demo.execute(clear)
    paths = [t.path for t in demo.tags()]
    assert "空/闲" in clear.cleared
    assert "空/用" in paths
    assert "注" in paths


def test_find_and_replace_in_names_merges_equal_names(demo):
    a, b = demo.article_ids()[:2]
    demo.execute(TagRecords("科创/甲", article_ids=[a]))
    demo.execute(TagRecords("科技创新/甲", article_ids=[b]))
    demo.execute(ReplaceInTagNames("科创", "科技创新"))
    assert ids(demo, "tag:科技创新/甲") >= {a, b}
    assert "科创" not in [t.path for t in demo.tags()]


def test_colour_is_checked(demo):
    demo.execute(TagRecords("色", article_ids=[demo.article_ids()[0]]))
    demo.execute(SetTagColor("色", "#C0392B"))
    assert tag(demo, "色").color == "#c0392b"
    with pytest.raises(TagError):
        SetTagColor("色", "red; drop")


def test_completion_by_prefix_and_pinyin():
    index = TagIndex(["科技/人才", "人才培养", "民生", "产业/先进制造"])
    assert index.complete("人")[:2] == ["人才培养", "科技/人才"]
    assert "科技/人才" in index.complete("rc")
    assert "科技/人才" in index.complete("rencai")
    assert index.complete("xjzz") == ["产业/先进制造"]
    assert index.complete("ms") == ["民生"]
    assert index.complete("") == []


def test_passage_by_quote_with_a_rare_character(demo):
    a = demo.article_ids()[0]
    body = "𠀀字开头的句子。第二句提到院士工作站。"
    demo.execute(UpdateArticle(a, body=body))
    demo.execute(TagPassage(a, "段落", quote="院士工作站"))
    (passage,) = demo.passages(a)
    assert body[passage.start : passage.end] == "院士工作站"
    assert passage.start == body.index("院士")  # code points, not UTF-16 units
    with pytest.raises(TagError) as refused:
        demo.execute(TagPassage(a, "段落", quote="不在文中"))
    assert refused.value.reason == "quote_missing"


def test_passages_follow_their_words_or_are_flagged(demo):
    a = demo.article_ids()[0]
    demo.execute(UpdateArticle(a, body="甲乙丙。院士工作站建成。"))
    demo.execute(TagPassage(a, "段落", quote="院士工作站"))
    demo.execute(UpdateArticle(a, body="新增一段开头。\n\n甲乙丙。院士工作站建成。"))
    (moved,) = demo.passages(a)
    assert moved.found
    assert demo.article(a).body[moved.start : moved.end] == "院士工作站"
    demo.execute(UpdateArticle(a, body="全文改写，没有那几个字。"))
    (lost,) = demo.passages(a)
    assert not lost.found
    demo.undo()
    assert demo.passages(a)[0].found


def test_suggestions_from_similar_articles_and_the_text(demo):
    ids = list(demo.article_ids())
    for i in ids[:4]:
        demo.execute(
            UpdateArticle(
                i,
                title="黄河湿地候鸟保护观测",
                body="黄河湿地迎来越冬候鸟，保护观测站记录候鸟种类。",
            )
        )
    demo.execute(TagRecords("建议/生态", article_ids=ids[1:4]))
    demo.execute(TagRecords("建议/候鸟", article_ids=[ids[-1]]))
    found = {s.path: s for s in demo.suggest_tags(ids[0])}
    assert found["建议/生态"].why == "similar"
    assert found["建议/生态"].support == 3
    assert found["建议/候鸟"].why == "named"
    assert "建议/生态" not in demo.article(ids[0]).tags  # nothing applied
    demo.execute(TagRecords("建议/生态", article_ids=[ids[0]], origin="suggestion"))
    assert "建议/生态" not in {s.path for s in demo.suggest_tags(ids[0])}


def test_a_bulk_tagging_is_undone_and_redone_whole(demo):
    from archive import Filters, TagRecords

    ids = [int(i) for i in demo.article_ids()[:250]]
    demo.execute(TagRecords("批量/核", article_ids=ids[:3]))
    tagging = TagRecords("批量/核", article_ids=ids, origin="suggestion")
    demo.execute(tagging)
    assert tagging.already == 3
    rows = demo.db.execute(
        "SELECT count(*) FROM edit_rows WHERE edit_id = (SELECT max(id) FROM edits)"
    ).fetchone()[0]
    assert rows == 247  # each new tagging captured once, with its image
    kept = demo.db.execute(
        "SELECT id, tag_id, article_id, origin, created_by FROM taggings "
        "WHERE origin = 'suggestion' ORDER BY id"
    ).fetchall()
    demo.undo()
    assert len(demo.article_ids(Filters(text="tag:批量/核"))) == 3
    demo.redo()
    assert len(demo.article_ids(Filters(text="tag:批量/核"))) == 250
    assert (
        demo.db.execute(
            "SELECT id, tag_id, article_id, origin, created_by FROM taggings "
            "WHERE origin = 'suggestion' ORDER BY id"
        ).fetchall()
        == kept
    )
    demo.execute(TagRecords("别的", article_ids=ids[:1]))  # a later edit
    demo.undo()
    demo.undo()
    assert len(demo.article_ids(Filters(text="tag:批量/核"))) == 3
