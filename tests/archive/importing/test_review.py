"""Fixing mis-splits after an import, each fix undoable to the letter."""

from __future__ import annotations

import pytest

from archive import (
    AddNote,
    Archive,
    AssignLeftover,
    CaptionToParagraph,
    MergeArticles,
    MoveCaption,
    NoteTarget,
    ParagraphToCaption,
    RecordNotFound,
    SetPeople,
    SplitArticle,
    TagRecords,
    UpdateCaption,
)
from archive.importing.importer import import_paths

from ...pages import REVIEWED as PAGE


@pytest.fixture
def page(tmp_path):
    archive = Archive.open(tmp_path / "a.sqlite", create=True, editor="审稿人")
    path = tmp_path / "page.txt"
    path.write_text(PAGE, "utf-8")
    report = import_paths(archive, [path])
    yield archive, report.files[0].articles, report.files[0].captions
    archive.close()


def state(archive, *article_ids):
    def live(i):
        try:
            return archive.article(i)
        except RecordNotFound:
            return None

    articles = [live(i) for i in article_ids]
    return [
        (
            a.title,
            a.body,
            a.reporters,
            a.word_count,
            a.tags,
            [(c.id, c.label, c.text, c.photographers) for c in a.captions],
            [n.body for n in a.notes],
        )
        if a
        else None
        for a in articles
    ]


def test_the_review_layout_shows_spans_of_every_record(page):
    archive, articles, _captions = page
    (source,) = archive.sources()
    assert (source.articles, source.captions, source.leftovers) == (2, 1, 0)
    layout = archive.source_layout(source.id)
    assert layout.text == PAGE
    first = next(s for s in layout.spans if s.kind == "article")
    assert layout.text[first.start : first.end].startswith("南湖湿地公园完成生态修复")
    caption = next(s for s in layout.spans if s.kind == "caption")
    assert layout.text[caption.start : caption.end].startswith("图①")
    assert caption.article_id == articles[0]


def test_merge_and_undo(page):
    archive, (first, second), _ = page
    archive.execute(TagRecords("城建", article_ids=[second]))
    archive.execute(AddNote(NoteTarget(article_id=second), "电梯数字待核"))
    before = state(archive, first, second)
    archive.execute(MergeArticles(first, second))
    merged = archive.article(first)
    assert merged.body.endswith(
        "今年全市计划为老旧小区加装电梯一百部，目前已完工四十部。"
    )
    assert merged.reporters == ("林晓", "白露")
    assert merged.tags == ("城建",)
    assert [n.body for n in merged.notes] == ["电梯数字待核"]
    with pytest.raises(RecordNotFound):
        archive.article(second)
    archive.undo()
    assert state(archive, first, second) == before
    archive.redo()
    assert archive.article(first).tags == ("城建",)


def test_split_at_a_headline_read_as_a_subhead_and_undo(page):
    archive, (first, _), _ = page
    before = state(archive, first)
    changes = archive.execute(SplitArticle(first, 2))
    (new,) = [i for i in changes.articles if i != first]
    assert archive.article(first).paragraphs == [
        "5月20日，南湖湿地公园生态修复工程通过验收。",
        "公园管理处介绍，今年春天已有二十多种候鸟在这里停留。",
    ]
    split = archive.article(new)
    assert split.title == "北岸栈道同步完工"
    assert split.paragraphs == ["北岸新建的木栈道全长两公里，周末游客明显增多。"]
    assert split.reporters == ("林晓",)
    archive.undo()
    assert state(archive, first) == before
    assert archive.count() == 2


def test_split_inside_body_keeps_every_word(page):
    archive, (first, _), _ = page
    changes = archive.execute(SplitArticle(first, 1))
    (new,) = [i for i in changes.articles if i != first]
    split = archive.article(new)
    assert split.title == "公园管理处介绍，今年春天已有二十多种候鸟在这里停留"
    assert split.paragraphs[0] == "公园管理处介绍，今年春天已有二十多种候鸟在这里停留。"


def test_paragraph_to_caption_and_back(page):
    archive, (first, _), _ = page
    before = state(archive, first)
    changes = archive.execute(ParagraphToCaption(first, 3))
    article = archive.article(first)
    assert "北岸新建的木栈道" not in article.body
    new_caption = article.captions[-1]
    assert new_caption.text == "北岸新建的木栈道全长两公里，周末游客明显增多。"
    assert new_caption.id in changes.captions
    archive.undo()
    assert state(archive, first) == before
    archive.execute(CaptionToParagraph(archive.article(first).captions[0].id))
    article = archive.article(first)
    assert article.captions == ()
    assert article.paragraphs[-1] == "5月19日，游客在北岸栈道上观鸟。"
    archive.undo()
    assert state(archive, first) == before


def test_move_caption_and_edit_it(page):
    archive, (first, second), (caption,) = page
    before = state(archive, first, second)
    archive.execute(MoveCaption(caption, second))
    assert archive.caption(caption).article_id == second
    archive.execute(UpdateCaption(caption, label="图②", text="游客在栈道上观鸟。"))
    assert archive.caption(caption).label == "图②"
    archive.undo()
    archive.undo()
    assert state(archive, first, second) == before


def test_bad_fixes_are_refused_and_change_nothing(page):
    archive, (first, _second), _ = page
    with pytest.raises(ValueError, match="itself"):
        MergeArticles(first, first)
    with pytest.raises(ValueError, match="outside"):
        archive.execute(SplitArticle(first, 0))
    with pytest.raises(RecordNotFound):
        archive.execute(MoveCaption(10**6, first))
    assert archive.undo_label is None


def test_set_people_and_undo(page):
    archive, (first, _), (caption,) = page
    archive.execute(
        SetPeople(role="reporter", names=["林晓", "张 蕊"], article_id=first)
    )
    archive.execute(SetPeople(role="correspondent", names=["周川"], article_id=first))
    article = archive.article(first)
    assert (article.reporters, article.correspondents) == (("林晓", "张 蕊"), ("周川",))
    archive.execute(SetPeople(role="photographer", names=["白露"], caption_id=caption))
    assert archive.caption(caption).photographers == ("白露",)
    archive.undo()
    assert archive.caption(caption).photographers == ("周川",)
    archive.undo()
    archive.undo()
    assert archive.article(first).reporters == ("林晓",)


def test_leftovers_are_placed_or_dismissed_and_undone(tmp_path):
    archive = Archive.open(tmp_path / "b.sqlite", create=True)
    path = tmp_path / "page.txt"
    path.write_text(
        "一段开头没有归属的文字，留给编辑处理。\n\n另一段也没有归属。\n\n" + PAGE,
        "utf-8",
    )
    report = import_paths(archive, [path])
    first = report.files[0].articles[0]
    leftovers = [
        s
        for s in archive.source_layout(archive.sources()[0].id).spans
        if s.kind == "leftover"
    ]
    assert len(leftovers) == 2
    archive.execute(AssignLeftover(leftovers[0].id, first))
    assert (
        archive.article(first).paragraphs[-1]
        == "一段开头没有归属的文字，留给编辑处理。"
    )
    archive.execute(AssignLeftover(leftovers[1].id, None))
    assert archive.sources()[0].leftovers == 0
    archive.undo()
    archive.undo()
    assert archive.sources()[0].leftovers == 2
    assert "一段开头" not in archive.article(first).body


INTERRUPTED = (
    "# 城北新区污水处理厂投入运行\n\n"
    "本报讯(记者林晓)6月3日，城北新区污水处理厂正式投入运行，每天可处理生活污水\n\n"
    "图① 6月2日，技术人员在调试设备。本报记者 周川 摄\n\n"
    "五万吨，出水水质达到一级A标准。\n\n"
    "该厂负责人介绍，新区周边的三个村庄也将接入管网。\n\n"
    "今年年底前，城南片区的管网改造也将开工。\n"
)


def pieces(archive, kind: str, record_id: int) -> list[str]:
    (source,) = archive.sources()
    layout = archive.source_layout(source.id)
    return [
        layout.text[s.start : s.end]
        for s in layout.spans
        if (s.kind, s.id) == (kind, record_id)
    ]


def test_an_article_interrupted_by_a_caption_is_shown_in_two_pieces(tmp_path):
    archive = Archive.open(tmp_path / "a.sqlite", create=True)
    path = tmp_path / "page-2023-06.txt"
    path.write_text(INTERRUPTED, "utf-8")
    report = import_paths(archive, [path])
    (article,), (caption,) = report.files[0].articles, report.files[0].captions
    first, second = pieces(archive, "article", article)
    assert first.endswith("每天可处理生活污水")
    assert second.startswith("五万吨")
    assert pieces(archive, "caption", caption) == [
        "图① 6月2日，技术人员在调试设备。本报记者 周川 摄"
    ]
    changes = archive.execute(SplitArticle(article, 2))
    (new,) = [i for i in changes.articles if i != article]
    assert pieces(archive, "article", new) == [
        "今年年底前，城南片区的管网改造也将开工。"
    ]
    assert pieces(archive, "article", article)[-1].endswith("也将接入管网。\n\n")
    archive.undo()
    assert [p[:4] for p in pieces(archive, "article", article)] == [
        "城北新区",
        "五万吨，",
    ]
    archive.close()


def test_merged_articles_keep_both_stretches_of_the_page(page):
    archive, (first, second), _ = page
    before = pieces(archive, "article", first) + pieces(archive, "article", second)
    archive.execute(MergeArticles(first, second))
    assert "".join(pieces(archive, "article", first)) == "".join(before)
    archive.undo()
    assert (
        pieces(archive, "article", first) + pieces(archive, "article", second) == before
    )
