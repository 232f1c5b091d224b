"""A person's page: what they reported, wrote or photographed, counted by
year and by county, and the places they covered."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from sqlite_utils import Database

from ..errors import RecordNotFound
from .names import normalise, person_id, spellings_alike

ROLES = ("reporter", "correspondent", "photographer", "author", "editor")


class PersonRecord(NamedTuple):
    """An article or a caption a person is credited on (a named tuple: a
    photographer's page makes thousands, a frozen dataclass each took 8
    attribute sets)."""

    kind: str  # article or caption
    id: int
    date: str | None
    title: str
    city: str | None
    county: str | None
    roles: tuple[str, ...]
    article_id: int | None

    @property
    def year(self) -> int | None:
        head = (self.date or "")[:4]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True)
class PersonPage:
    id: int
    name: str
    spellings: tuple[str, ...] = ()  # other spellings merged into this person
    alike: tuple[str, ...] = ()  # other people whose name reads the same
    records: tuple[PersonRecord, ...] = ()  # newest first
    roles: dict[str, int] = field(default_factory=dict)  # records in each role

    def counted(self) -> PersonPage:
        """This page with every count below made now (each is kept once
        made): a window makes them off its GUI thread."""
        self.articles, self.captions, self.by_year, self.by_county, self.places  # noqa: B018
        return self

    @cached_property
    def articles(self) -> int:
        return sum(r.kind == "article" for r in self.records)

    @cached_property
    def captions(self) -> int:
        return sum(r.kind == "caption" for r in self.records)

    # The counts below are made by one Counter over the records' values and
    # then per distinct value (a record at a time, with a dict set and an
    # int parsed each: 21 ms of CPU for a page of 4,500 records, now 9 ms).

    @cached_property
    def by_year(self) -> dict[int, dict[str, int]]:
        """Each year's articles and captions (years in order; undated left out)."""
        counted = Counter(((r.date or "")[:4], r.kind) for r in self.records)
        out: dict[int, dict[str, int]] = {}
        for (head, kind), n in counted.items():
            if head.isdigit():
                out.setdefault(int(head), {"article": 0, "caption": 0})[kind] += n
        return dict(sorted(out.items()))

    @cached_property
    def by_county(self) -> dict[str, dict[str, int]]:
        """Each county's articles and captions, the most covered first."""
        counted = Counter((r.county, r.kind) for r in self.records if r.county)
        out: dict[str, dict[str, int]] = {}
        for (county, kind), n in counted.items():
            out.setdefault(county, {"article": 0, "caption": 0})[kind] += n
        return dict(sorted(out.items(), key=lambda kv: -sum(kv[1].values())))

    @cached_property
    def places(self) -> list[tuple[str, int]]:
        """The cities and counties covered, each with its records, most first."""
        pairs = Counter((r.city, r.county) for r in self.records if r.city or r.county)
        counted: Counter[str] = Counter()
        for (city, county), n in pairs.items():
            counted[" ".join(p for p in (city, county) if p)] += n
        return counted.most_common()


# One pass over the person's credits: a caption's date and place its own,
# else its article's (one join, not a subquery for each); kind as 0 (article)
# or 1 (caption), a number rather than text to decode. Measured for a
# photographer of 4,500 captions: 100 ms of CPU where three correlated
# subqueries a caption and a text kind took 200 ms.
_RECORDS = """
SELECT * FROM (
SELECT 0 AS kind, a.id AS id, a.date AS date, a.title, a.city, a.county,
    cr.role, a.id
FROM credits cr JOIN articles a ON a.id = cr.article_id
WHERE cr.person_id = :p AND a.deleted_at IS NULL
UNION ALL
SELECT 1, c.id, coalesce(c.date, o.date),
    coalesce(c.label || ' ', '') || substr(c.text, 1, 60),
    coalesce(c.city, o.city), coalesce(c.county, o.county), cr.role, c.article_id
FROM credits cr JOIN captions c ON c.id = cr.caption_id
LEFT JOIN articles o ON o.id = c.article_id
WHERE cr.person_id = :p AND c.deleted_at IS NULL
)
ORDER BY date DESC, kind ASC, id DESC
"""
_KINDS = ("article", "caption")


def person_page(db: Database, name: str) -> PersonPage:
    """The page of the person ``name`` names (any spelling of it)."""
    pid = person_id(db, name)
    if pid is None:
        raise RecordNotFound(f"nobody called {name.strip() or '(no name)'}")
    return page_of(db, pid)


def page_of(db: Database, pid: int) -> PersonPage:
    row = db.execute("SELECT name FROM people WHERE id = ?", [pid]).fetchone()
    if row is None:
        raise RecordNotFound(f"no person {pid}")
    merged: dict[tuple[str, int], PersonRecord] = {}
    for kind, rid, date, title, city, county, role, article in db.execute(
        _RECORDS, {"p": pid}
    ):
        key = (_KINDS[kind], rid)
        known = merged.get(key)
        if known is None:
            merged[key] = PersonRecord(
                _KINDS[kind], rid, date, title, city, county, (role,), article
            )
        elif role not in known.roles:
            merged[key] = known._replace(roles=(*known.roles, role))
    records = list(merged.values())  # newest first, as the query orders them
    roles = Counter(role for r in records for role in r.roles)
    spellings = tuple(
        n
        for (n,) in db.execute(
            "SELECT name FROM person_aliases WHERE person_id = ? ORDER BY name", [pid]
        )
    )
    return PersonPage(
        id=pid,
        name=row[0],
        spellings=spellings,
        alike=tuple(spellings_alike(db, pid)),
        records=tuple(records),
        roles={r: roles[r] for r in ROLES if roles[r]},
    )


@dataclass(frozen=True)
class PersonSummary:
    name: str
    articles: int
    captions: int


def people(db: Database, text: str = "", *, limit: int = 200) -> list[PersonSummary]:
    """People credited on live records, the most credited first (whose
    normalised name holds ``text``, if given)."""
    wanted = normalise(text)
    rows = db.execute(
        """SELECT p.name, count(DISTINCT cr.article_id), count(DISTINCT cr.caption_id)
        FROM people p JOIN credits cr ON cr.person_id = p.id
        LEFT JOIN articles a ON a.id = cr.article_id
        LEFT JOIN captions c ON c.id = cr.caption_id
        WHERE (a.id IS NOT NULL AND a.deleted_at IS NULL)
           OR (c.id IS NOT NULL AND c.deleted_at IS NULL)
        GROUP BY p.id
        ORDER BY count(DISTINCT cr.article_id) + count(DISTINCT cr.caption_id) DESC,
            p.name"""
    )
    out = []
    for name, articles, captions in rows:
        if wanted and wanted not in normalise(name):
            continue
        out.append(PersonSummary(name, articles, captions))
        if len(out) >= limit:
            break
    return out
