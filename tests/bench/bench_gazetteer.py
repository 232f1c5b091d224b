"""The gazetteer: what it costs to build, and the places it finds on pages.

    python -m tests.bench.bench_gazetteer [--runs 7]

1. Build time and memory, each in a fresh process (no regular expression
   cached; the module's source run alone, not the archive package around
   it): main's gazetteer (the province files alone, the reference) reading a
   first page; this one resolving a Henan name (counties.tsv not read, as in
   a window that only browses and searches) and reading a first page (the
   table read: the first county-level name looks it up); and the naive way,
   the table read at build.
2. The city and county of every article of every page with an expected
   reading (the fixtures, the held-out sets, and ../shared's samples when
   present), imported
   with main's gazetteer and with this one in the same run: how many pages
   get a city, how many agree with the editor's, how many articles get a
   county, and each page where the two differ.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_BUILD = """
import json, sys, time, tracemalloc
from importlib import resources
way = sys.argv[1]
traced = sys.argv[3] == "memory"  # tracemalloc slows every allocation down
if traced:
    tracemalloc.start()
start = time.perf_counter()
import types
module = types.ModuleType("gazetteer")
sys.modules["gazetteer"] = module
source = sys.argv[2] if way == "main" else "archive/gazetteer.py"
exec(compile(open(source, encoding="utf-8").read(), "gazetteer", "exec"), module.__dict__)
if way == "main":
    g = module.gazetteer()
    g.city_of_page("焦作日报讯 修武县")
else:
    G = module
    if way == "eager":
        folder = resources.files("resources") / "gazetteer"
        provinces = [json.loads(p.read_text(encoding="utf-8"))
                     for p in sorted(folder.iterdir(), key=lambda p: p.name)
                     if p.name.endswith(".json")]
        g = G.Gazetteer(provinces, (folder / "counties.tsv").read_text(encoding="utf-8"))
        g.table.name_at("瑞安市", 0)
    else:
        g = G.gazetteer()
    if way == "this, a Henan name resolved":
        g.resolve("修武")  # the window's search box: no page read
    else:
        g.city_of_page("焦作日报讯 修武县")  # a first page read
elapsed = time.perf_counter() - start
current, peak = tracemalloc.get_traced_memory() if traced else (0, 0)
print(elapsed * 1000, current / 1e6, peak / 1e6)
"""


def _main_source() -> Path:
    """main's archive/gazetteer.py, as git has it."""
    out = Path("/tmp") / "bench_gazetteer_main.py"
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", "main:archive/gazetteer.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    out.write_text(text, encoding="utf-8")
    return out


def build_table(runs: int) -> None:
    source = _main_source()
    print(
        f"{'gazetteer':<34}{'build ms (median)':>18}{'min':>8}{'MB held':>9}{'peak':>7}"
    )
    for way in ("main", "this, a Henan name resolved", "this, a page read", "eager"):
        times, held, peaks = [], [], []
        for _ in range(runs):
            for what in ("time", "memory"):
                out = subprocess.run(
                    [sys.executable, "-c", _BUILD, way, str(source), what],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                ).stdout.split()
                if what == "time":
                    times.append(float(out[0]))
                else:
                    held.append(float(out[1]))
                    peaks.append(float(out[2]))
        label = {
            "main": "main (province files only)",
            "eager": "naive: table read at build",
        }
        print(
            f"{label.get(way, way):<34}{statistics.median(times):>18.1f}"
            f"{min(times):>8.1f}{statistics.median(held):>9.2f}"
            f"{statistics.median(peaks):>7.2f}"
        )


def _with(gazetteer_function, cases: list) -> list[tuple[str, list]]:
    """Each page's articles (city, county) imported with that gazetteer."""
    from archive import Archive
    from archive.importing import assembler, reading
    from archive.importing.importer import import_paths

    saved = reading.gazetteer, assembler.gazetteer
    reading.gazetteer = assembler.gazetteer = gazetteer_function
    try:
        found = []
        for case in cases:
            archive = Archive.memory(editor="bench")
            try:
                (report,) = import_paths(archive, [case.path]).files
                articles = [archive.article(i) for i in report.articles]
                found.append((case.path.name, [(a.city, a.county) for a in articles]))
            finally:
                archive.close()
        return found
    finally:
        reading.gazetteer, assembler.gazetteer = saved


def _main_module() -> types.ModuleType:
    module = types.ModuleType("main_gazetteer")
    sys.modules["main_gazetteer"] = module
    code = _main_source().read_text(encoding="utf-8")
    exec(compile(code, "main_gazetteer", "exec"), module.__dict__)
    return module


def city_table() -> None:
    from archive.gazetteer import gazetteer
    from tests.bench import fidelity

    module = _main_module()
    cases = fidelity.cases() + fidelity.heldout_cases()
    before = _with(module.gazetteer, cases)
    after = _with(gazetteer, cases)
    wanted = [
        c.expected.get("city", c.expected.get("publication_city", "?")) for c in cases
    ]
    print()
    print(f"{len(cases)} pages ({sum(len(a) for _, a in after)} articles)")
    print(f"{'':<30}{'main':>8}{'this':>8}")
    rows = [
        ("pages with a city", lambda found: sum(bool(a and a[0][0]) for _, a in found)),
        (
            "pages whose city is the editor's",
            lambda found: sum(
                w != "?" and bool(a) and all(city == w for city, _ in a)
                for w, (_, a) in zip(wanted, found, strict=True)
            ),
        ),
        (
            "articles with a county",
            lambda found: sum(bool(c) for _, a in found for _, c in a),
        ),
    ]
    for label, count in rows:
        print(f"{label:<30}{count(before):>8}{count(after):>8}")
    print("\npages whose places differ (main -> this; the editor's city):")
    for w, (name, old), (_, new) in zip(wanted, before, after, strict=True):
        if old != new:
            print(
                f"  {name}: {sorted(set(old), key=str)} -> {sorted(set(new), key=str)}; {w}"
            )


def scan_table(module: types.ModuleType) -> None:
    """The time to find the city of every fixture page's text (read as UTF-8
    where it is), main's gazetteer against this one, both built first."""
    from archive.gazetteer import gazetteer
    from tests.bench import fidelity

    texts = []
    for case in fidelity.cases() + fidelity.heldout_cases():
        try:
            texts.append(case.path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    old, new = module.gazetteer(), gazetteer()
    for g in (old, new):
        for text in texts:
            g.city_of_page(text)  # built, the county table read
    print(f"\ncity of {len(texts)} pages ({sum(map(len, texts)):,} characters)")
    for label, g in (("main", old), ("this", new)):
        times = []
        for _ in range(9):
            start = time.perf_counter()
            for text in texts:
                g.city_of_page(text)
            times.append((time.perf_counter() - start) * 1000)
        print(f"  {label}: {statistics.median(times):.1f} ms (min {min(times):.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.1f}")
    build_table(args.runs)
    city_table()
    scan_table(_main_module())


if __name__ == "__main__":
    main()
