"""Page furniture: navigation, share buttons, footers and web page metadata.

What is furniture is told three ways, none of them tied to one site: the
words sites use for it (``resources/dictionaries/furniture.json``), the shapes
it takes (breadcrumbs, bars of links split by '|', lines with no Chinese text,
'key: value' metadata), and, in :mod:`.learning`, repetition: a line that
recurs across the pages of one folder is the site's, not an article's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_HAN = re.compile(r"[\u3400-\u9fff]")
_VIEWS = re.compile(
    r"(?:浏览数|浏览次数|浏览量|阅读数|阅读次数|阅读量|点击数|点击量|访问量|阅读)[：:]?\s*(\d+)"
)
_CATEGORY_TITLE = re.compile(
    r"^[【\[](?P<category>[^】\]]{2,10})[】\]]\s*(?P<title>.+)$"
    r"|^(?P<tag>组图|图集|多图|视频|图文|直播|独家|原创|转帖|转载)\s*[:：|｜丨]\s*(?P<tagged>.+)$"
)
_KEY_VALUE = re.compile(r"(?:^|[\s丨|｜/【\[])([\u4e00-\u9fff]{1,7})[:：]")
_NAV_BAR = re.compile(r"[|｜丨]")
_BREADCRUMB = re.compile(r"(?:>>|»|＞|>|→)")
# The page's name follows its number after a colon, a bar or a space:
# 'B07版:百姓写手', '第03版 | 瓯越新闻', '第10版 旅游', '当前版：02版'.
_PAGE_LABEL = re.compile(
    r"^(?:当前版\s*[:：]\s*)?(?:第\s*)?(?P<page>[A-Z]?\d{1,3}|(?<=第)[一二三四五六七八九十]{1,3})"
    r"\s*版"
    r"(?:\s*[（(](?P<inner>[^）)]*)[)）])?"
    r"\s*[:：|｜丨]?\s*(?P<name>[\u4e00-\u9fff·]{0,12})"
)
_COLUMN_LABEL = re.compile(
    r"^(?:专栏|栏目|版名)[:：]\s*(?P<name>[\u4e00-\u9fff]{0,12})$"
)
_PAPER = r"[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|时报|商报)"
# A masthead's line: the paper (before or after the date), the date, the page:
# '2011年9月8日 焦作日报 第3版', '烟台日报 2022年11月03日 第07版:黄海副刊'.
_PAPER_DATE = re.compile(
    rf"^(?:(?P<before>{_PAPER})\s*)?"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日)\s*"
    r"(?:星期[一二三四五六日天]?|周[一二三四五六日])?\s*"
    rf"(?P<paper>{_PAPER})?\s*"
)
_DEBRIS = re.compile(
    r"style=|display\s*:|<[a-z/]|[a-z]+=\"|\"\s*>|&nbsp;|javascript:", re.I
)
_DEBRIS_MARKS = "=:<>&"  # one of which every piece of _DEBRIS holds
_EDITOR_CODE = re.compile(r"[①-⑳]\s*\d{1,3}$")
# An official document's number: '温交建〔2022〕45号', '建议字[2023]8号'.
_DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*"
    r"(?:第\s*)?\d{1,5}\s*号$"
)
# A reprint's note of the title it first had: '(原标题：明前茶提前一周上市)'.
_REPRINT_NOTE = re.compile(r"[（(\[]?原(?:标题|题)[:：]")
# Where an article goes on or came from: '（下转第4版）', '(上接A1版)', '紧接第一版'.
_JUMP = re.compile(
    r"[（(]?(?:上|下|紧)?(?:接|转)(?:第|本报)?[A-Z]?[\d一二三四五六七八九十]{1,3}"
    r"(?:版|页)[^）)]{0,6}[)）]?"
)


_EDITOR_ROLE_HINT = re.compile(r"[值统策编校审美版组监出视设制]")
_DISCLAIMER_STARTS = frozenset("免声版特本转未如凡文")


@dataclass(frozen=True)
class Words:
    """The furniture dictionary, its phrases with spaces taken out."""

    phrases: tuple[str, ...]
    phrase: re.Pattern  # any of the phrases, longest first
    lines: frozenset[str]
    keys: frozenset[str]
    tail: tuple[str, ...]
    disclaimers: tuple[str, ...]
    editor_roles: frozenset[str]
    site_suffixes: tuple[str, ...]
    counters: re.Pattern  # a line of counters only: '阅读(128) 喜欢(6)'
    cue: re.Pattern  # a broadcast script's cue opening a line: '【口播】'
    spoken: re.Pattern  # the same before a colon: '主持人：', '同期（市民）：'
    anchor_cues: frozenset[str]  # an anchor's lead over the report
    reporter_cues: frozenset[str]  # the report's, after the lead


def _alternatives(items: list[str]) -> str:
    return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))


@cache
def words() -> Words:
    """The furniture dictionary shipped in resources/dictionaries."""
    item = resources.files("resources") / "dictionaries" / "furniture.json"
    data = json.loads(item.read_text(encoding="utf-8"))
    phrases = tuple(squeeze(p).lower() for p in data["phrases"])
    return Words(
        phrases=phrases,
        phrase=re.compile(
            "|".join(map(re.escape, sorted(set(phrases), key=len, reverse=True)))
        ),
        lines=frozenset(squeeze(p).lower() for p in data["lines"]),
        keys=frozenset(data["keys"]),
        tail=tuple(data["tail"]),
        disclaimers=tuple(data["disclaimers"]),
        editor_roles=frozenset(data["editor_roles"]),
        site_suffixes=tuple(data["site_suffixes"]),
        counters=re.compile(
            rf"(?:(?:{_alternatives(data['counters'])})"
            r"\s*[（(]?\s*\d+\s*[)）]?[\s|｜丨·/]*){1,8}"
        ),
        cue=re.compile(
            rf"^[【\[](?P<cue>{_alternatives(data['cues'])})[】\]][ \u3000]*"
        ),
        spoken=re.compile(
            rf"^(?P<cue>{_alternatives(data['script_cues'])})"
            r"(?:[（(][^（()）]{0,30}[)）])?[ \u3000]*[:：][ \u3000]*"
        ),
        anchor_cues=frozenset(data["anchor_cues"]),
        reporter_cues=frozenset(data["reporter_cues"]),
    )


_HALF = (("：", ":"), ("｜", "|"), ("【", "["), ("】", "]"))  # '字体：大' is '字体:大'


def squeeze(text: str) -> str:
    """``text`` without its spaces (新 闻 查 询 → 新闻查询)."""
    flat = "".join(text.split())  # the same whitespace as a pattern's \s
    for wide, narrow in _HALF:  # str.translate was a tenth of reading a page
        if wide in flat:
            flat = flat.replace(wide, narrow)
    return flat


# Names pages commonly give their sections; a short line with one of these over a
# headline is a section, not a kicker.
SECTION_NAMES = frozenset(
    """
    要闻 综合 综合新闻 本地新闻 时政 时政要闻 经济 经济新闻 财经 科技 科技视界
    科教 科教文卫 文化 文体 体育 民生 社会 社会新闻 县区 县区新闻 县区观察 视点
    观察 专版 专题 理论 评论 副刊 图片新闻 国内 国际 法治 农业农村 乡村振兴
    教育 健康 生活 旅游 城事 新闻资讯 工作动态 政务动态
    """.split()
)


# Tags a site sets before a title to say what the item holds or where it came
# from ('[图文]', '【原创】'): not the section it is filed under.
CONTENT_TAGS = frozenset(
    """
    图文 原创 视频 组图 图集 多图 图片 音频 直播 独家 转载 转帖 首发 推荐 置顶 热门
    专稿 荐
    """.split()
)


def is_section_name(text: str) -> bool:
    return text.strip() in SECTION_NAMES


@lru_cache(maxsize=8192)
def is_furniture(line: str) -> bool:
    """Navigation, buttons, footers and credits of the page, not article text."""
    if len(line) > 80:
        return False
    flat = squeeze(line).lower()
    if not _HAN.search(flat):
        return True  # '|', '3 4', 'http://…', a row of symbols
    if flat in words().lines or _debris(line) or script_cue(line) == len(line):
        return True
    if len(line) <= 60 and words().phrase.search(flat):
        return True
    return (
        _nav_bar(line)
        or _breadcrumb(line)
        or site_name(line)
        or bool(words().counters.fullmatch(line.strip()))
        or bool(_PHOTO_COUNT.fullmatch(flat))
        or bool(_SUPPLIED.fullmatch(flat))
        or bool(_EDITOR_CODE.fullmatch(flat))
        or bool(_JUMP.fullmatch(flat))
        or bool(_REPRINT_NOTE.match(flat))
        or bool(_DOCUMENT_NUMBER.match(flat))
        or bool(_CREW.match(flat))
        or bool(_STATION.match(line.strip()))
    )


# A programme's crew credited alone ('本节目主播：江帆', '摄像：黄涛'); a station's
# (and its programme's) name over a script ('德阳广播电视台　《德阳新闻》').
_CREW = re.compile(
    r"^(?:本节目|本期)?(?:主播|主持人|主持|摄像|制片人?|导播|编导|后期|播音)"
    r"[:：][\u4e00-\u9fff·、]{2,20}$"
)
_STATION = re.compile(
    r"^[\u4e00-\u9fff]{2,12}(?:广播电视台|电视台|广播电台|新闻综合广播|交通广播|广播)"
    r"[ \u3000]*(?:《[^》]{1,16}》)?[ \u3000]*(?:新闻稿|文稿|稿件|播出稿)?$"
    r"|^《[^》]{1,16}》$"
)


# A gallery's count of its photos ('共3张'); an office's credit for the text
# it supplied, closing it ('（市政府新闻办供稿）').
_PHOTO_COUNT = re.compile(r"共\d{1,3}[张幅图]")
_SUPPLIED = re.compile(r"[（(][\u4e00-\u9fff]{2,24}(?:供稿|来稿|撰稿|通稿)[)）]")
MAX_SITE_NAME = 24


def sidebar_head(line: str) -> bool:
    """A head that is one of the dictionary's lines ('相关新闻', '推荐阅读'):
    a sidebar's or a bar's, set as a heading by the page."""
    return len(line) <= 8 and squeeze(line).lower() in words().lines


def site_name(line: str) -> bool:
    """A line that is only the name of a blog or of the office publishing the
    page ('春城老街的博客', '衢州市人民政府新闻办公室'): its header."""
    flat = line.strip()
    return (
        len(flat) <= MAX_SITE_NAME
        and bool(re.fullmatch(r"[\u4e00-\u9fff·]+", flat))
        and flat.endswith(words().site_suffixes)
        and len(flat) > min(map(len, words().site_suffixes))
    )


def _debris(line: str) -> bool:
    """HTML or a script's text left in the line."""
    return any(mark in line for mark in _DEBRIS_MARKS) and bool(_DEBRIS.search(line))


def _nav_bar(line: str) -> bool:
    """'| 洛阳日报 | 洛阳晚报 | 版面导航 |': links split by bars."""
    if sum(map(line.count, "|｜丨")) < 2:
        return False
    parts = [p for p in (s.strip() for s in _NAV_BAR.split(line)) if p]
    return len(_NAV_BAR.findall(line)) >= 2 and all(len(p) <= 12 for p in parts)


def _breadcrumb(line: str) -> bool:
    """'首页 > 公开 > 建议提案', '您当前的位置:首页>>人大要闻'."""
    if len(line) > 60 or not any(mark in line for mark in ">»＞→"):
        return False
    parts = [p for p in (s.strip() for s in _BREADCRUMB.split(line)) if p]
    if len(parts) < 2:
        return False
    return all(len(squeeze(p)) <= 14 for p in parts) and not line.endswith("。")


# A post's line of who posted it when: '发表于 2022-03-18', '发布于：2023年2月14日'.
_POSTED = re.compile(
    r"(?:发表于|发布于|发帖于|更新于|写于|编辑于)\s*[:：]?\s*(?:19|20)\d{2}\s*[-./年]"
)


def posted(line: str) -> bool:
    """A post's line of who posted it, when ('楼主 某某 发表于 2021-8-9 14:32')."""
    return "于" in line and bool(_POSTED.search(line))


def is_meta(line: str) -> bool:
    """A web page's line of date, source and view count ('key: value' pairs)."""
    if len(line) > 120:
        return False
    if meta_key(line):
        return True  # '抄送:市人大常委会…,市政府办公室。'
    if _POSTED.search(line):
        return True  # '楼主 某某 发表于 2021-8-9 14:32'
    if line.endswith("。"):
        return False
    match = next((m for m in _KEY_VALUE.finditer(line) if _is_key(m.group(1))), None)
    return match is not None and match.start() <= 40


def _is_key(word: str) -> bool:
    known = words().keys
    return word in known or any(word.endswith(k) and len(k) >= 2 for k in known)


def meta_key(line: str) -> str | None:
    """The key a metadata line starts with ('联系人及电话:李伟' → '联系人及电话')."""
    match = re.match(r"^[【\[（(]?([\u4e00-\u9fff]{1,8})\s*[:：]", line)
    return match.group(1) if match and _is_key(match.group(1)) else None


def views(line: str) -> int | None:
    match = _VIEWS.search(line)
    return int(match.group(1)) if match else None


_SCRIPT_HINTS = ("主持", "主播", "口播", "配音", "同期", "出镜", "解说", "录音")
_LINE_START = re.compile(r"(?m)^[ \t\u3000]*")
MIN_SPOKEN = 2  # lines opened by a cue before a colon that make a script


def script_page(text: str) -> bool:
    """Is ``text`` a broadcast script whose cues are written before a colon
    ('主持人：…', '配音：…'): two lines and more opened by one (记者 aside)."""
    if not any(hint in text for hint in _SCRIPT_HINTS):
        return False
    found = 0
    for line in text.splitlines():
        cue = spoken_cue(line.lstrip(" \t\u3000"))
        if cue is not None and cue[1] != "记者":
            found += 1
            if found >= MIN_SPOKEN:
                return True
    return False


def spoken_cue(line: str) -> tuple[int, str] | None:
    """The length and the word of the cue before a colon opening ``line``."""
    match = words().spoken.match(line)
    return (match.end(), match.group("cue")) if match else None


def cue_word(line: str) -> str | None:
    """The word of the bracketed cue opening ``line`` ('【主播】…' → '主播')."""
    match = words().cue.match(line) if line[:1] in "【[" else None
    return match.group("cue") if match else None


def script_cue(line: str) -> int:
    """How long the broadcast script's cue opening ``line`` is ('【口播】8月14日…',
    '【同期声】市民 王先生：…'), 0 where none does."""
    if line[:1] not in "【[":
        return 0
    match = words().cue.match(line)
    return match.end() if match else 0


def category_title(line: str) -> tuple[str, str] | None:
    """'【新闻资讯】科技创新:激活…' → ('新闻资讯', '科技创新:激活…')."""
    match = _CATEGORY_TITLE.match(line)
    if match is not None and match.group("tag"):  # '组图：…', '图集｜…'
        return match.group("tag"), match.group("tagged")
    if match is None or meta_key(match.group("category")):
        return None  # '【来源：扬州日报】【作者：…】' is metadata
    return match.group("category"), match.group("title")


@dataclass(frozen=True)
class PageHeader:
    """An e-paper's page label: 'B07版:百姓写手', '第3版()', '专栏:', a masthead."""

    section: str | None = None
    date: str | None = None
    publication: str | None = None


def page_header(line: str) -> PageHeader | None:
    """The page label a line is, or None."""
    flat = line.strip()
    if len(flat) > 40 or not ("版" in flat or "年" in flat or "栏" in flat):
        return None  # what a label, a masthead's date or a column's key holds
    dated = _PAPER_DATE.match(flat)
    if dated:
        paper = dated.group("paper") or dated.group("before")
        rest = flat[dated.end() :].lstrip("|｜丨 ")  # '… 星期二 | 第03版：都市新闻'
        label = _PAGE_LABEL.match(rest)
        if label is not None and _rest_is_nav(rest, label):
            return PageHeader(label.group("name") or None, dated.group("date"), paper)
        if (paper or "版" in flat) and _rest_is_nav(flat, dated):
            return PageHeader(date=dated.group("date"), publication=paper)
    paper = _MASTHEAD.match(flat)  # '湛江日报 第A05版：要闻 | 上一版 下一版'
    if paper is not None:
        flat = flat[paper.end() :]
    label = _PAGE_LABEL.match(flat) or _COLUMN_LABEL.match(flat)
    if label is None or not _rest_is_nav(flat, label):
        return None
    name = label.group("name") or None
    inner = label.groupdict().get("inner") or ""
    if name is None and _SECTION_IN_BRACKETS.fullmatch(inner):  # '第1版(要闻)'
        name = inner
    return PageHeader(section=name, publication=paper.group(1) if paper else None)


_SECTION_IN_BRACKETS = re.compile(r"[\u4e00-\u9fff·]{2,12}")


_MASTHEAD = re.compile(rf"^({_PAPER})\s+(?=第|[A-Z]?\d)")


def _rest_is_nav(line: str, match: re.Match) -> bool:
    rest = line[match.end() :].strip()
    return not rest or is_furniture(rest) or not _HAN.search(rest)


def is_tail_furniture(line: str) -> bool:
    """Footer lines ('地址:…', '主办:…'), furniture only after the page's text."""
    flat = squeeze(line)
    return len(line) <= 60 and any(flat.startswith(word) for word in words().tail)


def is_disclaimer(line: str) -> bool:
    """The site's notice under an article: '免责声明:…', '本文仅代表作者…'."""
    if line[:1] not in _DISCLAIMER_STARTS:
        return False
    flat = squeeze(line)
    return any(flat.startswith(word) for word in words().disclaimers)


def editor_block(line: str) -> bool:
    """'总值班 王一 统筹 李二 责编 张三', '审核:赵四 校对:钱五': an editor block."""
    if len(line) > 60 or not _EDITOR_ROLE_HINT.search(line):
        return False
    found = re.findall(
        r"([\u4e00-\u9fff]{2,3})(?:\s*[:：]\s*|\s+)[\u4e00-\u9fff·]{2,4}", line
    )
    roles = [r for r in found if r in words().editor_roles]
    if not roles or len(line) > 60:
        return False
    stripped = line
    for role in words().editor_roles:
        stripped = stripped.replace(role, " ")
    return len(roles) >= 1 and bool(re.match(r"^[\s:：\u4e00-\u9fff·、/|]*$", stripped))


_TAG_DEBRIS = re.compile(
    r"[A-Za-z_]*\"?\s*(?:[a-z-]+=\"[^\"]*\"\s*)+/?>|</?[a-z][^>\n]{0,200}>", re.I
)


def without_debris(line: str) -> str:
    """A line without the HTML left in it ('SourcePh" style="display:none">')."""
    if "=" not in line and "<" not in line and ">" not in line:
        return line
    return _TAG_DEBRIS.sub("", line).strip()
