"""tag and tags as a user runs them."""

from __future__ import annotations

import json


def test_tagging_twice_says_already_and_paths_are_normalised(run):
    first = run("tag", "1", "/专题//科技 创新/")
    assert "added tag '专题/科技 创新'" in first.stdout
    again = run("tag", "1", "专题／科技　创新")  # full-width separator and space
    assert "already tagged '专题/科技 创新'" in again.stdout
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["tags"].count("专题/科技 创新") == 1


def test_a_500_character_name_fails_in_one_line(run):
    result = run("tag", "1", "长" * 500, check=False)
    assert result.returncode == 1
    assert "at most 100 characters" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_a_quote_tags_a_passage_shown_in_json(run):
    body = json.loads(run("show", "1", "--json").stdout)["body"]
    quote = body.split("\n\n")[0][2:12]
    tagged = run("tag", "1", "段落/要点", "--quote", quote)
    assert quote in tagged.stdout
    (passage,) = json.loads(run("show", "1", "--json").stdout)["passages"]
    assert passage["quote"] == quote
    assert passage["found"] is True
    assert body[passage["start"] : passage["end"]] == quote
    missing = run("tag", "1", "段落", "--quote", "文中没有的一句话", check=False)
    assert missing.returncode == 1
    assert "does not say" in missing.stderr


def test_tree_with_counts_rename_merge_and_undo(run):
    run("tag", "1", "测试/甲")
    run("tag", "2", "测试/乙")
    run("tag", "2", "测试/甲")
    tree = {t["path"]: t for t in json.loads(run("tags", "--json").stdout)["tags"]}
    assert (tree["测试"]["count"], tree["测试"]["total"]) == (0, 2)
    assert tree["测试/甲"]["count"] == 2
    merged = run("tags", "rename", "测试/乙", "测试/甲")
    assert "merged" in merged.stdout
    assert "backing up" in merged.stdout
    tree = {t["path"]: t for t in json.loads(run("tags", "--json").stdout)["tags"]}
    assert "测试/乙" not in tree
    assert tree["测试/甲"]["count"] == 2
    run("undo")
    tree = {t["path"]: t for t in json.loads(run("tags", "--json").stdout)["tags"]}
    assert tree["测试/乙"]["count"] == 1


def test_delete_lists_in_trash_and_restores(run):
    run("tag", "3", "废弃")
    run("tags", "delete", "废弃")
    assert "废弃" in run("tags", "trash").stdout
    run("tags", "restore", "废弃")
    tree = {t["path"]: t for t in json.loads(run("tags", "--json").stdout)["tags"]}
    assert tree["废弃"]["count"] == 1
    refused = run("tags", "move", "废弃", "--under", "废弃", check=False)
    assert refused.returncode == 1


def test_export_and_import_again_matches_by_uuid(run, tmp_path):
    run("tag", "1", "交换/甲")
    out = tmp_path / "tags.json"
    run("tags", "export", "--out", out)
    assert "交换/甲" in out.read_text("utf-8")
    result = json.loads(run("tags", "import", out, "--json").stdout)
    assert result["made"] == 0
    assert result["by_uuid"] >= 2
    broken = tmp_path / "broken.json"
    broken.write_text("{oops", "utf-8")
    refused = run("tags", "import", broken, check=False)
    assert refused.returncode == 1
    assert "not a tag export" in refused.stderr


def test_favourite_keys_are_set_listed_and_follow_a_rename(run):
    run("tag", "1", "常用/人才")
    run("tag", "2", "待核实")
    assert "key 1 tags '常用/人才'" in run("tags", "favourite", "常用/人才", "1").stdout
    run("tags", "favourite", "待核实", "2")
    run("tags", "favourite", "待核实", "1")  # key 1 moves to 待核实
    listed = json.loads(run("tags", "favourites", "--json").stdout)
    assert listed == {"favourites": [{"key": 1, "path": "待核实"}]}
    run("tags", "rename", "待核实", "待核/实")
    assert run("tags", "favourites").stdout.strip() == "1  待核/实"
    for bad in ("0", "10", "x"):
        result = run("tags", "favourite", "待核/实", bad, check=False)
        assert result.returncode == 1
        assert "1 to 9" in result.stderr
    missing = run("tags", "favourite", "没有这个", "3", check=False)
    assert missing.returncode == 1
    assert "no tag" in missing.stderr
    run("tags", "favourite", "待核/实", "none")
    assert "no favourite tags" in run("tags", "favourites").stdout
