"""The tag × place matrix's cells, counted on arrays.

A place's records under the filter are a mask over article ids (the facet
arrays' choice, narrowed by the index's kept matches for the filter's text:
:func:`archive.search.listing.article_mask`) and a sorted array of caption
ids; a tag's records are the facet arrays' (article, tag) pairs and its
tagged captions. A cell is then one lookup of the row's articles in the
place's mask: at a million articles, 30 tags × 6 places in a fraction of a
second, where intersecting Python sets took five. What the arrays cannot
tell (a filter with fields other than places, an archive in memory) is
listed as the column lists it (:func:`archive.found.find`); the cells are
the same either way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ... import found as records
from ...search import facet_cache, listing, place_matches
from ...store.database import rows_for_ids
from ...tags.paths import tag_paths
from ..places import ComparePlace
from .columns import column_filters

CAPTION_CODE = records.key_of("caption", 0)  # a caption's key: this | its id
_EMPTY = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class PlaceRecords:
    """The records a place's column lists under the filter (notes aside)."""

    articles: np.ndarray  # bool, indexed by article id
    captions: np.ndarray  # caption ids, sorted

    @property
    def total(self) -> int:
        return int(np.count_nonzero(self.articles)) + len(self.captions)


def place_records(
    db: Database, place: ComparePlace, query: str, path: Path | None
) -> PlaceRecords:
    """Every article and caption ``place``'s column lists under ``query``."""
    filters = column_filters(place, query)
    kinds = records.kinds_asked(db, filters.text)
    articles = captions = None
    if "article" not in kinds:
        articles = np.zeros(0, dtype=bool)
    else:
        articles = listing.article_mask(db, filters, path=path)
    if "caption" not in kinds:
        captions = _EMPTY
    else:
        captions = place_matches.caption_ids(db, filters, path=path)
    if articles is None or captions is None:  # listed, as the column lists them
        keys = np.frombuffer(
            records.find(db, filters, limit=None, path=path).keys, dtype=np.int64
        )
        kind = keys >> records.KIND_SHIFT
        listed = keys[kind == 0]
        if articles is None:
            articles = np.zeros(int(listed.max()) + 1 if len(listed) else 0, bool)
            articles[listed] = True
        if captions is None:
            captions = keys[kind == (CAPTION_CODE >> records.KIND_SHIFT)]
            captions = captions & records.RECORD_MASK
    return PlaceRecords(articles, np.unique(captions))


@dataclass(frozen=True)
class Tagged:
    """What carries each tag: its articles and captions (ids, sorted, each
    once), and every passage as parallel arrays."""

    articles: dict[int, np.ndarray]
    captions: dict[int, np.ndarray]
    passage_tag: np.ndarray
    passage_id: np.ndarray  # the tagging's id
    passage_article: np.ndarray
    passage_field: np.ndarray  # codes into fields, in sorted order
    passage_start: np.ndarray
    passage_end: np.ndarray
    fields: tuple[str, ...]

    def of(self, tag_ids: set[int]) -> tuple[np.ndarray, np.ndarray]:
        """The articles and captions carrying any of ``tag_ids``."""
        return (
            _union(self.articles.get(t, _EMPTY) for t in tag_ids),
            _union(self.captions.get(t, _EMPTY) for t in tag_ids),
        )


def tagged(db: Database, path: Path | None, tag_ids: set[int]) -> Tagged:
    """Who carries each of ``tag_ids``: articles from the facet arrays'
    pairs where they hold the tag (SQL for the rest), captions and passages
    by SQL; kept for the archive at ``path`` while it does not change (the
    matrix is made again for every filter)."""
    if path is None:
        return _read_tagged(db, None, tag_ids)
    key = (path.resolve(), frozenset(tag_ids), facet_cache.version(db, path))
    with _TAGGED_LOCK:
        if _TAGGED and _TAGGED[0][0] == key:
            return _TAGGED[0][1]
    made = _read_tagged(db, path, tag_ids)
    with _TAGGED_LOCK:
        _TAGGED[:] = [(key, made)]
    return made


_TAGGED: list[tuple[tuple, Tagged]] = []  # the last matrix's, one
_TAGGED_LOCK = threading.Lock()


def forget() -> None:
    """Drop the kept :class:`Tagged` (the next matrix reads the tags again)."""
    with _TAGGED_LOCK:
        _TAGGED.clear()


def _read_tagged(db: Database, path: Path | None, tag_ids: set[int]) -> Tagged:
    wanted = np.array(sorted(tag_ids), dtype=np.int64)
    pair_articles, pair_tags, known, every = facet_cache.tag_pairs(
        db, path, tag_paths, wanted
    )
    articles = _grouped(pair_tags, pair_articles)
    missing = sorted(set(tag_ids) - known)
    if missing:
        articles |= _grouped(*_sql_pairs(db, missing, "article_id"))
    captions = _grouped(*_caption_pairs(db, wanted))
    # the passages: by the tag's index for a few tags' taggings, a scan of
    # the table for many (at 415,000 articles and 30 tags, 0.24 s against 0.4)
    rows = _passage_rows(db, sorted(tag_ids), scan=4 * len(pair_tags) > every)
    fields = tuple(sorted({row[3] for row in rows}))
    code = {name: i for i, name in enumerate(fields)}
    table = np.array(
        [(t, i, a, code[f], s, e) for i, t, a, f, s, e in rows], dtype=np.int64
    ).reshape(-1, 6)
    return Tagged(articles, captions, *table.T, fields=fields)  # type: ignore[misc]


@dataclass(frozen=True)
class Cells:
    """Each cell's records (keys, sorted), the totals, and where each cell's
    passages are in :class:`Tagged`'s arrays (in reading order)."""

    keys: tuple[tuple[np.ndarray, ...], ...]
    row_totals: tuple[int, ...]
    column_totals: tuple[int, ...]
    passages: dict[tuple[int, int], np.ndarray]


def cells(
    subtrees: Sequence[set[int]], places: Sequence[PlaceRecords], tags: Tagged
) -> Cells:
    """The cells of rows ``subtrees`` (each row's tags) by ``places``: every
    lookup one of a place's masks (articles, captions) indexed by id."""
    size = max((len(p.articles) for p in places), default=0)
    masks = [_sized(p.articles, size) for p in places]
    caption_size = max(
        (int(p.captions[-1]) + 1 for p in places if len(p.captions)), default=0
    )
    caption_masks = [_mask_of(p.captions, caption_size) for p in places]
    anywhere = np.logical_or.reduce(masks) if masks else np.zeros(0, dtype=bool)
    any_caption = (
        np.logical_or.reduce(caption_masks) if places else np.zeros(0, dtype=bool)
    )
    keys: list[tuple[np.ndarray, ...]] = []
    row_totals: list[int] = []
    passages: dict[tuple[int, int], np.ndarray] = {}
    tagged_articles = np.zeros(size, dtype=bool)
    tagged_captions = np.zeros(caption_size, dtype=bool)
    for r, subtree in enumerate(subtrees):
        articles, captions = tags.of(subtree)
        articles = articles[articles < size]
        captions = captions[captions < caption_size]
        tagged_articles[articles] = True
        tagged_captions[captions] = True
        keys.append(
            tuple(
                np.concatenate(
                    [articles[mask[articles]], CAPTION_CODE | captions[on[captions]]]
                )
                for mask, on in zip(masks, caption_masks, strict=True)
            )
        )
        row_totals.append(
            int(np.count_nonzero(anywhere[articles]))
            + int(np.count_nonzero(any_caption[captions]))
        )
        passages |= _cell_passages(r, subtree, masks, tags, size)
    column_totals = tuple(
        int(np.count_nonzero(mask & tagged_articles))
        + int(np.count_nonzero(on & tagged_captions))
        for mask, on in zip(masks, caption_masks, strict=True)
    )
    return Cells(tuple(keys), tuple(row_totals), column_totals, passages)


def _cell_passages(
    row: int, subtree: set[int], masks: list[np.ndarray], tags: Tagged, size: int
) -> dict[tuple[int, int], np.ndarray]:
    """Where the passages of each cell of ``row`` are in ``tags``' arrays, in
    reading order (article, field, start)."""
    chosen = np.flatnonzero(np.isin(tags.passage_tag, list(subtree)))
    chosen = chosen[tags.passage_article[chosen] < size]
    out = {}
    for p, mask in enumerate(masks):
        found = chosen[mask[tags.passage_article[chosen]]]
        if len(found):
            order = np.lexsort(
                (
                    tags.passage_start[found],
                    tags.passage_field[found],
                    tags.passage_article[found],
                )
            )
            out[(row, p)] = found[order]
    return out


def _mask_of(ids: np.ndarray, size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[ids] = True
    return mask


class LazyPassages(Mapping):
    """A cell's passages by (row, place), made into :class:`Passage` values
    when first asked for (a matrix of 30 rows holds tens of thousands)."""

    def __init__(
        self,
        tags: Tagged,
        where: dict[tuple[int, int], np.ndarray],
        make: Callable[[int, int, str, int, int], object],
    ) -> None:
        self._tags, self._where, self._make = tags, where, make
        self._made: dict[tuple[int, int], tuple] = {}

    def __getitem__(self, cell: tuple[int, int]) -> tuple:
        made = self._made.get(cell)
        if made is None:
            at = self._where[cell]  # KeyError: no passages there
            t = self._tags
            made = tuple(
                self._make(i, a, t.fields[f], s, e)
                for i, a, f, s, e in zip(
                    t.passage_id[at].tolist(),
                    t.passage_article[at].tolist(),
                    t.passage_field[at].tolist(),
                    t.passage_start[at].tolist(),
                    t.passage_end[at].tolist(),
                    strict=True,
                )
            )
            self._made[cell] = made
        return made

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


def _union(arrays: Iterable[np.ndarray]) -> np.ndarray:
    arrays = list(arrays)
    if not arrays:
        return _EMPTY
    if len(arrays) == 1:
        return arrays[0]
    return np.unique(np.concatenate(arrays))


def _sized(mask: np.ndarray, size: int) -> np.ndarray:
    if len(mask) >= size:
        return mask[:size]
    return np.concatenate([mask, np.zeros(size - len(mask), dtype=bool)])


def _grouped(tag_of: np.ndarray, ids: np.ndarray) -> dict[int, np.ndarray]:
    """Per tag the sorted distinct ids paired with it."""
    if not len(ids):
        return {}
    order = np.lexsort((ids, tag_of))
    tag_of, ids = tag_of[order], ids[order]
    keep = np.ones(len(ids), dtype=bool)
    keep[1:] = (tag_of[1:] != tag_of[:-1]) | (ids[1:] != ids[:-1])
    tag_of, ids = tag_of[keep], ids[keep].astype(np.int64)
    starts = np.flatnonzero(np.r_[True, tag_of[1:] != tag_of[:-1]])
    ends = np.r_[starts[1:], len(ids)]
    return {int(tag_of[s]): ids[s:e] for s, e in zip(starts, ends, strict=True)}


def _sql_pairs(
    db: Database, tag_ids: list[int], column: str
) -> tuple[np.ndarray, np.ndarray]:
    """(tag, id) for the taggings of ``tag_ids`` on articles or captions."""
    sql = (
        f"SELECT tag_id, {column} FROM taggings "
        f"WHERE {column} IS NOT NULL AND tag_id IN ({{marks}})"
    )
    pairs = list(rows_for_ids(db, sql, tag_ids))
    table = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    return table[:, 0], table[:, 1]


def _caption_pairs(db: Database, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(tag, caption) for the taggings of captions with ``wanted`` tags, read
    by the captions' index (few captions are tagged; by tag, every tagging
    of the tags is visited)."""
    table = np.array(
        db.execute(
            "SELECT tag_id, caption_id FROM taggings INDEXED BY taggings_by_caption "
            "WHERE caption_id IS NOT NULL"
        ).fetchall(),
        dtype=np.int64,
    ).reshape(-1, 2)
    table = table[np.isin(table[:, 0], wanted)]
    return table[:, 0], table[:, 1]


def _passage_rows(db: Database, tag_ids: list[int], *, scan: bool) -> list[tuple]:
    """The passages of ``tag_ids``: (tagging, tag, article, field, start, end);
    with ``scan``, read by a scan of every tagging."""
    select = (
        "SELECT id, tag_id, article_id, coalesce(nullif(field, ''), 'body'), "
        'start, "end" FROM taggings'
    )
    if scan:
        wanted = set(tag_ids)
        return [
            row
            for row in db.execute(
                f"{select} NOT INDEXED WHERE article_id IS NOT NULL "
                "AND start IS NOT NULL"
            )
            if row[1] in wanted
        ]
    return list(
        rows_for_ids(
            db,
            f"{select} WHERE article_id IS NOT NULL AND start IS NOT NULL "
            "AND tag_id IN ({marks})",
            tag_ids,
        )
    )
