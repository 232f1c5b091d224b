"""Every item model passes Qt's model tester over real archive data."""

from __future__ import annotations

import sqlite3
from array import array

from archive import Filters
from gui.browse.article_model import CACHED_PAGES, PAGE, TITLE_COLUMN, ArticleListModel
from gui.browse.facet_model import FacetModel


def test_article_list_model(qtmodeltester, demo):
    model = ArticleListModel(demo)
    model.set_ids(demo.article_ids())
    qtmodeltester.check(model)
    assert model.rowCount() == 300
    first = demo.article(demo.article_ids()[0])
    assert model.index(0, TITLE_COLUMN).data() == first.title
    assert model.index(0, 0).data() == first.date


def test_article_list_model_holds_a_bounded_number_of_rows(demo):
    ids = demo.article_ids()
    many = array("q", list(ids) * 200)  # 60,000 rows
    model = ArticleListModel(demo)
    model.set_ids(many)
    for row in range(0, len(many), 97):
        assert model.index(row, TITLE_COLUMN).data()
    assert len(model._pages) <= CACHED_PAGES
    assert sum(len(rows) for rows in model._pages.values()) <= CACHED_PAGES * PAGE


def test_article_list_refreshes_edited_rows(qtbot, demo):
    from archive import UpdateArticle

    model = ArticleListModel(demo)
    model.set_ids(demo.article_ids())
    first = model.article_id(0)
    assert model.index(0, TITLE_COLUMN).data() != "改过的标题"
    demo.execute(UpdateArticle(first, title="改过的标题"))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh(frozenset([first]))
    assert model.index(0, TITLE_COLUMN).data() == "改过的标题"


def test_facet_model(qtmodeltester, demo):
    model = FacetModel()
    model.set_facets(demo.facets(), Filters(city="焦作"))
    qtmodeltester.check(model)
    cities = model.group_index("city")
    assert model.rowCount(cities) >= 6
    values = [model.index(r, 0, cities).data() for r in range(model.rowCount(cities))]
    assert "焦作" in values


def test_chosen_facet_value_stays_listed_at_zero(demo):
    model = FacetModel()
    model.set_facets({"city": []}, Filters(city="焦作"))
    cities = model.group_index("city")
    assert model.index(0, 0, cities).data() == "焦作"
    assert model.index(0, 1, cities).data() == "0"


def test_the_rest_of_a_list_is_inserted_after_its_first_page(qtbot, demo):
    ids = demo.article_ids()
    model = ArticleListModel(demo)
    first = demo.record_rows(ids[:PAGE])
    model.set_ids(ids[:PAGE], first_rows=first)
    assert model.index(0, TITLE_COLUMN).data() == first[0].title
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    assert model.extends(ids, "")
    model.extend_ids(ids)
    assert resets == []
    assert inserted == [(PAGE, len(ids) - 1)]
    assert model.rowCount() == len(ids) == 300
    assert model.index(299, TITLE_COLUMN).data() == demo.article(ids[299]).title
    assert not model.extends(ids[::-1], "")  # another list: a reset


def test_rows_painted_before_they_are_read_come_from_another_thread(
    qtbot, demo, monkeypatch
):
    ids = demo.article_ids()
    model = ArticleListModel(demo)
    model.set_ids(ids)

    def not_here(*_args, **_kwargs):
        raise AssertionError("rows read on the GUI thread while painting")

    monkeypatch.setattr(demo, "record_rows", not_here)
    model.painting = True
    assert model.index(250, TITLE_COLUMN).data() is None  # blank, asked for
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    model.painting = False
    first, last = changed.args[0].row(), changed.args[1].row()
    assert first <= 250 <= last
    with sqlite3.connect(demo.path) as db:
        title = db.execute("SELECT title FROM articles WHERE id = ?", [ids[250]])
        assert model.index(250, TITLE_COLUMN).data() == title.fetchone()[0]
    model.loader.wait(5000)
