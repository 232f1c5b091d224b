"""Tag names as typed, and what tag: in a query finds."""

from __future__ import annotations

import pytest

from archive import Filters, TagRecords, UntagRecords
from archive.tags.names import TagError, normalise


def ids(archive, query: str) -> set[int]:
    return set(archive.article_ids(Filters(text=query)))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("/a//b/", "a/b"),
        ("  测科 /  人才  ", "测科/人才"),
        ("测科／人才", "测科/人才"),  # a full-width separator
        ("ＡＩ  应用", "AI 应用"),  # full-width letters, a run of spaces
        ("人才\x00培养", "人才 培养"),  # a pasted control character
    ],
)
def test_names_are_normalised_as_the_user_sees(typed, stored):
    assert normalise(typed) == stored


@pytest.mark.parametrize("typed", ["", "   ", "/", "//", " / / "])
def test_a_name_of_nothing_is_refused(typed):
    with pytest.raises(TagError) as refused:
        normalise(typed)
    assert refused.value.reason == "empty"


def test_a_500_character_name_is_refused_clearly(demo):
    first = demo.article_ids()[0]
    before = demo.db.execute("SELECT count(*) FROM tags").fetchone()[0]
    with pytest.raises(TagError) as refused:
        demo.execute(TagRecords("长" * 500, article_ids=[first]))
    assert refused.value.reason == "too_long"
    assert "at most 100" in str(refused.value)
    assert demo.db.execute("SELECT count(*) FROM tags").fetchone()[0] == before


def test_width_and_case_make_no_other_tag(demo):
    first, second = demo.article_ids()[:2]
    demo.execute(TagRecords("AI/应用", article_ids=[first]))
    again = TagRecords("ａｉ／应用", article_ids=[first, second])
    demo.execute(again)
    assert again.path == "AI/应用"  # the tag as it was first named
    assert again.already == 1
    assert len(again.added) == 1
    assert demo.db.execute("SELECT count(*) FROM tags WHERE key = 'ai'").fetchone() == (
        1,
    )
    assert "AI/应用" in demo.article(second).tags


def test_tagging_twice_says_it_was_tagged(demo):
    first = demo.article_ids()[0]
    demo.execute(TagRecords("人才", article_ids=[first]))
    twice = TagRecords("人才", article_ids=[first])
    demo.execute(twice)
    assert twice.already == 1
    assert twice.added == []


def test_a_path_compares_whole_names(demo):
    first, second, third = demo.article_ids()[:3]
    demo.execute(TagRecords("专题/测试创新", article_ids=[first]))
    demo.execute(TagRecords("测试创新", article_ids=[second]))
    demo.execute(TagRecords("专题/测试创新精神", article_ids=[third]))
    assert ids(demo, "tag:专题/测试创新") == {first}
    assert ids(demo, "tag:/测试创新") == {second}
    assert ids(demo, "tag:测试创新") == {first, second}  # the name, anywhere
    assert ids(demo, "tag:专题/测试") == set()  # not a prefix of a name


def test_descendants_star_and_exclusion(demo):
    first, second, third = demo.article_ids()[:3]
    demo.execute(TagRecords("测科", article_ids=[first]))
    demo.execute(TagRecords("测科/人才/院士", article_ids=[second]))
    demo.execute(TagRecords("测科/金融", article_ids=[third]))
    assert ids(demo, "tag:测科") == {first, second, third}
    assert ids(demo, "tag:测科/*") == {second, third}
    assert ids(demo, "tag:测科/人才") == {second}
    assert ids(demo, "tag:测科 -tag:测科/金融") == {first, second}
    assert ids(demo, "tag:测科/* -tag:院士") == {third}
    assert ids(demo, "tag:KEJI") == set()


def test_a_tag_that_names_nothing_is_noted(demo):
    assert any("names no tag" in n for n in demo.read_query("tag:// 科技"))


def test_the_list_shows_full_paths(demo):
    first = demo.article_ids()[0]
    demo.execute(TagRecords("专题/科技创新", article_ids=[first]))
    demo.execute(TagRecords("测科创新", article_ids=[first]))
    (row,) = demo.article_rows([first])
    assert "专题/科技创新" in row.tags.split("、")
    assert "测科创新" in row.tags.split("、")


def test_bulk_tagging_is_one_undo_step(demo):
    chosen = list(demo.article_ids()[:200])
    demo.execute(TagRecords("待核实/批量", article_ids=chosen))
    assert len(ids(demo, "tag:待核实/批量")) == 200
    demo.undo()
    assert ids(demo, "tag:待核实/批量") == set()
    demo.redo()
    assert len(ids(demo, "tag:待核实/批量")) == 200


def test_an_untagging_of_one_origin_leaves_the_others(demo):
    first, second = demo.article_ids()[:2]
    demo.execute(TagRecords("导入", article_ids=[first], origin="import"))
    demo.execute(TagRecords("导入", article_ids=[second]))
    cleanup = UntagRecords("导入", article_ids=[first, second], origin="import")
    demo.execute(cleanup)
    assert cleanup.removed == 1
    assert ids(demo, "tag:导入") == {second}
