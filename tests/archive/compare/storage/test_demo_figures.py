"""The demo's figures behave as a city's do, and the demo's text varies."""

from __future__ import annotations

import pytest

from archive.compare.demo_figures import DemoFigures
from archive.demo import templates, write_demo


@pytest.fixture(scope="module")
def demo_2000(tmp_path_factory):
    archive = write_demo(
        tmp_path_factory.mktemp("demo") / "demo.sqlite", articles=2000, seed=5
    )
    yield archive
    archive.close()


def test_each_city_reports_its_high_tech_total_rising_year_by_year(demo_2000):
    places = demo_2000.compare_places(templates()["cities"][:4])
    series = demo_2000.figure_series(places, "高新技术企业")
    for place in places:
        years = sorted(series[place.key])
        assert len(years) >= 5, place.key
        values = [series[place.key][y].normalised for y in years]
        assert values == sorted(values)
        assert len(set(values)) == len(values)


def test_additions_add_up_and_ranks_and_shares_fit(demo_2000):
    cities = templates()["cities"]
    plan = DemoFigures(cities, tuple(templates()["years"]), 5)
    checked = {"added": 0, "rank": 0, "share": 0}
    for figure in demo_2000.figures(indicator="高新技术企业"):
        if figure.kind not in checked or figure.status != "extracted":
            continue
        city, year = figure.city, figure.year
        total = plan.total("高新技术企业", city, year)
        if figure.kind == "added":
            before = plan.total("高新技术企业", city, year - 1)
            assert figure.value == total - before
        elif figure.kind == "rank":
            higher = sum(plan.total("高新技术企业", c, year) > total for c in cities)
            assert figure.value == 1 + higher
        else:
            assert 0 < figure.value < 100 / len(cities) * 2
        checked[figure.kind] += 1
    assert all(checked.values()), checked


def test_the_table_shows_totals_and_flags_the_one_conflict(demo_2000):
    cities = templates()["cities"]
    table = demo_2000.figure_table(demo_2000.compare_places(cities[:3] + cities[-1:]))
    assert {"高新技术企业", "院士工作站", "技术合同成交额"} <= set(table.indicators)
    for city in cities[:3]:
        cell = table.cell("高新技术企业", city)
        assert cell.figure.kind in ("total", "change")
        assert not cell.conflict
    assert table.cell("高新技术企业", cities[-1]).conflict


def test_search_snippets_differ_from_row_to_row(demo_2000):
    rows = demo_2000.search("创新", limit=50).hits
    snippets = [hit.snippet for hit in rows]
    assert len(set(snippets)) >= 0.9 * len(snippets)


def test_no_demo_sentence_reports_a_growth_of_nothing(demo_2000):
    """A flat year reads 与上年持平, as a paper prints it, never 同比增长0.0%."""
    said = [hit.snippet for hit in demo_2000.search("同比增长0.0%", limit=5).hits]
    assert said == []
    assert demo_2000.search("与上年持平", limit=1).hits
