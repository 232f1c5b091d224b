"""Subcommands over notes: note."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..notes.commands import AddNote, NoteTarget
from .common import Handlers, Subparsers, open_archive, print_json


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    p = sub.add_parser("note", parents=[common], help="add a Markdown note")
    p.add_argument("id", type=int)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text")
    group.add_argument("--file", type=Path)
    p.add_argument("--caption", action="store_true")
    return {"note": _note}


def _note(args: argparse.Namespace) -> int:
    body = args.text if args.text is not None else args.file.read_text("utf-8")
    target = (
        NoteTarget(caption_id=args.id)
        if args.caption
        else NoteTarget(article_id=args.id)
    )
    with open_archive(args) as archive:
        command = AddNote(target, body)
        archive.execute(command)
    if args.json:
        print_json({"id": command.note_id})
    else:
        print(f"added note {command.note_id}")
    return 0
