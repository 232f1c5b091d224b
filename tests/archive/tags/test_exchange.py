"""The tag tree and taggings exported from one archive, imported into another."""

from __future__ import annotations

import csv
import io
import json

import pytest

from archive import (
    Archive,
    Filters,
    ImportTags,
    SetTagColor,
    TagError,
    TagPassage,
    TagRecords,
    read_tag_export,
)


def test_export_import_merges_by_uuid_then_path(demo_path, tmp_path):
    import shutil

    other_path = tmp_path / "other.sqlite"
    shutil.copy(demo_path, other_path)
    with Archive.open(demo_path) as source:
        first, second = source.article_ids()[:2]
        source.execute(TagRecords("交换/人才", article_ids=[first]))
        source.execute(SetTagColor("交换/人才", "#112233"))
        source.execute(TagRecords("交换/新的", article_ids=[second]))
        body = source.article(first).body
        source.execute(TagPassage(first, "交换/段落", quote=body[3:9]))
        document = source.export_tags(filters=Filters(text="tag:交换"))
        tree_csv = source.export_tags(format="csv")
        taggings_csv = source.export_tags(format="csv", taggings=True)
    exported = json.loads(document)
    assert {t["path"] for t in exported["tags"]} >= {"交换", "交换/人才", "交换/新的"}
    assert {row["path"] for row in csv.DictReader(io.StringIO(tree_csv))} >= {
        "交换/人才"
    }
    assert "交换/段落" in taggings_csv
    with Archive.open(other_path) as target:
        target.execute(TagRecords("交换/人才", article_ids=[second]))  # by path
        command = ImportTags(read_tag_export(document))
        target.execute(command)
        assert command.by_path >= 2  # 交换 and 交换/人才 made here apart
        assert command.made == 2  # 交换/新的 and 交换/段落
        tagged = set(target.article_ids(Filters(text="tag:交换/人才")))
        assert tagged == {first, second}
        passage = target.passages(first)[0]
        assert passage.quote == body[3:9]
        colors = {t.path: t.color for t in target.tags()}
        assert colors["交换/人才"] == "#112233"  # filled where none was
        again = ImportTags(read_tag_export(document))
        target.execute(again)
        assert again.by_uuid + again.by_path == len(exported["tags"])
        assert (again.made, again.tagged) == (0, 0)
        origins = {
            o for (o,) in target.db.execute("SELECT DISTINCT origin FROM taggings")
        }
        assert "import" in origins
        target.undo()
        target.undo()
        assert set(target.article_ids(Filters(text="tag:交换/人才"))) == {second}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        '{"format": "other"}',
        '{"format": "clipfile-tags", "tags": [{"path": "/"}]}',
    ],
)
def test_a_file_that_is_no_export_is_refused(text):
    with pytest.raises(TagError):
        read_tag_export(text)
