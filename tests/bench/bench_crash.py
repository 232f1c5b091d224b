"""Crashes and concurrency with real processes (issue 9), kept to be run again.

    python -m tests.bench.bench_crash --kills 30 --pages 400

Two writer processes tag articles the whole time, each logging an edit only
once ``execute`` has returned; meanwhile an import of a folder of pages is
started and SIGKILLed at a random moment, again and again. After every kill:
SQLite's integrity check, Clipfile's ``check``, no orphan rows. At the end the
writers stop, every edit they logged must be in the archive, one more import
must complete the folder, and nobody may have seen "database is locked".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import json, random, sys, time
sys.path.insert(0, {root!r})
from archive import Archive, TagRecords
path, name, log, stop = sys.argv[1:5]
rng = random.Random(name)
done = 0
with Archive.open(path, editor=name) as archive, open(log, "a") as out:
    ids = list(archive.article_ids())
    while not __import__("os").path.exists(stop):
        tag = f"{{name}}/{{done}}"
        article = rng.choice(ids)
        try:
            archive.execute(TagRecords(tag, article_ids=[article]))
        except Exception as error:  # anything is a failure of the test
            out.write(json.dumps({{"error": repr(error)}}) + "\\n")
            out.flush()
            continue
        out.write(json.dumps({{"tag": tag, "article": article}}) + "\\n")
        out.flush()
        done += 1
        time.sleep(rng.uniform(0.0, 0.05))
"""

ORPHANS = {
    "taggings without a tag": "SELECT count(*) FROM taggings WHERE tag_id NOT IN "
    "(SELECT id FROM tags)",
    "taggings of a missing article": "SELECT count(*) FROM taggings WHERE article_id "
    "IS NOT NULL AND article_id NOT IN (SELECT id FROM articles)",
    "credits of a missing person": "SELECT count(*) FROM credits WHERE person_id "
    "NOT IN (SELECT id FROM people)",
    "articles without a body": "SELECT count(*) FROM articles a WHERE NOT EXISTS "
    "(SELECT 1 FROM article_bodies b WHERE b.article_id = a.id)",
    "captions of a missing article": "SELECT count(*) FROM captions WHERE article_id "
    "IS NOT NULL AND article_id NOT IN (SELECT id FROM articles)",
    "records of a missing source": "SELECT count(*) FROM articles WHERE source_id "
    "IS NOT NULL AND source_id NOT IN (SELECT id FROM sources)",
}


def verify(path: Path) -> list[str]:
    """What is wrong with the archive at ``path`` now (nothing: [])."""
    from archive import Archive

    problems = []
    with sqlite3.connect(path, timeout=30) as db:
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            problems.append(f"integrity: {result}")
        for what, sql in ORPHANS.items():
            count = db.execute(sql).fetchone()[0]
            if count:
                problems.append(f"{count} {what}")
    db.close()
    with Archive.open(path) as archive:
        problems += [f"check: {p.kind}: {p.message}" for p in archive.check()]
    return problems


def run_writers(folder: Path, path: Path) -> tuple[list[subprocess.Popen], Path]:
    """Two writer processes tagging the archive until ``stop`` exists."""
    stop = folder / "stop"
    script = folder / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT)))
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(path),
                f"w{i}",
                str(folder / f"writer{i}.log"),
                str(stop),
            ]
        )
        for i in range(2)
    ]
    return writers, stop


def kill_imports(
    folder: Path, path: Path, rng: random.Random, count: int
) -> tuple[int, int, list[str]]:
    """Start ``count`` imports, SIGKILL each at a random moment, check after each."""
    failures: list[str] = []
    kills = finished = 0
    for attempt in range(count):
        importing = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "import",
                str(folder / "pages"),
                "--archive",
                str(path),
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.2, 3.0))
        if importing.poll() is None:
            os.kill(importing.pid, signal.SIGKILL)
            kills += 1
        else:
            finished += 1
        _, errors = importing.communicate()
        if b"locked" in errors:
            failures.append(f"kill {attempt}: the import saw a lock: {errors[-200:]!r}")
        failures += [f"after kill {attempt}: {p}" for p in verify(path)]
    return kills, finished, failures


def written_edits(folder: Path) -> tuple[list[dict], list[dict]]:
    """What the writers logged: the edits committed, and their errors."""
    edits, errors = [], []
    for log in folder.glob("writer*.log"):
        for line in log.read_text().splitlines():
            entry = json.loads(line)
            (errors if "error" in entry else edits).append(entry)
    return edits, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive import Archive, write_demo
    from archive.demo import write_pages

    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="clipfile-crash-"))
    path = folder / "archive.sqlite"
    write_demo(path, articles=300, seed=args.seed).close()
    source = write_demo(folder / "pages.sqlite", articles=args.pages * 4 + 200)
    pages = write_pages(source, folder / "pages", limit=args.pages * 4)
    source.close()
    started = time.monotonic()
    writers, stop = run_writers(folder, path)
    kills, finished, failures = kill_imports(folder, path, rng, args.kills)
    stop.touch()
    for writer in writers:
        writer.wait(timeout=60)
    final = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "import",
            str(folder / "pages"),
            "--archive",
            str(path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    edits, errors = written_edits(folder)
    with Archive.open(path) as archive:
        kept = archive.sources(limit=100_000)
        lost = [e for e in edits if e["tag"] not in archive.article(e["article"]).tags]
    failures += [f"a writer failed: {e['error']}" for e in errors]
    failures += [f"edit lost: {e}" for e in lost]
    if final.returncode != 0:
        failures.append(f"the last import failed: {final.stderr.strip()}")
    if len(kept) != len(pages):
        failures.append(f"{len(kept)} of {len(pages)} pages in the archive at the end")
    failures += [f"at the end: {p}" for p in verify(path)]
    print(
        f"\nClipfile crash and concurrency run ({time.monotonic() - started:.0f} s, seed {args.seed})"
    )
    rows = [
        ("imports started", args.kills),
        ("SIGKILLed mid-import", kills),
        ("finished before their kill", finished),
        (
            "pages in the folder / in the archive at the end",
            f"{len(pages)} / {len(kept)}",
        ),
        ("edits committed by the two writers", len(edits)),
        ("edits lost", len(lost)),
        ("writer errors (database is locked …)", len(errors)),
        ("problems found by the checks", len(failures)),
    ]
    for label, value in rows:
        print(f"  {label:52} {value:>12}")
    for failure in failures[:20]:
        print(f"  FAIL {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
