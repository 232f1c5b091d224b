"""What every subcommand shares: opening the archive, printing JSON, failing
in one line."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..core import Archive
from ..store.paths import default_archive_path

Handler = Callable[[argparse.Namespace], int]
Handlers = dict[str, Handler]
Subparsers = argparse._SubParsersAction


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def fail(error: object) -> int:
    print(f"clipfile: {error}", file=sys.stderr)
    return 1


def archive_path(args: argparse.Namespace) -> Path:
    return getattr(args, "archive", None) or default_archive_path()


def open_archive(args: argparse.Namespace) -> Archive:
    steps = {"backup": "backup copy first", "upgrade": "the archive itself"}
    phase = ["backup"]  # the copy, then the rest: one percentage across both

    def backing_up(done: int, total: int) -> None:
        if not getattr(args, "json", False) and sys.stderr.isatty():
            print(
                f"\rupgrading: {steps[phase[0]]}, {done * 100 // max(total, 1)}%",
                end="\n" if done == total else "",
                file=sys.stderr,
            )

    def started(name: str) -> None:
        phase[0] = name if name in steps else phase[0]

    return Archive.open(
        archive_path(args), backing_up=backing_up, phase_started=started
    )


def print_json(document: object) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def percent(doing: str, args: argparse.Namespace) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        if not getattr(args, "json", False) and sys.stderr.isatty():
            print(
                f"\r{doing}: {done * 100 // max(total, 1)}%",
                end="\n" if done == total else "",
                file=sys.stderr,
            )

    return progress


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: a wide (CJK) character two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` terminal columns."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill
