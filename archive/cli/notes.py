"""Subcommands over notes: note, notes (list, edit, delete, restore, history),
export."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..errors import InvalidInput
from ..models import NOTE_TARGETS, Note
from ..notes.commands import AddNote, SaveNote, TrashNotes
from ..notes.dossier import FORMATS
from ..notes.listing import NoteFilter
from ..notes.targets import NoteTarget
from .common import Handlers, Subparsers, open_archive, positive, print_json

# How a PDF is written from the dossier's HTML: main.py hands in Qt's printing
# (archive/ never imports Qt); without it, PDF is refused with a reason.
pdf_writer: Callable[[str, Path], None] | None = None
_NOTE_ACTIONS = ("edit", "delete", "restore", "history")


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    p = sub.add_parser("note", parents=[common], help="add a Markdown note")
    p.add_argument("id", nargs="?", help="the record's id, or a place's name")
    _body_arguments(p, required=True)
    p.add_argument("--caption", action="store_true", help="ID is a caption's")
    p.add_argument("--on", choices=NOTE_TARGETS, help="what ID names (article)")
    p = sub.add_parser(
        "notes",
        parents=[common],
        help="list notes (or: notes edit|delete|restore|history NID)",
    )
    p.add_argument("words", nargs="*", metavar="QUERY", help="a query, or an action")
    _body_arguments(p, required=False)
    p.add_argument("--on", choices=NOTE_TARGETS, help="only notes on these")
    p.add_argument("--author")
    p.add_argument("--trash", action="store_true", help="the notes in the trash")
    p.add_argument("--limit", type=positive, default=50)
    p = sub.add_parser("export", parents=[common], help="export a dossier")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--format", choices=FORMATS, default="html")
    p.add_argument("--out", type=Path, required=True)
    return {"note": _note, "notes": _notes, "export": _export}


def _body_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("--text")
    group.add_argument("--file", type=Path, help="a UTF-8 Markdown file")


def _body(args: argparse.Namespace) -> str:
    if args.text is not None:
        return args.text
    try:
        return args.file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"{args.file} is not UTF-8 text (byte {error.start}); save it as UTF-8"
        ) from None


def _note(args: argparse.Namespace) -> int:
    kind = "caption" if args.caption else (args.on or "article")
    target = NoteTarget.of(kind, args.id)
    with open_archive(args) as archive:
        command = AddNote(target, _body(args))
        archive.execute(command)
    if args.json:
        print_json({"id": command.note_id})
    else:
        print(f"added note {command.note_id}")
    return 0


def _notes(args: argparse.Namespace) -> int:
    if args.words and args.words[0] in _NOTE_ACTIONS:
        return _note_action(args, args.words[0], args.words[1:])
    chosen = NoteFilter(
        text=" ".join(args.words),
        targets=(args.on,) if args.on else (),
        author=args.author,
        trash=args.trash,
    )
    with open_archive(args) as archive:
        total = archive.count_notes(chosen)
        found = archive.notes_by_id(archive.note_ids(chosen, limit=args.limit))
    if args.json:
        print_json({"total": total, "notes": [note_json(n) for n in found]})
        return 0
    print(f"{total} notes")
    for note in found:
        about = f"{note.target} {note.about}".strip()
        print(
            f"{note.id:>6}  {note.updated_at[:16]}  {note.created_by or '':10} {about}"
        )
        print(f"{'':8}{note.title}")
    return 0


def _note_action(args: argparse.Namespace, action: str, rest: list[str]) -> int:
    if len(rest) != 1 or not rest[0].isdigit():
        raise InvalidInput(f"notes {action} takes one note id")
    note_id = int(rest[0])
    with open_archive(args) as archive:
        if action == "history":
            archive.note(note_id)
            versions = archive.note_versions(note_id)
        elif action == "edit":
            archive.execute(SaveNote(note_id, _body(args)))
        else:
            archive.execute(TrashNotes([note_id], restore=action == "restore"))
    if action != "history":
        print(f"{action}: note {note_id}")
        return 0
    if args.json:
        print_json(
            {
                "note": note_id,
                "versions": [
                    {"body": v.body, "author": v.saved_by, "saved": v.saved_at}
                    for v in versions
                ],
            }
        )
    else:
        for v in versions:
            print(f"version {v.version}  {v.saved_at}  {v.saved_by or ''}")
            print("  " + v.body.replace("\n", "\n  "))
    return 0


def note_json(note: Note) -> dict:
    """A note as ``notes --json`` and ``show --json`` print it."""
    target: dict[str, object] = {"kind": note.target}
    if note.target_id is not None:
        target["id"] = note.target_id
    if note.subject is not None:
        target["name"] = note.subject
    return {
        "id": note.id,
        "target": target,
        "about": note.about,
        "body": note.body,
        "author": note.created_by,
        "created": note.created_at,
        "updated": note.updated_at,
        "updated_by": note.updated_by,
        "version": note.version,
    }


def write_pdf(html: str, out: Path) -> None:
    """Print ``html`` to a PDF at ``out`` with the printing main.py handed in."""
    if pdf_writer is None:
        raise InvalidInput("PDF needs the window's printing (run main.py)")
    pdf_writer(html, out)


def _export(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        if args.format == "md":
            args.out.write_text(archive.dossier(args.ids, format="md"), "utf-8")
        else:
            page = archive.dossier(args.ids, format="html")
            if args.format == "html":
                args.out.write_text(page, "utf-8")
            else:
                write_pdf(page, args.out)
    print(f"wrote {len(args.ids)} articles to {args.out}")
    return 0
