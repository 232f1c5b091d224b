"""People pages, normalised names, merging spellings undoably."""

from __future__ import annotations

import pytest

from archive import (
    Archive,
    Filters,
    InvalidInput,
    MergePeople,
    RecordNotFound,
    normalise_name,
)


def _photographer(demo: Archive) -> str:
    return demo.db.execute(
        """SELECT p.name FROM people p JOIN credits cr ON cr.person_id = p.id
        WHERE cr.role = 'photographer' GROUP BY p.id ORDER BY count(*) DESC"""
    ).fetchone()[0]


def _reporter(demo: Archive) -> str:
    return demo.db.execute(
        """SELECT p.name FROM people p JOIN credits cr ON cr.person_id = p.id
        WHERE cr.role = 'reporter' GROUP BY p.id ORDER BY count(*) DESC"""
    ).fetchone()[0]


def test_names_are_compared_normalised() -> None:
    assert normalise_name("张 蕊") == normalise_name("张蕊") == "张蕊"
    assert normalise_name("张\u3000蕊 ") == "张蕊"
    assert normalise_name("买买提•艾力") == normalise_name("买买提·艾力")


def test_a_page_counts_what_the_credits_hold(demo: Archive) -> None:
    name = _reporter(demo)
    page = demo.person_page(name)
    articles = set(demo.article_ids(Filters(person=name)))
    credited = {r.id for r in page.records if r.kind == "article"}
    assert credited <= articles
    assert page.articles == len(credited) > 0
    by_year = {}
    for record in page.records:
        if record.kind == "article":
            year = demo.article(record.id).date[:4]
            by_year[int(year)] = by_year.get(int(year), 0) + 1
    assert {y: c["article"] for y, c in page.by_year.items()} == by_year
    assert sum(c["article"] + c["caption"] for c in page.by_county.values()) == len(
        [r for r in page.records if r.county]
    )


def test_a_photographers_page_lists_their_captions(demo: Archive) -> None:
    name = _photographer(demo)
    page = demo.person_page(name)
    captions = {r.id for r in page.records if r.kind == "caption"}
    assert captions
    assert all(name in demo.caption(c).photographers for c in captions)
    assert page.roles["photographer"] >= len(captions)


def test_any_spelling_finds_the_page(demo: Archive) -> None:
    name = _reporter(demo)
    spaced = " ".join(name)
    assert demo.person_page(spaced).name == name
    with pytest.raises(RecordNotFound):
        demo.person_page("无此人名")


def test_two_spellings_merge_into_one_and_undo_apart(demo: Archive) -> None:
    name, other = _reporter(demo), _photographer(demo)
    before = demo.person_page(name)
    theirs = demo.person_page(other)
    their_captions = {r.id for r in theirs.records if r.kind == "caption"}
    demo.execute(MergePeople([other], into=name))
    merged = demo.person_page(name)
    assert merged.articles + merged.captions == (
        before.articles + before.captions + theirs.articles + theirs.captions
    )
    assert other in merged.spellings
    assert demo.person_page(other).name == name  # the old spelling finds it
    found = demo.search(f"person:{name} kind:caption", limit=10_000)
    assert their_captions <= {hit.id for hit in found.hits}
    demo.undo()
    assert demo.person_page(other).name == other
    assert demo.person_page(name).records == before.records


def test_merging_a_spelling_kept_apart_by_spaces(demo: Archive) -> None:
    name = _reporter(demo)
    spaced = f"{name[0]} {name[1:]}"
    article = demo.article_ids(limit=1)[0]
    demo.db.execute("INSERT INTO people (name) VALUES (?)", [spaced])
    pid = demo.db.execute("SELECT id FROM people WHERE name = ?", [spaced]).fetchone()
    demo.db.execute(
        "INSERT INTO credits (person_id, role, article_id) VALUES (?, 'reporter', ?)",
        [pid[0], article],
    )
    demo.db.conn.commit()
    page = demo.person_page(name)
    assert spaced in page.alike
    demo.execute(MergePeople([spaced], into=name))
    assert demo.person_page(name).alike == ()
    assert article in {r.id for r in demo.person_page(name).records}


def test_merging_someone_unknown_or_into_themselves_is_refused(demo: Archive) -> None:
    name = _reporter(demo)
    with pytest.raises(InvalidInput):
        demo.execute(MergePeople(["无此人名"], into=name))
    with pytest.raises(InvalidInput):
        demo.execute(MergePeople([" ".join(name)], into=name))


def test_everyone_is_listed_the_most_credited_first(demo) -> None:
    listed = demo.people(limit=5000)
    totals = [p.articles + p.captions for p in listed]
    assert totals == sorted(totals, reverse=True)
    assert totals[0] > totals[-1]
    top = demo.person_page(listed[0].name)
    assert len(top.records) == totals[0]


def test_a_page_reads_its_own_credits_by_index_alone(demo: Archive) -> None:
    """No scan of credits, captions or articles: a person's credits by the
    index that holds their roles too, each record by its id."""
    from archive.people import pages

    pid = demo.db.execute("SELECT id FROM people LIMIT 1").fetchone()[0]
    plan = [
        row[3]
        for row in demo.db.execute(f"EXPLAIN QUERY PLAN {pages._RECORDS}", {"p": pid})
    ]
    scans = [
        step for step in plan if step.startswith("SCAN") and "subquery" not in step
    ]
    assert scans == []
    credits = [step for step in plan if " cr " in f"{step} "]
    assert (
        credits
        == ["SEARCH cr USING COVERING INDEX credits_by_person_role (person_id=?)"] * 2
    )
    others = [
        step for step in plan if step.startswith("SEARCH") and step not in credits
    ]
    assert others
    assert all("INTEGER PRIMARY KEY (rowid=?)" in s for s in others)
