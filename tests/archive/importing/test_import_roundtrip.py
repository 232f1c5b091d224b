"""Demo articles written out as pages come back as the same records."""

from __future__ import annotations

from archive import Archive
from archive.demo import write_pages
from archive.importing.importer import import_paths

FIELDS = (
    "title",
    "kicker",
    "subtitle",
    "summary",
    "body",
    "reporters",
    "correspondents",
)


def test_pages_written_from_the_demo_import_to_the_same_articles(demo, tmp_path):
    paths = write_pages(demo, tmp_path / "pages")
    imported = Archive.open(tmp_path / "imported.sqlite", create=True)
    report = import_paths(imported, [tmp_path / "pages"])
    assert len(report.files) == len(paths)
    assert all(f.status == "added" and f.leftovers == 0 for f in report.files)

    def record(archive, article_id):
        article = archive.article(article_id)
        captions = tuple(
            (c.label, c.text, c.photographers, c.credit) for c in article.captions
        )
        return (*tuple(getattr(article, f) for f in FIELDS), captions)

    newspaper = {
        record(demo, i)
        for (i,) in demo.db.execute(
            "SELECT a.id FROM articles a JOIN publications p ON p.id = a.publication_id "
            "WHERE p.kind = 'newspaper'"
        )
    }
    back = [record(imported, i) for i in imported.article_ids()]
    assert len(back) == len(newspaper)
    assert set(back) == newspaper
