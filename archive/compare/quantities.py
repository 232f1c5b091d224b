"""The quantities printed in one sentence: a number with its unit, a change from
one number to another, a rank, a share; ranges and ordinals are left out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .numerals import (
    ARABIC,
    CHINESE,
    NUMBER,
    PERCENT_WORDS,
    parse_fraction,
    parse_number,
)
from .units import RANK_UNIT, UNIT_PATTERN, UNITS, Unit, convert, unit


@dataclass(slots=True)
class Quantity:
    """A number (and its unit) found in a sentence, with offsets into the text.

    ``kind`` is fixed for a change (由21家增至301家), a rank or a share, and
    ``None`` for a plain number, whose words around it decide what it is.
    """

    start: int
    end: int
    value: float
    unit: Unit
    printed_unit: str
    kind: str | None = None
    earlier: float | None = None
    scope: str | None = None
    qualifiers: tuple[str, ...] = ()
    sign: int = 1


_AFTER = r"(?P<after>余|多|来)?"
_TAIL = r"(?P<tail>以上|左右|之多|上下)?"
# 三成, 两成: tenths; 三分之一 (增长三分之一): a fraction, both in percent
_PLAIN = re.compile(
    rf"(?P<pct>{PERCENT_WORDS})|(?P<tenths>[一二两三四五六七八九]成)"
    rf"|(?P<frac>[二两三四五六七八九十]分之[一二三四五六七八九])"
    rf"|(?P<num>{NUMBER}|[百千万](?=[余多]?(?:{UNIT_PATTERN}))){_AFTER}"
    # 达到 386 家: a typesetter's or a PDF's space between a digit and its unit
    rf"(?:(?<=\d) )?(?P<unit>{UNIT_PATTERN}){_TAIL}"
)
# 近千家, 逾百家: a round number stands alone only with a hedge before it
# (上千家, 数百家 are no amounts).
_ROUND = {"百": "一百", "千": "一千", "万": "一万"}
_ROUND_HEDGES = ("近", "逾", "约", "超", "超过", "突破", "将近", "不到", "不足")
_VERBS = (
    "增加|增长|提高|提升|上升|发展|扩大|跃升|攀升|猛增|增|下降|减少|降低|回落|降|减"
)
_CHANGE = re.compile(
    rf"(?:由|从)(?P<a>{NUMBER})(?P<au>{UNIT_PATTERN})?(?P<verb>{_VERBS})?(?:至|到|为)"
    rf"(?P<b>{NUMBER})(?P<bu>{UNIT_PATTERN})"
)
_RANGE_MARKS = "~～-—－至到"
# 300至400家, 3~5家, 20家-30家: a range, neither number a figure.
_DASHES = "[" + re.escape(_RANGE_MARKS) + "]{1,2}"
_RANGE_BEFORE = re.compile(rf"{NUMBER}(?:{UNIT_PATTERN})?{_DASHES}")
_RANGE_AFTER = re.compile(rf"{_DASHES}{NUMBER}(?:余|多)?(?:{UNIT_PATTERN})")
_SCOPE = (
    r"全[省市国县区](?:各县市区|各县[（(]市[）)]区|各县区|各县市|各区县)?|全省省辖市"
    r"|全省(?:[0-9一二三四五六七八九十]+个)?(?:省辖市|地市|城市)|省辖市|同类城市"
)
_RANKING = r"位居|稳居|居于|位列|名列|跃居|跃升至|升至|排名|排位|排在|排|居|列"
# 居全省第3位, 全省排名第2, 数量全省第三 (the scope alone before 第), 居首位.
_RANK = re.compile(
    rf"(?:(?P<before>{_SCOPE})(?:{_RANKING})?|(?:{_RANKING}))"
    rf"(?P<scope>{_SCOPE})?(?:(?:排名|排位)?第(?P<n>{ARABIC}|{CHINESE})(?P<u>位|名)?"
    r"|(?P<first>首位|榜首|之首))"
)
# 排名由第九位前移至第五位, 从第5位上升到第3位: the rank moved to (the one
# before kept as the earlier)
_MOVES = r"前移|上升|提升|跃升|提高|攀升|升|后移|下降|下滑|回落|降"
_MOVED_RANK = re.compile(
    rf"(?:(?P<before>{_SCOPE}))?(?:排名|排位|位次|位居|居)?(?:由|从)(?P<s0>{_SCOPE})?"
    rf"第(?P<n0>{ARABIC}|{CHINESE})(?:位|名)?(?:{_MOVES})(?:至|到|为)"
    rf"(?P<scope>{_SCOPE})?第(?P<n>{ARABIC}|{CHINESE})(?:位|名)?"
)
# 和第4位, 、第三: a rank listed after another, its scope and verb left out
_LISTED_RANK = re.compile(
    rf"(?:、|和|与|及|以及)第(?P<n>{ARABIC}|{CHINESE})(?P<u>位|名)?"
)
_FRACTION = rf"\d+/\d+|{CHINESE}分之{CHINESE}|[一二两三四五六七八九]成"
_LISTED_SHARE = re.compile(rf"(?:、|和|与|及|以及)(?P<num>{NUMBER})[%％]")
# 与地区生产总值之比为2.37%: a ratio to another amount, read as a share of it
_SHARE = re.compile(
    r"(?:占比|占(?P<scope>[^，,。；;、\d]{0,12}?)的?(?:比重|比例|份额)?"
    r"|与(?P<ratio>[^，,。；;、\d]{1,12}?)之比)"
    r"(?:为|达到|达|约|近|超过|超)?"
    rf"(?:(?P<num>{NUMBER})[%％]|(?P<pct>{PERCENT_WORDS})|(?P<frac>{_FRACTION}))"
)
_NUMERAL_START = re.compile(r"[\d一二两三四五六七八九十百千万]|零点")
_REFUSED_BEFORE = "第数几每"  # 第3版, 数十家, 几十个
_SPANS = ("月", "季度", "小时", "工作日", "年度")
_SIGNED_AFTER = (
    "增长",
    "增速",
    "增幅",
    "增长率",
    "同比",
    "增速为",
    "增幅为",
    "增长率为",
)


def quantities(
    text: str, start: int, end: int, *, names: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, in order, none overlapping.

    None starts inside one of the ``names`` spans (indicators' names): the
    占…比重 of 高新技术产业增加值占规上工业增加值比重 is part of a name.
    """
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for finder, marks in _FINDERS:
        if marks.search(text, start, end):  # most sentences have none
            for quantity in finder(text, start, end):
                if any(a <= quantity.start < b for a, b in names):
                    continue
                found.append(quantity)
                taken.append((quantity.start, quantity.end))
    for quantity in _plain(text, start, end):
        overlaps = any(a < quantity.end and quantity.start < b for a, b in taken)
        if not overlaps and not any(a <= quantity.start < b for a, b in names):
            found.append(quantity)
    return sorted(found, key=lambda q: q.start)


def _plain(text: str, start: int, end: int) -> list[Quantity]:
    """Numbers with their units (306家, 1.03亿元, 两个), 三成 and 百分之六."""
    found = []
    for match in _plain_matches(text, start, end):
        before = text[match.start() - 1] if match.start() else ""
        if before and before in _REFUSED_BEFORE and _refused(text, match, before):
            continue
        if _in_range(text, match, before, start):
            continue
        if match.group("unit") == "个" and text.startswith(_SPANS, match.end()):
            continue  # 前5个月, 3个季度: a stretch of time
        quantity = _plain_quantity(match)
        if (
            quantity
            and before in "-－"
            and text.endswith(_SIGNED_AFTER, 0, match.start() - 1)
        ):
            # 同比增长-3.2%: a fall printed as a negative growth
            quantity = replace(
                quantity, start=quantity.start - 1, value=-quantity.value
            )
        if quantity:
            found.append(quantity)
    return found


def _refused(text: str, match: re.Match[str], before: str) -> bool:
    """第3版, 每万人, 几十个, 数十家: no count; 总数528家 still one."""
    return before != "数" or not "0" <= text[match.start()] <= "9"


def _plain_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_PLAIN``'s matches, tried only where a numeral starts: twice as fast as
    its own finditer, which cannot skip ahead past its leading alternatives."""
    found: list[re.Match[str]] = []
    after = start
    for candidate in _NUMERAL_START.finditer(text, start, end):
        if candidate.start() < after:
            continue
        match = _PLAIN.match(text, candidate.start(), end)
        if match:
            found.append(match)
            after = match.end()
    return found


def _in_range(text: str, match: re.Match[str], before: str, start: int) -> bool:
    """Whether the number is one end of a range (checked only beside a dash)."""
    if before and before in _RANGE_MARKS:
        lead = max(start, match.start() - 16)
        if any(
            m.end() == match.start()
            for m in _RANGE_BEFORE.finditer(text, lead, match.start())
        ):
            return True
    after = text[match.end() : match.end() + 1]
    return (
        bool(after)
        and after in _RANGE_MARKS
        and _RANGE_AFTER.match(text, match.end()) is not None
    )


def _plain_quantity(match: re.Match[str]) -> Quantity | None:
    # the groups asked for at once: a call each was a tenth of this function
    pct, tenths, frac, num, after, printed, tail = match.group(
        "pct", "tenths", "frac", "num", "after", "unit", "tail"
    )
    if pct:
        value = parse_number(pct)
        printed = "%"
    elif tenths or frac:  # 三成: 30%; 三分之一: 33.333333%
        value = parse_fraction(tenths or frac)
        printed = "%"
    elif num in _ROUND:
        if not after and not _hedged(match):
            return None  # 千余项, 近千家: a round number with a hedge
        value = parse_number(_ROUND[num])
    else:
        number, printed = _split_multiplier(num, printed)
        value = parse_number(number)
    found = unit(printed)
    if value is None or found is None:
        return None
    qualifiers = tuple(filter(None, (after, tail)))
    return Quantity(
        match.start(), match.end(), value, found, found.name, qualifiers=qualifiers
    )


def _hedged(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    return any(text.endswith(hedge, 0, start) for hedge in _ROUND_HEDGES)


def _split_multiplier(number: str, printed: str) -> tuple[str, str]:
    """9244.2万 + 元 → 9244.2 + 万元: a trailing 万/亿 goes to a unit that has it;
    1亿2000 + 万元 → 1亿2000万 + 元 (the 2000 counts 万, not ones)."""
    if "亿" in number[:-1] and number[-1].isdigit() and printed.startswith("万"):
        return number + "万", printed[1:]
    if number[-1:] in "万亿" and number[-1] + printed in UNITS and len(number) > 1:
        return number[:-1], number[-1] + printed
    if printed == "万亿":
        return number, "万亿元"
    return number, printed


def _changes(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    for match in _CHANGE.finditer(text, start, end):
        quantity = _change(match)
        if quantity:
            found.append(quantity)
    return found


def _change(match: re.Match[str]) -> Quantity | None:
    """由21家增至301家: 301 家, earlier 21 (in the later number's unit)."""
    now, now_printed = _split_multiplier(match.group("b"), match.group("bu"))
    then, then_printed = _split_multiplier(
        match.group("a"), match.group("au") or now_printed
    )
    value, earlier = parse_number(now), parse_number(then)
    target, source = unit(now_printed), unit(then_printed)
    if value is None or earlier is None or target is None or source is None:
        return None
    if source.family != target.family:
        return None
    earlier = convert(earlier, source, target)
    start = match.start() + 1  # from the earlier number on, 由 left out
    return Quantity(start, match.end(), value, target, target.name, "change", earlier)


def _ranks(text: str, start: int, end: int) -> list[Quantity]:
    """居全省第3位, 全省排名第2: value 3 (or 2), scope 全省; the ranks listed
    after one (分别居全市第2位和第4位, 第一、第二、第四位) with its scope."""
    found = []
    moved: list[tuple[int, int]] = []
    for match in _MOVED_RANK.finditer(text, start, end):
        value, earlier = parse_number(match.group("n")), parse_number(match.group("n0"))
        if value is not None:
            scope = match.group("scope") or match.group("before") or match.group("s0")
            reached = _rank(match.start(), match.end(), value, scope)
            reached.earlier = earlier
            found.append(reached)
            moved.append((match.start(), match.end()))
    for match in _RANK.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in moved):
            continue  # 由第九位上升至第五位: read above
        scope = match.group("scope") or match.group("before")
        if match.group("first"):
            found.append(_rank(match.start(), match.end(), 1.0, scope))
            continue
        rank = _numbered(match, match.start(), scope)
        if rank is None:
            continue
        found.append(rank)
        listed = _LISTED_RANK.match(text, match.end(), end)
        while listed and (following := _numbered(listed, listed.start("n") - 1, scope)):
            found.append(following)
            listed = _LISTED_RANK.match(text, listed.end(), end)
    return found


def _numbered(match: re.Match[str], start: int, scope: str | None) -> Quantity | None:
    """The rank a match's 第N(位) gives, from ``start``; not 第一方阵."""
    text, end = match.string, match.end()
    following = text[end : end + 1]
    if (
        not match.group("u")
        and "\u4e00" <= following <= "\u9fff"
        and not _LISTED_RANK.match(text, end)  # 第一和第二
    ):
        return None  # 居全省第一方阵: not a rank
    value = parse_number(match.group("n"))
    return None if value is None else _rank(start, match.end(), value, scope)


def _rank(start: int, end: int, value: float, scope: str | None) -> Quantity:
    return Quantity(start, end, value, RANK_UNIT, "位", "rank", scope=scope)


def _shares(text: str, start: int, end: int) -> list[Quantity]:
    """占全市的35%, 占…的1/4, 占比12.5%, 与地区生产总值之比为2.37%: in percent."""
    found = []
    for match in _SHARE.finditer(text, start, end):
        if match.group("num"):
            value = parse_number(match.group("num"))
        elif match.group("pct"):
            value = parse_number(match.group("pct"))
        else:
            value = parse_fraction(match.group("frac"))
        if value is None:
            continue
        scope = (match.group("scope") or match.group("ratio") or "").strip() or None
        found.append(
            Quantity(
                match.start(), match.end(), value, UNITS["%"], "%", "share", scope=scope
            )
        )
        # 分别占全市的32%和18%: the shares listed after one, of the same whole
        listed = _LISTED_SHARE.match(text, match.end(), end)
        while listed and (more := parse_number(listed.group("num"))) is not None:
            share = Quantity(
                listed.start("num"), listed.end(), more, UNITS["%"], "%", "share"
            )
            share.scope = scope
            found.append(share)
            listed = _LISTED_SHARE.match(text, listed.end(), end)
    return found


# 高新技术企业（家）：528, 技术合同成交额（亿元）：48.2: a label's unit in
# brackets before a colon, the number after it printed without one
_LABELLED = re.compile(
    rf"[（(](?P<unit>{UNIT_PATTERN})[）)][：:](?P<num>{ARABIC})(?![\d.%％])"
)


def _labelled(text: str, start: int, end: int) -> list[Quantity]:
    """A number after a label whose unit stands in brackets before the colon."""
    found = []
    for match in _LABELLED.finditer(text, start, end):
        value = parse_number(match.group("num"))
        printed = unit(match.group("unit"))
        if value is None or printed is None or _UNIT_AFTER.match(text, match.end()):
            continue
        found.append(
            Quantity(match.start("num"), match.end(), value, printed, printed.name)
        )
    return found


_UNIT_AFTER = re.compile(rf"\s*(?:{UNIT_PATTERN})")  # （家）：528家 reads as before

# Each finder with the characters its matches must hold, checked first.
_FINDERS = (
    (_changes, re.compile("[由从]")),
    (_ranks, re.compile("[第首榜]")),
    (_shares, re.compile("占|之比")),
    (_labelled, re.compile("[）)][：:]")),
)


_TYPED = re.compile(rf"(?P<sign>[-−－]?)(?P<num>{NUMBER})(?P<unit>{UNIT_PATTERN})?")


def typed_value(text: str) -> tuple[float, str | None] | None:
    """A value an editor typed to correct a figure, read as a paper prints it:
    306, ３０６家 (full-width), 1,286, 1.03亿元, 9244.2万元, 3万4000, 十二家, 3.16%;
    the value and its unit as printed (``None`` if none was typed, the figure's
    own is meant), or ``None`` if the text is not one number."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    text = text.replace("，", ",")
    match = _TYPED.fullmatch(text)
    if match is None:
        return None
    number, printed = match["num"], match["unit"]
    if printed:
        number, printed = _split_multiplier(number, printed)
    value = parse_number(number)
    if value is None:
        return None
    found = unit(printed) if printed else None
    sign = -1 if match["sign"] else 1
    return sign * value, found.name if found else None
