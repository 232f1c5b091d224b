"""A damaged archive: found, never written to again, recovered."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Archive, ArchiveDamaged, TagRecords

ROOT = Path(__file__).resolve().parents[3]


def clipfile(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_text_of(path: Path, body: str) -> None:
    """Overwrite some stored bytes of ``body`` (where they stand once in the
    file) with bytes no UTF-8 text holds, as a failing disk or a stray program
    would; no connection is open meanwhile."""
    data = bytearray(path.read_bytes())
    for start in range(len(body) - 20):
        piece = body[start : start + 20].encode("utf-8")
        if data.count(piece) == 1:
            at = data.find(piece)
            assert at > 4096
            data[at + 6 : at + 18] = b"\xff\xfe" * 6
            path.write_bytes(bytes(data))
            return
    raise AssertionError("no stretch of the body stands once in the file")


def damage_pages(path: Path, seed: int = 1) -> None:
    """200 random bytes past the first page, as the issue's reproduction."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    at = rng.randrange(4096, len(data) - 200)
    data[at : at + 200] = bytes(rng.randrange(256) for _ in range(200))
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(demo_path):
    """The demo with one article's body damaged; its title and a word of it."""
    with Archive.open(demo_path) as archive:
        article = archive.article(archive.article_ids()[5])
        archive.backup(reason="manual")
    damage_text_of(demo_path, article.body)
    return demo_path, article


def test_damage_found_by_a_search_is_one_line_and_stops_every_write(damaged, tmp_path):
    path, article = damaged
    found = clipfile("search", article.title, "--limit", "300", "--archive", path)
    assert found.returncode == 1
    assert len(found.stderr.strip().splitlines()) == 1, found.stderr
    assert "damaged" in found.stderr
    before = digest(path)
    tagged = clipfile("tag", str(article.id), "待核实", "--archive", path)
    assert tagged.returncode == 1
    assert "damaged" in tagged.stderr
    page = tmp_path / "page.txt"
    page.write_text("## 标题\n\n本报讯 一段正文。\n", "utf-8")
    imported = clipfile("import", page, "--archive", path)
    assert imported.returncode == 1
    assert "damaged" in imported.stderr
    assert digest(path) == before
    with Archive.open(path) as archive:
        assert archive.readonly
        assert archive.damage is not None
        with pytest.raises(ArchiveDamaged):
            archive.execute(TagRecords("人才", article_ids=[1]))


def test_check_tells_damage_from_inconsistency(damaged):
    path, _ = damaged
    checked = clipfile("check", "--archive", path, "--json")
    assert checked.returncode == 1
    report = json.loads(checked.stdout)
    assert report["damaged"]
    assert report["problems"][0]["kind"] == "text"
    assert "Traceback" not in checked.stderr
    text = clipfile("check", "--archive", path)
    assert text.stdout.startswith("damaged: text: article_bodies row")


def test_check_finds_a_damaged_page(demo_path):
    damage_pages(demo_path, seed=1)
    checked = clipfile("check", "--archive", demo_path)
    assert checked.returncode == 1
    assert "damaged" in checked.stdout
    assert "Traceback" not in checked.stderr
    assert Path(f"{demo_path}.damaged").exists()


def test_a_sound_check_takes_the_mark_away(demo_path):
    Path(f"{demo_path}.damaged").write_text('{"what": "x", "found_at": ""}')
    assert clipfile("tag", "1", "人才", "--archive", demo_path).returncode == 1
    assert clipfile("check", "--archive", demo_path).returncode == 0
    assert not Path(f"{demo_path}.damaged").exists()
    assert clipfile("tag", "1", "人才", "--archive", demo_path).returncode == 0


def test_salvage_saves_what_is_readable_into_a_new_archive(damaged, tmp_path):
    path, article = damaged
    clipfile("check", "--archive", path)
    target = tmp_path / "saved.sqlite"
    salvaged = clipfile("recover", target, "--archive", path, "--json")
    assert salvaged.returncode == 0, salvaged.stderr
    report = json.loads(salvaged.stdout)
    assert report["saved"]["articles"] == 300
    assert clipfile("check", "--archive", target).returncode == 0
    with Archive.open(target) as saved:
        mended = saved.article(article.id)
        assert mended.title == article.title
        assert "\ufffd" in mended.body
        assert saved.count() == 300


def test_salvage_without_the_sqlite3_shell_reads_row_by_row(
    damaged, tmp_path, monkeypatch
):
    from archive.maintenance import recover
    from archive.store import recovery

    monkeypatch.setattr(recovery.shutil, "which", lambda _: None)
    path, article = damaged
    report = recover(path, tmp_path / "saved.sqlite")
    assert report.method == "row by row"
    assert report.saved["articles"] == 300
    with Archive.open(tmp_path / "saved.sqlite") as saved:
        assert saved.check() == []
        assert saved.article(article.id).title == article.title


def test_restoring_a_backup_mends_the_archive_and_keeps_the_damaged_file(damaged):
    path, article = damaged
    clipfile("check", "--archive", path)
    listed = json.loads(clipfile("backups", "--archive", path, "--json").stdout)
    (made,) = listed["backups"]
    assert made["articles"] == 300
    restored = clipfile("restore", made["path"], "--archive", path)
    assert restored.returncode == 0, restored.stderr
    assert not Path(f"{path}.damaged").exists()
    assert clipfile("check", "--archive", path).returncode == 0
    with Archive.open(path) as archive:
        assert archive.article(article.id).body == article.body
        kinds = [b.reason for b in archive.backups()]
    assert "before-restore" in kinds
