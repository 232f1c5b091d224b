"""Blocks' kinds among their neighbours: what a line is depends on what is around it.

A short line over a heading is a kicker; a short head over heads or photos a
section; short lines right under a title and its author's name are verse; a
short sentence between two photos is a photo's caption; a line the folder's
other pages also print is furniture unless it stands where a title does; and
after the page's last text come only footers and sidebars.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import captions, furniture, letters, people
from .blocks import MARKS, MAX_SECTION, MAX_VERSE, SUBHEAD, Block

_TEXT = ("body", "dateline", "verse", "row")
_HEADS = ("byline", "name", "summary", "subtitle", "heading", "headline", "caption")
_SHORT_KINDS = ("headline", "body", "name", "speaker", "salutation")
_SENTENCE = re.compile(r"[，,；;]")
MAX_TAIL = 24  # a footer or sidebar line after the page's last text
MAX_PHOTO_LINE = 40  # an uncredited caption between two photos
MAX_CREDITED = 6  # photos one group credit line may follow
MAX_CREDITED_LINE = 30


def in_context(blocks: list[Block], known: Collection[str] = ()) -> list[Block]:
    """``blocks`` with the kinds their neighbours give them."""
    _tables(blocks)
    _appendices(blocks)
    _kickers(blocks)
    _questions(blocks)
    _sections(blocks)
    verse(blocks)
    _photo_lines(blocks)
    _closing_credits(blocks)
    _credited_lines(blocks)
    _photo_bylines(blocks)
    _senders(blocks)
    _signatures(blocks)
    if known:
        _learnt(blocks, known)
    _comments(blocks)
    _tail(blocks)
    return blocks


def following(blocks: list[Block], i: int) -> Block | None:
    """The next block that is not furniture or metadata."""
    for block in blocks[i + 1 :]:
        if block.kind not in ("furniture", "meta", "pagehead"):
            return block
    return None


def _previous(blocks: list[Block], i: int) -> Block | None:
    for block in reversed(blocks[:i]):
        if block.kind not in ("furniture", "meta", "pagehead"):
            return block
    return None


MIN_ROWS = 3  # lines of as many cells each that make a table
_ROW_KINDS = ("body", "name", "headline", "byline", "speaker", "salutation")


def _tables(blocks: list[Block]) -> None:
    """Lines in a run of as many cells each (a list of names and units, a
    notice's table copied as text: '1　韦秀丽　柳江区新闻中心') are a table's
    rows: the text's, each a paragraph, never a byline, a head or a footer."""
    run: list[Block] = []
    for block in [*blocks, None]:
        if (
            block is not None
            and block.cells > 1
            and block.kind in _ROW_KINDS
            and (not run or block.cells == run[-1].cells)
        ):
            run.append(block)
            continue
        if len(run) >= MIN_ROWS:
            for row in run:
                row.kind = "row"
        run = [block] if block is not None and block.cells > 1 else []
        if run and run[0].kind not in _ROW_KINDS:
            run = []


# '附件：2022年度优秀通讯员名单', '附件2：…': what a document says it appends.
_APPENDIX = re.compile(
    r"^附件\s*\d{0,2}\s*[:：.．、]\s*(?:\d{1,2}\s*[.．、])?\s*(.{2,60})$"
)
_APPENDIX_MARK = re.compile(r"^附件\s*\d{0,2}$")


def _appendices(blocks: list[Block]) -> None:
    """The title of a list or table a document appends ('附件' over it, or
    named by the '附件：…' line under its text) heads a part of the same
    document, not a new article: a subhead in its text."""
    named = set()
    for i, block in enumerate(blocks):
        found = _APPENDIX.match(block.text)
        if found:
            named.add(furniture.squeeze(found.group(1).strip("《》〈〉 ")))
            continue
        if block.kind not in ("heading", "headline") or i == 0:
            continue
        marked = _APPENDIX_MARK.match(blocks[i - 1].text)
        if marked or furniture.squeeze(block.text) in named:
            block.kind = "appendix"
            if marked:
                blocks[i - 1].kind = "furniture"


def _kickers(blocks: list[Block]) -> None:
    """A short line over a Markdown heading is its kicker."""
    for i, block in enumerate(blocks):
        after = following(blocks, i)
        if (
            block.kind == "body"
            and after is not None
            and after.kind == "heading"
            and len(block.text) <= 16
            and not re.search(r"[，。,]", block.text)
        ):
            block.kind = "headline"


MAX_QUESTION = 30  # a headline asking a question: '…，今年有哪些新变化？'


def _questions(blocks: list[Block]) -> None:
    """A short question where a title stands, over its subtitle or byline and
    under nothing of the text, is the title: an explainer's or an interview's
    headline asks what its text answers ('老旧小区改造，今年有哪些新变化？'
    over '——市住建局有关负责人答记者问')."""
    for i, block in enumerate(blocks):
        if (
            block.kind != "body"
            or block.text[-1:] not in "？?"
            or len(block.text) > MAX_QUESTION
            or re.search(r"[。；;：:]", block.text)
        ):
            continue
        after, before = following(blocks, i), _previous(blocks, i)
        if (
            after is not None
            and after.kind in ("subtitle", "byline", "name")
            and (before is None or before.kind not in _TEXT)
        ):
            block.kind = "headline"


def _sections(blocks: list[Block]) -> None:
    """Short heads over heads or photos name the page's section; so does a
    digest's name over its untitled items (县区快讯 over 本报讯 paragraphs)."""
    for i, block in enumerate(blocks):
        if block.kind in ("heading", "headline") and len(block.text) <= MAX_SECTION:
            after = following(blocks, i)
            kind = after.kind if after is not None else None
            if after is not None and _marked(after) and not _marked(block):
                later = following(blocks, after.index)  # '县域快讯' over '■晋江'
                kind = "dateline" if later and later.kind == "dateline" else kind
            if (
                kind == "caption"
                or (kind == "heading" and block.kind == "heading")
                or (
                    kind in ("heading", "headline")
                    and furniture.is_section_name(block.text)
                )
                or (kind == "dateline" and _digest(blocks, i))
                or (kind == "headline" and _BRACKETED_LABEL.fullmatch(block.text))
            ):
                block.kind = "section"


# A column's label in brackets over a title: '【政策解读】', '【城事】'.
_BRACKETED_LABEL = re.compile(r"【[\u4e00-\u9fff·]{2,8}】")
_DIGEST_NAME = re.compile(
    r"(?:快讯|简讯|短讯|快报|简报|速递|速览|一览|集锦|播报|扫描|传真)$"
)
MIN_DIGEST = 3  # untitled items that make a digest whatever its name


def _digest(blocks: list[Block], i: int) -> bool:
    """Does the head at ``i`` stand over a run of items with no head of their
    own, each opened by its dateline: a digest of short news, of which it is
    the column's name, not the first item's title?"""
    items = 0
    for block in blocks[i + 1 :]:
        if block.kind == "dateline":
            items += 1
        elif block.kind not in ("body", "furniture", "meta") and not _marked(block):
            break  # an item's own marked head ('■晋江') goes on with the run
    named = bool(_DIGEST_NAME.search(blocks[i].text))
    return items >= MIN_DIGEST or (items >= 2 and named)


def _marked(block: Block) -> bool:
    return block.kind == "headline" and block.text[:1] in MARKS


def _short(block: Block) -> bool:
    return block.kind in _SHORT_KINDS and len(block.text) <= MAX_VERSE


def verse(blocks: list[Block]) -> None:
    """Three or more short lines under a title and its author: a poem."""
    for i, block in enumerate(blocks):
        if (
            block.kind != "name"
            or i == 0
            or blocks[i - 1].kind
            not in (
                "headline",
                "heading",
                "name",
            )
        ):
            continue
        run = []
        for later in blocks[i + 1 :]:
            if not _short(later):
                break
            run.append(later)
        if len(run) >= 3:
            for line in run:
                line.kind = "verse"


def _photo_lines(blocks: list[Block]) -> None:
    """A short sentence between two photo captions is a caption too."""
    for i, block in enumerate(blocks):
        if block.kind != "body" or len(block.text) > MAX_PHOTO_LINE:
            continue
        before, after = _previous(blocks, i), following(blocks, i)
        if (
            before is not None
            and after is not None
            and before.kind == after.kind == "caption"
        ):
            block.kind = "caption"
            block.caption = captions.CaptionParts(None, block.text, (), None)


def _closing_credits(blocks: list[Block]) -> None:
    """A photographers' byline ('摄影：叶向东 陈佳') under lines of text, not
    under a head, credits the photos those lines are captions of."""
    for i, block in enumerate(blocks):
        if block.kind != "byline" or not captions.group_names(block.text):
            continue
        before = _previous(blocks, i)
        if before is not None and before.kind == "body":
            block.kind = "credit"


_DATE_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日[，,]?")


def _credited_lines(blocks: list[Block]) -> None:
    """Short lines right over a group credit ('（本栏图片均由…提供）') are the
    captions of the photos it credits; a line of clauses is the text's."""
    for i, block in enumerate(blocks):
        if block.kind != "credit":
            continue
        for above in reversed(blocks[max(0, i - MAX_CREDITED) : i]):
            if above.kind != "body" or len(above.text) > MAX_CREDITED_LINE:
                break
            if len(re.findall(r"[。！？]", above.text)) > 1:
                break
            if _SENTENCE.search(_DATE_LEAD.sub("", above.text)):
                break
            above.kind = "caption"
            above.caption = captions.CaptionParts(None, above.text, (), None)


MIN_PHOTO_RUN = 2
_ENDS = re.compile(r"[。！？!?]")
_STOPS = ("byline", "section", "pagehead", "heading", "dateline")


def _photo_bylines(blocks: list[Block]) -> None:
    """Under a byline that says its photos are printed ('□本报记者 杨帆 文/图',
    '某某/图'), a run of short one-sentence lines is their captions, though
    no credit line follows them."""
    for i, block in enumerate(blocks):
        if block.kind != "byline":
            continue
        shot = tuple(n for r, n in people.credits(block.text) if r == "photographer")
        if not shot:
            continue
        run: list[Block] = []
        for later in [*blocks[i + 1 :], None]:
            if later is not None and later.kind in ("furniture", "meta"):
                continue
            if later is not None and later.kind == "body" and _photo_line(later.text):
                run.append(later)
                continue
            closing = later is None or later.kind in _STOPS or later.kind == "headline"
            if len(run) >= MIN_PHOTO_RUN or (closing and _lone_photo(blocks, run)):
                for line in run:
                    line.kind = "caption"
                    line.caption = captions.CaptionParts(None, line.text, shot, None)
            run = []
            if (
                later is None
                or later.kind in _STOPS
                or (later.kind == "headline" and not SUBHEAD.match(later.text))
            ):
                break


MAX_LONE_PHOTO = 20


def _lone_photo(blocks: list[Block], run: list[Block]) -> bool:
    """One short line closing the text of a '文/图' article, after its longer
    paragraphs, is its one photo's caption ('工人在生产线上分装螺蛳粉。')."""
    if len(run) != 1 or len(run[0].text) > MAX_LONE_PHOTO:
        return False
    before = _previous(blocks, run[0].index)
    return (
        before is not None
        and before.kind == "body"
        and len(before.text) > 2 * len(run[0].text)
    )


def _photo_line(text: str) -> bool:
    ends = _ENDS.findall(text)
    return (
        len(text) <= MAX_CREDITED_LINE
        and len(ends) <= 1
        and (not ends or text[-1] in "。！？!?")
        and not _SENTENCE.search(text[:-1] if ends else text)
    )


MAX_SENDER = 30


def _senders(blocks: list[Block]) -> None:
    """A letter's sender ('烟台市住房和城乡建设局') is printed over it and again
    in its signature after the text: both are furniture, neither the letter's
    title nor its kicker."""
    opening = next((b.index for b in blocks if b.kind == "salutation"), None)
    if opening is None:
        opening = next((b.index for b in blocks if b.kind in _TEXT), None)
        if opening is None or letters.subject(blocks[opening].text) is None:
            return
    last = max((b.index for b in blocks if b.kind in _TEXT), default=None)
    if last is None:
        return
    signed = {
        furniture.squeeze(b.text): b
        for b in blocks[last + 1 :]
        if len(b.text) <= MAX_SENDER and b.kind in _SIGNATURE
    }
    for block in blocks[:opening]:
        key = furniture.squeeze(block.text)
        if block.kind in _SIGNATURE and key in signed:
            block.kind = signed[key].kind = "furniture"


_SIGNATURE = ("headline", "heading", "name", "body", "furniture")
# An office's name as it signs ('柳州日报社', '宜昌市精神文明建设委员会办公室').
_SIGNER = re.compile(
    r"^[\u4e00-\u9fff（()）]{2,30}(?:社|局|委|办|办公室|院|会|中心|政府|公司|部|厅|处|站"
    r"|室|所|馆|队|校|学校|集团|银行|街道|法院|检察院)$"
)
# The day a document is signed: '2023年1月16日', '二〇二三年一月十六日'.
_SIGNED_ON = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日)$"
)


def _signatures(blocks: list[Block]) -> None:
    """An office's name over the day it signs, under a text: the document's
    signature, furniture wherever it stands (a list may follow it)."""
    for i, block in enumerate(blocks[1:-1], 1):
        after = blocks[i + 1]
        if (
            block.kind in _SIGNATURE
            and _SIGNER.match(block.text)
            and _SIGNED_ON.match(after.text.strip())
            and any(b.kind in _TEXT for b in blocks[:i])
        ):
            block.kind = after.kind = "furniture"


def _learnt(blocks: list[Block], known: Collection[str]) -> None:
    """Lines the folder's other pages print too are the site's, where no title is."""
    for i, block in enumerate(blocks):
        if block.kind not in _SHORT_KINDS or len(block.text) > 60:
            continue
        if re.search(r"[。！？!?]", block.text):
            continue  # sentences are text, however often a template repeats them
        if furniture.squeeze(block.text) not in known:
            continue
        after = following(blocks, i)
        if after is None or after.kind not in (*_TEXT, *_HEADS):
            block.kind = "furniture"  # not a title, a kicker or a column's name


# What opens a page's comments or a thread's replies, after the text: '评论(2)',
# '网友评论', '沙发 某某 发表于 2021-8-9 15:01', '2楼'.
_COMMENTS = re.compile(
    r"(?:网友|全部|热门|最新|精彩|读者)?(?:评论|留言|跟帖|跟贴|回复|回帖)"
    r"(?:[(（]\d+[)）]|\d+条?)?"
)
_REPLY = re.compile(r"^(?:沙发|板凳|地板|\d{1,3}楼|\d{1,3}#)")
MAX_REPLY_MARK = 6


def _comments(blocks: list[Block]) -> None:
    """After the text, a line that opens the comments or a reply (or another
    post's line of who posted it when) begins what readers wrote: none of it
    is the article's."""
    seen = False
    for i, block in enumerate(blocks):
        if block.kind in _TEXT:
            seen = True
            continue
        if not seen:
            continue
        flat = furniture.squeeze(block.text)
        posted = block.kind in ("meta", "furniture") and furniture.posted(block.text)
        reply = _REPLY.match(flat) and (len(flat) <= MAX_REPLY_MARK or posted)
        if _COMMENTS.fullmatch(flat) or reply or posted:
            for later in blocks[i:]:
                later.kind = "furniture"
            return


def _tail(blocks: list[Block]) -> None:
    """After the page's last text only footers, sidebars and signatures follow."""
    last = max((i for i, b in enumerate(blocks) if b.kind in _TEXT), default=None)
    if last is None:
        return
    after = following(blocks, last)
    if (
        blocks[last].kind == "body"
        and after is not None
        and after.kind == "headline"
        and after.text[-1] in "。！？!?"
    ):  # the text's closing sentence ('感谢您对水利工作的关心和支持！')
        after.kind = "body"
        last = after.index
    for block in blocks[last + 1 :]:
        if _SENTENCE.search(block.text):
            continue  # text cut off at the page's end, not a footer
        if (block.kind in _SHORT_KINDS and len(block.text) <= MAX_TAIL) or (
            block.kind in ("body", "headline")
            and furniture.is_tail_furniture(block.text)
        ):
            block.kind = "furniture"
