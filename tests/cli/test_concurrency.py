"""The command line beside other writers: a stalled reader never locks anyone
out, and nothing is reported as done before it is."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from archive import Archive

ROOT = Path(__file__).resolve().parents[2]
MAIN = str(ROOT / "main.py")


def clipfile(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, MAIN, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def many_pages(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"page-{i:04d}.txt").write_text(
            f"## 第{i}篇的标题\n\n本报讯 这是第{i}篇文章的正文，讲述一件小事。\n",
            "utf-8",
        )
    return folder


def pending_bytes(pipe) -> int:
    buffer = bytearray(4)
    fcntl.ioctl(pipe.fileno(), termios.FIONREAD, buffer)
    return int.from_bytes(buffer, sys.byteorder)


def stalled_import(archive: Path, pages: Path) -> subprocess.Popen:
    """An import whose output nobody reads, like `import … | less` left open:
    it runs until the pipe is full and its next print blocks."""
    process = subprocess.Popen(
        [sys.executable, MAIN, "import", str(pages), "--archive", str(archive)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while pending_bytes(process.stdout) < 60_000:  # a pipe holds 64 KB
        assert process.poll() is None, "the import ended before its pipe filled"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.3)  # its next print blocks now
    return process


@pytest.fixture
def pages(tmp_path):
    return many_pages(tmp_path / "pages", 1500)


def test_a_stalled_import_locks_nobody_out(demo_path, pages):
    importing = stalled_import(demo_path, pages)
    try:
        started = time.monotonic()
        tagged = clipfile("tag", "1", "待核实", "--archive", demo_path, timeout=30)
        assert tagged.returncode == 0, tagged.stderr
        assert time.monotonic() - started < 8  # the busy timeout is 10 s
        noted = clipfile("note", "1", "--text", "核实", "--archive", demo_path)
        assert noted.returncode == 0, noted.stderr
    finally:
        output, _ = importing.communicate(timeout=120)
    assert importing.returncode == 0
    assert output.decode().count("added:") == 1500
    shown = json.loads(clipfile("show", "1", "--json", "--archive", demo_path).stdout)
    assert "待核实" in shown["tags"]
    assert clipfile("check", "--archive", demo_path).returncode == 0


def test_what_an_import_reports_as_added_is_in_the_archive_after_a_kill(
    demo_path, pages
):
    importing = stalled_import(demo_path, pages)
    os.kill(importing.pid, signal.SIGKILL)
    output, _ = importing.communicate(timeout=30)
    reported = [
        line.split(": ")[1] for line in output.decode().splitlines() if "added:" in line
    ]
    assert reported
    with Archive.open(demo_path) as archive:
        kept = {source.path for source in archive.sources(limit=10_000)}
        assert set(reported) <= kept
        assert archive.check() == []
    again = clipfile("import", pages, "--archive", demo_path, "--json")
    document = json.loads(again.stdout)
    assert document["articles_added"] == 1500 - len(
        kept & set(map(str, pages.iterdir()))
    )


def test_sqlite_errors_reach_the_terminal_as_one_line(demo_path):
    with Archive.open(demo_path) as archive:
        archive.db.execute("PRAGMA journal_mode = DELETE")
    holder = subprocess.Popen(  # holds the write lock for a while
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(demo_path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True)\n"
            "time.sleep(20)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = clipfile("tag", "1", "人才", "--archive", demo_path, timeout=40)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "locked" in result.stderr


def test_a_kept_reader_sees_another_process_write_and_locks_nobody_out(
    demo_path, tmp_path
):
    """The window's kept reader connection (person pages) stays open across
    another process's import: that import is not locked out, and the
    reader's next read shows what it wrote."""
    with Archive.open(demo_path) as archive:
        name = archive.people(limit=1)[0].name
        reader = archive.reader(kept=True)
        try:
            before = len(reader.person_page(name).records)
            page = tmp_path / "page.txt"
            page.write_text(
                f"## 读者连接之外的一篇\n\n本报记者 {name}\n\n本报讯 另一个进程写入的正文。\n",
                "utf-8",
            )
            started = time.monotonic()
            imported = clipfile("import", page, "--archive", demo_path, "--json")
            assert imported.returncode == 0, imported.stderr
            assert time.monotonic() - started < 8  # the busy timeout is 10 s
            assert json.loads(imported.stdout)["articles_added"] == 1
            after = reader.person_page(name).records
            assert len(after) == before + 1
            assert any(r.title == "读者连接之外的一篇" for r in after)
        finally:
            reader.close()
        assert archive.check() == []
