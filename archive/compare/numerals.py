"""Numbers as papers print them: 306, 1.03, 9244.2万, 3万4000, 两, 十二, 一百二十三.

Spans are found here with regular expressions and only those spans are given
to cn2an: over free text cn2an invents numbers (统一零售价 → 统10售价, 两半 →
20.5), and even a span it accepts may be an approximation it reads as digits
(一两 → 12, 两三 → 23), so such spans are refused before it sees them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_DIGIT = "零〇一二两三四五六七八九"
_CN_PLACE = "十百千万亿"
# 三十五, 七点二; 零点三 (0.3, a fraction of a point said in words)
CHINESE = (
    rf"(?:[一二两三四五六七八九十][{_CN_DIGIT}{_CN_PLACE}]*(?:点[{_CN_DIGIT}]+)?"
    rf"|零点[{_CN_DIGIT}]+)"
)
# 3万4000 and 9244.2万: Arabic digits with a Chinese place value between or after.
MIXED = rf"{ARABIC}(?:[万亿](?:\d+)?)?"
NUMBER = rf"(?:{MIXED}|{CHINESE})"
PERCENT_WORDS = rf"百分之(?:{ARABIC}|{CHINESE})"

_ONLY_ARABIC = re.compile(rf"{ARABIC}")
_DIGITS_IN_A_ROW = re.compile(r"[一二两三四五六七八九]{2}")
_cn2an: Any = None


def parse_number(span: str) -> float | None:
    """The value of one number span as printed, or ``None`` if it is not one."""
    span = span.strip()
    if not span:
        return None
    if _ONLY_ARABIC.fullmatch(span):
        return float(span.replace(",", ""))
    if span.startswith("百分之"):
        return parse_number(span[3:])
    return _parse_chinese(span)


@lru_cache(maxsize=4096)
def _parse_chinese(span: str) -> float | None:
    if _DIGITS_IN_A_ROW.search(span):
        return None  # 一两家, 两三个, 十二三家: approximations, not numbers
    if "," in span:
        return None
    try:
        value = cn2an_module().cn2an(span, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return float(value)


def parse_fraction(span: str) -> float | None:
    """A share printed as 1/4, 四分之一 or 三成, in percent."""
    if "/" in span:
        top, _, bottom = span.partition("/")
        return _ratio(parse_number(top), parse_number(bottom))
    if "分之" in span:
        bottom, _, top = span.partition("分之")
        return _ratio(parse_number(top), parse_number(bottom))
    if span.endswith("成"):
        tenths = parse_number(span[:-1])
        return None if tenths is None else round(tenths * 10, 6)
    return None


def _ratio(top: float | None, bottom: float | None) -> float | None:
    if top is None or not bottom:
        return None
    return round(top / bottom * 100, 6)


def cn2an_module() -> Any:
    """cn2an, imported on first use (it takes a third of a second to import)."""
    global _cn2an  # noqa: PLW0603 (a lazily imported module)
    if _cn2an is None:
        import cn2an  # noqa: PLC0415

        _cn2an = cn2an
    return _cn2an
