"""Backups: consistent copies, checked, thinned by age, restorable."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from array import array
from datetime import UTC, datetime, timedelta
from pathlib import Path

from archive import Archive, Filters, TagRecords, UntagRecords
from archive.store import backups

ROOT = Path(__file__).resolve().parents[3]


def test_a_backup_is_a_whole_checked_archive_beside_the_file(demo):
    made = demo.backup()
    assert made.path.parent == demo.path.parent / "backups"
    assert made.path.name.startswith("demo-")
    assert made.reason == "manual"
    assert not list(made.path.parent.glob("*.partial"))
    assert made.counts()["articles"] == 300
    with Archive.open(made.path) as copy:
        assert copy.check() == []
    assert [b.path for b in demo.backups()] == [made.path]
    assert not demo.backup_due()


def test_thinning_keeps_ten_then_a_day_for_two_weeks_then_a_week_for_three_months():
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    made = [now - timedelta(hours=6 * i) for i in range(4 * 150)]  # 150 days
    kept = backups.kept(made, now=now)
    newest = sorted(made, reverse=True)
    assert set(newest[:10]) <= kept
    for day in range(14):
        start = (now - timedelta(days=day)).replace(hour=0)
        assert any(start <= k < start + timedelta(days=1) for k in kept), day
    weeks = {k.isocalendar()[:2] for k in kept if now - k > timedelta(days=14)}
    assert len(weeks) in (11, 12, 13)
    assert all(now - k <= timedelta(days=91) for k in kept)
    assert len(kept) < 40


def test_old_backups_are_pruned_when_a_new_one_is_made(demo):
    folder = demo.path.parent / "backups"
    first = demo.backup(to=folder / "first.sqlite")
    long_ago = datetime.now(UTC) - timedelta(days=200)
    old = []
    for day in range(12):
        when = long_ago - timedelta(days=day)
        old.append(folder / f"demo-{when:%Y%m%d-%H%M%S}-close.sqlite")
        shutil.copy(first.path, old[-1])  # no connection is open on a backup
    demo.backup()
    left = [b.path for b in demo.backups()]
    assert len(left) == 10
    assert old[-3:] == [p for p in old if p not in left]  # the oldest went


def test_a_backup_made_while_another_process_writes_is_consistent(demo_path):
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            f"sys.path.insert(0, {str(ROOT)!r})\n"
            "from archive import Archive, TagRecords\n"
            f"with Archive.open({str(demo_path)!r}) as a:\n"
            "    for i in range(60):\n"
            "        a.execute(TagRecords(f'并发/{i}', article_ids=[1 + i % 300]))\n",
        ]
    )
    made = []
    with Archive.open(demo_path) as archive:
        while writer.poll() is None:
            made.append(archive.backup(to=demo_path.parent / f"b{len(made)}.sqlite"))
    assert writer.returncode == 0
    for backup in made:
        with sqlite3.connect(backup.path) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        copy.close()
        with Archive.open(backup.path) as copy:
            assert copy.check() == []


def test_a_restored_backup_is_seen_by_another_process(demo_path):
    with Archive.open(demo_path) as archive:
        made = archive.backup()
        archive.execute(TagRecords("后来", article_ids=[1]))
    from archive import restore_backup

    restore_backup(demo_path, made.path)
    shown = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "show",
            "1",
            "--json",
            "--archive",
            str(demo_path),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "后来" not in shown
    with Archive.open(demo_path) as archive:
        assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert archive.check() == []


def test_a_bulk_edit_is_preceded_by_a_backup_unless_one_is_recent(demo, monkeypatch):
    monkeypatch.setattr("archive.core.BULK_EDIT", 100)
    ids = demo.article_ids()
    demo.execute(TagRecords("核对样本", article_ids=ids[:5]))  # a small edit: none
    assert demo.backups() == []
    demo.execute(TagRecords("批量", article_ids=ids[:150]))
    (made,) = demo.backups()
    assert made.reason == "before-bulk-edit"
    with Archive.open(made.path) as copy:  # the state before the bulk edit
        assert copy.article_ids(Filters(tag="批量")) == array("q")
        assert len(copy.article_ids(Filters(tag="核对样本"))) == 5
    demo.execute(UntagRecords("批量", article_ids=ids[:150]))
    assert len(demo.backups()) == 1  # the newest is under half an hour old


def test_an_edit_that_always_backs_up_does_so_however_recent_the_last(demo):
    demo.backup()

    class Sweeping(TagRecords):
        backs_up = True

    demo.execute(Sweeping("全部", article_ids=demo.article_ids()[:2]))
    reasons = sorted(b.reason for b in demo.backups())
    assert reasons == ["before-bulk-edit", "manual"]
