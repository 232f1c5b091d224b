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
        return sum(n for key, n in self._tally.items() if key[1] == "article")

    @cached_property
    def captions(self) -> int:
        return len(self.records) - self.articles

    # The counts below come from one Counter over each record's (year,
    # kind, city, county), then per distinct value: a Counter for each count
    # over every record took 24-31 ms of CPU for the busiest person at a
    # million articles (15,091 records).

    @cached_property
    def _tally(self) -> Counter[tuple[str, str, str | None, str | None]]:
        return Counter(
            ((r.date or "")[:4], r.kind, r.city, r.county) for r in self.records
        )

    @cached_property
    def by_year(self) -> dict[int, dict[str, int]]:
        """Each year's articles and captions (years in order; undated left out)."""
        out: dict[int, dict[str, int]] = {}
        for (head, kind, _city, _county), n in self._tally.items():
            if head.isdigit():
                out.setdefault(int(head), {"article": 0, "caption": 0})[kind] += n
        return dict(sorted(out.items()))

    @cached_property
    def by_county(self) -> dict[str, dict[str, int]]:
        """Each county's articles and captions, the most covered first."""
        out: dict[str, dict[str, int]] = {}
        for (_head, kind, _city, county), n in self._tally.items():
            if county:
                out.setdefault(county, {"article": 0, "caption": 0})[kind] += n
        return dict(sorted(out.items(), key=lambda kv: -sum(kv[1].values())))

    @cached_property
    def places(self) -> list[tuple[str, int]]:
        """The cities and counties covered, each with its records, most first."""
        counted: Counter[str] = Counter()
        for (_head, _kind, city, county), n in self._tally.items():
            if city or county:
                counted[" ".join(p for p in (city, county) if p)] += n
        return counted.most_common()


# One pass over the person's credits: a caption's date and place its own,
# else its article's (one join, not a subquery for each); kind as 0 (article)
# or 1 (caption), and the role as its place in ROLES: numbers rather than
# text to decode. Measured for a photographer of 4,500 captions: 100 ms of
# CPU where three correlated subqueries a caption and a text kind took 200.
_ROLE = "CASE cr.role {} END".format(
    " ".join(f"WHEN '{role}' THEN {n}" for n, role in enumerate(ROLES))
)
_RECORDS = f"""
SELECT * FROM (
SELECT 0 AS kind, a.id AS id, a.date AS date, a.title, a.city, a.county,
    {_ROLE}, a.id
FROM credits cr JOIN articles a ON a.id = cr.article_id
WHERE cr.person_id = :p AND a.deleted_at IS NULL
UNION ALL
SELECT 1, c.id, coalesce(c.date, o.date),
    coalesce(c.label || ' ', '') || substr(c.text, 1, 60),
    coalesce(c.city, o.city), coalesce(c.county, o.county), {_ROLE}, c.article_id
FROM credits cr JOIN captions c ON c.id = cr.caption_id
LEFT JOIN articles o ON o.id = c.article_id
WHERE cr.person_id = :p AND c.deleted_at IS NULL
)
ORDER BY date DESC, kind ASC, id DESC
"""
_KINDS = ("article", "caption")
_SINGLE_ROLES = tuple((role,) for role in ROLES)


def _merged(records: list[PersonRecord]) -> list[PersonRecord]:
    """One record for each (kind, id), its roles gathered, in first order."""
    merged: dict[tuple[str, int], PersonRecord] = {}
    for record in records:
        key = (record.kind, record.id)
        known = merged.get(key)
        if known is None:
            merged[key] = record
        elif record.roles[0] not in known.roles:
            merged[key] = known._replace(roles=(*known.roles, *record.roles))
    return list(merged.values())


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
    # A record a row, built in one comprehension (a dict of records merged
    # as they came: 50 ms of CPU for 15,091 records); a record credited in
    # two roles (two rows, rare) is merged after.
    kinds, singles = _KINDS, _SINGLE_ROLES
    records = [
        PersonRecord(kinds[k], rid, date, title, city, county, singles[role], art)
        for k, rid, date, title, city, county, role, art in db.execute(
            _RECORDS, {"p": pid}
        )
    ]
    if len({(r.kind, r.id) for r in records}) < len(records):
        records = _merged(records)
    roles: Counter[str] = Counter()
    for held, n in Counter(r.roles for r in records).items():
        for role in held:
            roles[role] += n
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
