"""The Browse view driven as an editor would: search, facets, list, reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu

from archive import Filters
from gui.browse.facet_model import FacetModel
from gui.main_window import MainWindow

from ..conftest import settle, type_text


def reader_text(window: MainWindow) -> str:
    return window.browse.reader.toPlainText()


def highlighted_pixels(window: MainWindow, row: int, column: int) -> int:
    """How many pixels of the list's cell are painted in the highlight colour."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from gui.highlight import HIGHLIGHT

    table = window.browse.table
    window.browse.splitter.setSizes([100, 1200, 100])  # the whole cell in sight
    QApplication.processEvents()
    rect = table.visualRect(table.model().index(row, column))
    image = table.viewport().grab(rect).toImage()
    want = QColor(HIGHLIGHT).rgb()
    return sum(
        image.pixel(x, y) == want
        for x in range(0, image.width())
        for y in range(image.height())
    )


def facet_index(window: MainWindow, kind: str, value):
    model = window.browse.facets.facet_model
    group = model.group_index(kind)
    for row in range(model.rowCount(group)):
        index = model.index(row, 0, group)
        if index.data(FacetModel.FacetRole) == (kind, value):
            return index
    raise AssertionError(f"no {kind} facet {value!r}")


def test_opens_on_the_list_with_the_newest_article_in_the_reader(window, demo):
    assert window.browse.list_model.rowCount() == 300
    assert window.browse.count_label.text() == "300 articles"
    assert not window.upgrade.shown  # nothing to upgrade
    window.browse._show_count(1)
    assert window.browse.count_label.text() == "1 article, listing…"
    window.browse._show_count(902316)
    assert window.browse.count_label.text() == "902,316 articles, listing…"
    newest = demo.article(demo.article_ids()[0])
    assert window.browse.current_article_id() == newest.id
    text = reader_text(window)
    assert newest.title in text
    assert newest.paragraphs[-1] in text
    assert newest.reporters[0] in text


def test_facet_click_filters_and_second_click_clears(qtbot, window, demo):
    index = facet_index(window, "city", "焦作")
    window.browse.facets.clicked.emit(index)
    settle(qtbot, window)
    expected = len(demo.article_ids(Filters(city="焦作")))
    assert window.browse.list_model.rowCount() == expected < 300
    cities = {window.browse.list_model.index(r, 1).data() for r in range(expected)}
    assert cities == {"焦作"}
    assert (
        Qt.CheckState(
            window.browse.facets.facet_model.data(
                facet_index(window, "city", "焦作"), Qt.ItemDataRole.CheckStateRole
            )
        )
        == Qt.CheckState.Checked
    )
    window.browse.facets.clicked.emit(facet_index(window, "city", "焦作"))
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300


def test_facets_combine(qtbot, window, demo):
    window.browse.toggle_facet("city", "开封")
    settle(qtbot, window)
    window.browse.facets.clicked.emit(facet_index(window, "year", 2022))
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(city="开封", year=2022))
    )


def test_ctrl_click_chooses_several_cities_and_compares_them(qtbot, window, demo):
    panel = window.browse.facets
    window.browse.toggle_facet("city", "焦作")
    settle(qtbot, window)
    index = facet_index(window, "city", "开封")
    panel.scrollTo(index)
    qtbot.mouseClick(
        panel.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        panel.visualRect(index).center(),
    )
    settle(qtbot, window)
    expected = len(demo.article_ids(Filters(city=("焦作", "开封"))))
    assert window.browse.filters.city == ("焦作", "开封")
    assert window.browse.list_model.rowCount() == expected
    assert expected == len(demo.article_ids(Filters(city="焦作"))) + len(
        demo.article_ids(Filters(city="开封"))
    )
    for city in ("焦作", "开封"):
        checked = facet_index(window, "city", city).data(Qt.ItemDataRole.CheckStateRole)
        assert Qt.CheckState(checked) == Qt.CheckState.Checked
    window.browse.facets.clicked.emit(facet_index(window, "year", 2022))
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(city=("焦作", "开封"), year=2022))
    )
    asked = []
    panel.compare_requested.connect(asked.append)
    menu = QMenu()
    panel._add_choice_actions(menu, "city", "焦作")
    labels = [a.text() for a in menu.actions()]
    assert "Compare These (焦作、开封)" in labels
    menu.actions()[labels.index("Compare These (焦作、开封)")].trigger()
    assert asked == [["焦作", "开封"]]
    assert window.views.currentWidget() is window.compare
    assert list(window.compare.columns) == ["焦作", "开封"]
    window.browse.add_facet("city", "开封")  # taken out again
    settle(qtbot, window)
    assert window.browse.filters.city == "焦作"


def test_typing_a_query_filters_and_highlights(qtbot, window, demo):
    type_text(window.browse.search_edit, "院士工作站")
    assert window.browse.search_edit.text() == "院士工作站"
    with qtbot.waitSignal(window.browse.results_changed, timeout=5000):
        pass
    settle(qtbot, window)
    expected = demo.article_ids(Filters(text="院士工作站"))
    assert 0 < window.browse.list_model.rowCount() == len(expected)
    from gui.browse.article_model import SNIPPET_COLUMN

    assert not window.browse.table.isColumnHidden(SNIPPET_COLUMN)
    snippet = window.browse.list_model.index(0, SNIPPET_COLUMN).data()
    assert "院士工作站" in snippet
    assert ("院士工作站", True) in window.browse.table.highlighter.runs(snippet)
    assert highlighted_pixels(window, 0, SNIPPET_COLUMN) > 50
    assert "院士工作站" in reader_text(window)
    assert "background-color:#ffe58f" in window.browse.reader.toHtml().replace(" ", "")


def test_escape_clears_the_search_and_ctrl_f_focuses_it(qtbot, window):
    window.browse.search_edit.setText("焦作")
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() < 300
    window.browse.table.setFocus()
    window.browse.find_action.trigger()
    qtbot.waitUntil(window.browse.search_edit.hasFocus)
    qtbot.keyClick(window.browse.search_edit, Qt.Key.Key_Escape)
    assert window.browse.search_edit.text() == ""
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300


def test_arrow_keys_move_through_the_list(qtbot, window, demo):
    window.browse.table.setFocus()
    second = demo.article(demo.article_ids()[1])
    with qtbot.waitSignal(window.browse.article_shown) as shown:
        qtbot.keyClick(window.browse.table, Qt.Key.Key_Down)
    assert shown.args == [second.id]
    assert second.title in reader_text(window)


def test_clicking_a_name_in_the_byline_lists_that_persons_articles(qtbot, window, demo):
    name = window.browse.reader.article.reporters[0]
    window.browse.reader.person_clicked.emit(name)
    settle(qtbot, window)
    assert window.browse.filters.person == name
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(person=name))
    )


def test_reader_lays_out_captions_with_credits(qtbot, window, demo):
    article = next(
        demo.article(i)
        for i in demo.article_ids()
        if len(demo.article(i).captions) > 1
        and demo.article(i).captions[0].photographers
    )
    window.browse.select_row(window.browse.list_model.row_of(article.id))
    text = reader_text(window)
    caption = article.captions[0]
    assert f"{caption.label} {caption.text}" in text
    assert f"{caption.photographers[0]} 摄" in text


def test_no_match_says_why_and_how_to_get_back(qtbot, window):
    window.browse.toggle_facet("city", "焦作")
    settle(qtbot, window)
    window.browse.search_edit.setText("这个词不存在")
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 0
    assert window.browse.count_label.text() == "0 articles"
    text = reader_text(window)
    assert "No articles match “这个词不存在” + 焦作." in text
    assert "Clear Filters" in text
    window.browse.clear_filters()
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300


def test_search_language_order_and_matches(qtbot, window, demo):
    window.browse.search_edit.setText("科技 city:焦作")
    settle(qtbot, window)
    expected = demo.article_ids(Filters(text="科技", city="焦作"))
    found = demo.find(Filters(text="科技", city="焦作"))
    assert window.browse.list_model.rowCount() == found.total > len(expected) > 0
    model = window.browse.list_model
    assert [model.key(r) for r in range(len(expected))] == list(expected)
    window.browse.order_box.setCurrentIndex(window.browse.order_box.findData("rank"))
    settle(qtbot, window)
    first = demo.article(window.browse.list_model.article_id(0))
    headline = " ".join(filter(None, [first.kicker, first.title, first.subtitle]))
    assert "科技" in headline
    window.browse.search_edit.setText("市")  # a character every article has many times
    settle(qtbot, window)
    assert window.browse.reader.find_match(forward=True)
    assert window.browse.reader.textCursor().selectedText() == "市"
    start = window.browse.reader.textCursor().selectionStart()
    window.browse.next_match_action.trigger()
    assert window.browse.reader.textCursor().selectionStart() != start
    window.browse.previous_match_action.trigger()
    assert window.browse.reader.textCursor().selectionStart() == start


def test_search_box_completes_fields_and_values(qtbot, window):
    completer = window.browse.completer
    assert "city:" in completer.candidates("ci")
    assert "city:焦作" in completer.candidates("city:焦")
    assert completer.candidates("kind:c") == ["kind:caption"]
    window.browse.search_edit.setText("科技 ci")
    completer.insert("city:")
    assert window.browse.search_edit.text() == "科技 city:"


def test_odd_queries_are_explained_not_refused(qtbot, window):
    window.browse.search_edit.setText("x:科技")
    settle(qtbot, window)
    assert "x: is not a field" in window.statusBar().currentMessage()


def test_saved_searches_in_the_sidebar(qtbot, window, demo, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.browse.search_edit.setText("科技 city:焦作")
    settle(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("焦作科技", True))
    window.browse.save_search_action.trigger()
    index = facet_index(window, "saved", "焦作科技")
    window.browse.clear_filters()
    settle(qtbot, window)
    window.browse.facets.clicked.emit(index)
    settle(qtbot, window)
    assert window.browse.search_edit.text() == "saved:焦作科技"
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(text="科技 city:焦作"))
    )
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("科技 city:开封", True)
    )
    window.browse.edit_saved_search("焦作科技")
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == len(
        demo.article_ids(Filters(text="科技 city:开封"))
    )
    window.browse.facets.saved_delete_requested.emit("焦作科技")
    settle(qtbot, window)
    assert window.session.archive.saved_searches() == []
    assert window.browse.list_model.rowCount() == 0
    window.undo_action.trigger()
    assert [s.name for s in window.session.archive.saved_searches()] == ["焦作科技"]


def test_captions_and_notes_a_query_finds_are_listed_as_what_they_are(
    qtbot, window, demo
):
    window.browse.search("kind:caption")
    settle(qtbot, window)
    model = window.browse.list_model
    captions = demo.find(Filters(text="kind:caption"))
    assert captions.counts == {"caption": model.rowCount()}
    assert model.rowCount() > 0
    assert {model.kind(r) for r in range(model.rowCount())} == {"caption"}
    assert window.browse.count_label.text() == f"{model.rowCount()} captions"
    title = model.index(0, 4).data()
    assert title.startswith("〔Caption〕")
    window.browse.select_row(0)
    caption = demo.caption(model.record_id(0))
    assert window.browse.reader.article.id == caption.article_id
    window.browse.search("kind:note")
    settle(qtbot, window)
    notes = demo.find(Filters(text="kind:note")).counts["note"]
    assert model.rowCount() == notes
    window.browse.search("科技")
    settle(qtbot, window)
    counts = demo.find(Filters(text="科技")).counts
    assert counts["caption"] > 0
    assert window.browse.count_label.text() == (
        f"{counts['article']} articles · {counts['caption']} captions"
        + (f" · {counts['note']} notes" if counts["note"] else "")
    )
    window.browse.select_row(0)
    assert window.browse.selected_article_ids() == [model.key(0)]
    caption_row = counts["article"]  # the captions come after the articles
    assert model.kind(caption_row) == "caption"
    window.browse.select_row(caption_row)
    assert window.browse.selected_article_ids() == []  # not trashed as articles
    assert window.browse.table.selected_keys() == [model.key(caption_row)]


def test_a_long_list_says_how_many_before_every_id_has_come(qtbot, window, demo):
    counts = []
    window.browse.results.count_changed.connect(counts.append)
    type_text(window.browse.search_edit, "的")
    settle(qtbot, window)
    expected = len(demo.article_ids(Filters(text="的")))
    assert expected > 50  # more than the first page, which comes alone
    assert counts == [expected]
    assert window.browse.count_label.text().startswith(f"{expected} articles")
    assert window.browse.list_model.rowCount() == demo.find(Filters(text="的")).total


@pytest.mark.parametrize(
    "pasted",
    ["(" * 250 + "科技", "-(" * 300 + "科技", "科\x00技", "\x00"],
    ids=["250 open", "300 excluded", "NUL inside", "NUL alone"],
)
def test_a_pasted_query_never_hangs_or_poisons_the_next(qtbot, window, demo, pasted):
    type_text(window.browse.search_edit, pasted)
    settle(qtbot, window)
    assert "Searching" not in window.browse.count_label.text()
    assert window.warnings == []
    window.browse.search_edit.clear()
    type_text(window.browse.search_edit, "科技")
    settle(qtbot, window)
    found = demo.find(Filters(text="科技"))
    assert window.browse.list_model.rowCount() == found.total
    assert window.browse.count_label.text().startswith(
        f"{found.counts['article']} articles"
    )


def test_a_list_longer_than_its_first_page_is_shown_once(qtbot, window, demo):
    """Its first page comes, then the rest is added: the list is not reset a
    second time, and the reader, filled from the first page, stays (issue 17;
    it jumped to the article read before once the rest had come)."""
    everything = list(demo.article_ids())
    city = next(  # a city with an article beyond the first page of all
        c
        for c in ("焦作", "开封", "洛阳", "新乡", "南阳")
        if everything.index(demo.article_ids(Filters(city=c))[-1]) >= 200
    )
    window.browse.toggle_facet("city", city)
    settle(qtbot, window)
    window.browse.select_row(window.browse.list_model.rowCount() - 1)
    oldest = window.browse.current_article_id()
    assert everything.index(oldest) >= 200
    shown, resets, inserted = [], [], []
    window.browse.article_shown.connect(shown.append)
    model = window.browse.list_model
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append(first))
    window.browse.toggle_facet("city", city)  # again: every article, 300 > 200
    settle(qtbot, window)
    assert model.rowCount() == 300
    assert resets == [1]
    assert inserted == [200]
    assert shown == [everything[0]]
    assert window.browse.current_article_id() == everything[0]


def test_a_narrow_window_keeps_the_date_in_sight_after_a_search(qtbot, window):
    """Selecting the first row of a result centres it up and down, not across:
    the date and city columns stay where the editor left them."""
    window.resize(1000, 500)
    window.browse.search("科技")
    settle(qtbot, window)
    table = window.browse.table
    assert table.currentIndex().row() == 0
    assert table.horizontalScrollBar().value() == 0
    assert table.columnViewportPosition(0) == 0  # the date column is shown


def test_a_paint_cut_short_draws_the_rest_of_the_rows_next(qtbot, window):
    """A new list's rows are laid out a paint's budget at a time: cut short,
    the rows left are painted on the next passes of the event loop, every row
    in sight in the end, each once, the matches highlighted."""
    browse = window.browse
    table, model = browse.table, browse.list_model
    painted: list[int] = []
    paints: list[int] = []
    real = model.cells

    def cells(number: int):
        if model.painting:
            painted.append(number)
        return real(number)

    model.cells = cells  # type: ignore[method-assign]
    table.paint_budget_s = 0.0  # one row a paint
    type_text(browse.search_edit, "科技")
    settle(qtbot, window)
    table.viewport().installEventFilter(
        filter_ := _PaintCounter(paints)  # noqa: F841 (kept alive)
    )
    painted.clear()
    table.viewport().update()
    in_sight = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1)
    qtbot.waitUntil(lambda: set(in_sight) <= set(painted), timeout=5000)
    assert len(in_sight) > 5
    assert len(paints) >= len(in_sight)  # a paint for each row: cut short each time
    assert sorted(painted[: len(in_sight)]) == list(in_sight)  # top down, each once
    table.paint_budget_s = None
    assert highlighted_pixels(window, table.rowAt(0), 7) > 0


class _PaintCounter(QObject):
    def __init__(self, paints: list[int]) -> None:
        super().__init__()
        self.paints = paints

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append(1)
        return False
