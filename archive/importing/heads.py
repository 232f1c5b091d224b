"""Which of the lines over an article is its title, its kicker, its subtitle.

Chinese papers print a headline as up to three lines set together: a kicker
(引题), the title (主题) and a subtitle (副题). So of the heads pending when an
article's text begins, only those printed together, with nothing between them
and the text but a byline, are its headline: three of them are kicker, title
and subtitle, two a kicker and its title. A head that only repeats the title
(a page's headline list, the site's window title, the title printed twice) is
furniture; the others wait for an article whose title they fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .blocks import MARKS, Block, unmarked
from .furniture import squeeze as _squeeze

_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
MAX_KICKER = 16
MAX_SUBTITLE = 30
# Heads printed after a first copy of the title and before the title itself:
# this many are the page's other headlines (a list the title opens), not its
# kicker and title.
MIN_LISTED = 2


def squeeze(text: str) -> str:
    """A head as it is compared with others: no spaces, no mark before it."""
    return _squeeze(unmarked(text))


def _mark(head: Block) -> str:
    return head.text[:1] if head.text[:1] in MARKS else ""


@dataclass
class Headline:
    """The heads an article takes, and what becomes of the rest."""

    title: Block | None = None
    kicker: Block | None = None
    subtitle: Block | None = None
    repeats: list[Block] = field(default_factory=list)  # the title again: furniture
    orphans: list[Block] = field(default_factory=list)  # may fit another article


def choose(heads: list[Block]) -> Headline:
    """The headline among ``heads``, the lines pending in page order."""
    if not heads:
        return Headline()
    listed_title = _listed_with_subtitle(heads)
    if listed_title is not None:
        return listed_title
    pending, title = heads, heads[-1]
    key = squeeze(title.text)
    repeats = [h for h in heads[:-1] if squeeze(h.text) == key]
    heads = [h for h in heads[:-1] if squeeze(h.text) != key] + [title]
    run = [title]  # the heads printed together with the title, nothing between
    listed = _listed(heads[:-1], repeats, title, pending[0])
    heads = [h for h in heads if h not in listed]
    for head in reversed(heads[:-1]):
        if head.index != run[0].index - 1 or title.keyed:
            break  # a title the page names as one ('标题：…') stands alone
        run.insert(0, head)
    run = _joined(run)
    title = run[-1]
    result = Headline(title=title, repeats=repeats)
    if len(run) >= 3 and all(h.kind == "headline" for h in run[-3:]):
        kicker, middle, last = run[-3:]
        if len(kicker.text) <= MAX_KICKER + 8 and len(last.text) <= MAX_SUBTITLE + 10:
            result.kicker, result.title, result.subtitle = kicker, middle, last
    if (
        result.kicker is None
        and len(run) >= 2
        and _TITLED.search(run[-2].text)
        and len(title.text) <= MAX_SUBTITLE + 10
    ):  # '古籍修复师：与时间对话' over its subtitle: a title, not a kicker
        result.title, result.subtitle = run[-2], title
    elif result.kicker is None and len(run) >= 2 and len(run[-2].text) <= MAX_KICKER:
        result.kicker = run[-2]
    taken = {id(h) for h in (result.title, result.kicker, result.subtitle) if h}
    result.orphans = [h for h in heads if id(h) not in taken] + listed
    return result


def _listed(
    heads: list[Block], repeats: list[Block], title: Block, first: Block
) -> list[Block]:
    """The heads after the title's copy in the page's headline list: the
    list's other items, not the title's kicker. A list whose items carry a
    mark ('■ …') holds the heads with that mark (an unmarked head right over
    the title is its kicker). In an unmarked list, a head printed right over
    the title is the list's when others follow the copy too, or when the copy
    opens what is pending (the list begins with the title); else it is the
    title's kicker."""
    if not repeats:
        return []
    after = [h for h in heads if h.index > repeats[-1].index]
    mark = _mark(repeats[-1])
    if mark:
        return [h for h in after if _mark(h) == mark]
    if not after or after[-1].index != title.index - 1 or len(after) >= MIN_LISTED:
        return after
    return after if first is repeats[0] else []


def _joined(run: list[Block]) -> list[Block]:
    """A headline set on two lines, the first ending in a colon
    ('非遗传承人韦秀英：' over '一根针绣出壮乡的美'), is one title."""
    if len(run) >= 2 and run[-2].text.endswith(("：", ":")) and len(run[-2].text) > 2:
        first, last = run[-2], run[-1]
        joined = Block(
            first.text + last.text,
            first.start,
            last.end,
            last.kind,
            last.level,
            None,
            last.index,
        )
        return [*run[:-2], joined]
    return run


_TITLED = re.compile(r"^[^:：]{2,12}[:：][^:：]{2,}$")


def _listed_with_subtitle(heads: list[Block]) -> Headline | None:
    """The page's headline list names the head before the last: that head is
    the title (printed again over its text), the last its subtitle, and the
    heads between the list's copy and the title are the list's other items."""
    if len(heads) < MIN_LISTED + 3:
        return None
    named, last = heads[-2], heads[-1]
    key, last_key = squeeze(named.text), squeeze(last.text)
    earlier = [h for h in heads[:-2] if squeeze(h.text) == key]
    if (
        not earlier
        or last.index != named.index + 1
        or len(last.text) > MAX_SUBTITLE + 10
        or any(squeeze(h.text) == last_key for h in heads[:-1])
    ):
        return None
    listed = [h for h in heads[:-2] if h.index > earlier[-1].index]
    if len(listed) < MIN_LISTED:
        return None
    others = [h for h in heads[:-2] if h not in earlier]
    return Headline(title=named, subtitle=last, repeats=earlier, orphans=others)


def similarity(short: str, long: str) -> float:
    """Share of ``short``'s Chinese character pairs that also occur in ``long``."""
    pairs = _bigrams(short)
    if not pairs:
        return 0.0
    return len(pairs & _bigrams(long)) / len(pairs)


@lru_cache(maxsize=1024)  # an article's text is compared with each caption near it
def _bigrams(text: str) -> frozenset[str]:
    han = _NOT_HAN.sub("", text)
    return frozenset(map(str.__add__, han, han[1:]))


def first_sentence(text: str) -> str:
    """A title for an untitled article: its first sentence with words in it
    (a text may open with a stray '。'), cut at 30 characters."""
    sentences = re.split(r"[。！？!?]", text)
    sentence = next((s.strip() for s in sentences if _WORDS.search(s)), "")
    sentence = sentence or text.strip()
    return sentence if len(sentence) <= 30 else sentence[:30] + "…"


_WORDS = re.compile(r"\w")
