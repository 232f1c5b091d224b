"""Starting the app as a user does: first run, --screenshot, a wrong --archive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def launch(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def ink(image: QImage, left: float, right: float) -> int:
    """How many dark pixels lie between the given fractions of the width."""
    dark = 0
    for x in range(int(image.width() * left), int(image.width() * right), 3):
        for y in range(60, image.height() - 40, 3):
            dark += image.pixelColor(x, y).lightness() < 110
    return dark


def test_first_run_creates_the_users_archive_from_the_demo(tmp_path):
    shot = tmp_path / "shot.png"
    result = launch(
        "--screenshot",
        str(shot),
        "--size",
        "1200x800",
        "--lang",
        "zh_CN",
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    archives = list((tmp_path / "data").rglob("archive.sqlite"))
    assert len(archives) == 1
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 800)
    assert ink(image, 0.0, 0.17) > 200  # facets
    assert ink(image, 0.2, 0.6) > 500  # the list
    assert ink(image, 0.65, 1.0) > 500  # the reader


def test_screenshot_of_a_search_and_an_article(tmp_path, demo_path):
    for view in ("search:院士工作站", "article:5"):
        shot = tmp_path / "s.png"
        result = launch(
            "--archive",
            str(demo_path),
            "--screenshot",
            str(shot),
            "--view",
            view,
            home=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        assert QImage(str(shot)).width() == 1400


def test_screenshot_of_the_indicator_dictionary(tmp_path, demo_path):
    shot = tmp_path / "d.png"
    result = launch(
        "--archive",
        str(demo_path),
        "--screenshot",
        str(shot),
        "--view",
        "indicators:高企",
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 900
    assert image.height() >= 500


@pytest.mark.parametrize(
    ("view", "said"),
    [("weather", "weather"), ("article:999999", "999999"), ("note:999999", "999999")],
)
def test_an_unknown_view_or_record_fails_in_one_line(tmp_path, demo_path, view, said):
    result = launch(
        "--archive",
        str(demo_path),
        "--screenshot",
        str(tmp_path / "x.png"),
        "--view",
        view,
        home=tmp_path,
    )
    assert result.returncode == 1
    lines = [
        line for line in result.stderr.splitlines() if "propagateSizeHints" not in line
    ]
    assert len(lines) == 1
    assert said in lines[0]


def test_missing_archive_on_the_command_line_is_not_created(tmp_path):
    missing = tmp_path / "gone.sqlite"
    result = launch(
        "--archive",
        str(missing),
        "--screenshot",
        str(tmp_path / "x.png"),
        home=tmp_path,
    )
    assert result.returncode == 1
    assert "no archive" in result.stderr
    assert not missing.exists()
    assert not list(tmp_path.rglob("*.sqlite"))
