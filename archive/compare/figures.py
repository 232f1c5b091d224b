"""Figures reported for dictionary indicators, read from an article's text."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Article
from ..text import year_of
from .context import Span, sentence_around
from .dictionary import IndicatorDictionary, default_dictionary
from .items import Mention
from .model import KINDS, Figure
from .reader import Setting, read_sentence
from .tables import table_figures

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
    setting = Setting(text, year_of(date), city, county, dictionary)
    figures: list[Figure] = []
    groups = _by_sentence(text, mentions)
    starts = {span.start for span, _ in groups}
    for span, group in groups:
        found, left_open = read_sentence(setting, span, group)
        figures += found
        following = _following(text, span, starts) if left_open else None
        if left_open and following:
            figures += read_sentence(setting, following, [], carried=left_open)[0]
    tabled = table_figures(setting)
    if tabled:
        rows = {(f.sentence_start, f.sentence_end) for f in tabled}
        figures = [
            f for f in figures if not any(start <= f.start < end for start, end in rows)
        ]
        figures = sorted(figures + tabled, key=lambda figure: figure.start)
    return figures


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
    """The sentence after ``sentence`` in the same paragraph, if it names no
    indicator of its own (a sentence holding one starts at one of ``starts``)."""
    start = sentence.end
    while start < len(text) and text[start] in " \u3000":
        start += 1
    if start >= len(text) or text[start] == "\n" or start in starts:
        return None
    following = sentence_around(text, start)
    if following.start in starts or following.end <= following.start:
        return None
    return following


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
