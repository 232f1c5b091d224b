"""The window at scale (issue 17): how long the GUI thread stalls while an
editor types, clicks facets, selects rows, scrolls and switches views.

    python -m tests.bench.bench_window --archive BIG.sqlite [--json]

The window runs in a fresh process (so start-up is measured from launch) on
the archive opened read-only. A 5 ms timer beats on the GUI thread; a stall is
how much later than due a beat came. Each step reports when its result was
shown (the first paint of the list, or of the reader, after the new result or
article arrived), counted from its last keystroke or click, with the
heartbeat's max and p99 stall over the step. Queries are typed as an input
method commits them (a character at a time, 120 ms apart), as tests/gui does.
Then the Compare, Tags and Notes views are shown in turn (each shown when its
workers are done) and the Notes view's box searched (``NOTE_QUERIES``, typed
at once; shown when its list has come).
The naive reference, in the same run, is the list filled from the same result
on the GUI thread the plain way (every visible row read and painted with a
QTextDocument in one go, as before issue 17) — see ``--naive``.

Targets (issue 17): stall max <= 50 ms and p99 <= 20 ms in every step,
scrolling <= 16 ms a step, a result shown <= 250 ms after the last keystroke,
start-up no worse than 0.86 s to first paint / 0.89 s to first rows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEARTBEAT_MS = 5
KEYSTROKE_MS = 120
QUERIES = ("焦", "焦作", "焦作 科技", "的", "企业 -的", "city:开封 人才")
ROWS = (0, 1_000, 50_000)
SCROLL_STEPS = 100
# typed in the Notes view's search box (at 100,000 notes, as issue 12 has them)
NOTE_QUERIES = ("核实", "核实 city:焦作", "")
# typed in the Tags view's find box (a name in hundreds of the 5,000 tags)
TAG_FIND = "人才"


class StackSampler:
    """Samples the GUI thread's Python stack every ``every`` seconds, to say
    what a stall was spent in: a wall-clock interval timer (SIGALRM) whose
    handler, run on the GUI thread, notes the stack it interrupted. While
    the thread is in Qt's C++ (or waiting for the GIL) the handler waits, and
    the sample taken when Python runs again counts for the whole wait,
    marked ``(in C or waiting for the GIL)``. (sys._current_frames() from a
    thread of its own crashed Python 3.11 beside Qt's pool threads.)"""

    def __init__(self, every: float = 0.002) -> None:
        self.every = every
        self.samples: list[tuple[float, float, float, tuple[str, ...]]] = []
        self._last = 0.0
        self._cpu = 0.0

    def start(self) -> None:
        import signal

        self._last = time.perf_counter()
        self._cpu = time.thread_time()
        signal.signal(signal.SIGALRM, self._sample)
        signal.setitimer(signal.ITIMER_REAL, self.every, self.every)

    def stop(self) -> None:
        import signal

        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)

    @staticmethod
    def _chain(frame, depth: int = 5) -> tuple[str, ...]:
        """The innermost ``depth`` frames of ``frame``'s stack in the
        project's archive/ and gui/ (the innermost frame whatever it is),
        innermost first."""
        out: list[str] = []
        first = True
        while frame is not None and len(out) < depth:
            code = frame.f_code
            name = code.co_filename
            if first or name.startswith((str(ROOT / "gui"), str(ROOT / "archive"))):
                short = name.replace(str(ROOT) + "/", "").rsplit("/site-packages/")[-1]
                out.append(f"{short}:{frame.f_lineno} {code.co_name}")
            first = False
            frame = frame.f_back
        return tuple(out)

    def _sample(self, _signum, frame) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        waited, used = now - self._last, cpu - self._cpu
        self._last, self._cpu = now, cpu
        chain = self._chain(frame)
        if waited > 2.5 * self.every:  # Python did not run meanwhile
            chain = ("(in C or waiting)", *chain)
        self.samples.append((now, waited, used, chain))

    def during(self, start: float, end: float, top: int = 6) -> list[str]:
        """The stacks most sampled between ``start`` and ``end``, each with
        the milliseconds it was seen for."""
        from collections import Counter

        seen: Counter[str] = Counter()
        cpu: Counter[str] = Counter()
        for t, waited, used, chain in self.samples:
            if start <= t <= end + self.every:
                seen[" < ".join(chain)] += waited * 1000
                cpu[" < ".join(chain)] += used * 1000
        return [
            f"{ms:4.0f} ms ({cpu[where]:3.0f} CPU)  {where}"
            for where, ms in seen.most_common(top)
        ]


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def child(  # noqa: PLR0915
    path: Path,
    started: float,
    stacks: float = 0.0,
    *,
    views: bool = False,
    startup_only: bool = False,
) -> dict:
    """Run the window and every step; the measurements as a dict (with
    ``stacks`` > 0, the GUI thread's stack during every stall longer than
    ``stacks`` ms; with ``views``, only the Compare, Tags and Notes views'
    steps after start-up; with ``startup_only``, no step at all)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from archive import Archive

    app = QApplication([])  # noqa: F841 (kept alive for the run)
    sampler = StackSampler() if stacks else None
    if sampler is not None:
        sampler.start()
    from gui.main_window import MainWindow

    marks: dict[str, float] = {}
    beats: list[float] = []
    busy: list[float] = []  # the GUI thread's CPU time at each beat

    class Paints(QObject):
        """Records when a widget is painted."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name
            self.times: list[float] = []
            self.cpu: list[tuple[float, float]] = []  # (process, GUI thread)

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.times.append(time.perf_counter())
                self.cpu.append((time.process_time(), time.thread_time()))
            return False

    window = MainWindow()
    window.resize(1400, 900)
    browse = window.browse
    window_paints = Paints("window")
    window.installEventFilter(window_paints)
    list_paints = Paints("list")
    browse.table.viewport().installEventFilter(list_paints)
    reader_paints = Paints("reader")
    browse.reader.viewport().installEventFilter(reader_paints)
    arrived: list[tuple[float, str, int]] = []
    arrived_cpu: list[tuple[float, float]] = []  # (process, GUI thread)
    browse.results.ids_changed.connect(
        lambda ids, complete, _c, _r=None: (
            arrived.append((time.perf_counter(), browse.results.filters.text, len(ids)))
            or arrived_cpu.append((time.process_time(), time.thread_time()))
        )
    )
    shown_articles: list[tuple[float, int]] = []
    browse.article_shown.connect(
        lambda i: shown_articles.append((time.perf_counter(), i))
    )
    clock0 = time.perf_counter() - (time.time() - started)  # perf time of launch

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(HEARTBEAT_MS)
    heart.timeout.connect(
        lambda: beats.append(time.perf_counter()) or busy.append(time.thread_time())
    )
    heart.start()

    def run_for(ms: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(ms), loop.quit)
        loop.exec()

    def idle() -> bool:
        if isinstance(getattr(type(window), "busy", None), property):
            return not window.busy  # (the views not made yet are not asked)
        return (
            not browse.results.busy
            and not browse.search_timer.isActive()
            and not window.notes.busy
            and not window.compare.busy
            and not getattr(window.tag_manager, "busy", False)
        )

    def wait_until(condition, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition() and time.perf_counter() < deadline:
            run_for(2)

    def settle() -> None:
        wait_until(idle)
        run_for(300)  # what follows a result (facets painted, the reader laid out)
        wait_until(idle)

    window.show()
    archive = Archive.open(path, readonly=True)
    archive.keeps_facets = False
    window.session.set_archive(archive)
    # as gui.app.run does after showing the window: what start-up made is
    # kept out of the collector's full passes (without it, one took 157 ms
    # of the GUI thread's CPU in the middle of a step here, which the app
    # does not do)
    import gc

    gc.freeze()
    wait_until(lambda: bool(arrived) and bool(list_paints.times))
    wait_until(
        lambda: bool(list_paints.times) and list_paints.times[-1] > arrived[0][0]
    )
    marks["first_paint"] = window_paints.times[0] if window_paints.times else 0
    # the CPU spent by then (the whole process's, the GUI thread's): less
    # noisy than wall-clock times on a shared machine
    cpu: dict[str, tuple[float, float]] = {"first_paint": window_paints.cpu[0]}
    rows_at = next(i for i, t in enumerate(list_paints.times) if t > arrived[0][0])
    marks["first_rows"] = list_paints.times[rows_at]
    cpu["first_rows"] = list_paints.cpu[rows_at]
    startup = [] if sampler is None else sampler.during(0, marks["first_rows"], 15)
    wait_until(lambda: any(n == browse.list_model.rowCount() for _, _, n in arrived))
    wait_until(lambda: not browse.results.busy)
    marks["facets"] = time.perf_counter()
    cpu["facets"] = (time.process_time(), time.thread_time())
    complete = [i for i, (_, _, n) in enumerate(arrived) if n > 200]
    last = complete[-1] if complete else len(arrived) - 1
    marks["all_ids"] = arrived[last][0]
    cpu["all_ids"] = arrived_cpu[last]
    settle()
    if startup_only:
        heart.stop()
        if sampler is not None:
            sampler.stop()
        window.browse.close_down()
        return {
            "articles": browse.list_model.rowCount(),
            **{f"{k}_s": v - clock0 for k, v in marks.items()},
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "startup_cpu_s": cpu,
            "steps": [],
            "startup_stacks": startup,
        }

    steps: list[dict] = []

    def stalls_since(begun: int) -> dict:
        """The heartbeat's stalls since beat ``begun``: how late each beat
        came, and how much CPU the GUI thread spent between two beats (its
        own work, apart from waiting for a core on a loaded machine)."""
        gaps = [b - a for a, b in zip(beats[begun:], beats[begun + 1 :], strict=False)]
        stalls = [max(0.0, g * 1000 - HEARTBEAT_MS) for g in gaps]
        where: list[str] = []
        if sampler is not None:
            for i, stall in enumerate(stalls):
                if stall > stacks:
                    a, b = beats[begun + i], beats[begun + i + 1]
                    where.append(
                        f"stall {stall:.0f} ms at +{(a - beats[begun]) * 1000:.0f} ms:"
                    )
                    where.extend("    " + w for w in sampler.during(a, b))
        cpu = [
            (b - a) * 1000
            for a, b in zip(busy[begun:], busy[begun + 1 :], strict=False)
        ]
        return {
            "max_stall_ms": max(stalls, default=0.0),
            "p99_stall_ms": percentile(stalls, 0.99),
            "max_busy_ms": max(cpu, default=0.0),
            "p99_busy_ms": percentile(cpu, 0.99),
            "stacks": where,
        }

    def step(name: str, act, shown) -> None:
        """Do ``act()`` (returns when its last input went in), then wait for
        ``shown(since)`` to give the time the result was shown."""
        begun = max(0, len(beats) - 1)  # the gap the action itself falls in
        first = time.perf_counter()
        last = act()
        wait_until(lambda: shown(last) is not None, timeout=60)
        seen = shown(last)
        settle()
        steps.append(
            {
                "step": name,
                "shown_ms": None if seen is None else (seen - last) * 1000,
                **stalls_since(begun),
                "took_s": time.perf_counter() - first,
            }
        )

    def commit(text: str) -> None:
        edit = browse.search_edit
        edit.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)

    def list_shown(text: str):
        """The first list paint after the ids for ``text`` came, once the
        reader shows an article (or the list is empty)."""

        def shown(since: float) -> float | None:
            came = [t for t, q, _ in arrived if t >= since and q == text]
            if not came:
                return None
            paints = [p for p in list_paints.times if p >= came[0]]
            return paints[0] if paints else None

        return shown

    def typing(query: str):
        def act() -> float:
            current = browse.search_edit.text()
            if not query.startswith(current):
                browse.search_edit.clear()
                run_for(KEYSTROKE_MS)
                current = ""
            for character in query[len(current) :]:
                commit(character)
                stamp = time.perf_counter()
                run_for(KEYSTROKE_MS)
            return stamp

        return act

    def browse_steps() -> tuple[float, float, float]:
        """Typing, facets, rows and scrolling in the Browse view; the
        scroll's mean and slowest step and when its rows were filled."""
        for query in QUERIES:
            step(f"type {query}", typing(query), list_shown(query))

        def clearing() -> float:
            browse.search_edit.clear()
            return time.perf_counter()

        step("clear the box", clearing, list_shown(""))

        def facet_click(kind: str, pick):
            def act() -> float:
                from gui.browse.facet_model import FacetModel

                model = browse.facets.facet_model
                group = model.group_index(kind)
                values = [
                    model.index(r, 0, group) for r in range(model.rowCount(group))
                ]
                index = pick(values, FacetModel.FacetRole)
                browse.facets.clicked.emit(index)
                return time.perf_counter()

            return act

        def by_value(value):
            return lambda values, role: next(
                i for i in values if i.data(role)[1] == value
            )

        city = "开封"
        step(f"click city {city}", facet_click("city", by_value(city)), list_shown(""))
        year = max(
            browse.facets.facet_model.index(
                r, 0, browse.facets.facet_model.group_index("year")
            ).data(browse.facets.facet_model.FacetRole)[1]
            for r in range(
                browse.facets.facet_model.rowCount(
                    browse.facets.facet_model.group_index("year")
                )
            )
        )
        step(f"click year {year}", facet_click("year", by_value(year)), list_shown(""))
        step(
            f"click year {year} again",
            facet_click("year", by_value(year)),
            list_shown(""),
        )
        step(
            f"click city {city} again",
            facet_click("city", by_value(city)),
            list_shown(""),
        )

        def article_shown(since: float) -> float | None:
            came = [t for t, _ in shown_articles if t >= since]
            if not came:
                return None
            paints = [p for p in reader_paints.times if p >= came[0]]
            return paints[0] if paints else None

        for row in ROWS:

            def select(row: int = row) -> float:
                stamp = time.perf_counter()  # the reader is filled within the call
                browse.select_row(min(row, browse.list_model.rowCount() - 1))
                return stamp

            step(f"select row {row:,}", select, article_shown)

        table = browse.table
        bar = table.verticalScrollBar()
        table.scrollToTop()
        run_for(100)
        scroll_times: list[float] = []
        filled: list[float] = []  # until the rows painted blank were read and shown
        begun = len(beats)
        for i in range(1, SCROLL_STEPS + 1):
            t = time.perf_counter()
            bar.setValue(bar.maximum() * i // SCROLL_STEPS)
            table.viewport().repaint()
            scroll_times.append((time.perf_counter() - t) * 1000)
            run_for(16)
            wait_until(lambda: not getattr(browse.list_model, "_asked", None))
            filled.append((time.perf_counter() - t) * 1000)
        settle()
        steps.append(
            {
                "step": f"scroll top to bottom, {SCROLL_STEPS} steps",
                "shown_ms": sum(scroll_times) / len(scroll_times),
                **stalls_since(begun),
                "took_s": 0.0,
            }
        )
        scroll_ms = sum(scroll_times) / len(scroll_times)
        scroll_max = max(scroll_times)

        return scroll_ms, scroll_max, sum(filled) / len(filled)

    scroll_ms, scroll_max, scroll_filled = (0.0, 0.0, 0.0) if views else browse_steps()

    def view_step(name: str, show) -> None:
        def act() -> float:
            show()
            return time.perf_counter()

        def shown(since: float) -> float | None:
            return time.perf_counter() if idle() else None

        step(name, act, shown)

    cities = [
        browse.facets.facet_model.index(
            r, 0, browse.facets.facet_model.group_index("city")
        ).data(browse.facets.facet_model.FacetRole)[1]
        for r in range(3)
    ]
    view_step(
        f"Compare {'/'.join(cities[:2])}", lambda: window.compare_places(cities[:2])
    )
    view_step(f"Compare: add {cities[2]}", lambda: window.compare.add_place(cities[2]))
    view_step("Tags view", lambda: window.show_view(window.tag_manager))

    def tag_find(text: str):
        def act() -> float:
            edit = window.tag_manager.filter_edit
            if not text:
                edit.clear()
                return time.perf_counter()
            edit.setFocus()
            for character in text:
                event = QInputMethodEvent()
                event.setCommitString(character)
                QApplication.sendEvent(edit, event)
                stamp = time.perf_counter()
                run_for(KEYSTROKE_MS)
            return stamp

        return act

    def tags_listed(since: float) -> float | None:
        return time.perf_counter() if idle() else None

    step(f"Tags view: find {TAG_FIND}", tag_find(TAG_FIND), tags_listed)
    step("Tags view: find (cleared)", tag_find(""), tags_listed)
    view_step("Notes view", lambda: window.show_view(window.notes))

    def notes_search(text: str):
        def act() -> float:
            window.notes.search_edit.setText(text)
            return time.perf_counter()

        return act

    def notes_listed(since: float) -> float | None:
        notes = window.notes
        return None if notes.busy or notes.timer.isActive() else time.perf_counter()

    for text in NOTE_QUERIES:
        step(
            f"Notes view: search {text or '(cleared)'}",
            notes_search(text),
            notes_listed,
        )
    view_step("back to Browse", lambda: window.show_view(browse))

    heart.stop()
    if sampler is not None:
        sampler.stop()
    result = {
        "articles": browse.list_model.rowCount(),
        "first_paint_s": marks["first_paint"] - clock0,
        "first_rows_s": marks["first_rows"] - clock0,
        "all_ids_s": marks["all_ids"] - clock0,
        "facets_s": marks["facets"] - clock0,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "startup_cpu_s": cpu,
        "scroll_ms_per_step": scroll_ms,
        "scroll_max_ms": scroll_max,
        "scroll_filled_ms": scroll_filled,
        "steps": steps,
        "startup_stacks": startup,
    }
    window.browse.close_down()
    return result


def _startup_cpu(cpu: dict) -> list[str]:
    """The start-up's CPU seconds by each mark: the process's (every thread,
    from launch) and the GUI thread's."""
    if not cpu:
        return []
    names = (("first_paint", "first paint"), ("first_rows", "first rows"))
    names += (("all_ids", "all ids"), ("facets", "facets"))
    return [
        "start-up CPU (process / GUI thread): "
        + ", ".join(
            f"{label} {cpu[key][0]:.2f} / {cpu[key][1]:.2f} s"
            for key, label in names
            if key in cpu
        )
    ]


def table(result: dict, load: str) -> str:
    lines = [
        f"Clipfile window: {result['articles']:,} rows, {os.cpu_count()} cores, "
        f"load {load}",
        f"start-up: first paint {result['first_paint_s']:.2f} s, first rows "
        f"{result['first_rows_s']:.2f} s, all ids {result['all_ids_s']:.2f} s, "
        f"facets {result['facets_s']:.2f} s, peak {result['peak_mb']:.0f} MB",
        *_startup_cpu(result.get("startup_cpu_s", {})),
        *([result["bytecode"]] if "bytecode" in result else []),
        *("    " + w for w in result.get("startup_stacks", ())),
    ]
    if "scroll_ms_per_step" not in result:  # --startup: no steps
        return "\n".join(lines)
    lines += [
        f"{'step':34}{'shown after ms':>15}{'max stall':>10}{'p99':>6}"
        f"{'max busy':>10}{'p99':>6}",
    ]
    for s in result["steps"]:
        shown = "—" if s["shown_ms"] is None else f"{s['shown_ms']:.0f}"
        lines.append(
            f"{s['step']:34}{shown:>15}{s['max_stall_ms']:>10.0f}"
            f"{s['p99_stall_ms']:>6.0f}{s.get('max_busy_ms', 0):>10.0f}"
            f"{s.get('p99_busy_ms', 0):>6.0f}"
        )
        lines.extend("    " + w for w in s.get("stacks", ()))
    lines.append(
        "stall: how late the 5 ms heartbeat came; busy: the GUI thread's CPU "
        "time between two beats (its own work, whatever the machine's load)"
    )
    lines.append(
        f"scrolling: {result['scroll_ms_per_step']:.1f} ms a step "
        f"(slowest {result['scroll_max_ms']:.1f} ms), every row filled "
        f"{result['scroll_filled_ms']:.0f} ms after the step (16 ms of it waiting "
        "a frame); the scroll row's 'shown after' is the step's mean"
    )
    return "\n".join(lines)


PYCACHE = Path("/tmp") / f"clipfile-bench-pycache-{os.getuid()}"


def child_environment() -> tuple[dict[str, str], Path]:
    """The child's environment: bytecode allowed (as a user has it from the
    second launch on: an installed copy is compiled, and a checkout compiles
    itself once), written into a folder in /tmp rather than the tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env, PYCACHE


def launch(
    archive: Path,
    env: dict[str, str],
    *,
    stacks: float = 0.0,
    views: bool = False,
    startup: bool = False,
) -> subprocess.CompletedProcess:
    """The window's child process, timed from now."""
    started = time.time()
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.bench.bench_window",
            "--archive",
            str(archive),
            "--child",
            str(started),
            "--stacks",
            str(stacks),
            *(["--views"] if views else []),
            *(["--startup"] if startup else []),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--json", action="store_true", help="one JSON document")
    parser.add_argument(
        "--stacks",
        type=float,
        default=0.0,
        metavar="MS",
        help="sample the GUI thread's stack; list it for every stall over MS",
    )
    parser.add_argument(
        "--views",
        action="store_true",
        help="after start-up, only the Compare, Tags and Notes views' steps",
    )
    parser.add_argument(
        "--startup",
        action="store_true",
        help="start-up alone: first paint, first rows, all ids, facets, no steps",
    )
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        measured = child(
            args.archive,
            args.child,
            args.stacks,
            views=args.views,
            startup_only=args.startup,
        )
        print(json.dumps(measured))
        return
    env, cache = child_environment()
    warm = launch(args.archive, env, startup=True)  # compiles the bytecode
    if warm.returncode != 0:
        sys.exit(f"the window failed:\n{warm.stderr[-3000:]}")
    run = launch(
        args.archive, env, stacks=args.stacks, views=args.views, startup=args.startup
    )
    if run.returncode != 0:
        sys.exit(f"the window failed:\n{run.stderr[-3000:]}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    result["bytecode"] = (
        f"bytecode allowed, compiled into {cache} by a first launch not measured "
        "(as a user's second launch on)"
    )
    steps = result["steps"]
    for key in ("max_stall_ms", "p99_stall_ms", "max_busy_ms", "p99_busy_ms"):
        result[key] = max((s[key] for s in steps), default=0.0)
    result["first_rows_ms"] = result["first_rows_s"] * 1000
    result["first_paint_ms"] = result["first_paint_s"] * 1000
    typed = [s["shown_ms"] for s in steps if s["step"].startswith("type")]
    result["shown_max_ms"] = max((t for t in typed if t is not None), default=None)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    result["load"] = load
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(table(result, load))


if __name__ == "__main__":
    main()
