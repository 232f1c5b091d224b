"""pypinyin's dictionaries read in slices give what pypinyin reads itself."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive.tags.pinyin_load import read_sliced

ROOT = Path(__file__).resolve().parents[3]


def _dictionary(name: str) -> Path:
    spec = importlib.util.find_spec("pypinyin")
    assert spec is not None
    assert spec.origin is not None
    return Path(spec.origin).parent / name


def test_the_slices_read_the_same_entries_as_one_json_load():
    for name in ("pinyin_dict.json", "phrases_dict.json"):
        path = _dictionary(name)
        whole = json.loads(path.read_text(encoding="utf-8"))
        assert read_sliced(path, size=997) == whole, name


def test_a_file_laid_out_otherwise_is_refused_for_the_plain_import(tmp_path):
    odd = tmp_path / "odd.json"
    odd.write_text('{"人才": [["rén"], ["cái"]], "科技": [["kē"], ["jì"]]}')
    with pytest.raises(ValueError, match="no entries"):
        read_sliced(odd)


def test_a_fresh_process_completes_by_pinyin_with_the_dictionaries_sliced():
    code = (
        "import sys\n"
        "from archive.tags import pinyin_load\n"
        "from archive.tags.completion import TagIndex, pinyin_of\n"
        "assert 'pypinyin' not in sys.modules\n"
        "index = TagIndex(['人才', '重庆/银行'])\n"
        "assert pinyin_load.load() is False  # loaded, in slices\n"
        "assert type(sys.modules['pypinyin.phrases_dict']).__name__ == 'module'\n"
        "assert not hasattr(sys.modules['pypinyin.phrases_dict'], '__file__')\n"
        "print(pinyin_of('银行'), index.complete('rc'), index.complete('yinh'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["('yh',", "'yinhang')", "['人才']", "['重庆/银行']"]


def test_the_dictionaries_are_kept_out_of_the_collectors_passes():
    """Their 200,000 lists walked by every full collection stalled the
    window 60-125 ms each time (issue 17): once loaded they are frozen."""
    code = (
        "import gc\n"
        "from archive.tags import pinyin_load\n"
        "from archive.tags.completion import pinyin_of\n"
        "assert pinyin_load.load() is True\n"
        "tracked = len(gc.get_objects())\n"
        "gc.collect()\n"
        "print(tracked, gc.get_freeze_count(), pinyin_of('人才'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    tracked, frozen, *pinyin = done.stdout.split()
    assert int(frozen) > 200_000  # the phrases' lists among them
    assert int(tracked) < 20_000  # what a full pass walks
    assert " ".join(pinyin) == "('rc', 'rencai')"
