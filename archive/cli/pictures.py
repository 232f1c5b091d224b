"""Subcommands over captions, pictures and people: captions, person, people,
people merge, picture attach/detach/show, pictures import, captions export
(IPTC CSV/JSON), pictures embed (IPTC into JPEG copies), nitf."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from ..core import Archive
from ..errors import ArchiveError
from ..exchange import iptc
from ..media.commands import DetachPicture
from ..people.commands import MergePeople
from ..search.captions import PHOTO_KINDS, CaptionFilter
from .common import Handlers, Subparsers, open_archive, positive, print_json


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    p = sub.add_parser("captions", parents=[common], help="list captions")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--photographer")
    p.add_argument("--county")
    p.add_argument("--year", type=int)
    p.add_argument("--kind", choices=PHOTO_KINDS)
    p.add_argument("--pictured", action="store_true", help="only with a picture")
    p.add_argument(
        "--limit", type=positive, help="captions listed (50) or exported (all)"
    )
    p.add_argument(
        "--export", choices=("csv", "json"), help="IPTC field names, to --out"
    )
    p.add_argument("--out", type=Path)

    p = sub.add_parser("person", parents=[common], help="one person's page")
    p.add_argument("name")

    p = sub.add_parser("people", parents=[common], help="people, or merge spellings")
    p.add_argument("words", nargs="*", metavar="[merge] NAME")
    p.add_argument("--into", help="with merge: the spelling kept")

    p = sub.add_parser("picture", parents=[common], help="a caption's picture")
    p.add_argument("action", choices=("attach", "detach", "show"))
    p.add_argument("caption", type=int)
    p.add_argument("file", nargs="?", type=Path)

    p = sub.add_parser("pictures", parents=[common], help="import or embed pictures")
    p.add_argument("action", choices=("import", "embed"))
    p.add_argument("paths", nargs="+", metavar="FOLDER|CAPTION_ID")
    p.add_argument("--sidecar", type=Path)
    p.add_argument("--out", type=Path, help="embed: the folder for the copies")

    p = sub.add_parser("nitf", parents=[common], help="articles as NITF XML")
    p.add_argument("ids", nargs="+", type=int)
    p.add_argument("--out", type=Path, help="a file (one article) or a folder")
    return {
        "captions": _captions,
        "person": _person,
        "people": _people,
        "picture": _picture,
        "pictures": _pictures,
        "nitf": _nitf,
    }


def _captions(args: argparse.Namespace) -> int:
    chosen = CaptionFilter(
        text=args.query,
        photographer=args.photographer,
        county=args.county,
        year=args.year,
        kind=args.kind,
        pictured=args.pictured,
    )
    with open_archive(args) as archive:
        if args.export:
            if args.out is None:
                raise ValueError("--export needs --out FILE")
            records = archive.caption_metadata(
                archive.caption_ids(chosen, limit=args.limit)
            )
            text = (
                iptc.as_csv(records) if args.export == "csv" else iptc.as_json(records)
            )
            args.out.write_text(text, encoding="utf-8")
            print(f"{len(records)} captions written to {args.out}")
            return 0
        ids = archive.caption_ids(chosen)
        rows = archive.caption_rows(ids[: args.limit or 50])
        facets = archive.caption_facets(chosen)
    if args.json:
        print_json(
            {
                "total": len(ids),
                "captions": [
                    asdict(r) | {"photographers": list(r.photographers)} for r in rows
                ],
                "facets": {k: [asdict(v) for v in vs] for k, vs in facets.items()},
            }
        )
        return 0
    print(f"{len(ids)} captions")
    for r in rows:
        people = "、".join(r.photographers)
        print(
            f"{r.id}\t{r.date or ''}\t{r.label or ''}\t{r.county or ''}\t"
            f"{people}\t{r.kind}\t{r.text[:40]}"
        )
    return 0


def _person(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        page = archive.person_page(args.name)
    if args.json:
        print_json(
            {
                "name": page.name,
                "spellings": list(page.spellings),
                "alike": list(page.alike),
                "articles": page.articles,
                "captions": page.captions,
                "roles": page.roles,
                "by_year": {str(y): v for y, v in page.by_year.items()},
                "by_county": page.by_county,
                "places": [{"place": p, "records": n} for p, n in page.places],
                "records": [
                    r._asdict() | {"roles": list(r.roles)} for r in page.records
                ],
            }
        )
        return 0
    print(f"{page.name}: {page.articles} articles, {page.captions} captions")
    if page.spellings:
        print(f"also spelled: {'、'.join(page.spellings)}")
    if page.by_year:
        print("by year:")
    for year, counts in page.by_year.items():
        print(f"  {year}: {counts['article']} articles, {counts['caption']} captions")
    if page.by_county:
        print("by county:")
    for county, counts in list(page.by_county.items())[:10]:
        print(f"  {county}: {counts['article'] + counts['caption']}")
    if page.places:
        shown = "、".join(f"{place} ({n})" for place, n in page.places[:12])
        print(f"places covered: {shown}")
    return 0


def _people(args: argparse.Namespace) -> int:
    words = list(args.words)
    if words[:1] == ["merge"]:
        names = words[1:]
        if not names or not args.into:
            raise ValueError("people merge NAME… --into NAME")
        with open_archive(args) as archive:
            archive.execute(MergePeople(names, into=args.into))
            kept = archive.person_name(args.into)
        print(f"merged {'、'.join(names)} into {kept}")
        return 0
    with open_archive(args) as archive:
        found = archive.people(" ".join(words))
    if args.json:
        print_json({"people": [asdict(p) for p in found]})
    else:
        for p in found:
            print(f"{p.name}\t{p.articles} articles\t{p.captions} captions")
    return 0


def _picture(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        if args.action == "attach":
            if args.file is None:
                raise ValueError("picture attach CAPTION FILE")
            archive.attach_picture(args.caption, args.file)
            print(f"caption {args.caption}: {archive.caption(args.caption).image_path}")
            return 0
        if args.action == "detach":
            archive.execute(DetachPicture(args.caption))
            print(f"caption {args.caption}: picture removed")
            return 0
        caption = archive.caption(args.caption)
        path = archive.picture_file(caption.image_path)
        metadata = archive.picture_metadata(caption.image_path or "")
        cannot_show = _cannot_show(archive, caption.image_path)
    document = {
        "caption": caption.id,
        "file": caption.image_path,
        "path": str(path) if path else None,
        "exists": bool(path and path.is_file()),
        "shown": caption.image_path is not None and cannot_show is None,
        "cannot_show": cannot_show,
        "metadata": metadata,
    }
    if args.json:
        print_json(document)
    else:
        for key, value in document.items():
            print(f"{key}: {value}")
    return 0


def _cannot_show(archive: Archive, file: str | None) -> str | None:
    """Why the window cannot show the picture (None: it can, or none)."""
    if not file:
        return None
    try:
        archive.thumbnail(file)
    except (ArchiveError, OSError) as error:  # OSError: the cache unwritable
        return str(error)
    return None


def _pictures(args: argparse.Namespace) -> int:
    if args.action == "import":
        with open_archive(args) as archive:
            plan = archive.import_pictures(args.paths[0], sidecar=args.sidecar)
        document = {
            "attached": []
            if plan.problems
            else [
                {"line": line.line, "file": line.path.name, "caption": line.caption_id}
                for line in plan.lines
            ],
            "problems": [{"line": n, "message": m} for n, m in plan.problems],
        }
        if args.json:
            print_json(document)
        else:
            for problem in document["problems"]:
                print(f"line {problem['line']}: {problem['message']}")
            if plan.problems:
                print("nothing attached")
            else:
                print(f"{len(document['attached'])} pictures attached")
        return 1 if plan.problems else 0
    if args.out is None:
        raise ValueError("pictures embed CAPTION_ID… --out FOLDER")
    written = []
    with open_archive(args) as archive:
        for value in args.paths:
            if not value.isdigit():
                raise ValueError(f"not a caption id: {value}")
            caption = archive.caption(int(value))
            name = Path(caption.image_path or f"{value}.jpg").name
            written.append(str(archive.embed_metadata(int(value), args.out / name)))
    if args.json:
        print_json({"written": written})
    else:
        print("\n".join(written))
    return 0


def _nitf(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        documents = [(i, archive.nitf(i)) for i in args.ids]
    if args.out is None:
        if len(documents) > 1:
            raise ValueError("several articles need --out FOLDER")
        print(documents[0][1], end="")
        return 0
    if len(documents) == 1 and args.out.suffix.lower() == ".xml":
        args.out.write_text(documents[0][1], encoding="utf-8")
        print(args.out)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for article_id, text in documents:
        (args.out / f"article-{article_id}.xml").write_text(text, encoding="utf-8")
        print(args.out / f"article-{article_id}.xml")
    return 0
