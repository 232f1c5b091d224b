"""Lines a page's text was broken into by its column's width, joined again.

Text copied out of a page's PDF (or OCR'd from a scan) keeps the column's
line breaks: a paragraph comes as several lines, each cut wherever the column
ended, mid-word and mid-sentence, and a headline set in large type may come
as two lines. Nothing marks such a page but the shape of its lines, so that
is what is read: when several lines of text (lines with a clause in them) end
mid-sentence and the next line goes on with the sentence, the page is
wrapped. Its paragraphs are then rebuilt from the lines: a line ending
mid-sentence goes on in the next; where the page indents its paragraphs, an
unindented line goes on the one before when that one fills the column; a
line of another kind (a byline, a caption, a page's head, furniture) or a
subhead is never joined. A page of one paragraph a line is left as it is.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from .blocks import MARKS, SUBHEAD, Block, kind_of

# What a wrapped line may be read as on its own: a cut sentence is often short
# and unpunctuated enough to look like a head or a name.
_WEAK = frozenset({"body", "dateline", "headline", "name"})
_CONTINUED = frozenset({"body", "headline", "name"})
_ENDS = "。！？!?；;…”’」』）)：:"
_CLAUSE = re.compile(r"[，,、；;。！？]")
_STARTS = re.compile(r"[\u3400-\u9fff“「『（(0-9A-Za-z《]")
MIN_WRAPPED = 3  # lines cut mid-sentence that make a page wrapped
MIN_COLUMN = 2  # ... or as many lines of one width (a short story's)
MIN_SHARE = 0.3  # of its lines of text
SLACK = 2  # characters a full line may fall short of the column's width
# A headline's line that cannot end one: a particle or preposition wants more.
_DANGLING = re.compile(r"[的与及把被]$")
MAX_BROKEN_TAIL = 6  # the rest of a headline broken by the column


def _cut(text: str) -> bool:
    """Does the line stop mid-sentence?"""
    return text[-1:] not in _ENDS


def _texty(block: Block) -> bool:
    text = block.text  # a clause inside, or a comma at its end (never a head's)
    return block.kind in _WEAK and (
        bool(_CLAUSE.search(text[:-1])) or text[-1:] in "，,、"
    )


def _indented(text: str, block: Block) -> bool:
    line_start = text.rfind("\n", 0, block.start) + 1
    return block.start > line_start


def unwrap(blocks: list[Block], text: str) -> list[Block]:
    """``blocks`` with a wrapped page's lines joined into paragraphs (and its
    headlines broken over two lines joined into one); else as they are."""
    pairs = list(pairwise(blocks))
    cut = [
        a
        for a, b in pairs
        if _texty(a) and _cut(a.text) and _continues(b) and b.start > a.end
    ]
    texty = sum(1 for b in blocks if _texty(b))
    lengths = [len(b.text) for b in cut]
    column = len(cut) >= MIN_COLUMN and max(lengths) - min(lengths) <= SLACK
    wrapped = (len(cut) >= MIN_WRAPPED or column) and len(cut) >= MIN_SHARE * texty
    if not wrapped:
        return _heads_joined(blocks, False)
    width = median(len(b.text) for b in cut)
    indents = [_indented(text, b) for b in blocks]
    indenting = sum(indents) >= 2
    joined: list[Block] = []
    last_line = 0  # the length of the joined block's last line
    for block, indented in zip(blocks, indents, strict=True):
        before = joined[-1] if joined else None
        if before is not None and _joins(
            before,
            block,
            indented=indented,
            indenting=indenting,
            line=last_line,
            width=width,
        ):
            ascii_ends = before.text[-1:].isascii() and block.text[:1].isascii()
            glue = " " if ascii_ends else ""
            merged = Block(before.text + glue + block.text, before.start, block.end)
            merged.kind = kind_of(merged)
            if merged.kind not in _WEAK:
                merged.kind = "body"
            joined[-1] = merged
        else:
            joined.append(block)
        last_line = len(block.text)
    for i, block in enumerate(joined):
        block.index = i
    return _heads_joined(joined, True)


def _continues(block: Block) -> bool:
    return (
        block.kind in _CONTINUED
        and block.text[:1] not in MARKS
        and not SUBHEAD.match(block.text)
        and bool(_STARTS.match(block.text))
    )


def _joins(
    before: Block,
    block: Block,
    *,
    indented: bool,
    indenting: bool,
    line: int,
    width: float,
) -> bool:
    """Does ``block`` go on the text of ``before``, whose last line is ``line``
    characters long?"""
    if not (_texty(before) or line >= width - SLACK) or before.kind not in _WEAK:
        return False
    if not _continues(block):
        return False
    if indenting:
        return not indented and (_cut(before.text) or line >= width - SLACK)
    return _cut(before.text)


def _heads_joined(blocks: list[Block], wrapped: bool) -> list[Block]:
    """A headline broken over two lines ('鼓浪屿上的' over '老唱片博物馆'; on
    a wrapped page, a long line over the few characters the column left):
    one headline."""
    joined: list[Block] = []
    for block in blocks:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.kind == block.kind == "headline"
            and before.text[:1] not in MARKS
            and block.text[:1] not in MARKS
            and (
                _DANGLING.search(before.text)
                or (
                    wrapped
                    and len(block.text) <= MAX_BROKEN_TAIL
                    and len(before.text) >= 2 * len(block.text)
                    and " " not in before.text
                )
            )
        ):
            merged = Block(before.text + block.text, before.start, block.end)
            merged.kind = "headline"
            joined[-1] = merged
        else:
            joined.append(block)
    for i, block in enumerate(joined):
        block.index = i
    return joined
