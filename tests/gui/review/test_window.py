"""Reviewing an import in the window: spans highlighted, fixes undoable."""

from __future__ import annotations

import pytest

from archive.importing.importer import import_paths
from gui.review.record_tree_model import RecordTreeModel, build
from gui.review.source_list_model import SourceListModel

from ...pages import REVIEWED
from ..conftest import settle

PAGE = (  # the reviewed page, with a paragraph no article takes
    "版面最前面这一段没有标题也没有署名，放不进任何一篇文章。\n\n" + REVIEWED
)


@pytest.fixture
def review(qtbot, window, tmp_path):
    path = tmp_path / "page-2023-05.txt"
    path.write_text(PAGE, "utf-8")
    import_paths(window.session.archive, [path])
    window.browse.refresh()
    settle(qtbot, window)
    review = window.show_review()
    qtbot.addWidget(review)
    return review


def select(review, kind: str, record_id: int, paragraph: int = 0) -> None:
    index = review.records.index_of(kind, record_id, paragraph)
    assert index.isValid()
    review.tree.setCurrentIndex(index)


def test_source_text_beside_its_records(review):
    assert review.text.toPlainText() == PAGE
    kinds = [root.kind for root in review.records.roots]
    assert kinds == ["leftover", "article", "article"]
    first = review.records.roots[1]
    assert first.text == "南湖湿地公园完成生态修复"
    assert [c.kind for c in first.children].count("caption") == 1
    assert len(review.text.extraSelections()) == 4  # 2 articles, 1 caption, 1 leftover


def test_split_here_then_undo(qtbot, review, window):
    first = review.records.roots[1]
    select(review, "paragraph", first.id, 2)
    assert review.split_action.isEnabled()
    review.split_action.trigger()
    titles = [r.text for r in review.records.roots if r.kind == "article"]
    assert titles == [
        "南湖湿地公园完成生态修复",
        "北岸栈道同步完工",
        "老旧小区加装电梯提速",
    ]
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 303
    window.undo_action.trigger()
    assert [r.text for r in review.records.roots if r.kind == "article"] == [
        "南湖湿地公园完成生态修复",
        "老旧小区加装电梯提速",
    ]


def test_paragraph_to_caption_and_back(review):
    first = review.records.roots[1]
    select(review, "paragraph", first.id, 3)
    review.to_caption_action.trigger()
    first = review.records.roots[1]
    captions = [c for c in first.children if c.kind == "caption"]
    assert captions[-1].text == "北岸新建的木栈道全长两公里，周末游客明显增多。"
    select(review, "caption", captions[-1].id)
    assert review.to_paragraph_action.isEnabled()
    review.to_paragraph_action.trigger()
    first = review.records.roots[1]
    assert first.children[3].text == "北岸新建的木栈道全长两公里，周末游客明显增多。"


def test_merge_with_next(review):
    first, _second = review.records.roots[1:3]
    select(review, "article", first.id)
    review.merge_action.trigger()
    articles = [r for r in review.records.roots if r.kind == "article"]
    assert len(articles) == 1
    assert articles[0].children[-2].text.startswith("今年全市计划为老旧小区加装电梯")


def test_models(qtmodeltester, review, window):
    model = RecordTreeModel()
    archive = window.session.archive
    model.set_roots(build(archive, archive.source_layout(review.source_id)))
    qtmodeltester.check(model)
    sources = SourceListModel()
    sources.set_sources(archive.sources())
    qtmodeltester.check(sources)
    assert "1 left over" in sources.index(0).data()


def test_edit_headline_and_byline_in_one_undoable_step(review, window, monkeypatch):
    from gui.review.edit_dialog import EditDialog

    first = review.records.roots[1]
    select(review, "article", first.id)

    def ask(cls, parent, values):
        assert values["reporters"] == "林晓"
        return {"title": "南湖湿地公园生态修复通过验收", "reporters": "林晓 张 蕊"}

    monkeypatch.setattr(EditDialog, "ask", classmethod(ask))
    review.edit_action.trigger()
    article = window.session.archive.article(first.id)
    assert article.title == "南湖湿地公园生态修复通过验收"
    assert article.reporters == ("林晓", "张蕊")
    window.undo_action.trigger()
    article = window.session.archive.article(first.id)
    assert (article.title, article.reporters) == ("南湖湿地公园完成生态修复", ("林晓",))


def test_place_a_leftover(review, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    leftover = review.records.roots[0]
    select(review, "leftover", leftover.id)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *args: ("南湖湿地公园完成生态修复", True)
    )
    review.place_action.trigger()
    assert [r.kind for r in review.records.roots] == ["article", "article"]
    first = review.records.roots[0]
    assert first.children[-2].text == leftover.text


def test_review_of_an_archive_with_no_imports_says_so(qtbot, window):
    review = window.show_review()
    qtbot.addWidget(review)
    assert review.records.rowCount() == 0
    assert "No files have been imported" in review.text.placeholderText()
