"""The Compare view's columns, headless: places read as editors type them,
bad places refused with a suggestion, each column the search the browse view
runs for the place, mentions marked apart, and named comparison sets."""

from __future__ import annotations

import pytest

from archive import (
    AddNote,
    Archive,
    Filters,
    NoteTarget,
    TagRecords,
    UpdateArticle,
    kind_of,
)
from archive.compare.places import PlaceError, resolve_place, resolve_places
from archive.compare.side_by_side.columns import column, column_query, years
from archive.compare.side_by_side.sets import (
    DeleteCompareSet,
    RenameCompareSet,
    SaveCompareSet,
    compare_set,
    compare_sets,
)


@pytest.mark.parametrize(
    ("typed", "key", "query"),
    [
        ("焦作", "焦作", "city:焦作"),
        ("焦作市", "焦作", "city:焦作"),
        (" 开封 ", "开封", "city:开封"),
        ("修武县", "修武县", "county:修武县"),
        ("修武", "修武县", "county:修武县"),
        ("焦作/温县", "温县", "county:温县"),
        ("焦作市 孟州市", "孟州市", "county:孟州市"),
        ("海淀区", "海淀区", "county:海淀区"),  # another province's district
        ("瑞安", "瑞安市", "county:瑞安市"),
        ("南京/鼓楼区", "南京/鼓楼区", "city:南京 county:鼓楼区"),
    ],
)
def test_places_are_read_as_editors_type_them(typed: str, key: str, query: str) -> None:
    place = resolve_place(typed)
    assert (place.key, place.query) == (key, query)


@pytest.mark.parametrize(
    ("names", "code", "suggested"),
    [
        (["焦做"], "unknown_place", "焦作"),
        (["开封/龙亭"], None, None),  # a short form of the county: fine
        (["开封/龙婷区"], "unknown_place", "开封/龙亭区"),
        (["海淀县"], "unknown_place", "海淀区"),
        (["鼓楼区"], "shared_place", "南京/鼓楼区"),  # 开封's, 南京's, 福州's…
        (["朝阳区"], "shared_place", "长春/朝阳区"),  # no Henan county among them
        (["温州/瑞安"], None, None),
        (["焦作", "焦作市"], "place_twice", "焦作"),
        (["修武", "修武县"], "place_twice", "修武县"),
        (
            ["郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡"],
            "too_many_places",
            None,
        ),
        (["  "], "no_place", None),
    ],
)
def test_bad_places_are_refused_with_what_was_meant(
    names: list[str], code: str | None, suggested: str | None
) -> None:
    if code is None:
        assert resolve_places(names)
        return
    with pytest.raises(PlaceError) as caught:
        resolve_places(names)
    assert caught.value.code == code
    if suggested:
        assert suggested in caught.value.choices
        assert suggested in str(caught.value)


def test_a_column_is_the_search_for_the_place(demo: Archive) -> None:
    for typed in ("焦作", "开封"):
        place = resolve_place(typed)
        for query in ("", "科技", "人才 OR 创新", "-招商"):
            found = column(demo.db, place, query, limit=None, path=demo.path)
            result = demo.search(column_query(place, query), limit=5)
            assert found.total == result.total > 0
            assert found.counts == result.counts
            ids = set(demo.article_ids(Filters(text=column_query(place, query))))
            assert {k for k in found.keys if kind_of(k) == "article"} == ids
            cities = {r.city for r in demo.record_rows(found.keys)}
            assert cities == {typed}


def test_first_rows_begin_the_column_and_count_all(demo: Archive) -> None:
    place = resolve_place("焦作")
    whole = column(demo.db, place, "科技", limit=None)
    first = column(demo.db, place, "科技", limit=5)
    assert list(first.keys) == list(whole.keys[:5])
    assert first.counts == whole.counts
    assert not first.complete
    assert whole.complete


def test_a_place_without_records_has_an_empty_column_that_says_so(
    demo: Archive,
) -> None:
    empty = column(demo.db, resolve_place("三门峡"), "科技")
    assert (empty.total, len(empty.keys), empty.complete) == (0, 0, True)


def test_years_count_the_columns_articles(demo: Archive) -> None:
    place = resolve_place("开封")
    by_year = years(demo.db, place, "科技", path=demo.path)
    assert list(by_year) == sorted(by_year)
    assert sum(by_year.values()) == column(demo.db, place, "科技").counts["article"]
    for year, n in by_year.items():
        assert n == demo.count(Filters(text=f"科技 city:开封 date:{year}"))


def test_mentions_are_listed_apart(demo: Archive) -> None:
    other = demo.article_ids(Filters(city="开封"))[0]
    body = demo.article(other).body
    demo.execute(UpdateArticle(other, body=body + "\n\n开封与焦作两地企业签约合作。"))
    place = resolve_place("焦作")
    plain = column(demo.db, place, "", limit=None)
    marked = column(demo.db, place, "", limit=None, mentions=True)
    assert other not in plain.keys
    assert other in marked.mention_keys
    assert list(marked.keys) == list(plain.keys)
    assert not set(marked.keys) & set(marked.mention_keys)
    assert marked.mentions >= 1


def test_sets_are_kept_renamed_and_deleted_with_their_notes(demo: Archive) -> None:
    demo.execute(SaveCompareSet("人才政策", ["焦作", "开封市", "修武"], query="人才"))
    assert compare_set(demo.db, "人才政策").places == ("焦作", "开封", "修武县")
    demo.execute(SaveCompareSet("人才政策", ["洛阳", "焦作"], query="人才 date:2023"))
    (kept,) = compare_sets(demo.db)
    assert (kept.places, kept.query) == (("洛阳", "焦作"), "人才 date:2023")
    (note_id,) = demo.execute(
        AddNote(NoteTarget(compare_set="人才政策"), "三地口径不一")
    ).note_ids
    demo.execute(RenameCompareSet("人才政策", "人才新政"))
    assert [n.id for n in demo.notes_on(NoteTarget(compare_set="人才新政"))] == [
        note_id
    ]
    demo.execute(DeleteCompareSet("人才新政"))
    assert compare_sets(demo.db) == []
    assert demo.notes_on(NoteTarget(compare_set="人才新政")) == []
    demo.undo()
    assert [n.id for n in demo.notes_on(NoteTarget(compare_set="人才新政"))] == [
        note_id
    ]
    assert compare_set(demo.db, "人才新政").places == ("洛阳", "焦作")


def test_bad_sets_are_refused(demo: Archive) -> None:
    with pytest.raises(PlaceError):
        SaveCompareSet("x", ["焦作", "不存在的地方"])
    with pytest.raises(ValueError, match="name"):
        SaveCompareSet(" ", ["焦作"])
    demo.execute(SaveCompareSet("甲", ["焦作"]))
    demo.execute(SaveCompareSet("乙", ["开封"]))
    with pytest.raises(ValueError, match="already"):
        demo.execute(RenameCompareSet("甲", "乙"))
    assert [s.name for s in compare_sets(demo.db)] == sorted(["甲", "乙"])


def test_a_note_on_a_matrix_cell(demo: Archive) -> None:
    demo.execute(TagRecords("人才", article_ids=[1]))
    (tag_id,) = demo.db.execute("SELECT id FROM tags WHERE name = '人才'").fetchone()
    target = NoteTarget.of("cell", f"{tag_id}:焦作")
    (note_id,) = demo.execute(AddNote(target, "焦作的人才报道偏重引进")).note_ids
    (note,) = demo.notes_on(target)
    assert (note.id, note.target, note.about) == (note_id, "cell", "人才 · 焦作")
    assert demo.notes_on(NoteTarget(tag_id=tag_id, cell="开封")) == []


def test_years_from_the_arrays_are_the_facet_counts(demo: Archive) -> None:
    demo.facets(Filters())  # the facet arrays in memory: years counted on them
    for typed in ("焦作", "修武", "开封"):
        place = resolve_place(typed)
        for query in ("", "科技", "人才 OR 创新", "企业 -招聘", "科技 date:2023"):
            counted = years(demo.db, place, query, path=demo.path)
            found = demo.article_ids(Filters(text=column_query(place, query)))
            by_year: dict[int, int] = {}
            for row in demo.record_rows(found):
                year = int(row.date[:4])
                by_year[year] = by_year.get(year, 0) + 1
            assert counted == dict(sorted(by_year.items())), (typed, query)


def test_first_rows_come_before_their_counts(demo: Archive) -> None:
    place = resolve_place("焦作")
    whole = column(demo.db, place, "科技", limit=5)
    first = column(demo.db, place, "科技", limit=5, counts=False)
    assert list(first.keys) == list(whole.keys)
    assert (first.counted, whole.counted) == (False, True)
    assert first.total == 5 < whole.total
    few = column(demo.db, place, "科技", limit=10_000, counts=False)
    assert few.counted  # fewer than the limit: counted already
    assert few.counts == whole.counts
