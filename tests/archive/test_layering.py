"""archive/ stays a plain Python library; gui/ holds no SQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_archive_imports_with_pyside6_unavailable():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import archive, archive.cli, archive.demo\n"
        "a = archive.Archive.memory(); print(a.count())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"


def test_gui_has_no_sql():
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    offenders = [
        p.name for p in (ROOT / "gui").glob("*.py") if sql.search(p.read_text())
    ]
    assert offenders == []
