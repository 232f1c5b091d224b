"""Place names: which city a county, district or short form belongs to.

Data lives in ``resources/gazetteer/*.json``, one file per province, so more
provinces are added as data with no code change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_SUFFIXES = ("市", "县", "区")


@dataclass(frozen=True)
class Place:
    """A place as the archive stores it: city short form and full county name."""

    city: str
    county: str | None = None


class Gazetteer:
    """Resolves 孟州市, 孟州, 焦作 or 焦作市 to a :class:`Place`.

    Cities are stored by their short form (焦作); counties by their full name
    (孟州市). A short form that would be one character (新县 → 新) is not
    accepted, and a short form equal to a city's (安阳县 → 安阳) means the city.
    """

    def __init__(self, provinces: list[dict]) -> None:
        self._places: dict[str, Place] = {}
        self.cities: list[str] = []
        self.counties: dict[str, list[str]] = {}
        for province in provinces:
            for city in province["cities"]:
                self._add_city(city)
        names = sorted(self._places, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, names)))

    def _add_city(self, city: dict) -> None:
        short = city["short"]
        self.cities.append(short)
        self.counties[short] = list(city["counties"])
        for county in [*city["counties"], *city.get("former", [])]:
            place = Place(short, county)
            self._places[county] = place
            stem = _stem(county)
            if len(stem) >= 2 and stem not in self._places:
                self._places[stem] = place
        self._places[city["name"]] = Place(short)
        self._places[short] = Place(short)

    def resolve(self, name: str) -> Place | None:
        """The place a name denotes, or ``None`` if it is not known."""
        return self._places.get(name.strip())

    def city_of(self, name: str) -> str | None:
        place = self.resolve(name)
        return place.city if place else None

    def find_in(self, text: str) -> list[Place]:
        """Every known place named in ``text``, in order, longest names first."""
        return [self._places[m.group()] for m in self._pattern.finditer(text)]

    def city_of_page(self, text: str, *, publication: str | None = None) -> str | None:
        """The city a page is most about: the one its places name most."""
        counts: dict[str, int] = {}
        for place in self.find_in(text):
            counts[place.city] = counts.get(place.city, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def county_in(self, text: str, *, city: str | None = None) -> str | None:
        """The first county named in ``text`` (of ``city``, if given)."""
        for place in self.find_in(text):
            if place.county and (city is None or place.city == city):
                return place.county
        return None


def _stem(name: str) -> str:
    for suffix in ("回族区", *_SUFFIXES):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from every province file shipped in resources/."""
    folder = resources.files("resources") / "gazetteer"
    provinces = [
        json.loads(item.read_text(encoding="utf-8"))
        for item in sorted(folder.iterdir(), key=lambda item: item.name)
        if item.name.endswith(".json")
    ]
    return Gazetteer(provinces)
