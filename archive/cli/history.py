"""Subcommands over the archive's edit history: undo, redo, history."""

from __future__ import annotations

import argparse

from .common import Handlers, Subparsers, open_archive, positive, print_json


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    sub.add_parser("undo", parents=[common], help="undo the archive's last edit")
    sub.add_parser("redo", parents=[common], help="redo the edit undone last")
    p = sub.add_parser("history", parents=[common], help="the archive's edits")
    p.add_argument("--limit", type=positive, default=50)
    p.add_argument("--who", help="only this editor's edits")
    return {"undo": _undo, "redo": _redo, "history": _history}


def _undo(args: argparse.Namespace) -> int:
    return _replay(args, undo=True)


def _redo(args: argparse.Namespace) -> int:
    return _replay(args, undo=False)


def _replay(args: argparse.Namespace, *, undo: bool) -> int:
    with open_archive(args) as archive:
        label = archive.undo_label if undo else archive.redo_label
        changes = archive.undo() if undo else archive.redo()
    if args.json:
        print_json({"undone" if undo else "redone": label, "records": changes.records})
    else:
        print(f"{'undid' if undo else 'redid'} {label!r} ({changes.records} records)")
    return 0


def _history(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        entries = archive.history(limit=args.limit, who=args.who)
    if args.json:
        print_json(
            {
                "edits": [
                    {
                        "id": e.id,
                        "action": e.action,
                        "who": e.who,
                        "when": e.when,
                        "records": e.records,
                        "undone": e.undone,
                        "detail": e.detail,
                    }
                    for e in entries
                ]
            }
        )
        return 0
    for e in entries:
        undone = "  (undone)" if e.undone else ""
        print(
            f"{e.id:>7}  {e.when}  {e.who or '':12} {e.action}{undone}  "
            f"{e.records} records"
        )
    return 0
