"""How many of a careful editor's checks the importer meets, page by page.

    python -m tests.bench.fidelity [--verbose] [--samples DIR]

Reads what an editor reads in each page (``expected/*.json`` under
../shared/samples, the project's own fixtures under
tests/archive/importing/pages, and the held-out sets under
tests/archive/importing/heldout), imports each page into a fresh archive in
memory and prints, per page, per held-out set and in total, the checks met.
Without ../shared the shared pages are skipped.

The held-out sets are pages of the kinds the importer is judged on outside
the project, each set one kind (``heldout/expected/<kind>.json``), written
to be scored before the reader was changed for them: they measure how far
the reader generalises, where the fixtures guard what it already reads.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "samples"
FIXTURES = ROOT / "tests" / "archive" / "importing" / "pages"
HELDOUT = ROOT / "tests" / "archive" / "importing" / "heldout"


@dataclass
class Score:
    """The checks of one page: each a name and whether the importer met it."""

    page: str
    checks: list[tuple[str, bool]] = field(default_factory=list)

    def check(self, name: str, ok: object) -> None:
        self.checks.append((name, bool(ok)))

    @property
    def met(self) -> int:
        return sum(ok for _, ok in self.checks)

    @property
    def ratio(self) -> float:
        return self.met / len(self.checks) if self.checks else 1.0


@dataclass
class Case:
    """One page file and what an editor reads in it."""

    path: Path
    expected: dict
    group: str = ""  # the expected file it comes from: a held-out set's kind


def cases(samples: Path | None = SHARED, fixtures: Path | None = FIXTURES) -> list:
    """Every page with an expected reading, shared samples first."""
    found: list[Case] = []
    if samples is not None and samples.is_dir():
        found += list(_cases_in(samples))
    if fixtures is not None and fixtures.is_dir():
        found += list(_cases_in(fixtures))
    return found


def heldout_cases(folder: Path = HELDOUT) -> list[Case]:
    """The held-out sets' pages, each case marked with its set."""
    return list(_cases_in(folder)) if folder.is_dir() else []


def _cases_in(folder: Path) -> Iterator[Case]:
    expected = folder / "expected"
    for item in sorted(expected.glob("*.json")):
        document = json.loads(item.read_text("utf-8"))
        if "pages" in document:  # a list of pages in one file (web-pages.json)
            for page in document["pages"]:
                yield Case(_page_path(folder, page["file"]), page, item.stem)
        else:
            yield Case(_page_path(folder, document["source"]), document, item.stem)


def _page_path(folder: Path, name: str) -> Path:
    for sub in ("web", "pages", "."):
        if (folder / sub / name).is_file():
            return folder / sub / name
    return folder / "pages" / name


def score(case: Case) -> Score:
    """Import the page into a fresh archive and check it as an editor would."""
    from archive import Archive
    from archive.importing.importer import import_paths

    archive = Archive.memory(editor="fidelity")
    try:
        report = import_paths(archive, [case.path])
        (file_report,) = report.files
        articles = [archive.article(i) for i in file_report.articles]
        captions = sorted(
            (archive.caption(i) for i in file_report.captions),
            key=lambda c: c.source.start if c.source else 0,
        )
        result = Score(case.path.name)
        result.check("imported", file_report.status == "added")
        if "pages" in case.expected or "articles_min" in case.expected:
            _web_checks(result, case.expected, articles, captions)
        else:
            _page_checks(result, case.expected, articles, captions)
            result.check("no leftovers", file_report.leftovers == 0)
        result.check("archive check clean", archive.check() == [])
        return result
    finally:
        archive.close()


def _texts(articles: list, captions: list) -> list[str]:
    fields = []
    for a in articles:
        fields += [a.title, a.kicker or "", a.subtitle or "", a.summary or "", a.body]
    return fields + [c.text for c in captions]


def _writers(articles: list) -> set[str]:
    return {name for a in articles for name in (*a.reporters, *a.authors)}


def _web_checks(result: Score, want: dict, articles: list, captions: list) -> None:
    """The checks of a page described as web-pages.json describes its pages."""
    count = len(articles)
    result.check(
        "articles", want.get("articles_min", 0) <= count <= want.get("articles_max", 99)
    )
    if "title" in want:
        result.check(
            f"title {want['title']}", articles and articles[0].title == want["title"]
        )
    if "date" in want:
        result.check("date", articles and all(a.date == want["date"] for a in articles))
    if "city" in want:
        records = [*articles, *captions]
        result.check("city", records and all(r.city == want["city"] for r in records))
    wanted_captions = want.get("captions")
    if isinstance(wanted_captions, int):
        result.check("captions", len(captions) == wanted_captions)
    elif wanted_captions is not None:
        result.check("captions", len(captions) == len(wanted_captions))
        for wanted in wanted_captions:
            found = [c for c in captions if c.text.startswith(wanted["text_starts"])]
            result.check(f"caption {wanted['text_starts'][:12]}", found)
            result.check(
                "caption photographers",
                found and list(found[0].photographers) == wanted["photographers"],
            )
    shot = {n for c in captions for n in c.photographers}
    shot |= {n for a in articles for c in a.captions for n in c.photographers}
    for name in want.get("photographers", []):
        result.check(f"photographer {name}", name in shot)
    for name in want.get("reporters", []):
        result.check(f"writer {name}", name in _writers(articles))
    for i, wanted in enumerate(want.get("articles", [])):
        _article_checks(result, wanted, _match(wanted, articles, i))
    bodies = [a.body for a in articles]
    for phrase in want.get("body_has", []):
        result.check(f"has {phrase[:12]}", any(phrase in b for b in bodies))
    texts = _texts(articles, captions)
    for phrase in want.get("body_lacks", []):
        result.check(f"lacks {phrase[:12]}", not any(phrase in t for t in texts))


def _match(wanted: dict, articles: list, i: int):
    """The article an expected one is: by its title, else by its place."""
    if "title" in wanted:
        for article in articles:
            if article.title == wanted["title"]:
                return article
        return None
    return articles[i] if i < len(articles) else None


def _article_checks(result: Score, wanted: dict, article) -> None:
    label = wanted.get("title", wanted.get("body_starts", ""))[:12]
    if "title" in wanted:
        result.check(f"title {label}", article is not None)
    paragraphs = article.paragraphs if article is not None else []
    if "body_starts" in wanted:
        result.check(
            f"{label}: body starts",
            paragraphs and paragraphs[0].startswith(wanted["body_starts"]),
        )
    if "body_ends" in wanted:
        result.check(
            f"{label}: body ends",
            paragraphs and paragraphs[-1].endswith(wanted["body_ends"]),
        )
    for key in ("reporters", "correspondents"):
        if key in wanted:
            people = list(getattr(article, key)) if article is not None else None
            if key == "reporters" and article is not None:
                people = [*article.reporters, *article.authors]
            result.check(f"{label}: {key}", people == wanted[key])
    for key in ("dateline", "section", "kicker", "subtitle", "summary"):
        if key in wanted:
            result.check(
                f"{label}: {key}",
                article is not None and getattr(article, key) == wanted[key],
            )
    if "category" in wanted:
        result.check(
            f"{label}: category",
            article is not None and article.section == wanted["category"],
        )
    for join in wanted.get("joins", []):
        result.check(f"{label}: joined {join[:8]}", any(join in p for p in paragraphs))
    for subhead in wanted.get("subheads", []):
        result.check(f"{label}: subhead {subhead[:8]}", subhead in paragraphs)


def _page_checks(result: Score, want: dict, articles: list, captions: list) -> None:
    """The checks of a page described as the three sample pages are."""
    result.check("articles", len(articles) == len(want["articles"]))
    for i, expected in enumerate(want["articles"]):
        article = articles[i] if i < len(articles) else None
        wanted = {**expected}
        if article is not None and "title" in wanted:
            result.check(
                f"title {wanted['title'][:12]}", article.title == wanted["title"]
            )
            wanted.pop("title")
        _article_checks(result, {"correspondents": [], **wanted}, article)
        if "city" in want or "publication_city" in want:
            city = want.get("publication_city", want.get("city"))
            result.check("city", article is not None and article.city == city)
    if "published" in want:
        result.check("date", articles and articles[0].date == want["published"])
    if "views" in want:
        result.check("views", articles and articles[0].views == want["views"])
    result.check("captions", len(captions) == len(want.get("captions", [])))
    ids = [a.id for a in articles]
    for i, wanted in enumerate(want.get("captions", [])):
        caption = captions[i] if i < len(captions) else None
        _caption_checks(result, wanted, caption, ids)
    texts = _texts(articles, captions)
    for phrase in want.get("boilerplate_not_article_text", []):
        result.check(f"lacks {phrase[:12]}", not any(phrase in t for t in texts))


def _caption_checks(result: Score, wanted: dict, caption, ids: list[int]) -> None:
    label = f"caption {wanted['text_starts'][:10]}"
    ok = caption is not None
    result.check(label, ok and caption.text.startswith(wanted["text_starts"]))
    result.check(
        f"{label}: photographers",
        ok and list(caption.photographers) == wanted["photographers"],
    )
    if "label" in wanted:
        result.check(f"{label}: label", ok and caption.label == wanted["label"])
    if "belongs_to_article" in wanted:
        n = wanted["belongs_to_article"]
        result.check(
            f"{label}: article",
            ok and n <= len(ids) and caption.article_id == ids[n - 1],
        )
    if "date" in wanted:
        month, day = wanted["date"].rstrip("日").split("月")
        result.check(
            f"{label}: date",
            ok
            and bool(caption.date)
            and caption.date.endswith(f"-{int(month):02d}-{int(day):02d}"),
        )
    if "place_county" in wanted:
        result.check(
            f"{label}: county", ok and caption.county == wanted["place_county"]
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list failed checks")
    parser.add_argument("--samples", type=Path, default=SHARED)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if not args.samples.is_dir():
        print(f"{args.samples} is absent: scoring the project's fixtures only")
    met = total = 0
    print(f"{'page':58}{'checks':>9}{'score':>8}")
    for case in cases(args.samples):
        result = _shown(score(case), args.verbose, args.samples in case.path.parents)
        met, total = met + result.met, total + len(result.checks)
    _line("shared pages and fixtures", met, total)
    sets: dict[str, list[int]] = {}
    for case in heldout_cases():
        result = _shown(score(case), args.verbose, f"held-out {case.group}")
        counts = sets.setdefault(case.group, [0, 0])
        counts[0] += result.met
        counts[1] += len(result.checks)
    for group, (set_met, set_total) in sets.items():
        _line(f"held-out set {group}", set_met, set_total)
    held_met = sum(m for m, _ in sets.values())
    held_total = sum(t for _, t in sets.values())
    _line("held-out sets", held_met, held_total)
    _line("total", met + held_met, total + held_total)


def _shown(result: Score, verbose: bool, where: bool | str) -> Score:
    if isinstance(where, bool):
        where = "shared" if where else "fixture"
    name = f"{where}: {result.page}"
    print(f"{name:58}{result.met:>4}/{len(result.checks):<4}{result.ratio:>8.3f}")
    if verbose:
        for check, ok in result.checks:
            if not ok:
                print(f"    missed: {check}")
    return result


def _line(name: str, met: int, total: int) -> None:
    print(f"{name:58}{met:>4}/{total:<4}{met / max(total, 1):>8.3f}")


if __name__ == "__main__":
    main()
