"""One list for every kind of record: what the window, the Compare view's
columns and the CLI's search all list, checked against plain scans."""

from __future__ import annotations

import pytest

from archive import AddNote, Archive, Filters, NoteTarget, TrashNotes, id_of, kind_of
from archive.found import key_of, kinds_asked


def _captions_containing(archive: Archive, term: str) -> set[int]:
    rows = archive.db.execute(
        "SELECT id, coalesce(label, ''), text, coalesce(credit, '') FROM captions "
        "WHERE deleted_at IS NULL"
    )
    return {i for i, *texts in rows if any(term in t for t in texts)}


def _notes_containing(archive: Archive, term: str) -> set[int]:
    rows = archive.db.execute("SELECT id, body FROM notes WHERE deleted_at IS NULL")
    return {i for i, body in rows if term in body}


def _by_kind(keys) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {"article": set(), "caption": set(), "note": set()}
    for key in keys:
        out[kind_of(key)].add(id_of(key))
    return out


def test_keys_name_their_kind_and_an_articles_key_is_its_id() -> None:
    assert key_of("article", 12) == 12
    for kind in ("article", "caption", "note"):
        key = key_of(kind, 987_654)
        assert (kind_of(key), id_of(key)) == (kind, 987_654)
    assert key_of("caption", 5) != key_of("note", 5) != 5


def test_kinds_listed(demo: Archive) -> None:
    assert kinds_asked(demo.db, "") == ("article",)
    assert kinds_asked(demo.db, "city:焦作") == ("article",)
    assert kinds_asked(demo.db, "-科技") == ("article",)
    assert kinds_asked(demo.db, "科技") == ("article", "caption", "note")
    assert kinds_asked(demo.db, "科技 kind:caption") == ("caption",)
    assert kinds_asked(demo.db, "kind:note") == ("note",)


@pytest.mark.parametrize("term", ["科技", "工作人员", "城市", "图②"])
def test_text_finds_every_kind_a_scan_finds(demo: Archive, term: str) -> None:
    demo.execute(AddNote(NoteTarget(), f"一条关于{term}的札记"))
    found = demo.find(Filters(text=term))
    kinds = _by_kind(found.keys)
    assert kinds["article"] == set(demo.article_ids(Filters(text=term)))
    assert kinds["caption"] == _captions_containing(demo, term)
    assert kinds["note"] == _notes_containing(demo, term)
    assert found.counts == {k: len(v) for k, v in kinds.items()}
    assert found.total == len(found.keys)


def test_articles_come_first_then_captions_then_notes(demo: Archive) -> None:
    keys = list(demo.find(Filters(text="科技")).keys)
    order = [kind_of(k) for k in keys]
    assert order == sorted(order, key=["article", "caption", "note"].index)
    assert "caption" in order


def test_a_first_page_begins_the_whole_list_and_counts_all(demo: Archive) -> None:
    whole = demo.find(Filters(text="科技"))
    for limit in (5, whole.counts["article"] + 3, len(whole.keys) + 10):
        page = demo.find(Filters(text="科技"), limit=limit)
        assert list(page.keys) == list(whole.keys[:limit])
        assert page.counts == whole.counts
        assert page.complete == (limit >= len(whole.keys))


def test_a_place_chosen_narrows_captions_and_notes_as_its_field_does(
    demo: Archive,
) -> None:
    chosen = demo.find(Filters(text="工作人员", city="焦作"))
    typed = demo.find(Filters(text="工作人员 city:焦作"))
    assert list(chosen.keys) == list(typed.keys)
    captions = _by_kind(typed.keys)["caption"]
    assert captions
    assert captions < _captions_containing(demo, "工作人员")
    for caption in captions:
        assert demo.caption(caption).article_id in set(
            demo.article_ids(Filters(city="焦作"))
        )


def test_rows_say_what_each_record_is_and_where_it_belongs(demo: Archive) -> None:
    (note_id,) = demo.execute(
        AddNote(NoteTarget(article_id=1), "科技特派员的后续采访")
    ).note_ids
    found = demo.find(Filters(text="科技特派员"))
    rows = demo.record_rows(found.keys, query="科技特派员")
    note_rows = [r for r in rows if r.kind == "note"]
    assert [(r.id, r.article_id) for r in note_rows] == [(note_id, 1)]
    assert "科技特派员" in note_rows[0].snippet
    caption_key = next(k for k in demo.find(Filters(text="kind:caption")).keys)
    (caption_row,) = demo.record_rows([caption_key])
    caption = demo.caption(id_of(caption_key))
    assert caption_row.kind == "caption"
    assert caption_row.article_id == caption.article_id
    assert caption.text.splitlines()[0][:20] in caption_row.title


def test_a_trashed_note_leaves_the_list(demo: Archive) -> None:
    (note_id,) = demo.execute(AddNote(NoteTarget(), "独一无二的札记词")).note_ids
    assert demo.find(Filters(text="独一无二的札记词")).counts["note"] == 1
    demo.execute(TrashNotes([note_id]))
    assert demo.find(Filters(text="独一无二的札记词")).counts["note"] == 0


def test_the_cli_search_lists_what_the_window_lists(demo: Archive) -> None:
    result = demo.search("工作人员", limit=30)
    found = demo.find(Filters(text="工作人员"), limit=30)
    assert [(h.kind, h.id) for h in result.hits] == [
        (kind_of(k), id_of(k)) for k in found.keys
    ]
    assert result.total == found.total
    assert result.counts == dict(found.counts)
