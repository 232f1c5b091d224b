"""Tags to suggest for an article, never applied by themselves: those its
most similar articles carry, and those whose name its text says."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from .paths import TAG_PATHS

_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
_COMMON = set("的了在是和与及对为有把被将要也就都而")


@dataclass(frozen=True)
class Suggestion:
    """A tag to offer: ``why`` is ``similar`` (with how many of the similar
    articles carry it) or ``named`` (the text says its name)."""

    path: str
    why: str
    support: int = 0


def similar_query(title: str, body: str, *, words: int = 6) -> str:
    """A query finding articles like this one: its headline's longest runs of
    Chinese characters cut into two-character words, and the most frequent
    such words of the body, any of them."""
    pairs: Counter[str] = Counter()
    for run in _HAN.findall(title):
        for i in range(0, len(run) - 1, 2):
            pairs[run[i : i + 2]] += 3
    for run in _HAN.findall(body[:3000]):
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if not set(pair) & _COMMON:
                pairs[pair] += 1
    chosen = [p for p, _ in pairs.most_common(words)]
    return " OR ".join(chosen)


def suggestions(
    db: Database,
    article_id: int,
    text: str,
    similar: Sequence[int],
    *,
    limit: int = 6,
) -> list[Suggestion]:
    """The tags ``similar`` articles carry most, then tags the text names,
    leaving out those the article has (whole)."""
    paths = dict(db.execute(TAG_PATHS).fetchall())
    has = {
        t
        for (t,) in db.execute(
            "SELECT tag_id FROM taggings WHERE article_id = ? AND start IS NULL",
            [article_id],
        )
    }
    others = [i for i in similar if i != article_id]
    counts: Counter[int] = Counter()
    if others:
        for tag_id, n in db.execute(
            "SELECT tag_id, count(DISTINCT article_id) FROM taggings "
            "WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY tag_id",
            [json.dumps(others)],
        ):
            counts[tag_id] = n
    found = [
        Suggestion(paths[t], "similar", n)
        for t, n in counts.most_common()
        if t in paths and t not in has and n >= 2
    ][:limit]
    offered = {s.path for s in found}
    named = sorted(
        (
            path
            for t, path in paths.items()
            if t not in has
            and path not in offered
            and len(path.rpartition("/")[2]) >= 2
            and path.rpartition("/")[2] in text
        ),
        key=lambda p: (-len(p.rpartition("/")[2]), p),
    )
    return found + [Suggestion(p, "named") for p in named[:limit]]
