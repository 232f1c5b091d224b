"""A page's lines as blocks, each of a kind told by the line alone.

Furniture, metadata, a page label, a heading, a byline, a caption, a dateline,
a letter's salutation, a bare name, a headline's shape, or body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import captions, furniture, letters, people
from .dates import HAN_DATE

TERMINAL = "。！？!?；;…”’」』）)：:"
HAN = re.compile(r"[\u4e00-\u9fff]")
_SPACES = re.compile(r"[ \t\xa0\u3000]+")
_HEADING = re.compile(r"^(#{1,6})[ \t\u3000]+(.+)$")
# A page's 'key: value' line naming its title: '标题：关于…的答复'.
_TITLE_KEY = re.compile(r"^((?:文章)?标题|题目|题名)[ \t]*[:：][ \t]*(\S.{1,60})$")
DATELINE = re.compile(
    r"^(?P<lead>本报讯|据?(?:新华社|中新社)[\u4e00-\u9fff\d]{0,10}电"
    r"|(?:本报|[\u4e00-\u9fff]{1,4}网)[\u4e00-\u9fff\d]{1,10}电"
    r"|(?:本报|[\u4e00-\u9fff]{2,6})[\u4e00-\u9fff]{0,4}(?:\d{1,2}月)?\d{1,2}日讯"
    r"|[\u4e00-\u9fff]{2,6}讯)[ \u3000]*"
    r"(?:[（(](?P<credit>[^（()）]{1,60})[)）])?[ \u3000]*"
)
SUMMARY = re.compile(r"^[【\[]?(?:核心提示|内容提要|导读|导语)[】\]]?[:：\s\u3000]*")
_SUBTITLE = re.compile(r"^[—－-]{1,2}")
# The marks papers set before a head: a subhead's, or a title's in a page's
# list of headlines and over its text ('■ 首批渔民搬进新社区', '▌出门记得…').
MARKS = "◆■●▌▍▎▐★☆▲►▶◇◉"
_MARKED = re.compile(rf"^[{MARKS}]+[ \t\u3000]*")
SUBHEAD = re.compile(
    rf"^([{MARKS}]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
)
_ASIDE = re.compile(
    r"^(?:注|附注|作者简介|作者单位|简介|编者按|编者的话|编后)[:：]"
    r"|^[（(](?:作者|本文作者)(?:系|为|是|单位)"
)
_DATED = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")
_LEAD_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]")
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_CLAUSE = re.compile(r"[，,；;]")
_SENTENCE_END = re.compile(r"[。！？!?：:…]")
MAX_HEADLINE = 48
MAX_SECTION = 10
MAX_VERSE = 20  # a line of verse, or of a headline list


@dataclass
class Block:
    text: str
    start: int
    end: int
    kind: str = "body"
    level: int = 0  # Markdown heading level
    caption: captions.CaptionParts | None = None
    index: int = 0  # position among the page's blocks
    keyed: bool = False  # a title the page names as one ('标题：…')
    lead: bool = False  # an anchor's lead over a script's report: its summary
    cells: int = 1  # the cells of a table's row ('1\t韦秀丽\t柳江区新闻中心': 3)


def split_blocks(text: str) -> list[Block]:
    """One block per non-empty line, with its offsets in ``text``."""
    blocks: list[Block] = []
    script = furniture.script_page(text)
    cues: list[tuple[Block, str]] = []  # the script's lines and their cues
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip(" \t\r\f\v\u3000\xa0\ufeff")
        if not stripped:
            continue
        start = match.start() + line.index(stripped[0])
        end = start + len(stripped)
        cue = furniture.script_cue(stripped)  # '【口播】8月14日…': the text read out
        word = furniture.cue_word(stripped) if cue else None
        spoken = furniture.spoken_cue(stripped) if script and not cue else None
        if spoken is not None:  # '主持人：近日…' in a script
            cue, word = spoken
        if cue and stripped[cue:].strip(" \t\u3000"):
            start, stripped = start + cue, stripped[cue:]
        stripped = _SPACES.sub(" ", furniture.without_debris(stripped))
        if not stripped.strip():
            stripped = line.strip()  # debris alone: furniture, as it was
        block = Block(stripped, start, end, index=len(blocks), cells=cells(line))
        heading = _HEADING.match(stripped) or _TITLE_KEY.match(stripped)
        if heading:
            inner = heading.group(2).strip()
            block = Block(
                inner,
                end - len(inner),
                end,
                "heading",
                len(heading.group(1)) if heading.group(1)[0] == "#" else 1,
                None,
                len(blocks),
                heading.group(1)[0] != "#",
            )
        if word is not None:
            cues.append((block, word))
        blocks.append(block)
    _anchor_lead(cues)
    return blocks


def _anchor_lead(cues: list[tuple[Block, str]]) -> None:
    """The anchor's first line over the report ('主持人：近日…' before
    '记者：…' or '正文：…') is the script's lead: its summary."""
    if not cues or cues[0][1] not in furniture.words().anchor_cues:
        return
    if any(word in furniture.words().reporter_cues for _, word in cues[1:]):
        cues[0][0].lead = True


# What stands between a table's cells when its rows are copied as text: a tab,
# a wide space, or two spaces and more (one space parts words of a name).
_CELL_GAP = re.compile(r"(?<=\S)(?:\t[ \t\u3000]*|\u3000[ \t\u3000]*|  +)(?=\S)")


def cells(line: str) -> int:
    """How many cells a line holds as a table's row copied as text."""
    if "\t" not in line and "\u3000" not in line and "  " not in line:
        return 1
    return len(_CELL_GAP.findall(line.strip(" \t\r\f\v\u3000\xa0\ufeff"))) + 1


def merge_credits(blocks: list[Block]) -> list[Block]:
    """Join a caption cut before its credit ('…召开。本报记者' + '蒋鑫 摄'); a
    credit in brackets after two numbered captions is theirs both."""
    merged: list[Block] = []
    for block in blocks:
        if (
            merged
            and merged[-1].kind == "body"
            and (
                captions.dangling_credit(merged[-1].text)
                or captions.parse(merged[-1].text)
            )
            and captions.credit_only(block.text)
            and not _shared_credit(merged, block.text)
        ):
            last = merged[-1]
            merged[-1] = Block(f"{last.text} {block.text}", last.start, block.end)
        else:
            merged.append(block)
    for i, block in enumerate(merged):
        block.index = i
    return merged


def _shared_credit(merged: list[Block], line: str) -> bool:
    """'（本报记者 张伟 摄）' under '图①：…' and '图②：…', none credited."""
    if line[:1] not in "（(" or len(merged) < 2:
        return False
    above = [captions.parse(b.text) for b in merged[-2:]]
    return all(p is not None and p.label and not p.photographers for p in above)


def kind_of(block: Block) -> str:  # noqa: PLR0911 (one return per kind of block)
    text = block.text
    if block.lead:
        return "summary"
    if block.kind == "heading":  # but a sidebar's head ('## 相关新闻') is furniture
        return "furniture" if furniture.sidebar_head(text) else "heading"
    if (
        furniture.is_furniture(text)
        or furniture.is_disclaimer(text)
        or furniture.editor_block(text)
    ):
        return "furniture"
    if furniture.page_header(text):
        return "pagehead"
    if people.is_byline(text):
        return "byline"
    if furniture.is_meta(text) or dated_line(text):
        return "meta"
    if captions.group_credit(text):
        return "credit"
    if SUMMARY.match(text) and len(text) > 6:
        return "summary"
    if furniture.category_title(text) and len(text) <= MAX_HEADLINE + 12:
        return "category"
    if _SUBTITLE.match(text) and len(text) <= MAX_HEADLINE + 4 and HAN.search(text):
        return "subtitle"
    parts = captions.parse(text)
    if parts is not None and parts.text.strip() and not DATELINE.match(text):
        block.caption = parts
        return "caption"
    if DATELINE.match(text) and len(text) > 12:
        return "dateline"
    return _kind_of_text(text)


def unmarked(text: str) -> str:
    """A head without the mark set before it ('■ 春天过敏' → '春天过敏')."""
    return _MARKED.sub("", text) if text[:1] in MARKS else text


def _kind_of_text(text: str) -> str:  # noqa: PLR0911 (one return per kind)
    if letters.salutation(text):
        return "salutation"
    if text[:1] in MARKS:  # '■晋江', '▌过敏原因不止一种': a marked head
        head = unmarked(text)
        if 2 <= len(head) <= MAX_HEADLINE and "。" not in head and HAN.search(head):
            return "headline"
    if _ASIDE.match(text):
        return "aside"
    if people.person_name(text):
        return "name"
    if people.speaker(text):
        return "speaker"
    if headline_like(text):
        return "headline"
    return "body"


# Who speaks, opening a line of an interview: '记者：…？', '问：…'.
_DIALOGUE = re.compile(r"^(?:本报)?(?:记者|问|答|主持人|[QA])\s*[:：]")


def headline_like(text: str) -> bool:
    """Short, unpunctuated like a sentence, and Chinese: a headline's shape
    (an interview's question, '记者：…？', is not one)."""
    if text[:1] in "记本问答主QA" and _DIALOGUE.match(text):
        return False
    if re.fullmatch(r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){0,2}", text):
        return True  # '石', '母 爱': an essay's or a poem's short title
    if not (4 <= len(text) <= MAX_HEADLINE and HAN.search(text)) or "。" in text:
        return False
    if text[-1] not in TERMINAL:
        return True
    # a quoted or exclaimed headline: '“这才是真正的河南!”', or one ending
    # in a quoted name: '老街开了“共享书屋”'
    inner = _LEAD_PLACE.sub("", text.rstrip("”’」』"))  # '扬州：…“城市书房”'
    return (
        len(text) <= 30
        and not _CLAUSE.search(text)
        and (
            inner[-1:] in "!！?？"
            or (text[0] in "“「『" and text[-1] in "”」』")
            or (text[-1] in "”」』" and not _SENTENCE_END.search(inner))
        )
    )


def dated_line(text: str) -> bool:
    """'http://… 2004年12月12日03:31 河南报业网-河南日报', '2023年7月18日',
    '二〇二三年四月二十八日'."""
    if len(text) > 80:
        return False
    if not _DATED.search(text):
        return "年" in text and bool(HAN_DATE.fullmatch(text.strip()))
    if re.search(r"[，,。]", text):
        return False
    rest = _URL.sub("", _CLOCK.sub("", _DATED.sub("", text)))
    rest = re.sub(r"[日\s星期一二三四五六天周\-－—|丨/]+", "", rest)
    return len(rest) <= 14
