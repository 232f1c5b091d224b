"""Facet counts for the sidebar, at a million articles, in a fraction of a second.

Counting each facet's values with SQL means a GROUP BY over every matching
article, once per facet, and for a search, joining each of its matches back to
its article: seconds at a million articles. Here the facet columns of every
article are read once into arrays indexed by article id (about 40 MB at a
million), kept while the archive does not change, and counted with numpy: a
facet's counts under any filters are one ``bincount`` over a mask.

Which table is current, and keeping it so between edits and sessions, is
:mod:`.facet_cache`'s part.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ..models import FACET_KINDS, FacetValue, Filters
from .id_arrays import concatenated_ids, distinct, int32_ids, sliced_counts, sliced_take

_COLUMNS = {  # facet: the column of articles holding its value (or its id)
    "city": "city",
    "county": "county",
    "year": "year",
    "publication": "publication_id",
    "section": "section",
}
_SINGLE = {  # the same, with the publication's name
    "city": "a.city",
    "county": "a.county",
    "year": "a.year",
    "publication": "p.name",
    "section": "a.section",
}

_CHUNK = 10_000  # ids a statement names (SQLite takes at most 32,766 parameters)
FILE_FORMAT = 1  # of the arrays kept on disk (FacetTable.save); raise on change
_TAGGINGS = (
    "SELECT DISTINCT article_id, tag_id FROM taggings WHERE article_id IS NOT NULL"
)


@dataclass
class _Single:
    """One value per article: codes[article id] indexes labels (0: none)."""

    codes: np.ndarray
    labels: list

    def code(self, value: object) -> int:
        try:
            return self.labels.index(value, 1)
        except ValueError:
            self.labels.append(value)
            return len(self.labels) - 1

    def mask(self, value: object) -> np.ndarray:
        if value not in self.labels[1:]:
            return np.zeros(len(self.codes), dtype=bool)
        return self.codes == self.labels.index(value, 1)

    def counts(self, mask: np.ndarray) -> np.ndarray:
        return sliced_counts(self.codes, mask, len(self.labels))


@dataclass
class _Multiple:
    """Any number of values per article, as (article id, value id) pairs, the
    value ids being people's or tags' ids, named by ``names``."""

    articles: np.ndarray
    values: np.ndarray
    names: dict[int, str]

    def mask(self, value_ids: Iterable[int], size: int) -> np.ndarray:
        mask = np.zeros(size, dtype=bool)
        mask[self.articles[np.isin(self.values, list(value_ids))]] = True
        return mask

    def counts(self, mask: np.ndarray) -> np.ndarray:
        return sliced_counts(self.values, sliced_take(mask, self.articles), 0)

    def replace(self, article_ids: np.ndarray, pairs: np.ndarray) -> None:
        """The pairs of ``article_ids`` are now ``pairs``."""
        keep = ~_among(self.articles, article_ids)
        self.articles = np.concatenate([self.articles[keep], int32_ids(pairs[:, 0])])
        self.values = np.concatenate([self.values[keep], int32_ids(pairs[:, 1])])


def _among(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``np.isin(values, ids)`` for ids, by a lookup in a mask indexed by id
    (numpy's isin sorts both: 30 ms holding the GIL for 500,000 pairs)."""
    size = max(
        int(values.max()) if len(values) else 0, int(ids.max()) if len(ids) else 0
    )
    chosen = np.zeros(size + 1, dtype=bool)
    chosen[ids] = True
    return sliced_take(chosen, values)


def ancestry(
    articles: np.ndarray, tags: np.ndarray, names: dict[int, str]
) -> tuple[np.ndarray, np.ndarray]:
    """(article, tag) for every tag of the pairs and every tag above it, each
    pair once (tags named by their paths in ``names``)."""
    by_path = {path: i for i, path in names.items()}
    size = max(max(names, default=0), int(tags.max()) if len(tags) else 0) + 1
    parent = np.full(size, -1, dtype=np.int64)
    for i, path in names.items():
        above = path.rpartition("/")[0]
        parent[i] = by_path.get(above, -1) if above else -1
    articles = articles.astype(np.int64)
    tags = tags.astype(np.int64)
    keys = [articles << 32 | tags]
    while len(tags):
        tags = parent[tags]
        keep = tags >= 0
        articles, tags = articles[keep], tags[keep]
        keys.append(articles << 32 | tags)
    unique = distinct(np.concatenate(keys))
    return int32_ids(unique >> 32), int32_ids(unique & 0xFFFFFFFF)


class FacetTable:
    """Every live article's facet values, as arrays indexed by article id."""

    def __init__(self, db: Database, tag_paths: dict[int, str]) -> None:
        self.size = (db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1
        self.live = np.zeros(self.size, dtype=bool)
        self.single: dict[str, _Single] = {}
        for kind, column in _COLUMNS.items():
            codes, labels = np.zeros(self.size, dtype=np.int32), [None]
            for value, concatenated in db.execute(
                f"SELECT {column}, group_concat(id) FROM articles "
                f"WHERE deleted_at IS NULL GROUP BY {column}"
            ):
                ids = concatenated_ids(concatenated)
                self.live[ids] = True
                if value is not None:
                    labels.append(value)
                    codes[ids] = len(labels) - 1
            self.single[kind] = _Single(codes, labels)
        publications = dict(db.execute("SELECT id, name FROM publications"))
        single = self.single["publication"]
        single.labels = [None, *(publications.get(i) for i in single.labels[1:])]
        self.people = _Multiple(*self._people(db), names={})
        self.people.names = dict(db.execute("SELECT id, name FROM people"))
        self.tags = self._tags(db, tag_paths)

    def _people(self, db: Database) -> tuple[np.ndarray, np.ndarray]:
        """(article, person) for everyone credited on a live article or on one of
        its live captions."""
        keys = []  # article << 32 | person: one 64-bit key a pair
        for person, concatenated in db.execute(
            "SELECT person_id, group_concat(article_id) FROM credits "
            "WHERE article_id IS NOT NULL GROUP BY person_id"
        ):
            keys.append((concatenated_ids(concatenated) << 32) | person)
        captions, owners = db.execute(
            "SELECT group_concat(id), group_concat(article_id) FROM captions "
            "WHERE deleted_at IS NULL AND article_id IS NOT NULL"
        ).fetchone()
        captions, owners = concatenated_ids(captions), concatenated_ids(owners)
        owner = np.zeros((captions.max() + 1) if len(captions) else 1, dtype=np.int64)
        owner[captions] = owners
        del captions, owners
        for person, concatenated in db.execute(
            "SELECT person_id, group_concat(caption_id) FROM credits "
            "WHERE caption_id IS NOT NULL GROUP BY person_id"
        ):
            captioned = concatenated_ids(concatenated)
            ids = owner[captioned[captioned < len(owner)]]
            keys.append((ids[ids > 0] << 32) | person)
        if not keys:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
        unique = distinct(np.concatenate(keys))
        del keys
        articles, people = unique >> 32, unique & 0xFFFFFFFF
        inside = articles < self.size
        return int32_ids(articles[inside]), int32_ids(people[inside])

    def _tags(self, db: Database, tag_paths: dict[int, str]) -> _Multiple:
        pairs = np.array(db.execute(_TAGGINGS).fetchall(), dtype=np.int64)
        pairs = pairs.reshape(-1, 2)
        known = np.array(sorted(tag_paths), dtype=np.int64)
        pairs = pairs[np.isin(pairs[:, 1], known) & (pairs[:, 0] < self.size)]
        return _Multiple(
            int32_ids(pairs[:, 0]), int32_ids(pairs[:, 1]), dict(tag_paths)
        )

    def save(self, file: Path, version: tuple) -> None:
        """Write the arrays to ``file`` (replaced whole), for :meth:`load`."""
        meta = {
            "format": FILE_FORMAT,
            "version": list(version),
            "labels": {kind: single.labels for kind, single in self.single.items()},
            "people": self.people.names,
            "tags": self.tags.names,
        }
        arrays = {f"codes_{kind}": s.codes for kind, s in self.single.items()}
        file.parent.mkdir(parents=True, exist_ok=True)
        partial = file.with_name(file.name + ".part")
        with partial.open("wb") as out:
            np.savez(
                out,
                meta=np.array(json.dumps(meta, ensure_ascii=False)),
                live=self.live,
                people_articles=self.people.articles,
                people_values=self.people.values,
                tags_articles=self.tags.articles,
                tags_values=self.tags.values,
                **arrays,  # type: ignore[arg-type]
            )
        partial.replace(file)

    @classmethod
    def load(cls, file: Path, version: tuple) -> FacetTable | None:
        """The arrays :meth:`save` wrote, if they are of this ``version``."""
        with np.load(file, allow_pickle=False) as saved:
            meta = json.loads(str(saved["meta"]))
            if meta.get("format") != FILE_FORMAT or meta["version"] != list(version):
                return None
            table = cls.__new__(cls)
            table.live = saved["live"]
            table.size = len(table.live)
            table.single = {
                kind: _Single(saved[f"codes_{kind}"], labels)
                for kind, labels in meta["labels"].items()
            }
            table.people = _Multiple(
                saved["people_articles"],
                saved["people_values"],
                {int(k): v for k, v in meta["people"].items()},
            )
            table.tags = _Multiple(
                saved["tags_articles"],
                saved["tags_values"],
                {int(k): v for k, v in meta["tags"].items()},
            )
        return table

    def mask(self, kind: str, value: object) -> np.ndarray:
        """Articles whose facet ``kind`` is ``value`` (a tag: or one beneath it;
        a tuple: any of its values)."""
        if isinstance(value, tuple):
            mask = np.zeros(self.size, dtype=bool)
            for one in value:
                mask |= self.mask(kind, one)
            return mask
        if kind in self.single:
            return self.single[kind].mask(value)
        if kind == "person":
            people = [i for i, name in self.people.names.items() if name == value]
            return self.people.mask(people, self.size)
        prefix = f"{value}/"
        tags = [
            i
            for i, path in self.tags.names.items()
            if path == value or path.startswith(prefix)
        ]
        return self.tags.mask(tags, self.size)

    def tag_counts(
        self, filters: Filters, matches: Iterable[int] | None
    ) -> tuple[dict[int, int], dict[int, int]]:
        """Each tag's articles under ``filters`` (the tag choice left out),
        tagged with it (own) and with it or any tag below it (total: an
        article tagged twice in one branch counted once)."""
        mask = self.live.copy()
        if matches is not None:
            found = np.zeros(self.size, dtype=bool)
            ids = np.asarray(matches, dtype=np.int64)
            found[ids[ids < self.size]] = True
            mask &= found
        for kind in FACET_KINDS:
            if kind != "tag" and filters.facet(kind) is not None:
                mask &= self.mask(kind, filters.facet(kind))
        own = self.tags.counts(mask)
        articles, tags = self._tag_ancestry()
        total = sliced_counts(tags, sliced_take(mask, articles), 0)
        return (
            {int(i): int(own[i]) for i in np.flatnonzero(own)},
            {int(i): int(total[i]) for i in np.flatnonzero(total)},
        )

    def _tag_ancestry(self) -> tuple[np.ndarray, np.ndarray]:
        """(article, tag) for every tag an article carries and every tag above
        it, each pair once; kept while the tags' pairs stay the same."""
        cached = getattr(self, "_ancestry", None)
        if cached is not None and cached[0] is self.tags:
            return cached[1], cached[2]
        found = ancestry(self.tags.articles, self.tags.values, self.tags.names)
        self._ancestry = (self.tags, *found)
        return found

    def retagged(
        self, tags: _Multiple, article_ids: np.ndarray, pairs: np.ndarray
    ) -> None:
        """Take ``tags`` as the tag pairs, the pairs of ``article_ids`` now
        being ``pairs`` (the rest as they were), and bring the ancestry along
        for those articles alone, unless a tag was renamed or moved (then it is
        made again when next asked): after tagging 10,000 articles, making it
        again for every pair took 130-250 ms of CPU at a million articles."""
        cached = getattr(self, "_ancestry", None)
        old = self.tags
        self.tags = tags
        if cached is None or cached[0] is not old:
            return
        names = tags.names
        if any(names.get(i, path) != path for i, path in old.names.items()):
            return  # a path changed: the ancestry is made again
        articles, above = cached[1], cached[2]
        keep = ~_among(articles, article_ids) if len(article_ids) else None
        gone = np.array(sorted(old.names.keys() - names.keys()), dtype=np.int64)
        if len(gone):
            dropped = _among(above, gone)
            keep = ~dropped if keep is None else keep & ~dropped
        if keep is not None:
            articles, above = articles[keep], above[keep]
        if len(pairs):
            new_articles, new_above = ancestry(pairs[:, 0], pairs[:, 1], names)
            articles = np.concatenate([articles, new_articles])
            above = np.concatenate([above, new_above])
        self._ancestry = (tags, articles, above)

    def counts(
        self, filters: Filters, matches: Iterable[int] | None, *, limit: int
    ) -> dict[str, list[FacetValue]]:
        """Each facet's top ``limit`` values among the live articles under
        ``filters``, its own choice left out; ``matches``: the ids the search
        text found (None: no search text)."""
        base = self.live.copy()
        if matches is not None:
            found = np.zeros(self.size, dtype=bool)
            ids = np.asarray(matches, dtype=np.int64)
            found[ids[ids < self.size]] = True
            base &= found
        chosen = {
            kind: self.mask(kind, filters.facet(kind))
            for kind in FACET_KINDS
            if filters.facet(kind) is not None
        }
        result = {}
        for kind in FACET_KINDS:
            mask = base.copy()
            for other, other_mask in chosen.items():
                if other != kind:
                    mask &= other_mask
            if kind in self.single:
                single = self.single[kind]
                counts = single.counts(mask)
                present = [
                    (single.labels[i], int(counts[i])) for i in np.flatnonzero(counts)
                ]
            else:
                multiple = self.people if kind == "person" else self.tags
                counts = multiple.counts(mask)
                present = [
                    (multiple.names.get(int(i)), int(counts[i]))
                    for i in np.flatnonzero(counts)
                ]
            result[kind] = _top(present, kind, limit)
        return result


def _top(present: list[tuple], kind: str, limit: int) -> list[FacetValue]:
    present = [(value, n) for value, n in present if value is not None]
    if kind == "year":
        present.sort(key=lambda vc: vc[0], reverse=True)
    else:
        present.sort(key=lambda vc: (-vc[1], vc[0]))
    return [FacetValue(value, n) for value, n in present[:limit]]
