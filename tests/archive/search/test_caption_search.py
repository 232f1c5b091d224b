"""The Captions view's search: its list, counts and facets over the arrays
checked against plain SQL scans, and kept current after edits."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from PIL import Image

from archive import (
    Archive,
    CaptionFilter,
    Filters,
    MergePeople,
    UpdateCaption,
    id_of,
    kind_of,
)
from archive.search import captions as search
from archive.text import caption_kind


def _scan(demo: Archive) -> list[tuple]:
    """(id, date, county, year, kind, photographers, pictured), newest first;
    the kind derived from the caption's text here, not read from its column."""
    rows = demo.db.execute(
        f"""SELECT c.id, {search.DATE_SQL}, {search.COUNTY_SQL}, c.label, c.text,
        c.credit, c.image_path IS NOT NULL, (SELECT group_concat(p.name)
            FROM credits cr JOIN people p ON p.id = cr.person_id
            WHERE cr.caption_id = c.id AND cr.role = 'photographer')
        {search.FROM} WHERE c.deleted_at IS NULL"""
    ).fetchall()
    rows.sort(key=lambda r: (r[1] or "", r[0]), reverse=True)
    return [
        (
            i,
            d,
            co,
            int(d[:4]) if d else None,
            caption_kind(label, text, credit),
            set((p or "").split(",")) - {""},
            pic,
        )
        for i, d, co, label, text, credit, pic, p in rows
    ]


def test_the_list_is_every_live_caption_newest_first(demo: Archive) -> None:
    assert demo.caption_ids(CaptionFilter()) == [r[0] for r in _scan(demo)]
    assert demo.count_captions(CaptionFilter()) == len(_scan(demo))


@pytest.mark.parametrize("facet", ["photographer", "county", "year", "kind"])
def test_each_facet_counts_what_a_scan_counts(demo: Archive, facet: str) -> None:
    column = {"county": 2, "year": 3, "kind": 4}.get(facet)
    rows = _scan(demo)
    if facet == "photographer":
        expected = Counter(p for r in rows for p in r[5])
    else:
        expected = Counter(r[column] for r in rows if r[column] is not None)
    got = demo.caption_facets(CaptionFilter(), limit=10_000)[facet]
    assert {v.value: v.count for v in got} == dict(expected)
    value = got[-1].value
    chosen = CaptionFilter().with_facet(facet, value)
    wanted = [
        r[0]
        for r in rows
        if (value in r[5] if facet == "photographer" else r[column] == value)
    ]
    assert demo.caption_ids(chosen) == wanted
    # a facet's own choice does not narrow its own counts
    assert demo.caption_facets(chosen, limit=10_000)[facet] == got


@pytest.mark.parametrize(
    ("label", "text", "credit", "kind"),
    [
        ("资料图", "某地风光", None, "file"),
        (None, "资料照片：老城区街景", None, "file"),
        (None, "厂区一角（某公司供图）", None, "supplied"),
        ("图①", "新建的厂房。", "（本栏图片均由某公司提供）", "supplied"),
        (None, "新建的厂房。（某公司提供）", None, "supplied"),
        (None, "工人们为群众提供服务。", None, "news"),
    ],
)
def test_a_captions_kind(demo: Archive, label, text, credit, kind) -> None:
    assert caption_kind(label, text, credit) == kind
    caption = demo.caption_ids(CaptionFilter(kind="news"))[0]
    demo.execute(UpdateCaption(caption, label=label, text=text, credit=credit))
    assert caption in demo.caption_ids(CaptionFilter(kind=kind))
    assert demo.caption_rows([caption])[0].kind == kind
    demo.undo()
    assert demo.caption_rows([caption])[0].kind == "news"


def test_an_edit_of_its_credit_or_text_changes_a_captions_kind(demo: Archive) -> None:
    caption = demo.caption_ids(CaptionFilter(kind="news"))[0]
    demo.execute(UpdateCaption(caption, credit="（某单位提供）"))
    assert demo.caption_rows([caption])[0].kind == "supplied"
    assert caption in demo.caption_ids(CaptionFilter(kind="supplied"))
    demo.execute(UpdateCaption(caption, text="资料图：老城区。"))
    assert demo.caption_rows([caption])[0].kind == "file"


def test_the_query_narrows_as_the_one_search_does(demo: Archive) -> None:
    for text in ("工作人员 city:焦作", "kind:caption", "kind:article", "图②"):
        found = demo.find(Filters(text=text))
        captions = [id_of(k) for k in found.keys if kind_of(k) == "caption"]
        assert demo.caption_ids(CaptionFilter(text=text)) == captions


def test_edits_reach_the_list_at_once(demo: Archive, tmp_path) -> None:
    first = demo.caption_ids(CaptionFilter())[0]
    assert demo.count_captions(CaptionFilter(pictured=True)) == 0
    picture = tmp_path / "p.png"
    Image.new("RGB", (20, 20)).save(picture)
    demo.attach_picture(first, picture)
    assert demo.caption_ids(CaptionFilter(pictured=True)) == [first]
    demo.undo()
    assert demo.caption_ids(CaptionFilter(pictured=True)) == []
    top = demo.caption_facets(CaptionFilter())["photographer"]
    demo.execute(MergePeople([top[1].value], into=top[0].value))
    merged = demo.caption_facets(CaptionFilter())["photographer"][0]
    assert (merged.value, merged.count) == (top[0].value, top[0].count + top[1].count)


def test_arrays_caught_up_after_edits_are_the_arrays_read_afresh(
    demo: Archive, tmp_path
) -> None:
    from archive import UpdateCaption
    from archive.search import caption_table

    ids = demo.caption_ids(CaptionFilter())  # the arrays, read and kept
    before = caption_table.table(demo.db, demo.path)
    picture = tmp_path / "p.png"
    Image.new("RGB", (20, 20)).save(picture)
    demo.attach_picture(ids[5], picture)
    demo.execute(UpdateCaption(ids[0], date="1999-01-02", county="修武县"))
    top = demo.caption_facets(CaptionFilter())["photographer"]
    demo.execute(MergePeople([top[2].value], into=top[3].value))
    demo.undo()
    kept = caption_table.table(demo.db, demo.path)
    assert kept is before  # caught up, not read again
    fresh = caption_table.CaptionTable.read(demo.db)
    assert kept.ids.tolist() == fresh.ids.tolist()
    assert kept.ids[-1] == ids[0]  # now the oldest
    for facet in ("county", "year", "kind", "photographer"):
        mask = np.ones(len(fresh.ids), dtype=bool)
        assert kept.counts(facet, mask, 1000) == fresh.counts(facet, mask, 1000)
    assert kept.pictured.tolist() == fresh.pictured.tolist()


def test_has_picture_finds_captions_and_articles_with_one(demo: Archive, tmp_path):
    caption = demo.caption_ids(CaptionFilter())[3]
    picture = tmp_path / "p.png"
    Image.new("RGB", (20, 20)).save(picture)
    demo.attach_picture(caption, picture)
    assert demo.caption_ids(CaptionFilter(text="has:picture")) == [caption]
    article = demo.caption(caption).article_id
    assert list(demo.article_ids(Filters(text="has:picture"))) == [article]
    assert demo.read_query("has:picture") == []


@pytest.mark.parametrize(
    "chosen",
    [
        CaptionFilter(),
        CaptionFilter(text="工作人员"),
        CaptionFilter(kind="news", county="修武县"),
        CaptionFilter(text="city:焦作", year=2022),
    ],
)
def test_the_first_screen_by_sql_alone_is_the_lists_head(
    demo: Archive, chosen: CaptionFilter
) -> None:
    # some captions dated only by their article's date, one undated
    # caption newer than every date
    ids = [i for (i,) in demo.db.execute("SELECT id FROM captions ORDER BY id")]
    with demo.db.conn:
        demo.db.execute(
            f"UPDATE captions SET date = NULL WHERE id IN ({','.join(map(str, ids[::3]))})"
        )
    full = demo.caption_ids(chosen)
    assert full
    for limit in (1, 10, 60):
        assert demo.first_captions(chosen, limit=limit) == full[:limit]


def test_the_demo_has_captions_of_every_kind(demo: Archive) -> None:
    from archive import PHOTO_KINDS

    kinds = {v.value: v.count for v in demo.caption_facets(CaptionFilter())["kind"]}
    assert set(kinds) == set(PHOTO_KINDS)
    assert kinds["news"] > kinds["file"] > 0


def test_an_imported_caption_is_stored_with_its_kind(tmp_path) -> None:
    page = tmp_path / "2023-05-08.txt"
    page.write_text(
        "焦作日报 2023年5月8日 第3版 科教文卫\n\n新建的口袋公园迎来游客\n\n"
        "本报讯(记者林晓)近日，城西口袋公园建成开放，周末游客明显增多。\n\n"
        "资料图 全媒体记者 高原 摄\n\n"
        "图① 5月8日，游客在公园里散步。\n\n图② 孩子们在草坪上玩耍。\n\n"
        "（本栏图片均由某公司提供）\n",
        encoding="utf-8",
    )
    with Archive.open(tmp_path / "a.sqlite", create=True) as archive:
        archive.import_files([page])
        kinds = archive.db.execute(
            "SELECT text, credit, kind FROM captions ORDER BY id"
        ).fetchall()
        credit = "（本栏图片均由某公司提供）"
        assert kinds == [
            ("资料图", credit, "file"),  # 资料图 first: a file photo
            ("5月8日，游客在公园里散步。", credit, "supplied"),
            ("孩子们在草坪上玩耍。", credit, "supplied"),
        ]
