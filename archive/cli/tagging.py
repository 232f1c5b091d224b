"""Subcommands over tags: tag, and tags (the tree with counts, and its edits)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..commands import Command
from ..core import Archive
from ..models import Filters
from ..tags.commands import TagRecords, UntagRecords
from ..tags.edits import (
    DescribeTag,
    MergeTags,
    MoveTag,
    RenameTag,
    ReplaceInTagNames,
    SetTagColor,
)
from ..tags.exchange import ImportTags, read_document
from ..tags.names import TagError
from ..tags.passages import TagPassage
from ..tags.trash import ClearUnusedTags, DeleteTag, RestoreTag
from .common import Handlers, Subparsers, open_archive, print_json


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    p = sub.add_parser("tag", parents=[common], help="tag an article or caption")
    p.add_argument("id", type=int)
    p.add_argument("tag", nargs="+")
    p.add_argument("--caption", action="store_true")
    p.add_argument(
        "--quote", help="tag the passage of the article's text that says this"
    )
    p.add_argument("--remove", action="store_true")
    p = sub.add_parser(
        "tags", parents=[common], help="the tag tree with counts, and its edits"
    )
    p.add_argument("--query", default="", help="count within this search's results")
    edits = p.add_subparsers(dest="tags_action", metavar="EDIT")
    e = edits.add_parser("rename", parents=[common], help="rename (onto one: merge)")
    e.add_argument("old")
    e.add_argument("new")
    e = edits.add_parser("merge", parents=[common], help="merge tags into one")
    e.add_argument("tags", nargs="+")
    e.add_argument("--into", required=True)
    e = edits.add_parser("move", parents=[common], help="move a tag under another")
    e.add_argument("tag")
    e.add_argument("--under", default="", help="the new parent (none: the top)")
    e = edits.add_parser("color", parents=[common], help="set a tag's colour")
    e.add_argument("tag")
    e.add_argument("color", help="#rrggbb, or none")
    e = edits.add_parser("describe", parents=[common], help="describe a tag")
    e.add_argument("tag")
    e.add_argument("description")
    e = edits.add_parser("delete", parents=[common], help="move a tag to the trash")
    e.add_argument("tag")
    e = edits.add_parser("restore", parents=[common], help="restore a deleted tag")
    e.add_argument("tag", help="its path, as the trash lists it")
    edits.add_parser("trash", parents=[common], help="list the deleted tags")
    edits.add_parser("clear-unused", parents=[common], help="drop unused tags")
    e = edits.add_parser("replace", parents=[common], help="find & replace in names")
    e.add_argument("find")
    e.add_argument("replace")
    e = edits.add_parser("export", parents=[common], help="the tree and taggings")
    e.add_argument("--format", choices=("json", "csv"), default="json")
    e.add_argument("--taggings", action="store_true", help="CSV: the taggings")
    e.add_argument("--query", default=None, help="the taggings of these articles")
    e.add_argument("--out", type=Path, help="the file (default: print it)")
    e = edits.add_parser("import", parents=[common], help="merge an exported tree")
    e.add_argument("file", type=Path)
    e = edits.add_parser(
        "favourite", parents=[common], help="put a tag on a number key (1-9)"
    )
    e.add_argument("tag")
    e.add_argument("key", help="1 to 9, or none")
    edits.add_parser("favourites", parents=[common], help="the tags on the number keys")
    return {"tag": _tag, "tags": _tags}


def _tag(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        (archive.caption if args.caption else archive.article)(args.id)
        for path in args.tag:
            print(_tag_one(archive, args, path))
    return 0


def _tag_one(archive: Archive, args: argparse.Namespace, path: str) -> str:
    articles, captions = ([], [args.id]) if args.caption else ([args.id], [])
    if args.quote is not None:
        if args.caption:
            raise ValueError("--quote tags a passage of an article, not a caption")
        passage = TagPassage(args.id, path, quote=args.quote)
        archive.execute(passage)
        return (
            f"tagged passage {passage.start}–{passage.end} "
            f"“{passage.quote}” with {passage.path!r}"
        )
    if args.remove:
        untag = UntagRecords(path, article_ids=articles, caption_ids=captions)
        archive.execute(untag)
        if not untag.removed:
            return f"{args.id} was not tagged {untag.path!r}"
        return f"removed tag {untag.path!r}"
    command = TagRecords(path, article_ids=articles, caption_ids=captions)
    archive.execute(command)
    if command.already:
        return f"already tagged {command.path!r}"
    return f"added tag {command.path!r}"


def _tags(args: argparse.Namespace) -> int:
    action = getattr(args, "tags_action", None)
    if action is None:
        return _tree(args)
    with open_archive(args) as archive:
        if action == "trash":
            return _trash(archive, args)
        if action == "export":
            return _export(archive, args)
        if action == "import":
            return _import(archive, args)
        if action in ("favourite", "favourites"):
            return _favourites(archive, args)
        command = _edit(archive, args, action)
        if command.backs_up and not args.json:  # Archive.execute makes it
            print("backing up the archive first")
        archive.execute(command)
        if args.json:
            print_json({"done": command.label, "detail": command.detail()})
        else:
            print(_said(command))
    return 0


def _exists(archive: Archive, path: str) -> bool:
    try:
        archive.tag_reach(path)
    except TagError:
        return False
    return True


def _edit(archive: Archive, args: argparse.Namespace, action: str) -> Command:
    if action == "restore":
        found = [t for t in archive.deleted_tags() if t.path == args.tag]
        if not found:
            raise ValueError(f"there is no deleted tag {args.tag!r}")
        return RestoreTag(found[0].id)
    edits = {
        "rename": lambda: RenameTag(
            args.old, args.new, merging=_exists(archive, args.new)
        ),
        "merge": lambda: MergeTags(args.tags, into=args.into),
        "move": lambda: MoveTag(args.tag, args.under or None),
        "color": lambda: SetTagColor(
            args.tag, None if args.color == "none" else args.color
        ),
        "describe": lambda: DescribeTag(args.tag, args.description),
        "delete": lambda: DeleteTag(args.tag),
        "clear-unused": ClearUnusedTags,
        "replace": lambda: ReplaceInTagNames(args.find, args.replace),
    }
    return edits[action]()


def _said(command: Command) -> str:
    if isinstance(command, RenameTag) and command.merged:
        return f"merged {command.old!r} into {command.new!r}"
    if isinstance(command, ClearUnusedTags):
        return f"cleared {len(command.cleared)} unused tags" + "".join(
            f"\n  {p}" for p in command.cleared
        )
    if isinstance(command, ReplaceInTagNames):
        return f"renamed {len(command.renamed)} tags" + "".join(
            f"\n  {old} → {new}" for old, new in command.renamed
        )
    return f"{command.label.lower()}: {command.detail()}"


def _tree(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        found = archive.tags(Filters(text=args.query))
    if args.json:
        print_json({"tags": [t.to_json() for t in found]})
        return 0
    for t in found:
        color = f"  {t.color}" if t.color else ""
        print(f"{'  ' * t.depth}{t.name}  {t.count}/{t.total}{color}")
    return 0


def _trash(archive: Archive, args: argparse.Namespace) -> int:
    found = archive.deleted_tags()
    if args.json:
        print_json({"tags": [t.to_json() for t in found]})
        return 0
    for t in found:
        print(f"{t.path}  ({t.count} taggings)")
    return 0


def _export(archive: Archive, args: argparse.Namespace) -> int:
    filters = None if args.query is None else Filters(text=args.query)
    text = archive.export_tags(
        format=args.format, filters=filters, taggings=args.taggings
    )
    if args.out is None:
        print(text, end="" if text.endswith("\n") else "\n")
    else:
        args.out.write_text(text, "utf-8")
        print(f"wrote {args.out}")
    return 0


def _favourites(archive: Archive, args: argparse.Namespace) -> int:
    """Set one favourite key (``favourite TAG KEY``) and list them all."""
    if args.tags_action == "favourite":
        key = None if args.key.strip().lower() == "none" else args.key.strip()
        if key is not None and not (key.isdigit() and len(key) == 1 and key != "0"):
            raise ValueError(f"a favourite's key is 1 to 9 or none, not {args.key!r}")
        path = archive.set_favourite_tag(args.tag, None if key is None else int(key))
        if not args.json:
            print(f"key {key} tags {path!r}" if key else f"{path!r} has no key now")
    found = archive.favourite_tags()
    if args.json:
        print_json({"favourites": [{"key": k, "path": p} for k, p in found.items()]})
    elif args.tags_action == "favourites":
        for key, path in found.items():
            print(f"{key}  {path}")
        if not found:
            print("no favourite tags yet: tags favourite TAG 1")
    return 0


def _import(archive: Archive, args: argparse.Namespace) -> int:
    document = read_document(args.file.read_text("utf-8-sig"))
    command = ImportTags(document)
    archive.execute(command)
    if args.json:
        print_json(
            {
                "by_uuid": command.by_uuid,
                "by_path": command.by_path,
                "made": command.made,
                "tagged": command.tagged,
                "skipped": command.skipped,
            }
        )
    else:
        print(command.summary())
    return 0
