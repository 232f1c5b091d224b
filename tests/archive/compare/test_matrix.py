"""The tag × place matrix: each cell the place's records carrying the tag,
aggregated by place, read as counts, present/absent or shares, with totals,
the cell's records and passages, and a CSV a spreadsheet reads."""

from __future__ import annotations

import csv
import io

import pytest

from archive import Archive, TagRecords
from archive.compare.side_by_side.matrix import MatrixError, as_csv, as_json
from archive.text import now


@pytest.fixture
def tagged(demo: Archive) -> tuple[Archive, dict[str, list[int]]]:
    """焦作 with 3 articles tagged 专题/人才 (one of them through 专题/人才/院士),
    开封 with 1; 科技金融 on one 开封 article and none of 焦作's."""
    places = demo.compare_places(["焦作", "开封"])
    ids = {p.key: list(demo.compare_column(p, limit=None).keys)[:6] for p in places}
    jz, kf = ids["焦作"], ids["开封"]
    demo.execute(TagRecords("专题/人才", article_ids=jz[:2] + kf[:1]))
    demo.execute(TagRecords("专题/人才/院士", article_ids=[jz[2], jz[0]]))
    demo.execute(TagRecords("专题/科技金融", article_ids=[kf[1]]))
    return demo, ids


def test_cells_count_each_places_records_once(tagged) -> None:
    archive, ids = tagged
    places = archive.compare_places(["焦作", "开封"])
    made = archive.compare_matrix(places, parent="专题")
    assert [row.path for row in made.rows] == ["专题/人才", "专题/科技金融"]
    # jz[0] carries both 人才 and 人才/院士: one record, counted once
    assert [made.count(0, p) for p in (0, 1)] == [3, 1]
    assert [made.count(1, p) for p in (0, 1)] == [0, 1]
    assert sorted(made.keys(0, 0)) == sorted(ids["焦作"][:3])
    assert made.row_total(0) == 4
    assert [made.column_total(p) for p in (0, 1)] == [3, 2]


def test_rows_rolled_up_or_each_tag_alone(tagged) -> None:
    archive, _ = tagged
    places = archive.compare_places(["焦作", "开封"])
    flat = archive.compare_matrix(places, parent="专题/人才", rollup=False)
    assert [row.path for row in flat.rows] == ["专题/人才/院士"]
    assert flat.count(0, 0) == 2
    rolled = archive.compare_matrix(places, parent="专题", rollup=False)
    assert rolled.count(0, 0) == 2  # 人才 alone: jz[2] has only 院士


def test_modes_let_a_small_place_stand_beside_a_big_one(tagged) -> None:
    archive, _ = tagged
    places = archive.compare_places(["焦作", "开封"])
    made = archive.compare_matrix(places, parent="专题")
    totals = made.place_totals
    assert totals[0] > 10
    assert totals[1] > 10
    assert made.value(0, 0, "share") == pytest.approx(3 / totals[0])
    assert made.value(1, 0, "present") == 0
    assert made.value(1, 1, "present") == 1
    assert made.maximum("count") == 3


def test_the_shared_filter_narrows_every_cell(tagged) -> None:
    archive, ids = tagged
    places = archive.compare_places(["焦作", "开封"])
    first = archive.record_rows([ids["焦作"][0]])[0]
    word = first.title[:2]
    narrowed = archive.compare_matrix(places, f'"{word}"', parent="专题")
    every = archive.compare_matrix(places, parent="专题")
    assert ids["焦作"][0] in narrowed.keys(0, 0)
    assert narrowed.place_totals[0] <= every.place_totals[0]
    assert narrowed.count(0, 0) <= every.count(0, 0)


def test_a_cells_passages_are_listed_in_reading_order(tagged) -> None:
    archive, ids = tagged
    article = ids["开封"][2]
    tag = archive.db.execute(
        "SELECT id FROM tags WHERE name = '科技金融' AND deleted_at IS NULL"
    ).fetchone()[0]
    for start in (40, 5):
        archive.db.execute(
            'INSERT INTO taggings (tag_id, article_id, field, start, "end", '
            "created_at) VALUES (?, ?, 'body', ?, ?, ?)",
            [tag, article, start, start + 8, now()],
        )
    archive.db.conn.commit()
    places = archive.compare_places(["焦作", "开封"])
    made = archive.compare_matrix(places, parent="专题")
    assert made.count(1, 1) == 2  # the passages' article counts once
    assert [p.start for p in made.passages(1, 1)] == [5, 40]
    assert made.passages(1, 0) == ()
    body = archive.article(article).body
    quoted = archive.matrix_quotes(made.passages(1, 1))
    assert [q.text for q in quoted] == [body[5:13], body[40:48]]


def test_csv_has_totals_and_transposes(tagged) -> None:
    archive, _ = tagged
    places = archive.compare_places(["焦作", "开封"])
    made = archive.compare_matrix(places, parent="专题")
    rows = list(csv.reader(io.StringIO(as_csv(made))))
    assert rows[0] == ["标签", "焦作", "开封", "合计"]
    assert rows[1] == ["专题/人才", "3", "1", "4"]
    assert rows[3][:3] == ["合计", "3", "2"]
    across = list(csv.reader(io.StringIO(as_csv(made, "share", transpose=True))))
    assert across[0][:3] == ["地方", "专题/人才", "专题/科技金融"]
    assert across[1][2] == "0.0%"
    document = as_json(made)
    assert document["rows"][0]["counts"] == {"焦作": 3, "开封": 1}


def test_a_tag_that_is_not_there_is_refused_by_name(tagged) -> None:
    archive, _ = tagged
    places = archive.compare_places(["焦作", "开封"])
    with pytest.raises(MatrixError) as caught:
        archive.compare_matrix(places, parent="专题/不存在")
    assert "专题/不存在" in str(caught.value)
    with pytest.raises(MatrixError):
        as_csv(archive.compare_matrix(places, parent="专题"), "heat")
