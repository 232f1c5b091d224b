"""Which words may stand between an indicator and its number, and what they make it.

A number belongs to an indicator when the text between them is made only of
the closed vocabulary below (数量, 总数, 达到, 新增, 同比, 去年 …): a noun in
between (研发投入, 中原学者工作站) means the number counts something else.
A clause without an indicator continues the previous one's only when it opens
with a predicate (新增72家, 同比增长142%, 居全省第3位), never with a noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .context import is_place, place_length

_TIME = (
    r"(?:19|20)\d{2}年(?:度|底|末|初)?|[一二][〇零一二三四五六七八九]{3}年(?:底|末)?"
    r"|截至|截止|到|至"
    r"|去年(?:底|末)?|上年(?:度|底|末)?|今年(?:以来)?|前年|当年|本年|全年|年底|年末"
    r"|目前|当前|现在|上半年|前三季度|一季度|[1-9一二三四五六七八九十]{1,2}月(?:底|末)?"
    r"|前[1-9一二三四五六七八九十]{1,2}个月|前[1-4一二三四]季度"
    r"|近年来|近[0-9一二三四五六七八九十]年(?:来)?|[0-9一二三四五六七八九十]{1,2}年来"
    r"|这[0-9一二三四五六七八九十]{1,2}年|以来"
    r"|连续[0-9一二三四五六七八九十两]{1,2}年"  # 连续三年居全市首位
    r"|十[一二三四五]五[”\"]?(?:期)?末"  # “十四五”末达到72.4亿元
)
_SCOPE = (
    r"我市|全市|本市|全县|我县|全区|我区|市本级|全省|全域"
    # 在全省17个省辖市中: the cities ranked among, no figure of the indicator
    r"|在?全省(?:[0-9一二三四五六七八九十]{1,3}个)?(?:省辖市|地市|城市)中?"
)
# 比上年多入库512家: 512 more; 较上年+102家, a table's or a slide's plus sign
_MORE = r"(?:比|较)(?:上年|去年)(?:同期|末|底)?(?:多|[+＋])|同比多"  # 同比多入库212家
_COMPARISON = (
    rf"{_MORE}|同比|环比|比上年(?:同期|末|底)?|比去年(?:同期|末|底)?|较上年(?:同期|末|底)?"
    r"|较去年(?:同期|末|底)?"
    r"|与上年相比|与去年相比|比20\d{2}年|较20\d{2}年|比年初|较年初|年均|平均"
)
_REACH = (
    r"增至|增加到|增加至|增长到|增长至|增长为|提高到|提高至|提升到|提升至|上升到|上升至"
    r"|发展到|发展至|扩大到|扩大至|跃升至|跃升到|攀升至|攀升到|攀升为|达到|已达到|已达|达"
    r"|突破|超过|超|逾"
)
_ADDED = (
    r"新增|净增|增量|新认定|新培育|新获批|新备案"
    r"|新建成|新建|新组建|新引进|新设立|新入库"
)
_STOCK = r"培育|建成|组建|引进"  # 已培育14家, 共建成31个: a stock when summed up
_EVENT = r"认定|获批|备案|入选|增加了?|增长了?"  # 共认定6家 in a year: still added
_ADDED_BARE = rf"{_STOCK}|{_EVENT}"
_CHANGE = (
    r"增长|下降|减少|降低|提高|提升|上升|回落|增幅|增速|增长率|涨幅|降幅"
    # 同比+22.8%, 比上年+0.12个百分点: a slide's plus sign after its baseline
    r"|(?:同比|比上年|较上年|比去年|较去年)[+＋]"
)
_TOTAL = (
    r"总数|总量|总计|共有|共计|合计|拥有|累计|已有|共|有|为|是|实现|完成|数量|达到了"
)
# 应为321家, 经复核调整为432家: a correction's right value reads as the value itself
_CORRECTED = (
    r"应为|应是|应更正为|更正为|实为|实际为"
    r"|(?:经(?:复核|核实|核查|审核)后?)?(?:调整为|修正为|核定为|核实为)"
)
# 累计放款15亿元, 发放12亿元: money lent or paid out is the money figure itself
_FLOW = r"放款|发放|投放|放贷|贷款投放"
_FILLER = (
    r"由|从|数|家数|个数|规模|总额|金额|额|数目|的|了|已|已经|在|将|首次|总体|全部"
    r"|约|近|将近|接近|不足|不到|入库|评价入库|均|通过|仍然|仍"
)
# 申报23家，通过认定14家: firms that applied, no figure, and the clause after
# still speaks of the indicator
APPLIED = ("申报", "申请", "推荐", "上报", "参评", "报送", "提交")
_APPLIED = "|".join(APPLIED)
# 共申请认定高新技术企业15家: the words right before an indicator of firms
# that applied (for what, after the word)
APPLIED_BEFORE = re.compile(rf"(?:{_APPLIED})(?:认定|评审|评价|入库|备案)?$")
# 其中11家通过评审: of those that applied, the ones that passed (an addition)
PASSED = re.compile(r"通过(?:认定|评审|审核|评价)|获批|获得认定|被认定|入选")
_QUOTES = r"[\s\"“”‘’「」『』]"

_WORDS = "|".join(
    [
        _TIME,
        _SCOPE,
        _COMPARISON,
        _REACH,
        _ADDED,
        _ADDED_BARE,
        _CHANGE,
        _TOTAL,
        _FLOW,
        _FILLER,
        _CORRECTED,
    ]
)
# Longest words first within each group is not needed: the whole gap must match.
GAP = re.compile(rf"(?:{_WORDS}|{_QUOTES})*")
_APPLIED_GAP = re.compile(rf"(?:{_WORDS}|{_QUOTES})*(?:{_APPLIED})(?:{_WORDS})*")
# 另有2家正在申报 is not what the clause before counted: no continuation
_CONTINUATION = re.compile(
    rf"(?:其中|并|且|此外|同时|这一数字|这一指标|这一数据|该指标|{_WORDS}|{_QUOTES})*"
)
# 较2024年的48.2亿元增长27.2%: the level of the year compared with
_BASELINE_LEVEL = re.compile(r"(?:比|较)(?:(?:19|20)\d{2}年|上年|去年)(?:同期)?的")
_FROM = ("由", "从")  # 由2019年的260家增加到612家: where a change starts
# 技术合同成交额：2021年18.2亿元，2022年26.5亿元: a year names the figure's time
_TIME_LED = re.compile(r"(?:(?:19|20)\d{2}年(?:底|末)?|去年|上年|前年|今年)[是为达有]?")
_PLACE_FRAME = re.compile(rf"(?:其中)?(?P<place>.+?)(?:有|为|达|达到|共有)?{_QUOTES}*")
# 已入库1432家: entering the register is a predicate (of a total or an addition)
_VERB = re.compile(
    rf"{_REACH}|{_ADDED}|{_MORE}|{_ADDED_BARE}|{_CHANGE}|{_TOTAL}|{_FLOW}|入库"
)

_ADDED_RE = re.compile(rf"{_ADDED}|{_MORE}")
_STOCK_RE = re.compile(_STOCK)
_EVENT_RE = re.compile(rf"(?:{_EVENT})(?![到至为])")
_SUMMED = re.compile(r"累计|总数|总量|拥有|已有|共有|现有|已")
# 三年来累计认定41家, 2018年以来共培育: what a period brought, not the stock
_PERIOD = re.compile(
    r"[0-9一二三四五六七八九十]{1,2}年来|近[0-9一二三四五六七八九十]{1,2}年|以来"
)
# 2018年以来，全市累计培育…: a clause of its own naming the period
_PERIOD_CLAUSE = re.compile(rf"(?:{_TIME}|十[一二三四五]五|{_SCOPE}|{_QUOTES})*")
_TARGET = re.compile(
    r"力争|争取|目标|预计|有望|确保|(?<![人才])计划|下一步"
    rf"|(?:将|(?<![主重需只紧必])要)(?:{_REACH}|{_ADDED}|{_STOCK}|认定|新建|实现)"
)
_TARGET_MARK = re.compile("[力争目预有确计下将要]")  # where _TARGET's words start
# 每万名就业人员中研发人员58人, 人均地区生产总值8万元: per head, not the count.
_PER_HEAD = re.compile(r"每[万千百十]|人均")
_CHANGE_RE = re.compile(rf"(?:{_CHANGE})(?![到至为])")
_REACH_RE = re.compile(_REACH)
_FALL = re.compile(r"下降|减少|降低|回落|降幅")
_FALL_TO = re.compile(r"(?:下降|减少|降低|回落)(?:到|至|为)")
# 增幅达19.3%: a rate that "reaches" is still a change.
_RATE = re.compile(r"增幅|增速|增长率|涨幅|降幅")
_QUALIFIER_BEFORE = re.compile(r"(?:约|将近|接近|近|超过|超|逾|突破|不足|不到)$")
_HEDGE_ENDS = ("约", "近", "超", "过", "逾", "破", "足", "到")  # how those end
_QUALIFIER_WORDS = ("同比", "累计", "年均")
_BASELINES = re.compile(r"比上年|比去年|较上年|较去年|与上年相比|与去年相比")
_SINCE_JANUARY = re.compile(r"比年初|较年初")

MAX_GAP = 24


# The same few gaps and openings come back article after article (达到, 总数达到,
# 同比增长): kept, a look-up costs a tenth of the match of the vocabulary.
@lru_cache(maxsize=4096)
def gap_ok(gap: str) -> bool:
    """Whether ``gap`` may stand between an indicator and its number."""
    return len(gap) <= MAX_GAP and GAP.fullmatch(gap) is not None


@lru_cache(maxsize=4096)
def continuation_ok(
    prefix: str, *, predicate_in_token: bool, city: str | None = None
) -> bool:
    """Whether a clause opening with ``prefix`` (up to its number) goes on
    with the previous clause's indicator: 去年新增, 同比增长, 其中修武县
    (``city``: the article's, whose own districts a place may be)."""
    if len(prefix) > MAX_GAP:
        return False
    if place_led(prefix, city) or _TIME_LED.fullmatch(prefix):
        return True
    if not _CONTINUATION.fullmatch(prefix):
        return False
    if prefix.startswith(_FROM) or _BASELINE_LEVEL.fullmatch(prefix):
        return True  # 实现翻一番，由2019年的260家增加到…; 较2024年的48.2亿元增长…
    return predicate_in_token or _VERB.search(prefix) is not None


@lru_cache(maxsize=4096)
def place_led(prefix: str, city: str | None = None) -> bool:
    """Whether a continuing clause names a place for its figure (其中修武县45家,
    高新区新增62家: a place, then only the words a gap may hold)."""
    frame = _PLACE_FRAME.fullmatch(prefix)
    if frame is not None and is_place(frame.group("place"), city):
        return True
    body = prefix.removeprefix("其中")
    length = place_length(body, city)
    return length > 0 and gap_ok(body[length:])


@lru_cache(maxsize=4096)
def place_only(prefix: str, city: str | None = None) -> bool:
    """Whether a continuing clause names only a place before its number (修武县
    38家, 博爱县为35家): no predicate of its own, it says what the clause before
    said (新增102家，修武县38家: 38 added too)."""
    body = prefix.removeprefix("其中").rstrip('"“”‘’ ')
    return is_place(body.removesuffix("为"), city)


@dataclass(frozen=True)
class PlainReading:
    """What the words before a plain number make of it."""

    kind: str  # total, added, change
    sign: int  # -1 for a fall (下降, 减少)
    qualifiers: tuple[str, ...]


def read_plain(
    context: str, nearest: str, *, family: str, unit_family: str
) -> PlainReading | None:
    """The kind of a plain number for an indicator of ``family``, or ``None``.

    ``context`` is every word before the number that applies to it (the
    clause's lead-in and the gap), ``nearest`` only the gap, where a change
    verb must stand.
    """
    qualifiers = qualifiers_in(context, nearest)
    # 下降4.2%, 降幅3%; 减少至9家 is the level it fell to
    sign = -1 if _FALL.search(nearest) and not _FALL_TO.search(nearest) else 1
    # 增长超四成, 增长超过20%: the hedge after the verb is no level reached
    verbs = nearest
    if nearest.endswith(_HEDGE_ENDS):
        verbs = _QUALIFIER_BEFORE.sub("", nearest)
    changing = _RATE.search(nearest) is not None or (
        _CHANGE_RE.search(nearest) is not None and not _REACH_RE.search(verbs)
    )
    rate = unit_family in ("points", "times") or (
        unit_family == "percent" and family != "percent"
    )
    if rate:  # 增长142% of a count, 提高0.3个百分点, 增长两倍: changes only
        return PlainReading("change", sign, qualifiers) if changing else None
    if unit_family != family:
        return None
    if family == "percent" and changing:
        return PlainReading("change", sign, qualifiers)
    return PlainReading(_count_kind(context, nearest), sign, qualifiers)


def _count_kind(context: str, nearest: str) -> str:
    if _ADDED_RE.search(context):
        return "added"
    if _FALL.search(nearest) and not _FALL_TO.search(nearest):
        return "change"
    summed = _SUMMED.search(context) is not None
    event = _EVENT_RE.search(context) or _STOCK_RE.search(context)
    if event and _PERIOD.search(context):
        return "added"
    if _EVENT_RE.search(context) and not summed:
        return "added"
    if _STOCK_RE.search(context) and not summed and "共" not in context:
        return "added"
    return "total"


@lru_cache(maxsize=1024)
def is_applied(gap: str) -> bool:
    """Whether ``gap`` puts a number of applications (申报23家, 共申请15家)
    between an indicator and its number: no figure, the indicator still open."""
    return len(gap) <= MAX_GAP and _APPLIED_GAP.fullmatch(gap) is not None


def is_period(clause: str) -> bool:
    """Whether ``clause`` only names a period (2018年以来, 近三年来, “十四五”以来):
    what it says of the clauses after it, they say of the period."""
    return _PERIOD.search(clause) is not None and bool(_PERIOD_CLAUSE.fullmatch(clause))


def is_target(context: str) -> bool:
    """Whether the words before a number make it a target, not a result (力争, 预计)."""
    if _TARGET_MARK.search(context) is None:
        return False  # most words: none of the characters a plan's words start with
    return _TARGET.search(context) is not None


def is_per_head(context: str) -> bool:
    """Whether the words before an indicator make its number a ratio per head."""
    return _PER_HEAD.search(context) is not None


def qualifiers_in(context: str, nearest: str) -> tuple[str, ...]:
    """The qualifiers printed before a number: 约, 近, 超过 … and 同比, 累计."""
    found = [word for word in _QUALIFIER_WORDS if word in context]
    if _BASELINES.search(context):
        found.append("比上年")
    elif _SINCE_JANUARY.search(context):
        found.append("比年初")
    # 不到20家 keeps its 到 (stripped, it is 达到's and 为's tail that goes)
    before = _QUALIFIER_BEFORE.search(nearest) or _QUALIFIER_BEFORE.search(
        nearest.rstrip('"“”‘’ 了达到为')
    )
    if before:
        found.insert(0, before.group())
    return tuple(dict.fromkeys(found))
