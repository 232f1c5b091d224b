"""The archive's own indicator dictionary: the entries an editor added,
changed or removed, merged over the shipped one and kept in the archive (an
undoable edit), so that every window and terminal reading its figures reads
them with the same dictionary.

Changing it leaves the stored figures stale (:func:`stale`: they were read
with another dictionary) until they are read again, off the GUI thread.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlite_utils import Database

from ...commands import Command, WriteContext
from ...errors import InvalidInput
from ...models import Changes
from ..dictionary import (
    FAMILIES,
    DictionaryError,
    Indicator,
    IndicatorDictionary,
    default_dictionary,
    key,
    merged_dictionary,
    shipped_entries,
    unit_of,
)
from .following import distinct_ids, follow_dictionary

KEY = "indicator_dictionary"  # the settings row holding the archive's entries
READ_WITH = "figures_dictionary"  # the digest of the entries figures were read with


def own_text(db: Database) -> str:
    """The archive's entries as kept ('' when it uses the shipped dictionary)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [KEY]).fetchone()
    return row[0] if row and row[0] else ""


def own_entries(db: Database) -> list[dict[str, Any]]:
    """The archive's own entries (a user file's ``indicators`` list)."""
    text = own_text(db)
    return list(json.loads(text)["indicators"]) if text else []


def dictionary_of(db: Database) -> IndicatorDictionary:
    """The dictionary the archive's figures are read with."""
    return _built(own_text(db))


def dictionary_from(text: str) -> IndicatorDictionary:
    """The dictionary of entries kept as ``text`` (:func:`own_text`), as
    :func:`dictionary_of` builds it: how another process (an import's worker)
    reads figures as the archive would."""
    return _built(text)


@lru_cache(maxsize=8)
def _built(text: str) -> IndicatorDictionary:
    if not text:
        return default_dictionary()
    try:
        return merged_dictionary(json.loads(text)["indicators"])
    except (DictionaryError, ValueError, KeyError, TypeError):
        # a file written by a newer Clipfile, or by hand: the shipped one
        return default_dictionary()


def digest(text: str) -> str:
    """What tells the entries kept as ``text`` (:func:`own_text`) from any
    others: kept with the figures they were read with, and sent with each
    page an import's worker read ahead."""
    return str(zlib.crc32(text.encode("utf-8")))


def read_with(db: Database) -> str:
    """The digest of the entries the stored figures were read with."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [READ_WITH])
    found = row.fetchone()
    return found[0] if found else digest("")


def mark_read(db: Database) -> None:
    """The stored figures are now those of the current dictionary."""
    db.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        [READ_WITH, digest(own_text(db))],
    )


def stale(db: Database) -> bool:
    """Whether the figures were read with another dictionary than the archive's."""
    return read_with(db) != digest(own_text(db))


def entries_for(indicators: Sequence[Indicator]) -> list[dict[str, Any]]:
    """What the archive keeps for a dictionary of ``indicators``: each one
    new or unlike its shipped entry, and a removal for each shipped one gone."""
    shipped = {e["name"]: e for e in shipped_entries()}
    built = {i.name: i for i in default_dictionary().indicators}
    out: list[dict[str, Any]] = []
    for indicator in indicators:
        if built.get(indicator.name) != indicator:
            out.append(indicator.to_json())
    names = {i.name for i in indicators}
    out += [{"name": n, "removed": True} for n in shipped if n not in names]
    return out


@dataclass(frozen=True)
class IndicatorProblem:
    """Why a dictionary cannot be used, as fields a window words in its own
    language: ``kind`` is no_name, name_twice, too_short (an alias under two
    characters), alias_twice (``other``: the indicator also claiming it) or
    unit (not a unit of the indicator's family)."""

    kind: str
    indicator: str
    text: str = ""
    other: str = ""


def problems(indicators: Sequence[Indicator]) -> list[IndicatorProblem]:
    """What keeps ``indicators`` from being a dictionary (none: it can be)."""
    found: list[IndicatorProblem] = []
    names: set[str] = set()
    owner: dict[str, str] = {}
    for indicator in indicators:
        name = indicator.name.strip()
        if not name:
            found.append(IndicatorProblem("no_name", ""))
            continue
        if name in names:
            found.append(IndicatorProblem("name_twice", name))
        names.add(name)
        for unit in dict.fromkeys([indicator.unit, *indicator.units]):
            if indicator.family not in FAMILIES or not unit_of(unit, indicator.family):
                found.append(IndicatorProblem("unit", name, unit, indicator.family))
        for alias in dict.fromkeys(indicator.aliases):
            if len(key(alias)) < 2:
                found.append(IndicatorProblem("too_short", name, alias))
                continue
            other = owner.setdefault(key(alias), name)
            if other != name:
                found.append(IndicatorProblem("alias_twice", name, alias, other))
    return found


class SetIndicators(Command):
    """Make ``indicators`` the archive's dictionary (the figures are read
    again with it afterwards). Refused, naming every problem, when it cannot
    be used (a name twice, an alias of two indicators, a unit of another
    family …)."""

    label = "Edit indicator dictionary"

    def __init__(self, indicators: Sequence[Indicator]) -> None:
        indicators = distinct_ids(indicators)
        wrong = problems(indicators)
        if wrong:
            raise InvalidInput(
                "the indicator dictionary cannot be used: "
                + "; ".join(
                    f"{p.indicator}: {p.kind} {p.text} {p.other}".strip() for p in wrong
                )
            )
        self.entries = entries_for(indicators)
        try:
            merged_dictionary(self.entries)
        except DictionaryError as error:
            raise InvalidInput(str(error)) from None
        self.text = (
            json.dumps({"indicators": self.entries}, ensure_ascii=False)
            if self.entries
            else ""
        )

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        before = dictionary_of(db)
        if self.text:
            # an upsert, not a REPLACE: the row keeps its rowid, so that the
            # edit's capture (by rowid) can put it back
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [KEY, self.text],
            )
        else:
            db.execute("DELETE FROM settings WHERE key = ?", [KEY])
        # decisions on figures now another indicator's (a merge, an alias
        # moved) follow them; a rename keeps the id they are kept by
        follow_dictionary(db, before, dictionary_of(db))
        return Changes(figures=True)

    def detail(self) -> str:
        return f"{len(self.entries)} entries unlike the shipped dictionary"
