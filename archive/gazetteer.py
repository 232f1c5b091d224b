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
        self._common: set[str] = set()  # names that are ordinary words too
        self.cities: list[str] = []
        self.counties: dict[str, list[str]] = {}
        self.provinces: dict[str, list[str]] = {}  # province short form -> cities
        self._province_names: set[str] = set()
        for province in provinces:
            self._common |= set(province.get("common_stems", []))
            self._province_names |= {province["province"], province.get("short", "")}
            for city in province["cities"]:
                self._add_city(city)
                self.provinces.setdefault(province.get("short", ""), []).append(
                    city["short"]
                )
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
        """The city a page's paper or site is in: the one it names most.

        A paper named on the page (焦作日报, 《洛阳晚报》) counts most; a
        national or provincial paper's page has no city; places a dispatch was
        filed from (本报合肥18日电) say where the paper is not.
        """
        if publication and self._outside_cities(publication):
            return None
        counts: dict[str, float] = {}
        text = _DISPATCH.sub("", text)
        for place in self._papers_in(text):
            counts[place.city] = counts.get(place.city, 0) + PAPER_WEIGHT
        for match in self._pattern.finditer(text):
            place = self._places[match.group()]
            weight = 2 if match.group().endswith(("市", "州")) or place.county else 1
            counts[place.city] = counts.get(place.city, 0) + weight
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] == ranked[1]:
            return None  # as much about one city as another: no paper's city
        return max(counts, key=lambda city: counts[city])

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

    def _outside_cities(self, publication: str) -> bool:
        """A national paper (人民日报) or a province's (河南日报)."""
        name = re.sub(r"(日报|晚报|报|网)$", "", publication)
        return name in _NATIONAL or name in self._province_names

    def county_in(self, text: str, *, city: str | None = None) -> str | None:
        """The first county named in ``text`` (of ``city``, if given)."""
        for place in self.find_in(text):
            if place.county and (city is None or place.city == city):
                return place.county
        return None


PAPER_WEIGHT = 5
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
    return Gazetteer(provinces)
