"""Figures stored at import, kept in step with edits, curated by sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive import Archive, Changes
from archive.compare.storage import ConfirmFigure, CorrectFigure, RejectFigure
from archive.compare.storage.indicators import SetIndicators
from archive.records.commands import TrashArticles, UpdateArticle

from .pages import XUCHANG, XUCHANG_CORRECTED, XUCHANG_LATER


@pytest.fixture
def xuchang(tmp_path) -> tuple[Archive, object]:
    archive = Archive.open(tmp_path / "a.sqlite", create=True, editor="tester")
    page = tmp_path / "许昌-2023-05-10.txt"
    page.write_text(XUCHANG, "utf-8")
    archive.import_files([page])
    yield archive, page
    archive.close()


def _levels(archive, place="许昌"):
    (where,) = archive.compare_places([place])
    return {
        (f.indicator, f.kind, f.value, f.unit, f.year)
        for f in archive.figures(place=where)
    }


def test_import_stores_each_figure_with_its_sentence(xuchang):
    archive, _ = xuchang
    assert _levels(archive) == {
        ("高新技术企业", "total", 412, "家", 2022),
        ("高新技术企业", "added", 68, "家", 2022),
        ("院士工作站", "total", 12, "家", 2023),
        ("省级工程技术研究中心", "total", 156, "个", 2023),
    }
    assert _levels(archive, "鄢陵县") == {
        ("高新技术企业", "total", 35, "家", 2022),
        ("高新技术企业", "change", 20, "%", 2022),
    }
    (total,) = [f for f in archive.figures(indicator="高新技术企业") if f.value == 412]
    assert total.phrase == "412家"
    assert "总数达到412家" in total.sentence
    article = archive.article(total.article_id)
    assert total.sentence in f"{article.title}\n\n{article.body}"


def test_the_table_shows_totals_never_additions(xuchang):
    archive, _ = xuchang
    places = archive.compare_places(["许昌", "鄢陵县"])
    table = archive.figure_table(places)
    cell = table.cell("高新技术企业", "许昌")
    assert (cell.normalised, cell.base_unit, cell.year) == (412, "家", 2022)
    assert table.cell("高新技术企业", "鄢陵县").normalised == 35
    assert not cell.conflict
    assert table.cell("院士工作站", "鄢陵县") is None


def test_curation_survives_reextraction_and_reimport(xuchang):
    archive, page = xuchang
    (stations,) = archive.figures(indicator="院士工作站")
    (total,) = [f for f in archive.figures(indicator="高新技术企业") if f.value == 412]
    changes = archive.execute(CorrectFigure(stations.id, 11))
    assert changes.figures
    archive.execute(RejectFigure(total.id))
    archive.read_figures()
    (stations,) = archive.figures(indicator="院士工作站")
    assert (stations.value, stations.status, stations.read_value) == (
        11,
        "corrected",
        12,
    )
    # the corrected page: the unchanged sentence keeps its word, the changed
    # one is read anew
    page.write_text(XUCHANG_CORRECTED.replace("十三家", "十二家"), "utf-8")
    archive.import_files([page])
    (again,) = [f for f in archive.figures(indicator="高新技术企业") if f.value == 412]
    assert again.status == "rejected"
    page.write_text(XUCHANG_CORRECTED, "utf-8")
    archive.import_files([page])
    (stations,) = archive.figures(indicator="院士工作站")
    assert (stations.value, stations.status) == (13, "extracted")


def test_a_rejected_figure_leaves_the_table_and_undo_brings_it_back(xuchang):
    archive, _ = xuchang
    (place,) = archive.compare_places(["许昌"])
    cell = archive.figure_table([place]).cell("高新技术企业", "许昌")
    archive.execute(RejectFigure(cell.figure.id))
    assert archive.figure_table([place]).cell("高新技术企业", "许昌") is None
    archive.undo()
    assert archive.figure_table([place]).cell("高新技术企业", "许昌").normalised == 412


def test_conflicting_reports_are_flagged_and_a_confirmed_one_wins(xuchang, tmp_path):
    archive, _ = xuchang
    later = tmp_path / "许昌-2023-06-01.txt"
    later.write_text(XUCHANG_LATER, "utf-8")
    archive.import_files([later])
    (place,) = archive.compare_places(["许昌"])
    cell = archive.figure_table([place], ["高新技术企业"]).cell("高新技术企业", "许昌")
    assert cell.normalised == 415  # the newest report
    assert [o.normalised for o in cell.others] == [412]
    archive.execute(ConfirmFigure(cell.others[0].figure.id))
    cell = archive.figure_table([place], ["高新技术企业"]).cell("高新技术企业", "许昌")
    assert (cell.normalised, cell.figure.status) == (412, "confirmed")
    assert [o.normalised for o in cell.others] == [415]


def test_a_decision_counts_in_table_and_chart_after_a_rename_others_unchanged(
    xuchang,
):
    # undecided indicators' cells are grouped without looking decisions up:
    # a decided one (by its id, which a rename keeps) must still count
    archive, _ = xuchang
    (place,) = archive.compare_places(["许昌"])
    cell = archive.figure_table([place]).cell("院士工作站", "许昌")
    archive.execute(CorrectFigure(cell.figure.id, 13))
    renamed = [
        replace(i, name="院士工作站数", aliases=("院士工作站数", *i.aliases))
        if i.name == "院士工作站"
        else i
        for i in archive.indicators()
    ]
    archive.execute(SetIndicators(renamed))
    archive.read_figures()
    table = archive.figure_table([place])
    assert table.cell("院士工作站数", "许昌").normalised == 13
    assert table.cell("院士工作站数", "许昌").figure.status == "corrected"
    assert table.cell("高新技术企业", "许昌").normalised == 412
    assert table.cell("省级工程技术研究中心", "许昌").normalised == 156
    chart = archive.figure_series([place], "院士工作站数")["许昌"]
    assert {year: c.normalised for year, c in chart.items()} == {2023: 13}
    archive.execute(RejectFigure(table.cell("高新技术企业", "许昌").figure.id))
    assert archive.figure_series([place], "高新技术企业")["许昌"] == {}


def test_editing_the_text_reads_its_figures_again_and_undo_restores_them(xuchang):
    archive, _ = xuchang
    (stations,) = archive.figures(indicator="院士工作站")
    article = archive.article(stations.article_id)
    changes = archive.execute(
        UpdateArticle(article.id, body=article.body.replace("十二家", "十五家"))
    )
    assert changes.figures
    assert [f.value for f in archive.figures(indicator="院士工作站")] == [15]
    archive.undo()
    assert [f.value for f in archive.figures(indicator="院士工作站")] == [12]
    # an edit that leaves the text alone reads nothing again
    assert not archive.execute(UpdateArticle(article.id, section="科技")).figures


def test_a_trashed_article_reports_nothing_until_restored(xuchang):
    archive, _ = xuchang
    (stations,) = archive.figures(indicator="院士工作站")
    archive.execute(TrashArticles([stations.article_id]))
    assert archive.figures(indicator="院士工作站") == []
    archive.undo()
    assert [f.value for f in archive.figures(indicator="院士工作站")] == [12]


def test_an_upgraded_archive_reads_its_figures(version_5_path):
    archive = Archive.open(version_5_path, editor="tester")
    try:
        assert archive.figures_stale
        assert archive.figures() == []
        found = archive.read_figures()
        assert found == len(archive.figures()) > 0
        assert not archive.figures_stale
    finally:
        archive.close()


def test_figures_flag_is_kept_in_the_history():
    assert Changes.from_json(Changes(figures=True).to_json()).figures


def test_table_and_chart_read_figures_by_search_never_a_scan_or_a_sort(xuchang):
    # at a million articles a walk over a place's reports (a scan, or a sort
    # of them) was most of a chart's time: every statement seeks its index
    archive, _ = xuchang
    (place,) = archive.compare_places(["许昌"])
    statements: list[str] = []
    archive.db.conn.set_trace_callback(statements.append)
    try:
        archive.figure_table([place])
        archive.figure_series([place], "高新技术企业")
    finally:
        archive.db.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert any("GROUP BY" in s for s in selects)
    for sql in selects:
        plan = [row[3] for row in archive.db.execute(f"EXPLAIN QUERY PLAN {sql}")]
        figures = [line for line in plan if " f " in f"{line} " or "figures" in line]
        assert not [line for line in figures if line.startswith("SCAN")], sql
        if "figure_curations" not in sql:
            assert not [line for line in plan if "TEMP B-TREE" in line], (sql, plan)
