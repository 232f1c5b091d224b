"""Subcommands over tags: tag."""

from __future__ import annotations

import argparse

from ..tags.commands import TagRecords, UntagRecords
from .common import Handlers, Subparsers, open_archive


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    p = sub.add_parser("tag", parents=[common], help="tag an article or caption")
    p.add_argument("id", type=int)
    p.add_argument("tag")
    p.add_argument("--caption", action="store_true")
    p.add_argument("--remove", action="store_true")
    return {"tag": _tag}


def _tag(args: argparse.Namespace) -> int:
    kind = "caption_ids" if args.caption else "article_ids"
    command_type = UntagRecords if args.remove else TagRecords
    with open_archive(args) as archive:
        (archive.caption if args.caption else archive.article)(args.id)
        archive.execute(command_type(args.tag, **{kind: [args.id]}))
    verb = "removed" if args.remove else "added"
    print(f"{verb} tag {args.tag!r}")
    return 0
