"""The places a comparison is made between: cities, counties and districts,
named as an editor types them (焦作, 焦作市, 修武县, 修武, 开封/鼓楼区), checked
against the gazetteer, with a suggestion when a name is not one it knows.

A place's key is what a comparison set stores: a city's short form (焦作), a
county's full name (修武县), or city/county where a county's name is shared by
several cities (鼓楼区 is in 开封, 徐州, 南京 and 福州).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..errors import InvalidInput
from ..gazetteer import Gazetteer, gazetteer

MAX_PLACES = 6
_SEPARATORS = ("/", "／", "·", " ")


class PlaceError(InvalidInput):
    """A place that cannot be compared; ``name`` is as typed, ``choices`` the
    places meant, perhaps (a suggestion, or the cities sharing a county's name)."""

    def __init__(
        self, code: str, message: str, name: str, choices: Iterable[str] = ()
    ) -> None:
        super().__init__(message)
        self.code = code
        self.name = name
        self.choices: tuple[str, ...] = tuple(choices)


@dataclass(frozen=True)
class ComparePlace:
    """One column's place."""

    city: str
    county: str | None = None
    ambiguous: bool = False  # the county's name is shared with another city's

    @property
    def key(self) -> str:
        if self.county is None:
            return self.city
        return f"{self.city}/{self.county}" if self.ambiguous else self.county

    @property
    def label(self) -> str:
        """How a column head names the place: 鼓楼区（开封）if the name is shared."""
        if self.county is None:
            return self.city
        return f"{self.county}（{self.city}）" if self.ambiguous else self.county

    @property
    def kind(self) -> str:
        return "city" if self.county is None else "county"

    @property
    def query(self) -> str:
        """The query fields its records are found by: ``city:焦作`` or
        ``county:修武县`` (with the city where the county's name is shared)."""
        if self.county is None:
            return f"city:{self.city}"
        if self.ambiguous:
            return f"city:{self.city} county:{self.county}"
        return f"county:{self.county}"

    @property
    def names(self) -> tuple[str, ...]:
        """The names the place is mentioned by in text (焦作市, 焦作; 修武县, 修武)."""
        if self.county is None:
            return tuple(dict.fromkeys((f"{self.city}市", self.city)))
        stem = _stem(self.county)
        return (self.county, stem) if len(stem) >= 2 else (self.county,)


Known = Callable[[], Iterable[str]]


def _nothing() -> Iterable[str]:
    return ()


def resolve_place(name: str, *, known: Known = _nothing) -> ComparePlace:
    """The place ``name`` denotes; :class:`InvalidInput` with a suggestion when
    the gazetteer does not know it. ``known()``: the places the archive's
    records are attributed to (a city abroad an import kept), accepted too;
    asked only when the gazetteer does not know the name."""
    text = name.strip()
    if not text:
        raise PlaceError("no_place", "a place needs a name", name)
    places = gazetteer()
    for separator in _SEPARATORS:
        if separator in text:
            city_name, _, county_name = text.partition(separator)
            return _county_of_city(places, city_name.strip(), county_name.strip())
    found = places.candidates(text)  # 朝阳区: 北京's and 长春's
    place = found[0] if found else None
    if place is None:
        known_names = set(known())
        if text in known_names:
            return ComparePlace(text)
        raise _unknown(text, known_names)
    if place.county is None:
        return ComparePlace(place.city)
    cities = _cities_with_county(place.county)
    if len(cities) > 1 and text in (place.county, _stem(place.county)):
        named = [f"{c}/{place.county}" for c in cities]
        raise PlaceError(
            "shared_place",
            f"{text} is the name of a county or district in several cities; "
            f"say which: {'、'.join(named)}",
            text,
            named,
        )
    return ComparePlace(place.city, place.county, ambiguous=len(cities) > 1)


def resolve_places(
    names: Sequence[str], *, known: Known = _nothing
) -> list[ComparePlace]:
    """The places of a comparison, in order: each known, none twice, at most
    :data:`MAX_PLACES` (:class:`InvalidInput` saying which is wrong)."""
    if len(names) > MAX_PLACES:
        raise PlaceError(
            "too_many_places",
            f"a comparison has at most {MAX_PLACES} places, not {len(names)}",
            str(len(names)),
        )
    places: list[ComparePlace] = []
    for name in names:
        place = resolve_place(name, known=known)
        if place in places:
            raise PlaceError(
                "place_twice",
                f"{name} is already compared (as {place.label})",
                name,
                [place.label],
            )
        places.append(place)
    return places


def place_names(prefix: str = "", *, limit: int = 30) -> list[str]:
    """Place names beginning with ``prefix`` (cities first), for completion."""
    found = [n for n in _all_names() if n.startswith(prefix)] if prefix else []
    return found[:limit]


def _county_of_city(
    places: Gazetteer, city_name: str, county_name: str
) -> ComparePlace:
    city = places.city_of(city_name)
    if city is None:
        raise _unknown(city_name, set())
    counties = places.counties_of(city)
    for county in counties:
        if county_name in (county, _stem(county)):
            return ComparePlace(
                city, county, ambiguous=len(_cities_with_county(county)) > 1
            )
    nearest = [
        f"{city}/{n}"
        for n in difflib.get_close_matches(county_name, counties, n=1, cutoff=0.4)
    ]
    hint = f"; did you mean {nearest[0]}?" if nearest else ""
    raise PlaceError(
        "unknown_place",
        f"{city} has no county or district {county_name}{hint}",
        f"{city}/{county_name}",
        nearest,
    )


def _unknown(name: str, known: set[str]) -> PlaceError:
    names = list(dict.fromkeys([*_all_names(), *sorted(known)]))
    stem = _stem(name)  # 海淀县: 海淀区 before 长海县
    same = [n for n in names if n != name and len(stem) > 1 and _stem(n) == stem]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    nearest = list(dict.fromkeys([*same, *close]))[:3]
    hint = f"; did you mean {'、'.join(nearest)}?" if nearest else " in the gazetteer"
    return PlaceError("unknown_place", f"no place called {name}{hint}", name, nearest)


def _stem(county: str) -> str:
    for suffix in ("回族区", "市", "县", "区"):
        if county.endswith(suffix) and len(county) > len(suffix) + 1:
            return county[: -len(suffix)]
    return county


def _every_county() -> Iterator[tuple[str, str]]:
    """(city, county) of every county-level division the gazetteer knows."""
    places = gazetteer()
    for city in places.cities:
        for county in places.counties.get(city, []):
            yield city, county
    for city, counties in places.table.counties.items():
        for county in counties:
            yield city, county


@cache
def _all_names() -> tuple[str, ...]:
    places = gazetteer()
    counties = [county for _, county in _every_county()]
    return tuple(dict.fromkeys([*places.cities, *counties]))


@cache
def _county_cities() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for city, county in _every_county():
        found.setdefault(county, []).append(city)
    return {county: tuple(dict.fromkeys(cities)) for county, cities in found.items()}


def prepare() -> None:
    """Build what resolving a place reads the first time (the gazetteer, its
    table of the other provinces' counties, the counties' cities; importing
    this module compiled Compare's figure patterns): 0.3 s of CPU that a
    window's background thread spends before the first comparison rather
    than the GUI thread on it (any thread). Each is kept once built."""
    gazetteer().candidates("")
    _county_cities()


def _cities_with_county(county: str) -> tuple[str, ...]:
    return _county_cities().get(county, ())
