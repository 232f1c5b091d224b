"""A sentence cut into items: clauses at commas, semicolons, colons and
brackets, list items at 、; each item holds the mentions and quantities that
start in it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .context import MAJOR, MINOR, Span
from .dictionary import Indicator
from .quantities import Quantity

_SEMICOLONS = "；;"
_CUTS = re.compile(MAJOR.pattern[:-1] + MINOR + "]")


@dataclass(eq=False, slots=True)  # compared and hashed by identity: it is cheap
class Mention:
    """An indicator named in the text, as printed there."""

    start: int
    end: int
    indicator: Indicator
    printed: str


class Item:
    """A list item (or a whole clause), with what it names and prints."""

    __slots__ = ("clause", "end", "mentions", "quantities", "resets", "start")

    def __init__(self, start: int, end: int, clause: int, resets: bool) -> None:
        self.start, self.end = start, end
        self.clause = clause  # where its clause starts
        self.resets = resets  # it opens a clause after a semicolon
        self.mentions: list[Mention] = []
        self.quantities: list[Quantity] = []


def items_of(text: str, sentence: Span, names: Sequence[Span] = ()) -> list[Item]:
    """A sentence's items in order, cut at its clause and list punctuation,
    never inside one of the ``names`` (研究与试验发展（R&D）经费支出 is one)."""
    items: list[Item] = []
    clause, start, resets = sentence.start, sentence.start, False
    for cut in _CUTS.finditer(text, sentence.start, sentence.end):
        if names and any(n.start < cut.start() < n.end for n in names):
            continue
        items.append(Item(start, cut.start(), clause, resets))
        start, resets = cut.end(), False
        if cut.group() != MINOR:
            clause, resets = start, cut.group() in _SEMICOLONS
    items.append(Item(start, sentence.end, clause, resets))
    return items


def sort_into(
    items: list[Item], mentions: list[Mention], found: list[Quantity]
) -> None:
    """Give each item the mentions and quantities that start in it."""
    for mention in mentions:
        item_at(items, mention.start).mentions.append(mention)
    for quantity in found:
        item_at(items, quantity.start).quantities.append(quantity)


def item_at(items: list[Item], offset: int) -> Item:
    """The item ``offset`` falls in (a plain loop: a generator's set-up cost
    more than the few items a sentence has)."""
    for item in items:
        if offset < item.end:
            return item
    return items[-1]
