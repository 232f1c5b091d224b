"""The matrix counted on arrays equals the matrix made the plain way (each
place's column listed by SQL, each tag's records read by SQL, sets
intersected): every cell's records, the totals, the passages, for tags on
articles, captions and passages, trashed records, overlapping places (a
county inside its city), OR and exclusions in the filter."""

from __future__ import annotations

from collections import defaultdict

import pytest

from archive import Archive, CaptionToParagraph, TagRecords, TrashArticles
from archive.compare.side_by_side import matrix_cells
from archive.compare.side_by_side.columns import column_filters
from archive.compare.side_by_side.matrix import Passage, _children, _live_tags
from archive.compare.side_by_side.matrix import _subtree as subtree_of
from archive.found import find, key_of, kind_of
from archive.models import Filters
from archive.tags.passages import TagPassage

QUERIES = ("", "有限公司", "人才 OR 创新", "企业 -招聘", "工作人员 -(招聘 OR 书店)")
FIELDS_TOO = ("有限公司 date:2023", "kind:caption")  # listed, not on the arrays


def _reference(archive: Archive, places, query: str, rollup: bool) -> dict:
    """The matrix as the plain way makes it, for 专题's children."""
    db = archive.db
    tags = _live_tags(db)
    children = _children(tags)
    root = next(t for t in tags.values() if t.name == "专题" and t.parent_id is None)
    rows = sorted(children[root.id], key=lambda t: tags[t].name)
    subtrees = [subtree_of(children, r) if rollup else {r} for r in rows]
    tagged: dict[int, set[int]] = defaultdict(set)
    passages: dict[int, list[Passage]] = defaultdict(list)
    for tagging, tag, article, caption, field, start, end in db.execute(
        'SELECT id, tag_id, article_id, caption_id, field, start, "end" FROM taggings'
    ):
        if article is None:
            tagged[tag].add(key_of("caption", caption))
            continue
        tagged[tag].add(article)
        if start is not None:
            passages[tag].append(Passage(tagging, article, field or "body", start, end))
    keys = []
    for place in places:
        found = find(db, column_filters(place, query), limit=None, path=None)
        keys.append({k for k in found.keys if kind_of(k) != "note"})
    cells, cell_passages, row_totals = [], {}, []
    for r, tree in enumerate(subtrees):
        carrying = set().union(*(tagged[t] for t in tree))
        cells.append([sorted(carrying & k) for k in keys])
        row_totals.append(len(carrying & set().union(*keys)))
        for p, k in enumerate(keys):
            found = [x for t in tree for x in passages[t] if x.article_id in k]
            if found:
                cell_passages[(r, p)] = sorted(found, key=_full)
    every = set().union(*(set().union(*(tagged[t] for t in tree)) for tree in subtrees))
    return {
        "totals": [len(k) for k in keys],
        "cells": cells,
        "rows": row_totals,
        "columns": [len(every & k) for k in keys],
        "passages": cell_passages,
    }


def _full(p: Passage) -> tuple:
    return (p.article_id, p.field, p.start, p.end, p.tagging_id)


def _made(archive: Archive, places, query: str, rollup: bool) -> dict:
    made = archive.compare_matrix(places, query, parent="专题", rollup=rollup)
    size = range(len(made.rows))
    passages = {}
    for r in size:
        for p in range(len(places)):
            found = made.passages(r, p)
            if found:
                order = [(x.article_id, x.field, x.start) for x in found]
                assert order == sorted(order)  # read in order
                passages[(r, p)] = sorted(found, key=_full)
    return {
        "totals": list(made.place_totals),
        "cells": [[list(made.keys(r, p)) for p in range(len(places))] for r in size],
        "rows": [made.row_total(r) for r in size],
        "columns": [made.column_total(p) for p in range(len(places))],
        "passages": passages,
    }


@pytest.fixture
def tagged(demo: Archive) -> Archive:
    """Tags under 专题 on 焦作's, 修武县's and 开封's articles, captions and
    passages; some of them then trashed, a caption trashed."""
    demo.facets(Filters())  # the facet arrays in memory, as the window has them
    jz = list(demo.article_ids(Filters(city="焦作")))
    xw = list(demo.article_ids(Filters(county="修武县")))
    kf = list(demo.article_ids(Filters(city="开封")))
    assert len(jz) > 12
    assert xw
    assert len(kf) > 6
    demo.execute(TagRecords("专题/人才", article_ids=jz[:6] + kf[:3] + xw[:1]))
    demo.execute(TagRecords("专题/人才/院士", article_ids=[jz[6], jz[0], kf[3]]))
    captions = [c.id for i in jz[:10] + kf[:4] for c in demo.article(i).captions]
    assert len(captions) > 4
    demo.execute(TagRecords("专题/图片", caption_ids=captions))
    demo.execute(TagRecords("专题/科技金融", article_ids=kf[4:6]))
    for i in (jz[1], jz[7], kf[0], xw[0]):
        body = demo.article(i).body
        demo.execute(TagPassage(i, "专题/人才", start=2, end=9))
        demo.execute(TagPassage(i, "专题/科技金融", start=0, end=min(4, len(body))))
    demo.execute(TagPassage(jz[8], "专题/人才/院士", start=1, end=6, field="title"))
    demo.execute(TrashArticles([jz[0], jz[7]], reason="test"))
    demo.execute(CaptionToParagraph(captions[1]))
    return demo


@pytest.mark.parametrize("rollup", [True, False])
def test_arrays_make_the_matrix_the_plain_way_makes(tagged: Archive, rollup) -> None:
    places = tagged.compare_places(["焦作", "修武", "开封"])
    seen_captions = 0
    for query in (*QUERIES, *FIELDS_TOO):
        expected = _reference(tagged, places, query, rollup)
        assert _made(tagged, places, query, rollup) == expected, query
        seen_captions += sum(
            kind_of(k) == "caption" for row in expected["cells"] for c in row for k in c
        )
    assert seen_captions > 0


def test_a_text_filter_is_counted_without_listing_the_columns(
    tagged: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = []
    original = matrix_cells.records.find
    monkeypatch.setattr(
        matrix_cells.records,
        "find",
        lambda *a, **k: listed.append(a) or original(*a, **k),
    )
    places = tagged.compare_places(["焦作", "修武", "开封"])
    for query in QUERIES:
        tagged.compare_matrix(places, query, parent="专题")
    assert listed == []
    tagged.compare_matrix(places, "有限公司 date:2023", parent="专题")
    assert len(listed) == len(places)
