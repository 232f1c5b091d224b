"""The indicator dictionary: what a figure can count, by which names, in which units.

The shipped dictionary is ``resources/indicators/indicators.json``; a user's own
file (same format) is merged over it: an entry with a new name adds an
indicator, an entry with a shipped name overrides the fields it gives (its
``aliases`` replace the shipped ones), and ``"removed": true`` drops it.

In an alias an ASCII ``"`` stands for an optional quotation mark of any kind,
so ``专精特新"小巨人"企业`` also finds 专精特新“小巨人”企业 and 专精特新小巨人企业.
Two indicators are the same thing exactly when their names are aliases of one
entry; forms papers keep apart (省级 and 国家级 众创空间) are separate entries,
and the longest alias starting first wins where one contains another.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ArchiveError
from .aliases import QUOTES, alias_pattern
from .units import UNITS

FAMILIES = ("count", "money", "percent")
_FIELDS = {"name", "id", "family", "unit", "units", "aliases", "not", "note", "removed"}
# Units a figure may be printed in when an entry does not list them (a count
# indicator's default is its own unit alone: 高新技术企业 are never 人).
_DEFAULT_UNITS = {
    "money": ["元", "千元", "万元", "百万元", "千万元", "亿元", "万亿元"],
    "percent": ["%", "个百分点"],
}
_UNQUOTE = str.maketrans("", "", QUOTES)


class DictionaryError(ArchiveError):
    """An indicator dictionary that cannot be used; the message lists every problem."""

    code = "indicator_dictionary"

    def __init__(self, problems: list[str], *, path: Path | None = None) -> None:
        where = f"{path}: " if path else ""
        super().__init__(where + "; ".join(problems), path=path)
        self.problems = problems


@dataclass(frozen=True)
class Indicator:
    """One thing papers count: its name, the names it goes by, its units.

    ``id`` stays with the indicator when it is renamed (it is the name it was
    first given; empty means the name): editors' decisions on its figures are
    kept by it, so that they survive a rename.
    """

    name: str
    family: str  # count, money or percent
    unit: str  # the unit figures are normalised to (家, 亿元, %)
    units: tuple[str, ...]  # the units a figure of it may be printed in
    aliases: tuple[str, ...]  # every name, the canonical one first
    not_aliases: tuple[str, ...] = ()  # longer phrases that mean something else
    note: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.name)

    def to_json(self) -> dict[str, Any]:
        """The entry as the dictionary file holds it (``id`` only when it is
        not the name: an indicator renamed)."""
        entry: dict[str, Any] = {"name": self.name, "family": self.family}
        if self.id != self.name:
            entry["id"] = self.id
        entry["unit"] = self.unit
        entry["units"] = list(self.units)
        entry["aliases"] = [a for a in self.aliases if a != self.name]
        if self.not_aliases:
            entry["not"] = list(self.not_aliases)
        if self.note:
            entry["note"] = self.note
        return entry


class IndicatorDictionary:
    """Indicators and one regular expression finding any of their aliases.

    ``pattern`` is a single alternation of every alias (longest first), the
    prefilter the extractor runs over a whole article; ``indicator_at`` maps
    the text it matched back to an indicator (``None`` for a ``not`` phrase).
    """

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self.indicators = tuple(indicators)
        self.by_name = {i.name: i for i in self.indicators}
        self.id_of = {i.name: i.id for i in self.indicators}
        self._keys: dict[str, Indicator | None] = {}
        self._seen: dict[str, Indicator | None] = {}  # matched text → indicator
        for indicator in self.indicators:
            for alias in indicator.aliases:
                self._keys[key(alias)] = indicator
            for phrase in indicator.not_aliases:
                self._keys.setdefault(key(phrase), None)
        forms = {alias for i in self.indicators for alias in i.aliases}
        forms |= {phrase for i in self.indicators for phrase in i.not_aliases}
        self.pattern = alias_pattern(forms)

    def indicator_at(self, matched: str) -> Indicator | None:
        """The indicator a text the pattern matched names, if any."""
        try:
            return self._seen[matched]
        except KeyError:
            found = self._seen[matched] = self._keys.get(key(matched))
            return found

    def lookup(self, name: str) -> Indicator | None:
        """The indicator ``name`` is an alias of (quotes, width, case aside)."""
        return self._keys.get(key(name))

    def __len__(self) -> int:
        return len(self.indicators)


def key(alias: str) -> str:
    """An alias folded for lookup: quotation marks dropped, NFKC, upper case."""
    return unicodedata.normalize("NFKC", alias.translate(_UNQUOTE)).upper()


def load_dictionary(user_file: Path | str | None = None) -> IndicatorDictionary:
    """The shipped dictionary, with ``user_file`` merged over it if given.

    Raises :class:`DictionaryError` naming the file and every problem found
    (bad JSON with its line and column, unknown fields, families or units,
    an alias claimed by two indicators …). A user file that does not exist
    is read as empty.
    """
    shipped = _entries(_read(_shipped_text(), None), None)
    if user_file is None:
        return _build(shipped, None)
    path = Path(user_file)
    if not path.exists():
        return _build(shipped, None)
    user = _entries(_read(path.read_text(encoding="utf-8"), path), path)
    return _build(_merge(shipped, user), path)


def merged_dictionary(user: list[dict[str, Any]]) -> IndicatorDictionary:
    """The shipped dictionary with ``user``'s entries (a user file's
    ``indicators`` list) merged over it; raises :class:`DictionaryError`."""
    shipped = _entries(_read(_shipped_text(), None), None)
    entries = _entries({"indicators": user}, None)
    return _build(_merge(shipped, entries), None)


def dictionary_from(entries: list[dict[str, Any]]) -> IndicatorDictionary:
    """A dictionary of ``entries`` alone (a whole dictionary, not changes to
    the shipped one); raises :class:`DictionaryError`."""
    return _build(_entries({"indicators": entries}, None), None)


def shipped_entries() -> list[dict[str, Any]]:
    """The shipped dictionary's entries, as its file holds them."""
    return _entries(_read(_shipped_text(), None), None)


@cache
def default_dictionary() -> IndicatorDictionary:
    """The shipped dictionary alone, built once."""
    return load_dictionary()


def _shipped_text() -> str:
    folder = resources.files("resources") / "indicators"
    return (folder / "indicators.json").read_text(encoding="utf-8")


def _read(text: str, path: Path | None) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        problem = (
            f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        )
        raise DictionaryError([problem], path=path) from None
    if not isinstance(document, dict) or not isinstance(
        document.get("indicators"), list
    ):
        raise DictionaryError(
            ['expected an object with an "indicators" list'], path=path
        )
    return document


def _entries(document: dict[str, Any], path: Path | None) -> list[dict[str, Any]]:
    problems, names = [], set()
    for number, entry in enumerate(document["indicators"], start=1):
        label = f"indicator {number}"
        if not isinstance(entry, dict):
            problems.append(f"{label}: expected an object")
            continue
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f'{label}: "name" must be a non-empty string')
            continue
        if name in names:
            problems.append(f"{label} ({name}): the name is given twice")
        names.add(name)
        unknown = sorted(set(entry) - _FIELDS)
        if unknown:
            problems.append(f"{label} ({name}): unknown field(s) {', '.join(unknown)}")
    if problems:
        raise DictionaryError(problems, path=path)
    return list(document["indicators"])


def _merge(
    shipped: list[dict[str, Any]], user: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    merged = {entry["name"]: dict(entry) for entry in shipped}
    for entry in user:
        if entry.get("removed") is True:
            merged.pop(entry["name"], None)
        else:
            merged[entry["name"]] = {**merged.get(entry["name"], {}), **entry}
    return list(merged.values())


def _build(entries: list[dict[str, Any]], path: Path | None) -> IndicatorDictionary:
    problems: list[str] = []
    indicators = []
    for entry in entries:
        indicator = _indicator(entry, problems)
        if indicator:
            indicators.append(indicator)
    problems += _clashes(indicators)
    if problems:
        raise DictionaryError(problems, path=path)
    return IndicatorDictionary(indicators)


def _indicator(entry: dict[str, Any], problems: list[str]) -> Indicator | None:
    name = entry["name"].strip()
    before = len(problems)
    family = entry.get("family")
    if family not in FAMILIES:
        problems.append(f"{name}: family must be one of {', '.join(FAMILIES)}")
        return None
    unit = entry.get("unit")
    if not isinstance(unit, str):
        problems.append(f'{name}: "unit" must be given, as a string such as 家 or 亿元')
        return None
    units = entry.get("units", _DEFAULT_UNITS.get(family, [unit]))
    if not isinstance(units, list):
        problems.append(f'{name}: "units" must be a list of units')
        units = []
    printed = [u if isinstance(u, str) else json.dumps(u) for u in [unit, *units]]
    for each in dict.fromkeys(printed):
        if not unit_of(each, family):
            problems.append(f"{name}: {each!r} is not a {family} unit")
    aliases = _strings(entry.get("aliases", []), f"{name}: aliases", problems)
    not_aliases = _strings(entry.get("not", []), f"{name}: not", problems)
    if len(problems) > before:
        return None
    return Indicator(
        name=name,
        family=family,
        unit=unit,
        units=tuple(dict.fromkeys([unit, *units])),
        aliases=tuple(dict.fromkeys([name, *aliases])),
        not_aliases=tuple(not_aliases),
        note=str(entry.get("note", "")),
        id=str(entry.get("id") or name),
    )


def unit_of(name: object, family: str) -> bool:
    """Whether ``name`` is a unit figures of ``family`` may be printed in."""
    found = UNITS.get(name) if isinstance(name, str) else None
    wanted = ("percent", "points") if family == "percent" else (family,)
    return found is not None and found.family in wanted


def _strings(value: object, label: str, problems: list[str]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{label} must be a list of strings")
        return []
    texts = [v.strip() for v in value]
    short = [t for t in texts if len(key(t)) < 2]
    if short:
        problems.append(f"{label}: {short!r} too short (two characters at least)")
    return texts


def _clashes(indicators: list[Indicator]) -> list[str]:
    owner: dict[str, str] = {}
    problems = []
    for indicator in indicators:
        for alias in indicator.aliases:
            other = owner.setdefault(key(alias), indicator.name)
            if other != indicator.name:
                problems.append(
                    f"alias {alias!r} belongs to both {other} and {indicator.name}"
                )
    return problems
