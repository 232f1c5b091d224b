"""The CLI run as a user runs it (main.py's subcommands, see tests/commandline.py)
on a copy of the demo archive, with the editor's name in the preferences."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.commandline import clipfile


@pytest.fixture
def run(demo_path, tmp_path):
    config = tmp_path / "config"
    (config / "Clipfile").mkdir(parents=True)
    (config / "Clipfile" / "preferences.json").write_text(
        json.dumps({"editor": "王编辑"}, ensure_ascii=False), "utf-8"
    )

    def run_clipfile(*args, check: bool = True) -> subprocess.CompletedProcess:
        result = clipfile(
            *args, "--archive", demo_path, env={"XDG_CONFIG_HOME": str(config)}
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    return run_clipfile
