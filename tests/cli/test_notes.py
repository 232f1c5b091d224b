"""Notes from the command line, as ../shared/docs/headless.md says."""

from __future__ import annotations

import json

import pytest


def test_notes_on_anything_signed_with_the_preferences_name(run):
    article = json.loads(run("note", "3", "--text", "核实**数字**", "--json").stdout)
    city = json.loads(
        run("note", "焦作", "--on", "city", "--text", "焦作口径", "--json").stdout
    )
    run("note", "--on", "journal", "--text", "值班记录")
    listed = json.loads(run("notes", "--json").stdout)
    mine = {n["id"]: n for n in listed["notes"]}
    assert mine[article["id"]]["target"] == {"kind": "article", "id": 3}
    assert mine[city["id"]]["target"] == {"kind": "city", "name": "焦作"}
    assert {mine[article["id"]]["author"], mine[city["id"]]["author"]} == {"王编辑"}
    found = json.loads(run("notes", "焦作口径", "--json").stdout)
    assert [n["id"] for n in found["notes"]] == [city["id"]]
    shown = json.loads(run("show", "3", "--json").stdout)
    assert [n["body"] for n in shown["notes"]][-1] == "核实**数字**"
    assert "核实**数字**" in run("show", "3").stdout


def test_edit_delete_restore_and_history(run):
    note = json.loads(run("note", "3", "--text", "初稿", "--json").stdout)["id"]
    run("notes", "edit", note, "--text", "改稿")
    history = json.loads(run("notes", "history", note, "--json").stdout)
    assert history["note"] == note
    assert history["versions"][-1]["body"] == "改稿"
    run("notes", "delete", note)
    assert json.loads(run("notes", "改稿", "--json").stdout)["total"] == 0
    trash = json.loads(run("notes", "改稿", "--trash", "--json").stdout)
    assert trash["total"] == 1
    run("notes", "restore", note)
    assert json.loads(run("notes", "改稿", "--json").stdout)["total"] == 1


def test_bad_notes_are_refused_in_one_line(run, tmp_path):
    latin = tmp_path / "note.md"
    latin.write_bytes("核实".encode("gb18030"))
    for args in (
        ("note", "3", "--file", latin),
        ("note", "3", "--text", "   "),
        ("note", "999999", "--text", "x"),
        ("note", "没有", "--on", "search", "--text", "x"),
        ("notes", "edit", "abc", "--text", "x"),
    ):
        result = run(*args, check=False)
        assert result.returncode == 1, args
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "UTF-8" in run("note", "3", "--file", latin, check=False).stderr


@pytest.mark.parametrize("form", ["md", "html", "pdf"])
def test_a_dossier_with_citations(run, tmp_path, form):
    run("note", "3", "--text", "见 [[article:4]]，数字待核")
    out = tmp_path / f"dossier.{form}"
    run("export", "3", "4", "--format", form, "--out", out)
    data = out.read_bytes()
    if form == "pdf":
        assert data.startswith(b"%PDF")
        assert b"/FontFile" in data  # the Chinese font is embedded
        return
    text = data.decode("utf-8")
    assert "数字待核" in text
    assert "第" in text
    assert "版" in text
    if form == "md":
        assert "《" in text
        assert "[[article:4]]" not in text
