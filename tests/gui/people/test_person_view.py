"""People pages in the window, and the byline's filter on screen."""

from __future__ import annotations

from archive import Archive, Filters
from tests.gui.conftest import settle


def shown(qtbot, view) -> None:
    """Wait for the page being read off the GUI thread."""
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)


def test_a_byline_name_filters_browse_and_says_whose(qtbot, window, demo: Archive):
    name = window.browse.reader.article.reporters[0]
    window.browse.reader.person_clicked.emit(name)
    settle(qtbot, window)
    bar = window.person_bar
    assert bar.isVisible()
    assert name in bar.label.text()
    bar.page_button.click()
    assert window.views.currentWidget() is window.person
    assert name in window.person.title.text()  # whose page: at once
    shown(qtbot, window.person)
    assert window.person.records.model().rowCount() > 0
    window.show_view(window.browse)
    bar.remove_button.click()
    settle(qtbot, window)
    assert window.browse.filters.person is None
    assert not bar.isVisible()
    assert window.browse.list_model.rowCount() == len(demo.article_ids(Filters()))


def test_a_person_page_counts_and_charts(qtbot, window, demo: Archive, qtmodeltester):
    name = demo.people(limit=1)[0].name
    assert window.show_person(" ".join(name))  # any spelling
    view = window.person
    shown(qtbot, view)
    page = demo.person_page(name)
    qtmodeltester.check(view.records_model)
    assert view.records.model().rowCount() == len(page.records)
    first = page.records[0]
    cells = [view.records_model.index(0, c).data() for c in range(5)]
    assert cells[1:3] == [first.date, first.title]
    assert view.counties.rowCount() == len(page.by_county)
    series = view.chart.series()[0]
    totals = sum(s.sum() for s in series.barSets())
    assert totals == sum(sum(v.values()) for v in page.by_year.values())
    other = demo.people(limit=2)[1].name
    window.show_person(other)
    shown(qtbot, view)
    series = view.chart.series()[0]  # the chart holds the other page's counts
    totals = sum(s.sum() for s in series.barSets())
    by_year = demo.person_page(other).by_year
    assert totals == sum(sum(v.values()) for v in by_year.values())
    assert view.x_axis.categories()[0] == str(min(by_year))
    view.close_button.click()
    assert view.records.model().rowCount() == 0
    assert not window.show_person("无此人名")
    assert "无此人名" in view.summary.text()


def test_merging_a_spelling_is_one_undoable_step(qtbot, window, demo: Archive):
    first, second = (p.name for p in demo.people(limit=2))
    window.show_person(first)
    view = window.person
    shown(qtbot, view)
    before = view.records.model().rowCount()
    added = len(demo.person_page(second).records)
    view.ask_spelling = lambda names: second
    view.merge_button.click()
    shown(qtbot, view)
    assert view.records.model().rowCount() == before + added
    assert second in view.summary.text()
    window.session.undo()
    shown(qtbot, view)
    assert view.records.model().rowCount() == before


def test_the_people_tab_lists_everyone_credited(qtbot, window, demo: Archive):
    window.show_view(window.person)
    view = window.person
    qtbot.waitUntil(lambda: view.everyone.rowCount() > 0, timeout=10_000)
    first = demo.people(limit=1)[0]
    assert view.everyone.item(0, 0).text() == first.name
    view.everyone.cellClicked.emit(0, 0)
    assert first.name in view.title.text()
    shown(qtbot, view)
    assert view.records.model().rowCount() == first.articles + first.captions


def test_several_people_chosen_are_all_named_and_removed_at_once(qtbot, window):
    first, second = (p.name for p in window.session.archive.people(limit=2))
    window.browse.add_facet("person", first)
    window.browse.add_facet("person", second)
    settle(qtbot, window)
    bar = window.person_bar
    assert first in bar.label.text()
    assert second in bar.label.text()
    bar.remove_button.click()
    settle(qtbot, window)
    assert window.browse.filters.person is None
    assert not bar.isVisible()


def test_the_side_tables_show_about_ten_rows_at_once(qtbot, window, demo: Archive):
    """Counties and places at a line of the font a row: a window of the
    usual size shows nine or ten of each without scrolling."""
    window.resize(1400, 900)
    window.show()
    name = max(demo.people(limit=50), key=lambda p: p.articles + p.captions).name
    assert window.show_person(name)
    view = window.person
    shown(qtbot, view)
    settle(qtbot, window)
    for table in (view.counties, view.places):
        assert table.rowCount() > 0
        height = table.rowHeight(0)
        assert height <= table.fontMetrics().height() + 6
        seen = table.viewport().height() // height
        assert seen >= 9, (table, seen)
