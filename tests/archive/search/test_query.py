"""The search box's language: what an editor types, what it finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive import AddNote, Archive, Filters, NoteTarget, TagRecords, UpdateArticle
from archive.search.query import And, Field, Not, Or, Text, date_range, parse


@pytest.mark.parametrize(
    ("typed", "node"),
    [
        ("院士工作站 焦作", And((Text("院士工作站"), Text("焦作")))),
        ('"高新技术 企业"', Text("高新技术 企业")),
        ("科技 OR 创新", Or((Text("科技"), Text("创新")))),
        ("科技 -招聘", And((Text("科技"), Not(Text("招聘"))))),
        (
            "(科技 OR 创新) city:焦作",
            And((Or((Text("科技"), Text("创新"))), Field("city", "焦作"))),
        ),
        (
            "城市:焦作 记者:林晓",
            And((Field("city", "焦作"), Field("reporter", "林晓"))),
        ),
        ("date:2021-06..2022-03", Field("date", "2021-06..2022-03")),
        ("x:科技", Text("x:科技")),
        (
            'tag:"专题/科技 创新" city:焦作',
            And((Field("tag", "专题/科技 创新"), Field("city", "焦作"))),
        ),
        ('city:"焦作', Field("city", "焦作")),
        ('x:"科技 创新"', Text('x:"科技 创新"')),
        ("", None),
        ('"', None),
    ],
)
def test_parse(typed, node):
    assert parse(typed).node == node


def test_what_cannot_be_syntax_is_text_and_said_so():
    assert parse("((科技").notes == ["a '(' without its ')' was closed at the end"]
    assert "not a field" in parse("x:科技").notes[0]
    assert "not a date" in parse("date:昨天").notes[0]
    assert parse("kind:photo").node is None


def test_date_ranges():
    assert date_range("2022") == ("2022", "2022")
    assert date_range("2021-6..2022-03") == ("2021-06", "2022-03")
    assert date_range("yesterday") is None


def ids(archive, typed: str) -> set[int]:
    return set(archive.article_ids(Filters(text=typed)))


def test_boolean_queries_on_the_demo(demo):
    a, b = ids(demo, "科技"), ids(demo, "创新")
    assert ids(demo, "科技 OR 创新") == a | b
    assert ids(demo, "科技 创新") == a & b
    assert ids(demo, "科技 -创新") == a - b
    assert ids(demo, "-科技") == set(demo.article_ids()) - a
    assert ids(demo, "(科技 OR 创新) -招聘") == (a | b) - ids(demo, "招聘")


def test_field_filters_on_the_demo(demo):
    everything = set(demo.article_ids())
    assert ids(demo, "city:焦作") == set(demo.article_ids(Filters(city="焦作")))
    assert ids(demo, "city:焦作市") == ids(demo, "city:焦作")
    assert ids(demo, "date:2022") == set(demo.article_ids(Filters(year=2022)))
    in_range = ids(demo, "date:2021-06..2022-03")
    for article_id in in_range:
        assert "2021-06" <= demo.article(article_id).date <= "2022-03-31"
    assert ids(demo, "has:caption") == {
        i for i in everything if demo.article(i).captions
    }
    assert ids(demo, "paper:晚报") == {
        i for i in everything if "晚报" in (demo.article(i).publication or "")
    }
    some = next(
        demo.article(i)
        for i in ids(demo, "has:caption")
        if demo.article(i).captions[0].photographers
    )
    photographer = some.captions[0].photographers[0]
    assert some.id in ids(demo, f"photographer:{photographer}")
    assert some.id in ids(demo, f"摄影:{photographer}")
    reporter = some.reporters[0]
    assert some.id in ids(demo, f"reporter:{reporter}")
    assert some.id in ids(demo, f"person:{reporter}")


def test_tags_notes_and_figures(demo):
    first, second = list(demo.article_ids())[:2]
    demo.execute(TagRecords("专题/黄河", article_ids=[first]))
    assert ids(demo, "tag:黄河") == {first}
    assert first in ids(demo, "tag:专题")
    demo.execute(AddNote(NoteTarget(article_id=second), "核实"))
    assert second in ids(demo, "has:note")
    demo.execute(UpdateArticle(first, body="今年新增高新技术企业12家。"))
    assert first in ids(demo, "has:figure")
    demo.execute(UpdateArticle(first, body="没有任何数字。"))
    assert first not in ids(demo, "has:figure")


def test_kind_shapes_search_results(demo):
    article = next(
        demo.article(i) for i in demo.article_ids() if demo.article(i).captions
    )
    word = article.captions[0].text[6:10]
    kinds = {h.kind for h in demo.search(f"{word} kind:caption", limit=500).hits}
    assert kinds == {"caption"}
    assert {h.kind for h in demo.search(f"{word} kind:article", limit=500).hits} <= {
        "article"
    }


def test_search_result_tells_how_the_query_was_read(demo):
    result = demo.search("x:科技")
    assert result.notes
    assert "not a field" in result.notes[0]


@pytest.mark.parametrize(
    "typed",
    [
        "OR",
        "OR OR",
        "-",
        "--科技",
        "()",
        ")(",
        "city:",
        ":科技",
        "date:..",
        "has:",
        '"科技',
        '科技"',
        "(" * 50,
        "a:b:c",
        "city:焦作 OR",
        "科技 AND 创新",
        "NOT 科技",
    ],
)
def test_odd_input_never_fails(demo, typed):
    demo.article_ids(Filters(text=typed))
    demo.search(typed)


def test_a_bracketed_group_can_be_excluded():
    assert parse("科技 -(企业 OR 公司)").node == And(
        (Text("科技"), Not(Or((Text("企业"), Text("公司")))))
    )


@pytest.mark.parametrize(
    "typed",
    ["科\x00技", "\x00", "科技\x00", "\x00\x00企业", "科\x1b技\x7f", "城市:焦\x00作"],
)
def test_control_characters_separate_words(demo, typed):
    words = "".join(c if c.isprintable() else " " for c in typed)
    filters = Filters(text=typed)
    assert list(demo.article_ids(filters)) == list(
        demo.article_ids(Filters(text=words))
    )
    assert demo.count(filters) == demo.count(Filters(text=words))
    assert demo.facets(filters) == demo.facets(Filters(text=words))
    assert demo.search(typed).total == demo.search(words).total


@pytest.mark.parametrize(
    "typed",
    [
        "(" * 250 + "科技",
        "-(" * 300 + "科技",
        "(" * 300 + "科技" + ")" * 300,
        "(科技 " * 200,
        "-(-科技 OR (" * 120,
    ],
    ids=["250 open", "300 excluded", "300 closed", "200 groups", "120 mixed"],
)
def test_deep_nesting_is_read_and_said_so(demo, typed):
    query = parse(typed)
    assert any("nested deeper" in note for note in query.notes)
    filters = Filters(text=typed)
    demo.article_ids(filters)
    demo.count(filters)
    demo.facets(filters)
    assert "nested deeper" in " ".join(demo.search(typed).notes)
    # and the next search is not poisoned by it
    assert demo.count(Filters(text="科技")) == len(
        demo.article_ids(Filters(text="科技"))
    )


PIECES = [*"()-\"::：*^'; \x00\n\t科技企业焦作", " OR ", "city:", "-(", "NEAR"]


@settings(max_examples=150, deadline=None)
@given(typed=st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text_is_a_query(demo_template, typed):
    with Archive.open(demo_template, readonly=True) as demo:
        filters = Filters(text=typed)
        assert demo.count(filters) == len(demo.article_ids(filters))
        demo.facets(filters)
        demo.search(typed)
        assert demo.count(Filters(text="科技")) > 0


def test_saved_searches_by_name(demo):
    from archive import DeleteSearch, SaveSearch

    demo.execute(SaveSearch("焦作科技", "科技 city:焦作"))
    assert [s.name for s in demo.saved_searches()] == ["焦作科技"]
    assert ids(demo, "saved:焦作科技") == ids(demo, "科技 city:焦作")
    assert ids(demo, "saved:焦作科技 -创新") == ids(demo, "科技 city:焦作 -创新")
    demo.execute(SaveSearch("焦作科技", "科技 city:开封"))  # replaced
    assert ids(demo, "saved:焦作科技") == ids(demo, "科技 city:开封")
    demo.undo()
    assert ids(demo, "saved:焦作科技") == ids(demo, "科技 city:焦作")
    demo.execute(DeleteSearch("焦作科技"))
    assert ids(demo, "saved:焦作科技") == set()
    assert "no saved search" in demo.read_query("saved:焦作科技")[0]
    assert demo.search("saved:焦作科技").total == 0
    demo.undo()
    assert demo.saved_searches()[0].query == "科技 city:焦作"


def test_saved_searches_that_name_each_other_end(demo):
    from archive import SaveSearch

    demo.execute(SaveSearch("甲", "saved:乙"))
    demo.execute(SaveSearch("乙", "saved:甲"))
    demo.article_ids(Filters(text="saved:甲"))  # expands a few levels, then stops
