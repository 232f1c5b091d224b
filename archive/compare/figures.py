"""Figures reported for dictionary indicators, read from an article's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Article
from ..text import year_of
from .context import Span, sentence_around, sentence_from
from .dictionary import IndicatorDictionary, default_dictionary
from .grammar import MAX_GAP, continuation_ok
from .items import Mention
from .model import KINDS, Figure
from .numerals import CHINESE
from .reader import Setting, read_sentence
from .tables import table_figures
from .units import UNIT_PATTERN

_DIGIT = re.compile(r"\d")
_ENDS = re.compile(r"[。！？!?\n]")
_WORD_DIGIT = re.compile("[两二三四五六七八九十]")
_WORDED = re.compile(rf"(?:{CHINESE})(?:{UNIT_PATTERN})")
_CUTS = re.compile(r"[，,：:；;、\s]")
# 问：…有几家？\n答：目前有3家: the answer's speaker, before what it goes on with
_SPEAKER = re.compile(r"(?:答|回答)[：:]")

__all__ = ["KINDS", "Figure", "article_text", "extract_figures", "figures_of_article"]


def article_text(title: str, paragraphs: Sequence[str] | str) -> str:
    """An article's text as the extractor reads it: the title, a blank line,
    then the paragraphs with a blank line between each (as ``Article.body``)."""
    body = paragraphs if isinstance(paragraphs, str) else "\n\n".join(paragraphs)
    return f"{title}\n\n{body}" if title else body


def extract_figures(
    text: str,
    *,
    date: str | None = None,
    city: str | None = None,
    county: str | None = None,
    dictionary: IndicatorDictionary | None = None,
) -> list[Figure]:
    """Every figure ``text`` reports for an indicator of ``dictionary``.

    ``text`` is one article's text (see :func:`article_text`); ``date`` its
    date, full or partial ISO (2022, 2022-06, 2022-06-17) or ``None``;
    ``city`` and ``county`` its attribution (焦作, 修武县), the place of a
    figure whose clause names none. ``dictionary`` defaults to the shipped
    one (:func:`default_dictionary`).

    Returns the figures in text order, each number at most once. A number
    is left out when it cannot be told to be the indicator's: another noun
    stands between them (研发投入增长20%), two indicators share it (A、B共120家,
    unless 分别 pairs them), it is a range (300至400家), an approximation
    (一两家, 数十家), an ordinal (第3版), a target (力争, 预计, a year after
    the article's), or one company (是一家高新技术企业). Pure: it reads
    nothing but its arguments and the dictionary. A text naming no indicator
    costs one regular-expression search.
    """
    dictionary = dictionary or default_dictionary()
    mentions = [
        Mention(m.start(), m.end(), indicator, m.group())
        for m in dictionary.pattern.finditer(text)
        if (indicator := dictionary.indicator_at(m.group())) is not None
    ]
    if not mentions:
        return []
    year = _reference_year(text, year_of(date))
    setting = Setting(
        text, year, city, county, dictionary, _closed_year(text, date, year)
    )
    figures: list[Figure] = []
    groups = _by_sentence(text, mentions)
    starts = {span.start for span, _ in groups}
    handed: tuple[int, Mention] | None = None  # to the next group's sentence
    for span, group in groups:
        carried = handed[1] if handed and handed[0] == span.start else None
        found, left_open = read_sentence(setting, span, group, carried=carried)
        figures += found
        following = _following(text, span, starts) if left_open else None
        handed = None
        if left_open and following and following.start in starts:
            # 问：…有几家？\n答：目前有3家，另有…12家: it names one of its own
            handed = (following.start, left_open)
        elif left_open and following:
            figures += read_sentence(setting, following, [], carried=left_open)[0]
    tabled = table_figures(setting)
    if tabled:
        rows = {(f.sentence_start, f.sentence_end) for f in tabled}
        figures = [
            f for f in figures if not any(start <= f.start < end for start, end in rows)
        ]
        figures = sorted(figures + tabled, key=lambda figure: figure.start)
    return figures


# 焦作市2023年国民经济和社会发展统计公报: a heading (a line with no sentence's
# end) naming the year a bulletin reports on
_BULLETIN = re.compile(
    r"^[^\n。！？]{0,20}?((?:19|20)\d{2})年[^\n。！？]{0,30}?统计公报[^\n。！？]*$",
    re.M,
)


def _reference_year(text: str, article_year: int | None) -> int | None:
    """The year the article's 年末, 全年 and 上年 speak of: a statistical
    bulletin's own year where a heading names one before the article's
    (published in March, it reports the year before), else the article's."""
    if "统计公报" not in text:
        return article_year
    heading = _BULLETIN.search(text)
    if heading is None:
        return article_year
    year = int(heading.group(1))
    return year if article_year is None or year < article_year else article_year


_EARLY_MONTHS = ("01", "02", "03")  # before a year's results could be whole


def _closed_year(text: str, date: str | None, year: int | None) -> int | None:
    """The year an article's 全年 and 年末 speak of when not its own: the year
    before, for one dated early in its year (a press conference in January:
    全年技术合同成交额达到48.2亿元 is last year's); else ``None``."""
    if year is None or not date or date[5:7] not in _EARLY_MONTHS:
        return None
    if "统计公报" in text:
        return None  # a bulletin's heading names its year (see _reference_year)
    return year - 1 if str(year) == date[:4] else None


def figures_of_article(
    article: Article, *, dictionary: IndicatorDictionary | None = None
) -> list[Figure]:
    """:func:`extract_figures` over an article's title and body, with its date
    and attribution; offsets are into ``article_text(article.title, article.body)``."""
    return extract_figures(
        article_text(article.title, article.body),
        date=article.date,
        city=article.city,
        county=article.county,
        dictionary=dictionary,
    )


def _following(text: str, sentence: Span, starts: set[int]) -> Span | None:
    """The sentence after ``sentence`` in the same paragraph (or the answer
    on the next line after a question), if the words before its first number
    may go on with an indicator (截至去年底，总数达到486家): most next sentences
    open with a noun of their own, told here from a few characters before
    anything is read. One that names indicators of its own starts at one of
    ``starts`` and is read with them."""
    start = sentence.end
    while start < len(text) and text[start] in " \u3000":
        start += 1
    if text.startswith("\n", start) and _SPEAKER.match(text, start + 1):
        start += 1  # 问：…有几家？\n答：目前有3家: the answer on the next line
    if start >= len(text) or text[start] == "\n":
        return None
    window = min(len(text), start + 2 * MAX_GAP)
    first = _DIGIT.search(text, start, window)
    if first is None and _WORD_DIGIT.search(text, start, window):
        first = _WORDED.search(text, start, window)  # 目前已有二十三家
    if first is None:
        return None  # a long opening: a clause of its own before any number
    opening = text[start : first.start()]
    if _ENDS.search(opening):
        return None  # the number is in a sentence after
    speaker = _SPEAKER.match(opening)
    opening = _CUTS.sub("", opening[speaker.end() :] if speaker else opening)
    if len(opening) > MAX_GAP or not continuation_ok(opening, predicate_in_token=True):
        return None
    return sentence_from(text, start)


def _by_sentence(
    text: str, mentions: list[Mention]
) -> list[tuple[Span, list[Mention]]]:
    groups: list[tuple[Span, list[Mention]]] = []
    for mention in mentions:
        if groups and mention.start < groups[-1][0].end:
            groups[-1][1].append(mention)
        else:
            groups.append((sentence_around(text, mention.start), [mention]))
    return groups
