"""The three real pages in ../shared/samples, read as a careful editor reads them."""

from __future__ import annotations

import itertools
import json

import pytest

from archive import Archive
from archive.importing.importer import import_paths

PAGES = ["jiaozuo-2022-06-page", "jiaozuo-2022-07-page", "kaifeng-2024-04-13-web"]


@pytest.fixture
def imported(shared_samples, tmp_path):
    """An archive holding the three sample pages, and what an editor expects of them."""

    def load(name: str):
        archive = Archive.open(
            tmp_path / f"{name}.sqlite", create=True, editor="tester"
        )
        report = import_paths(archive, [shared_samples / "pages" / f"{name}.txt"])
        expected = json.loads(
            (shared_samples / "expected" / f"{name}.json").read_text()
        )
        return archive, report, expected

    return load


def articles_of(archive, report):
    return [archive.article(i) for i in report.files[0].articles]


def captions_of(archive, report):
    return [archive.caption(i) for i in report.files[0].captions]


@pytest.mark.parametrize("name", PAGES)
def test_every_article_with_its_people_and_body(imported, name):
    archive, report, expected = imported(name)
    assert report.files[0].status == "added"
    articles = articles_of(archive, report)
    assert [a.title for a in articles] == [e["title"] for e in expected["articles"]]
    for article, wanted in zip(articles, expected["articles"], strict=True):
        assert list(article.reporters) == wanted["reporters"], article.title
        assert list(article.correspondents) == wanted.get("correspondents", []), (
            article.title
        )
        assert article.paragraphs[0].startswith(wanted["body_starts"]), article.title
        assert article.paragraphs[-1].endswith(wanted["body_ends"]), article.title
        if "dateline" in wanted:
            assert article.dateline == wanted["dateline"]
        if "section" in wanted:
            assert article.section == wanted["section"]
        if "category" in wanted:
            assert article.section == wanted["category"]
        assert article.city == expected["publication_city"]
        assert article.source is not None
        assert article.source.sha256


@pytest.mark.parametrize("name", PAGES)
def test_sentences_split_by_columns_or_captions_are_joined(imported, name):
    archive, report, expected = imported(name)
    for article, wanted in zip(
        articles_of(archive, report), expected["articles"], strict=True
    ):
        for join in wanted.get("joins", []):
            assert any(join in p for p in article.paragraphs), (article.title, join)
        for subhead in wanted.get("subheads", []):
            assert subhead in article.paragraphs


@pytest.mark.parametrize("name", PAGES)
def test_every_caption_with_its_photographer_and_article(imported, name):
    archive, report, expected = imported(name)
    captions = captions_of(archive, report)
    articles = [a.id for a in articles_of(archive, report)]
    assert len(captions) == len(expected["captions"])
    by_start = sorted(captions, key=lambda c: c.source.start)
    for caption, wanted in zip(by_start, expected["captions"], strict=True):
        assert caption.text.startswith(wanted["text_starts"])
        assert list(caption.photographers) == wanted["photographers"]
        if "label" in wanted:
            assert caption.label == wanted["label"]
        if "belongs_to_article" in wanted:
            assert caption.article_id == articles[wanted["belongs_to_article"] - 1]
        if "date" in wanted:
            month, day = wanted["date"].rstrip("日").split("月")
            assert caption.date.endswith(f"-{int(month):02d}-{int(day):02d}")
        if "place_county" in wanted:
            assert caption.county == wanted["place_county"]
        if "section" in wanted:
            section = archive.db.execute(
                "SELECT section FROM captions WHERE id = ?", [caption.id]
            ).fetchone()[0]
            assert section == wanted["section"]


@pytest.mark.parametrize("name", PAGES)
def test_page_furniture_stays_out_of_the_text(imported, name):
    archive, report, expected = imported(name)
    text = " ".join(a.body for a in articles_of(archive, report))
    text += " ".join(c.text for c in captions_of(archive, report))
    for furniture in expected.get("boilerplate_not_article_text", []):
        assert furniture not in text
    assert report.files[0].leftovers == 0


def test_web_page_date_and_views(imported):
    archive, report, expected = imported("kaifeng-2024-04-13-web")
    article = articles_of(archive, report)[0]
    assert article.date == expected["published"]
    assert article.views == expected["views"]


def test_dates_come_from_the_dateline_and_the_file_name(imported):
    archive, report, _ = imported("jiaozuo-2022-06-page")
    dates = [a.date for a in articles_of(archive, report)]
    assert dates == ["2022-06", "2022-06-17", "2022-06-22", "2022-06"]


def test_nothing_is_lost(imported, shared_samples):
    import zlib

    archive, _report, _ = imported("jiaozuo-2022-07-page")
    raw = (shared_samples / "pages" / "jiaozuo-2022-07-page.txt").read_bytes()
    stored = archive.db.execute("SELECT content FROM sources").fetchone()[0]
    assert zlib.decompress(stored) == raw
    assert archive.check() == []


def test_gb18030_copy_reads_to_the_same_records(shared_samples, tmp_path):
    def records(name: str) -> list:
        archive = Archive.open(tmp_path / f"{name}.sqlite", create=True)
        report = import_paths(archive, [shared_samples / "pages" / name])
        articles = [archive.article(i) for i in report.files[0].articles]
        captions = [archive.caption(i) for i in report.files[0].captions]
        return (
            [report.files[0].encoding]
            + [(a.title, a.body, a.reporters, a.dateline, a.date) for a in articles]
            + [(c.text, c.photographers, c.date, c.county) for c in captions]
        )

    utf8 = records("jiaozuo-2022-07-page.txt")
    gb = records("jiaozuo-2022-07-page.gb18030.txt")
    assert (utf8[0], gb[0]) == ("utf-8", "gb18030")
    assert utf8[1:] == gb[1:]


def test_reimport_adds_nothing(imported, shared_samples):
    archive, report, _ = imported("jiaozuo-2022-06-page")
    again = import_paths(
        archive, [shared_samples / "pages" / "jiaozuo-2022-06-page.txt"]
    )
    assert again.files[0].status == "duplicate"
    assert archive.count() == len(report.files[0].articles)


@pytest.mark.parametrize("name", PAGES)
def test_no_article_is_shown_over_another(imported, name):
    """A headline printed far from its body is two stretches of the page, not
    one that covers the articles between them."""
    archive, _report, _ = imported(name)
    (source,) = archive.sources()
    spans = sorted(
        (s.start, s.end, s.id)
        for s in archive.source_layout(source.id).spans
        if s.kind == "article"
    )
    for (_, end, one), (start, _, other) in itertools.pairwise(spans):
        assert end <= start or one == other, (one, other)
