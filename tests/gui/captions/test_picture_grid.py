"""The picture grid as a user sees it: the cells painted by the grid itself
look exactly as Qt's own item painting drew them, and cells drawn off the
GUI thread show up without anything else happening."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from archive import AttachPictures, CaptionFilter
from gui.captions.caption_model import ID_ROLE
from gui.captions.thumbnails import text_rect

COLOURS = ("orange", "teal", "purple", "yellow", "navy", "crimson", "olive")


def _pictured(qtbot, window, tmp_path, count: int, height: int = 240) -> list[int]:
    """``count`` captions given a picture each (of its own colour; pictures
    of another ``height`` are other files, not in the cells kept from an
    earlier test)."""
    archive = window.session.archive
    captions = archive.caption_ids(CaptionFilter(), limit=count)
    pictures = []
    for n, caption in enumerate(captions):
        path = tmp_path / f"photo{n}.jpg"
        size = (320 + n * 10, height)
        Image.new("RGB", size, COLOURS[n % len(COLOURS)]).save(path)
        pictures.append((caption, archive.prepare_picture(path)))
    window.session.perform(AttachPictures(pictures))
    return captions


def _grid(qtbot, window):
    view = window.captions
    window.show_view(view)
    view.grid_box.setChecked(True)
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    return view


def _drawn(qtbot, view) -> None:
    """Every cell on screen drawn (asked for by a paint, then made)."""
    for _ in range(3):
        view.grid.viewport().repaint()
        qtbot.waitUntil(lambda: not view.thumbnails.busy, timeout=10_000)
        QApplication.processEvents()


def _shot(view) -> QImage:
    return view.grid.viewport().grab().toImage()


def _has_colour(image: QImage, red: int, green: int, blue: int) -> bool:
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - red) < 12
                and abs(c.green() - green) < 12
                and abs(c.blue() - blue) < 12
            ):
                return True
    return False


def _has_ink(image: QImage, rect) -> bool:
    """Dark pixels (text) in ``rect`` of ``image``."""
    return any(
        image.pixelColor(x, y).lightness() < 110
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom()))
        for x in range(max(0, rect.left()), min(image.width(), rect.right()))
    )


def test_the_grid_paints_the_same_picture_as_qt_would(qtbot, window, tmp_path):
    _pictured(qtbot, window, tmp_path, 14)
    view = _grid(qtbot, window)
    grid = view.grid
    assert view.grid_model.rowCount() == 14
    view.resize(900, 700)
    _drawn(qtbot, view)
    view.select_row(4)  # a chosen cell, shaded
    grid.verticalScrollBar().setValue(37)  # part of a line scrolled off
    _drawn(qtbot, view)
    own = _shot(view)
    grid.own_painting = False  # Qt's item painting, the text by drawText
    qt_way = _shot(view)
    grid.own_painting = True
    assert own.size() == qt_way.size()
    assert own == qt_way
    # each whole cell's text in sight is there, under its picture (laid out
    # once here); how many are in sight depends on the splitter's widths
    in_sight = [
        at
        for at in range(view.grid_model.rowCount())
        if own.rect().contains(text_rect(grid.visualRect(view.grid_model.index(at))))
    ]
    assert len(in_sight) >= 2
    for at in in_sight:
        under = text_rect(grid.visualRect(view.grid_model.index(at)))
        assert view.grid_model.cell(at)[1]
        assert _has_ink(own, under), at
    assert _has_colour(own, 255, 165, 0) or _has_colour(own, 0, 128, 128)
    highlight = grid.palette().highlight().color()
    assert highlight != grid.palette().base().color()
    # the chosen cell is shaded: its corner is neither the base nor white
    rect = grid.visualRect(view.grid_model.index(4))
    corner = own.pixelColor(rect.right() - 2, rect.bottom() - 2)
    assert corner != grid.palette().base().color()


def test_cells_drawn_off_the_gui_thread_show_up(qtbot, window, tmp_path):
    _pictured(qtbot, window, tmp_path, 6, height=230)
    view = _grid(qtbot, window)
    paints = []

    class Painted(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(event)
            return False

    watcher = Painted()
    view.grid.viewport().installEventFilter(watcher)
    view.grid.viewport().repaint()  # asks for the cells; "loading…" meanwhile
    before = len(paints)
    qtbot.waitUntil(lambda: not view.thumbnails.busy, timeout=10_000)
    qtbot.waitUntil(lambda: len(paints) > before, timeout=5_000)  # repainted
    assert _has_colour(_shot(view), 255, 165, 0)  # the orange picture
    view.grid.viewport().removeEventFilter(watcher)


def test_a_picture_that_cannot_be_shown_says_why_in_the_users_words(
    qtbot, window, tmp_path
):
    from archive import CaptionFilter as Chosen

    view = window.captions
    window.show_view(view)
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    caption = window.session.archive.caption_ids(Chosen(), limit=1)[0]
    not_a_picture = tmp_path / "notes.jpg"
    not_a_picture.write_bytes(b"just some words")
    view.attach(caption, not_a_picture).wait(10)
    qtbot.waitUntil(lambda: bool(window.warnings), timeout=10_000)
    assert window.warnings[-1] == (
        "notes.jpg was not attached: This is not a picture Clipfile can read "
        "(JPEG, PNG, GIF, TIFF, WebP or BMP)."
    )
    whole = tmp_path / "whole.jpg"
    Image.new("RGB", (900, 700), "navy").save(whole)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:1500])
    view.attach(caption, cut)
    qtbot.waitUntil(
        lambda: window.session.archive.caption(caption).image_path is not None,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: "damaged" in view.picture_label.text(), timeout=10_000)
    assert view.picture_label.text() == (
        "Cannot show this picture: The picture is damaged (cut short or corrupt)."
    )


def test_a_picture_dropped_on_a_cell_goes_to_that_caption(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    captions = _pictured(qtbot, window, tmp_path, 5, height=220)
    view = _grid(qtbot, window)
    _drawn(qtbot, view)
    view.select_row(0)
    third = view.grid_model.index(2)
    target = third.data(ID_ROLE)
    archive = window.session.archive
    before = archive.caption(target).image_path
    replacement = tmp_path / "replacement.jpg"
    Image.new("RGB", (500, 300), "white").save(replacement)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(replacement))])
    drop = QDropEvent(
        QPointF(view.grid.visualRect(third).center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert view.eventFilter(view.grid.viewport(), drop)
    qtbot.waitUntil(
        lambda: archive.caption(target).image_path != before, timeout=10_000
    )
    assert target in captions
    assert target != view.current  # the cell dropped on, not the chosen one
