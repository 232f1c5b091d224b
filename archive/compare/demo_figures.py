"""The figures the demo archive reports, as a city's would behave: each
indicator's total rising year by year, the additions adding up to the
totals, ranks that follow the totals and shares of the province's sum, each
sentence phrased in one of the forms papers use (总量达, 由…增至, 新增, 居全省第
N位, 占全省的, 同比增长, Chinese numerals, 亿元 and 万元). Pure: the numbers
depend only on the seed, the city and the year."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .numerals import cn2an_module

# name, unit, first total (low, high), yearly addition (low, high), weight
_COUNTS = (
    ("高新技术企业", "家", (60, 260), (12, 55), 5),
    ("科技型中小企业", "家", (250, 900), (60, 240), 2),
    ("院士工作站", "个", (2, 9), (0, 2), 2),
    ("省级工程技术研究中心", "个", (40, 140), (6, 20), 1),
    ("众创空间", "家", (5, 20), (1, 3), 1),
)
_MONEY = ("技术合同成交额", (8.0, 40.0), (1.08, 1.35), 1)  # 亿元, yearly factor
_SHARE = ("研发投入强度", (1.2, 2.4), (0.04, 0.2), 1)  # %, yearly rise in points
# The demo's cities are the larger part of the province: its sum is this much more.
_PROVINCE = 1.9
_CN_SMALL = 30  # counts under this are sometimes written in Chinese numerals


@dataclass(frozen=True)
class Series:
    """One indicator of one city, year by year."""

    totals: dict[int, float]

    def added(self, year: int) -> float:
        return self.totals[year] - self.totals[year - 1]


class DemoFigures:
    """Every demo city's indicators for ``years`` (and the year before the
    first, for 去年), and the sentences reporting them."""

    def __init__(self, cities: Sequence[str], years: tuple[int, int], seed: int):
        self.cities = list(cities)
        self.first, self.last = years
        rng = random.Random(seed * 7919 + 15)
        span = range(self.first - 4, self.last + 1)
        self.series: dict[str, dict[str, Series]] = {}
        self.units: dict[str, str] = {}
        for name, unit, first, step, _ in _COUNTS:
            self.units[name] = unit
            self.series[name] = {
                city: _rising(rng, span, rng.randint(*first), step, whole=True)
                for city in self.cities
            }
        money, start, factor, _ = _MONEY
        self.units[money] = "亿元"
        self.series[money] = {
            city: _growing(rng, span, rng.uniform(*start), factor)
            for city in self.cities
        }
        share, level, rise, _ = _SHARE
        self.units[share] = "%"
        self.series[share] = {
            city: _rising(rng, span, round(rng.uniform(*level), 2), rise, whole=False)
            for city in self.cities
        }
        self.weights = {n: w for n, *_, w in _COUNTS} | {_MONEY[0]: 1, _SHARE[0]: 1}

    def total(self, indicator: str, city: str, year: int) -> float:
        return self.series[indicator][city].totals[year]

    def rank(self, indicator: str, city: str, year: int) -> int:
        """The city's place in the province (the other cities are smaller)."""
        mine = self.total(indicator, city, year)
        return 1 + sum(
            1
            for other in self.cities
            if (self.total(indicator, other, year), other) > (mine, city)
        )

    def share(self, indicator: str, city: str, year: int) -> float:
        """The city's percentage of the province's total."""
        whole = sum(self.total(indicator, c, year) for c in self.cities) * _PROVINCE
        return round(self.total(indicator, city, year) / whole * 100, 1)

    def growth(self, indicator: str, city: str, year: int) -> float:
        before = self.total(indicator, city, year - 1)
        return round((self.total(indicator, city, year) / before - 1) * 100, 1)

    def sentence(self, rng: random.Random, city: str, year: int) -> str:
        """A sentence reporting one of ``city``'s figures, in an article of ``year``."""
        names = list(self.weights)
        indicator = rng.choices(names, [self.weights[n] for n in names])[0]
        if (
            indicator == "高新技术企业"
            and city == self.cities[-1]
            and year == self.last
            and rng.random() < 0.25
        ):  # a preliminary count that disagrees: the table flags it
            late = _n(self.total(indicator, city, year) + 7)
            return f"据初步统计，全市{indicator}已有{late}家"
        forms = _FORMS[_family(indicator)]
        return rng.choice(forms)(self, rng, indicator, city, year)


def _rising(
    rng: random.Random,
    years: range,
    start: float,
    step: tuple[float, float],
    *,
    whole: bool,
) -> Series:
    """Totals that grow by a step drawn each year (whole numbers, or to 0.01)."""
    totals, value = {}, start
    for year in years:
        totals[year] = round(value, 2)
        if whole:
            value += rng.randint(int(step[0]), int(step[1]))
        else:
            value += round(rng.uniform(*step), 2)
    return Series(totals)


def _growing(
    rng: random.Random, years: range, start: float, factor: tuple[float, float]
) -> Series:
    totals, value = {}, start
    for year in years:
        totals[year] = round(value, 2)
        value *= rng.uniform(*factor)
    return Series(totals)


def _family(indicator: str) -> str:
    if indicator == _MONEY[0]:
        return "money"
    if indicator == _SHARE[0]:
        return "percent"
    return "count"


def _n(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:g}"


def _count(value: float, rng: random.Random, unit: str) -> str:
    """A count as papers print it: 306家, 十二个, 两个."""
    if value < _CN_SMALL and rng.random() < 0.5:
        words = "两" if value == 2 else cn2an_module().an2cn(int(value))
        return f"{words}{unit}"
    return f"{_n(value)}{unit}"


Form = Callable[[DemoFigures, random.Random, str, str, int], str]


def _now(f: DemoFigures, rng: random.Random, name: str, city: str, year: int) -> str:
    lead = rng.choice(("截至目前，", "目前，", "记者了解到，", "据统计，"))
    verb = rng.choice(("总量达", "总数达到", "达到", "增至", "已有"))
    total = _count(f.total(name, city, year), rng, f.units[name])
    return f"{lead}全市{name}{verb}{total}"


def _last_year(
    f: DemoFigures, rng: random.Random, name: str, city: str, year: int
) -> str:
    unit = f.units[name]
    total, added = f.total(name, city, year - 1), f.series[name][city].added(year - 1)
    when = rng.choice(("去年", f"{year - 1}年", f"{year - 1}年底"))
    if added > 0 and rng.random() < 0.6:
        more = rng.choice(("较上年新增", "比上年净增", "全年新增"))
        return (
            f"{when}，我市{name}达到{_count(total, rng, unit)}，{more}{_n(added)}{unit}"
        )
    return f"{when}，全市{name}总数达到{_count(total, rng, unit)}"


def _from_to(
    f: DemoFigures, rng: random.Random, name: str, city: str, year: int
) -> str:
    unit, back = f.units[name], rng.choice((3, 4))
    earlier, now = f.total(name, city, year - back), f.total(name, city, year)
    span = {3: "三", 4: "四"}[back]
    return f"近{span}年来，全市{name}由{_n(earlier)}{unit}增至{_n(now)}{unit}"


def _added(f: DemoFigures, rng: random.Random, name: str, city: str, year: int) -> str:
    unit, added = f.units[name], f.series[name][city].added(year - 1)
    verb = rng.choice(("新增", "培育", "新认定"))
    total = _n(f.total(name, city, year - 1))
    return f"去年全市{verb}{name}{_n(added)}{unit}，总量达到{total}{unit}"


def _rank(f: DemoFigures, rng: random.Random, name: str, city: str, year: int) -> str:
    unit = f.units[name]
    total, rank = f.total(name, city, year - 1), f.rank(name, city, year - 1)
    return f"{year - 1}年全市{name}达到{_n(total)}{unit}，居全省第{rank}位"


def _share(f: DemoFigures, rng: random.Random, name: str, city: str, year: int) -> str:
    return f"去年全市{name}总量占全省的{f.share(name, city, year - 1)}%"


def _growth(f: DemoFigures, rng: random.Random, name: str, city: str, year: int) -> str:
    growth = f.growth(name, city, year - 1)
    if growth == 0:  # a paper says so in words, never "增长0.0%"
        return f"去年全市{name}数量与上年持平"
    return f"去年全市{name}数量同比增长{growth}%"


def _money(f: DemoFigures, rng: random.Random, name: str, city: str, year: int) -> str:
    value = f.total(name, city, year - 1)
    printed = (
        f"{value * 10_000:.1f}万元".replace(".0万元", "万元")
        if value < 20 and rng.random() < 0.5
        else f"{value:.2f}亿元"
    )
    growth = f.growth(name, city, year - 1)
    return f"去年全市{name}达到{printed}，同比增长{growth}%"


def _percent(
    f: DemoFigures, rng: random.Random, name: str, city: str, year: int
) -> str:
    now, before = f.total(name, city, year - 1), f.total(name, city, year - 2)
    return f"{year - 1}年全市{name}达到{now:.2f}%，较上年提高{now - before:.2f}个百分点"


_FORMS: dict[str, tuple[Form, ...]] = {
    "count": (
        *(_now, _now, _last_year, _last_year),
        *(_from_to, _added, _rank, _share, _growth),
    ),
    "money": (_money,),
    "percent": (_percent,),
}
