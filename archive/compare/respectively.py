"""分别 (respectively): numbers listed after it pair with indicators listed before it.

Two shapes: the indicators named together right before it (高新技术企业、科技型
中小企业分别达到306家、495家), or each named earlier in the sentence with a
figure of its own, 分别 opening a clause of its own (高新技术企业52家，科技型中小
企业136家，分别比上年增长18%和25%). The counts must agree; otherwise nothing
is paired and the numbers are left to the ordinary reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .context import MAJOR, Span
from .grammar import continuation_ok, gap_ok
from .quantities import Quantity

_WORD = "分别"
_JOINERS = {"、", "和", "与", "及", "以及"}
_QUOTES = '"“”‘’「」『』 '
_CLAUSE_CUTS = {"，", ",", "；", ";"}


class Named(Protocol):
    """What this module needs of an indicator's mention."""

    start: int
    end: int


M = TypeVar("M", bound=Named)
P = TypeVar("P")


def pairs(
    text: str, sentence: Span, mentions: Sequence[M], found: Sequence[Quantity]
) -> list[tuple[M, Quantity, str]]:
    """(mention, quantity, words before the quantity) for each pair 分别 makes."""
    paired: list[tuple[M, Quantity, str]] = []
    at = text.find(_WORD, sentence.start, sentence.end)
    while at >= 0:
        paired += _pairs_at(text, sentence, at, mentions, found)
        at = text.find(_WORD, at + len(_WORD), sentence.end)
    return paired


def earlier_pairs(
    text: str, sentence: Span, mentions: Sequence[M], found: Sequence[Quantity]
) -> list[tuple[M, Quantity, str]]:
    """The second shape alone, over indicators known to have numbers of their
    own (``mentions``, in text order: those read, an indicator named only in
    part among them) and the numbers nothing else took (``found``)."""
    paired: list[tuple[M, Quantity, str]] = []
    at = text.find(_WORD, sentence.start, sentence.end)
    while at >= 0:
        listed = _listed_after(text, at + len(_WORD), found)
        opening = _clause_start(text, sentence, at)
        earlier = _named_earlier(text, opening, at, mentions, len(listed))
        if len(listed) >= 2 and earlier is not None:
            words = text[opening : listed[0].start]
            paired += [(m, q, words) for m, q in zip(earlier, listed, strict=True)]
        at = text.find(_WORD, at + len(_WORD), sentence.end)
    return paired


def by_place(
    text: str,
    sentence: Span,
    opening: int,
    mention: M,
    *,
    found: Sequence[Quantity],
    listed_places: Callable[[int, int], list[P]],
) -> tuple[list[tuple[P, Quantity, str]], bool]:
    """A third shape: places listed before one indicator, its numbers listed
    after 分别 (修武县和博爱县的科技型中小企业分别为96家、88家; 焦作高新区和示范区
    分别拥有高新技术企业128家和57家): (place, quantity, words) for each, and
    whether places are listed for it at all (then, unpaired, a number after
    it is their sum: 孟州市、沁阳市两地的…共有27家). ``opening``: where the
    clause naming ``mention`` starts."""
    at = text.find(_WORD, opening, sentence.end)
    places = listed_places(opening, mention.start)
    lead = ""
    if not places and opening <= at < mention.start:  # the places, then 分别
        lead = text[at : mention.start]
        if gap_ok(lead[len(_WORD) :]):
            places = listed_places(opening, at)
    if not places:
        return [], False
    if at < 0 or (at >= mention.end and not gap_ok(text[mention.end : at])):
        return [], True
    listed = _listed_after(text, max(at + len(_WORD), mention.end), found)
    if len(listed) != len(places):
        return [], True
    words = lead + text[mention.end : listed[0].start]
    paired = [(p, q, words) for p, q in zip(places, listed, strict=True)]
    # …分别达到386家、512家，分别居全市第二、第一: the same places again
    while True:
        again = text.find(_WORD, listed[-1].end, sentence.end)
        if again < 0 or text[listed[-1].end : again] not in _CLAUSE_CUTS:
            break
        listed = _listed_after(text, again + len(_WORD), found)
        if len(listed) != len(places):
            break
        words = text[again + len(_WORD) : listed[0].start]
        paired += [(p, q, words) for p, q in zip(places, listed, strict=True)]
    return paired, True


def _pairs_at(
    text: str,
    sentence: Span,
    at: int,
    mentions: Sequence[M],
    found: Sequence[Quantity],
) -> list[tuple[M, Quantity, str]]:
    listed = _listed_after(text, at + len(_WORD), found)
    if len(listed) < 2:
        return []
    together = _named_together(text, at, mentions)
    opening = _clause_start(text, sentence, at)
    if len(together) == len(listed):
        lead = text[opening : together[0].start] if opening < together[0].start else ""
        words = lead + text[together[-1].end : listed[0].start]
        return [(m, q, words) for m, q in zip(together, listed, strict=True)]
    earlier = _named_earlier(text, opening, at, mentions, len(listed))
    if earlier is None:
        return []
    words = text[opening : listed[0].start]
    return [(m, q, words) for m, q in zip(earlier, listed, strict=True)]


def _listed_after(text: str, start: int, found: Sequence[Quantity]) -> list[Quantity]:
    """The quantities listed right after 分别: 306家、495家, 18%和25%."""
    after = [q for q in found if q.start >= start]
    # 分别为：31个、9个、22个: a colon before the list, as before a table's cells
    if not after or not gap_ok(text[start : after[0].start].removesuffix("：")):
        return []
    listed = [after[0]]
    for quantity in after[1:]:
        if text[listed[-1].end : quantity.start] not in _JOINERS:
            break
        listed.append(quantity)
    return listed


def _named_together(text: str, at: int, mentions: Sequence[M]) -> list[M]:
    """The indicators named together right before 分别 (A、B、C), in order."""
    before = [m for m in mentions if m.end <= at]
    if not before or not gap_ok(text[before[-1].end : at]):
        return []
    together = [before[-1]]
    for mention in reversed(before[:-1]):
        if text[mention.end : together[0].start].strip(_QUOTES) not in _JOINERS:
            break
        together.insert(0, mention)
    return together if len(together) > 1 else []


def _named_earlier(
    text: str, opening: int, at: int, mentions: Sequence[M], count: int
) -> list[M] | None:
    """The last ``count`` indicators named before the clause 分别 opens."""
    if not continuation_ok(text[opening:at], predicate_in_token=True):
        return None
    before = [m for m in mentions if m.end <= opening]
    if len(before) < count:
        return None
    return before[-count:]


def _clause_start(text: str, sentence: Span, at: int) -> int:
    start = sentence.start
    for cut in MAJOR.finditer(text, sentence.start, at):
        start = cut.end()
    return start
