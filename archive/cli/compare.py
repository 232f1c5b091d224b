"""Subcommands over places side by side: compare (the Compare view's columns)
and compare-sets (the comparisons kept under a name)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..compare.places import ComparePlace
from ..compare.side_by_side.columns import Column
from ..compare.side_by_side.matrix import MODES, Matrix, as_csv, as_json
from ..compare.side_by_side.report import FORMATS
from ..compare.side_by_side.sets import (
    DeleteCompareSet,
    RenameCompareSet,
    SaveCompareSet,
)
from ..core import Archive
from ..errors import InvalidInput
from .common import (
    Handlers,
    Subparsers,
    display_width,
    open_archive,
    pad,
    positive,
    print_json,
)
from .notes import write_pdf


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    p = sub.add_parser(
        "compare",
        parents=[common],
        help="places side by side: each one's records and counts",
    )
    p.add_argument("places", nargs="*", metavar="PLACE", help="2 to 6 places")
    p.add_argument("--query", default="", help="the filter every column shares")
    p.add_argument("--set", dest="set_name", help="the places of a comparison set")
    p.add_argument(
        "--mentions",
        action="store_true",
        help="also records that only mention a place (listed apart)",
    )
    p.add_argument("--limit", type=positive, default=10, help="records per column")
    p.add_argument("--save", metavar="NAME", help="keep the places as a set")
    p.add_argument("--export", type=Path, metavar="FILE", help="write the comparison")
    p.add_argument("--format", choices=FORMATS, help="of --export (else its suffix)")
    p = sub.add_parser(
        "compare-sets",
        parents=[common],
        help="the comparison sets (or: compare-sets rename OLD NEW | delete NAME)",
    )
    p.add_argument("action", nargs="*", metavar="ACTION")
    p = sub.add_parser(
        "matrix",
        parents=[common],
        help="tags by places: how many of each place's records carry each tag",
    )
    p.add_argument("places", nargs="*", metavar="PLACE", help="2 to 6 places")
    p.add_argument("--query", default="", help="the filter every column shares")
    p.add_argument("--set", dest="set_name", help="the places of a comparison set")
    p.add_argument("--tags", metavar="PARENT", help="rows: this tag's children")
    p.add_argument(
        "--flat", action="store_true", help="each tag alone, not with its children"
    )
    p.add_argument("--mode", choices=MODES, default="count", help="what a cell shows")
    p.add_argument("--transpose", action="store_true", help="places down, tags across")
    p.add_argument("--csv", action="store_true", help="print CSV")
    return {"compare": _compare, "compare-sets": _sets, "matrix": _matrix}


def _matrix(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        names, query = list(args.places), args.query
        if args.set_name:
            kept = archive.compare_set(args.set_name)
            names = names or list(kept.places)
            query = query or kept.query
        if not names:
            print("name the places to compare (or --set NAME)", file=sys.stderr)
            return 2
        places = archive.compare_places(names)
        made = archive.compare_matrix(
            places, query, parent=args.tags, rollup=not args.flat
        )
    if args.json:
        print_json(as_json(made, args.mode))
    elif args.csv:
        sys.stdout.write(as_csv(made, args.mode, transpose=args.transpose))
    else:
        _print_matrix(made, args.mode)
    return 0


def _print_matrix(made: Matrix, mode: str) -> None:
    labels = [place.label for place in made.places]
    width = max([display_width(row.path) for row in made.rows] + [7])
    cell = max([display_width(label) for label in labels] + [7])

    def shown(r: int, p: int) -> str:
        value = made.value(r, p, mode)
        return f"{value * 100:.1f}%" if mode == "share" else str(int(value))

    def line(head: str, cells: Sequence[object]) -> str:
        return pad(head, width) + "".join(
            "  " + pad(str(c), cell, right=True) for c in cells
        )

    print(line("", [*labels, "total"]))
    for r, row in enumerate(made.rows):
        cells = [shown(r, p) for p in range(len(labels))]
        print(line(row.path, [*cells, made.row_total(r)]))
    print(line("total", [made.column_total(p) for p in range(len(labels))]))
    print(line("records", made.place_totals))
    if made.cut:
        print(f"(the first {len(made.rows)} tags)", file=sys.stderr)


def _compare(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        names, query, mentions = list(args.places), args.query, args.mentions
        if args.set_name:
            kept = archive.compare_set(args.set_name)
            names = names or list(kept.places)
            query = query or kept.query
            mentions = mentions or kept.mentions
        if not names:
            print("name the places to compare (or --set NAME)", file=sys.stderr)
            return 2
        places = archive.compare_places(names)
        found = [
            archive.compare_column(p, query, limit=args.limit, mentions=mentions)
            for p in places
        ]
        document = {
            "cities": [p.key for p in places],
            "query": query,
            "notes": archive.read_query(query) if query else [],
            "columns": {
                c.place.key: _column_json(archive, c, query, mentions=mentions)
                for c in found
            },
            "indicators": {},
        }
        if args.save:
            archive.execute(
                SaveCompareSet(args.save, names, query=query, mentions=mentions)
            )
        if args.export:
            _export(archive, args, places, query, mentions)
            return 0
    if args.json:
        print_json(document)
        return 0
    for note in document["notes"]:
        print(f"note: {note}", file=sys.stderr)
    for c in found:
        print(_head(c))
        for record in document["columns"][c.place.key]["records"]:
            print(f"  {_line(record)}")
        for record in document["columns"][c.place.key].get("mentions", []):
            print(f"  ~ {_line(record)}")
    return 0


def _export(
    archive: Archive,
    args: argparse.Namespace,
    places: list[ComparePlace],
    query: str,
    mentions: bool,
) -> None:
    format = args.format or args.export.suffix.lstrip(".").lower()
    format = {"markdown": "md", "htm": "html"}.get(format, format)
    if format not in FORMATS:
        raise InvalidInput(f"export as {', '.join(FORMATS)} (--format), not {format!r}")
    document = archive.compare_report(
        places,
        query,
        format="html" if format == "pdf" else format,
        mentions=mentions,
        set_name=args.set_name,
    )
    if format == "pdf":
        write_pdf(document, args.export)
    else:
        args.export.write_text(document, "utf-8")
    print(f"wrote {args.export}")


def _column_json(
    archive: Archive, column: Column, query: str, *, mentions: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "label": column.place.label,
        "query": column.query,
        "total": column.total,
        "counts": column.counts,
        "records": _records(archive, column.keys, query),
    }
    if column.total == 0:
        out["empty"] = f"no records for {column.query!r}"
    if mentions:
        out["mention_counts"] = column.mention_counts
        out["mentions"] = _records(archive, column.mention_keys, query)
    return out


def _records(archive: Archive, keys: Sequence[int], query: str) -> list[dict[str, Any]]:
    return [
        {
            "id": row.id,
            "kind": row.kind,
            "title": row.title,
            "date": row.date,
            "city": row.city,
            "publication": row.publication,
            "article_id": row.article_id,
            "snippet": row.snippet,
        }
        for row in archive.record_rows(keys, query=query)
    ]


def _head(column: Column) -> str:
    kinds = ", ".join(
        f"{n} {k}" + ("s" if n != 1 else "") for k, n in column.counts.items() if n
    )
    head = f"{column.place.label}: {column.total}"
    if kinds:
        head += f" ({kinds})"
    if column.total == 0:
        head += f" — no records for {column.query!r}"
    if column.mention_counts:
        head += f"; {column.mentions} more mention it"
    return head


def _line(record: dict[str, Any]) -> str:
    return (
        f"{record['kind']:8} {record['id']:>7}  {record['date'] or '':10}  "
        f"{record['title']}"
    )


def _sets(args: argparse.Namespace) -> int:
    action = args.action
    with open_archive(args) as archive:
        if action[:1] == ["rename"] and len(action) == 3:
            archive.execute(RenameCompareSet(action[1], action[2]))
            return 0
        if action[:1] == ["delete"] and len(action) == 2:
            archive.execute(DeleteCompareSet(action[1]))
            return 0
        if action:
            print("usage: compare-sets [rename OLD NEW | delete NAME]", file=sys.stderr)
            return 2
        kept = archive.compare_sets()
    if args.json:
        print_json(
            {
                "sets": [
                    {
                        "name": s.name,
                        "places": list(s.places),
                        "query": s.query,
                        "mentions": s.mentions,
                        "updated": s.updated_at,
                        "by": s.updated_by,
                    }
                    for s in kept
                ]
            }
        )
        return 0
    for s in kept:
        query = f"  ({s.query})" if s.query else ""
        print(f"{s.name}: {'、'.join(s.places)}{query}")
    return 0
