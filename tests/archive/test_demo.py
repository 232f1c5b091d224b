"""The demo archive: deterministic, varied, sound, and in the project's own words."""

from __future__ import annotations

import re
import sqlite3

import pytest

from archive import Archive, ArchiveError
from archive.demo import write_demo


def dump(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT a.uuid, a.date, a.city, a.title, b.body FROM articles a "
            "JOIN article_bodies b ON b.article_id = a.id ORDER BY a.id"
        ).fetchall()


def test_same_seed_same_archive_other_seed_other(tmp_path):
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        write_demo(tmp_path / f"{name}.sqlite", articles=40, seed=seed).close()
    assert dump(tmp_path / "a.sqlite") == dump(tmp_path / "b.sqlite")
    assert dump(tmp_path / "a.sqlite") != dump(tmp_path / "c.sqlite")


def test_demo_has_what_the_walking_skeleton_needs(demo):
    facets = demo.facets(limit=1000)
    assert len(facets["city"]) >= 6
    assert len(facets["year"]) >= 5
    assert len(facets["publication"]) >= 3 * 6
    assert len(facets["section"]) >= 4
    assert facets["tag"]
    roles = {r for (r,) in demo.db.execute("SELECT DISTINCT role FROM credits")}
    assert {"reporter", "correspondent", "photographer"} <= roles
    assert demo.db.execute("SELECT count(*) FROM captions").fetchone()[0] > 50
    assert demo.db.execute("SELECT count(*) FROM notes").fetchone()[0] > 0
    assert demo.check() == []


def test_demo_reports_figures_an_editor_can_compare(demo):
    bodies = " ".join(b for (b,) in demo.db.execute("SELECT body FROM article_bodies"))
    assert re.search(r"高新技术企业(?:达到|总数增至)\d+家", bodies)


def test_articles_are_dated_in_id_order(demo):
    dates = [d for (d,) in demo.db.execute("SELECT date FROM articles ORDER BY id")]
    assert dates == sorted(dates)


def test_demo_refuses_an_archive_that_has_articles(demo_path):
    with pytest.raises(ArchiveError):
        write_demo(demo_path, articles=5)
    with Archive.open(demo_path) as archive:
        assert archive.count() == 300


def test_demo_text_is_not_copied_from_the_samples(demo, shared_samples):
    files = (shared_samples / "pages").glob("*.txt")
    pages = "".join(p.read_text("utf-8") for p in files if "gb18030" not in p.name)
    sentences = {s for s in re.split(r"[。！？\n]", pages) if len(s) >= 12}
    bodies = " ".join(b for (b,) in demo.db.execute("SELECT body FROM article_bodies"))
    copied = [s for s in sentences if s in bodies]
    assert copied == []


def test_demo_captions_read_as_written_sentences(tmp_path) -> None:
    """No caption of the demo doubles its preposition (工作人员在在社区食堂…)."""
    from archive import CaptionFilter, write_demo

    with write_demo(tmp_path / "d.sqlite", articles=300, seed=7) as archive:
        rows = archive.caption_rows(archive.caption_ids(CaptionFilter()))
    assert rows
    assert [r.text for r in rows if "在在" in r.text] == []
