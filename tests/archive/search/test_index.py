"""The full-text index finds exactly the records a substring scan finds."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import (
    AddNote,
    Filters,
    MergeArticles,
    NoteTarget,
    SplitArticle,
    TrashArticles,
    UpdateArticle,
)
from archive.models import Doc
from archive.search.index import Index, document
from archive.search.tokens import fold, phrase


def scan(archive, query: str) -> set[int]:
    """Articles whose folded text contains ``query``: the reference."""
    wanted = fold(query)
    found = set()
    for article_id in archive.article_ids():
        a = archive.article(article_id)
        fields = [
            a.kicker,
            a.title,
            a.subtitle,
            a.summary,
            a.dateline,
            a.body,
            " ".join(a.reporters + a.correspondents + a.editors + a.authors),
        ]
        for c in a.captions:
            fields += [c.label, c.text, c.credit, " ".join(c.photographers)]
        if any(field and wanted in fold(field) for field in fields):
            found.add(article_id)
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from archive import Archive
    from archive.demo import write_demo

    path = tmp_path_factory.mktemp("index") / "demo.sqlite"
    write_demo(path, articles=120, seed=11).close()
    archive = Archive.open(path)
    texts = [archive.article(i).body for i in archive.article_ids()]
    yield archive, texts
    archive.close()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_random_substrings_find_what_a_scan_finds(corpus, data):
    archive, texts = corpus
    text = data.draw(st.sampled_from(texts))
    length = data.draw(st.integers(min_value=1, max_value=12))
    start = data.draw(st.integers(min_value=0, max_value=max(0, len(text) - length)))
    query = text[start : start + length].split("\n")[0]
    if not query.strip() or " " in query:
        return
    assert set(archive.article_ids(Filters(text=query))) == scan(archive, query)


@pytest.fixture(scope="module")
def folded_corpus(corpus):
    """Each article's folded text (all of it, and its headline), newest first."""
    archive, _ = corpus
    articles = {}
    for article_id in archive.article_ids():
        a = archive.article(article_id)
        headline = [a.kicker, a.title, a.subtitle]
        fields = [*headline, a.summary, a.dateline, a.body]
        fields.append(" ".join(a.reporters + a.correspondents + a.editors + a.authors))
        for c in a.captions:
            fields += [c.label, c.text, c.credit, " ".join(c.photographers)]
        articles[article_id] = (
            [fold(f) for f in fields if f],
            [fold(f) for f in headline if f],
            a.city,
            (a.date or "")[:4],
        )
    return articles


def _holds(node, texts: list[str]) -> bool:
    """A query tree (str, ("and"|"or", …), ("not", x)) over some texts."""
    if isinstance(node, str):
        return any(fold(node) in t for t in texts)
    if node[0] == "not":
        return not _holds(node[1], texts)
    parts = [_holds(n, texts) for n in node[1:]]
    return all(parts) if node[0] == "and" else any(parts)


def _typed(node) -> str:
    """The query tree as an editor types it."""
    if isinstance(node, str):
        return node
    if node[0] == "not":
        return "-" + _typed(node[1])
    if node[0] == "or":
        return "(" + " OR ".join(_typed(n) for n in node[1:]) + ")"
    return " ".join(_typed(n) for n in node[1:])


@st.composite
def boolean_queries(draw, texts):
    def term():
        text = draw(st.sampled_from(texts))
        runs = re.findall(r"[\u4e00-\u9fff]+", text) or ["科技"]
        run = draw(st.sampled_from(runs))
        length = draw(st.integers(1, min(4, len(run))))
        start = draw(st.integers(0, len(run) - length))
        return run[start : start + length]

    first = draw(st.sampled_from(["term", "or"]))
    head = term() if first == "term" else ("or", term(), term())
    rest = [
        ("not", term()) if draw(st.booleans()) else term()
        for _ in range(draw(st.integers(0, 2)))
    ]
    return ("and", head, *rest) if rest else head


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
@pytest.mark.parametrize("arrays", ["none", "in memory", "in memory, 3 streamed"])
def test_boolean_queries_list_and_rank_what_a_scan_finds(
    corpus, folded_corpus, data, arrays, monkeypatch
):
    """AND, OR and exclusion over random substrings, alone, with a city chosen
    in the sidebar or typed (or both), or a year typed: the list, its count and its relevance
    order are what evaluating the query over each article's text gives
    (headline matches first: the query holds in the headline too). With the
    facet arrays in memory, facet choices are checked by them (on a first page
    match by match, then all at once if the page does not fill); without, by
    SQL."""
    from archive.search import facet_cache, matching

    archive, texts = corpus
    if arrays == "none":
        monkeypatch.setattr(facet_cache, "chosen_mask", lambda *_: None)
    else:
        archive.facets()
    if arrays == "in memory, 3 streamed":
        monkeypatch.setattr(matching, "STREAMED", 3)
    tree = data.draw(boolean_queries(texts))
    query, choices = _typed(tree), {}
    cities = sorted({city for *_, city, _ in folded_corpus.values()})
    years = sorted({year for *_, year in folded_corpus.values()})
    narrowing = data.draw(
        st.sampled_from(
            ["none", "city chosen", "city typed", "two cities", "year typed"]
        )
    )
    wanted_city = wanted_year = None
    if narrowing == "city chosen":
        wanted_city = choices["city"] = data.draw(st.sampled_from(cities))
    elif narrowing == "city typed":
        wanted_city = data.draw(st.sampled_from(cities))
        query += f" city:{wanted_city}"
    elif narrowing == "two cities":  # typed and chosen: both must hold
        wanted_city = choices["city"] = data.draw(st.sampled_from(cities))
        typed = data.draw(st.sampled_from(cities))
        query += f" city:{typed}"
        if typed != wanted_city:
            wanted_city = "no city at all"
    elif narrowing == "year typed":
        wanted_year = data.draw(st.sampled_from(years))
        query += f" date:{wanted_year}"
    expected = [
        i
        for i, (whole, _, city, year) in folded_corpus.items()
        if _holds(tree, whole)
        and wanted_city in (None, city)
        and wanted_year in (None, year)
    ]
    filters = Filters(text=query, **choices)
    assert list(archive.article_ids(filters)) == expected
    assert list(archive.article_ids(filters, limit=5)) == expected[:5]
    assert archive.count(filters) == len(expected)
    in_headline = [i for i in expected if _holds(tree, folded_corpus[i][1])]
    ranked = in_headline + [i for i in expected if i not in in_headline]
    by_rank = replace(filters, order="rank")
    assert list(archive.article_ids(by_rank)) == ranked
    assert list(archive.article_ids(by_rank, limit=5)) == ranked[:5]


@pytest.mark.parametrize(
    "query",
    [
        "焦",
        "科技",
        "院士工作站",
        "高新技术企业达到",
        "，",
        "。据",
        "%",
        "2%",
        "A08",
        "不存在的词语组合",
    ],
)
def test_chosen_queries(corpus, query):
    archive, _ = corpus
    assert set(archive.article_ids(Filters(text=query))) == scan(archive, query)


def test_width_case_and_ideographic_space_are_folded(fresh_archive):
    from archive.demo import fill

    fill(fresh_archive, articles=3, seed=1)
    first = fresh_archive.article_ids()[0]
    fresh_archive.execute(
        UpdateArticle(
            first,
            body="（记者 王五）今年ＡＢＣ２０２２项目投产，产能１２．５％。\n\nR&D投入增加",
        )
    )
    for query in [
        "(记者",
        "（记者",
        "abc2022",
        "ＡＢＣ２０２２",
        "BC20",
        "12.5%",
        "r&d",
        "R＆D投入",
    ]:
        assert first in fresh_archive.article_ids(Filters(text=query)), query
    assert first not in fresh_archive.article_ids(Filters(text="投产产能"))
    assert first not in fresh_archive.article_ids(Filters(text="增加R&D"))


def test_no_match_across_fields_or_paragraphs(fresh_archive):
    from archive.demo import fill

    fill(fresh_archive, articles=2, seed=1)
    first = fresh_archive.article_ids()[0]
    fresh_archive.execute(UpdateArticle(first, title="甲乙", body="丙丁\n\n戊己"))
    assert first in fresh_archive.article_ids(Filters(text="甲乙"))
    assert first not in fresh_archive.article_ids(Filters(text="乙丙"))
    assert first not in fresh_archive.article_ids(Filters(text="丁戊"))


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "AND",
        "OR 科技",
        "NEAR(科技)",
        "*",
        "^科技",
        "科技*",
        "x:科技",
        "-科技",
        "(",
        ")",
        "科技-创新",
        "😀",
        "DROP TABLE articles;",
        "科" * 10_000,
        "\\",
    ],
)
def test_hostile_queries_never_raise(corpus, query):
    archive, _ = corpus
    archive.article_ids(Filters(text=query))
    archive.search(query)


def test_phrase_is_exact_bigrams():
    assert phrase("高新技术") == '"高新 新技 技术"'
    assert phrase("焦") == '"焦"*'
    assert phrase("   ") is None


def test_the_index_follows_every_kind_of_edit(fresh_archive):
    from archive.demo import fill

    archive = fresh_archive
    fill(archive, articles=30, seed=5)
    ids = list(archive.article_ids())
    archive.execute(UpdateArticle(ids[0], body="独一无二的句子。\n\n第二段。"))
    assert list(archive.article_ids(Filters(text="独一无二"))) == [ids[0]]
    archive.undo()
    assert list(archive.article_ids(Filters(text="独一无二"))) == []
    archive.execute(TrashArticles([ids[1]]))
    title = archive.db.execute(
        "SELECT title FROM articles WHERE id = ?", [ids[1]]
    ).fetchone()[0]
    assert ids[1] not in archive.article_ids(Filters(text=title))
    archive.undo()
    assert ids[1] in archive.article_ids(Filters(text=title))
    archive.execute(MergeArticles(ids[2], ids[3]))
    archive.execute(SplitArticle(ids[4], 1, title="拆出来的新标题"))
    archive.execute(AddNote(NoteTarget(article_id=ids[5]), "笔记里的暗号"))
    assert [h.kind for h in archive.search("暗号").hits] == ["note"]
    assert archive.search("拆出来的新标题").total == 1
    assert archive.check() == []
    for _ in range(3):
        archive.undo()
    assert archive.check() == []


def test_out_of_step_index_is_noticed_and_rebuilt(fresh_archive):
    from archive.demo import fill

    fill(fresh_archive, articles=10, seed=2)
    first = fresh_archive.article_ids()[0]
    fresh_archive.db.execute(
        "UPDATE articles SET title = '偷偷改过' WHERE id = ?", [first]
    )
    assert any("changed" in p.message for p in fresh_archive.check())
    assert fresh_archive.rebuild_index() >= 10
    assert fresh_archive.check() == []
    assert first in fresh_archive.article_ids(Filters(text="偷偷改过"))


def test_check_finds_entries_missing_and_entries_of_records_gone(fresh_archive):
    from archive.demo import fill

    archive = fresh_archive
    fill(archive, articles=10, seed=2)
    ids = list(archive.article_ids())
    archive.db.execute(
        "DELETE FROM search_docs WHERE kind = 'a' AND record_id = ?", [ids[3]]
    )
    archive.db.execute(
        "INSERT INTO search_docs (rowid, kind, record_id, digest) "
        "VALUES (1, 'n', 987654, x'00')"
    )
    messages = [p.message for p in archive.check()]
    assert f"article {ids[3]} is not in the search index" in messages
    assert "the search index holds note 987654, which is gone" in messages
    assert not any("changed" in m for m in messages)


def test_while_stale_the_scan_answers(fresh_archive):
    from archive.demo import fill

    fill(fresh_archive, articles=10, seed=2)
    Index(fresh_archive.db)._mark_stale()
    body = fresh_archive.article(fresh_archive.article_ids()[3]).body
    query = body[5:9]
    assert fresh_archive.article_ids(Filters(text=query))
    assert fresh_archive.search(query).total > 0


def test_search_orders_newest_first_or_headlines_first(corpus):
    archive, _ = corpus
    dated = archive.search("科技", limit=30)
    dates = [h.date for h in dated.hits if h.kind == "article"]
    assert dates == sorted(dates, reverse=True)
    ranked = archive.search("科技", limit=30, order="rank")

    def headline(article_id: int) -> str:
        a = archive.article(article_id)
        return " ".join(filter(None, [a.kicker, a.title, a.subtitle]))

    in_title = ["科技" in headline(h.id) for h in ranked.hits if h.kind == "article"]
    assert in_title == sorted(in_title, reverse=True)


@pytest.mark.parametrize("window", [None, 100, 250])
@pytest.mark.parametrize("character", ["市", "科", "焦", "郏", "㐀"])
def test_first_page_of_one_character_matches_the_full_list(
    corpus, character, window, monkeypatch
):
    """Read from the newest articles or from the index, the page is the same
    (small windows make the corpus's 120 articles fill the page from the
    window's first tenth, from all of it, or send it to the index)."""
    from archive.search import matching

    if window:
        monkeypatch.setattr(matching, "SCAN_WINDOW", {"date": window, "rank": window})
    archive, _ = corpus
    everything = archive.article_ids(Filters(text=character))
    first = archive.article_ids(Filters(text=character), limit=20)
    assert list(first) == list(everything[:20])
    ranked = replace(Filters(text=character), order="rank")
    by_rank = archive.article_ids(ranked)
    assert list(archive.article_ids(ranked, limit=20)) == list(by_rank[:20])


@pytest.mark.parametrize("field", ["label", "credit"])
def test_first_page_of_one_character_finds_it_in_captions(fresh_archive, field):
    from archive import UpdateCaption
    from archive.demo import fill

    archive = fresh_archive
    fill(archive, articles=12, seed=3)
    ids = list(archive.article_ids())
    newest = next(i for i in ids if archive.article(i).captions)
    caption = archive.article(newest).captions[0]
    archive.execute(UpdateCaption(caption.id, **{field: "图曌"}))
    assert archive.check() == []  # the article's entry holds its captions
    for older in ids[ids.index(newest) + 1 :][:3]:
        archive.execute(UpdateArticle(older, body="曌字少见。"))
    first = archive.article_ids(Filters(text="曌"), limit=2)
    assert list(first) == list(archive.article_ids(Filters(text="曌")))[:2]
    assert first[0] == newest


def test_an_index_of_another_format_is_rebuilt(demo_path):
    from archive import Archive

    with Archive.open(demo_path) as archive, archive.db.atomic():
        archive.db.execute("UPDATE settings SET value = '1' WHERE key = 'index_format'")
    with Archive.open(demo_path) as archive:
        assert archive.index_stale
        first = archive.article(archive.article_ids()[0])
        assert first.id in archive.article_ids(Filters(text=first.title))  # by scan
        archive.rebuild_index()
        assert not archive.index_stale
        assert archive.check() == []


def test_traditional_and_simplified_alike_when_asked(fresh_archive):
    from archive.demo import fill

    archive = fresh_archive
    fill(archive, articles=3, seed=1)
    first = archive.article_ids()[0]
    archive.execute(UpdateArticle(first, body="臺灣同胞參觀開封博物館。"))
    assert first not in archive.article_ids(Filters(text="台湾"))  # off by default
    archive.set_fold_traditional(True)
    assert archive.index_stale
    archive.rebuild_index()
    assert first in archive.article_ids(Filters(text="台湾"))
    assert first in archive.article_ids(Filters(text="臺灣"))
    assert first in archive.article_ids(Filters(text="开封博物馆"))
    archive.execute(UpdateArticle(first, body="萬家燈火。"))  # edits follow the setting
    assert first in archive.article_ids(Filters(text="万家灯火"))
    assert archive.check() == []
    archive.set_fold_traditional(False)
    archive.rebuild_index()
    assert first not in archive.article_ids(Filters(text="万家灯火"))


@pytest.mark.parametrize(
    ("query", "facets", "in_headline"),
    [
        ("科技", {}, lambda h: "科技" in h),
        ("企业", {}, lambda h: "企业" in h),
        ("焦", {}, lambda h: "焦" in h),
        ("科技 发展", {}, lambda h: "科技" in h and "发展" in h),
        ("科技 OR 焦作", {}, lambda h: "科技" in h or "焦作" in h),
        ("科技 -企业", {}, lambda h: "科技" in h),
        ("科技", {"city": "焦作"}, lambda h: "科技" in h),
        ("科技 date:2020..2030", {}, lambda h: "科技" in h),
    ],
)
def test_relevance_order_is_headline_matches_then_the_rest(
    corpus, query, facets, in_headline
):
    archive, _ = corpus
    by_date = list(archive.article_ids(Filters(text=query, **facets)))
    assert by_date

    def headline(article_id: int) -> str:
        a = archive.article(article_id)
        return " ".join(filter(None, (a.kicker, a.title, a.subtitle)))

    expected = [i for i in by_date if in_headline(headline(i))]
    expected += [i for i in by_date if not in_headline(headline(i))]
    ranked = replace(Filters(text=query, **facets), order="rank")
    assert list(archive.article_ids(ranked)) == expected
    assert list(archive.article_ids(ranked, limit=7)) == expected[:7]


def test_relevance_order_keeps_out_what_the_query_excludes(fresh_archive):
    from archive.demo import fill

    archive = fresh_archive
    fill(archive, articles=8, seed=4)
    first, second = list(archive.article_ids())[:2]
    archive.execute(UpdateArticle(first, title="鲲鹏展翅", body="鲲鹏与鸿雁同飞。"))
    archive.execute(UpdateArticle(second, title="鲲鹏归来", body="只说鲲鹏。"))
    ranked = Filters(text="鲲鹏 -鸿雁", order="rank")
    assert list(archive.article_ids(ranked)) == [second]
    assert list(archive.article_ids(ranked, limit=5)) == [second]
    city = archive.article(second).city
    with_city = replace(ranked, city=city)
    assert list(archive.article_ids(with_city, limit=5)) == [second]


def test_the_headline_index_is_checked(fresh_archive):
    from archive.demo import fill

    archive = fresh_archive
    fill(archive, articles=6, seed=2)
    rowid, article_id, title = archive.db.execute(
        "SELECT d.rowid, a.id, a.title FROM search_docs d JOIN articles a "
        "ON a.id = d.record_id WHERE d.kind = 'a' LIMIT 1"
    ).fetchone()
    _, title_tokens, _ = document(archive.db, Doc("a", article_id))
    archive.db.execute(
        "INSERT INTO search_titles(search_titles, rowid, title) "
        "VALUES ('delete', ?, ?)",
        [rowid, title_tokens],
    )
    assert any("headline index" in p.message for p in archive.check())
    archive.rebuild_index()
    assert archive.check() == []
    ranked = Filters(text=title, order="rank")
    assert archive.article_ids(ranked, limit=1)[0] == article_id
