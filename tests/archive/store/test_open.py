"""Opening archive files: what is ours opens, everything else is refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from archive import (
    UPGRADE_BACKUP,
    UPGRADE_STEPS,
    Archive,
    ArchiveMissing,
    CaptionFilter,
    EmptyFile,
    Filters,
    NewerArchive,
    NotAnArchive,
    ReadOnlyArchive,
    TagRecords,
)
from archive.store import backups, schema


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_makes_a_sound_archive_in_wal_mode(tmp_path):
    path = tmp_path / "new.sqlite"
    with Archive.open(path, create=True) as archive:
        assert archive.count() == 0
        assert archive.check() == []
        assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert archive.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        version = archive.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == schema.SCHEMA_VERSION


def test_missing_path_is_not_created(tmp_path):
    path = tmp_path / "nowhere" / "archive.sqlite"
    with pytest.raises(ArchiveMissing):
        Archive.open(path)
    assert not path.exists()
    assert not path.parent.exists()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyFile),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, NotAnArchive),
        ("本报讯 这是一份文本文件。\n".encode(), NotAnArchive),
    ],
    ids=["empty", "image", "text"],
)
def test_foreign_files_are_refused_and_left_untouched(tmp_path, content, error):
    path = tmp_path / "thing.sqlite"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error) as raised:
        Archive.open(path)
    assert raised.value.path == path
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.sqlite"]


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    before = digest(path)
    with pytest.raises(NotAnArchive):
        Archive.open(path)
    assert digest(path) == before


def test_archive_from_a_newer_clipfile_is_refused_untouched(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    conn.close()
    before = digest(demo_path)
    with pytest.raises(NewerArchive) as raised:
        Archive.open(demo_path)
    assert raised.value.version == schema.SCHEMA_VERSION + 5
    assert "newer" in str(raised.value)
    assert digest(demo_path) == before


def test_read_only_file_opens_for_reading_but_refuses_edits(demo_path):
    with Archive.open(demo_path) as archive:  # leave no WAL behind
        first = archive.article_ids()[0]
    os.chmod(demo_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        before = digest(demo_path)
        with Archive.open(demo_path) as archive:
            assert archive.readonly
            assert archive.article(first).title
            with pytest.raises(ReadOnlyArchive):
                archive.execute(TagRecords("人才", article_ids=[first]))
        assert digest(demo_path) == before
    finally:
        os.chmod(demo_path, stat.S_IRUSR | stat.S_IWUSR)


def test_migration_backs_the_file_up_first(demo_path, monkeypatch):
    migrations = Migrations("clipfile")
    for step in schema.STEPS:
        migrations()(step)

    @migrations()
    def m_next_example(db):
        db.execute("ALTER TABLE articles ADD COLUMN mood TEXT")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", migrations)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    before = digest(demo_path)
    with Archive.open(demo_path) as archive:
        columns = {c.name for c in archive.db["articles"].columns}
        assert "mood" in columns
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == current + 1
    backups = list(
        demo_path.parent.glob(f"backups/demo-*-before-upgrade-v{current}.sqlite")
    )
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:  # the copy is the file as it was
        assert old.execute("PRAGMA user_version").fetchone()[0] == current
        assert old.execute("SELECT count(*) FROM articles").fetchone()[0] == 300
    old.close()
    assert digest(demo_path) != before


def test_a_version_1_archive_is_upgraded_in_place(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "old.sqlite"
    db = Database(path)
    old = Migrations("clipfile")
    old()(schema.m001_initial)
    old.apply(db)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO articles (uuid, title, created_at, updated_at) "
        "VALUES ('u', '旧标题', 'x', 'x')"
    )
    db.conn.commit()
    db.close()
    with Archive.open(path) as archive:
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == (
            schema.SCHEMA_VERSION
        )
        assert "import_notes" in {c.name for c in archive.db["articles"].columns}
        title = archive.db.execute("SELECT title FROM articles").fetchone()[0]
    assert title == "旧标题"
    assert len(list(tmp_path.glob("backups/old-*-before-upgrade-v1.sqlite"))) == 1


def test_a_version_5_archive_gets_its_headline_index_by_a_rebuild(version_5_path):
    """Step 6 adds the headline index: an archive indexed before it is marked
    out of step (the window rebuilds it, with progress) and searches meanwhile."""
    with Archive.open(version_5_path) as archive:
        assert archive.index_stale
        first = archive.article(archive.article_ids()[0])
        by_rank = Filters(text=first.title, order="rank")
        assert first.id in archive.article_ids(by_rank)  # by scan meanwhile
        archive.rebuild_index()
        assert archive.check() == []
        assert archive.article_ids(by_rank, limit=1)[0] == first.id


def test_the_copy_before_an_upgrade_reports_its_progress(version_5_path, monkeypatch):
    monkeypatch.setattr(backups, "PAGES_A_STEP", 50)
    monkeypatch.setattr(schema, "_KIND_STEP", 10)  # the kinds' step: a few reports
    reports, phases = [], []
    with Archive.open(
        version_5_path,
        backing_up=lambda done, total: reports.append((len(phases), done, total)),
        phase_started=phases.append,
    ):
        pass
    assert phases == [UPGRADE_BACKUP, UPGRADE_STEPS]  # the copy, then the steps
    copying = [done for phase, done, _ in reports if phase == 1]
    upgrading = [done for phase, done, _ in reports if phase == 2]
    assert len(copying) > 2
    assert len(upgrading) > 2
    # one bar across both: it never runs back, each phase has its share of it
    total = reports[-1][2]
    assert {t for _, _, t in reports} == {total}
    assert reports[-1][1] == total
    dones = [done for _, done, _ in reports]
    assert dones == sorted(dones)
    assert 0 < max(copying) < total
    assert max(copying) <= min(upgrading) < total
    (copy,) = version_5_path.parent.glob("backups/demo-*-before-upgrade-v5.sqlite")
    with sqlite3.connect(copy) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 5
    old.close()
    reports.clear()
    with Archive.open(version_5_path, backing_up=lambda *r: reports.append(r)):
        pass
    assert reports == []  # nothing to copy once upgraded


def empty_sqlite_database(path: Path) -> Path:
    """What any program's SQLite file is after its last table went and VACUUM."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE scratch (x)")
        conn.execute("DROP TABLE scratch")
    conn.execute("VACUUM")
    conn.close()
    return path


@pytest.mark.parametrize("writable", [True, False], ids=["writable", "read-only"])
def test_an_empty_sqlite_database_is_not_taken_over(tmp_path, writable):
    path = empty_sqlite_database(tmp_path / "empty.db")
    assert path.stat().st_size == 4096
    if not writable:
        os.chmod(path, stat.S_IRUSR)
    before = digest(path)
    try:
        with pytest.raises(NotAnArchive, match="not a Clipfile archive"):
            Archive.open(path)
        with pytest.raises(NotAnArchive):
            Archive.open(path, create=True)
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_a_new_archive_is_marked_as_clipfiles(tmp_path):
    with Archive.open(tmp_path / "new.sqlite", create=True) as archive:
        mark = archive.db.execute("PRAGMA application_id").fetchone()[0]
    assert mark == schema.APPLICATION_ID


def test_an_archive_from_before_the_mark_is_still_ours(version_5_path):
    with Archive.open(version_5_path) as archive:
        mark = archive.db.execute("PRAGMA application_id").fetchone()[0]
        assert archive.count() == 300
    assert mark == schema.APPLICATION_ID


def test_a_read_only_archive_gets_no_files_beside_it(demo_path):
    with Archive.open(demo_path) as archive:  # leave no WAL behind
        first = archive.article_ids()[0]
    os.chmod(demo_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        before = sorted(p.name for p in demo_path.parent.iterdir())
        with Archive.open(demo_path) as archive:
            assert archive.readonly
            assert archive.article(first).title
            assert archive.count(Filters(text="科技")) > 0
            during = sorted(p.name for p in demo_path.parent.iterdir())
        assert during == before
        assert sorted(p.name for p in demo_path.parent.iterdir()) == before
    finally:
        os.chmod(demo_path, stat.S_IRUSR | stat.S_IWUSR)


def test_a_version_13_archive_gets_its_captions_kinds_with_progress(
    demo_path, monkeypatch
):
    """Step 14 stores each caption's kind, filled from its text as the file is
    upgraded, a range of captions at a time, each reported."""
    with sqlite3.connect(demo_path) as db:
        expected = dict(db.execute("SELECT id, kind FROM captions").fetchall())
        db.execute("DROP INDEX credits_by_person_role")  # step 15
        db.execute("CREATE INDEX credits_by_person ON credits(person_id)")
        db.execute("ALTER TABLE captions DROP COLUMN kind")
        db.execute("DELETE FROM _sqlite_migrations WHERE name >= 'm014'")
        db.execute("PRAGMA user_version = 13")
    db.close()
    assert set(expected.values()) == {"news", "file", "supplied"}
    monkeypatch.setattr(schema, "_KIND_STEP", 50)
    reports = []
    with Archive.open(demo_path, backing_up=lambda *r: reports.append(r)) as archive:
        got = dict(archive.db.execute("SELECT id, kind FROM captions").fetchall())
        assert got == expected
        assert archive.count_captions(CaptionFilter(kind="file")) == sum(
            kind == "file" for kind in expected.values()
        )
    steps = [done for done, _total in reports]
    assert len(steps) > 2
    assert steps == sorted(steps)
    assert steps[-1] == reports[-1][1]  # the upgrade's end: the bar full
