"""What a number is for an indicator: its kind, signed value, qualifiers, and the
same amount in the indicator's own unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dictionary import Indicator
from .grammar import qualifiers_in, read_plain
from .quantities import Quantity
from .units import Unit, convert, unit

# 增速居全省第二, 新增数居全省第三: the rank of a rate or of the additions
_GROWTH = re.compile(r"增幅|增速|增长|增量|新增")
_RATE_MOVED = re.compile(r"增幅|增速|增长率|涨幅|降幅")
# 新增数量同比增长19.4%: the growth of the additions, not of the stock
_OF_ADDITIONS = re.compile(
    r"(?:新增|新认定|新培育|净增)的?(?:数量|数|量|家数|个数|规模)"
)


@dataclass(frozen=True)
class Reading:
    """A quantity read for an indicator."""

    kind: str
    value: float  # negative for a fall
    qualifiers: tuple[str, ...]


def read_quantity(
    quantity: Quantity, indicator: Indicator, context: str, nearest: str
) -> Reading | None:
    """How ``quantity`` reads as a figure of ``indicator``, or ``None`` if it
    cannot be one. ``context`` is every word before it that applies to it (the
    clause's lead-in and the gap), ``nearest`` the gap alone."""
    if ranks_growth(quantity, nearest):
        return None  # 增幅居全省第二位: the rank of a rate, not of the indicator
    if quantity.unit.family == "points" and (
        indicator.family != "percent" or _RATE_MOVED.search(nearest)
    ):
        return None  # 增幅比上年提高4.2个百分点: the rate's change; 亿元 has no points
    reading = _reading(quantity, indicator, context, nearest)
    if reading and reading.kind == "change" and _OF_ADDITIONS.search(nearest):
        return None
    return reading


def ranks_growth(quantity: Quantity, nearest: str) -> bool:
    """Whether a rank ranks the indicator's rate or its additions (增速居全省
    第二, 新增数居全省第三): no rank of the indicator, which the clause after
    may still give (总数居全省第五)."""
    return quantity.kind == "rank" and _GROWTH.search(nearest) is not None


def _reading(
    quantity: Quantity, indicator: Indicator, context: str, nearest: str
) -> Reading | None:
    if quantity.kind in ("rank", "share"):
        qualifiers = qualifiers_in(context, nearest) + quantity.qualifiers
        return Reading(quantity.kind, quantity.value, qualifiers)
    family = quantity.unit.family
    if family == indicator.family and quantity.printed_unit not in indicator.units:
        return None  # 300人 is no count of 高新技术企业
    if quantity.kind == "change":
        if family != indicator.family:
            return None
        return Reading("change", quantity.value, qualifiers_in(context, nearest))
    plain = read_plain(context, nearest, family=indicator.family, unit_family=family)
    if plain is None:
        return None
    value = quantity.value * plain.sign
    return Reading(plain.kind, value, plain.qualifiers + quantity.qualifiers)


def normalise(value: float, printed: Unit, indicator: Indicator) -> tuple[float, str]:
    """``value`` (printed in ``printed``) in the indicator's own unit where the
    two are of one family (9244.2万元 → 0.92442 亿元), else in the unit's base."""
    own = unit(indicator.unit)
    if (
        own is not None
        and printed.family == own.family
        and own.family in ("count", "money")
    ):
        return convert(value, printed, own), indicator.unit
    return float(value * float(printed.factor)), printed.base
