"""Reading one sentence: which number belongs to which indicator, and what it is.

A sentence is cut into clauses at commas, semicolons, colons and brackets,
and each clause into list items at 、. A number belongs to the indicator named
before it in its item when only the grammar's words stand between them
(院士工作站20家, 总量达306家), or to the indicator printed right after it
(两个院士工作站); an item without an indicator goes on with the sentence's
last one only when it opens with a predicate (去年新增72家, 居全省第3位).
Numbers listed after 分别 are paired first (respectively.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from .context import (
    MAJOR,
    MINOR,
    NamedPlace,
    Span,
    heading_year,
    is_place,
    paragraph_year,
    place_in,
    place_spans,
    places_listed,
    year_of_figure,
)
from .dictionary import Indicator, IndicatorDictionary
from .grammar import (
    APPLIED_BEFORE,
    PASSED,
    continuation_ok,
    gap_ok,
    is_applied,
    is_per_head,
    is_period,
    is_target,
    place_led,
    place_only,
)
from .items import Item, Mention, item_at, items_of, sort_into
from .kinds import Reading, normalise, ranks_growth, read_quantity
from .model import Figure
from .quantities import Quantity, quantities
from .respectively import by_place, earlier_pairs, pairs
from .units import UNIT_PATTERN


@dataclass(frozen=True)
class Setting:
    """The article a sentence comes from: its text, year and attribution."""

    text: str
    year: int | None
    city: str | None
    county: str | None
    dictionary: IndicatorDictionary
    closed: int | None = None  # the year 全年 and 年末 speak of, if not ``year``


@dataclass(frozen=True)
class _Subject:
    mention: Mention
    place: NamedPlace | None
    rate: str = ""  # 高新技术企业增速较快，达到23.5%: the clause named its rate


_JOINERS = {"、", "和", "与", "及", "以及", "、以及", "及其"}
_PLACE_ALONE = 12  # the longest clause read as a place alone (焦作高新区：)
_LABEL_UNIT = re.compile(rf"[（(](?:{UNIT_PATTERN})[）)]")  # 高新技术企业（家）：
_QUOTES = '"“”‘’「」『』 '
_ONE = re.compile(r"一[家个项所座]")
_HOLDING = re.compile(r"新增|新建|建成|拥有|共有|有|获批|认定|培育|入选")
_OWN_PLACE = re.compile(r"我市|全市|本市|我县|全县|我区|全区")
_THRESHOLDS = {"突破", "超过", "超", "逾"}
_ELIDED = 6  # the longest rest of a name tried (成交额, 强度, 成交金额)
_ONE_FIRM = ("该企业", "该公司", "这家企业", "这家公司", "该单位")
# 某科技公司拥有, 集团已获得: a company named as the clause's subject, its own
_FIRM_OWNS = re.compile(
    r"(?:公司|集团|厂)(?:共|已|累计|目前|现)?(?:拥有|有|获得|获授权|申请|取得)$"
)
_SOLO_BEFORE = ("是", "为", "等", "这", "该", "每", "首")
_LIST_MARK = re.compile("[、和与及]")  # what joins places listed together
_PERIOD_MARK = re.compile("[来近]")  # every period named: 以来, 年来, 近三年
# 我市5家单位入选: a number printed before a noun counts that noun (全省17个
# 省辖市中: the cities, not the indicator)
_COUNTED_NOUN = re.compile(
    r"单位|企业|机构|项目|平台|团队|高校|院所|公司|园区|载体|省辖市|地市|城市|县市区|县区"
)
# “312家”有误，应为321家, 为426家，经复核调整为432家: the value printed
# before a correction is withdrawn
_WITHDRAWN = re.compile(
    r"[\"“”‘’」』]*(?:有误|应为|应是|系笔误|应更正为|更正为"
    r"|[，,]?经(?:复核|核实|核查|审核)后?[，,]?(?:调整|修正|更正|核定|核实)?为)"
)
_NOT_THIS = ("而非", "而不是", "并非")  # 应为86家，而非68家
# 全市市级重点实验室: a local grade of the indicator, not the indicator
_NARROWED = ("市级", "县级", "区级", "县区级", "乡镇级", "乡级", "镇级", "校级")
# 其中国家级9家: a grade standing for the indicator of that grade
_GRADE = re.compile(
    r"(?:其中)?(?P<grade>省级以上|市级以上|国家级|省级|市级|县级|区级|国家|省)"
    r"(?:有|为|达到|达)?"
)
_GRADES = ("省级以上", "市级以上", "国家级", "省级", "国家", "省")
# 规上工业增加值增速为7.5%: a name that is itself the indicator's rate
_RATE_NAME = re.compile(r"(?:增速|增幅|增长率)$")
_CLAUSE_END = re.compile(r"(?:以上|左右|之多)?(?:[，,；;。！？、）)]|$)")
# what a clause says of an indicator's rate with no number: 增速较快, 增幅明显
_RATE_AFTER = re.compile(
    r"(?:数量|总量|规模)?(?P<rate>增速|增幅)(?:较快|加快|明显|迅猛|强劲|最快|最高|领先)"
)
_NOUN = re.compile(r"[\u4e00-\u9fff]{1,6}")  # 其中企业研发人员: the kind's word
# 两镇科技型中小企业均超过20家: a value several each hold (not 年均, 平均, 人均)
_EACH = re.compile(r"(?<![年平人])均")
_AND_RATE = re.compile(r"[和及与]其?(?:增速|增幅|增长率)(?=均)")
# 惠及科技型中小企业420余家, 服务高新技术企业300家: firms reached, not the count
_SERVED = (
    "惠及",
    "服务",
    "支持",
    "帮助",
    "带动",
    "扶持",
    "帮扶",
    "走访",
    "辐射",
    "吸引",
    "对接",
    "培训",
    "资助",
    "补贴",
    "奖励",
    "覆盖",
    "组织",  # 组织15家高新技术企业赴深圳考察: firms taken along
    "邀请",
    "带领",
    "率领",
)
# 比全市平均水平高出, 高出全省, 约为全省平均水平的: a difference from elsewhere
_VERSUS = re.compile(
    r"(?:约|约为|为|是|相当于)?(?:比|较|高于|低于|高出|低出|超出|超过)?"
    r"(?:全国|全省|全市|全县|全区|省|市)(?:的|各县市区|各县区)?"
    r"(?:平均水平|平均值|平均|水平|均值)?的?(?:高出|低出|高|低|多出|多|少)?了?"
)
# 总量居全省第二: a word naming the stock, whatever the clause before added
_WHOLE = re.compile(r"总量|总数|总体|累计|拥有量|保有量")
_JOINED_BEFORE = ("和", "与", "及", "、")
# 120余家高新技术企业负责人参会: the firms' people, not the firms counted
# 共有120家科技型中小企业参加, 科技型中小企业80家参展: those that took part
_TAKING_PART = re.compile(r"了?(?:参加|参会|参与|出席|参展|报名|参训|参赛|参评)")
# 36家高新技术企业获得奖补资金1200万元: the firms a grant or a policy reached
_RECEIVING = re.compile(
    r"(?:获得|享受|领取|得到|获)了?[^，,。；;]{0,10}?"
    r"(?:奖补|补贴|补助|奖励|资金|政策|减免|贷款|扶持)"
)
# 300余家企业通过高新技术企业认定, 12家企业被认定为…: firms that became one
_BECAME = re.compile(
    r"(?:企业|单位)(?P<verb>通过|被认定为|被评为|获评|获认定为|认定为)了?"
)
_RECOGNISED = ("认定", "评价", "备案", "入库", "评审")
_PEOPLE_AFTER = re.compile(
    r"的?(?:主要)?(?:负责人|负责同志|代表|高管|企业家|职工|员工|管理人员|技术人员)"
)


def read_sentence(
    setting: Setting,
    sentence: Span,
    mentions: list[Mention],
    *,
    carried: Mention | None = None,
) -> tuple[list[Figure], Mention | None]:
    """The figures of one sentence holding ``mentions``, in text order, and
    the indicator it leaves open (我市加大高新技术企业培育力度。, or 全市省重点
    实验室达到44个。; none after a number of something else): the one the next
    sentence may go on with, given as ``carried`` (截至去年底，总数达到486家),
    which a clause opening with a predicate takes."""
    names = [(m.start, m.end) for m in mentions]
    found = quantities(setting.text, sentence.start, sentence.end, names=names)
    if not found:
        last = mentions[-1] if mentions else None
        if last is None or last in _grouped(setting.text, mentions):
            return [], None
        return [], last
    reader = _SentenceReader(setting, sentence, mentions, found)
    if carried is not None:
        reader.subject = _Subject(carried, None)
        reader.carried = carried
    figures = reader.run()
    subject = reader.subject
    return figures, None if subject is None else subject.mention


class _SentenceReader:
    """Walks a sentence's items in order, keeping the indicator in force."""

    def __init__(
        self,
        setting: Setting,
        sentence: Span,
        mentions: list[Mention],
        found: list[Quantity],
    ) -> None:
        self.setting, self.text, self.sentence = setting, setting.text, sentence
        self.mentions = mentions
        self.found = found
        self.skip = _spans(mentions)  # no place is read inside an indicator's name
        self.items = items_of(self.text, sentence, self.skip)
        self.grouped = _grouped(self.text, mentions)
        self.placed: list[tuple[Mention, NamedPlace, Quantity, str]] = []
        listed_for: set[Mention] = set()  # places listed before it
        carried: list[NamedPlace] = []  # the places the last 分别 paired
        for mention in mentions if _lists(self.text, sentence) else ():
            opening = item_at(self.items, mention.start).clause
            by_places, listed = by_place(
                self.text,
                sentence,
                opening,
                mention,
                found=found,
                listed_places=self._listed_places,
            )
            unplaced = self._place_in(opening, mention.start) is None
            if not listed and carried and unplaced:
                # …分别达到21家、17家，科技型中小企业分别达到40家、35家: the same places
                by_places, _ = by_place(
                    self.text,
                    sentence,
                    opening,
                    mention,
                    found=found,
                    listed_places=_given(carried),
                )
            if by_places:
                carried = [place for place, _, _ in by_places]
            self.placed += [(mention, p, q, w) for p, q, w in by_places]
            if listed and not by_places:
                self.grouped.add(mention)  # 孟州市、沁阳市两地的…共有27家: a sum
                listed_for.add(mention)
        taken = {id(quantity) for _, _, quantity, _ in self.placed}
        # 修武县、博爱县的A和B分别达到21家、17家: neither place is each one's
        self.paired = pairs(
            self.text,
            sentence,
            [m for m in mentions if m not in listed_for],
            [q for q in found if id(q) not in taken],
        )
        taken |= {id(quantity) for _, quantity, _ in self.paired}
        sort_into(self.items, mentions, [q for q in found if id(q) not in taken])
        self.periods = _periods(self.text, self.items)
        self.subject: _Subject | None = None
        self.opening: Mention | None = None  # the first indicator of the clause
        self.figures: list[Figure] = []
        self.owners: list[Mention] = []  # each figure's mention, as read
        self.last: Figure | None = None  # the figure read last, and its words
        self.last_context = ""
        self.carried: Mention | None = None  # the sentence before's indicator
        self.target_from: int | None = None  # where a plan's clauses begin
        self.heading: int | None = None  # the year a heading above names
        self.heading_read = False
        self.clause_place: NamedPlace | None = (
            None  # the place of the last clause's figure
        )
        self.lead_place: NamedPlace | None = None  # a clause's of its own: 修武县，
        self.lead_end = -1  # where that clause ends
        self.dateline: NamedPlace | None = None  # 温县：… opening the sentence
        self.applied: Mention | None = None  # 申报23家: firms that applied
        self.last_owner: Mention | None = None  # the mention of the last figure

    def run(self) -> list[Figure]:
        """The sentence's figures: those 分别 pairs, then item by item."""
        for mention, quantity, words in self.paired:
            start = item_at(self.items, mention.start).clause
            named = self._place_in(start, mention.start)
            if named is None:  # 温县高新技术企业…，技术合同成交额…，分别居…
                named = self._place_in(self.sentence.start, mention.start)
            figure = self._figure(quantity, mention, words, words, named)
            if figure:
                self.figures.append(figure)
        for mention, place, quantity, words in self.placed:
            figure = self._figure(quantity, mention, words, words, place)
            if figure:
                self.figures.append(figure)
        clause = -1
        for item in self.items:
            if item.clause != clause:
                clause, self.opening = item.clause, None
                if item.resets or (
                    not item.quantities and item.end - item.start <= _PLACE_ALONE
                ):
                    self._open_clause(item)
            if self.opening is None and item.mentions:
                self.opening = item.mentions[0]
            if item.quantities:
                self._read_item(item)
            elif item.mentions:
                self._follow(item.mentions[-1], item)
        late = self._paired_late()
        if self.paired or self.placed or late:
            self.figures.sort(key=lambda figure: figure.start)
        return _without_thresholds(self.figures)

    def _open_clause(self, item: Item) -> None:
        """What a clause's first item ends or sets: the subject and places
        of the clause before at a semicolon (unless it goes on in parallel),
        the place a clause of a place alone names."""
        if item.resets:
            self.clause_place, self.lead_place = None, self.dateline
            if not self._parallel(item):
                self.subject = None
        if not item.quantities and item.end - item.start <= _PLACE_ALONE:
            place = self._place_alone(item)
            if place is not None:
                self.lead_place, self.lead_end = place, item.end
                if item.start == self.sentence.start and self.text[item.end] in "：:":
                    self.dateline = place  # 温县：…；…: the whole sentence's

    def _parallel(self, item: Item) -> bool:
        """Whether a clause after a semicolon goes on in parallel with the one
        before: it names no indicator and opens with a place, then only a
        gap's words, before its number (其中，修武县38家；博爱县35家, …85家；
        高新区新增62家), or it is only a place (…增长18%；博爱县，入库98家)."""
        if item.mentions:
            return False
        if not item.quantities:
            return self._place_alone(item) is not None
        prefix = self.text[item.start : item.quantities[0].start]
        return place_led(prefix, self.setting.city)

    def _place_alone(self, item: Item) -> NamedPlace | None:
        """The place a clause names when it is nothing but that place (修武县，
        入库112家, 焦作高新区：近百家…): the place of the clauses after it, up
        to a semicolon."""
        if item.mentions or item.quantities or item.end - item.start > _PLACE_ALONE:
            return None
        if self.text.startswith(MINOR, item.end):
            return None  # 修武县、博爱县: a list of places
        city = self.setting.city
        if not place_spans(self.text, item.start, item.end, city):
            return None
        return place_in(self.text, item.start, item.end, skip=[], city=city)

    def _paired_late(self) -> bool:
        """分别 after indicators read with numbers of their own, one of them
        named only in part (登记技术合同1580项，成交额27.4亿元，分别增长21%和33%):
        the numbers it lists that nothing read pair with those indicators."""
        if self.text.find("分别", self.sentence.start, self.sentence.end) < 0:
            return False
        read = {figure.start for figure in self.figures}
        unread = [q for q in self.found if q.start not in read]
        owners = sorted(set(self.owners), key=lambda mention: mention.start)
        if not unread or len(owners) < 2:
            return False
        made = False
        for mention, quantity, words in earlier_pairs(
            self.text, self.sentence, owners, unread
        ):
            clause = item_at(self.items, mention.start).clause
            named = self._place_in(clause, mention.start)
            if named is None:
                # 温县高新技术企业近200家，技术合同成交额约12亿元，分别居…: the
                # place the sentence named before, as for the indicator's number
                named = self._place_in(self.sentence.start, mention.start)
            figure = self._figure(quantity, mention, words, words, named)
            if figure:
                self.figures.append(figure)
                made = True
        return made

    def _follow(self, mention: Mention, item: Item | None = None) -> None:
        if mention in self.grouped:
            self.subject = None
            return
        rate, place = "", None
        if item is not None:
            named = _RATE_AFTER.match(self.text, mention.end, item.end)
            rate = named.group("rate") if named else ""
            # 孟州市高新技术企业数量增速最快，达到42.3%: the clause's place
            place = self._place_in(item.clause, mention.start)
        self.subject = _Subject(mention, place, rate)

    def _read_item(self, item: Item) -> None:
        owned: dict[Mention, int] = {}
        for quantity in item.quantities:
            figure, owner = self._owner_figure(quantity, item, owned)
            if figure and owner:
                self.figures.append(figure)
                owned[owner] = quantity.end
            elif owner is None and not _named_before(item, quantity):
                self.subject = None  # 省中原学者工作站2家: a number of something else
        last = item.mentions[-1] if item.mentions else None
        if last and last.start >= item.quantities[-1].end and last not in owned:
            self._follow(last)  # 72家，带动高新技术企业发展: it goes on about the last

    def _owner_figure(
        self, quantity: Quantity, item: Item, owned: dict[Mention, int]
    ) -> tuple[Figure | None, Mention | None]:
        mention = _named_before(item, quantity)
        if mention:
            if mention in self.grouped:
                self.subject = None
                self._each_of_group(quantity, mention, item)
                return None, mention
            self.subject = _Subject(mention, None)
            figure = self._after(quantity, mention, owned, item)
            if figure is None and self.text.endswith(_JOINED_BEFORE, 0, quantity.start):
                # 有3家省级工程技术研究中心和1个院士工作站: the next one's number
                pre = self._before(quantity, item)
                if pre and pre[0] is not None:
                    return pre
            return figure, mention
        pre = self._before(quantity, item)
        if pre:
            return pre
        return self._continuing(quantity, item, owned)

    def _after(
        self,
        quantity: Quantity,
        mention: Mention,
        owned: dict[Mention, int],
        item: Item,
    ) -> Figure | None:
        anchor = owned.get(mention, mention.end)
        # 总量和增速均居全省第2位: the indicator's rank (and its rate's)
        gap = self.text[anchor : quantity.start]
        if "均" in gap:
            gap = _AND_RATE.sub("", gap)
        figure = None
        if _WITHDRAWN.match(self.text, quantity.end):
            owned[mention] = quantity.end  # the right value follows
            self.subject = _Subject(mention, self._place_in(item.clause, mention.start))
            return None
        if (
            gap_ok(gap)
            and not _COUNTED_NOUN.match(self.text, quantity.end)
            and not _TAKING_PART.match(self.text, quantity.end)
        ):
            context = gap
            if mention not in owned:
                context = self._lead_in(item, mention) + gap
            named = self._place_in(item.clause, quantity.start)
            if named is None and item.clause != self.sentence.start:
                # 武陟产业集聚区现有…126家，省级工程技术研究中心9个: the place
                # the clause before named, until a semicolon
                named = self.clause_place
            figure = self._figure(quantity, mention, context, gap, named)
            if figure is not None:
                self.clause_place = named
        # 高新技术企业实现营业收入1280亿元，同比增长15.2%: what follows a number
        # that is not the indicator's goes on about that number, not about it;
        # a gap over another place (比全市平均水平高出0.8个百分点) leaves it open.
        if figure is not None:
            self.subject = _Subject(mention, named)
            return figure
        applied = is_applied(gap) or self._applied_before(mention)
        if applied or _versus(gap, quantity) or ranks_growth(quantity, gap):
            self.subject = _Subject(mention, self._place_in(item.clause, mention.start))
            if applied:
                self.applied = mention  # 申报23家: those that passed may follow
        else:
            self.subject = None
        return figure

    def _each_of_group(self, quantity: Quantity, mention: Mention, item: Item) -> None:
        """A、B均居全省第3位: the number is each one's, not their sum."""
        gap = self.text[mention.end : quantity.start]
        if "均" not in gap or not gap_ok(gap):
            return
        group = [mention]
        for before in reversed(self.mentions[: self.mentions.index(mention)]):
            if self.text[before.end : group[0].start].strip(_QUOTES) not in _JOINERS:
                break
            group.insert(0, before)
        context = self._lead_in(item, group[0]) + gap
        named = self._place_in(item.clause, group[0].start)
        for member in group if len(group) > 1 else ():
            figure = self._figure(quantity, member, context, gap, named)
            if figure:
                self.figures.append(figure)

    def _lead_in(self, item: Item, mention: Mention) -> str:
        """The words before an indicator that apply to its numbers: the clause's
        opening (新增 in 新增A 72家、B 120家) and the item's own."""
        first = self.opening or mention
        opening = self.text[item.clause : min(first.start, item.start)]
        period = self.periods.get(item.clause, "")
        return period + opening + self.text[item.start : mention.start]

    def _listed_places(self, start: int, end: int) -> list[NamedPlace]:
        return places_listed(
            self.text, start, end, skip=self.skip, city=self.setting.city
        )

    def _place_in(self, start: int, end: int) -> NamedPlace | None:
        return place_in(self.text, start, end, skip=self.skip, city=self.setting.city)

    def _before(
        self, quantity: Quantity, item: Item
    ) -> tuple[Figure | None, Mention | None] | None:
        after = next((m for m in item.mentions if m.start >= quantity.end), None)
        if after is None or quantity.kind is not None or after in self.grouped:
            return None
        between = self.text[quantity.end : after.start]
        passed = between not in ("", "的") and self._passed(between, after)
        if between not in ("", "的") and not passed:
            return None
        prefix = self.text[item.clause : quantity.start]
        if not _counted_before(self.text, quantity, prefix):
            return None, after
        if (
            _PEOPLE_AFTER.match(self.text, after.end)
            or _TAKING_PART.match(self.text, after.end)
            or _RECEIVING.match(self.text, after.end)
        ):  # 200余家高新技术企业参加了培训, 36家…获得奖补资金: those firms
            return None, after  # 120余家高新技术企业负责人参会
        if prefix.endswith(_SERVED):
            return None, after  # 组织15家高新技术企业赴深圳考察
        named_place = self._place_in(item.clause, quantity.start)
        context = self.periods.get(item.clause, "") + prefix
        if passed:  # 今年已有300余家企业通过高新技术企业认定: those recognised
            context = self.periods.get(item.clause, "") + "认定"
            if "累计" in prefix:
                context = "累计" + context  # 累计有528家企业通过…认定: the stock
        figure = self._figure(quantity, after, context, "", named_place)
        if figure:
            self.subject = _Subject(after, named_place)
        return figure, after

    def _passed(self, between: str, mention: Mention) -> bool:
        """Whether the firms a number counts are those that became the
        indicator's (300余家企业通过高新技术企业认定, 12家企业被认定为…)."""
        verb = _BECAME.fullmatch(between)
        if verb is None:
            return False
        if verb.group("verb") != "通过":
            return True
        return self.text.startswith(_RECOGNISED, mention.end)

    def _continuing(
        self, quantity: Quantity, item: Item, owned: dict[Mention, int]
    ) -> tuple[Figure | None, Mention | None]:
        subject = self.subject
        # 实现翻一番，由2019年的260家增加到2024年的612家: after the clause's
        # first number, read for the subject, the words from that number on
        start = owned.get(subject.mention, item.start) if subject else item.start
        prefix = self.text[max(start, item.start) : quantity.start]
        if subject is None or self._not_continued(quantity, subject, prefix):
            return None, None
        if _versus(prefix, quantity) or self._of_the_last(quantity, prefix):
            return None, subject.mention  # 比全市平均水平高1.2个百分点: not its own
        if (
            self.applied is subject.mention
            and prefix in ("", "其中")
            and PASSED.match(self.text, quantity.end)
        ):  # 申报23家，其中11家通过评审: an addition
            figure = self._figure(quantity, subject.mention, "认定", "", None)
            return figure, subject.mention
        ratio = self._ratio_before(quantity)
        if ratio is not None:
            # …的比重为12.6%，比上年提高1.1个百分点: the ratio's points
            subject = _Subject(ratio, subject.place)
        grade = _GRADE.fullmatch(prefix)
        if grade:
            return self._graded(quantity, item, subject, grade.group("grade"))
        if not continuation_ok(
            prefix,
            predicate_in_token=quantity.kind is not None,
            city=self.setting.city,
        ) and not self._labelled(item, subject, prefix):
            return self._elided(quantity, item, subject)
        if subject.rate and quantity.unit.family == "percent":
            prefix = subject.rate + prefix  # 增速较快，达到23.5%: the rate's
        named = subject.place
        if place_led(prefix, self.setting.city):
            named = place_in(
                self.text, item.start, quantity.start, skip=[], city=self.setting.city
            )
        elif _OWN_PLACE.search(prefix):
            named = None  # 全省…1.1万家，其中我市占5.2%: the article's own place
        figure = self._figure(quantity, subject.mention, prefix, prefix, named)
        if figure is not None and named is not subject.place:
            self.subject = _Subject(subject.mention, named)  # …；高新区新增62家，居第二
        return figure, subject.mention

    def _applied_before(self, mention: Mention) -> bool:
        """Whether the words right before an indicator make its firms ones
        that applied (申报, 共申请认定): no figure of the indicator."""
        start = max(self.sentence.start, mention.start - 6)
        return APPLIED_BEFORE.search(self.text, start, mention.start) is not None

    def _ratio_before(self, quantity: Quantity) -> Mention | None:
        """The ratio indicator the figure read last was of, when ``quantity``
        is points and that ratio's level came right before (占规模以上工业
        增加值的比重为12.6%，比上年提高1.1个百分点): those points are its."""
        owner = self.last_owner
        if quantity.unit.family != "points" or owner is None or self.last is None:
            return None
        if self.subject is not None and self.subject.mention is owner:
            return None
        if owner.indicator.family != "percent" or self.figures[-1:] != [self.last]:
            return None
        return owner

    def _labelled(self, item: Item, subject: _Subject, prefix: str) -> bool:
        """Whether a number opens the clause right after a colon that follows
        the subject's name (高新技术企业：528家, 研发投入强度：2.1%): a label and
        its value, as a table's or a slide's cell reads."""
        colon = item.start - 1
        mention = subject.mention
        if prefix.strip() or colon < self.sentence.start or mention.start < colon - 40:
            return False
        if colon == self.lead_end and self.lead_place is not None:
            return True  # 孟州市，3.8亿元: a row's place, then its amount
        if self.text[colon] in "（(" and mention.end == colon and item.quantities:
            # 高新技术企业（528家）: the value in brackets right after its name
            return self.text.startswith(("）", ")"), item.quantities[0].end)
        if self.text[colon] not in "：:" or not mention.end <= colon:
            return False
        # 高新技术企业（家）：528: the label's unit in brackets
        return gap_ok(_LABEL_UNIT.sub("", self.text[mention.end : colon]))

    def _of_the_last(self, quantity: Quantity, prefix: str) -> bool:
        """Whether a number right after the figure read last speaks of that
        figure, not of the indicator: a share's change in points (占全省比重为
        6.8%，较上年提高0.4个百分点), an addition's rank (新增62家，居全市第二;
        not the stock's, which a word of the whole names: 总量居…)."""
        last = self.last
        if quantity.kind != "rank" and quantity.unit.family != "points":
            return False  # most numbers: neither a rank nor points
        if last is None or not self.figures or self.figures[-1] is not last:
            return False
        if last.kind == "share":
            return quantity.unit.family == "points"
        return (
            last.kind == "added"
            and quantity.kind == "rank"
            and _WHOLE.search(prefix) is None
        )

    def _not_continued(
        self, quantity: Quantity, subject: _Subject, prefix: str
    ) -> bool:
        """Whether a number in a clause of no indicator is plainly not the
        subject's: 5家单位, a withdrawn value, 而非68家, or who took part in
        what the sentence before named (评审会。共有12家参加评审)."""
        text = self.text
        if _COUNTED_NOUN.match(text, quantity.end) or _WITHDRAWN.match(
            text, quantity.end
        ):
            return True
        if prefix.endswith(_NOT_THIS):
            return True
        return subject.mention is self.carried and not _CLAUSE_END.match(
            text, quantity.end
        )

    def _graded(
        self, quantity: Quantity, item: Item, subject: _Subject, grade: str
    ) -> tuple[Figure | None, Mention | None]:
        """其中国家级9家: the figure of the indicator of that grade, where the
        dictionary has one (国家级众创空间); none for a grade it does not
        list (市级25家), which is only part of the subject's number."""
        indicator = subject.mention.indicator
        names = [indicator.name, subject.mention.printed]
        bare = [n.removeprefix(g) for n in names for g in _GRADES if n.startswith(g)]
        for name in dict.fromkeys(names + bare):
            found = self.setting.dictionary.lookup(grade + name)
            if found is not None and found is not indicator:
                mention = Mention(item.start, item.start + len(grade), found, grade)
                figure = self._figure(quantity, mention, "", "", subject.place)
                return figure, mention
        return (
            None,
            subject.mention,
        )  # the part goes on with the whole (其中省级28家、…)

    def _elided(
        self, quantity: Quantity, item: Item, subject: _Subject
    ) -> tuple[Figure | None, Mention | None]:
        """登记技术合同1035项，成交额18.2亿元: a clause opening with the rest of
        another indicator's name, the subject's own left out, names that one."""
        prefix = self.text[item.start : quantity.start]
        for length in range(min(_ELIDED, len(prefix)), 1, -1):
            rest = prefix[:length]
            indicator = self._completed(subject.mention, rest)
            if indicator is None:
                continue
            mention = Mention(item.start, item.start + length, indicator, rest)
            gap = prefix[length:]
            if not gap_ok(gap):
                continue
            figure = self._figure(quantity, mention, gap, gap, subject.place)
            if figure:
                self.subject = _Subject(mention, subject.place)
                return figure, mention
        return None, None

    def _completed(self, mention: Mention, rest: str) -> Indicator | None:
        """Another indicator whose name is the end of ``mention``'s and
        ``rest`` (登记技术合同 + 成交额 → 技术合同成交额)."""
        printed = mention.printed
        # 研发经费投入 + 投入强度: the rest may repeat the name's end
        overlaps = [k for k in range(1, len(rest)) if printed.endswith(rest[:k])]
        rests = [rest] + [rest[k:] for k in overlaps]
        for start in range(len(printed) - 1):
            for tail in rests:
                found = self.setting.dictionary.lookup(printed[start:] + tail)
                if found is not None and found is not mention.indicator:
                    return found
        return None

    def _figure(
        self,
        quantity: Quantity,
        mention: Mention,
        context: str,
        nearest: str,
        named: NamedPlace | None,
    ) -> Figure | None:
        ratio = self._ratio(quantity, mention)
        if ratio is not None:  # 占规模以上工业增加值的比重为38.7%: the 占比 indicator
            quantity, mention = ratio
        indicator = mention.indicator
        if self._not_the_indicators(quantity, mention):
            return None
        rate = _RATE_NAME.search(mention.printed)
        if rate:  # 增速为7.5% (and the rank after it is the rate's)
            if quantity.kind == "rank":
                return None
            context, nearest = rate.group() + context, rate.group() + nearest
        if self.last is not None and self.last.kind == "added" and self._part(context):
            context = self.last_context + context  # 新增72家，其中修武县15家
        reading = read_quantity(quantity, indicator, context, nearest)
        if reading is None or is_target(context) or is_per_head(context):
            return None
        if self.target_from is None:
            self.target_from = _target_from(self.text, self.sentence)
        if quantity.start > self.target_from:
            return None  # 下一步，我市将培育…，新建…30个: the plan goes on
        if not self.heading_read:
            start = self.sentence.start
            if start and self.text[start - 1] == "\n":  # a sentence opening a line
                self.heading = heading_year(self.text, self.sentence, self.setting.year)
            else:  # 过去一年，…。创新动能持续增强，高新技术企业…
                self.heading = paragraph_year(
                    self.text, self.sentence, self.setting.year
                )
            self.heading_read = True
        year = year_of_figure(
            self.text,
            self.sentence,
            quantity.start,
            self.setting.year,
            default=self.heading,
            named_at=mention.start,
            closed=self.setting.closed,
        )
        if (
            year is not None
            and self.setting.year is not None
            and year > self.setting.year
        ):
            return None  # 到2025年…达到600家: a target, not a result
        made = self._make(quantity, mention, reading, year, named or self.lead_place)
        self.last, self.last_context = made, context
        return made

    def _ratio(
        self, quantity: Quantity, mention: Mention
    ) -> tuple[Quantity, Mention] | None:
        """A share of another amount the dictionary names a ratio of: 高新技术
        产业增加值…，占规模以上工业增加值的比重为38.7% is 高新技术产业增加值占比's
        level, 研究与试验发展经费支出…，与地区生产总值之比为2.37% 研发投入强度's:
        the ratio indicator and the number as a plain percent; else ``None``."""
        if quantity.kind != "share" or not quantity.scope:
            return None
        indicator = mention.indicator
        if indicator.family == "percent" or is_place(quantity.scope, self.setting.city):
            return None
        lookup = self.setting.dictionary.lookup
        for name in dict.fromkeys((mention.printed, indicator.name)):
            for joined in ("占{}比重", "占{}的比重"):
                found = lookup(name + joined.format(quantity.scope))
                if found is not None and found.family == "percent":
                    plain = replace(quantity, kind=None, scope=None)
                    return plain, Mention(mention.start, mention.end, found, name)
        return None

    def _not_the_indicators(self, quantity: Quantity, mention: Mention) -> bool:
        """市级重点实验室 (a local grade), 惠及科技型中小企业420余家 (those a loan
        reached), 其中企业研发人员占八成 (a kind's share of the whole), 均超过
        20家 (a value several places or firms each hold: no one place's)."""
        if self.text.endswith(_NARROWED + _SERVED, 0, mention.start):
            return True
        if self._applied_before(mention) and item_at(
            self.items, quantity.start
        ) is item_at(self.items, mention.start):
            return True  # 共申报高新技术企业120家 (not 通过认定86家 after it)
        clause = item_at(self.items, mention.start).clause
        if self.text.startswith(_ONE_FIRM, clause):
            return True  # 该企业拥有有效发明专利56件: one firm's, no place's
        if _FIRM_OWNS.search(self.text, clause, mention.start):
            return True  # 焦作某科技公司拥有有效发明专利126件: one company's
        if quantity.kind != "rank" and _EACH.search(
            self.text, mention.end, quantity.start
        ):
            return True  # 祥云镇、黄庄镇科技型中小企业均超过20家: each's, no one's
        part = self._part_share if quantity.kind == "share" else self._part_kind
        return part(mention)

    def _part_share(self, mention: Mention) -> bool:
        """其中企业研发人员占八成以上: the share a kind of the indicator (named
        by a word before it, not a place) has of the whole, not the place's."""
        clause = self.text.rfind("其中", self.sentence.start, mention.start)
        if clause < 0:
            return False
        kind = self.text[clause + 2 : mention.start]
        return (
            bool(kind)
            and not MAJOR.search(kind)
            and not is_place(kind, self.setting.city)
        )

    def _part_kind(self, mention: Mention) -> bool:
        """其中企业研发人员2.3万人: a kind of the indicator (a noun before its
        name, right after 其中: neither a place, nor a grade, nor words a gap
        may hold), a part of the whole, not the place's figure."""
        clause = self.text.rfind("其中", self.sentence.start, mention.start)
        if clause < 0 or mention.start - clause > 8:
            return False
        kind = self.text[clause + 2 : mention.start]
        return (
            bool(kind)
            and _NOUN.fullmatch(kind) is not None
            and not is_place(kind, self.setting.city)
            and not _GRADE.fullmatch(kind)
            and not gap_ok(kind)
        )

    def _part(self, context: str) -> bool:
        """Whether a figure's words make it a part of the one before: 其中修武县,
        or another place after such a part (其中修武县15家、博爱县12家)."""
        if context.startswith("其中") or "，其中" in context:
            return True
        if place_only(context, self.setting.city):
            return True  # 新增102家，修武县38家: in parallel, 38 added too
        return "其中" in self.last_context and place_led(context, self.setting.city)

    def _make(
        self,
        quantity: Quantity,
        mention: Mention,
        reading: Reading,
        year: int | None,
        named: NamedPlace | None,
    ) -> Figure:
        normalised, base = normalise(reading.value, quantity.unit, mention.indicator)
        place, city, county = attributed(self.setting, named)
        self.owners.append(mention)
        self.last_owner = mention
        return Figure(
            indicator=mention.indicator.name,
            value=reading.value,
            unit=quantity.printed_unit,
            normalised=normalised,
            base_unit=base,
            kind=reading.kind,
            qualifiers=reading.qualifiers,
            earlier=quantity.earlier,
            year=year,
            place=place,
            city=city,
            county=county,
            scope=quantity.scope,
            sentence=self.text[self.sentence.start : self.sentence.end],
            sentence_start=self.sentence.start,
            sentence_end=self.sentence.end,
            start=quantity.start,
            end=quantity.end,
            named_as=mention.printed,
        )


def attributed(
    setting: Setting, named: NamedPlace | None
) -> tuple[str | None, str | None, str | None]:
    """(place, city, county) of a figure: the place its words name, else the
    article's county or city (全市 in a county-level city's article: that city)."""
    if named is None:
        return setting.county or setting.city, setting.city, setting.county
    if named.beyond:
        return named.name, None, None
    if named.citywide:
        if setting.county and setting.county.endswith("市"):
            return setting.county, setting.city, setting.county
        return setting.city, setting.city, None
    return named.name, named.city or setting.city, named.county


def _versus(words: str, quantity: Quantity) -> bool:
    """Whether ``words`` before a difference in points or times compare the
    indicator with another place or an average (比全市平均水平高出0.8个百分点,
    高出全省0.14个百分点, 约为全省平均水平的1.3倍): the number is no figure,
    and the clauses after it still speak of the indicator."""
    if quantity.unit.family not in ("points", "times"):
        return False
    return _VERSUS.fullmatch(words) is not None


def _without_thresholds(figures: list[Figure]) -> list[Figure]:
    """首次突破百亿元，达到103.6亿元: a threshold passed is left out where the
    same sentence goes on to the exact total."""
    kept = []
    for i, figure in enumerate(figures):
        if figure.kind == "total" and _THRESHOLDS & set(figure.qualifiers):
            exact = any(
                later.kind == "total"
                and later.indicator == figure.indicator
                and later.place == figure.place
                and not _THRESHOLDS & set(later.qualifiers)
                for later in figures[i + 1 :]
            )
            if exact:
                continue
        kept.append(figure)
    return kept


def _target_from(text: str, sentence: Span) -> int:
    """Where a clause naming a plan ends (下一步，我市将培育…): every clause after
    it in the sentence goes on with the plan; the sentence's end if none."""
    end = sentence.end
    if not is_target(text[sentence.start : end]):
        return end  # most sentences name no plan at all
    for cut in MAJOR.finditer(text, sentence.start, sentence.end):
        if is_target(text[sentence.start : cut.start()]):
            return cut.start()
    return end


def _counted_before(text: str, quantity: Quantity, prefix: str) -> bool:
    """Whether a number printed before its indicator counts it: 两个院士工作站
    does, 是一家高新技术企业 and A、B等3家高新技术企业 do not."""
    if prefix.endswith(_SOLO_BEFORE):
        return False
    if _ONE.fullmatch(text[quantity.start : quantity.end]):
        return _HOLDING.search(prefix) is not None
    return True


def _grouped(text: str, mentions: list[Mention]) -> set[Mention]:
    """Indicators named together (高新技术企业、科技型中小企业共120家): a number
    after them belongs to neither alone."""
    grouped: set[Mention] = set()
    for first, second in pairwise(mentions):
        between = text[first.end : second.start]
        if between.strip(_QUOTES) in _JOINERS:
            grouped |= {first, second}
        elif between in ("", "的") and first.indicator.family == "count":
            grouped.add(second)  # 科技型中小企业的研发人员: those firms', not all
    return grouped


def _named_before(item: Item, quantity: Quantity) -> Mention | None:
    """The last indicator named in ``item`` before ``quantity``."""
    before = None
    for mention in item.mentions:
        if mention.end > quantity.start:
            break
        before = mention
    return before


def _given(places: list[NamedPlace]) -> Callable[[int, int], list[NamedPlace]]:
    """``places`` wherever asked: places carried from a clause before."""
    return lambda _start, _end: places


def _lists(text: str, sentence: Span) -> bool:
    """Whether ``sentence`` may list places (a joiner in it): most do not."""
    return _LIST_MARK.search(text, sentence.start, sentence.end) is not None


def _periods(text: str, items: list[Item]) -> dict[int, str]:
    """For each clause (by where it starts), the periods named by clauses of
    their own before it in the sentence (2018年以来，…)."""
    periods: dict[int, str] = {}
    if _PERIOD_MARK.search(text, items[0].start, items[-1].end) is None:
        return periods
    named = ""
    clauses = sorted({item.clause for item in items})
    ends = [*clauses[1:], items[-1].end + 1]
    for start, end in zip(clauses, ends, strict=True):
        periods[start] = named
        clause = text[start : end - 1]
        if is_period(clause):
            named += clause
    return periods


def _spans(mentions: list[Mention]) -> list[Span]:
    return [Span(m.start, m.end) for m in mentions]
