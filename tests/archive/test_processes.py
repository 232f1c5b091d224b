"""Several processes on one archive: none loses another's locks or writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from archive import Archive, TagRecords

ROOT = Path(__file__).resolve().parents[2]


def clipfile(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``main.py`` in a process of its own."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        check=check,
        timeout=60,
    )


def test_a_second_connection_keeps_the_locks_of_the_first(demo_path):
    """Opening a second connection (a worker's) must not drop the process's
    POSIX locks, or another process deletes the WAL the first still writes to
    and its commits are seen by nobody else."""
    archive = Archive.open(demo_path, editor="tester")
    try:
        archive.count()
        reader = archive.reader()  # the window's worker connection
        reader.count()
        clipfile("search", "科技", "--archive", demo_path)  # opens and closes
        archive.execute(TagRecords("核实/两个进程", article_ids=[1]))
        shown = json.loads(
            clipfile("show", "1", "--json", "--archive", demo_path).stdout
        )
        assert "核实/两个进程" in shown["tags"]
        assert Path(f"{demo_path}-wal").exists()
        reader.close()
    finally:
        archive.close()


def test_importing_the_archive_itself_never_opens_it(demo_path, tmp_path):
    """The archive, its WAL or a link to it named as a page is refused by its
    inode, before anything opens it (which would drop the locks)."""
    link = tmp_path / "looks-like-a-page.txt"
    link.hardlink_to(demo_path)
    archive = Archive.open(demo_path, editor="tester")
    try:
        reader = archive.reader()
        reader.count()
        archive.execute(TagRecords("先写一笔", article_ids=[1]))  # a WAL exists now
        report = archive.import_files([demo_path, Path(f"{demo_path}-wal"), link])
        assert [f.reason for f in report.files] == ["archive_itself"] * 3
        clipfile("search", "科技", "--archive", demo_path)
        archive.execute(TagRecords("后写一笔", article_ids=[1]))
        shown = json.loads(
            clipfile("show", "1", "--json", "--archive", demo_path).stdout
        )
        assert {"先写一笔", "后写一笔"} <= set(shown["tags"])
        reader.close()
    finally:
        archive.close()
