"""The Compare view's tag × place matrix as an editor uses it: counts that
match the columns, modes and transposing, a cell's passages read beside the
table, a row listed in the columns, a note on a cell, an export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archive import NoteTarget, TagRecords
from archive.text import now

from .test_view import compare, settled


def matrix_of(qtbot, window, *names: str):
    view = compare(qtbot, window, *names)
    view.sections.setCurrentWidget(view.matrix)
    qtbot.waitUntil(lambda: not view.matrix.busy, timeout=15_000)
    QApplication.processEvents()
    return view, view.matrix


def tag_some(window) -> dict[str, list[int]]:
    archive = window.session.archive
    places = archive.compare_places(["焦作", "开封"])
    ids = {p.key: list(archive.compare_column(p, limit=None).keys)[:4] for p in places}
    window.session.perform(
        TagRecords("专题/人才", article_ids=ids["焦作"][:3] + ids["开封"][:1])
    )
    window.session.perform(TagRecords("专题/科技金融", article_ids=ids["开封"][1:2]))
    return ids


def test_cells_count_each_places_tagged_records(qtbot, window):
    tag_some(window)
    _view, panel = matrix_of(qtbot, window, "焦作", "开封")
    panel.parent_box.setCurrentText("专题")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.busy, timeout=15_000)
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "焦作",
        "开封",
        "Total",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) == "专题/人才"
    cells = [[model.index(r, c).data() for c in range(3)] for r in range(3)]
    assert cells == [["3", "1", "4"], ["0", "1", "1"], ["3", "2", ""]]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    panel.mode_box.setCurrentIndex(panel.mode_box.findData("share"))
    assert model.index(0, 0).data().endswith("%")
    panel.transpose_box.setChecked(True)
    assert model.headerData(0, Qt.Orientation.Vertical) == "焦作"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "专题/科技金融"
    assert "专题/人才" in panel.csv().splitlines()[0]


def test_a_row_lists_its_records_in_every_column(qtbot, window):
    ids = tag_some(window)
    # a record under the top-level 人才 (the demo's own tags vary with its text)
    window.session.perform(TagRecords("人才/引进", article_ids=[ids["焦作"][3]]))
    view, panel = matrix_of(qtbot, window, "焦作", "开封")
    panel.parent_box.setCurrentText("专题")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.busy, timeout=15_000)
    panel._list_row(panel.model.index(0, 0))
    assert view.sections.currentIndex() == 0
    qtbot.waitUntil(lambda: view.filters.timer.isActive() is False, timeout=5_000)
    settled(qtbot, window)
    listed = {
        key: {column.model.key(r) for r in range(column.model.rowCount())}
        for key, column in view.columns.items()
    }
    assert listed == {"焦作": set(ids["焦作"][:3]), "开封": {ids["开封"][0]}}


def test_a_cells_passages_are_read_beside_the_table(qtbot, window):
    ids = tag_some(window)
    archive = window.session.archive
    article = ids["开封"][2]
    tag = archive.db.execute(
        "SELECT id FROM tags WHERE name = '科技金融' AND deleted_at IS NULL"
    ).fetchone()[0]
    archive.db.execute(
        'INSERT INTO taggings (tag_id, article_id, field, start, "end", created_at) '
        "VALUES (?, ?, 'body', 0, 6, ?)",
        [tag, article, now()],
    )
    archive.db.conn.commit()
    view, panel = matrix_of(qtbot, window, "焦作", "开封")
    panel.parent_box.setCurrentText("专题")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.busy, timeout=15_000)
    panel._show_passages(panel.model.index(1, 1))
    assert panel.passages.count() == 1
    body = archive.article(article).body
    assert body[:6] in panel.passages.item(0).text()
    opened = []
    view.open_record.connect(lambda kind, record: opened.append((kind, record)))
    panel._open_passage(panel.passages.item(0))
    assert opened == [("article", article)]


def test_a_cell_takes_a_note_and_a_missing_tag_is_said(qtbot, window):
    tag_some(window)
    view, panel = matrix_of(qtbot, window, "焦作", "开封")
    panel.parent_box.setCurrentText("专题")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.busy, timeout=15_000)
    tag_id = panel.model.matrix.rows[0].tag_id
    panel.note_requested.emit(NoteTarget(tag_id=tag_id, cell="开封"))
    assert view.set_notes.isVisible()
    assert view.set_notes.target == NoteTarget(tag_id=tag_id, cell="开封")
    panel.parent_box.setCurrentText("没有这个")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.busy, timeout=15_000)
    assert "没有这个" in panel.status.text()
    assert panel.model.rowCount() == 0
