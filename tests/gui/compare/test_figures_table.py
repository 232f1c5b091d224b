"""The figures table under the Compare view's columns, as an editor uses it:
latest totals per place, the sentence on hover, the article read in the
place's column, conflicts flagged, curation from the context menu, export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archive import UpdateArticle
from gui.compare.figures_model import CELL_ROLE
from gui.screenshot import apply_view

from .test_view import compare, settled

PLACES = ("焦作", "开封", "平顶山")


def figures_of(qtbot, window, *names: str):
    view = compare(qtbot, window, *(names or PLACES))
    view.show_figures()
    settled(qtbot, window)
    return view, view.figures_panel


def index_of(panel, indicator: str, place: str):
    table = panel.model.table
    return panel.model.index(
        table.indicators.index(indicator), table.places.index(place)
    )


def test_one_row_per_indicator_and_the_latest_total_per_place(
    qtbot, window, qtmodeltester
):
    view, panel = figures_of(qtbot, window)
    archive = window.session.archive
    expected = archive.figure_table(view.places)
    model = panel.model
    qtmodeltester.check(model)
    assert model.table.indicators == expected.indicators
    assert "高新技术企业" in expected.indicators
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == list(
        PLACES
    )
    for (indicator, place), cell in expected.cells.items():
        index = index_of(panel, indicator, place)
        shown = model.data(index)
        assert str(cell.year) in shown
        assert cell.base_unit in shown
        assert cell.figure.kind in ("total", "change")  # never an addition
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert cell.figure.phrase in tip
    cell = expected.cell("高新技术企业", "焦作")
    assert model.data(index_of(panel, "高新技术企业", "焦作")).startswith(
        f"{cell.normalised:.0f}家"
    )


def test_a_click_reads_the_article_in_that_place_column_with_the_sentence_marked(
    qtbot, window
):
    view, panel = figures_of(qtbot, window)
    index = index_of(panel, "高新技术企业", "开封")
    cell = index.data(CELL_ROLE)
    panel.open_cell(index)
    QApplication.processEvents()
    assert view.sections.currentWidget() is view.stack
    reader = view.columns["开封"].reader
    assert reader.article.id == cell.figure.article_id
    (marked,) = reader.extraSelections()
    assert marked.cursor.selectedText() == cell.figure.sentence.strip()


def test_reject_correct_and_undo_from_the_context_menu(qtbot, window):
    _view, panel = figures_of(qtbot, window)
    session = window.session
    cell = index_of(panel, "高新技术企业", "焦作").data(CELL_ROLE)
    menu = panel.cell_menu(cell)
    actions = {a.text(): a for a in menu.actions()}
    value = f"{cell.figure.value:.0f}家"
    actions[f"Reject {value}"].trigger()
    settled(qtbot, window)
    after = index_of(panel, "高新技术企业", "焦作").data(CELL_ROLE)
    assert after is None or after.figure.id != cell.figure.id
    session.undo()
    settled(qtbot, window)
    again = index_of(panel, "高新技术企业", "焦作").data(CELL_ROLE)
    assert again.figure.id == cell.figure.id
    panel.ask_value = lambda figure: 999
    panel.cell_menu(again)
    {a.text(): a for a in panel.cell_menu(again).actions()}["Correct…"].trigger()
    settled(qtbot, window)
    corrected = index_of(panel, "高新技术企业", "焦作")
    assert panel.model.data(corrected).startswith("999家")
    assert "Corrected by an editor" in panel.model.data(
        corrected, Qt.ItemDataRole.ToolTipRole
    )


def test_conflicting_reports_for_one_year_are_flagged_side_by_side(qtbot, window):
    _view, panel = figures_of(qtbot, window)
    session = window.session
    cell = index_of(panel, "高新技术企业", "焦作").data(CELL_ROLE)
    article = session.archive.article(cell.figure.article_id)
    other = int(cell.normalised) + 5
    added = f"{cell.year}年，全市高新技术企业总数达到{other}家。"
    session.perform(UpdateArticle(article.id, body=article.body + "\n\n" + added))
    settled(qtbot, window)
    index = index_of(panel, "高新技术企业", "焦作")
    flagged = index.data(CELL_ROLE)
    assert flagged.conflict
    shown = panel.model.data(index)
    assert "⚠" in shown
    assert str(cell.normalised)[:-2] in shown
    assert str(other) in shown
    assert panel.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "conflicting" in panel.status.text()
    # choosing the other value confirms it
    labels = [a.text() for a in panel.cell_menu(flagged).actions()]
    assert any(label.startswith("Use ") for label in labels)


def test_the_figures_export_with_their_citations(qtbot, window, tmp_path):
    _, panel = figures_of(qtbot, window)
    for format in ("csv", "md", "html"):
        path = tmp_path / f"figures.{format}"
        with qtbot.waitSignal(panel.exported, timeout=20_000) as written:
            assert panel.write_export(path, format)  # read off the GUI thread
        assert written.args == [True]
        assert "Exported" in panel.status.text()
        text = path.read_text("utf-8")
        assert "高新技术企业" in text
        assert "焦作日报" in text or "焦作晚报" in text or "焦作新闻网" in text


def test_an_export_that_cannot_be_written_says_so(qtbot, window, tmp_path):
    _, panel = figures_of(qtbot, window)
    with qtbot.waitSignal(panel.exported, timeout=20_000) as written:
        assert panel.write_export(tmp_path / "no-such-folder" / "f.csv", "csv")
    assert written.args == [False]
    assert "Could not write" in panel.status.text()


def test_the_screenshot_view_shows_the_figures(qtbot, window):
    assert apply_view(window, "figures:焦作,开封,平顶山") is None
    view = window.compare
    assert view.sections.currentWidget() is view.figures_panel
    assert view.figures_panel.model.rowCount() > 0
    assert apply_view(window, "figures:焦作") is not None


def test_an_upgraded_archive_reads_its_figures_once(qtbot, version_5_path):
    from gui.main_window import MainWindow

    window = MainWindow()
    window.warn = lambda text: None
    qtbot.addWidget(window)
    assert window.open_archive(version_5_path)
    assert window.session.archive.figures_stale
    _view, panel = figures_of(qtbot, window)
    qtbot.waitUntil(
        lambda: not panel.busy and panel.model.rowCount() > 0, timeout=30_000
    )
    assert not window.session.archive.figures_stale
    assert window.session.writable  # the reading no longer holds the archive
    window.compare.close_down()
