"""Bringing the facet arrays (:class:`~.facets.FacetTable`) up to date with
the articles a write named, row by row (:func:`patch`)."""

from __future__ import annotations

import json

import numpy as np
from sqlite_utils import Database

from .facets import _CHUNK, _SINGLE, FacetTable, _among, _Multiple


def patch(
    table: FacetTable,
    db: Database,
    article_ids: set[int],
    tag_paths: dict[int, str],
    *,
    tagged: set[int] | frozenset[int] = frozenset(),
) -> None:
    """Read again the facet values of ``article_ids``, and the tags of
    those and of ``tagged`` (articles whose taggings alone changed): only
    their pairs, not every tagging (re-reading 500,000 taggings after a
    bulk tagging held the browse worker for seconds); tags no longer live
    drop out, renamed ones take their new paths."""
    if article_ids:
        patch_articles(table, db, article_ids)
    patch_tags(table, db, set(article_ids) | set(tagged), tag_paths)


def patch_articles(table: FacetTable, db: Database, article_ids: set[int]) -> None:
    """Read again the single values and the people of ``article_ids``."""
    size = (db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1
    if size > table.size:
        grow = size - table.size
        table.live = np.concatenate([table.live, np.zeros(grow, dtype=bool)])
        for single in table.single.values():
            single.codes = np.concatenate(
                [single.codes, np.zeros(grow, dtype=np.int32)]
            )
        table.size = size
    ids = np.array(sorted(article_ids), dtype=np.int64)
    table.live[ids] = False
    for single in table.single.values():
        single.codes[ids] = 0
    pairs = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK].tolist()
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"""SELECT a.id, {", ".join(_SINGLE.values())} FROM articles a
            LEFT JOIN publications p ON p.id = a.publication_id
            WHERE a.deleted_at IS NULL AND a.id IN ({marks})""",
            chunk,
        ):
            table.live[row[0]] = True
            for kind, value in zip(_SINGLE, row[1:], strict=True):
                if value is not None:
                    single = table.single[kind]
                    single.codes[row[0]] = single.code(value)
        pairs += db.execute(
            f"""SELECT article_id, person_id FROM credits
            WHERE article_id IN ({marks})
            UNION
            SELECT cap.article_id, cr.person_id FROM captions cap
            JOIN credits cr ON cr.caption_id = cap.id
            WHERE cap.deleted_at IS NULL AND cap.article_id IN ({marks})""",
            chunk + chunk,
        ).fetchall()
    found = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    table.people.replace(ids, found)
    table.people.names = dict(db.execute("SELECT id, name FROM people"))


def patch_tags(
    table: FacetTable, db: Database, article_ids: set[int], tag_paths: dict[int, str]
) -> None:
    """The tag pairs of ``article_ids`` read again, the tags' paths
    taken from ``tag_paths`` (a new :class:`_Multiple`: what was derived
    from the old one, the ancestry, is then made again)."""
    tags = _Multiple(table.tags.articles, table.tags.values, dict(tag_paths))
    known = np.array(sorted(tag_paths), dtype=np.int64)
    if table.tags.names.keys() - tag_paths.keys():  # tags deleted: pairs go
        keep = _among(tags.values, known)
        tags.articles, tags.values = tags.articles[keep], tags.values[keep]
    ids = np.array(sorted(i for i in article_ids if i < table.size), np.int64)
    found = np.zeros((0, 2), dtype=np.int64)
    if len(ids):
        pairs = []
        for start in range(0, len(ids), _CHUNK):
            pairs += db.execute(
                "SELECT DISTINCT article_id, tag_id FROM taggings "
                "WHERE article_id IN (SELECT value FROM json_each(?))",
                [json.dumps(ids[start : start + _CHUNK].tolist())],
            ).fetchall()
        found = np.array(pairs, dtype=np.int64).reshape(-1, 2)
        found = found[np.isin(found[:, 1], known)]
        tags.replace(ids, found)
    table.retagged(tags, ids, found)
