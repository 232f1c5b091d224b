"""Subcommands that look after the file: new, demo, check, backup, backups,
restore, recover, reindex."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from .. import demo
from ..core import Archive
from ..maintenance import recover, restore_backup
from ..store.backups import Backup
from .common import (
    Handlers,
    Subparsers,
    archive_path,
    fail,
    open_archive,
    percent,
    positive,
    print_json,
)


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    p = sub.add_parser("demo", parents=[common], help="write a demo archive")
    p.add_argument("path", type=Path)
    p.add_argument("--articles", type=positive, default=500)
    p.add_argument("--seed", type=int, default=1)

    p = sub.add_parser("new", parents=[common], help="create an empty archive")
    p.add_argument("path", type=Path)

    p = sub.add_parser("check", parents=[common], help="check the archive's integrity")
    p.add_argument(
        "--deep",
        action="store_true",
        help="also FTS5's own check of the index (holds the write lock meanwhile)",
    )

    p = sub.add_parser("backup", parents=[common], help="back the archive up now")
    p.add_argument("--to", type=Path, help="write the copy here instead")
    sub.add_parser("backups", parents=[common], help="list the automatic backups")
    p = sub.add_parser("restore", parents=[common], help="restore a backup")
    p.add_argument("backup", type=Path, help="a backup file (see: backups)")
    p = sub.add_parser(
        "recover", parents=[common], help="salvage a damaged archive into a new file"
    )
    p.add_argument("to", type=Path, metavar="NEW", help="the new archive to write")
    p = sub.add_parser("reindex", parents=[common], help="rebuild the full-text index")
    p.add_argument(
        "--fold-traditional",
        choices=("on", "off"),
        help="search traditional and simplified characters alike (or not)",
    )
    return {
        "demo": _demo,
        "new": _new,
        "check": _check,
        "backup": _backup,
        "backups": _backups,
        "restore": _restore,
        "recover": _recover,
        "reindex": _reindex,
    }


def _demo(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done:,}/{total:,} articles", end="", file=sys.stderr)

    with demo.write_demo(
        args.path, articles=args.articles, seed=args.seed, progress=progress
    ) as archive:
        count = archive.count()
    if args.json:
        print_json({"path": str(args.path), "articles": count, "seed": args.seed})
    else:
        print(f"wrote {count:,} demo articles to {args.path}")
    return 0


def _new(args: argparse.Namespace) -> int:
    if args.path.exists():
        return fail(f"{args.path} exists already; name a new file")
    with Archive.open(args.path, create=True) as archive:
        count = archive.count()
    if args.json:
        print_json({"path": str(args.path), "articles": count})
    else:
        print(f"created an empty archive at {args.path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        problems = archive.check(deep=args.deep)
        count = None if any(p.damage for p in problems) else archive.count()
    damaged = any(p.damage for p in problems)
    if args.json:
        print_json(
            {
                "ok": not problems,
                "damaged": damaged,
                "articles": count,
                "problems": [asdict(p) | {"damage": p.damage} for p in problems],
            }
        )
    elif problems:
        for problem in problems:
            word = "damaged" if problem.damage else "inconsistent"
            print(f"{word}: {problem.kind}: {problem.message}")
    else:
        print(f"ok: {count:,} articles, no problems found")
    if damaged:
        print(
            "clipfile: the archive file is damaged; it opens read-only from now on. "
            "Restore a backup (clipfile backups; clipfile restore BACKUP) or "
            "salvage it (clipfile recover NEW.sqlite)",
            file=sys.stderr,
        )
        return 1
    if problems:
        print(f"clipfile: {len(problems)} problems found", file=sys.stderr)
        return 1
    return 0


def _backup(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        made = archive.backup(to=args.to, progress=percent("backing up", args))
    if args.json:
        print_json(_backup_json(made))
    else:
        print(f"backed up to {made.path} ({made.size:,} bytes)")
    return 0


def _backups(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        found = archive.backups()
    listed = [_backup_json(b) | b.counts() for b in found]
    if args.json:
        print_json({"backups": listed})
        return 0
    if not listed:
        print("no backups yet (clipfile backup makes one)")
    for made in listed:
        print(
            f"{made['made_at']}  {made['reason']:15} {made['articles']:>9,} articles "
            f"{made['size']:>14,} bytes  {made['path']}"
        )
    return 0


def _backup_json(made: Backup) -> dict:
    return {
        "path": str(made.path),
        "made_at": made.made_at.isoformat(),
        "reason": made.reason,
        "size": made.size,
    }


def _restore(args: argparse.Namespace) -> int:
    aside = restore_backup(
        archive_path(args),
        args.backup,
        progress=percent("restoring", args),
    )
    if args.json:
        print_json({"restored": str(args.backup), "kept": str(aside.path)})
    else:
        print(f"restored {args.backup}; the file as it was is kept as {aside.path}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    report = recover(archive_path(args), args.to)
    if args.json:
        print_json(
            {
                "path": str(report.path),
                "method": report.method,
                "saved": report.saved,
                "skipped": report.skipped,
            }
        )
    else:
        saved = report.saved
        print(
            f"salvaged into {report.path} ({report.method}): "
            f"{saved.get('articles', 0):,} articles, "
            f"{saved.get('captions', 0):,} captions, {saved.get('notes', 0):,} notes, "
            f"{saved.get('tags', 0):,} tags, {saved.get('sources', 0):,} source files"
        )
        lost = sum(report.skipped.values())
        if lost:
            print(f"{lost:,} rows could not be read")
    return 0


def _reindex(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done:,}/{total:,} records", end="", file=sys.stderr)

    with open_archive(args) as archive:
        if args.fold_traditional is not None:
            archive.set_fold_traditional(args.fold_traditional == "on")
        count = archive.rebuild_index(progress)
    if args.json:
        print_json({"documents": count})
    else:
        print(f"indexed {count:,} records")
    return 0
