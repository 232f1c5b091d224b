"""figures and compare --indicator from the command line (headless.md)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from archive import Archive
from tests.bench import figures_quality
from tests.commandline import clipfile as run_clipfile

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sampled(tmp_path, shared_samples):
    """An archive of the shared sample pages, and a way to run the CLI on it."""
    path = tmp_path / "samples.sqlite"
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}

    def clipfile(*args: str, code: int = 0) -> subprocess.CompletedProcess:
        result = run_clipfile(*args, "--archive", path, env=env)
        assert result.returncode == code, result.stderr
        return result

    Archive.open(path, create=True).close()
    clipfile("import", str(shared_samples / "pages"))
    return clipfile


def test_the_two_cities_report_their_high_tech_companies(sampled):
    out = sampled("compare", "焦作", "开封", "--indicator", "高新技术企业").stdout
    assert "焦作: 306家" in out
    assert "开封: 301家" in out
    document = json.loads(
        sampled("compare", "焦作", "开封", "--indicator", "高企", "--json").stdout
    )
    cells = document["indicators"]["高新技术企业"]
    assert {place: cell["value"] for place, cell in cells.items()} == {
        "焦作": 306,
        "开封": 301,
    }
    assert "306家" in cells["焦作"]["sentence"]


def test_every_labelled_figure_is_listed_with_its_sentence(sampled):
    listed = json.loads(sampled("figures", "--json").stdout)["figures"]
    for page in figures_quality.pages():
        for entry in figures_quality.expected_of(page):
            assert [
                f
                for f in listed
                if f["indicator"] == entry["indicator"]
                and f["value"] == entry["value"]
                and f["unit"] == entry["unit"]
                and entry["sentence_starts"] in f["sentence"]
            ], entry


def test_curation_from_the_command_line_is_undone_as_one_edit(sampled):
    def kaifeng():
        return json.loads(
            sampled(
                "figures", "--place", "开封", "--indicator", "高新技术企业", "--json"
            ).stdout
        )["figures"]

    (figure,) = [f for f in kaifeng() if f["value"] == 301]
    sampled("figures", "set", str(figure["id"]), "302")
    (figure,) = [f for f in kaifeng() if f["id"] == figure["id"]]
    assert (figure["value"], figure["status"]) == (302, "corrected")
    sampled("figures", "reject", str(figure["id"]))
    document = json.loads(
        sampled(
            "compare", "焦作", "开封", "--indicator", "高新技术企业", "--json"
        ).stdout
    )
    assert "开封" not in document["indicators"]["高新技术企业"]
    sampled("undo")
    (figure,) = [f for f in kaifeng() if f["id"] == figure["id"]]
    assert figure["status"] == "corrected"
    read = sampled("figures", "read").stdout  # read again: the word on it holds
    assert read.endswith("figures read\n")
    (figure,) = [f for f in kaifeng() if f["value"] == 302]
    assert figure["status"] == "corrected"
    bad = sampled("figures", "set", str(figure["id"]), "abc", code=1)
    assert "not a number: 'abc'" in bad.stderr
    assert "306家" in bad.stderr  # how to type it
    assert len(bad.stderr.strip().splitlines()) == 1
    assert sampled("figures", "confirm", "999999", code=1).stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("typed", "value"),
    [("３０６家", 306), ("303家", 303), ("三百", 300), ("十二家", 12), ("1,286", 1286)],
)
def test_a_correction_is_read_as_the_paper_would_print_it(sampled, typed, value):
    """An editor types the value as the sentence should read: full-width digits,
    the figure's unit, Chinese numerals."""
    (figure,) = [
        f
        for f in json.loads(sampled("figures", "--place", "开封", "--json").stdout)[
            "figures"
        ]
        if f["value"] == 301 and f["indicator"] == "高新技术企业"
    ]
    sampled("figures", "set", str(figure["id"]), typed)
    document = json.loads(
        sampled("compare", "开封", "--indicator", "高新技术企业", "--json").stdout
    )
    cell = document["indicators"]["高新技术企业"]["开封"]
    assert (cell["value"], cell["unit"], cell["status"]) == (value, "家", "corrected")


def test_a_correction_in_another_unit_family_is_refused(sampled):
    (figure,) = [
        f
        for f in json.loads(sampled("figures", "--place", "开封", "--json").stdout)[
            "figures"
        ]
        if f["value"] == 301 and f["indicator"] == "高新技术企业"
    ]
    for typed in ("301亿元", "30%"):
        bad = sampled("figures", "set", str(figure["id"]), typed, code=1)
        assert "高新技术企业 is counted in 家" in bad.stderr
        assert "Traceback" not in bad.stderr
    bad = sampled("figures", "set", str(figure["id"]), "302家", "--unit", "个", code=1)
    assert "302家 is in 家, not in 个" in bad.stderr
    assert "Correct figure" not in sampled("history").stdout


def test_figures_export_with_their_citations(sampled, tmp_path):
    for format in ("csv", "md", "html"):
        out = tmp_path / f"figures.{format}"
        sampled("figures", "--place", "焦作", "--export", str(out))
        text = out.read_text("utf-8")
        assert "高新技术企业" in text
        assert "国家高新技术企业总量达306家" in text


def test_the_indicator_dictionary_is_exported_edited_and_imported(sampled, tmp_path):
    listed = json.loads(sampled("figures", "indicators", "--json").stdout)
    names = [i["name"] for i in listed["indicators"]]
    assert "高新技术企业" in names
    out = tmp_path / "indicators.json"
    sampled("figures", "indicators", "export", str(out))
    document = json.loads(out.read_text("utf-8"))
    document["indicators"] = [
        i for i in document["indicators"] if i["name"] != "高新技术企业"
    ]
    out.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    sampled("figures", "indicators", "import", str(out))
    found = json.loads(sampled("figures", "--json").stdout)["figures"]
    assert found
    assert all(f["indicator"] != "高新技术企业" for f in found)
    sampled("undo")
    found = json.loads(sampled("figures", "--json").stdout)["figures"]
    assert any(f["indicator"] == "高新技术企业" for f in found)  # read again
    out.write_text('{"indicators": [{"name": "x"}]}', "utf-8")
    failed = sampled("figures", "indicators", "import", str(out), code=1)
    assert "indicators.json" in failed.stderr
    assert "Traceback" not in failed.stderr


def test_a_renamed_indicator_keeps_its_figures_decisions(sampled, tmp_path):
    def kaifeng(indicator):
        return json.loads(
            sampled(
                "figures", "--place", "开封", "--indicator", indicator, "--json"
            ).stdout
        )["figures"]

    (figure,) = [f for f in kaifeng("高新技术企业") if f["value"] == 301]
    sampled("figures", "set", str(figure["id"]), "302")
    out = sampled("figures", "indicators", "rename", "高新技术企业", "高企总数").stdout
    assert "高企总数" in out
    (figure,) = [f for f in kaifeng("高企总数") if f["phrase"].endswith("301家")]
    assert (figure["indicator"], figure["value"], figure["status"]) == (
        "高企总数",
        302,
        "corrected",
    )
    # a name edited in an exported dictionary file is a rename too
    path = tmp_path / "indicators.json"
    sampled("figures", "indicators", "export", str(path))
    document = json.loads(path.read_text("utf-8"))
    for entry in document["indicators"]:
        if entry["name"] == "高企总数":
            entry["name"] = "高新技术企业数"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    sampled("figures", "indicators", "import", str(path))
    (figure,) = [f for f in kaifeng("高新技术企业数") if f["phrase"].endswith("301家")]
    assert (figure["value"], figure["status"]) == (302, "corrected")
    document = json.loads(
        sampled("compare", "焦作", "开封", "--indicator", "高企", "--json").stdout
    )
    assert document["indicators"]["高新技术企业数"]["开封"]["value"] == 302
