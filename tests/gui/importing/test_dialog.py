"""Importing from the window: progress, cancel, summary, drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui.importing.summary_model import ImportSummaryModel

from ..conftest import settle

PAGE = (
    "# 南湖湿地公园完成生态修复\n\n"
    "本报讯(记者林晓)5月20日，南湖湿地公园生态修复工程通过验收，水面面积增加了三成。\n"
)


def pages(folder, count: int):
    folder.mkdir()
    for n in range(count):
        (folder / f"p{n}.txt").write_text(PAGE.replace("三成", f"{n}成"), "utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    return folder


def test_import_a_folder_with_progress_and_a_summary(qtbot, window, tmp_path):
    folder = pages(tmp_path / "in", 5)
    dialog = window.start_import([folder])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as finished:
        pass
    report = finished.args[0]
    assert [f.status for f in report.files].count("added") == 5
    summary = dialog.summary
    assert summary.rowCount() == 6
    failed = next(r for r in range(6) if summary.index(r, 1).data() == "Failed")
    assert summary.index(failed, 0).data() == "photo.png"
    assert summary.index(failed, 5).data() == "Not a text file."
    assert "Done: 5 articles" in dialog.status.text()
    assert dialog.buttons.standardButtons() == dialog.buttons.StandardButton.Close
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 305


def test_cancel_keeps_the_files_done_and_nothing_half_written(qtbot, window, tmp_path):
    folder = pages(tmp_path / "in", 40)
    dialog = window.start_import([folder])
    qtbot.addWidget(dialog)
    dialog.cancel_or_close()
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as finished:
        pass
    report = finished.args[0]
    assert report.cancelled
    done = sum(len(f.articles) for f in report.files)
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 300 + done < 340
    assert window.session.archive.check() == []


def test_dropping_files_on_the_window_imports_them(qtbot, window, tmp_path):
    folder = pages(tmp_path / "in", 2)
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(folder / "p0.txt")),
            QUrl.fromLocalFile(str(folder / "p1.txt")),
        ]
    )
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialogs = []
    real = window.start_import
    window.start_import = lambda paths: dialogs.append(real(paths)) or dialogs[-1]
    window.dropEvent(event)
    assert event.isAccepted()
    (dialog,) = dialogs
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        pass
    settle(qtbot, window)
    assert window.browse.list_model.rowCount() == 302


def test_summary_model(qtmodeltester):
    from archive.importing.importer import FileReport

    model = ImportSummaryModel()
    model.add(FileReport("/x/a.txt", articles=[1, 2], captions=[3]))
    model.add(
        FileReport("/x/b.txt", status="failed", reason="empty", message="empty file")
    )
    qtmodeltester.check(model)
    assert model.index(1, 5).data() == "The file is empty."
