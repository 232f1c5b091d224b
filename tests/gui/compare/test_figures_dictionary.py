"""The indicator dictionary edited from the Figures tab: an indicator
removed or renamed, a name added, a list that cannot be used refused with
the reason, the figures read again off the GUI thread, Undo taking it back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from gui.compare.figures_dictionary import IndicatorDialog
from gui.compare.figures_model import CELL_ROLE

from .test_figures_table import figures_of, index_of
from .test_view import settled


def test_removing_an_indicator_takes_its_row_away_and_undo_brings_it_back(
    qtbot, window, monkeypatch
):
    _view, panel = figures_of(qtbot, window)
    archive = window.session.archive
    assert "高新技术企业" in panel.model.table.indicators
    monkeypatch.setattr(
        IndicatorDialog,
        "ask",
        classmethod(
            lambda cls, indicators, shipped, **_: [
                i for i in indicators if i.name != "高新技术企业"
            ]
        ),
    )
    panel.edit_dictionary()
    qtbot.waitUntil(
        lambda: not panel.busy and not archive.figures_stale, timeout=60_000
    )
    qtbot.waitUntil(lambda: "高新技术企业" not in panel.model.table.indicators)
    assert archive.figures()
    assert all(f.indicator != "高新技术企业" for f in archive.figures())
    window.session.undo()
    qtbot.waitUntil(
        lambda: not panel.busy and not archive.figures_stale, timeout=60_000
    )
    qtbot.waitUntil(lambda: "高新技术企业" in panel.model.table.indicators)


def test_the_dialog_edits_names_and_units_and_refuses_a_clash(
    qtbot, window, qtmodeltester
):
    archive = window.session.archive
    dialog = IndicatorDialog(archive.indicators(), archive.shipped_indicators())
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    names = [e.name for e in model.entries]
    row = names.index("院士工作站")
    model.setData(model.index(row, 1), "院士站、院士工作站点")
    dialog.add_indicator()
    new = model.rowCount() - 1
    model.setData(model.index(new, 0), "创新平台")
    model.setData(model.index(new, 1), "科技创新平台，高企")  # 高企 is taken
    model.setData(model.index(new, 2), "个")
    dialog.save()
    assert dialog.result() == 0  # not accepted
    assert "高企" in dialog.problems.text()
    assert "高新技术企业" in dialog.problems.text()
    model.setData(model.index(new, 1), "科技创新平台")
    model.setData(model.index(new, 2), "亿元")  # not a count's unit
    dialog.save()
    assert "亿元" in dialog.problems.text()
    model.setData(model.index(new, 2), "个")
    dialog.save()
    assert dialog.result() == 1
    edited = {i.name: i for i in dialog.indicators()}
    assert edited["院士工作站"].aliases == ("院士工作站", "院士站", "院士工作站点")
    assert edited["创新平台"].units == ("个",)
    assert model.data(model.index(new, 4), Qt.ItemDataRole.EditRole) == "count"
    assert model.data(model.index(new, 4)) != "count"  # shown by its name
    dialog.shipped_button.click()
    assert [e.name for e in model.entries] == [
        i.name for i in archive.shipped_indicators()
    ]


def test_an_alias_saved_in_the_window_finds_its_figures(qtbot, window, monkeypatch):
    _view, panel = figures_of(qtbot, window)
    archive = window.session.archive
    before = len(archive.figures(indicator="高新技术企业"))
    monkeypatch.setattr(
        IndicatorDialog,
        "ask",
        classmethod(
            lambda cls, indicators, shipped, **_: [
                replace(i, aliases=(*i.aliases, "院士工作站"))
                if i.name == "高新技术企业"
                else i
                for i in indicators
                if i.name != "院士工作站"
            ]
        ),
    )
    panel.edit_dictionary()
    qtbot.waitUntil(
        lambda: not panel.busy and not archive.figures_stale, timeout=60_000
    )
    assert len(archive.figures(indicator="高新技术企业")) > before
    assert "Edit indicator dictionary" in [e.action for e in archive.history(limit=5)]


def test_renaming_an_indicator_in_the_dialog_keeps_the_editors_correction(
    qtbot, window, monkeypatch
):
    _view, panel = figures_of(qtbot, window)
    archive = window.session.archive
    cell = index_of(panel, "高新技术企业", "焦作").data(CELL_ROLE)
    panel.ask_value = lambda figure: 999
    {a.text(): a for a in panel.cell_menu(cell).actions()}["Correct…"].trigger()
    settled(qtbot, window)

    def rename(cls, indicators, shipped, **_):
        dialog = IndicatorDialog(indicators, shipped)
        qtbot.addWidget(dialog)
        model = dialog.model
        row = [e.name for e in model.entries].index("高新技术企业")
        model.setData(model.index(row, 0), "高企总数")
        # the old name stays among its names, so its sentences are still read
        assert "高新技术企业" in model.data(model.index(row, 1))
        return dialog.indicators()

    monkeypatch.setattr(IndicatorDialog, "ask", classmethod(rename))
    panel.edit_dictionary()
    qtbot.waitUntil(
        lambda: not panel.busy and not archive.figures_stale, timeout=60_000
    )
    qtbot.waitUntil(lambda: "高企总数" in panel.model.table.indicators)
    assert "高新技术企业" not in panel.model.table.indicators
    renamed = index_of(panel, "高企总数", "焦作")
    assert panel.model.data(renamed).startswith("999家")
    assert "Corrected by an editor" in panel.model.data(
        renamed, Qt.ItemDataRole.ToolTipRole
    )
