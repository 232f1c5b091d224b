"""Where a figure stands: its sentence and clauses, the year it refers to, its place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..gazetteer import Place, gazetteer
from .aliases import words_regex
from .units import UNIT_PATTERN

# A sentence ends at 。！？ (with any closing quotes) or at a line break, but
# for a line of a PDF broken between a verb and its number (达到\n42.7亿元).
_CLOSING = "”’」』\"'"
_BROKEN_BEFORE = "到达为至有计"
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"']*|\n")
# 新增科技型中小企业\n365家，…: a line opening with a figure its clause goes on from
_FIGURE_OPENS = re.compile(rf"[0-9][0-9.,]*(?:{UNIT_PATTERN})[，,。；;、]")
# Clauses: commas, semicolons, colons, brackets; list items (、) are minor.
MAJOR = re.compile(r"[，,；;：:（）()【】\[\]]")
MINOR = "、"
_SPACE = " \t\u3000\xa0\r\n"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentence_around(text: str, offset: int) -> Span:
    """The sentence holding ``offset``, its outer whitespace left out.

    Looked up from the offset outwards (a few searches in C), not by cutting
    the whole text into sentences: most of an article is never looked at.
    """
    find = text.rfind
    line = find("\n", 0, offset)
    while line > 0 and _broken(text, line):
        line = find("\n", 0, line)
    start = 1 + max(
        find("。", 0, offset),
        find("！", 0, offset),
        find("？", 0, offset),
        find("!", 0, offset),
        find("?", 0, offset),
        line,
    )
    while start < offset and text[start] in _CLOSING:
        start += 1
    match = _end_of_sentence(text, offset)
    end = match.end() if match else len(text)
    if match and match.group() == "\n":
        end -= 1
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return Span(start, end)


def _broken(text: str, line: int) -> bool:
    """Whether the line break at ``line`` cuts a sentence between a verb and
    its number (达到\n42.7亿元), as a PDF's column does."""
    if line < 1 or line + 1 >= len(text) or not "0" <= text[line + 1] <= "9":
        return False
    before = text[line - 1]
    if before in _BROKEN_BEFORE:
        return True
    return "\u4e00" <= before <= "\u9fff" and bool(_FIGURE_OPENS.match(text, line + 1))


def _end_of_sentence(text: str, start: int) -> re.Match[str] | None:
    """The first sentence end from ``start``, a broken line (达到\n42.7亿元) none."""
    match = _SENTENCE_END.search(text, start)
    while match and match.group() == "\n" and _broken(text, match.start()):
        match = _SENTENCE_END.search(text, match.end())
    return match


def sentence_from(text: str, start: int) -> Span:
    """The sentence starting at ``start`` (no search backwards), its outer
    whitespace left out as :func:`sentence_around` does."""
    while start < len(text) and text[start] in _CLOSING + _SPACE:
        start += 1
    match = _end_of_sentence(text, start)
    end = match.end() if match else len(text)
    if match and match.group() == "\n":
        end -= 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return Span(start, end)


_CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_YEAR = re.compile(
    r"(?P<y>(?<!\d)(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3})年"
    r"(?P<tail>以来|来|前|以前|至|到|同期|相比|—|-|－|~|～)?"
    r"|(?P<rel>去年|过去一年|上一年|上年|前年|今年|本年|当年|明年|目前|当前|现在)"
    r"(?P<rtail>同期|以来)?"
)
# 过去一年: a work report's, delivered early in the year, of the year before
_RELATIVE = {
    "去年": -1,
    "过去一年": -1,
    "上年": -1,
    "上一年": -1,
    "前年": -2,
    "今年": 0,
}
_RELATIVE |= {"本年": 0, "当年": 0, "明年": 1}
# 由2019年的18家增至目前的35家: 目前 is the article's own year again
_RELATIVE |= {"目前": 0, "当前": 0, "现在": 0}
_PREVIOUS = ("上年", "上一年")  # the year before the sentence's own
_COMPARED = ("比", "较", "与", "同", "和", "对")  # 比上年, 较2020年: a baseline
_RANGE_END = "—-－~～"
# 全年, 年末, 过去五年 (a report's years up to the one before it)
_WHOLE_YEAR = re.compile("全年|年末|过去[两二三四五六七八九十]年")
# “十四五”末 (2025), 十三五期末 (2020): the last year of a five-year plan
_PLAN_END = re.compile(r"十(?P<n>[一二三四五])五[”\"]?(?:期)?末")
_PLAN_NUMBERS = "一二三四五"
_REACHED = re.compile("[至到]")


def year_of_figure(
    text: str,
    sentence: Span,
    position: int,
    article_year: int | None,
    *,
    default: int | None = None,
    named_at: int = 0,
    closed: int | None = None,
) -> int | None:
    """The year a figure at ``position`` refers to: the nearest year stated
    before it in its sentence (2021年, 去年 against the article's year), else
    ``default`` (the year of the heading above, see :func:`heading_year`) or
    the article's year. A baseline (比上年), the start of a period (2021年以来,
    2020年至…), the end of a plan's range (2022—2025年) and, before
    ``named_at`` (where the figure's indicator is named), the year of another
    number (增加到去年的418家，科技型中小企业突破两千家) do not count.
    ``closed``: the year 全年 and 年末 name, in an article dated early in the
    year after it (see figures._closed_year)."""
    year = article_year if default is None else default
    if (
        closed is not None
        and default is None
        and _WHOLE_YEAR.search(text, sentence.start, position)
    ):
        year = closed  # 全年技术合同成交额达到48.2亿元, said in January
    plan_end = _PLAN_END.search(text, sentence.start, position)
    if plan_end is not None:  # “十四五”末达到72.4亿元
        year = 2010 + 5 * _PLAN_NUMBERS.index(plan_end.group("n"))
    if text.find("年", sentence.start, position) < 0:
        return year  # no year stated (every form ends in 年)
    for match in _YEAR.finditer(text, sentence.start, position):
        # 2023年，…由上年的21家: 上年 is the year before the one the sentence names
        base = year if match.group("rel") in _PREVIOUS else article_year
        stated = _stated_year(text, match, base)
        if stated is None and _levels_baseline(text, match, position):
            stated = _stated_year(text, match, base, compared=True)
        if stated is not None and not _left_behind(text, match, position):
            if (
                match.end() < named_at
                and text.startswith("的", match.end())
                and _of_another(text, match, position)
            ):
                continue  # 增加到去年的418家，科技型中小企业突破两千家: 418's only
            year = stated
    return year


_HEADING_LINES = 12  # how far up a block a line's heading is looked for
_NOT_HEADING = re.compile(r"[。！？!?\t]")
# 2024年主要预期目标, 下一步工作计划: a heading over a plan's lines
_PLAN_HEADING = re.compile(r"目标|计划|规划|预期|展望|打算|下一步|力争")
_DIGITS = re.compile(r"\d")


def heading_year(text: str, sentence: Span, article_year: int | None) -> int | None:
    """The year a heading above a line names for it (2023年全市科技创新主要指标
    over 2.高新技术企业：新增102家; （截至2023年底） over a slide's bullets; the
    article's title, 温县科技局2023年工作总结): the nearest line above in its
    block (up to a blank line), else the title, that ends no sentence, holds
    no number but its year and names one year other than the article's; a
    heading of a plan (2025年目标, 下一步工作计划) names the year after the
    article's, which makes its lines' figures targets. ``None`` for a
    sentence that does not open a line, or where no heading names a year."""
    start = sentence.start
    if start == 0 or text[start - 1] != "\n" or article_year is None:
        return None
    if start >= 2 and text[start - 2] == "\n":  # a paragraph's first line
        return _title_year(text, start, article_year)
    end = start - 1
    for _ in range(_HEADING_LINES):
        if end <= 0 or text[end - 1] == "\n":
            break  # a blank line ends the block
        line_start = text.rfind("\n", 0, end) + 1
        year = _year_of_heading(text[line_start:end], article_year, plans=True)
        if year is not None:
            return year
        end = line_start - 1
    return _title_year(text, start, article_year)


# 过去一年，全市经济运行稳中有进。…: a work report's paragraph reviewing the year
_REVIEW_OPENING = re.compile(r"(?:回顾)?过去(?:的)?一年[，,]")


def paragraph_year(text: str, sentence: Span, article_year: int | None) -> int | None:
    """The year before the article's for a sentence inside a paragraph that
    opens with 过去一年， (a work report's review: the figures of the sentences
    after it are that year's); ``None`` elsewhere, or for the paragraph's first
    sentence, which states its own year."""
    if article_year is None:
        return None
    start = text.rfind("\n", 0, sentence.start) + 1
    if start >= sentence.start or not _REVIEW_OPENING.match(text, start):
        return None
    return article_year - 1


def _title_year(text: str, start: int, article_year: int) -> int | None:
    """The year the article's title names, for a sentence at ``start``: a
    title's plan words speak of the article, not of each of its lines."""
    title_end = text.find("\n", 0, start)
    if title_end <= 0 or text.find("年", 0, title_end) < 0:
        return None
    return _year_of_heading(text[:title_end], article_year, plans=False)


@lru_cache(maxsize=1024)
def _year_of_heading(line: str, article_year: int, *, plans: bool) -> int | None:
    if len(line) > 40 or _NOT_HEADING.search(line):
        return None
    if plans and _PLAN_HEADING.search(line) and "完成" not in line:
        return article_year + 1  # 主要目标, 工作计划 (not 目标任务完成情况)
    if "年" not in line:
        return None
    stated = [
        year
        for match in _YEAR.finditer(line)
        if match.group("y") and (year := _stated_year(line, match, article_year))
    ]
    if len(stated) != 1 or _DIGITS.search(_YEAR.sub("", line)):
        return None
    return stated[0] if stated[0] != article_year else None


_NUMBER_START = re.compile(r"[\d一二两三四五六七八九十百千万零〇]")


def _of_another(text: str, match: re.Match[str], position: int) -> bool:
    """Whether a year is the attribute of one number before ``position``
    (去年的418家, 2018年的一百二十五家), which names that number's year only."""
    after = match.end()
    if not text.startswith("的", after) or after + 1 >= position:
        return False
    return _NUMBER_START.match(text, after + 1) is not None


def _left_behind(text: str, match: re.Match[str], position: int) -> bool:
    """由2021年的280家增长到320家: the year a change starts from is not the
    year of the level it reaches."""
    if not text.endswith(("由", "从"), 0, match.start()):
        return False
    return _REACHED.search(text, match.end(), position) is not None


def _levels_baseline(text: str, match: re.Match[str], position: int) -> bool:
    """较2024年的48.2亿元: a baseline year is the year of the level right
    after it (the number at ``position``)."""
    start = match.start()
    return (
        start > 0
        and text[start - 1] in "比较"
        and text.startswith("的", match.end())
        and match.end() + 1 == position
    )


def _stated_year(
    text: str, match: re.Match[str], article_year: int | None, *, compared: bool = False
) -> int | None:
    before = text[match.start() - 1] if match.start() else ""
    if match.group("tail") or match.group("rtail"):
        return None
    if before in _COMPARED and not compared:
        return None
    if match.group("y"):
        if before and before in _RANGE_END:
            return None
        return int(match.group("y").translate(_CN_YEAR_DIGITS))
    if article_year is None:
        return None
    return article_year + _RELATIVE[match.group("rel")]


ZONES = (
    "国家高新技术产业开发区|国家级高新技术产业开发区|高新技术产业开发区|国家高新区"
    "|国家级高新区|高新区|国家级经济技术开发区|经济技术开发区|国家级经开区|经开区"
    "|城乡一体化示范区|示范区|产业集聚区"
)
_WIDE = "全省|我省|全国|河南省"  # a figure of the province or the country
_WIDE_WORDS = frozenset(_WIDE.split("|"))
# The city the paper is in, named as a whole: in an article about one of its
# counties, 全市 and 我市 still mean the city (unless the county is a city).
_CITY_WIDE = frozenset(("全市", "我市", "本市"))
_GENERIC = ("省级", "国家级", "各", "个", "家", "座", "创建")  # 5家省级高新区: a kind


@dataclass(frozen=True)
class NamedPlace:
    """A place named in a clause: what it is called there and where it lies."""

    name: str
    city: str | None
    county: str | None
    beyond: bool = False  # 全省, 全国: wider than any city, no city of its own
    citywide: bool = False  # 全市, 我市: the article's city as a whole


@cache
def _place_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any place word (a name, a zone, 全省), and a zone right after a name.

    One trie for every word: a second top-level alternative (names | zones)
    made the search 8 times slower (10 µs a sentence against 1.3 µs).
    """
    places = gazetteer()
    names = set(places.cities)
    for city, counties in places.counties.items():
        names.add(city + "市")
        names.update(counties)
    zones = ZONES.split("|")
    # 武陟产业集聚区, 孟州高新区: a zone after a county's short name
    names.update(stem + zone for stem in _county_stems() for zone in zones)
    words = names | set(zones) | set(_WIDE.split("|")) | _CITY_WIDE
    return re.compile(words_regex(words)), re.compile(words_regex(ZONES.split("|")))


@cache
def _county_stems() -> dict[str, Place]:
    """The short names of the counties the province files list (武陟 for
    武陟县, 孟州 for 孟州市), two characters or more, and the place each is."""
    places = gazetteer()
    stems: dict[str, Place] = {}
    for city, counties in places.counties.items():
        for county in counties:
            stem = county[:-1]
            if county[-1] in "县区市" and len(stem) >= 2:
                stems.setdefault(stem, Place(city=city, county=county))
    return stems


@cache
def _local_names(city: str | None) -> tuple[re.Pattern[str] | None, dict[str, Place]]:
    """The county-level divisions of ``city`` when the province files do not
    list them (福州's 鼓楼区、台江区, 温州's 瑞安市, 北京's 海淀区): a pattern
    of their full names and safe short forms, and the place each names. An
    article of that city names its own districts, so a name several cities
    share (鼓楼区) is its city's there. ``None`` for a city the province files
    list the counties of (Henan's), whose names every pattern knows."""
    places = gazetteer()
    if not city or places.counties.get(city):
        return None, {}
    table = places.table
    local = {
        name: place
        for name, found in table.places.items()
        for place in found
        if place.city == city and place.county is not None and len(name) >= 2
    }
    if not local:
        return None, {}
    return re.compile(words_regex(local)), local


def _place_words(
    text: str, start: int, end: int, city: str | None
) -> list[re.Match[str]]:
    """Every place word in ``text[start:end]`` by where it starts (the
    longest first where two start at once), the article's city's own
    districts among them."""
    words, _ = _place_patterns()
    found = list(words.finditer(text, start, end))
    local, _names = _local_names(city)
    if local is not None:
        extra = list(local.finditer(text, start, end))
        if extra:
            found = sorted(found + extra, key=lambda m: (m.start(), -m.end()))
    return found


def is_place(text: str, city: str | None = None) -> bool:
    """Whether ``text`` is exactly one place's name (修武县, 焦作高新区, 示范区;
    台江区 in an article of 福州)."""
    return place_length(text, city) == len(text) > 0


def place_spans(text: str, start: int, end: int, city: str | None = None) -> bool:
    """Whether ``text[start:end]`` is exactly one place's name, as
    :func:`is_place` tells, without a copy (one match fails most clauses)."""
    words, _zones = _place_patterns()
    local, _names = _local_names(city)
    if local is None and words.match(text, start, end) is None:
        return False
    return is_place(text[start:end], city)


def place_length(text: str, city: str | None = None) -> int:
    """How long the place's name ``text`` opens with is (修武县 in 修武县新增,
    焦作高新区 in 焦作高新区达到), 0 if it opens with none."""
    words, zones = _place_patterns()
    match = words.match(text)
    local, _names = _local_names(city)
    if local is not None:
        own = local.match(text)
        if own is not None and (match is None or own.end() > match.end()):
            match = own
    if match is None:
        return 0
    end = match.end()
    if match.end() < len(text) and (zone := zones.match(text, end)):
        end = zone.end()
    return end


def place_in(
    text: str, start: int, end: int, *, skip: list[Span], city: str | None = None
) -> NamedPlace | None:
    """The last place named in ``text[start:end]`` outside the ``skip`` spans
    (``city``: the article's, whose own districts it names)."""
    found = None
    for _start, _end, place in _places_named(text, start, end, skip=skip, city=city):
        if place:
            found = place
    return found


def _places_named(
    text: str, start: int, end: int, *, skip: list[Span], city: str | None = None
) -> Iterator[tuple[int, int, NamedPlace | None]]:
    """Each place word in ``text[start:end]`` outside the ``skip`` spans, with
    the zone after it (焦作高新区): where it starts, where it and its zone end,
    and what it names (None: a generic zone, no place)."""
    _words, zones = _place_patterns()
    _local, own = _local_names(city)
    taken = start
    for match in _place_words(text, start, end, city):
        if match.start() < taken or any(
            s.start < match.end() and match.start() < s.end for s in skip
        ):
            continue
        zone = zones.match(text, match.end(), end)
        taken = zone.end() if zone else match.end()
        word = match.group()
        yield (
            match.start(),
            taken,
            _named(text, match.start(), word, zone.group() if zone else "", own),
        )


_LIST_JOINERS = frozenset(("、", "和", "与", "及", "以及", "、以及"))
_LIST_MARK = re.compile("[、和与及]")
# 修武县和博爱县的, 孟州市、沁阳市两地的, 温县等: what may follow a list of places
_LIST_TAIL = re.compile(r"(?:等)?(?:[两三四五六七八九十0-9]*(?:地|县|区|市|县区))?的?")


def places_listed(
    text: str, start: int, end: int, *, skip: list[Span], city: str | None = None
) -> list[NamedPlace]:
    """The places listed together right before ``end`` (修武县、博爱县的),
    two or more, each a place of its own (not 全市, not 全省); else none."""
    if _LIST_MARK.search(text, start, end) is None:
        return []  # most leads: no list at all
    run: list[tuple[int, NamedPlace]] = []  # (where each ends, the place)
    for begins, taken, place in _places_named(text, start, end, skip=skip, city=city):
        if place is None or place.beyond or place.citywide:
            run = []
        elif run and text[run[-1][0] : begins] in _LIST_JOINERS:
            run.append((taken, place))
        else:
            run = [(taken, place)]
    if len(run) < 2 or not _LIST_TAIL.fullmatch(text, run[-1][0], end):
        return []
    return [place for _, place in run]


def _named(
    text: str, start: int, word: str, zone: str, own: dict[str, Place]
) -> NamedPlace | None:
    if word in _WIDE_WORDS:
        return NamedPlace(word, None, None, beyond=True)
    if word in _CITY_WIDE:
        return NamedPlace(word, None, None, citywide=True)
    resolved: Place | None = own.get(word) or gazetteer().resolve(word)
    stemmed = resolved is None and (resolved := _stem_zone(word)) is not None
    if resolved is None:  # a zone on its own: 示范区, 高新区
        lead = text[max(0, start - 3) : start]
        if any(lead.endswith(generic) for generic in _GENERIC):
            return None
        return NamedPlace(word, None, None)
    if zone or stemmed:  # 焦作高新区; 武陟产业集聚区, a county's short name's
        return NamedPlace(word + zone, resolved.city, resolved.county)
    return NamedPlace(resolved.county or resolved.city, resolved.city, resolved.county)


def _stem_zone(word: str) -> Place | None:
    """The county whose short name a zone's name opens with (武陟产业集聚区)."""
    stems = _county_stems()
    for length in (2, 3):
        place = stems.get(word[:length])
        if place is not None and len(word) > length:
            return place
    return None
