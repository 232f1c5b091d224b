"""Subcommands over records: import, search, show."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from ..importing.reports import FileReport
from ..models import Article, Caption
from .common import Handlers, Subparsers, open_archive, positive, print_json
from .notes import note_json


def register(sub: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    """Add this module's subcommands to ``sub``; their handlers by name."""
    p = sub.add_parser("import", parents=[common], help="import files and folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument(
        "--year", type=int, help="year of pages that print only month and day"
    )

    p = sub.add_parser("search", parents=[common], help="search the archive")
    # the words of the query, quoted or not (search kind:caption 资料图)
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=positive, default=20)
    p.add_argument("--order", choices=("date", "rank"), default="date")

    p = sub.add_parser("show", parents=[common], help="show one article or caption")
    p.add_argument("id", type=int)
    p.add_argument("--caption", action="store_true")
    return {"import": _import, "search": _search, "show": _show}


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

    with open_archive(args) as archive:
        report = archive.import_files(args.paths, year=args.year, progress=progress)
    document = report.as_json()
    if args.json:
        print_json(document)
    else:
        print(
            f"{document['files']} files: {document['articles_added']} articles and "
            f"{document['captions_added']} captions imported, "
            f"{document['duplicates']} duplicates, {len(document['errors'])} failed"
        )
    errors = document["errors"]
    if errors and len(errors) == document["files"]:  # nothing could be read
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        print(
            f"clipfile: nothing imported: {first['path']}: {first['message']}{more}",
            file=sys.stderr,
        )
        return 1
    return 0


def _search(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        result = archive.search(
            " ".join(args.query), limit=args.limit, order=args.order
        )
    if args.json:
        print_json(
            {
                "query": result.query,
                "total": result.total,
                "hits": [asdict(hit) for hit in result.hits],
                "notes": result.notes,
                "counts": result.counts,
            }
        )
        return 0
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    kinds = ", ".join(f"{n} {kind}s" for kind, n in result.counts.items() if n)
    print(
        f"{result.total} hits for {result.query!r}" + (f" ({kinds})" if kinds else "")
    )
    for hit in result.hits:
        print(
            f"{hit.kind:8} {hit.id:>7}  {hit.date or '':10}  {hit.city or '':4}  "
            f"{hit.title}"
        )
        print(f"{'':18}{hit.snippet}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        if args.caption:
            caption = archive.caption(args.id)
            document = caption_json(caption, full=True)
        else:
            article = archive.article(args.id)
            document = article_json(article)
            document["passages"] = [p.to_json() for p in archive.passages(args.id)]
    if args.json:
        print_json(document)
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
        "authors": list(article.authors),
        "dateline": article.dateline,
        "word_count": article.word_count,
        "captions": [caption_json(c) for c in article.captions],
        "tags": list(article.tags),
        "notes": [note_json(n) for n in article.notes],
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
            "notes": [note_json(n) for n in caption.notes],
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
    for note in article.notes:
        parts += [
            "",
            f"note {note.id} · {note.created_by or ''} {note.updated_at[:10]}",
        ]
        parts += ["  " + line for line in note.body.splitlines()]
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
