"""The tag tree's counts from the facet arrays follow every kind of tag edit
by reading again only the taggings of the articles it names: the same counts
as the arrays read afresh (the oracle: the same call on no path, which
shares no arrays)."""

from __future__ import annotations

from archive import (
    Archive,
    DeleteTag,
    Filters,
    MergeTags,
    MoveTag,
    RestoreTag,
    TagPassage,
    TagRecords,
    UntagRecords,
)
from archive.search import facets, listing

READS: list[int] = []  # every tagging read: by the oracle, and by the arrays?


def _agree(archive: Archive) -> dict[int, int]:
    """Checks the counts under a few filters, the arrays caught up without
    reading every tagging; each tag's total in the archive."""
    for filters in (Filters(city="焦作"), Filters(text="科技"), Filters()):
        before = len(READS)
        quick = listing.tag_counts(archive.db, filters, path=archive.path)
        assert len(READS) == before, "every tagging read again"
        assert quick == listing.tag_counts(archive.db, filters, path=None), filters
    return quick[1]


def _id(archive: Archive, path: str) -> int:
    return next(t.id for t in archive.tags() if t.path == path)


def test_counts_follow_tag_edits_without_reading_every_tagging(demo, monkeypatch):
    ids = [int(i) for i in demo.article_ids()[:120]]
    demo.execute(TagRecords("批量/甲", article_ids=ids[:10]))
    _agree(demo)  # the arrays read, as the window has them
    whole = facets.FacetTable._tags
    monkeypatch.setattr(
        facets.FacetTable,
        "_tags",
        lambda self, db, paths: READS.append(1) or whole(self, db, paths),
    )
    demo.execute(TagRecords("批量/乙", article_ids=ids))
    demo.execute(UntagRecords("批量/甲", article_ids=ids[:5]))
    totals = _agree(demo)
    assert totals[_id(demo, "批量")] == 120
    assert totals[_id(demo, "批量/甲")] == 5
    demo.undo()
    _agree(demo)
    demo.redo()
    demo.execute(MoveTag("批量/乙", "别处"))
    _agree(demo)
    demo.execute(MergeTags(["别处/乙"], "批量/甲"))
    _agree(demo)
    article = demo.article(ids[50])
    demo.execute(TagPassage(ids[50], "段落", quote=article.body[:4]))
    _agree(demo)
    demo.execute(DeleteTag("批量"))
    assert "批量/甲" not in {t.path for t in demo.tags()}
    _agree(demo)
    deleted = demo.deleted_tags()[0]
    demo.execute(RestoreTag(deleted.id))
    _agree(demo)
    # another connection of this process tags too
    with Archive.open(demo.path, editor="other") as other:
        other.execute(TagRecords("别人的", article_ids=ids[100:]))
    assert _agree(demo)[_id(demo, "别人的")] == 20


def test_tagging_brings_the_ancestry_along_for_its_articles_alone(demo, monkeypatch):
    ids = [int(i) for i in demo.article_ids()[:40]]
    demo.execute(TagRecords("上/中/下", article_ids=ids[:10]))
    _agree(demo)
    made = facets.ancestry
    sizes: list[int] = []
    monkeypatch.setattr(
        facets,
        "ancestry",
        lambda articles, tags, names: (
            sizes.append(len(articles)) or made(articles, tags, names)
        ),
    )

    def pairs_read() -> int:
        """How many pairs the window's arrays made the ancestry of."""
        sizes.clear()
        listing.tag_counts(demo.db, Filters(), path=demo.path)
        return sum(sizes)

    every = demo.db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT article_id, tag_id FROM taggings "
        "WHERE article_id IS NOT NULL)"
    ).fetchone()[0]
    demo.execute(TagRecords("上/中/下", article_ids=ids))
    assert pairs_read() < every  # the 40 articles' pairs, not all
    assert _agree(demo)[_id(demo, "上")] == 40
    demo.undo()  # the tag stays: its first 10 articles
    assert pairs_read() < every
    assert _agree(demo)[_id(demo, "上/中")] == 10
    demo.execute(MoveTag("上/中", "别处"))  # a path changed: made again whole
    assert pairs_read() >= every
    assert _agree(demo)[_id(demo, "别处/中")] == 10


def test_which_lists_depend_on_tags(demo):
    from archive import SaveSearch

    demo.execute(SaveSearch("核实的", "tag:待核实 city:焦作"))
    demo.execute(SaveSearch("科技的", "科技"))
    for text, depends in (
        ("", False),
        ("科技 city:焦作", False),
        ("tag:人才", True),
        ("科技 -标签:待核实", True),
        ("(a OR TAG:人才)", True),
        ("saved:核实的", True),
        ("saved:科技的", False),
        ("tag", False),  # a word, not the field
    ):
        assert demo.lists_by_tag(Filters(text=text)) is depends, text
    assert demo.lists_by_tag(Filters(tag="人才"))
