"""Place names: which city a county, district or short form belongs to.

Data lives in ``resources/gazetteer/*.json``, one file per province, so more
provinces are added as data with no code change; the county-level divisions
outside Henan are ``resources/gazetteer/counties.tsv`` (written by
.ci/counties.py), read the first time they are needed: a name not found among
the cities and Henan's counties, or the first page read.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import NamedTuple

_SUFFIXES = ("市", "县", "区")


@dataclass(frozen=True, slots=True)
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

    def __init__(
        self,
        provinces: list[dict],
        counties: Callable[[], str] | str | None = None,
    ) -> None:
        """``counties``: the text of counties.tsv, or what reads it (called
        the first time a name is looked up beyond the province files)."""
        self._counties_source = counties
        self._places: dict[str, Place] = {}
        self._common: set[str] = set()  # names that are ordinary words too
        self.cities: list[str] = []
        self.counties: dict[str, list[str]] = {}
        self.provinces: dict[str, list[str]] = {}  # province short form -> cities
        self._province_names: set[str] = set()
        self._province_of: dict[str, str] = {}  # city -> province short
        for province in provinces:
            self._common |= set(province.get("common_stems", []))
            self._province_names |= {province["province"], province.get("short", "")}
            for city in province["cities"]:
                self._add_city(city)
                self.provinces.setdefault(province.get("short", ""), []).append(
                    city["short"]
                )
                self._province_of[city["short"]] = province.get("short", "")
        names = sorted(
            (n for n in self._places if n not in self._common), key=len, reverse=True
        )
        self._pattern = re.compile(_trie(names))

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
        if not city["name"].endswith("市"):  # 延边朝鲜族自治州 is also 延边州
            self._places.setdefault(short + "州", Place(short))
        self._places.setdefault(short + "市", Place(short))
        self._places[short] = Place(short)  # 安阳 is the city, not 安阳县
        if city.get("common"):
            self._common.add(short)

    @cached_property
    def table(self) -> CountyTable:
        """The county-level divisions outside the province files' own lists."""
        source = self._counties_source
        text = source() if callable(source) else source or ""
        return CountyTable(text, self._places)

    def resolve(self, name: str) -> Place | None:
        """The place a name denotes, or ``None`` if it is not known (or is
        the name of several places, none of them a province file's)."""
        name = name.strip()
        place = self._places.get(name)
        if place is not None or not name:
            return place
        found = self.table.places.get(name, ())
        return found[0] if len(found) == 1 else None

    def candidates(self, name: str) -> list[Place]:
        """Every place ``name`` may denote: the province files' first (鼓楼区:
        开封's), then the other cities' (南京, 福州, 徐州)."""
        name = name.strip()
        first = self._places.get(name)
        found = [first] if first is not None else []
        return found + [p for p in self.table.places.get(name, ()) if p != first]

    def province_of(self, city: str) -> str | None:
        """The short form of the province ``city`` is in (温州: 浙江, 仙桃: 湖北)."""
        found = self._province_of.get(city)
        if found is None and city:
            found = self.table.province(Place(city))
        return found or None

    def counties_of(self, city: str) -> list[str]:
        """The county-level divisions of ``city``, by their full names."""
        return self.counties.get(city) or self.table.counties.get(city, [])

    def city_of(self, name: str) -> str | None:
        place = self.resolve(name)
        return place.city if place else None

    def find_in(self, text: str) -> list[Place]:
        """Every known place named in ``text``, in order, longest names first."""
        return [self._places[m.group()] for m in self._pattern.finditer(text)]

    def city_of_page(self, text: str, *, publication: str | None = None) -> str | None:
        """The city a page's paper or site is in: the one it names most.

        A paper named on the page (焦作日报, 《洛阳晚报》) counts most; a
        national or provincial paper's page has no city; places a dispatch was
        filed from (本报合肥18日电) say where the paper is not.
        """
        if publication and self._outside_cities(publication):
            return None
        counts: dict[str, float] = {}
        text = _DISPATCH.sub("", text)
        for paper in self._papers_in(text):
            counts[paper.city] = counts.get(paper.city, 0) + PAPER_WEIGHT
        table = self.table
        # 鼓楼区: 开封's, or 南京's? (the province file's place, the others)
        shared: list[tuple[Place | None, tuple[Place, ...], float]] = []
        for match in self._pattern.finditer(text):
            name = match.group()
            place = self._places[name]
            weight = 2.0 if name.endswith(("市", "州")) or place.county else 1.0
            longer = table.name_at(text, match.start())
            if len(longer) > len(name):  # 襄城区 (襄阳), not 襄城 (许昌)
                options = table.places[longer]
                cities = {p.city for p in options}
                if cities == {place.city}:  # 长沙县: 长沙's, as 长沙 counted
                    counts[place.city] = counts.get(place.city, 0) + weight
                elif len(cities) == 1:
                    (only,) = cities
                    counts[only] = counts.get(only, 0) + 2.0
                else:  # 西安区 (辽源, 牡丹江), not 西安
                    shared.append((None, options, 2.0))
                continue
            others = [p for p in table.places.get(name, ()) if p.city != place.city]
            if others:
                shared.append((place, tuple(others), weight))
                continue
            counts[place.city] = counts.get(place.city, 0) + weight
        if shared:
            named = table.provinces_named(text)
            for first, options, weight in shared:
                province = self._province_of.get(first.city, "") if first else ""
                city = _agreeing(
                    first,
                    options,
                    counts=counts,
                    named=named,
                    table=table,
                    first_province=province,
                )
                if city is not None:
                    counts[city] = counts.get(city, 0) + weight
        if not counts:
            return self._city_of_counties(text)
        return _leader(counts)

    def _city_of_counties(self, text: str) -> str | None:
        """The city the county-level divisions outside the province files
        name most (瑞安市 → 温州): a full name counts 2, a short form 1, a
        paper after one (瑞安日报) as a paper, and it takes 2 to make a city;
        a name of several cities' divisions counts for the one the page's
        other names or its province support alone. A page that names a
        national or a province's paper (湖南日报: a story of 桃源县 it printed)
        has no city of its counties: it is that paper's page."""
        if self._names_outside_paper(text):
            return None
        table = self.table
        counts: dict[str, float] = {}
        ambiguous: list[tuple[tuple[Place, ...], float]] = []
        for found in table.finditer(text):
            name = found.name
            places = table.places[name]
            weight = 2.0 if name in table.full_names else 1.0
            if _PAPER.match(text, found.end):
                weight = PAPER_WEIGHT
            if len({p.city for p in places}) == 1:
                counts[places[0].city] = counts.get(places[0].city, 0) + weight
            else:
                ambiguous.append((places, weight))
        if ambiguous:
            named = table.provinces_named(text)
            for places, weight in ambiguous:
                city = _agreeing(None, places, counts=counts, named=named, table=table)
                if city is not None:
                    counts[city] = counts.get(city, 0) + weight
        best = _leader(counts)
        return best if best is not None and counts[best] >= 2 else None

    def _papers_in(self, text: str) -> list[Place]:
        """The cities of the papers a text names (焦作日报, 在洛阳晚报上): the
        paper's kind found first, then the city name just before it (the
        shortest that is one), as a paper's name is printed; and the city
        papers whose names carry none (新民晚报: resources/dictionaries)."""
        known = _known_papers()
        found = [Place(known[m.group()]) for m in known.pattern.finditer(text)]
        for match in _PAPER.finditer(text):
            at = match.start()
            for length in range(2, 6):
                place = self._places.get(text[max(0, at - length) : at])
                if place is not None and place.county is None:
                    found.append(place)
                    break
        return found

    def _names_outside_paper(self, text: str) -> bool:
        """Whether ``text`` names a national paper or a province's (湖南日报,
        在人民日报上), its name just before its kind as papers are printed."""
        for match in _PAPER_KIND.finditer(text):
            at = match.start()
            for length in range(2, 7):
                name = text[max(0, at - length) : at]
                if name in _NATIONAL or name in self._province_names:
                    return True
        return False

    def _outside_cities(self, publication: str) -> bool:
        """A national paper (人民日报) or a province's (河南日报)."""
        name = re.sub(r"(日报|晚报|报|网)$", "", publication)
        return name in _NATIONAL or name in self._province_names

    def county_in(self, text: str, *, city: str | None = None) -> str | None:
        """The first county named in ``text`` (of ``city``, if given: a city
        outside the province files' lists has its own, 瑞安市 of 温州)."""
        for place in self.find_in(text):
            if place.county and (city is None or place.city == city):
                return place.county
        if city is None or self.counties.get(city):
            return None
        table = self.table
        if city not in table.counties:
            return None
        for found in table.finditer(text):
            for place in table.places[found.name]:
                if place.city == city and place.county:
                    return place.county
        return None


def _agreeing(
    first: Place | None,
    options: tuple[Place, ...],
    *,
    counts: dict[str, float],
    named: set[str],
    table: CountyTable,
    first_province: str = "",
) -> str | None:
    """The city a name of several places stands for on a page: the one of
    ``options`` that the page's other places (``counts``) or its province's
    name (``named``) support, if it is one alone and more than ``first``
    (the province file's place: a Henan page's 鼓楼区 stays 开封's, and so
    does one with nothing else to tell); else ``first``'s city, or ``None``."""
    support = {
        p.city: counts.get(p.city, 0) + (table.province(p) in named) for p in options
    }
    best = _leader(support)
    floor = counts.get(first.city, 0) if first is not None else 0
    if best is not None and support[best] > floor:
        return best
    if first is None or (named and first_province not in named):
        return None  # 江苏鼓楼区: not 开封's, and of 南京 or 徐州 as much
    return first.city


def _leader(counts: dict[str, float]) -> str | None:
    """The key with the most, if no other has as much."""
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None  # as much about one city as another: no paper's city
    return max(counts, key=lambda key: counts[key])


class CountyTable:
    """The county-level divisions of counties.tsv, by every name they go by.

    ``places``: full name or short form -> the places it may denote (瑞安 →
    温州/瑞安市; 鼓楼区 → 南京, 福州, 徐州). ``counties``: each city's current
    divisions. ``finditer`` finds the names a running text may use: every
    full name but the generic ones (城区, 郊区) and the safe short forms, a
    name not followed by what makes it another word (宁安市场, 西安区域).
    """

    def __init__(self, text: str, known: dict[str, Place]) -> None:
        self.places: dict[str, tuple[Place, ...]] = {}
        self.counties: dict[str, list[str]] = {}
        self.full_names: set[str] = set()
        self._province_of: dict[str, str] = {}
        in_text: set[str] = set()
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            province, city, name, short, kind = [*line.split("\t"), "", ""][:5]
            province, city = sys.intern(province), sys.intern(city)  # 2,800 rows
            if kind == "city":  # 仙桃市: a city of its own, known as 仙桃
                place = Place(city)
                self._add(city, place)
                in_text.add(name)
            else:
                place = Place(city, name)
                if kind != "former":
                    self.counties.setdefault(city, []).append(name)
                if kind != "generic":
                    in_text.add(name)
            self._province_of[city] = province
            self._add(name, place)
            self.full_names.add(name)
            if short and short not in known:
                self._add(short, place)
                in_text.add(short)
        # Every name by its first two characters, longest first: a scan that
        # looks each position up is ten times the speed of one regular
        # expression of 4,800 names (1.6 ms a thousand characters), which
        # also took 270 ms to compile.
        self._by_prefix: dict[str, tuple[str, ...]] = {}
        for name in sorted(in_text, key=len, reverse=True):
            if len(name) >= 2:
                key = name[:2]
                self._by_prefix[key] = (*self._by_prefix.get(key, ()), name)

    def _add(self, name: str, place: Place) -> None:
        found = self.places.get(name, ())
        if place not in found:
            self.places[name] = (*found, place)

    @cached_property
    def _provinces(self) -> re.Pattern[str]:
        names = sorted(set(self._province_of.values()), key=len, reverse=True)
        return re.compile("|".join(names) or "(?!)")

    def finditer(self, text: str) -> Iterator[Found]:
        """Each name read in ``text``, left to right, the longest at each
        place, none inside another."""
        prefixes = self._by_prefix
        taken = 0
        for at in [i for i in range(len(text) - 1) if text[i : i + 2] in prefixes]:
            if at < taken:
                continue
            name = _longest(text, at, prefixes[text[at : at + 2]])
            if name:
                taken = at + len(name)
                yield Found(at, taken, name)

    def name_at(self, text: str, at: int) -> str:
        """The longest name read in text that begins at ``at``, or ``""``."""
        names = self._by_prefix.get(text[at : at + 2])
        return _longest(text, at, names) if names else ""

    def province(self, place: Place) -> str:
        return self._province_of.get(place.city, "")

    def provinces_named(self, text: str) -> set[str]:
        """The provinces (of the table's places) that ``text`` names."""
        return set(self._provinces.findall(text))


class Found(NamedTuple):
    """A name found in a text, where it begins and ends."""

    start: int
    end: int
    name: str


def _longest(text: str, at: int, names: tuple[str, ...]) -> str:
    """The first of ``names`` (longest first) that ``text`` has at ``at`` and
    that is not the start of another word: 宁安市场, 西安区域, 城区别."""
    for name in names:
        if text.startswith(name, at):
            after = text[at + len(name) : at + len(name) + 1]
            if after and (
                (name[-1] == "市" and after == "场")
                or (name[-1] == "区" and after in "域别分间块")
            ):
                continue
            return name
    return ""


PAPER_WEIGHT = 5
_PAPER_KIND = re.compile("日报|晚报")
# A paper's or a station's kind, after its city: 焦作日报, 洛阳晚报.
_PAPER = re.compile(r"日报|晚报|都市报|新闻网|广播电视台|融媒体中心")
_DISPATCH = re.compile(
    r"(?:本报|新华社|中新社)[\u4e00-\u9fff]{2,8}?\d{1,2}日电|本报驻[\u4e00-\u9fff]{2,6}记者"
)
# Papers of the whole country, whose pages belong to no city.
_NATIONAL = frozenset(
    "人民 光明 经济 工人 农民 中国青年 解放军 科技 法制 法治 中国 中国妇女 健康 "
    "中国纪检监察 学习时报 参考消息 环球时报 新华每日电讯 中国教育 中国县域经济".split()
)


def _trie(names: list[str]) -> str:
    """One regular expression for ``names``, longest first, as a trie: an
    alternation of 1,000 names tried one by one at every character was a third
    of the time it took to read a page."""
    tree: dict = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict) -> str:
    parts = [re.escape(c) + _branch(child) for c, child in node.items() if c]
    parts.sort(key=len, reverse=True)
    if "" in node:
        return f"(?:{'|'.join(parts)})?" if parts else ""
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _stem(name: str) -> str:
    for suffix in ("回族区", *_SUFFIXES):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


class _Papers(dict):
    """City papers by name, and a pattern finding any of them."""

    pattern: re.Pattern


@cache
def _known_papers() -> _Papers:
    item = resources.files("resources") / "dictionaries" / "papers.json"
    papers = _Papers(json.loads(item.read_text(encoding="utf-8"))["papers"])
    names = sorted(papers, key=len, reverse=True)
    papers.pattern = re.compile("|".join(map(re.escape, names)) or "(?!)")
    return papers


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from every province file shipped in resources/."""
    folder = resources.files("resources") / "gazetteer"
    provinces = [
        json.loads(item.read_text(encoding="utf-8"))
        for item in sorted(folder.iterdir(), key=lambda item: item.name)
        if item.name.endswith(".json")
    ]
    counties = folder / "counties.tsv"
    return Gazetteer(provinces, lambda: counties.read_text(encoding="utf-8"))
