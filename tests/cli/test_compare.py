"""compare and compare-sets from the command line (../shared/docs/headless.md)."""

from __future__ import annotations

import json


def test_columns_count_what_search_finds_for_each_place(run):
    document = json.loads(
        run("compare", "焦作", "开封市", "拉萨", "--query", "科技", "--json").stdout
    )
    assert document["cities"] == ["焦作", "开封", "拉萨"]
    # the figures table: each indicator's latest level, for the places with one
    indicators = document["indicators"]
    assert "高新技术企业" in indicators
    for indicator, cells in indicators.items():
        assert "拉萨" not in cells
        for place, cell in cells.items():
            listed = json.loads(
                run(
                    "figures", "--place", place, "--indicator", indicator, "--json"
                ).stdout
            )["figures"]
            (cited,) = [f for f in listed if f["id"] == cell["figure_id"]]
            assert cited["sentence"] == cell["sentence"]
            assert cited["kind"] in ("total", "change")
            years = [  # the levels: totals, and changes from one level to another
                f["year"]
                for f in listed
                if f["kind"] == "total" or f["earlier"] is not None
            ]
            assert cell["year"] == max(y for y in years if y)
    for key, field in (("焦作", "city:焦作"), ("开封", "city:开封")):
        column = document["columns"][key]
        searched = json.loads(run("search", f"(科技) {field}", "--json").stdout)
        assert column["total"] == searched["total"] > 0
        assert [(r["kind"], r["id"]) for r in column["records"]] == [
            (h["kind"], h["id"]) for h in searched["hits"][: len(column["records"])]
        ]
        assert {r["city"] for r in column["records"]} == {key}
    empty = document["columns"]["拉萨"]
    assert empty["total"] == 0
    assert "拉萨" in empty["empty"]


def test_text_output_names_each_column_and_its_records(run):
    out = run("compare", "焦作", "开封", "--query", "科技", "--limit", "2").stdout
    lines = out.splitlines()
    heads = [line for line in lines if not line.startswith(" ")]
    assert [h.split(":")[0] for h in heads] == ["焦作", "开封"]
    assert len(lines) == 6


def test_bad_places_say_what_was_meant_in_one_line(run):
    for args, words in (
        (["焦做", "开封"], "焦作"),
        (["焦作", "焦作市"], "already"),
        (["郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡"], "at most 6"),
        (["海淀县", "开封"], "海淀区"),  # a typo: the district of 北京 it was
    ):
        result = run("compare", *args, check=False)
        assert result.returncode == 1
        assert words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_sets_keep_a_comparison(run):
    run("compare", "焦作", "开封", "--query", "人才", "--save", "人才两地")
    listed = json.loads(run("compare-sets", "--json").stdout)
    assert listed["sets"][0] | {"updated": None, "by": None} == {
        "name": "人才两地",
        "places": ["焦作", "开封"],
        "query": "人才",
        "mentions": False,
        "updated": None,
        "by": None,
    }
    again = json.loads(run("compare", "--set", "人才两地", "--json").stdout)
    assert again["cities"] == ["焦作", "开封"]
    assert again["query"] == "人才"
    run("compare-sets", "rename", "人才两地", "两地人才")
    run("compare-sets", "delete", "两地人才")
    assert json.loads(run("compare-sets", "--json").stdout) == {"sets": []}
    missing = run("compare", "--set", "没有这个", check=False)
    assert missing.returncode == 1
    assert "没有这个" in missing.stderr


def test_matrix_counts_what_search_finds_for_each_tag_and_place(run):
    document = json.loads(run("matrix", "焦作", "开封", "--json").stdout)
    assert document["places"] == ["焦作", "开封"]
    assert document["rows"]
    for row in document["rows"][:3]:
        for place, count in row["counts"].items():
            searched = json.loads(
                run("search", f'tag:"{row["tag"]}" city:{place}', "--json").stdout
            )
            assert count == searched["total"]
    lines = run("matrix", "焦作", "开封", "--csv").stdout.splitlines()
    assert lines[0] == "标签,焦作,开封,合计"
    assert lines[-2].startswith("合计,")


def test_matrix_refuses_a_tag_that_is_not_there(run):
    result = run("matrix", "焦作", "开封", "--tags", "没有这个标签", check=False)
    assert result.returncode == 1
    assert "没有这个标签" in result.stderr
    assert "Traceback" not in result.stderr
