"""Dates as pages print them, and the year a month-and-day belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

_FULL = re.compile(
    r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?"
)
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
_HINT = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:[-_.年]?(0[1-9]|1[0-2])(?!\d))?"
    r"(?:[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d))?"
)


@dataclass(frozen=True)
class DateHint:
    """What a file or folder name, a page header or --year says of the date."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        """The hint as a (possibly partial) ISO date."""
        if self.year is None:
            return None
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


def hint_from_name(name: str) -> DateHint:
    """The date a path gives, e.g. jiaozuo-2022-06-page.txt → 2022-06.

    The file's own name counts first, then its folders from the nearest out
    (2021/焦作日报-0603.txt → 2021); the most specific date in a name wins.
    """
    for part in reversed(PurePath(name).parts):
        hints = [_hint(match) for match in _HINT.finditer(part)]
        if hints:
            return max(hints, key=lambda h: (h.month is not None, h.day is not None))
    return DateHint()


def _hint(match: re.Match) -> DateHint:
    year, month, day = match.groups()
    return DateHint(int(year), int(month) if month else None, int(day) if day else None)


def full_date(text: str) -> str | None:
    """The first complete date in ``text`` (2024-04-13, 2012 年 5 月 2 日, as an
    official letter signs it: 二〇二三年四月二十八日) as ISO."""
    for match in _FULL.finditer(text):
        iso = _iso(*map(int, match.groups()))
        if iso:
            return iso
    if "年" in text:  # '二〇二三年四月二十八日', '一九五五年三月十日'
        for match in HAN_DATE.finditer(text):
            year = int("".join(str(_DIGITS.index(c) % 10) for c in match.group(1)))
            iso = _iso(year, _number(match.group(2)), _number(match.group(3)))
            if iso:
                return iso
    return None


_DIGITS = "〇一二三四五六七八九零"  # 零 at 10: read as 0
HAN_DATE = re.compile(
    r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _number(text: str) -> int:
    """'十二' → 12, '二十八' → 28, '三十一' → 31, '九' → 9."""
    if "十" not in text:
        return _DIGITS.index(text) % 10
    tens, _, ones = text.partition("十")
    return (_DIGITS.index(tens) % 10 if tens else 1) * 10 + (
        _DIGITS.index(ones) % 10 if ones else 0
    )


def month_day(text: str) -> tuple[int, int] | None:
    match = _MONTH_DAY.search(text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def resolve(month: int, day: int, hint: DateHint) -> str | None:
    """ISO date of month/day in the year the hint suggests (December read in January
    belongs to the year before)."""
    if hint.year is None:
        return None
    year = hint.year
    if hint.month == 1 and month == 12:
        year -= 1
    return _iso(year, month, day)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
