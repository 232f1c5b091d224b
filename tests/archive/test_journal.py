"""The edit history kept in the archive: undo and redo from any process,
after a restart, never over someone else's change."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive import (
    Archive,
    NothingToUndo,
    RecordNotFound,
    TagRecords,
    TrashArticles,
    UpdateArticle,
)
from archive.journal import UndoConflict

ROOT = Path(__file__).resolve().parents[2]


def clipfile(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_undo_survives_a_restart(demo_path):
    with Archive.open(demo_path, editor="王编辑") as archive:
        first = archive.article_ids()[0]
        title = archive.article(first).title
        archive.execute(UpdateArticle(first, title="改过的标题"))
    with Archive.open(demo_path, editor="王编辑") as archive:
        assert archive.undo_label == "Edit article"
        archive.undo()
        assert archive.article(first).title == title
        assert archive.redo_label == "Edit article"
    with Archive.open(demo_path) as archive:
        archive.redo()
        assert archive.article(first).title == "改过的标题"


def test_an_edit_made_here_is_undone_from_another_process(demo_path):
    with Archive.open(demo_path, editor="王编辑") as archive:
        ids = list(archive.article_ids()[:3])
        archive.execute(TagRecords("待核实", article_ids=ids))
        undone = clipfile("undo", "--archive", demo_path)
        assert undone.returncode == 0, undone.stderr
        assert "Tag" in undone.stdout
        assert all("待核实" not in archive.article(i).tags for i in ids)
        assert archive.redo_label == "Tag"
        assert clipfile("redo", "--archive", demo_path).returncode == 0
        assert all("待核实" in archive.article(i).tags for i in ids)
        _, changes = archive.changes_since(0)
        assert set(ids) <= changes.tagged  # how the window learns of it
        assert archive.check() == []


def test_undo_never_overwrites_what_an_import_changed_since(fresh_archive, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("## 原来的标题\n\n本报讯 第一段正文。\n", "utf-8")
    fresh_archive.import_files([page])
    (article,) = fresh_archive.article_ids()
    fresh_archive.execute(UpdateArticle(article, title="编辑改的标题"))
    page.write_text("## 编辑改的标题\n\n本报讯 更正后的正文。\n", "utf-8")
    fresh_archive.import_files([page])  # a corrected page: the same article
    assert fresh_archive.article(article).body == "本报讯 更正后的正文。"
    with pytest.raises(UndoConflict, match="changed since"):
        fresh_archive.undo()
    assert fresh_archive.article(article).body == "本报讯 更正后的正文。"
    assert fresh_archive.article(article).title == "编辑改的标题"
    assert fresh_archive.check() == []


def test_a_new_edit_ends_what_could_be_redone(demo):
    first, second = demo.article_ids()[:2]
    demo.execute(TagRecords("人才", article_ids=[first]))
    demo.undo()
    demo.execute(TagRecords("科技", article_ids=[second]))
    assert demo.redo_label is None
    with pytest.raises(NothingToUndo):
        demo.redo()
    demo.undo()
    assert "科技" not in demo.article(second).tags
    assert "人才" not in demo.article(first).tags  # the first stays undone


def test_a_bulk_edit_is_one_step(demo):
    ids = list(demo.article_ids())
    tagged = {i for i in ids if "待核实" in demo.article(i).tags}
    assert 0 < len(tagged) < 300
    demo.execute(TagRecords("待核实", article_ids=ids))
    demo.execute(TrashArticles(ids[:100], reason="重复"))
    assert demo.count() == 200
    demo.undo()
    assert demo.count() == 300
    demo.undo()
    assert {i for i in ids if "待核实" in demo.article(i).tags} == tagged
    assert demo.check() == []


def test_a_failed_edit_leaves_nothing_behind(demo):
    before = demo.last_edit()
    with pytest.raises(RecordNotFound):
        demo.execute(UpdateArticle(999_999, title="不存在"))
    assert demo.last_edit() == before
    assert demo.db.execute("SELECT count(*) FROM edit_rows").fetchone()[0] == 0


def test_undone_search_text_is_found_again(demo):
    first = demo.article_ids()[0]
    demo.execute(UpdateArticle(first, body="鲲鹏展翅九万里。"))
    demo.undo()
    from archive import Filters

    assert first not in demo.article_ids(Filters(text="鲲鹏展翅"))
    demo.redo()
    assert first in demo.article_ids(Filters(text="鲲鹏展翅"))
    assert demo.check() == []


def test_the_history_lists_who_changed_what(demo_path):
    with Archive.open(demo_path, editor="王编辑") as archive:
        ids = list(archive.article_ids()[:12])
        archive.execute(TagRecords("人才", article_ids=ids))
        archive.set_editor("李编辑")
        archive.execute(TrashArticles(ids[:2], reason="重复"))
        archive.undo()
    listed = json.loads(clipfile("history", "--json", "--archive", demo_path).stdout)
    edits = listed["edits"]
    assert [(e["action"], e["who"], e["records"], e["undone"]) for e in edits[:2]] == [
        ("Move to trash", "李编辑", 2, True),
        ("Tag", "王编辑", 12, False),
    ]
    mine = json.loads(
        clipfile("history", "--who", "王编辑", "--json", "--archive", demo_path).stdout
    )
    assert {e["who"] for e in mine["edits"]} == {"王编辑"}
