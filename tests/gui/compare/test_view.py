"""The Compare view as an editor uses it: places added, refused, moved and
removed; one filter over every column; readers side by side with linked
next-match; comparisons kept, renamed, deleted; notes; export."""

from __future__ import annotations

import csv
import io

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from archive import (
    AddNote,
    Filters,
    NoteTarget,
    UpdateArticle,
    id_of,
    kind_of,
)
from gui.compare.column_model import MENTION_ROLE
from gui.main_window import MainWindow

from ..conftest import type_text


def settled(qtbot, window) -> None:
    view = window.compare
    qtbot.waitUntil(
        lambda: not view.busy and not view.filters.timer.isActive(), timeout=15_000
    )
    QApplication.processEvents()


def compare(qtbot, window, *names: str):
    assert window.compare_places(list(names)) is None
    settled(qtbot, window)
    return window.compare


def shown_order(view) -> list[str]:
    return [view.splitter.widget(i).place.key for i in range(view.splitter.count())]


def test_each_column_lists_what_search_finds_at_its_place(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封市", "洛阳")
    archive = window.session.archive
    assert shown_order(view) == ["焦作", "开封", "洛阳"]
    for key, column in view.columns.items():
        total = archive.search(f"city:{key}").total
        assert total > 0
        assert column.model.rowCount() == total
        assert column.count_label.text().startswith(f"{total} records")
        assert column.bars.counts == archive.compare_years(column.place, "")
        cities = {
            archive.record_rows([column.model.key(r)])[0].city
            for r in range(0, total, 7)
        }
        assert cities == {key}
    years = view.columns["焦作"].bars.years  # every column over the same years
    assert all(c.bars.years == years for c in view.columns.values())


def test_the_shared_filter_narrows_every_column(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封")
    archive = window.session.archive
    type_text(view.filters.query_edit, "科技")
    view.filters.since_edit.setText("2022")
    settled(qtbot, window)
    assert view.query() == "科技 date:2022..9999"
    for key, column in view.columns.items():
        result = archive.search(f"(科技 date:2022..9999) city:{key}")
        assert column.model.rowCount() == result.total
        kinds = {kind_of(column.model.key(r)) for r in range(column.model.rowCount())}
        assert kinds <= {"article", "caption", "note"}
        assert "article" in kinds


def test_a_wrong_date_is_left_out_and_said(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封")
    view.filters.until_edit.setText("2023年")
    settled(qtbot, window)
    assert "date:" not in view.query()
    assert "2023年" in view.filters.problem.text()
    assert view.filters.problem.isVisibleTo(view)


def test_bad_places_are_refused_with_what_was_meant(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封")
    assert not view.add_place("焦做")
    assert "did you mean 焦作" in view.hint.text()
    assert not view.add_place("开封市")
    assert "compared already" in view.hint.text()
    for name in ("洛阳", "安阳", "新乡", "鹤壁"):
        assert view.add_place(name)
    assert not view.add_place("郑州")
    assert "at most 6" in view.hint.text()
    assert len(view.columns) == 6
    problem = window.compare_places(["焦作", "不存在"])
    assert problem is not None
    assert "不存在" in problem


def test_a_place_without_records_says_so(qtbot, window):
    view = compare(qtbot, window, "焦作", "拉萨")
    empty = view.columns["拉萨"]
    assert empty.empty_label.isVisibleTo(view)
    assert "拉萨" in empty.empty_label.text()
    assert not empty.list.isVisibleTo(view)


def test_columns_move_by_their_heads_and_go(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封", "洛阳")
    view.columns["开封"].dropped.emit("洛阳")  # 洛阳's head dropped on 开封
    assert shown_order(view) == ["焦作", "洛阳", "开封"]
    view.columns["焦作"].dropped.emit("开封")
    assert shown_order(view) == ["开封", "焦作", "洛阳"]
    view.columns["焦作"].remove_button.click()
    assert shown_order(view) == ["开封", "洛阳"]
    assert [p.key for p in view.places] == ["开封", "洛阳"]


def test_readers_side_by_side_move_to_the_next_match_together(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封")
    type_text(view.filters.query_edit, "科技")
    settled(qtbot, window)
    for column in view.columns.values():  # an article naming 科技 twice or more
        for row in range(column.model.rowCount()):
            column.list.setCurrentIndex(column.model.index(row))
            if column.reader.toPlainText().count("科技") >= 2:
                break
        assert column.reader.article is not None
        assert column.reader.textCursor().selectedText() == "科技"
    starts = {k: c.reader.textCursor().position() for k, c in view.columns.items()}
    view.matches.next_button.click()
    moved = {k: c.reader.textCursor().position() for k, c in view.columns.items()}
    assert all(moved[k] != starts[k] for k in starts)
    view.matches.linked_button.click()  # unlinked: only the column last used moves
    view.columns["开封"].focused.emit()
    view.matches.next_button.click()
    assert view.columns["焦作"].reader.textCursor().position() == moved["焦作"]
    assert view.columns["开封"].reader.textCursor().position() != moved["开封"]
    view.matches.align_button.click()
    assert {k: c.reader.textCursor().position() for k, c in view.columns.items()} == (
        starts
    )


def test_mentions_are_listed_after_the_places_own(qtbot, window):
    archive = window.session.archive
    other = archive.article_ids(Filters(city="开封"))[0]
    body = archive.article(other).body
    window.session.perform(UpdateArticle(other, body=body + "\n\n两地与焦作签约。"))
    view = compare(qtbot, window, "焦作", "洛阳")
    column = view.columns["焦作"]
    own = column.model.rowCount()
    view.filters.mentions_box.click()
    settled(qtbot, window)
    rows = range(column.model.rowCount())
    mentions = [r for r in rows if column.model.index(r).data(MENTION_ROLE)]
    assert mentions
    assert min(mentions) == own
    assert other in {id_of(column.model.key(r)) for r in mentions}
    assert "mention" in column.count_label.text()


def test_comparisons_are_kept_renamed_and_deleted(qtbot, window, monkeypatch):
    view = compare(qtbot, window, "焦作", "开封")
    type_text(view.filters.query_edit, "人才")
    settled(qtbot, window)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("两地人才", True))
    )
    view.sets.save_button.click()
    assert view.sets.set_box.currentText() == "两地人才"
    archive = window.session.archive
    assert archive.compare_set("两地人才").places == ("焦作", "开封")
    window.session.perform(
        AddNote(NoteTarget(compare_set="两地人才"), "口径：只算本地报道")
    )
    view.show_places(["洛阳", "安阳"])
    assert view.sets.set_box.currentText() == "(not saved)"
    view.sets.load("两地人才")
    settled(qtbot, window)
    assert shown_order(view) == ["焦作", "开封"]
    assert view.filters.query_edit.text() == "人才"
    view.sets.toggle_notes()
    assert "只算本地报道" in view.set_notes.view.toPlainText()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("人才两地", True))
    )
    view.sets.rename()
    assert [view.sets.set_box.itemText(i) for i in range(view.sets.set_box.count())][
        1:
    ] == ["人才两地"]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    view.sets.delete()
    assert archive.compare_sets() == []
    assert view.sets.set_box.count() == 1
    window.session.undo()
    assert [s.name for s in archive.compare_sets()] == ["人才两地"]
    assert view.sets.set_box.count() == 2


def test_a_column_head_shows_the_places_notes(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封")
    column = view.columns["焦作"]
    assert column.notes_button.text() == "Notes (0)"
    window.session.perform(AddNote(NoteTarget(city="焦作"), "焦作的人才政策最早"))
    settled(qtbot, window)  # counted off the GUI thread
    assert column.notes_button.text() == "Notes (1)"
    assert column.notes_button.toolTip() == "焦作的人才政策最早"
    assert view.columns["开封"].notes_button.text() == "Notes (0)"
    assert not column.notes.isVisibleTo(view)
    column.notes_button.click()
    assert column.notes.isVisibleTo(view)
    assert "人才政策最早" in column.notes.view.toPlainText()


def test_a_place_with_many_notes_shows_its_newest_and_says_how_many(qtbot, window):
    view = compare(qtbot, window, "焦作", "开封")
    column = view.columns["焦作"]
    archive = window.session.archive
    for i in range(1, 60):
        archive.execute(AddNote(NoteTarget(city="焦作"), f"焦作第{i:02d}条备忘"))
    window.session.perform(AddNote(NoteTarget(city="焦作"), "焦作第60条备忘"))
    settled(qtbot, window)
    assert column.notes_button.text() == "Notes (60)"
    assert column.notes_button.toolTip() == "焦作第60条备忘"
    column.notes_button.click()
    shown = column.notes.view.toPlainText()
    assert "The 50 newest of 60 notes; the Notes view lists them all." in shown
    assert "焦作第60条备忘" in shown
    assert "焦作第11条备忘" in shown
    assert "焦作第10条备忘" not in shown
    assert column.notes.heading.text() == "Notes (60)"


def test_the_comparison_is_remembered_for_the_archive(qtbot, window, demo_path):
    view = compare(qtbot, window, "洛阳", "焦作")
    view.filters.query_edit.setText("科技")
    settled(qtbot, window)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_archive(demo_path)
    again.show()
    # restored when the view is first shown, not before the window's first paint
    assert not again.compare.places
    again.show_view(again.compare)
    assert [p.key for p in again.compare.places] == ["洛阳", "焦作"]
    assert again.compare.filters.query_edit.text() == "科技"
    qtbot.waitUntil(lambda: not again.compare.busy, timeout=15_000)


def test_places_named_from_the_sidebar_are_the_only_ones_searched(
    qtbot, window, demo_path, monkeypatch
):
    """Comparing places from the sidebar in a new window searches those
    places; the comparison kept from last time is not made first (its columns
    built and its searches run for nothing, while Compare opened). Its filter
    is still restored, and a place that cannot be compared leaves the kept
    comparison in view with the problem."""
    from gui.compare.feed import ColumnsFeed

    view = compare(qtbot, window, "洛阳", "焦作")
    view.filters.query_edit.setText("科技")
    settled(qtbot, window)
    searched: list[str] = []
    real = ColumnsFeed.request_one

    def watched(self, place, query, *, mentions):
        searched.append(place.key)
        return real(self, place, query, mentions=mentions)

    monkeypatch.setattr(ColumnsFeed, "request_one", watched)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_archive(demo_path)
    again.show()
    assert again.compare_places(["开封", "平顶山"]) is None
    assert searched == ["开封", "平顶山"]
    assert [p.key for p in again.compare.places] == ["开封", "平顶山"]
    assert again.compare.filters.query_edit.text() == "科技"
    qtbot.waitUntil(lambda: not again.compare.busy, timeout=15_000)
    third = MainWindow()
    qtbot.addWidget(third)
    assert third.open_archive(demo_path)
    third.show()
    problem = third.compare_places(["开封", "火星"])
    assert problem
    assert "火星" in problem
    assert [p.key for p in third.compare.places] == ["开封", "平顶山"]
    qtbot.waitUntil(lambda: not third.compare.busy, timeout=15_000)


def test_reopening_the_view_does_not_rewrite_the_kept_comparison(
    qtbot, window, demo_path, monkeypatch
):
    """Showing a comparison as it was kept leaves the settings file alone, and
    the archive's path is resolved once, not at every change (each stat
    waited for the column workers while Compare opened)."""
    from pathlib import Path

    from gui import settings
    from gui.compare import sets

    view = compare(qtbot, window, "洛阳", "焦作")
    settled(qtbot, window)
    kept = settings.settings().value(sets._key(window.session.archive.path))
    resolved: list[Path] = []
    real_resolve = Path.resolve

    def counting(self, *args, **kwargs):
        resolved.append(self)
        return real_resolve(self, *args, **kwargs)

    monkeypatch.setattr(Path, "resolve", counting)
    written: list[str] = []
    real_set = settings.QSettings.setValue
    monkeypatch.setattr(
        settings.QSettings,
        "setValue",
        lambda self, key, value: (written.append(key), real_set(self, key, value)),
    )
    view.set_places(list(view.places))  # the same two places again
    assert written == []
    view.remove_place("洛阳")
    assert [p.key for p in view.places] == ["焦作"]
    assert len(written) == 1
    assert resolved == []  # the key of this archive was already known
    settled(qtbot, window)
    assert sets.remembered(window.session.archive)["places"] == ["焦作"]
    assert kept != settings.settings().value(written[0])


def test_export_writes_each_column_with_citations(qtbot, window, tmp_path):
    view = compare(qtbot, window, "焦作", "开封")
    type_text(view.filters.query_edit, "科技")
    settled(qtbot, window)
    view.write_export(tmp_path / "cmp.html", "html")
    page = (tmp_path / "cmp.html").read_text("utf-8")
    assert "<h2>焦作</h2>" in page
    assert "<h2>开封</h2>" in page
    first = view.columns["焦作"].model.index(0).data()
    assert first in page
    view.write_export(tmp_path / "cmp.csv", "csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "cmp.csv").read_text("utf-8"))))
    total = sum(c.model.rowCount() for c in view.columns.values())
    assert len([r for r in rows if r["kind"] != "figure"]) == total
    view.write_export(tmp_path / "cmp.pdf", "pdf")
    assert (tmp_path / "cmp.pdf").read_bytes()[:5] == b"%PDF-"
    view.write_export(tmp_path / "no-such-folder" / "cmp.md", "md")
    assert "Could not write" in view.hint.text()


def test_a_column_shows_its_first_rows_while_they_are_counted(qtbot, window):
    view = compare(qtbot, window, "焦作")
    column = view.columns["焦作"]
    archive = window.session.archive
    first = archive.compare_column(column.place, "", limit=5, counts=False)
    column.show_column(first, "")
    assert column.model.rowCount() == 5
    assert column.count_label.text().startswith("5+ records")
    column.show_column(archive.compare_column(column.place, "", limit=5), "")
    total = archive.search("city:焦作").total
    assert column.count_label.text().startswith(f"{total} records")


def test_export_holds_the_figures_table_with_each_sentence_and_citation(
    qtbot, window, tmp_path
):
    view = compare(qtbot, window, "焦作", "开封")
    archive = window.session.archive
    table = archive.figure_table(view.places)
    cell = table.cell("高新技术企业", "焦作")
    assert cell is not None
    title = archive.article(cell.figure.article_id).title
    for format in ("html", "md", "csv"):
        view.write_export(tmp_path / f"cmp.{format}", format)
        page = (tmp_path / f"cmp.{format}").read_text("utf-8")
        assert " ".join(cell.figure.sentence.split()) in page
        assert title in page
    rows = list(csv.DictReader(io.StringIO((tmp_path / "cmp.csv").read_text("utf-8"))))
    figures = [r for r in rows if r["kind"] == "figure"]
    assert len(figures) == len(table.cells)
    (mine,) = [
        r
        for r in figures
        if r["place"] == "焦作" and r["title"].startswith("高新技术企业 ")
    ]
    assert mine["title"].startswith(
        f"高新技术企业 {cell.normalised:.0f}家（{cell.year}年）"
    )
    assert mine["article_id"] == str(cell.figure.article_id)
    assert "数据（各地最新总量" in (tmp_path / "cmp.md").read_text("utf-8")
    view.write_export(tmp_path / "cmp.pdf", "pdf")
    assert (tmp_path / "cmp.pdf").stat().st_size > 1000
