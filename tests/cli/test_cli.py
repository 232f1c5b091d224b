"""main.py's headless subcommands, run as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.commandline import clipfile as run_clipfile

ROOT = Path(__file__).resolve().parents[2]


def clipfile(*args: str, home: Path | None = None) -> subprocess.CompletedProcess:
    env = {}
    if home is not None:
        env = {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        }
    return run_clipfile(*args, env=env)


def test_demo_then_check(tmp_path):
    path = tmp_path / "d.sqlite"
    result = clipfile("demo", str(path), "--articles", "60", "--seed", "2", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"path": str(path), "articles": 60, "seed": 2}
    check = clipfile("check", "--archive", str(path))
    assert check.returncode == 0
    assert "60 articles" in check.stdout


def test_search_json_has_the_documented_shape(demo_path):
    result = clipfile(
        "search", "院士工作站", "--archive", str(demo_path), "--json", "--limit", "3"
    )
    assert result.returncode == 0, result.stderr
    assert "\\u" not in result.stdout  # Chinese as it is
    document = json.loads(result.stdout)
    assert document["query"] == "院士工作站"
    assert document["total"] >= len(document["hits"]) > 0
    hit = document["hits"][0]
    assert {"id", "kind", "title", "date", "city", "publication", "snippet"} <= set(hit)
    assert hit["kind"] == "article"
    assert isinstance(hit["id"], int)
    assert "院士工作站" in hit["snippet"]


def test_search_finds_captions_as_captions(demo_path):
    with sqlite3.connect(demo_path) as conn:
        text = conn.execute("SELECT text FROM captions LIMIT 1").fetchone()[0]
    conn.close()
    result = clipfile(
        "search", text[6:16], "--archive", str(demo_path), "--json", "--limit", "500"
    )
    hits = json.loads(result.stdout)["hits"]
    captions = [h for h in hits if h["kind"] == "caption"]
    assert captions
    assert all(isinstance(h["article_id"], int) for h in captions)


def test_show_json_has_the_documented_shape(demo_path):
    with sqlite3.connect(demo_path) as conn:
        article_id = conn.execute(
            "SELECT article_id FROM captions GROUP BY article_id HAVING count(*) > 1 "
            "LIMIT 1"
        ).fetchone()[0]
    conn.close()
    result = clipfile("show", str(article_id), "--archive", str(demo_path), "--json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    for key in (
        "id",
        "title",
        "kicker",
        "subtitle",
        "summary",
        "body",
        "date",
        "city",
        "county",
        "publication",
        "section",
        "reporters",
        "correspondents",
        "dateline",
        "captions",
        "tags",
        "notes",
        "source",
    ):
        assert key in article
    assert article["id"] == article_id
    assert "\n\n" in article["body"]
    caption = article["captions"][0]
    assert caption["label"] == "图①"
    assert caption["photographers"] or caption["credit"]
    single = clipfile(
        "show", str(caption["id"]), "--caption", "--archive", str(demo_path), "--json"
    )
    assert json.loads(single.stdout)["article_id"] == article_id


def test_show_text_reads_like_the_page(demo_path):
    result = clipfile("show", "1", "--archive", str(demo_path))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert (
        "日报" in lines[0] or "晚报" in lines[0] or "网" in lines[0] or "局" in lines[0]
    )
    assert any(line.startswith("记者 ") for line in lines)


def test_tag_and_note_then_show(demo_path):
    assert (
        clipfile("tag", "1", "专题/测试", "--archive", str(demo_path)).returncode == 0
    )
    note = clipfile(
        "note", "1", "--text", "# 核实\n已核实。", "--archive", str(demo_path)
    )
    assert note.returncode == 0, note.stderr
    shown = json.loads(
        clipfile("show", "1", "--archive", str(demo_path), "--json").stdout
    )
    assert "专题/测试" in shown["tags"]
    assert shown["notes"][-1]["body"] == "# 核实\n已核实。"
    removed = clipfile("tag", "1", "专题/测试", "--remove", "--archive", str(demo_path))
    assert removed.returncode == 0


def test_missing_archive_fails_with_one_line(tmp_path):
    path = tmp_path / "none.sqlite"
    result = clipfile("search", "焦作", "--archive", str(path))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert str(path) in result.stderr
    assert not path.exists()


def test_broken_archive_fails_check_without_traceback(tmp_path):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    result = clipfile("check", "--archive", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "not a Clipfile archive" in result.stderr


def test_check_reports_problems_with_exit_1(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE articles SET date = '22/06/2022' WHERE id = 3")
    conn.close()
    result = clipfile("check", "--archive", str(demo_path))
    assert result.returncode == 1
    assert "article 3" in result.stdout


def test_unknown_record_fails_cleanly(demo_path):
    result = clipfile("show", "999999", "--archive", str(demo_path))
    assert result.returncode == 1
    assert "no article 999999" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["search"], ["show", "abc"], ["demo", "x", "--articles", "0"], ["frobnicate"]],
)
def test_usage_errors_exit_2(args):
    assert clipfile(*args).returncode == 2


def test_default_archive_is_the_users(tmp_path):
    result = clipfile("check", home=tmp_path)
    assert result.returncode == 1  # no archive yet: said, not created
    assert "no archive" in result.stderr
    assert not any((tmp_path / "data").rglob("*.sqlite"))


def test_import_json_has_the_documented_shape(tmp_path, shared_samples):
    archive = tmp_path / "a.sqlite"
    assert clipfile("demo", str(archive), "--articles", "5").returncode == 0
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = clipfile(
        "import",
        str(shared_samples / "pages"),
        str(bad.parent),
        "--json",
        "--archive",
        str(archive),
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["files"] == 5
    assert document["articles_added"] == 9  # the GB18030 copy is the same text
    assert document["duplicates"] == 1
    assert document["errors"] == [
        {"path": str(bad), "message": "not text: a PNG image"}
    ]
    source = next(s for s in document["sources"] if s["path"].endswith("gb18030.txt"))
    assert source["encoding"] == "gb18030"
    assert len(source["articles"]) == 4
    assert len(source["captions"]) == 7
    assert source["leftovers"] == 0
    again = clipfile("import", str(shared_samples / "pages"), "--archive", str(archive))
    assert "0 articles and 0 captions imported, 4 duplicates" in again.stdout


def test_import_of_a_missing_path_fails(tmp_path):
    archive = tmp_path / "a.sqlite"
    clipfile("demo", str(archive), "--articles", "5")
    result = clipfile("import", str(tmp_path / "nope"), "--archive", str(archive))
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr


def test_an_import_where_every_file_fails_says_so_and_fails(tmp_path):
    """A script must learn that nothing was imported: exit 1 and one line on
    stderr naming a file and why; one good file among bad ones is success."""
    archive = tmp_path / "a.sqlite"
    clipfile("new", str(archive))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 40)
    result = clipfile("import", str(empty), str(noise), "--archive", str(archive))
    assert result.returncode == 1
    assert "2 failed" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "nothing imported" in lines[0]
    assert "Traceback" not in result.stderr
    good = tmp_path / "page.txt"
    good.write_text(
        "# 城区新增三处停车场\n\n本报讯 城区三处公共停车场昨日启用。\n", "utf-8"
    )
    mixed = clipfile("import", str(empty), str(good), "--archive", str(archive))
    assert mixed.returncode == 0, mixed.stderr
    assert "1 failed" in mixed.stdout


def test_a_killed_import_loses_nothing_committed(tmp_path):
    import signal
    import time

    archive = tmp_path / "a.sqlite"
    clipfile("demo", str(archive), "--articles", "5")
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(3000):
        (folder / f"{n:04d}.txt").write_text(
            f"# 第{n}号通知发布\n\n本报讯(记者林晓)第{n}号通知今天发布，请各单位按要求办理。\n\n"
            f"通知共有{n}条细则，涉及城建、交通和教育。\n",
            "utf-8",
        )
    process = subprocess.Popen(
        [sys.executable, "main.py", "import", str(folder), "--archive", str(archive)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.stdout.readline().startswith("[40/"):
            break
    # killed 0.6 s on (a batch or two committed: one every 0.25 s, one under
    # way) or at the 2,500th file, whichever comes first: on a quiet machine
    # the 3,000 files take about a second
    killed_at = time.monotonic() + 0.6
    while time.monotonic() < killed_at:
        line = process.stdout.readline()
        if line.startswith("[") and int(line[1:].partition("/")[0]) >= 2500:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    check = clipfile("check", "--archive", str(archive))
    assert check.returncode == 0, check.stdout
    with sqlite3.connect(archive) as conn:
        sources = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        articles = conn.execute(
            "SELECT count(*) FROM articles WHERE source_id IS NOT NULL"
        ).fetchone()[0]
    conn.close()
    assert 0 < sources < 3000
    assert articles == sources  # every committed file whole, none half-written
    again = json.loads(
        clipfile("import", str(folder), "--archive", str(archive), "--json").stdout
    )
    assert again["duplicates"] == sources
    assert again["articles_added"] == 3000 - sources


def test_new_makes_an_empty_archive_to_import_into(tmp_path):
    path = tmp_path / "folder" / "new.sqlite"
    result = clipfile("new", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"path": str(path), "articles": 0}
    page = tmp_path / "page.txt"
    page.write_text(
        "# 城区新增三处停车场\n\n本报讯 城区三处公共停车场昨日启用。\n", "utf-8"
    )
    imported = clipfile("import", str(page), "--archive", str(path), "--json")
    assert json.loads(imported.stdout)["articles_added"] == 1
    again = clipfile("new", str(path))
    assert again.returncode == 1
    assert "exists already" in again.stderr
    assert "Traceback" not in again.stderr
    check = clipfile("check", "--archive", str(path))
    assert " 1 article" in check.stdout
