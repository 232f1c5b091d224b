"""Every item model passes Qt's model tester over real archive data."""

from __future__ import annotations

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
