"""Pages printed in traditional characters, read as simplified ones and kept as printed.

The reader's words (本报讯, 记者, 通讯员, 摄, 来源, 编辑 …) are written in
simplified characters; a page OCR'd from a paper of the early 1950s, or one
from Hong Kong, Macao or Taiwan, prints 本報訊, 記者, 通訊員, 攝. Rather than
spell every word twice, such a page is read in simplified characters, each
character converted alone (OpenCC's table, one character for one, so every
offset into the page stays where it was), and what is read from it is given
back in the page's own characters: the archive keeps 郊區農業社, never a
conversion the paper did not print.

A page is taken for traditional when several of the commonest characters
that exist only in traditional writing occur in it; a simplified page that
quotes a name (臺灣) is read as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .drafts import ArticleDraft, CaptionDraft, PageDraft

# Frequent characters that simplified writing does not use (each has a
# simplified form of its own).
_TRADITIONAL_ONLY = (
    "這個們來時說會國發經開為與對學關區實點體當從動員業後機還產電長現進報記訊"
    "幾裡麼讓應話東車門問見書樣種華萬頭將設計農縣鄉廠軍場團體質總內處過義議"
    "勞線幹歲無倆陽陰雲風愛權邊廣條聯網際專導備舉據續紀錄費買賣價錢"
)
_HINT = re.compile(f"[{_TRADITIONAL_ONLY}]")
MIN_HINTS = 5  # traditional-only characters that make a page traditional
MIN_SHARE = 0.02  # of its Han characters
_HAN = re.compile(r"[\u3400-\u9fff]")
# The small forms of punctuation OCR reads off old type ('就緒﹒', '統計﹐'):
# read as the forms the reader knows.
_SMALL_FORMS = "﹐﹑﹒﹔﹕﹖﹗﹙﹚"
_SMALL = str.maketrans(_SMALL_FORMS, "，、。；：？！（）")
_SMALL_HINT = re.compile(f"[{_SMALL_FORMS}]")


@cache
def _converter() -> Any:
    import opencc  # noqa: PLC0415 (only traditional pages need it)

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _simplified(char: str) -> str:
    converted = _converter().convert(char)
    return converted if len(converted) == 1 else char


@dataclass(frozen=True)
class Folding:
    """A traditional page's text in simplified characters, and the way back."""

    simplified: str
    back: dict[str, str]  # a character read -> the page's own, where only one

    def restore(self, text: str | None) -> str | None:
        if not text:
            return text
        return "".join(self.back.get(c, c) for c in text)


def folding(text: str) -> Folding | None:
    """The folding of a page printed in traditional characters (or with
    punctuation's small forms), else None."""
    head = text[:20000]
    hints = len(_HINT.findall(head))
    traditional = hints >= MIN_HINTS and hints >= MIN_SHARE * len(_HAN.findall(head))
    if not traditional and not _SMALL_HINT.search(text):
        return None
    simplified = text.translate(_SMALL)
    if traditional:
        simplified = "".join(_simplified(c) if _HAN.match(c) else c for c in simplified)
    seen: dict[str, set[str]] = {}
    for old, new in zip(text, simplified, strict=True):
        seen.setdefault(new, set()).add(old)
    back = {  # a character read back as the page's only where it is one
        new: olds.pop() for new, olds in seen.items() if len(olds) == 1
    }
    return Folding(simplified, {n: o for n, o in back.items() if n != o})


def restore(page: PageDraft, fold: Folding, text: str) -> None:
    """``page`` read from ``fold.simplified`` with what it read given back in
    the page's own characters (places stay the gazetteer's names)."""
    page.text = text
    page.publication = fold.restore(page.publication)
    for article in page.articles:
        _article(article, fold)
    for caption in page.captions:
        _caption(caption, fold)


def _article(article: ArticleDraft, fold: Folding) -> None:
    for name in ("title", "kicker", "subtitle", "summary", "dateline", "section"):
        setattr(article, name, fold.restore(getattr(article, name)))
    article.paragraphs = [fold.restore(p) or "" for p in article.paragraphs]
    article.joins = [fold.restore(j) or "" for j in article.joins]
    article.people = {
        role: [fold.restore(n) or "" for n in names]
        for role, names in article.people.items()
    }
    for caption in article.captions:
        _caption(caption, fold)


def _caption(caption: CaptionDraft, fold: Folding) -> None:
    caption.text = fold.restore(caption.text) or ""
    caption.label = fold.restore(caption.label)
    caption.credit = fold.restore(caption.credit)
    caption.section = fold.restore(caption.section)
    caption.photographers = [fold.restore(n) or "" for n in caption.photographers]
