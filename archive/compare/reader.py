"""Reading one sentence: which number belongs to which indicator, and what it is.

A sentence is cut into clauses at commas, semicolons, colons and brackets,
and each clause into list items at 、. A number belongs to the indicator named
before it in its item when only the grammar's words stand between them
(院士工作站20家, 总量达306家), or to the indicator printed right after it
(两个院士工作站); an item without an indicator goes on with the sentence's
last one only when it opens with a predicate (去年新增72家, 居全省第3位).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .context import MAJOR, MINOR, NamedPlace, Span, place_in, year_of_figure
from .dictionary import Indicator
from .grammar import continuation_ok, gap_ok, place_led, qualifiers_in, read_plain
from .model import Figure
from .quantities import Quantity, quantities
from .units import Unit, convert, unit


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: it is cheap
class Mention:
    """An indicator named in the text, as printed there."""

    start: int
    end: int
    indicator: Indicator
    printed: str


@dataclass(frozen=True)
class Setting:
    """The article a sentence comes from: its text, year and attribution."""

    text: str
    year: int | None
    city: str | None
    county: str | None


@dataclass(frozen=True)
class _Subject:
    mention: Mention
    place: NamedPlace | None


_JOINERS = {"、", "和", "与", "及", "以及", "、以及", "及其"}
_QUOTES = '"“”‘’「」『』 '
_SEMICOLONS = "；;"
_ONE = re.compile(r"一[家个项所座]")
_HOLDING = re.compile(r"新增|新建|建成|拥有|共有|有|获批|认定|培育|入选")
_SOLO_BEFORE = ("是", "为", "等", "这", "该", "每", "首")


def read_sentence(
    setting: Setting, sentence: Span, mentions: list[Mention]
) -> list[Figure]:
    """The figures of one sentence holding ``mentions``, in text order."""
    found = quantities(setting.text, sentence.start, sentence.end)
    if not found:
        return []
    return _SentenceReader(setting, sentence, mentions, found).run()


class _SentenceReader:
    """Walks a sentence's clauses and items, keeping the indicator in force."""

    def __init__(
        self,
        setting: Setting,
        sentence: Span,
        mentions: list[Mention],
        found: list[Quantity],
    ) -> None:
        self.setting, self.text, self.sentence = setting, setting.text, sentence
        self.mentions, self.quantities = mentions, found
        self.grouped = _grouped(self.text, mentions)
        self.subject: _Subject | None = None
        self.figures: list[Figure] = []

    def run(self) -> list[Figure]:
        for clause, after_semicolon in self._clauses():
            if after_semicolon:
                self.subject = None
            for item in self._items(clause):
                self._read_item(clause, item)
        return self.figures

    def _clauses(self) -> list[tuple[Span, bool]]:
        clauses, start, semicolon = [], self.sentence.start, False
        for match in MAJOR.finditer(self.text, self.sentence.start, self.sentence.end):
            clauses.append((Span(start, match.start()), semicolon))
            start, semicolon = match.end(), match.group() in _SEMICOLONS
        clauses.append((Span(start, self.sentence.end), semicolon))
        return [c for c in clauses if c[0].end > c[0].start]

    def _items(self, clause: Span) -> list[Span]:
        items, start = [], clause.start
        while (cut := self.text.find(MINOR, start, clause.end)) >= 0:
            items.append(Span(start, cut))
            start = cut + 1
        items.append(Span(start, clause.end))
        return items

    def _read_item(self, clause: Span, item: Span) -> None:
        named = [m for m in self.mentions if item.start <= m.start < item.end]
        owned: dict[Mention, int] = {}
        last_end = item.start
        for quantity in (
            q for q in self.quantities if item.start <= q.start < item.end
        ):
            figure, owner = self._owner_figure(quantity, named, owned, clause, item)
            if figure and owner:
                self.figures.append(figure)
                owned[owner] = quantity.end
                last_end = quantity.end
            elif owner is None and not any(m.end <= quantity.start for m in named):
                self.subject = None  # 省中原学者工作站2家: a number of something else
        later = [m for m in named if m.start >= last_end]
        if later:
            self.subject = (
                None if later[-1] in self.grouped else _Subject(later[-1], None)
            )

    def _owner_figure(
        self,
        quantity: Quantity,
        named: list[Mention],
        owned: dict[Mention, int],
        clause: Span,
        item: Span,
    ) -> tuple[Figure | None, Mention | None]:
        before = [m for m in named if m.end <= quantity.start]
        if before:
            mention = before[-1]
            if mention in self.grouped:
                self.subject = None
                return None, mention
            self.subject = _Subject(mention, None)
            return self._after(quantity, mention, owned, clause, item), mention
        pre = self._before(quantity, named, clause)
        if pre:
            return pre
        return self._continuing(quantity, item)

    def _after(
        self,
        quantity: Quantity,
        mention: Mention,
        owned: dict[Mention, int],
        clause: Span,
        item: Span,
    ) -> Figure | None:
        anchor = owned.get(mention, mention.end)
        gap = self.text[anchor : quantity.start]
        if not gap_ok(gap):
            return None
        context = gap
        if mention not in owned:
            context = self._lead_in(clause, item, mention) + gap
        named = place_in(
            self.text, clause.start, quantity.end, skip=_spans(self.mentions)
        )
        figure = self._figure(quantity, mention, context, gap, named)
        if figure:
            self.subject = _Subject(mention, named)
        return figure

    def _lead_in(self, clause: Span, item: Span, mention: Mention) -> str:
        """The words before an indicator that apply to its numbers: the clause's
        opening (新增 in 新增A 72家、B 120家) and the item's own."""
        first = next((m for m in self.mentions if clause.start <= m.start), mention)
        opening = self.text[clause.start : min(first.start, item.start)]
        return opening + self.text[item.start : mention.start]

    def _before(
        self, quantity: Quantity, named: list[Mention], clause: Span
    ) -> tuple[Figure | None, Mention | None] | None:
        after = next((m for m in named if m.start >= quantity.end), None)
        if after is None or quantity.kind is not None or after in self.grouped:
            return None
        if self.text[quantity.end : after.start] not in ("", "的"):
            return None
        prefix = self.text[clause.start : quantity.start]
        if not _counted_before(self.text, quantity, prefix):
            return None, after
        named_place = place_in(
            self.text, clause.start, quantity.end, skip=_spans(self.mentions)
        )
        figure = self._figure(quantity, after, prefix, "", named_place)
        if figure:
            self.subject = _Subject(after, named_place)
        return figure, after

    def _continuing(
        self, quantity: Quantity, item: Span
    ) -> tuple[Figure | None, Mention | None]:
        subject = self.subject
        prefix = self.text[item.start : quantity.start]
        if subject is None or not continuation_ok(
            prefix, predicate_in_token=quantity.kind is not None
        ):
            return None, None
        named = subject.place
        if place_led(prefix):
            named = place_in(self.text, item.start, quantity.start, skip=[])
        return self._figure(
            quantity, subject.mention, prefix, prefix, named
        ), subject.mention

    def _figure(
        self,
        quantity: Quantity,
        mention: Mention,
        context: str,
        nearest: str,
        named: NamedPlace | None,
    ) -> Figure | None:
        indicator = mention.indicator
        reading = _reading(quantity, indicator, context, nearest)
        if reading is None:
            return None
        kind, value, qualifiers = reading
        normalised, base = _normalise(value, quantity.unit, indicator)
        place, city, county = self._place(named)
        return Figure(
            indicator=indicator.name,
            value=value,
            unit=quantity.printed_unit,
            normalised=normalised,
            base_unit=base,
            kind=kind,
            qualifiers=qualifiers,
            earlier=quantity.earlier,
            year=year_of_figure(
                self.text, self.sentence, quantity.start, self.setting.year
            ),
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

    def _place(
        self, named: NamedPlace | None
    ) -> tuple[str | None, str | None, str | None]:
        setting = self.setting
        if named is None:
            return setting.county or setting.city, setting.city, setting.county
        return named.name, named.city or setting.city, named.county


def _reading(
    quantity: Quantity, indicator: Indicator, context: str, nearest: str
) -> tuple[str, float, tuple[str, ...]] | None:
    """The kind, signed value and qualifiers of ``quantity`` for ``indicator``."""
    if quantity.kind in ("rank", "share"):
        qualifiers = qualifiers_in(context, nearest) + quantity.qualifiers
        return quantity.kind, quantity.value, qualifiers
    family = quantity.unit.family
    if family == indicator.family and quantity.printed_unit not in indicator.units:
        return None  # 300人 is no count of 高新技术企业
    if quantity.kind == "change":
        if family != indicator.family:
            return None
        return "change", quantity.value, qualifiers_in(context, nearest)
    reading = read_plain(context, nearest, family=indicator.family, unit_family=family)
    if reading is None:
        return None
    return (
        reading.kind,
        quantity.value * reading.sign,
        reading.qualifiers + quantity.qualifiers,
    )


def _normalise(value: float, printed: Unit, indicator: Indicator) -> tuple[float, str]:
    own = unit(indicator.unit)
    if (
        own is not None
        and printed.family == own.family
        and own.family in ("count", "money")
    ):
        return convert(value, printed, own), indicator.unit
    return float(value * float(printed.factor)), printed.base


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
        if text[first.end : second.start].strip(_QUOTES) in _JOINERS:
            grouped |= {first, second}
    return grouped


def _spans(mentions: list[Mention]) -> list[Span]:
    return [Span(m.start, m.end) for m in mentions]
