"""Building a page's articles from its classified blocks, in reading order.

A headline followed by a byline or text opens an article (:mod:`.heads` says
which heads are its title, kicker and subtitle); a 本报讯 paragraph or a
letter's salutation opens one even without a headline; a page label (第3版,
专栏:) ends the article before it; a paragraph cut mid-sentence (by a column
break, or by a caption dropped into it) is joined to the next; a byline in
brackets closing a paragraph ends its article; a headline printed far from
its body is matched to it afterwards by shared wording.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from . import furniture, letters, people
from .blocks import (
    DATELINE,
    HAN,
    MARKS,
    SUBHEAD,
    SUMMARY,
    TERMINAL,
    Block,
    unmarked,
)
from .captions import group_names
from .context import following
from .dates import DateHint, full_date, month_day, resolve
from .drafts import ArticleDraft, CaptionDraft, PageDraft, Span
from .heads import choose, first_sentence, similarity

# What follows a headline (or a kicker over a heading), never a subhead.
_OPENERS = ("byline", "dateline", "subtitle", "summary", "heading", "name")
_DATE_LEAD = re.compile(r"^(\d{1,2}月\d{1,2}日)")
# A photo news item's opening date, its dateline: '9月7日,工人们…'.
_PHOTO_DATELINE = re.compile(r"^\d{1,2}月\d{1,2}日[,，]\s*")
_REPORTED = re.compile(  # '记者王大海报道：' after a dispatch's dateline
    r"^((?:本报|新华社)?记者[\u4e00-\u9fff、 ]{2,16}?)报道[:：,，]\s*"
)
_SOURCE_LEAD = re.compile(r"^据[\u4e00-\u9fff]{2,12}(?:消息|报道|电)[:：,，]\s*")
# The end of a story as agencies and papers mark it: '…驿站。（完）'.
_END_MARK = re.compile(r"(?<=[。！？!?”』」])\s*[（(](?:完|全文完|待续|未完待续)[)）]$")
_EDITOR_CODE = re.compile(r"(?<=[。！？!?”』」])\s*[①-⑳]\s*\d{1,3}$")
ATTACH_SIMILARITY = 0.25  # a headline to the opening of its body
# A photo after an article is its photo when the caption shares this much of
# its wording with the article (measured: 0.72–1.0 for an article's own photos,
# at most 0.26 for the unrelated photos on the sample pages).
CAPTION_SIMILARITY = 0.4
MIN_REPEAT = 15
_SENTENCE = re.compile(
    r"[，,；;].{8,}"
)  # a paragraph this long printed again is a copy


class Assembler:
    """Walks the blocks in reading order and builds the page's drafts."""

    def __init__(self, page: PageDraft, blocks: list[Block], hint: DateHint) -> None:
        self.page = page
        self.blocks = blocks
        self.hint = hint
        self.current: ArticleDraft | None = None
        self.closed = False  # the current article's closing byline has been read
        self.heads: list[Block] = []
        self.byline: list[tuple[str, str]] = []
        self.byline_blocks: list[Block] = []
        self.subtitle: Block | None = None
        self.summary: Block | None = None
        self.section: str | None = None
        self.views: int | None = None
        self.editors: list[str] = []
        self.orphans: list[Block] = []
        self.placed_captions: list[tuple[CaptionDraft, ArticleDraft | None, int]] = []
        self.credit_lines: list[tuple[str, int, ArticleDraft | None]] = []
        self.body_count: dict[int, int] = {}
        self.copied = 0  # paragraphs of the current body read a second time
        self.waiting: list[int] = []  # captions between a headline and its text
        self.title_level = 99  # the Markdown level of the current article's title
        # The section head over photos, while no article has opened under it,
        # and the photos' captions: the head of a photo feature's text if
        # untitled text follows them.
        self.section_block: Block | None = None
        self.section_captions: list[int] = []

    def run(self) -> None:
        for i, block in enumerate(self.blocks):
            getattr(self, f"_on_{block.kind}")(block, i)
        self._close_pending()
        self._title_orphans()
        self._attach_captions()
        if self.page.city is None:
            self.page.city = gazetteer().city_of_page(
                self.page.text, publication=self.page.publication
            )
        self._finish()

    # Blocks that are not text

    def _on_furniture(self, block: Block, i: int) -> None:
        self._furniture(block)
        self.editors += people.editors(block.text)
        self.page.date = self.page.date or full_date(block.text)
        if self.current is None and not self.page.articles and "版" in block.text:
            header = furniture.page_header(block.text)  # a label among the buttons
            if header is not None:
                self.section = header.section or self.section
                self.page.publication = self.page.publication or header.publication

    def _on_meta(self, block: Block, i: int) -> None:
        self._furniture(block)
        self.page.date = self.page.date or _published(block.text)
        self.views = self.views or furniture.views(block.text)
        pairs = _meta_people(block.text)
        if pairs and self.current is None:
            self.byline += pairs
        elif pairs and self.current is not None:
            known = {n for names in self.current.people.values() for n in names}
            self.current.add_people([(r, n) for r, n in pairs if n not in known])

    def _on_pagehead(self, block: Block, i: int) -> None:
        header = furniture.page_header(block.text)
        if header is None:  # classified by another reading of the line
            self._furniture(block)
            return
        self._close_pending()
        self.current, self.closed = None, False
        self.section = header.section or self.section
        self.page.publication = self.page.publication or header.publication
        if header.date:
            self.page.date = self.page.date or full_date(header.date)
        self._furniture(block)

    def _on_section(self, block: Block, i: int) -> None:
        self._close_pending()
        self.current = None
        self.section = block.text.strip("【】")  # '【政策解读】' names 政策解读
        self._furniture(block)
        self.section_block, self.section_captions = block, []

    def _on_credit(self, block: Block, i: int) -> None:
        self.credit_lines.append((block.text, len(self.placed_captions), self.current))
        self._furniture(block)

    def _on_aside(self, block: Block, i: int) -> None:
        """A note or the author's bio: kept apart from the text, for review."""
        self.page.leftovers.append(Span(block.start, block.end))

    def _furniture(self, block: Block) -> None:
        self.page.furniture.append(Span(block.start, block.end))

    # Heads

    def _on_category(self, block: Block, i: int) -> None:
        found = furniture.category_title(block.text)
        if found is None:
            self._on_heading(block, i)
            return
        category, title = found
        if category not in furniture.CONTENT_TAGS:  # '[图文]…' says what it holds
            self.section = category
        head = Block(title, block.end - len(title), block.end, "heading", 0, None, i)
        self._on_heading(head, i)

    def _on_heading(self, block: Block, i: int) -> None:
        if (
            block.kind == "heading"
            and block.level > self.title_level
            and self.current is not None
            and self.current.paragraphs
            and not self.heads
            and not self._opens(i)
        ):  # '## 新技术带来好收成' in the text under '# 秋收时节访稻乡'
            self._subhead(block)
            return
        if self.current is not None and self.current.paragraphs:
            self.current = None
        self.heads.append(block)

    def _on_headline(self, block: Block, i: int) -> None:
        if not self.heads and self.section and block.text == self.section:
            self._furniture(block)  # '简讯' under the page label '专栏：简讯'
            return
        if SUBHEAD.match(block.text) and self.heads and self._headed():
            self._open(block).paragraphs.append(block.text)  # its first subhead
            self._counted(self.current)
            return
        opens = self._opens(i)
        in_article = (
            self.current is not None and self.current.paragraphs and not self.closed
        )
        short = self.page.web or len(block.text) <= 20 or SUBHEAD.match(block.text)
        if in_article and not self.heads and _SENTENCE.search(block.text):
            self._on_body(block, i)  # a sentence cut short, not a subhead
            return
        if in_article and not self.heads and not opens and short:
            self._subhead(block)
            return
        self._on_heading(block, i)

    def _headed(self) -> bool:
        """Has the pending headline its byline or 核心提示 (so that what comes
        now is the article's text: a ◆ line is its first subhead)?"""
        return bool(self.byline_blocks) or self.summary is not None

    def _opens(self, i: int) -> bool:
        """Does the head at ``i`` (with the heads printed together under it)
        stand over a byline, a dateline, a subtitle or a 核心提示: a new
        article's headline, not a subhead of the one being read?"""
        for block in self.blocks[i + 1 :]:
            if block.kind in ("furniture", "meta", "pagehead"):
                continue
            if block.kind == "headline" and (
                not SUBHEAD.match(block.text) or block.text[:1] in MARKS
            ):
                continue  # a kicker's title, a title's subtitle, a marked title
            return block.kind in _OPENERS
        return False

    def _on_speaker(self, block: Block, i: int) -> None:
        """'王恺(…秘书长)': in a digest of quotes, the next speaker."""
        if self.current is not None and self.current.paragraphs and not self.heads:
            self._subhead(block)
        else:
            self._on_heading(block, i)

    def _subhead(self, block: Block) -> None:
        if self.current is None:
            self.page.leftovers.append(Span(block.start, block.end))
            return
        self.current.paragraphs.append(block.text)
        self.current.spans.append(Span(block.start, block.end))

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

    # Bylines

    def _on_byline(self, block: Block, i: int) -> None:
        self._credit(people.credits(block.text), block)

    def _on_name(self, block: Block, i: int) -> None:
        """A bare name under a title is its author's; elsewhere it is a head."""
        name = people.person_name(block.text)
        after = following(self.blocks, i)
        if name is None or (
            not self.heads
            and after is not None
            and after.kind in ("headline", "heading")
            and self._opens(after.index)
        ):  # '古运河畔' over a title and its byline: a kicker, not a name
            self._on_headline(block, i)
        elif (self.heads and not self.byline_blocks) or (
            self.current is not None and not self.current.paragraphs
        ):
            self._credit([("author", name)], block)
        else:
            self._on_headline(block, i)

    def _on_salutation(self, block: Block, i: int) -> None:
        """'纪占斌等3名代表:': a letter begins (its text opens the article)."""
        if self.current is not None and not self.heads:
            self._close_pending()
            self.current = None
        self.byline_blocks.append(block)

    def _credit(self, pairs: list[tuple[str, str]], block: Block) -> None:
        if self.current is not None and not self.heads:
            self.current.add_people(pairs)  # a byline under the headline or after
            self.current.spans.append(Span(block.start, block.end))
            return
        self.byline += pairs
        self.byline_blocks.append(block)

    # Text

    def _on_dateline(self, block: Block, i: int) -> None:
        match = DATELINE.match(block.text)
        if match is None:
            self._on_body(block, i)
            return
        article = self._open(block)
        if match.group("credit"):
            article.add_people(people.credits(match.group("credit")))
        rest = block.text[match.end() :]
        source = _SOURCE_LEAD.match(rest)
        lead = _DATE_LEAD.match(rest)
        article.dateline = lead.group(1) if lead else match.group("lead")
        if source:  # '本报讯 据长江日报消息:': where the news came from
            article.dateline = (
                f"{match.group('lead')} {source.group().rstrip(':：,， ')}"
            )
            rest = rest[source.end() :]
        reported = _REPORTED.match(rest)  # '新华社济南3日电 记者王大海报道：'
        if reported and people.credits(reported.group(1)):
            article.add_people(people.credits(reported.group(1)))
            rest = rest[reported.end() :]
        if rest[-1:] in ")）":
            rest = _END_MARK.sub("", rest)
        closing = people.trailing_credits(rest)  # '…借书。(记者 唐佳怡)'
        if closing:
            rest = closing[0]
            article.add_people(closing[1])
            self.closed = True
        if rest:
            article.paragraphs.append(rest)
        self._counted(article)

    def _on_row(self, block: Block, i: int) -> None:
        """A table's row: a paragraph of the text as it is, its names not
        read as credits."""
        if self.current is not None and not self.heads:
            self.current.paragraphs.append(block.text)
            self.current.spans.append(Span(block.start, block.end))
            self._counted(self.current)
        else:
            self._on_body(block, i)

    def _on_appendix(self, block: Block, i: int) -> None:
        """The title of a list the document appends: a subhead of its text."""
        if self.current is not None and self.current.paragraphs and not self.heads:
            self._subhead(block)
        else:
            self._on_heading(block, i)

    def _on_verse(self, block: Block, i: int) -> None:
        if self.heads or self.current is None or self.closed:
            self._open(block).paragraphs.append(block.text)
        else:
            self._subhead(block)
        self._counted(self.current)

    def _on_body(self, block: Block, i: int) -> None:
        text = _EDITOR_CODE.sub("", block.text)
        if text[-1:] in ")）":
            text = _END_MARK.sub("", text)
        if self._copy(text):
            self._furniture(block)  # the text printed again (a copy of the body)
            return
        closing = people.trailing_credits(text)
        if closing:
            text = closing[0]
        if self.heads or (self.current is None and self.byline_blocks):
            article = self._open(block)
            self._first_paragraph(article, text)
        elif self.current is not None:
            self._append(self.current, block, text)
        elif self.section_block is not None and self.section_captions:
            self._photo_feature(block, text)
        else:
            self.page.leftovers.append(Span(block.start, block.end))
            return
        if closing and self.current is not None:
            self.current.add_people(closing[1])
            self.closed = True
        self._counted(self.current)

    def _photo_feature(self, block: Block, text: str) -> None:
        """Untitled text after the photos under a section head: the head is
        a photo feature's title ('镜头里的秋天' over three photos and a note)."""
        head = self.section_block
        assert head is not None
        self.page.furniture.remove(Span(head.start, head.end))
        self.waiting = self.section_captions
        self.heads = [head]
        self._first_paragraph(self._open(block), text)

    def _copy(self, text: str) -> bool:
        """Is ``text`` the next paragraph of a second copy of the current body?"""
        article = self.current
        if article is None or self.heads or len(text) < MIN_REPEAT:
            self.copied = 0
            return False
        if (
            self.copied < len(article.paragraphs)
            and text == article.paragraphs[self.copied]
            and (self.copied or len(article.paragraphs) > 1)
        ):
            self.copied += 1
            return True
        self.copied = 0
        return False

    def _first_paragraph(self, article: ArticleDraft, text: str) -> None:
        """The article's first text; a reply's subject line is not its text."""
        subject = letters.subject(text)
        if subject is not None:
            sentence, text = subject
            if article.title is None:
                article.title = letters.title_from_subject(sentence)
            elif article.subtitle is None:
                article.subtitle = sentence
        if text:
            article.paragraphs.append(text)

    def _on_caption(self, block: Block, i: int) -> None:
        parts = block.caption
        if parts is None:
            self._on_body(block, i)
            return
        draft = CaptionDraft(
            text=parts.text,
            label=parts.label,
            photographers=list(parts.photographers),
            section=self.section,
            spans=[Span(block.start, block.end)],
        )
        context = self.current
        count = self.body_count.get(id(context), 0) if context else 0
        if self.heads and self._headed():  # under a headline and its byline
            context, count = None, 0
            self.waiting.append(len(self.placed_captions))
        elif context is None and not self.heads and self.section_block is not None:
            self.section_captions.append(len(self.placed_captions))
        self.placed_captions.append((draft, context, count))

    # Articles

    def _open(self, first: Block) -> ArticleDraft:
        """A new article from the pending headline, byline, subtitle and summary."""
        article = ArticleDraft(section=self.section, views=self.views)
        headline = choose(self.heads)
        title = headline.title
        self.title_level = title.level if title and title.kind == "heading" else 99
        for head, field in (
            (headline.kicker, "kicker"),
            (headline.title, "title"),
            (headline.subtitle, "subtitle"),
        ):
            if head is not None:
                setattr(article, field, unmarked(head.text))
                article.spans.append(Span(head.start, head.end))
        for head in headline.repeats:
            self._furniture(head)
        self.orphans += headline.orphans
        for block, setter in ((self.subtitle, "subtitle"), (self.summary, "summary")):
            if block is not None:
                text = (
                    SUMMARY.sub("", block.text) if setter == "summary" else block.text
                )
                setattr(article, setter, text)
                article.spans.append(Span(block.start, block.end))
        article.add_people(self.byline)
        article.spans += [Span(b.start, b.end) for b in self.byline_blocks]
        article.spans.append(Span(first.start, first.end))
        self.heads, self.byline, self.byline_blocks = [], [], []
        self.subtitle = self.summary = None
        for index in self.waiting:  # its photos, printed before its text
            self.placed_captions[index] = (self.placed_captions[index][0], article, -1)
        self.waiting = []
        self.section_block, self.section_captions = None, []
        self.page.articles.append(article)
        self.current, self.closed = article, False
        return article

    def _append(self, article: ArticleDraft, block: Block, text: str) -> None:
        article.spans.append(Span(block.start, block.end))
        last = article.paragraphs[-1] if article.paragraphs else ""
        if last and len(last) >= 30 and last[-1] not in TERMINAL and HAN.match(text):
            article.paragraphs[-1] = last + text
            article.joins.append(last[-8:] + text[:8])
        else:
            article.paragraphs.append(text)

    def _counted(self, article: ArticleDraft | None) -> None:
        if article is not None:
            self.body_count[id(article)] = self.body_count.get(id(article), 0) + 1

    def _close_pending(self) -> None:
        self.orphans += self.heads
        for block in (*self.byline_blocks, self.subtitle, self.summary):
            if block is not None:  # no article took them: for review
                self.page.leftovers.append(Span(block.start, block.end))
        self.heads, self.byline, self.byline_blocks = [], [], []
        self.subtitle = self.summary = None
        self.waiting = []

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
                article.title = first_sentence(opening)
                article.untitled = True
        self._unplaced_heads()

    def _unplaced_heads(self) -> None:
        """Heads no article took: among furniture (a page's headline list) they
        are furniture too; elsewhere leftovers, for review."""
        near = {
            b.index for b in self.blocks if b.kind in ("furniture", "meta", "pagehead")
        }
        orphans = sorted(self.orphans, key=lambda b: b.index)
        changed = True
        while changed:
            changed = False
            for orphan in orphans:
                if orphan.index not in near and (
                    orphan.index - 1 in near or orphan.index + 1 in near
                ):
                    near.add(orphan.index)
                    changed = True
        for orphan in orphans:
            spans = self.page.furniture if orphan.index in near else self.page.leftovers
            spans.append(Span(orphan.start, orphan.end))

    def _attach_captions(self) -> None:
        owned = self._owned()
        for index, (draft, context, _) in enumerate(self.placed_captions):
            if context is not None and owned[index]:
                context.captions.append(draft)
            else:
                self.page.captions.append(draft)
            for text, after, article in self.credit_lines:
                if after > index and article is context and draft.credit is None:
                    draft.credit = text
                    if not draft.photographers:
                        draft.photographers = group_names(text)

    def _owned(self) -> list[bool]:
        """Which captions are their article's: those that belong to it, and
        those printed in one run with them (no text between: '资料图' over the
        article's numbered photos)."""
        placed = self.placed_captions
        owned = [c is not None and self._belongs(d, c, n) for d, c, n in placed]
        changed = True
        while changed:
            changed = False
            for i in range(len(placed)):
                for j in (i - 1, i + 1):
                    if (
                        not owned[i]
                        and 0 <= j < len(placed)
                        and owned[j]
                        and placed[j][1] is placed[i][1]
                        and placed[j][2] == placed[i][2]
                    ):
                        owned[i] = changed = True
        return owned

    def _belongs(self, draft: CaptionDraft, article: ArticleDraft, count: int) -> bool:
        if count < self.body_count.get(id(article), 0):
            return True  # the article goes on after the caption
        if self.page.web and len(self.page.articles) == 1:
            return True
        own = {name for names in article.people.values() for name in names}
        if draft.photographers and set(draft.photographers) <= own:
            return (
                True  # taken by the article's own people ('某某 文/图', its reporter)
            )
        text = (article.title or "") + "".join(article.paragraphs)
        if similarity(draft.text, text) >= CAPTION_SIMILARITY or draft.label:
            return True  # its own wording, or a numbered photo run under the text
        places = {p.county for p in gazetteer().find_in(draft.text) if p.county}
        return any(place in text for place in places)

    def _finish(self) -> None:
        for article in self.page.articles:
            if not (article.paragraphs or article.captions):
                self.page.leftovers += article.spans  # a headline with no text
        self.page.articles = [
            a for a in self.page.articles if a.paragraphs or a.captions
        ]
        # The paper's day when the page or its file gives one (a dateline's
        # '6月17日' is the day of the news, printed the day after); else the
        # dateline's day within the month the file gives.
        issue = self.page.date or (self.hint.iso() if self.hint.day else None)
        for article in self.page.articles:
            article.date = issue or self._date(article.dateline) or self.hint.iso()
            if self.editors:
                article.add_people([("editor", name) for name in self.editors])
            article.county = gazetteer().county_in(
                article.title or "", city=self.page.city
            )
            shot = article.people.get("photographer", [])
            for draft in article.captions:
                self._caption_details(draft, article.section)
                if shot and not draft.photographers and draft.credit is None:
                    draft.photographers = list(shot)  # '某某 文/图': his photos
                draft.county = draft.county or article.county
        for draft in self.page.captions:
            self._caption_details(draft, draft.section)
            if not self.page.articles:
                _photo_news(draft)

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


def _photo_news(draft: CaptionDraft) -> None:
    """A caption that is a page's news item (an e-paper's page of one photo,
    no article beside it) opens with its dateline, as a news story does: the
    date is the caption's date, its text what follows. A photo printed beside
    articles keeps the date in its text, as the page prints it."""
    lead = _PHOTO_DATELINE.match(draft.text)
    if lead is not None and draft.date is not None and not draft.label:
        draft.text = draft.text[lead.end() :]


_META_BYLINE = re.compile(
    r"(?:作者|文章作者|记者)[:：]\s*([^】\]|｜丨]+?)\s*"
    r"(?=(?:[\s\u3000丨|｜【\[]+[\u4e00-\u9fff]{1,7}[:：])|[】\]|｜丨)）]|$)"
)


_PUBLISHED = re.compile(r"(?:发布|发表|刊发|上线)(?:日期|时间)\s*[:：]")


def _published(line: str) -> str | None:
    """The date a metadata line says the page was published on, before any
    other it gives ('成文日期：2023-06-25 发布日期：2023-06-30')."""
    key = _PUBLISHED.search(line)
    return (full_date(line[key.end() :]) if key else None) or full_date(line)


def _meta_people(line: str) -> list[tuple[str, str]]:
    """'作者:秦岭 来源:…' in a web page's metadata line: its author, or the
    people of the byline it gives ('作者:记者 沈佳琪 通讯员 钱伟')."""
    keyed = _META_BYLINE.search(line)
    pairs = people.credits(keyed.group(1)) if keyed else []
    if pairs:
        return pairs
    original = _ORIGINAL.match(line)  # an official account's author
    name = people.person_name(original.group(1)) if original else None
    if name:  # not the account's own name ('原创 潍坊日报 潍坊日报 …')
        return [("author", name)]
    match = re.search(r"(?:作者|文章作者|记者)[:：]\s*([\u4e00-\u9fff·]{2,4})", line)
    if match is None or match.group(1) in people.ROLE_WORDS.split("|"):
        return []  # '作者：记者 …' that no byline reading took: no name
    helpers = [  # '作者：龙卫华 通讯员：易杰': the correspondents keyed beside
        ("correspondent", name)
        for name in _META_CORRESPONDENT.findall(line)
        if name not in people.ROLE_WORDS.split("|")
    ]
    return [("author", match.group(1)), *helpers]


_ORIGINAL = re.compile(r"^原创\s+([\u4e00-\u9fff·]{2,4})\s+\S")
_META_CORRESPONDENT = re.compile(r"通讯员[:：]\s*([\u4e00-\u9fff·]{2,4})")
