"""What ties an editor's decision to a figure: a key made of the indicator's
id, the sentence and the figure's phrase in it, never a row id, so that it
holds when the sentence is read again, imported again, or its indicator is
renamed."""

from __future__ import annotations

import hashlib

from ..model import Figure


def curation_key(indicator: str, sentence: str, offset: int, phrase: str) -> str:
    """What ties an editor's word on a figure to it: the indicator (its
    :attr:`~archive.compare.Indicator.id`, which a rename keeps), the
    sentence, and where in the sentence the figure's phrase stands."""
    text = f"{indicator}\x1f{sentence}\x1f{offset}\x1f{phrase}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def figure_key(figure: Figure, indicator_id: str | None = None) -> str:
    """The figure's curation key; ``indicator_id`` defaults to its name."""
    offset = figure.start - figure.sentence_start
    phrase = figure.sentence[offset : figure.end - figure.sentence_start]
    ident = indicator_id or figure.indicator
    return curation_key(ident, figure.sentence, offset, phrase)
