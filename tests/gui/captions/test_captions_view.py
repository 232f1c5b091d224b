"""The Captions view as a user meets it."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from archive import Archive, CaptionFilter, Filters, id_of, kind_of
from gui.captions.caption_model import CELL_ROLE


def _settle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    QApplication.processEvents()


def _open(qtbot, window):
    window.show_view(window.captions)
    _settle(qtbot, window.captions)
    return window.captions


def test_the_list_shows_every_caption_with_its_fields(qtbot, window, demo: Archive):
    view = _open(qtbot, window)
    ids = demo.caption_ids(CaptionFilter())
    assert view.list_model.rowCount() == len(ids)
    assert view.count_label.text().startswith(f"{len(ids)}")
    row = demo.caption_rows(ids[:1])[0]
    cells = [view.list_model.index(0, c).data() for c in range(8)]
    assert cells[1] == row.date
    assert row.county in cells[2]
    assert cells[3] == "、".join(row.photographers)
    assert cells[7] == row.article_title


def test_kind_caption_lists_what_the_cli_lists(qtbot, window, demo: Archive):
    view = _open(qtbot, window)
    view.search("kind:caption 工作人员 city:焦作")
    _settle(qtbot, view)
    found = demo.find(Filters(text="kind:caption 工作人员 city:焦作"))
    assert [id_of(k) for k in found.keys if kind_of(k) == "caption"] == view.rows.ids
    view.search("kind:article")
    _settle(qtbot, view)
    assert view.list_model.rowCount() == 0


def test_a_facet_click_narrows_and_the_choice_shows(qtbot, window, demo: Archive):
    view = _open(qtbot, window)
    value, _text = view.facets.items("photographer")[0]
    view.facets.facet_clicked.emit("photographer", value)
    _settle(qtbot, view)
    assert view.rows.ids == demo.caption_ids(CaptionFilter(photographer=value))
    assert value in view.chosen_label.text()
    assert view.clear_button.isVisible()
    kinds = [v for v, _ in view.facets.items("kind")]
    assert "news" in kinds
    view.clear_filters()
    _settle(qtbot, view)
    assert view.list_model.rowCount() == demo.count_captions(CaptionFilter())


def test_open_article_shows_it_in_browse(qtbot, window, demo: Archive):
    view = _open(qtbot, window)
    view.select_row(0)
    article = demo.caption_rows(view.rows.ids[:1])[0].article_id
    view.open_button.click()
    assert window.views.currentWidget() is window.browse
    assert window.browse.reader.article.id == article


def test_a_picture_attached_shows_in_the_grid(qtbot, window, demo: Archive, tmp_path):
    view = _open(qtbot, window)
    view.select_row(0)
    caption = view.current
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (300, 200), "orange").save(path)
    view.ask_picture = lambda: str(path)
    view.attach_button.click()
    qtbot.waitUntil(  # a lambda giving None would pass at once (pytest-qt)
        lambda: window.session.archive.caption(caption).image_path is not None,
        timeout=10_000,
    )
    _settle(qtbot, view)
    view.grid_box.setChecked(True)
    _settle(qtbot, view)
    assert view.rows.ids == [caption]
    file = window.session.archive.caption(caption).image_path
    view.grid_model.index(0).data(1)  # asks for the thumbnail
    qtbot.waitUntil(lambda: not view.thumbnails.busy, timeout=10_000)
    assert view.thumbnails.pixmap(file) is not view.thumbnails.cannot_show
    assert view.detach_button.isEnabled()
    # the grid's cell: its picture made off the GUI thread, its label under it
    cell = view.grid_model.index(0)
    cell.data(CELL_ROLE)
    qtbot.waitUntil(lambda: not view.thumbnails.busy, timeout=10_000)
    picture, text = cell.data(CELL_ROLE)
    assert picture is not view.thumbnails.loading
    assert (picture.width(), picture.height()) == (160, 107)  # 300 × 200 fitted
    middle = picture.toImage().pixelColor(80, 53)  # the orange photo
    assert middle.red() > 240
    assert 100 < middle.green() < 200
    assert middle.blue() < 60
    row = view.rows.row(0)
    assert text.startswith(row.label or row.date)


def test_a_bad_file_shows_cannot_show(qtbot, window, demo: Archive, tmp_path):
    view = _open(qtbot, window)
    view.select_row(0)
    caption = view.current
    whole = tmp_path / "whole.jpg"
    Image.new("RGB", (900, 900), "blue").save(whole)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:1500])
    view.attach(caption, cut)
    qtbot.waitUntil(  # a lambda giving None would pass at once (pytest-qt)
        lambda: window.session.archive.caption(caption).image_path is not None,
        timeout=10_000,
    )
    _settle(qtbot, view)
    file = window.session.archive.caption(caption).image_path
    assert view.thumbnails.picture(file) is None  # tried off the GUI thread
    qtbot.waitUntil(lambda: not view.thumbnails.busy, timeout=10_000)
    assert view.thumbnails.picture(file) is view.thumbnails.cannot_show
    assert "damaged" in view.thumbnails.failed[file]
    assert view.thumbnails.pixmap(file) is view.thumbnails.cannot_show
    qtbot.waitUntil(lambda: "Cannot show" in view.picture_label.text(), timeout=10_000)


def test_a_bad_sidecar_is_reported_line_by_line(qtbot, window, tmp_path):
    view = _open(qtbot, window)
    reported = []
    view.report = reported.extend
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("RGB", (10, 10)).save(folder / "a.jpg")
    (folder / "pictures.csv").write_text("file,caption_id\na.jpg,999999\n", "utf-8")
    view.import_folder(folder)
    qtbot.waitUntil(lambda: bool(reported), timeout=10_000)
    assert view.problems == ["line 2: a.jpg: there is no caption 999999"]
    assert reported[0].startswith("Nothing was attached")


def test_a_note_on_a_caption_shows_beside_it(qtbot, window):
    view = _open(qtbot, window)
    view.select_row(0)
    view.ask_note = lambda: "核实摄影者姓名"
    view.note_button.click()
    qtbot.waitUntil(
        lambda: "核实摄影者姓名" in view.details.toPlainText(), timeout=10_000
    )
    notes = window.session.archive.caption(view.current).notes
    assert [n.body for n in notes] == ["核实摄影者姓名"]


def test_a_dropped_picture_offers_its_own_fields(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    view = _open(qtbot, window)
    view.select_row(0)
    caption = view.current
    exif = Image.Exif()
    exif[270] = "云台山景区游客如织".encode()
    exif[315] = "宋崇飞".encode()
    exif[306] = "2023:05:01 09:00:00"
    path = tmp_path / "tagged.jpg"
    Image.new("RGB", (64, 48)).save(path, exif=exif)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    target = view.table.viewport()
    point = view.table.visualRect(view.table.model().index(0, 1)).center()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert view.eventFilter(target, drop)  # what the viewport's drop runs
    archive = window.session.archive
    qtbot.waitUntil(
        lambda: archive.caption(caption).image_path is not None, timeout=10_000
    )
    _settle(qtbot, view)
    view.select_caption(caption)
    assert view.use_button.isVisible()
    assert "宋崇飞" in view.offer_label.text()
    view.use_button.click()
    changed = archive.caption(caption)
    assert changed.text == "云台山景区游客如织"
    assert changed.photographers == ("宋崇飞",)
    assert changed.date == "2023-05-01"
    window.session.undo()
    assert archive.caption(caption).text != "云台山景区游客如织"


def test_fields_saved_into_a_jpeg_and_exported(qtbot, window, tmp_path, monkeypatch):
    import csv
    import threading

    from archive.media import metadata

    view = _open(qtbot, window)
    view.select_row(0)
    caption = view.current
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (40, 30)).save(picture)
    view.attach(caption, picture)
    archive = window.session.archive
    qtbot.waitUntil(
        lambda: archive.caption(caption).image_path is not None, timeout=10_000
    )
    _settle(qtbot, view)
    view.select_caption(caption)
    assert view.embed_button.isEnabled()
    view.ask_save = lambda title, kinds: str(tmp_path / "out.jpg")
    saved = view.save_with_fields()
    assert metadata.read(saved).description == archive.caption(caption).text
    view.ask_save = lambda title, kinds: str(tmp_path / "fields.csv")
    threads = []
    real = type(archive).caption_metadata

    def caption_metadata(self, ids, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, ids, **kwargs)

    monkeypatch.setattr(type(archive), "caption_metadata", caption_metadata)
    view.export_fields()
    assert not view.export_button.isEnabled()  # while it is written
    qtbot.waitUntil(view.export_button.isEnabled, timeout=20_000)
    assert threads == [False]  # written off the GUI thread
    rows = list(csv.DictReader((tmp_path / "fields.csv").open(encoding="utf-8")))
    assert [int(r["caption_id"]) for r in rows] == view.rows.ids
    assert window.statusBar().currentMessage() == (
        f"{len(rows)} captions' fields written to fields.csv"
    )


def test_the_first_screen_shows_while_every_caption_is_read_afresh(
    qtbot, window, demo: Archive, monkeypatch
):
    import threading

    from archive.search import caption_table

    expected = demo.caption_ids(CaptionFilter())
    view = _open(qtbot, window)
    caption_table._TABLES.clear()  # as a new file, or its cache gone
    caption_table.cache_file(demo.path).unlink()
    reading, let_go = threading.Event(), threading.Event()
    real = caption_table.CaptionTable.read.__func__

    def slow_read(cls, db):
        reading.set()
        let_go.wait(20)  # as 200,000 captions take seconds
        return real(cls, db)

    monkeypatch.setattr(caption_table.CaptionTable, "read", classmethod(slow_read))
    from gui.captions.view import FIRST_SCREEN

    shown = min(FIRST_SCREEN, len(expected))
    view.refresh()
    qtbot.waitUntil(reading.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: len(view.rows.ids) == shown, timeout=10_000)
    assert view.rows.ids == expected[:shown]
    assert view.busy
    assert view.list_model.index(0, 7).data()  # its article's headline, read
    assert view.current == expected[0]
    let_go.set()
    _settle(qtbot, view)
    assert view.rows.ids == expected
    assert view.count_label.text().startswith(f"{len(expected)}")
    assert view.facets.items("year")


def test_rows_past_the_first_page_are_read_off_the_gui_thread(
    qtbot, window, demo: Archive, monkeypatch
):
    import threading

    from gui.captions.caption_model import PAGE

    view = _open(qtbot, window)
    ids = demo.caption_ids(CaptionFilter())
    assert len(ids) > PAGE + 10
    expected = demo.caption_rows([ids[PAGE + 5]])[0].date
    threads = []
    real = Archive.caption_rows

    def caption_rows(self, wanted):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, wanted)

    monkeypatch.setattr(Archive, "caption_rows", caption_rows)
    view.rows.reset(view.archive, ids)  # nothing read yet
    view.list_model.refresh()
    assert view.list_model.index(0, 7).data()  # the first screen: at once
    far = view.list_model.index(PAGE + 5, 1)
    with qtbot.waitSignal(view.list_model.dataChanged, timeout=10_000):
        assert far.data() is None  # asked for: being read
    assert far.data() == expected
    assert threads[0] is True  # the first page
    assert threads[1:]
    assert not any(threads[1:])  # the others in a worker


def test_a_caption_is_tagged_and_untagged_in_the_view(qtbot, window, demo: Archive):
    view = _open(qtbot, window)
    view.select_row(0)
    caption = view.current
    offered = []
    view.ask_tag = lambda paths: offered.extend(paths) or "图片/资料库"
    view.tag_button.click()
    _settle(qtbot, view)
    assert "图片/资料库" in demo.caption(caption).tags
    assert offered  # the archive's tags offered
    assert "图片/资料库" in view.details.toPlainText()
    view._on_link(QUrl("untag:图片/资料库"))
    _settle(qtbot, view)
    assert "图片/资料库" not in demo.caption(caption).tags
    window.session.undo()
    assert "图片/资料库" in demo.caption(caption).tags


def test_a_search_shows_its_first_screen_before_every_match_is_counted(
    qtbot, window, demo: Archive
):
    view = _open(qtbot, window)
    view.search("工作人员")
    with qtbot.waitSignal(view.job.progressed, timeout=10_000) as first:
        pass
    (ids,) = first.args[0]
    expected = demo.caption_ids(CaptionFilter(text="工作人员"))
    assert ids == expected[: len(ids)]
    assert ids
    _settle(qtbot, view)
    assert view.rows.ids == expected
    assert view.count_label.text().startswith(f"{len(expected)}")


def test_a_sidecar_line_naming_no_caption_says_how_it_named_it(qtbot, window, tmp_path):
    view = _open(qtbot, window)
    reported = []
    view.report = reported.extend
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("RGB", (10, 10)).save(folder / "a.jpg")
    Image.new("RGB", (12, 10)).save(folder / "b.jpg")
    (folder / "pictures.csv").write_text(
        "file,label,page,caption,date\n"
        "a.jpg,图⑨,Z9,,2001-01\n"
        "b.jpg,,,没有这段 {name} %id 文字,\n"
        "missing.jpg,,,,\n",
        "utf-8",
    )
    view.import_folder(folder)
    qtbot.waitUntil(lambda: bool(reported), timeout=10_000)
    assert view.problems == [
        "line 2: a.jpg: no caption is 图⑨ on page Z9 of 2001-01",
        "line 3: b.jpg: no caption is the caption reading “没有这段 {name} %id 文字”",
        "line 4: missing.jpg: there is no such file in the folder",
    ]
    assert window.session.archive.count_captions(CaptionFilter(pictured=True)) == 0


def test_a_favourite_key_tags_the_chosen_caption_and_again_untags(qtbot, window):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    view = _open(qtbot, window)
    archive = window.session.archive
    view.select_row(1)
    caption = view.current
    assert "待核实" not in archive.caption(caption).tags
    archive.set_favourite_tag("待核实", 3)

    def press(widget) -> None:
        plain = Qt.KeyboardModifier.NoModifier
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_3, plain)
        )

    press(view.table)
    qtbot.waitUntil(lambda: "待核实" in archive.caption(caption).tags)
    assert window.statusBar().currentMessage() == "Tagged 待核实"
    press(view.table)
    qtbot.waitUntil(lambda: "待核实" not in archive.caption(caption).tags)
    assert window.statusBar().currentMessage() == "Took 待核实 off the caption"
    press(view.table)  # a key with no tag says how to give it one
    archive.set_favourite_tag("待核实", None)
    qtbot.waitUntil(lambda: "待核实" in archive.caption(caption).tags)
    press(view.table)
    assert window.statusBar().currentMessage().startswith("Key 3 has no tag yet")


def test_a_folder_planned_for_an_archive_closed_since_attaches_nothing(
    qtbot, window, tmp_path, demo_template, monkeypatch
):
    import shutil
    import threading

    view = _open(qtbot, window)
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("RGB", (10, 10)).save(folder / "a.jpg")
    first = window.session.archive.caption_ids(CaptionFilter(), limit=1)[0]
    (folder / "pictures.csv").write_text(f"file,caption_id\na.jpg,{first}\n", "utf-8")
    let_go = threading.Event()
    real = Archive.plan_pictures

    def plan_pictures(self, *args, **kwargs):
        let_go.wait(10)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Archive, "plan_pictures", plan_pictures)
    job = view.import_folder(folder)
    other = tmp_path / "other.sqlite"
    shutil.copy(demo_template, other)
    assert window.open_archive(other)  # the same captions' ids, another file
    let_go.set()
    job.wait(10)
    _settle(qtbot, view)
    QApplication.processEvents()
    assert window.session.archive.count_captions(CaptionFilter(pictured=True)) == 0


def test_a_picture_copied_in_as_another_archive_opens_is_not_given_to_it(
    qtbot, window, tmp_path, demo_template, monkeypatch
):
    import shutil
    import threading

    view = _open(qtbot, window)
    caption = window.session.archive.caption_ids(CaptionFilter(), limit=1)[0]
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (30, 20), "red").save(photo)
    let_go = threading.Event()
    real = Archive.prepare_picture

    def prepare_picture(self, path):
        let_go.wait(10)
        return real(self, path)

    monkeypatch.setattr(Archive, "prepare_picture", prepare_picture)
    job = view.attach(caption, photo)
    other = tmp_path / "other.sqlite"
    shutil.copy(demo_template, other)
    assert window.open_archive(other)
    let_go.set()
    job.wait(10)
    _settle(qtbot, view)
    QApplication.processEvents()
    assert window.session.archive.caption(caption).image_path is None


def test_the_captions_text_shows_beside_its_label_on_the_first_screen(qtbot, window):
    """A photo desk reads the caption first: its column comes after the
    label, wholly inside the table at the window's size (it was seventh, cut
    off at the table's right edge)."""
    view = _open(qtbot, window)
    header = view.table.horizontalHeader()
    assert header.visualIndex(6) == 1  # the model's Caption column
    right = header.sectionViewportPosition(6) + header.sectionSize(6)
    assert right <= view.table.viewport().width()
    assert header.sectionSize(6) >= 250


def test_the_view_is_busy_until_the_chosen_pictures_preview_is_shown(
    qtbot, window, tmp_path
):
    """What waits for the view (a screenshot, a test) sees the picture, not
    "loading…"."""
    from gui.screenshot import settle

    view = _open(qtbot, window)
    view.select_row(0)
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (900, 600), "orange").save(path)
    window.session.archive.attach_picture(view.current, path)
    view.select_row(1)
    view.select_row(0)  # shown afresh, its preview read off the GUI thread
    assert view.busy or not view.picture_label.pixmap().isNull()
    settle(window)
    assert not view.picture_label.pixmap().isNull()
    assert view.picture_label.text() == ""
