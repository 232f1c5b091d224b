"""Reading one raw page into articles and captions.

Each non-empty line is a block (:mod:`.blocks`), classified first on its own
and then among its neighbours (:mod:`.context`); the
:class:`~.assembler.Assembler` builds the articles in reading order. Whatever
cannot be placed is kept as a leftover span, never dropped.
"""

from __future__ import annotations

from collections.abc import Collection

from .assembler import Assembler
from .blocks import HAN, TERMINAL, kind_of, merge_credits, split_blocks
from .context import in_context, verse
from .dates import DateHint
from .drafts import PageDraft
from .traditional import folding, restore
from .wrapping import unwrap

__all__ = ["HAN", "TERMINAL", "read_page"]


def read_page(
    text: str,
    *,
    hint: DateHint | None = None,
    city: str | None = None,
    known: Collection[str] = (),
) -> PageDraft:
    """Articles, captions, furniture and leftovers of one page's ``text``.

    ``hint`` is the date the file's name (or --year) gives; ``city`` the city
    the file's name gives, if any; ``known`` lines (spaces taken out) that
    recur across the other pages of the folder: the site's furniture.
    """
    fold = folding(text)  # a page printed in traditional characters
    original, text = text, fold.simplified if fold else text
    blocks = merge_credits(split_blocks(text))
    for block in blocks:
        block.kind = kind_of(block)
    verse(blocks)  # a poem's short lines, never joined
    blocks = unwrap(blocks, text)
    in_context(blocks, known)
    page = PageDraft(text=text, city=city)
    page.web = any(b.kind == "meta" for b in blocks) or any(
        b.kind == "furniture" and ("分享" in b.text or "打印" in b.text) for b in blocks
    )
    Assembler(page, blocks, hint or DateHint()).run()
    if fold is not None:
        restore(page, fold, original)
    return page
