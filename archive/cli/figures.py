"""The figures subcommand: figures read from the text, each with its sentence,
and their curation (confirm, reject, set a value), which survives re-import."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..compare.dictionary import DictionaryError, dictionary_from, merged_dictionary
from ..compare.quantities import typed_value
from ..compare.storage import (
    ClearCuration,
    ConfirmFigure,
    CorrectFigure,
    RejectFigure,
)
from ..compare.storage.export import FORMATS, number, place_of
from ..compare.storage.indicators import SetIndicators
from ..compare.storage.reading import Cell, StoredFigure
from ..compare.units import unit as unit_named
from ..core import Archive
from ..errors import InvalidInput
from .common import Handlers, Subparsers, open_archive, percent, positive, print_json

_USAGE = (
    "usage: figures [--place P] [--indicator NAME] | figures confirm FID | "
    "figures reject FID | figures set FID VALUE [--unit U] | figures clear FID | "
    "figures read | figures indicators [export FILE | import FILE | rename OLD NEW]"
)


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    p = sub.add_parser(
        "figures",
        parents=[common],
        help="figures read from the text with their sentences (or: figures "
        "confirm|reject|clear FID, figures set FID VALUE, figures read, "
        "figures indicators [export FILE|import FILE])",
    )
    p.add_argument("action", nargs="*", metavar="ACTION")
    p.add_argument("--place", action="append", default=[], help="a city or county")
    p.add_argument("--indicator", help="an indicator of the dictionary (or alias)")
    p.add_argument("--unit", help="of a value set (else the figure's own)")
    p.add_argument("--limit", type=positive, help="at most this many figures")
    p.add_argument("--export", type=Path, metavar="FILE", help="write them, cited")
    p.add_argument("--format", choices=FORMATS, help="of --export (else its suffix)")
    return {"figures": _figures}


def read_if_stale(archive: Archive, args: argparse.Namespace) -> None:
    """An archive upgraded from before figures were kept reads them first."""
    if archive.figures_stale and not archive.readonly:
        archive.read_figures(percent("reading figures", args))


def _figures(args: argparse.Namespace) -> int:
    action = args.action
    with open_archive(args) as archive:
        if action:
            return _curate(archive, action, args)
        read_if_stale(archive, args)
        indicator = archive.indicator(args.indicator).name if args.indicator else None
        places = archive.compare_places(args.place) if args.place else [None]
        found: list[StoredFigure] = []
        for place in places:
            found += archive.figures(place=place, indicator=indicator, limit=args.limit)
        if args.export:
            _export(archive, found, args)
            return 0
        if args.json:
            print_json({"figures": [figure_json(f) for f in found]})
            return 0
        for f in found:
            print(_line(f))
    return 0


def _indicators(archive: Archive, rest: list[str], args: argparse.Namespace) -> int:
    """List the archive's indicators, or export or import them as a
    dictionary file (an import is one undoable edit; the figures are read
    again with it)."""
    if rest[:1] == ["export"] and len(rest) == 2:
        # every entry with its id, so that a name edited in the file is a
        # rename (the figures' decisions kept), not a new indicator
        entries = [{"id": i.id, **i.to_json()} for i in archive.indicators()]
        document = {"complete": True, "indicators": entries}
        Path(rest[1]).write_text(
            json.dumps(document, ensure_ascii=False, indent=1), "utf-8"
        )
        print(f"wrote {rest[1]}")
        return 0
    if rest[:1] == ["import"] and len(rest) == 2:
        try:
            document = json.loads(Path(rest[1]).read_text("utf-8"))
            # a whole dictionary (as exported), or changes to the shipped one
            # (a user file: new entries, overrides, "removed": true)
            entries = document["indicators"]
            whole = document.get("complete") is True
            build = dictionary_from if whole else merged_dictionary
            dictionary = build(entries)
        except (OSError, ValueError, KeyError, TypeError, DictionaryError) as error:
            raise InvalidInput(f"{rest[1]}: {error}") from None
        archive.execute(SetIndicators(list(dictionary.indicators)))
        read_if_stale(archive, args)
        print(f"{len(dictionary)} indicators; figures read again")
        return 0
    if rest[:1] == ["rename"] and len(rest) == 3:
        return _rename(archive, rest[1], rest[2], args)
    if rest:
        print(_USAGE, file=sys.stderr)
        return 2
    if args.json:
        print_json({"indicators": [i.to_json() for i in archive.indicators()]})
        return 0
    for i in archive.indicators():
        print(f"{i.name}\t{i.unit}\t{'、'.join(i.aliases[1:])}")
    return 0


def _rename(archive: Archive, old: str, new: str, args: argparse.Namespace) -> int:
    """Give an indicator another name; its old one stays an alias (so the
    figures printed with it are still found) and the decisions on its
    figures are kept."""
    renamed = archive.indicator(old)
    name = new.strip()
    indicators = [
        replace(i, name=name, aliases=(name, *i.aliases)) if i.id == renamed.id else i
        for i in archive.indicators()
    ]
    archive.execute(SetIndicators(indicators))
    read_if_stale(archive, args)
    print(f"{renamed.name} renamed {name}; figures read again")
    return 0


def _curate(archive: Archive, action: list[str], args: argparse.Namespace) -> int:
    verb, rest = action[0], action[1:]
    if verb == "indicators":
        return _indicators(archive, rest, args)
    if verb == "read" and not rest:
        found = archive.read_figures(percent("reading figures", args))
        print(f"{found} figures read")
        return 0
    commands = {
        "confirm": ConfirmFigure,
        "reject": RejectFigure,
        "clear": ClearCuration,
    }
    try:
        if verb in commands and len(rest) == 1:
            archive.execute(commands[verb](int(rest[0])))
            return 0
        if verb == "set" and len(rest) == 2:
            value, typed = _number(rest[1])
            if typed and args.unit and unit_named(args.unit) != unit_named(typed):
                raise InvalidInput(f"{rest[1]} is in {typed}, not in {args.unit}")
            archive.execute(CorrectFigure(int(rest[0]), value, typed or args.unit))
            return 0
    except ValueError as error:
        if isinstance(error, InvalidInput):
            raise
        raise InvalidInput(f"a figure's id is a number, not {rest[0]!r}") from None
    print(_USAGE, file=sys.stderr)
    return 2


def _number(text: str) -> tuple[float, str | None]:
    """The value typed (306, ３０６家, 1.03亿元, 十二) and its unit, if typed."""
    typed = typed_value(text)
    if typed is None:
        raise InvalidInput(
            f"not a number: {text!r}; type the value as the sentence should "
            "read, e.g. 306, 306家 or 1.03亿元"
        )
    return typed


def _export(
    archive: Archive, found: list[StoredFigure], args: argparse.Namespace
) -> None:
    format = args.format or args.export.suffix.lstrip(".").lower()
    format = {"markdown": "md", "htm": "html"}.get(format, format)
    title = "、".join(args.place) or "Figures"
    if args.indicator:
        title += f" · {args.indicator}"
    args.export.write_text(
        archive.export_figures(found, format=format, title=title), "utf-8"
    )
    print(f"wrote {args.export}")


def figure_json(f: StoredFigure) -> dict[str, Any]:
    """A figure as `figures --json` gives it (headless.md)."""
    return {
        "id": f.id,
        "place": place_of(f),
        "city": f.city,
        "county": f.county,
        "indicator": f.indicator,
        "value": _plain(f.value),
        "unit": f.unit,
        "normalised": _plain(f.normalised),
        "base_unit": f.base_unit,
        "kind": f.kind,
        "earlier": _plain(f.earlier) if f.earlier is not None else None,
        "qualifiers": list(f.qualifiers),
        "year": f.year,
        "article_id": f.article_id,
        "date": f.date,
        "sentence": f.sentence,
        "phrase": f.phrase,
        "start": f.start,
        "end": f.end,
        "status": f.status,
    }


def cell_json(cell: Cell) -> dict[str, Any]:
    """A figures-table cell as `compare --json` gives it (headless.md)."""
    f = cell.figure
    out: dict[str, Any] = {
        "value": _plain(cell.normalised),
        "unit": cell.base_unit,
        "year": cell.year,
        "article_id": f.article_id,
        "figure_id": f.id,
        "sentence": f.sentence,
        "printed": f.phrase,
        "status": f.status,
        "reports": cell.reports,
    }
    if cell.others:
        out["conflicts"] = [
            {
                "value": _plain(o.normalised),
                "reports": o.reports,
                "figure_id": o.figure.id,
                "article_id": o.figure.article_id,
                "sentence": o.figure.sentence,
            }
            for o in cell.others
        ]
    return out


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _line(f: StoredFigure) -> str:
    status = "" if f.status == "extracted" else f"  [{f.status}]"
    return (
        f"{f.id:>6}  {place_of(f)}  {f.indicator} {number(f.value)}{f.unit} "
        f"{f.kind} {f.year or ''}  article {f.article_id}{status}\n"
        f"        {f.sentence.strip()}"
    )
