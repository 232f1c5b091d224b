"""Captions, people, pictures and standards from the command line."""

from __future__ import annotations

import csv
import json

from PIL import Image


def test_kind_caption_lists_captions_as_the_captions_command(run):
    search = json.loads(
        run("search", "kind:caption", "--limit", "500", "--json").stdout
    )
    listed = json.loads(
        run("captions", "kind:caption", "--limit", "500", "--json").stdout
    )
    assert search["total"] == listed["total"] > 0
    assert {h["kind"] for h in search["hits"]} == {"caption"}
    assert [h["id"] for h in search["hits"]] == [c["id"] for c in listed["captions"]]
    words = json.loads(run("search", "kind:caption", "资料图", "--json").stdout)
    quoted = json.loads(run("search", "kind:caption 资料图", "--json").stdout)
    assert words["total"] == quoted["total"] > 0  # the demo's file photos
    county = listed["facets"]["county"][0]
    narrowed = json.loads(run("captions", "--county", county["value"], "--json").stdout)
    assert narrowed["total"] == county["count"]


def test_a_person_merged_and_undone(run):
    people = json.loads(run("people", "--json").stdout)["people"]
    first, second = people[0]["name"], people[1]["name"]
    spaced = " ".join(first)
    page = json.loads(run("person", spaced, "--json").stdout)
    assert page["name"] == first
    assert page["articles"] == people[0]["articles"]
    run("people", "merge", second, "--into", first)
    merged = json.loads(run("person", second, "--json").stdout)
    assert merged["name"] == first
    assert second in merged["spellings"]
    run("undo")
    assert json.loads(run("person", second, "--json").stdout)["name"] == second
    missing = run("person", "无此人名", check=False)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "clipfile: nobody called 无此人名"


def test_pictures_attached_exported_and_embedded(run, tmp_path):
    caption = json.loads(run("captions", "--limit", "1", "--json").stdout)["captions"][
        0
    ]
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (40, 30), "teal").save(photo)
    run("picture", "attach", caption["id"], photo)
    shown = json.loads(run("picture", "show", caption["id"], "--json").stdout)
    assert shown["exists"]
    out = tmp_path / "iptc.csv"
    run("captions", "--pictured", "--export", "csv", "--out", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [int(r["caption_id"]) for r in rows] == [caption["id"]]
    assert rows[0]["Description"] == caption["text"]
    run("pictures", "embed", caption["id"], "--out", tmp_path / "tagged")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"nothing here")
    refused = run("picture", "attach", caption["id"], bad, check=False)
    assert refused.returncode == 1
    assert "bad.jpg" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_bad_sidecar_is_refused_line_by_line(run, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("RGB", (10, 10)).save(folder / "a.jpg")
    (folder / "pictures.csv").write_text(
        "file,caption_id\na.jpg,1\nmissing.jpg,2\na.jpg,99999999\n", "utf-8"
    )
    result = run("pictures", "import", folder, "--json", check=False)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [p["line"] for p in report["problems"]] == [3, 4]
    assert report["attached"] == []
    shown = json.loads(run("picture", "show", "1", "--json").stdout)
    assert shown["file"] is None


def test_an_article_as_nitf(run, tmp_path):
    out = tmp_path / "a.xml"
    run("nitf", "3", "--out", out)
    text = out.read_text("utf-8")
    assert "<hl1>" in text
    assert "<body.content>" in text


def test_a_damaged_picture_is_said_to_be_unshowable(run, tmp_path):
    caption = json.loads(run("captions", "--limit", "1", "--json").stdout)
    caption_id = caption["captions"][0]["id"]
    whole = tmp_path / "whole.jpg"
    Image.new("RGB", (900, 700), "navy").save(whole)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:1200])
    run("picture", "attach", caption_id, cut)
    shown = json.loads(run("picture", "show", caption_id, "--json").stdout)
    assert shown["exists"]
    assert shown["shown"] is False
    assert "damaged" in shown["cannot_show"]
    run("picture", "attach", caption_id, whole)
    shown = json.loads(run("picture", "show", caption_id, "--json").stdout)
    assert shown["shown"] is True
    assert shown["cannot_show"] is None


def test_an_export_takes_as_many_captions_as_asked(run, tmp_path):
    out = tmp_path / "some.json"
    run("captions", "--export", "json", "--out", out, "--limit", "3")
    assert len(json.loads(out.read_text("utf-8"))["captions"]) == 3
    everything = tmp_path / "all.json"
    run("captions", "--export", "json", "--out", everything)
    total = json.loads(run("captions", "--json").stdout)["total"]
    assert len(json.loads(everything.read_text("utf-8"))["captions"]) == total > 50


def test_a_person_page_in_words_names_the_places_covered(run):
    first = json.loads(run("people", "--json").stdout)["people"][0]["name"]
    page = json.loads(run("person", first, "--json").stdout)
    text = run("person", first).stdout
    assert "by year:" in text
    place, count = page["places"][0]["place"], page["places"][0]["records"]
    assert f"places covered: {place} ({count})" in text


def test_a_caption_tagged_is_found_by_its_tag(run):
    """Tagging a caption and asking for kind:caption tag:X lists it (the
    tag was looked for on the caption's article alone), in the search and
    the captions list alike; a tag on the article still finds its captions."""
    captions = json.loads(run("captions", "--limit", "40", "--json").stdout)
    chosen = captions["captions"][-1]
    run("tag", str(chosen["id"]), "图片专题", "--caption")
    found = json.loads(run("search", "kind:caption tag:图片专题", "--json").stdout)
    assert [h["id"] for h in found["hits"]] == [chosen["id"]]
    listed = json.loads(run("captions", "tag:图片专题", "--json").stdout)
    assert [c["id"] for c in listed["captions"]] == [chosen["id"]]
    article = chosen["article_id"]
    run("tag", str(article), "版面专题")
    shown = json.loads(run("show", str(article), "--json").stdout)
    by_article = json.loads(run("search", "kind:caption tag:版面专题", "--json").stdout)
    assert {h["id"] for h in by_article["hits"]} == {c["id"] for c in shown["captions"]}
