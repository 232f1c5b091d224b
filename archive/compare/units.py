"""Units a figure is printed in: their family and their factor to the family's base."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Unit:
    """A printed unit: 亿元 is money, 1e8 元; 万人 is a count, 1e4 人."""

    name: str
    family: str  # count, money, percent, points, times, rank
    factor: Decimal
    base: str


# 户: firms as a county's registers count them (科技型中小企业216户)
_COUNTERS = "家 个 户 项 人 名 所 座 件 份 台 套 支 处 人次 家次 项次".split()
_MONEY = {
    "元": 1,
    "千元": 10**3,
    "万元": 10**4,
    "十万元": 10**5,
    "百万元": 10**6,
    "千万元": 10**7,
    "亿元": 10**8,
    "万亿元": 10**12,
}


def _table() -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for counter in _COUNTERS:
        units[counter] = Unit(counter, "count", Decimal(1), counter)
        units["万" + counter] = Unit("万" + counter, "count", Decimal(10**4), counter)
    for name, factor in _MONEY.items():
        units[name] = Unit(name, "money", Decimal(factor), "元")
    units["%"] = Unit("%", "percent", Decimal(1), "%")
    units["个百分点"] = Unit("个百分点", "points", Decimal(1), "个百分点")
    units["倍"] = Unit("倍", "times", Decimal(1), "倍")
    return units


UNITS = _table()
RANK_UNIT = Unit("位", "rank", Decimal(1), "位")
# Printed spellings folded to the table's names.
_ALIASES = {"％": "%", "﹪": "%", "万亿": "万亿元"}
# Longest first, so 个百分点 wins over 个 and 万元 over 元.
UNIT_PATTERN = "|".join(
    re.escape(name) for name in sorted([*UNITS, *_ALIASES], key=len, reverse=True)
)


def unit(name: str) -> Unit | None:
    """The unit printed as ``name`` (％ and % alike), or ``None``."""
    return UNITS.get(_ALIASES.get(name, name))


def convert(value: float, source: Unit, target: Unit) -> float:
    """``value`` in ``source`` expressed in ``target`` (both of one family)."""
    if source.factor == target.factor:
        return value
    exact = Decimal(repr(value)) * source.factor / target.factor
    return float(exact)
