"""Charts of the figures: one line per place across years, the places side by
side for one year, saved as PNG and SVG with their sources."""

from __future__ import annotations

from gui.compare.figures_chart import FiguresChart

from .test_view import compare


def chart_of(qtbot, window, indicator="高新技术企业"):
    view = compare(qtbot, window, "焦作", "开封", "平顶山")
    chart = FiguresChart(window.session, view.places, indicator, window)
    qtbot.addWidget(chart)
    qtbot.waitUntil(lambda: not chart.busy, timeout=10_000)
    return view, chart


def test_one_line_per_place_across_years(qtbot, window):
    view, chart = chart_of(qtbot, window)
    series = window.session.archive.figure_series(view.places, "高新技术企业")
    lines = chart.chart.series()
    assert [line.name() for line in lines] == ["焦作", "开封", "平顶山"]
    for line, place in zip(lines, view.places, strict=True):
        points = [(int(p.x()), p.y()) for p in line.points()]
        assert points == [
            (year, cell.normalised) for year, cell in sorted(series[place.key].items())
        ]
    sources = chart.sources_text()
    for place in view.places:
        for year, _cell in series[place.key].items():
            assert f"{place.label} {year}:" in sources
    assert "高新技术企业" in chart.chart.title()


def test_places_side_by_side_for_one_year(qtbot, window):
    view, chart = chart_of(qtbot, window)
    chart.mode.setCurrentIndex(1)
    year = chart.year.currentData()
    (bars,) = chart.chart.series()
    (values,) = bars.barSets()
    series = window.session.archive.figure_series(view.places, "高新技术企业")
    assert [values.at(i) for i in range(values.count())] == [
        series[p.key][year].normalised if year in series[p.key] else 0
        for p in view.places
    ]
    lines = chart.sources_text().splitlines()[1:]
    assert len(lines) == sum(year in series[p.key] for p in view.places)
    assert all(f" {year}:" in line for line in lines)


def test_saved_as_png_and_svg_with_the_sources(qtbot, window, tmp_path):
    _, chart = chart_of(qtbot, window)
    chart.show()
    assert chart.write(tmp_path / "chart.png", "png")
    assert (tmp_path / "chart.png").stat().st_size > 1000
    assert chart.write(tmp_path / "chart.svg", "svg")
    svg = (tmp_path / "chart.svg").read_text("utf-8")
    assert "<svg" in svg
    assert "Sources:" in svg
