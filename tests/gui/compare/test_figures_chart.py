"""Charts of the figures: one line per place across years, the places side by
side for one year, saved as PNG and SVG with their sources."""

from __future__ import annotations

from gui.compare.figures_chart import ChartPane, FiguresChart

from .test_view import compare


def chart_of(qtbot, window, indicator="高新技术企业"):
    view = compare(qtbot, window, "焦作", "开封", "平顶山")
    chart = ChartPane(window.session)
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.show_indicator(view.places, indicator)
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


def test_the_chart_window_and_the_pane_under_the_table(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封", "平顶山")
    view.show_chart("院士工作站")
    (shown,) = [w for w in window.findChildren(FiguresChart) if w.isVisible()]
    qtbot.waitUntil(lambda: not shown.pane.busy, timeout=10_000)
    assert "院士工作站" in shown.pane.chart.title()
    shown.close()
    panel = view.figures_panel
    assert panel.chart.indicator == panel.model.table.indicators[0]
    panel.view.setCurrentIndex(panel.model.index(1, 2))  # a cell of the row
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert panel.chart.indicator == panel.model.table.indicators[1]


def test_a_chart_that_cannot_be_saved_says_so(qtbot, window, tmp_path, monkeypatch):
    _, chart = chart_of(qtbot, window)
    chart.show()
    told = []
    chart.warn = told.append
    for format in ("png", "svg"):
        path = tmp_path / "no-such-folder" / f"chart.{format}"
        monkeypatch.setattr(
            "gui.compare.figures_chart.QFileDialog.getSaveFileName",
            lambda *args, path=path: (str(path), ""),
        )
        chart.export(format)
        assert not path.exists()
        assert told[-1].startswith(f"Could not write {path}: ")
        assert "No such file" in told[-1]
    assert len(told) == 2
    # and a folder that exists takes it, with the sources under the chart
    monkeypatch.setattr(
        "gui.compare.figures_chart.QFileDialog.getSaveFileName",
        lambda *args: (str(tmp_path / "chart.svg"), ""),
    )
    chart.export("svg")
    assert len(told) == 2
    assert "Sources:" in (tmp_path / "chart.svg").read_text("utf-8")
