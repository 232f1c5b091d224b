"""Scrolling the Captions view's picture grid top to bottom (issue 16): the
time each scroll step takes to paint, and the GUI thread's stalls, seen by a
heartbeat timer that should fire every 5 ms; against the naive way in the
same run (each thumbnail made on the GUI thread as its cell is painted).

Run by ``bench_captions`` (``--grid``), on its archive: ``--grid-files`` of
the pictures, those nearest the top, are real JPEGs written into the media
folder (the others are missing, and show as "cannot show").
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import statistics
import time
from pathlib import Path

STEP_WAIT_MS = 16  # one frame at 60 Hz between steps: the event loop runs
STALL_MS = 50  # a heartbeat gap past this is a stall a user notices


def write_pictures(archive, count: int) -> int:
    """Real JPEGs (1600 × 1200, each its own) for the first ``count``
    pictured captions in the grid's order; the thumbnail cache emptied."""
    from PIL import Image

    from archive import CaptionFilter

    ids = archive.caption_ids(CaptionFilter(pictured=True))[:count]
    rows = archive.caption_rows(ids)
    for n, row in enumerate(rows):
        path = archive.picture_file(row.image)
        if path is None or path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        shade = (n * 37 % 256, n * 91 % 256, n * 53 % 256)
        image = Image.new("RGB", (1600, 1200), shade)
        image.paste((255 - shade[0], 80, 160), (n % 1200, 100, n % 1200 + 300, 900))
        image.save(path, "JPEG", quality=80)
    shutil.rmtree(archive.media_folder / ".thumbnails", ignore_errors=True)
    return len(rows)


class Heartbeat:
    """A 5 ms timer on the GUI thread; the gaps between its beats."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def __enter__(self) -> Heartbeat:
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.stop()

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in itertools.pairwise(self.beats)]


def scroll(view, app, steps: int | None = None, stacks: float = 0.0) -> dict:
    """Scroll the grid a page a step, top to bottom (or ``steps`` steps);
    each step painted at once, then a frame's wait for the event loop. With
    ``stacks`` > 0 the GUI thread's stack is sampled (as bench_window
    --stacks does) and listed for every gap over ``stacks`` ms."""
    from PySide6.QtTest import QTest

    from tests.bench.bench_window import StackSampler

    bar = view.grid.verticalScrollBar()
    frames: list[float] = []
    sampler = StackSampler() if stacks else None
    if sampler is not None:
        sampler.start()
    with Heartbeat() as heart:
        value = 0
        while True:
            started = time.perf_counter()
            bar.setValue(value)
            view.grid.viewport().repaint()
            frames.append((time.perf_counter() - started) * 1000)
            QTest.qWait(STEP_WAIT_MS)
            if value >= bar.maximum() or len(frames) == steps:
                break
            value = min(bar.maximum(), value + bar.pageStep())
    if sampler is not None:
        sampler.stop()
    view.thumbnails.wait(60_000)  # the rest made, out of the heartbeat's count
    app.processEvents()
    gaps = heart.gaps_ms()
    if sampler is not None:
        for (a, b), gap in zip(itertools.pairwise(heart.beats), gaps, strict=True):
            if gap > stacks:
                print(f"gap {gap:.0f} ms at +{(a - heart.beats[0]) * 1000:.0f} ms:")
                for where in sampler.during(a, b):
                    print("    " + where)
    ordered = sorted(frames)
    return {
        "steps": len(frames),
        "frame median": statistics.median(ordered),
        "frame p95": ordered[int(len(ordered) * 0.95) - 1],
        "frame p99": ordered[int(len(ordered) * 0.99) - 1],
        "frame max": ordered[-1],
        "stalls": sum(g > STALL_MS for g in gaps),
        "longest gap": max(gaps, default=0.0),
    }


def idle(app, steps: int) -> dict:
    """The same frames' waits with nothing scrolled: the stalls the machine's
    own load makes (the baseline for the rows above it)."""
    from PySide6.QtTest import QTest

    with Heartbeat() as heart:
        for _ in range(steps):
            QTest.qWait(STEP_WAIT_MS)
    gaps = heart.gaps_ms()
    return {
        "steps": steps,
        "frame median": 0.0,
        "frame p95": 0.0,
        "frame p99": 0.0,
        "frame max": 0.0,
        "stalls": sum(g > STALL_MS for g in gaps),
        "longest gap": max(gaps, default=0.0),
    }


def open_grid(path: Path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from archive import Archive
    from gui.captions.view import CaptionsView
    from gui.session import Session

    archive = Archive.open(path)
    session = Session()
    view = CaptionsView(session)
    session.set_archive(archive)  # as the window does: the view hears of it
    view.resize(1400, 900)
    view.show()
    view.grid_box.setChecked(True)
    deadline = time.perf_counter() + 120
    while view.busy and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    gc.freeze()  # as gui/app.py does once the window is up
    return app, archive, session, view


def naive(view) -> None:
    """Pictures made on the GUI thread, as each cell is painted (each kept
    once made): the thumbnail read and scaled by Qt."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPixmap

    from archive import ArchiveError
    from gui.captions import thumbnails as made_off

    thumbnails = view.thumbnails
    made: dict[str, QPixmap] = {}

    def picture(file: str):
        if file not in made:
            try:
                image = QImage(str(thumbnails.archive.thumbnail(file)))
            except (ArchiveError, OSError):
                image = QImage()
            made[file] = (
                thumbnails.cannot_show
                if image.isNull()
                else QPixmap.fromImage(
                    image.scaled(
                        made_off.SIZE,
                        made_off.TOP,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
        return made[file]

    thumbnails.picture = picture


def person_page(session, app, runs: int = 5) -> None:
    """The busiest person's page shown in the window, from the click to the
    page painted, and the GUI thread's longest gap meanwhile; against the
    naive way in the same run (the page read and counted on the GUI thread)."""
    from gui.people.view import PersonView

    archive = session.archive
    name = archive.people(limit=1)[0].name
    view = PersonView(session)
    view.resize(1400, 900)
    view.show()
    while view.busy:  # everyone credited, listed as the page is first shown
        app.processEvents()  # (10-20 s at a million articles): not timed
        time.sleep(0.01)

    def shown() -> None:
        view.show_person(name)
        while view.busy:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        view.repaint()

    def naive() -> None:
        view.page = archive.person_page(name)
        view._fill()
        app.processEvents()
        view.repaint()

    for what, show in (("off the GUI thread", shown), ("naive: on it", naive)):
        samples, cpu, gaps = [], [], []
        for _ in range(runs):
            with Heartbeat() as heart:
                started, used = time.perf_counter(), time.process_time()
                heart.beats.append(started)  # a page shown at once beats no more
                show()
                samples.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - used) * 1000)
                heart.beats.append(time.perf_counter())
            gaps.append(max(heart.gaps_ms(), default=0.0))
        records = len(view.page.records) if view.page else 0
        print(
            f"person page, {what} ({name}, {records:,} records): click to "
            f"painted median {statistics.median(samples):,.0f} ms (max "
            f"{max(samples):,.0f}; CPU {statistics.median(cpu):,.0f} ms), GUI "
            f"thread's longest gap median {statistics.median(gaps):,.0f} ms"
        )
    view.close()


def run(path: Path, files: int, stacks: float = 0.0) -> list[tuple[str, dict]]:
    """The grid scrolled cold (a fresh process, the media folder's thumbnail
    cache emptied: every thumbnail made from its picture), warm (every one
    in memory), and the naive way cold (``stacks``: the GUI thread's stack
    listed for each gap over that many ms of the first two)."""
    app, archive, session, view = open_grid(path)
    written = write_pictures(archive, files)
    print(f"grid: {view.grid_model.rowCount():,} pictures, {written:,} real files")
    person_page(session, app)
    results = [("grid, cold (thumbnails made)", scroll(view, app, stacks=stacks))]
    results.append(("grid, warm (thumbnails cached)", scroll(view, app, stacks=stacks)))
    shutil.rmtree(archive.media_folder / ".thumbnails", ignore_errors=True)
    view.thumbnails.set_archive(archive)
    naive(view)
    results.append(("naive: made on the GUI thread, cold", scroll(view, app)))
    results.append(
        ("idle, nothing scrolled (the load)", idle(app, results[0][1]["steps"]))
    )
    view.close_down()
    archive.close()
    return results


def table(results: list[tuple[str, dict]]) -> None:
    head = (
        "steps",
        "frame median",
        "frame p95",
        "frame p99",
        "frame max",
        "stalls",
        "longest gap",
    )
    print(f"\n{'grid scrolled top to bottom':38}" + "".join(f"{h:>13}" for h in head))
    for what, numbers in results:
        cells = [
            f"{numbers[h]:,}" if isinstance(numbers[h], int) else f"{numbers[h]:,.1f}"
            for h in head
        ]
        print(f"{what:38}" + "".join(f"{c:>13}" for c in cells))
    print(f"(ms; a stall: the GUI thread's 5 ms heartbeat late by > {STALL_MS} ms)")
