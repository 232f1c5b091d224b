"""The CLI run as a user runs it: main.py in a process of its own, on a copy
of the demo archive, with the editor's name in the preferences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(demo_path, tmp_path):
    config = tmp_path / "config"
    (config / "Clipfile").mkdir(parents=True)
    (config / "Clipfile" / "preferences.json").write_text(
        json.dumps({"editor": "王编辑"}, ensure_ascii=False), "utf-8"
    )
    env = os.environ | {"XDG_CONFIG_HOME": str(config)}

    def clipfile(*args, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                *map(str, args),
                "--archive",
                str(demo_path),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    return clipfile
