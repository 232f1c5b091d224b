"""The headless interface of ``main.py`` (../shared/docs/headless.md). No Qt here.

Each subcommand prints text, or one JSON document with ``--json``; exits 0 on
success, 1 when the work failed (one line on stderr), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from . import demo
from .core import Archive
from .errors import ArchiveError
from .importing.reports import FileReport
from .maintenance import recover, restore_backup
from .models import Article, Caption
from .notes.commands import AddNote, NoteTarget
from .store import damage
from .store.backups import Backup
from .store.paths import default_archive_path
from .tags.commands import TagRecords, UntagRecords


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

    p = sub.add_parser("demo", parents=[common], help="write a demo archive")
    p.add_argument("path", type=Path)
    p.add_argument("--articles", type=_positive, default=500)
    p.add_argument("--seed", type=int, default=1)

    p = sub.add_parser("import", parents=[common], help="import files and folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument(
        "--year", type=int, help="year of pages that print only month and day"
    )

    p = sub.add_parser("search", parents=[common], help="search the archive")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive, default=20)
    p.add_argument("--order", choices=("date", "rank"), default="date")

    p = sub.add_parser("show", parents=[common], help="show one article or caption")
    p.add_argument("id", type=int)
    p.add_argument("--caption", action="store_true")

    p = sub.add_parser("tag", parents=[common], help="tag an article or caption")
    p.add_argument("id", type=int)
    p.add_argument("tag")
    p.add_argument("--caption", action="store_true")
    p.add_argument("--remove", action="store_true")

    p = sub.add_parser("note", parents=[common], help="add a Markdown note")
    p.add_argument("id", type=int)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text")
    group.add_argument("--file", type=Path)
    p.add_argument("--caption", action="store_true")

    sub.add_parser("undo", parents=[common], help="undo the archive's last edit")
    sub.add_parser("redo", parents=[common], help="redo the edit undone last")
    p = sub.add_parser("history", parents=[common], help="the archive's edits")
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument("--who", help="only this editor's edits")

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


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    """Run the subcommand ``args.command``; returns the exit code.

    Whatever goes wrong is one line on stderr and exit 1, never a traceback:
    an SQLite error that says the file is damaged marks it so (every process
    then opens it read-only), and a bug says it is one.
    """
    try:
        return _COMMANDS[args.command](args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except sqlite3.Error as error:
        if damage.is_corruption(error):
            return _fail(damage.mark(_archive_path(args), str(error)))
        return _fail(f"the archive could not do this: {error}")
    except (ArchiveError, OSError, ValueError) as error:
        return _fail(error)
    except Exception as error:  # a bug: say so in one line
        if os.environ.get("CLIPFILE_DEBUG"):
            raise
        return _fail(
            f"internal error ({type(error).__name__}: {error}); please report it"
        )


def _fail(error: object) -> int:
    print(f"clipfile: {error}", file=sys.stderr)
    return 1


def _archive_path(args: argparse.Namespace) -> Path:
    return getattr(args, "archive", None) or default_archive_path()


def _open(args: argparse.Namespace) -> Archive:
    def backing_up(done: int, total: int) -> None:
        if not getattr(args, "json", False) and sys.stderr.isatty():
            print(
                f"\rupgrading: backup copy first, {done * 100 // max(total, 1)}%",
                end="\n" if done == total else "",
                file=sys.stderr,
            )

    return Archive.open(_archive_path(args), backing_up=backing_up)


def _print_json(document: object) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def _demo(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done:,}/{total:,} articles", end="", file=sys.stderr)

    with demo.write_demo(
        args.path, articles=args.articles, seed=args.seed, progress=progress
    ) as archive:
        count = archive.count()
    if args.json:
        _print_json({"path": str(args.path), "articles": count, "seed": args.seed})
    else:
        print(f"wrote {count:,} demo articles to {args.path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(
            f"clipfile: no such file or folder: {', '.join(missing)}", file=sys.stderr
        )
        return 1

    def progress(done: int, total: int, report: FileReport) -> None:
        if not args.json:
            note = f" ({report.message})" if report.message else ""
            print(
                f"[{done}/{total}] {report.status}: {report.path}: "
                f"{len(report.articles)} articles, {len(report.captions)} captions, "
                f"{report.leftovers} leftovers{note}"
            )

    with _open(args) as archive:
        report = archive.import_files(args.paths, year=args.year, progress=progress)
    document = report.as_json()
    if args.json:
        _print_json(document)
    else:
        print(
            f"{document['files']} files: {document['articles_added']} articles and "
            f"{document['captions_added']} captions imported, "
            f"{document['duplicates']} duplicates, {len(document['errors'])} failed"
        )
    return 0


def _search(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        result = archive.search(args.query, limit=args.limit, order=args.order)
    if args.json:
        _print_json(
            {
                "query": result.query,
                "total": result.total,
                "hits": [asdict(hit) for hit in result.hits],
                "notes": result.notes,
            }
        )
        return 0
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"{result.total} hits for {result.query!r}")
    for hit in result.hits:
        print(
            f"{hit.kind:8} {hit.id:>7}  {hit.date or '':10}  {hit.city or '':4}  "
            f"{hit.title}"
        )
        print(f"{'':18}{hit.snippet}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        if args.caption:
            caption = archive.caption(args.id)
            document = caption_json(caption, full=True)
        else:
            article = archive.article(args.id)
            document = article_json(article)
    if args.json:
        _print_json(document)
    else:
        print(caption_text(caption) if args.caption else article_text(article))
    return 0


def article_json(article: Article) -> dict:
    """The ``show --json`` document of an article."""
    return {
        "id": article.id,
        "uuid": article.uuid,
        "title": article.title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "summary": article.summary,
        "body": article.body,
        "date": article.date,
        "city": article.city,
        "county": article.county,
        "publication": article.publication,
        "section": article.section,
        "page": article.page,
        "reporters": list(article.reporters),
        "correspondents": list(article.correspondents),
        "editors": list(article.editors),
        "dateline": article.dateline,
        "word_count": article.word_count,
        "captions": [caption_json(c) for c in article.captions],
        "tags": list(article.tags),
        "notes": [{"id": n.id, "body": n.body} for n in article.notes],
        "source": asdict(article.source) if article.source else None,
    }


def caption_json(caption: Caption, *, full: bool = False) -> dict:
    """A caption as ``show --json`` prints it (``full`` adds tags, notes, source)."""
    document: dict[str, object] = {
        "id": caption.id,
        "label": caption.label,
        "text": caption.text,
        "photographers": list(caption.photographers),
        "date": caption.date,
        "county": caption.county,
        "credit": caption.credit,
    }
    if full:
        document |= {
            "article_id": caption.article_id,
            "tags": list(caption.tags),
            "notes": [{"id": n.id, "body": n.body} for n in caption.notes],
            "source": asdict(caption.source) if caption.source else None,
        }
    return document


def article_text(article: Article) -> str:
    """An article laid out for a terminal."""
    place = " · ".join(
        filter(None, [article.publication, article.date, article.page, article.section])
    )
    byline = "  ".join(
        filter(
            None,
            [
                "记者 " + " ".join(article.reporters) if article.reporters else "",
                "通讯员 " + " ".join(article.correspondents)
                if article.correspondents
                else "",
            ],
        )
    )
    parts = [
        place,
        article.kicker,
        article.title,
        article.subtitle,
        f"【核心提示】{article.summary}" if article.summary else None,
        byline,
        "",
        *article.paragraphs,
    ]
    parts += [caption_text(c) for c in article.captions]
    if article.tags:
        parts.append("tags: " + ", ".join(article.tags))
    return "\n".join(p for p in parts if p is not None)


def caption_text(caption: Caption) -> str:
    credit = " ".join(caption.photographers)
    return " ".join(
        filter(
            None,
            [
                caption.label,
                caption.text,
                f"{credit} 摄" if credit else None,
                caption.credit,
            ],
        )
    )


def _tag(args: argparse.Namespace) -> int:
    kind = "caption_ids" if args.caption else "article_ids"
    command_type = UntagRecords if args.remove else TagRecords
    with _open(args) as archive:
        (archive.caption if args.caption else archive.article)(args.id)
        archive.execute(command_type(args.tag, **{kind: [args.id]}))
    verb = "removed" if args.remove else "added"
    print(f"{verb} tag {args.tag!r}")
    return 0


def _note(args: argparse.Namespace) -> int:
    body = args.text if args.text is not None else args.file.read_text("utf-8")
    target = (
        NoteTarget(caption_id=args.id)
        if args.caption
        else NoteTarget(article_id=args.id)
    )
    with _open(args) as archive:
        command = AddNote(target, body)
        archive.execute(command)
    if args.json:
        _print_json({"id": command.note_id})
    else:
        print(f"added note {command.note_id}")
    return 0


def _check(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        problems = archive.check(deep=args.deep)
        count = None if any(p.damage for p in problems) else archive.count()
    damaged = any(p.damage for p in problems)
    if args.json:
        _print_json(
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


def _undo(args: argparse.Namespace) -> int:
    return _replay(args, undo=True)


def _redo(args: argparse.Namespace) -> int:
    return _replay(args, undo=False)


def _replay(args: argparse.Namespace, *, undo: bool) -> int:
    with _open(args) as archive:
        label = archive.undo_label if undo else archive.redo_label
        changes = archive.undo() if undo else archive.redo()
    if args.json:
        _print_json({"undone" if undo else "redone": label, "records": changes.records})
    else:
        print(f"{'undid' if undo else 'redid'} {label!r} ({changes.records} records)")
    return 0


def _history(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        entries = archive.history(limit=args.limit, who=args.who)
    if args.json:
        _print_json(
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


def _new(args: argparse.Namespace) -> int:
    if args.path.exists():
        return _fail(f"{args.path} exists already; name a new file")
    with Archive.open(args.path, create=True) as archive:
        count = archive.count()
    if args.json:
        _print_json({"path": str(args.path), "articles": count})
    else:
        print(f"created an empty archive at {args.path}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        made = archive.backup(to=args.to, progress=_percent("backing up", args))
    if args.json:
        _print_json(_backup_json(made))
    else:
        print(f"backed up to {made.path} ({made.size:,} bytes)")
    return 0


def _backups(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        found = archive.backups()
    listed = [_backup_json(b) | b.counts() for b in found]
    if args.json:
        _print_json({"backups": listed})
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
        _archive_path(args),
        args.backup,
        progress=_percent("restoring", args),
    )
    if args.json:
        _print_json({"restored": str(args.backup), "kept": str(aside.path)})
    else:
        print(f"restored {args.backup}; the file as it was is kept as {aside.path}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    report = recover(_archive_path(args), args.to)
    if args.json:
        _print_json(
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


def _percent(doing: str, args: argparse.Namespace) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        if not getattr(args, "json", False) and sys.stderr.isatty():
            print(
                f"\r{doing}: {done * 100 // max(total, 1)}%",
                end="\n" if done == total else "",
                file=sys.stderr,
            )

    return progress


def _reindex(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done:,}/{total:,} records", end="", file=sys.stderr)

    with _open(args) as archive:
        if args.fold_traditional is not None:
            archive.set_fold_traditional(args.fold_traditional == "on")
        count = archive.rebuild_index(progress)
    if args.json:
        _print_json({"documents": count})
    else:
        print(f"indexed {count:,} records")
    return 0


_COMMANDS = {
    "demo": _demo,
    "import": _import,
    "search": _search,
    "show": _show,
    "tag": _tag,
    "note": _note,
    "undo": _undo,
    "redo": _redo,
    "history": _history,
    "new": _new,
    "check": _check,
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
    "recover": _recover,
    "reindex": _reindex,
}
