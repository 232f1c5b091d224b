"""The headless interface of ``main.py`` (../shared/docs/headless.md). No Qt here.

Each subcommand prints text, or one JSON document with ``--json``; exits 0 on
success, 1 when the work failed (one line on stderr), 2 on a usage error.
Subcommands live by concern, each module registering its own.

May import: archive.core, archive.maintenance, archive.demo and below.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from ..errors import ArchiveError
from ..store import damage
from . import (
    compare,
    figures,
    history,
    maintenance,
    notes,
    pictures,
    records,
    tagging,
)
from .common import Handlers, archive_path, fail

_MODULES = (records, tagging, notes, compare, figures, history, maintenance, pictures)
_HANDLERS: Handlers = {}


def set_pdf_writer(writer: Callable[[str, Path], None]) -> None:
    """How ``export --format pdf`` writes a PDF from the dossier's HTML (Qt's
    printing, handed in by main.py: archive/ never imports Qt)."""
    notes.pdf_writer = writer


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    """Add the headless subcommands to ``main.py``'s parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--archive",
        type=Path,
        default=argparse.SUPPRESS,
        help="archive file (default: the user's archive)",
    )
    common.add_argument("--json", action="store_true", help="print one JSON document")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _MODULES:
        _HANDLERS.update(module.register(sub, common))


def run(args: argparse.Namespace) -> int:
    """Run the subcommand ``args.command``; returns the exit code.

    Whatever goes wrong is one line on stderr and exit 1, never a traceback:
    an SQLite error that says the file is damaged marks it so (every process
    then opens it read-only), and a bug says it is one.
    """
    try:
        return _HANDLERS[args.command](args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except sqlite3.Error as error:
        if damage.is_corruption(error):
            return fail(damage.mark(archive_path(args), str(error)))
        return fail(f"the archive could not do this: {error}")
    except (ArchiveError, OSError, ValueError) as error:
        return fail(error)
    except Exception as error:  # a bug: say so in one line
        if os.environ.get("CLIPFILE_DEBUG"):
            raise
        return fail(
            f"internal error ({type(error).__name__}: {error}); please report it"
        )
