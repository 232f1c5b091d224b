"""Counting a text query within places from arrays (the index's matches
kept, the facet arrays, each caption's article) gives what SQL gives: the
same articles, the same captions, after edits, trash, OR within a facet and
exclusions. The oracle is the same call without the archive's path, which
takes the SQL way throughout (no arrays are shared for it)."""

from __future__ import annotations

import pytest

from archive import (
    AddNote,
    Archive,
    CaptionToParagraph,
    Filters,
    MoveCaption,
    NoteTarget,
    TrashArticles,
    TrashNotes,
    UpdateArticle,
)
from archive.found import _caption_count, _note_filter, record_counts, record_keys
from archive.notes.listing import count as note_count
from archive.search import listing, match_cache, place_matches

QUERIES = (
    "科技",
    "人才 OR 创新",
    "企业 -招聘",
    '"科技创新"',
    "摄",
    "记者 -(人才 OR 科技)",
    "有限公司",  # in most captions
    "工作人员 -(招聘 OR 书店)",
)
PLACES = (
    {"city": "焦作"},
    {"city": "开封"},
    {"city": ("焦作", "开封")},
    {"county": "修武县"},
    {"city": "焦作", "county": "修武县"},
    {},
)


def _sql_counts(archive: Archive, filters: Filters) -> dict[str, int]:
    return record_counts(archive.db, filters, path=None)


def _counts(archive: Archive, filters: Filters) -> dict[str, int]:
    return record_counts(archive.db, filters, path=archive.path)


@pytest.fixture
def loaded(demo: Archive) -> Archive:
    """The demo with notes that the queries find, on articles, a caption, a
    city and one in the trash; the facet arrays in memory, as the window has
    them."""
    jiaozuo = demo.article_ids(Filters(city="焦作"))
    xiuwu = demo.article_ids(Filters(county="修武县"))
    kaifeng = demo.article_ids(Filters(city="开封"))
    caption = next(c.id for i in kaifeng for c in demo.article(i).captions)
    for target, text in [
        (NoteTarget(article_id=jiaozuo[0]), "科技企业 有限公司 核实"),
        (NoteTarget(article_id=jiaozuo[1]), "人才 工作人员"),
        (NoteTarget(article_id=xiuwu[0]), "创新 有限公司"),
        (NoteTarget(article_id=kaifeng[0]), "企业 招聘"),
        (NoteTarget(caption_id=caption), "有限公司 图片"),
        (NoteTarget(city="焦作"), "科技 人才 有限公司"),
    ]:
        demo.execute(AddNote(target, text))
    (trashed,) = demo.execute(
        AddNote(NoteTarget(article_id=jiaozuo[2]), "科技 有限公司")
    ).note_ids
    demo.execute(TrashNotes([trashed]))
    demo.facets(Filters())
    return demo


def _all_agree(archive: Archive) -> int:
    """Every query within every place: the arrays' counts equal SQL's and
    they are counted the quick way (not left to SQL). Returns the captions
    counted, so that a test knows it counted some."""
    captions = notes = 0
    for query in QUERIES:
        for place in PLACES:
            filters = Filters(text=f"({query})", **place)
            assert (
                listing.quick_count(archive.db, filters, path=archive.path) is not None
                or not place
            ), (query, place)
            assert place_matches.count(
                archive.db, filters, "caption", path=archive.path
            ) == _caption_count(archive.db, filters, None), (query, place)
            assert place_matches.count(
                archive.db, filters, "note", path=archive.path
            ) == note_count(archive.db, _note_filter(filters)), (query, place)
            assert list(record_keys(archive.db, filters, path=archive.path)) == list(
                record_keys(archive.db, filters, path=None)
            ), (query, place)
            expected = _sql_counts(archive, filters)
            assert _counts(archive, filters) == expected, (query, place)
            assert expected["article"] == len(
                listing.article_ids(archive.db, filters, path=None)
            )
            captions += expected["caption"]
            notes += expected["note"]
    assert notes > 0
    return captions


def test_counts_from_arrays_equal_sqls(loaded: Archive) -> None:
    assert _all_agree(loaded) > 0


def test_counts_follow_edits_trash_and_moved_captions(loaded: Archive) -> None:
    archive = loaded
    jiaozuo = archive.article_ids(Filters(city="焦作"))
    kaifeng = archive.article_ids(Filters(city="开封"))
    before = _counts(archive, Filters(text="(有限公司 OR 科技)", city="焦作"))
    # a new match; an article with captions to the trash (its captions stay
    # live and stay in its city, as SQL counts them); a caption moved away,
    # one to no article, one turned into a paragraph (a caption trashed)
    untouched = next(i for i in jiaozuo if "科技" not in archive.article(i).body)
    archive.execute(
        UpdateArticle(untouched, body=archive.article(untouched).body + "\n\n科技")
    )
    with_captions = [
        i
        for i in jiaozuo
        if any("有限公司" in c.text for c in archive.article(i).captions)
    ]
    archive.execute(TrashArticles(with_captions[:2], reason="test"))
    captions = [c.id for i in with_captions[2:6] for c in archive.article(i).captions]
    archive.execute(MoveCaption(captions[0], kaifeng[0]))
    archive.execute(MoveCaption(captions[1], None))
    archive.execute(CaptionToParagraph(captions[2]))
    after = _counts(archive, Filters(text="(有限公司 OR 科技)", city="焦作"))
    assert after != before
    assert _all_agree(archive) > 0


def test_the_index_is_read_once_for_every_place(
    loaded: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = []
    original = match_cache._read
    monkeypatch.setattr(
        match_cache, "_read", lambda *a: read.append(a[2]) or original(*a)
    )
    for place in PLACES:
        _counts(loaded, Filters(text="(科技)", **place))
    assert len(read) == 1
    first = loaded.article_ids()[0]
    loaded.execute(UpdateArticle(first, body=loaded.article(first).body + "\n\n另"))
    _counts(loaded, Filters(text="(科技)", city="焦作"))
    assert len(read) == 2  # the archive changed: read again


@pytest.mark.parametrize(
    "query", ["企业 -的", "记者 -(人才 OR 科技)", "科技 -创新 -人才"]
)
def test_an_exclusion_lists_and_counts_what_the_index_finds_by_itself(
    demo: Archive, query: str
) -> None:
    filters = Filters(text=query)
    whole = listing.article_ids(demo.db, filters)  # the index's own NOT
    page = listing.article_ids(demo.db, filters, limit=20)
    assert listing.article_ids(demo.db, filters, path=demo.path) == whole
    assert listing.article_ids(demo.db, filters, limit=20, path=demo.path) == page
    assert page == whole[:20]
    assert listing.quick_count(demo.db, filters, path=demo.path) == len(whole)


def test_an_excluded_terms_matches_read_once_serve_every_exclusion(
    demo: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = []
    original = match_cache._read
    monkeypatch.setattr(
        match_cache, "_read", lambda *a: read.append(a[2]) or original(*a)
    )
    listing.article_ids(demo.db, Filters(text="的"), path=demo.path)
    for query in ("企业 -的", "科技 -的", "企业 -的"):
        listing.article_ids(demo.db, Filters(text=query), limit=20, path=demo.path)
    assert len(read) == 1  # 的, kept: the first pages read 企业 and 科技 as they came
    queries = ("企业 -的", "科技 -的 -人才", "企业 -的 -(记者 OR 人才)")
    shown = {}
    for query in queries:
        for order in ("date", "rank"):
            filters = Filters(text=query, order=order)
            for limit in (1, 20, 10_000, None):
                shown[filters, limit] = listing.article_ids(
                    demo.db, filters, limit=limit, path=demo.path
                )
    assert not any(" NOT " in expression for expression in read)
    for (filters, limit), ids in shown.items():  # the index's own NOT
        assert ids == listing.article_ids(demo.db, filters, limit=limit), filters
    assert match_cache.split_not('("a NOT b")') is None
    assert match_cache.split_not('(("a") NOT ("b" OR "c"))') == (
        '("a")',
        '("b" OR "c")',
    )
