"""Both languages ship complete, and the .ts files match the sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source")): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_string_is_translated_and_compiled(language):
    ts = FOLDER / f"clipfile_{language}.ts"
    found = messages(ts)
    assert found
    unfinished = [
        source
        for (_, source), m in found.items()
        if m.find("translation").get("type") in ("unfinished", "obsolete")
    ]
    assert unfinished == []
    qm = ts.with_suffix(".qm")
    assert qm.exists()
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_chinese_translations_are_chinese():
    for (_, source), message in messages(FOLDER / "clipfile_zh_CN.ts").items():
        translation = message.find("translation")
        text = "".join(translation.itertext())
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), source


def test_ts_files_list_every_string_in_the_sources(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    copy = tmp_path / "check.ts"
    shutil.copy(FOLDER / "clipfile_zh_CN.ts", copy)
    result = subprocess.run(
        [
            lupdate,
            "-no-obsolete",
            *map(str, sorted((ROOT / "gui").rglob("*.py"))),
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 new" in result.stdout + result.stderr, (
        "strings changed: run .ci/translations and translate the new ones"
    )
    assert set(messages(copy)) == set(messages(FOLDER / "clipfile_zh_CN.ts"))
