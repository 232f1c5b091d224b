"""archive/compare imports only what its package docstring allows: never Qt or SQLite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "archive" / "compare"
ALLOWED_ARCHIVE = {
    "archive.models",
    "archive.errors",
    "archive.text",
    "archive.gazetteer",
}
FORBIDDEN = {"sqlite3", "sqlite_utils", "PySide6"}


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports made absolute."""
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.add(node.module or "")
            elif node.level == 1:
                found.add(
                    f"archive.compare.{node.module}"
                    if node.module
                    else "archive.compare"
                )
            else:
                found.add(f"archive.{node.module}" if node.module else "archive")
    return found


def test_compare_imports_only_what_it_may():
    for path in PACKAGE.glob("*.py"):
        for module in imported_modules(path):
            top = module.split(".")[0]
            assert top not in FORBIDDEN, (path.name, module)
            if top == "archive" and not module.startswith("archive.compare"):
                assert module in ALLOWED_ARCHIVE, (path.name, module)


def test_compare_runs_with_qt_and_sqlite_unavailable():
    # archive/__init__.py imports the whole archive, SQLite included: stand in
    # an empty package for it, so only what archive.compare needs is loaded.
    code = (
        "import sys, types\n"
        "for name in ('PySide6', 'sqlite3', 'sqlite_utils'): sys.modules[name] = None\n"
        "package = types.ModuleType('archive'); package.__path__ = ['archive']\n"
        "sys.modules['archive'] = package\n"
        "from archive.compare import extract_figures\n"
        "print(len(extract_figures('全市院士工作站达到12个。')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1"]
