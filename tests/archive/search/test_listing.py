"""The article list, facet counts and the text filter over the demo archive."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive import FACET_KINDS, Filters, TagRecords, UntagRecords
from archive.search import facets_sql


@pytest.fixture
def full_reads(monkeypatch) -> list[int]:
    """One item for each time the facet arrays are read from the archive itself
    (rather than caught up, or loaded from the cache)."""
    from archive.search import facets

    reads: list[int] = []
    real = facets.FacetTable.__init__

    def counted(self, *args):
        reads.append(1)
        real(self, *args)

    monkeypatch.setattr(facets.FacetTable, "__init__", counted)
    return reads


def test_ids_are_newest_first(demo):
    ids = demo.article_ids()
    assert len(ids) == demo.count() == 300
    dates = [row.date for row in demo.article_rows(ids)]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters().with_facet("city", "焦作"),
        Filters(text="科技 city:开封"),
    ],
)
def test_every_id_comes_in_the_order_of_the_rows(demo, filters):
    """The whole list, handed over as one string, in the order its query's
    rows come (newest first, as a row an id gave it)."""
    from archive.search import listing

    asked: list[tuple[str, list]] = []
    real = listing.ordered_ids

    def noted(db, query, params):
        asked.append((query, params))
        return real(db, query, params)

    listing.ordered_ids = noted
    try:
        ids = demo.article_ids(filters)
    finally:
        listing.ordered_ids = real
    assert len(asked) == 1
    query, params = asked[0]
    assert list(ids) == [i for (i,) in demo.db.execute(query, params)]
    assert ids.typecode == "q"


def test_an_id_array_and_the_article_ids_in_it():
    from array import array

    from archive import articles_in, key_of

    keys = array("q", [5, key_of("caption", 3), 7, key_of("note", 5), 9])
    assert articles_in(keys).tolist() == [5, 7, 9]
    assert articles_in(array("q")).tolist() == []


def test_rows_come_back_in_the_order_asked(demo):
    ids = list(demo.article_ids()[:5])[::-1]
    assert [row.id for row in demo.article_rows(ids)] == ids


@pytest.mark.parametrize("kind", FACET_KINDS)
def test_each_facet_value_narrows_to_its_count(demo, kind):
    if kind == "tag":
        demo.execute(TagRecords("专题/交通", article_ids=demo.article_ids()[:4]))
    values = demo.facets()[kind]
    assert values, f"the demo has no {kind} values"
    for value in values[:3]:
        ids = demo.article_ids(Filters().with_facet(kind, value.value))
        assert len(ids) == value.count > 0


def test_city_filter_shows_only_that_city(demo):
    ids = demo.article_ids(Filters(city="焦作"))
    assert ids
    assert {row.city for row in demo.article_rows(ids)} == {"焦作"}


def test_several_values_of_a_facet_are_either_and_facets_are_both(demo):
    jiaozuo = set(demo.article_ids(Filters(city="焦作")))
    kaifeng = set(demo.article_ids(Filters(city="开封")))
    both = Filters(city="焦作").toggled("city", "开封")
    assert both.city == ("焦作", "开封")
    for text in ("", "科技"):  # by the facet arrays, and with the search text
        chosen = replace(both, text=text)
        assert set(demo.article_ids(chosen)) == {
            i
            for i in jiaozuo | kaifeng
            if not text or i in set(demo.article_ids(Filters(text=text)))
        }
    years = both.with_facet("year", 2021).toggled("year", 2022)
    found = demo.article_ids(years)
    assert found
    assert {(r.city, r.date[:4]) for r in demo.article_rows(found)} <= {
        (c, y) for c in ("焦作", "开封") for y in ("2021", "2022")
    }
    cities = {v.value for v in demo.facets(both)["city"]}
    assert len(cities) > 2  # the group's own choices do not narrow it
    assert both.toggled("city", "焦作").city == "开封"
    assert both.toggled("city", "焦作").toggled("city", "开封").city is None
    captions = demo.find(replace(both, text="kind:caption"))
    assert captions.counts["caption"] > 0
    rows = demo.record_rows(captions.keys)
    assert {r.city for r in rows} == {"焦作", "开封"}


def test_facet_counts_follow_the_other_filters(demo):
    filters = Filters(year=2021)
    cities = demo.facets(filters)["city"]
    assert sum(v.count for v in cities) == len(demo.article_ids(filters))
    years = demo.facets(filters)["year"]  # its own choice does not narrow it
    assert len(years) > 1


def test_tag_filter_takes_in_child_tags(demo):
    ids = demo.article_ids()
    demo.execute(TagRecords("地区/豫北", article_ids=ids[:2]))
    demo.execute(TagRecords("地区", article_ids=ids[5:6]))
    assert set(demo.article_ids(Filters(tag="地区"))) == {ids[0], ids[1], ids[5]}
    assert set(demo.article_ids(Filters(tag="地区/豫北"))) == {ids[0], ids[1]}


def test_person_filter_finds_bylines_and_photo_credits(demo):
    article = next(
        demo.article(i)
        for i in demo.article_ids()
        if demo.article(i).captions and demo.article(i).captions[0].photographers
    )
    photographer = article.captions[0].photographers[0]
    assert article.id in demo.article_ids(Filters(person=photographer))
    reporter = article.reporters[0]
    assert article.id in demo.article_ids(Filters(person=reporter))


def test_text_filter_is_an_exact_substring_match(demo):
    ids = demo.article_ids(Filters(text="院士工作站"))
    assert ids
    for article in map(demo.article, ids):
        text = " ".join(
            [article.title, article.body, *(c.text for c in article.captions)]
        )
        assert "院士工作站" in text
    everything = {demo.article(i).body for i in demo.article_ids()}
    expected = sum("院士工作站" in body for body in everything)
    assert len(ids) >= expected


def test_the_match_column_shows_where_the_text_matched(demo):
    """The snippet comes from the body when the match is there, else from the
    summary, subtitle, kicker, dateline or a caption: never the body's first
    words when the query is not in them."""
    from archive import UpdateArticle, UpdateCaption

    ids = list(demo.article_ids())
    with_caption = next(i for i in ids if demo.article(i).captions)
    plain = next(i for i in ids if i != with_caption)
    demo.execute(UpdateArticle(plain, subtitle="——记麒麟湾的守林人"))
    caption = demo.article(with_caption).captions[0]
    demo.execute(UpdateCaption(caption.id, text="麒麟湾的清晨，守林人巡山归来。"))
    rows = {r.id: r for r in demo.article_rows([plain, with_caption], query="麒麟湾")}
    assert "记麒麟湾的守林人" in rows[plain].snippet
    assert "麒麟湾的清晨" in rows[with_caption].snippet
    hits = {(h.kind, h.id): h.snippet for h in demo.search("麒麟湾").hits}
    assert "记麒麟湾的守林人" in hits["article", plain]  # the CLI's too
    assert "麒麟湾的清晨" in hits["caption", caption.id]
    body = demo.article(plain).body
    word = next(body[i : i + 4] for i in range(len(body)) if body[i : i + 4].isalnum())
    assert word in demo.article_rows([plain], query=word)[0].snippet  # the body first


def test_like_wildcards_in_a_query_are_literal(demo):
    assert len(demo.article_ids(Filters(text="%"))) == sum(
        "%" in demo.article(i).body for i in demo.article_ids()
    )
    assert len(demo.article_ids(Filters(text="_"))) == 0  # no underscore in the demo


def test_terms_are_anded_and_split_at_any_space(demo):
    both = set(demo.article_ids(Filters(text="院士工作站 焦作")))
    assert both <= set(demo.article_ids(Filters(text="院士工作站")))
    assert set(demo.article_ids(Filters(text="院士工作站　焦作"))) == both  # U+3000


def test_trashed_articles_leave_the_list_and_the_counts(demo):
    from archive import TrashArticles

    first = demo.article_ids()[0]
    city = demo.article(first).city
    before = {v.value: v.count for v in demo.facets()["city"]}[city]
    demo.execute(TrashArticles([first], reason="duplicate"))
    assert first not in demo.article_ids()
    assert {v.value: v.count for v in demo.facets()["city"]}[city] == before - 1


def _random_filters(demo, rng) -> Filters:
    every = demo.facets()
    filters = Filters(text=rng.choice(["", "", "科技", "企业 -项目", "城市:焦作 发展"]))
    for kind in rng.sample(FACET_KINDS, rng.randrange(0, 3)):
        if every[kind]:
            filters = filters.with_facet(kind, rng.choice(every[kind]).value)
    return filters


def test_facet_counts_equal_a_group_by_per_facet(demo):
    import random

    rng = random.Random(5)
    ids = demo.article_ids()
    demo.execute(TagRecords("专题/交通", article_ids=ids[:6]))
    demo.execute(TagRecords("专题", article_ids=ids[3:9]))
    for _ in range(25):
        filters = _random_filters(demo, rng)
        assert demo.facets(filters) == facets_sql.facets_by_sql(demo.db, filters), (
            filters
        )


def test_facet_counts_follow_every_write(demo):
    from archive import TrashArticles

    ids = demo.article_ids()
    city = demo.article(ids[0]).city
    before = {v.value: v.count for v in demo.facets()["city"]}
    trashed = sum(demo.article(i).city == city for i in ids[:3])
    demo.execute(TrashArticles(ids[:3]))
    assert {v.value: v.count for v in demo.facets()["city"]}[city] == (
        before[city] - trashed
    )
    demo.undo()
    assert {v.value: v.count for v in demo.facets()["city"]} == before
    demo.execute(TagRecords("地区/豫北", article_ids=ids[5:7]))
    assert demo.facets()["tag"] == facets_sql.facets_by_sql(demo.db, Filters())["tag"]
    demo.execute(UntagRecords("地区/豫北", article_ids=ids[5:6]))
    tags = {v.value: v.count for v in demo.facets()["tag"]}
    assert tags["地区/豫北"] == 1
    assert demo.facets()["tag"] == facets_sql.facets_by_sql(demo.db, Filters())["tag"]


def test_facet_counts_after_each_kind_of_edit_equal_a_group_by(demo, full_reads):
    import random

    from archive import (
        MergeArticles,
        MoveCaption,
        SetPeople,
        SplitArticle,
        TrashArticles,
        UpdateArticle,
    )

    rng = random.Random(8)
    ids = list(demo.article_ids())
    captioned = [i for i in ids if demo.article(i).captions]
    demo.facets()  # read whole once; the edits below are caught up row by row
    assert full_reads == [1]
    edits = [
        UpdateArticle(ids[0], city="开封", county="兰考县", section="新栏目"),
        TrashArticles(ids[1:4]),
        TagRecords("专题/交通", article_ids=ids[4:9]),
        UntagRecords("专题/交通", article_ids=ids[4:6]),
        SetPeople(role="reporter", names=["新记者"], article_id=ids[10]),
        SetPeople(
            role="photographer",
            names=["新摄影"],
            caption_id=demo.article(captioned[0]).captions[0].id,
        ),
        MoveCaption(demo.article(captioned[1]).captions[0].id, ids[12]),
        MergeArticles(ids[13], ids[14]),
        SplitArticle(ids[15], 1, title="拆出的新稿"),
    ]
    for edit in edits:
        demo.execute(edit)
        for _ in range(3):
            filters = _random_filters(demo, rng)
            assert demo.facets(filters) == facets_sql.facets_by_sql(demo.db, filters)
    for _ in edits:
        demo.undo()
        filters = _random_filters(demo, rng)
        assert demo.facets(filters) == facets_sql.facets_by_sql(demo.db, filters)
    assert full_reads == [1]


def test_search_with_facet_choices_equals_the_join(demo):
    """With the facet arrays in memory, a search narrowed by facets is filtered
    by them rather than joined to its articles: the same ids, in order."""
    import random

    from archive import TrashArticles
    from archive.search import listing

    rng = random.Random(3)
    demo.facets()
    demo.execute(TrashArticles(demo.article_ids()[:2]))
    checked = 0
    for _ in range(30):
        filters = _random_filters(demo, rng)
        if filters.text and any(filters.facet(k) for k in FACET_KINDS):
            by_join = listing.article_ids(demo.db, filters)  # no path: no arrays
            assert list(demo.article_ids(filters)) == list(by_join), filters
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize("arrays", [False, True])
def test_count_is_the_length_of_the_list(demo, arrays):
    import random

    rng = random.Random(11)
    if arrays:
        demo.facets()  # the facet arrays in memory count facet choices
    for text in ["", "科技", "企业 -项目", "城市:焦作 发展", "年份:2021", "的", "-的"]:
        filters = Filters(text=text)
        assert demo.count(filters) == len(demo.article_ids(filters)), text
    for _ in range(20):
        filters = _random_filters(demo, rng)
        assert demo.count(filters) == len(demo.article_ids(filters)), filters


@pytest.fixture
def new_session(full_reads):
    """Forget what this process holds in memory, as a new session would."""
    from archive.search import facet_cache

    def forget() -> None:
        facet_cache._TABLES.clear()
        facet_cache._WRITES.clear()
        facet_cache._SAVED.clear()

    forget()
    return forget, full_reads


def test_facet_arrays_are_kept_between_sessions(demo_path, new_session):
    from archive import Archive, TrashArticles, UpdateArticle

    forget, reads = new_session
    with Archive.open(demo_path) as archive:
        first = archive.facets()
        assert reads == [1]
        archive.execute(TrashArticles(archive.article_ids()[:5]))
        archive.facets()  # caught up in memory, kept on disk when closed
    forget()
    with Archive.open(demo_path) as archive:
        again = archive.facets()
        assert reads == [1]  # loaded, not read from the archive
        assert again == facets_sql.facets_by_sql(archive.db, Filters())
        assert again != first
        archive.execute(UpdateArticle(archive.article_ids()[0], city="鹤壁"))
        assert archive.facets() == facets_sql.facets_by_sql(archive.db, Filters())
        assert reads == [1]  # the loaded arrays were caught up too


def test_facet_arrays_changed_elsewhere_are_read_again(demo_path, new_session):
    from archive import Archive, TrashArticles
    from archive.search import facet_cache

    forget, reads = new_session
    with Archive.open(demo_path) as archive:
        archive.facets()
    forget()
    with Archive.open(demo_path) as other:  # as if another program edited it
        other.execute(TrashArticles(other.article_ids()[:5]))
    forget()
    with Archive.open(demo_path) as archive:
        assert archive.facets() == facets_sql.facets_by_sql(archive.db, Filters())
        assert len(reads) == 2
    facet_cache.cache_file(demo_path).write_bytes(b"not an npz file")
    forget()
    with Archive.open(demo_path) as archive:
        assert archive.facets() == facets_sql.facets_by_sql(archive.db, Filters())
        assert len(reads) == 3


def test_the_list_does_not_wait_for_facet_arrays_being_read(demo):
    """While another thread holds the facet arrays (reading a million articles'
    values takes seconds), a search with facet choices asks SQL instead."""
    import threading

    from archive.search import facet_cache, listing

    demo.facets()
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with facet_cache._LOCK:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    try:
        filters = Filters(text="科技", city="焦作")
        assert list(demo.article_ids(filters)) == list(
            listing.article_ids(demo.db, filters)
        )
        assert demo.count(Filters(city="焦作")) == len(
            demo.article_ids(Filters(city="焦作"))
        )
    finally:
        release.set()
        holder.join(10)


def test_facet_arrays_follow_an_import_without_reading_everything(
    demo_path, tmp_path, full_reads
):
    from archive import Archive
    from archive.importing.importer import import_paths

    page = tmp_path / "page-2023-05.txt"
    page.write_text(
        "# 焦作南湖湿地公园完成生态修复\n\n"
        "本报讯(记者新来的)5月20日，焦作南湖湿地公园生态修复工程通过验收。\n\n"
        "# 老旧小区加装电梯提速\n\n"
        "本报讯(记者另一位)今年全市计划为老旧小区加装电梯一百部。\n",
        "utf-8",
    )
    with Archive.open(demo_path) as archive:
        archive.facets()
        with Archive.open(demo_path) as importing:  # as the window's import job
            import_paths(importing, [page])
        assert archive.facets() == facets_sql.facets_by_sql(archive.db, Filters())
        page.write_text(page.read_text("utf-8").split("# 老旧")[0], "utf-8")
        with Archive.open(demo_path) as importing:  # a corrected version
            import_paths(importing, [page])
        people = {v.value for v in archive.facets(limit=500)["person"]}
        assert "新来的" in people
        assert "另一位" not in people
        assert archive.facets() == facets_sql.facets_by_sql(archive.db, Filters())
        assert full_reads == [1]
