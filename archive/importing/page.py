"""Reading one raw page into articles and captions.

Each non-empty line is a block; blocks are classified (furniture, web metadata,
heading, section, byline, caption, body …) and then assembled in reading order:
a headline followed by a byline or body opens an article, a 本报讯 paragraph
opens one even without a headline, a paragraph cut mid-sentence (by a column
break, or by a caption dropped into it) is joined to the next, and a headline
printed far from its body is matched to it afterwards by shared wording.
Whatever cannot be placed is kept as a leftover span, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import gazetteer
from . import captions, furniture, people
from .dates import DateHint, full_date, month_day, resolve
from .drafts import ArticleDraft, CaptionDraft, PageDraft, Span

TERMINAL = "。！？!?；;…”’」』）)：:"
HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_SPACES = re.compile(r"[ \t\xa0\u3000]+")
_HEADING = re.compile(r"^(#{1,6})[ \t\u3000]+(.+)$")
_DATELINE = re.compile(
    r"^(?P<lead>本报讯|本报[\u4e00-\u9fff\d]{1,10}电|[\u4e00-\u9fff]{2,6}讯)[ \u3000]*"
    r"(?:[（(](?P<credit>[^（()）]{1,60})[)）])?[ \u3000]*"
)
_DATE_LEAD = re.compile(r"^(\d{1,2}月\d{1,2}日)")
_SUMMARY = re.compile(r"^[【\[]?(?:核心提示|内容提要|导读)[】\]]?[:：\s\u3000]*")
_SUBTITLE = re.compile(r"^[—－-]{1,2}")
_SUBHEAD = re.compile(
    r"^(◆|■|●|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
)
# What follows a headline (or a kicker over a heading), never a subhead.
_OPENERS = ("byline", "dateline", "subtitle", "summary", "heading")
MAX_HEADLINE = 48
MAX_SECTION = 10
ATTACH_SIMILARITY = 0.25  # a headline to the opening of its body
# A photo after an article is its photo when the caption shares this much of
# its wording with the article (measured: 0.72–1.0 for an article's own photos,
# at most 0.26 for the unrelated photos on the sample pages).
CAPTION_SIMILARITY = 0.4


@dataclass
class Block:
    text: str
    start: int
    end: int
    kind: str = "body"
    level: int = 0  # Markdown heading level
    caption: captions.CaptionParts | None = None


def read_page(
    text: str, *, hint: DateHint | None = None, city: str | None = None
) -> PageDraft:
    """Articles, captions, furniture and leftovers of one page's ``text``.

    ``hint`` is the date the file's name (or --year) gives; ``city`` the city
    the file's name gives, if any.
    """
    blocks = _classify(_merge_credits(split_blocks(text)))
    page = PageDraft(text=text)
    page.web = any(b.kind == "meta" for b in blocks) or any(
        b.kind == "furniture" and ("分享" in b.text or "打印" in b.text) for b in blocks
    )
    page.city = city or _page_city(text)
    _Assembler(page, blocks, hint or DateHint()).run()
    return page


def split_blocks(text: str) -> list[Block]:
    """One block per non-empty line, with its offsets in ``text``."""
    blocks = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip(" \t\r\u3000\xa0\ufeff")
        if not stripped:
            continue
        start = match.start() + line.index(stripped[0])
        end = start + len(stripped)
        stripped = _SPACES.sub(" ", stripped)  # no-break and ideographic spaces
        block = Block(stripped, start, end)
        heading = _HEADING.match(stripped)
        if heading:
            inner = heading.group(2).strip()
            block = Block(
                inner, end - len(inner), end, "heading", len(heading.group(1))
            )
        blocks.append(block)
    return blocks


def _merge_credits(blocks: list[Block]) -> list[Block]:
    """Join a caption cut before its credit ('…召开。本报记者' + '蒋鑫 摄')."""
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
        ):
            last = merged[-1]
            merged[-1] = Block(f"{last.text} {block.text}", last.start, block.end)
        else:
            merged.append(block)
    return merged


def _classify(blocks: list[Block]) -> list[Block]:
    for block in blocks:
        block.kind = _kind(block)
    for i, block in enumerate(blocks):  # a short line over a heading: a kicker
        following = _next(blocks, i)
        over_heading = following is not None and following.kind == "heading"
        if (
            block.kind == "body"
            and over_heading
            and len(block.text) <= 16
            and (not re.search(r"[，。,]", block.text))
        ):
            block.kind = "headline"
    for i, block in enumerate(blocks):  # sections: short heads over heads or photos
        if block.kind in ("heading", "headline") and len(block.text) <= MAX_SECTION:
            following = _next(blocks, i)
            kind = following.kind if following is not None else None
            if (
                kind == "caption"
                or (kind == "heading" and block.kind == "heading")
                or (
                    kind in ("heading", "headline")
                    and furniture.is_section_name(block.text)
                )
            ):
                block.kind = "section"
    return blocks


def _next(blocks: list[Block], i: int) -> Block | None:
    for block in blocks[i + 1 :]:
        if block.kind not in ("furniture", "meta"):
            return block
    return None


def _kind(block: Block) -> str:  # noqa: PLR0911 (one return per kind of block)
    text = block.text
    if block.kind == "heading":
        return "heading"
    if furniture.is_furniture(text):
        return "furniture"
    if furniture.is_meta(text):
        return "meta"
    if captions.group_credit(text):
        return "credit"
    if furniture.category_title(text) and len(text) <= MAX_HEADLINE + 12:
        return "category"
    if _SUMMARY.match(text) and len(text) > 6:
        return "summary"
    if _SUBTITLE.match(text) and len(text) <= MAX_HEADLINE + 4 and HAN.search(text):
        return "subtitle"
    parts = captions.parse(text)
    if parts is not None and not _DATELINE.match(text):
        block.caption = parts
        return "caption"
    if people.is_byline(text):
        return "byline"
    if _DATELINE.match(text) and len(text) > 12:
        return "dateline"
    if _headline_like(text):
        return "headline"
    return "body"


def _headline_like(text: str) -> bool:
    return (
        4 <= len(text) <= MAX_HEADLINE
        and text[-1] not in TERMINAL
        and "。" not in text
        and bool(HAN.search(text))
    )


def _page_city(text: str) -> str | None:
    counts: dict[str, int] = {}
    for place in gazetteer().find_in(text):
        counts[place.city] = counts.get(place.city, 0) + 1
    return max(counts, key=counts.get) if counts else None


class _Assembler:
    """Walks the blocks in reading order and builds the page's drafts."""

    def __init__(self, page: PageDraft, blocks: list[Block], hint: DateHint) -> None:
        self.page = page
        self.blocks = blocks
        self.hint = hint
        self.current: ArticleDraft | None = None
        self.heads: list[Block] = []
        self.byline: list[tuple[str, str]] = []
        self.byline_blocks: list[Block] = []
        self.byline_at = 0  # how many heads were pending when the byline came
        self.subtitle: Block | None = None
        self.summary: Block | None = None
        self.section: str | None = None
        self.views: int | None = None
        self.editors: list[str] = []
        self.orphans: list[Block] = []
        self.placed_captions: list[tuple[CaptionDraft, ArticleDraft | None, int]] = []
        self.credit_lines: list[tuple[str, int, ArticleDraft | None]] = []
        self.body_count: dict[int, int] = {}

    def run(self) -> None:
        for i, block in enumerate(self.blocks):
            getattr(self, f"_on_{block.kind}")(block, i)
        self._close_pending()
        self._title_orphans()
        self._attach_captions()
        self._finish()

    # Blocks

    def _on_furniture(self, block: Block, i: int) -> None:
        self.page.furniture.append(Span(block.start, block.end))
        self.editors += people.editors(block.text)

    def _on_meta(self, block: Block, i: int) -> None:
        self.page.furniture.append(Span(block.start, block.end))
        self.page.date = self.page.date or full_date(block.text)
        self.views = self.views or furniture.views(block.text)

    def _on_section(self, block: Block, i: int) -> None:
        self._close_pending()
        self.current = None
        self.section = block.text
        self._span_of(None, block)

    def _on_category(self, block: Block, i: int) -> None:
        category, title = furniture.category_title(block.text)
        self.section = category
        self._on_heading(Block(title, block.end - len(title), block.end, "heading"), i)

    def _on_heading(self, block: Block, i: int) -> None:
        if self.current is not None and self.current.paragraphs:
            self.current = None
        self.heads.append(block)

    def _on_headline(self, block: Block, i: int) -> None:
        following = _next(self.blocks, i)
        opens = following is not None and following.kind in _OPENERS
        in_article = self.current is not None and self.current.paragraphs
        short = self.page.web or len(block.text) <= 20 or _SUBHEAD.match(block.text)
        if in_article and not self.heads and not opens and short:
            self.current.paragraphs.append(block.text)  # a subhead
            self.current.spans.append(Span(block.start, block.end))
            return
        self._on_heading(block, i)

    def _on_subtitle(self, block: Block, i: int) -> None:
        if self.heads:
            self.subtitle = block
        elif self.current is not None and not self.current.paragraphs:
            self.current.subtitle = block.text
            self.current.spans.append(Span(block.start, block.end))
        else:
            self._on_body(block, i)

    def _on_summary(self, block: Block, i: int) -> None:
        self.summary = block

    def _on_byline(self, block: Block, i: int) -> None:
        pairs = people.credits(block.text)
        if self.current is not None and not self.heads:
            self.current.add_people(pairs)  # a byline under the headline or at the end
            self.current.spans.append(Span(block.start, block.end))
            return
        self.byline, self.byline_blocks, self.byline_at = (
            pairs,
            [block],
            len(self.heads),
        )

    def _on_dateline(self, block: Block, i: int) -> None:
        match = _DATELINE.match(block.text)
        article = self._open(block)
        if match.group("credit"):
            article.add_people(people.credits(match.group("credit")))
        rest = block.text[match.end() :]
        lead = _DATE_LEAD.match(rest)
        article.dateline = lead.group(1) if lead else match.group("lead")
        if rest:
            article.paragraphs.append(rest)
        self._counted(article)

    def _on_body(self, block: Block, i: int) -> None:
        if self.heads or (self.current is None and self.byline):
            article = self._open(block)
            article.paragraphs.append(block.text)
        elif self.current is not None:
            self._append(self.current, block)
        else:
            self.page.leftovers.append(Span(block.start, block.end))
            return
        self._counted(self.current)

    def _on_caption(self, block: Block, i: int) -> None:
        parts = block.caption
        draft = CaptionDraft(
            text=parts.text,
            label=parts.label,
            photographers=list(parts.photographers),
            section=self.section,
            spans=[Span(block.start, block.end)],
        )
        context = self.current
        count = self.body_count.get(id(context), 0) if context else 0
        self.placed_captions.append((draft, context, count))

    def _on_credit(self, block: Block, i: int) -> None:
        self.credit_lines.append((block.text, len(self.placed_captions), self.current))
        self.page.furniture.append(Span(block.start, block.end))

    # Articles

    def _open(self, first: Block) -> ArticleDraft:
        """A new article from the pending headline, byline, subtitle and summary."""
        article = ArticleDraft(section=self.section, views=self.views)
        heads = self.heads
        if heads:
            title = heads[-1]
            article.title = title.text
            earlier = heads[:-1]
            byline_between = bool(self.byline) and self.byline_at == len(heads) - 1
            if earlier and not byline_between:
                kicker = earlier[-1]
                if len(kicker.text) <= 16:
                    article.kicker = kicker.text
                    article.spans.append(Span(kicker.start, kicker.end))
                    earlier = earlier[:-1]
            self.orphans += earlier
            article.spans.append(Span(title.start, title.end))
        for block, setter in ((self.subtitle, "subtitle"), (self.summary, "summary")):
            if block is not None:
                text = (
                    _SUMMARY.sub("", block.text) if setter == "summary" else block.text
                )
                setattr(article, setter, text)
                article.spans.append(Span(block.start, block.end))
        article.add_people(self.byline)
        article.spans += [Span(b.start, b.end) for b in self.byline_blocks]
        article.spans.append(Span(first.start, first.end))
        self.heads, self.byline, self.byline_blocks = [], [], []
        self.subtitle = self.summary = None
        self.page.articles.append(article)
        self.current = article
        return article

    def _append(self, article: ArticleDraft, block: Block) -> None:
        article.spans.append(Span(block.start, block.end))
        last = article.paragraphs[-1] if article.paragraphs else ""
        if (
            last
            and len(last) >= 30
            and last[-1] not in TERMINAL
            and HAN.match(block.text)
        ):
            article.paragraphs[-1] = last + block.text
            article.joins.append(last[-8:] + block.text[:8])
        else:
            article.paragraphs.append(block.text)

    def _counted(self, article: ArticleDraft | None) -> None:
        if article is not None:
            self.body_count[id(article)] = self.body_count.get(id(article), 0) + 1

    def _close_pending(self) -> None:
        self.orphans += self.heads
        for block in self.byline_blocks:
            self.page.leftovers.append(Span(block.start, block.end))
        self.heads, self.byline, self.byline_blocks = [], [], []

    def _span_of(self, article: ArticleDraft | None, block: Block) -> None:
        if article is None:
            self.page.furniture.append(Span(block.start, block.end))

    # After the walk

    def _title_orphans(self) -> None:
        """Give headline-less articles the unplaced headline that fits them best."""
        for article in self.page.articles:
            if article.title is not None:
                continue
            opening = "".join(article.paragraphs[:2])
            best = max(
                self.orphans, key=lambda h: similarity(h.text, opening), default=None
            )
            if best is not None and similarity(best.text, opening) >= ATTACH_SIMILARITY:
                self.orphans.remove(best)
                article.title = best.text
                article.spans.insert(0, Span(best.start, best.end))
            else:
                article.title = _first_sentence(opening)
                article.untitled = True
        for orphan in self.orphans:
            self.page.leftovers.append(Span(orphan.start, orphan.end))

    def _attach_captions(self) -> None:
        for index, (draft, context, count) in enumerate(self.placed_captions):
            if context is not None and self._belongs(draft, context, count):
                context.captions.append(draft)
            else:
                self.page.captions.append(draft)
            for text, after, article in self.credit_lines:
                if after > index and article is context and draft.credit is None:
                    draft.credit = text

    def _belongs(self, draft: CaptionDraft, article: ArticleDraft, count: int) -> bool:
        if count < self.body_count.get(id(article), 0):
            return True  # the article goes on after the caption
        if self.page.web and len(self.page.articles) == 1:
            return True
        text = (article.title or "") + "".join(article.paragraphs)
        if similarity(draft.text, text) >= CAPTION_SIMILARITY or draft.label:
            return True  # its own wording, or a numbered photo run under the text
        places = {p.county for p in gazetteer().find_in(draft.text) if p.county}
        return any(place in text for place in places)

    def _finish(self) -> None:
        for article in self.page.articles:
            article.date = (
                self._date(article.dateline) or self.page.date or self.hint.iso()
            )
            if self.editors:
                article.add_people([("editor", name) for name in self.editors])
            place = gazetteer().county_in(article.title or "", city=self.page.city)
            article.county = place
            for draft in article.captions:
                self._caption_details(draft, article.section)
                draft.county = draft.county or article.county
        for draft in self.page.captions:
            self._caption_details(draft, draft.section)

    def _date(self, text: str | None) -> str | None:
        found = month_day(text or "")
        if found is None:
            return None
        hint = self.hint
        if self.page.date:
            year, month = int(self.page.date[:4]), int(self.page.date[5:7])
            hint = DateHint(year, month)
        return resolve(*found, hint)

    def _caption_details(self, draft: CaptionDraft, section: str | None) -> None:
        draft.date = self._date(draft.text[:8])
        draft.county = gazetteer().county_in(draft.text, city=self.page.city)
        draft.section = section


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


def _first_sentence(text: str) -> str:
    sentence = re.split(r"[。！？!?]", text, maxsplit=1)[0]
    return sentence if len(sentence) <= 30 else sentence[:30] + "…"
