"""Excerpts of a record's text around where a query matched, and the terms
to highlight."""

from __future__ import annotations

from collections.abc import Sequence

from .query import parse, texts
from .tokens import fold

_SNIPPET_RADIUS = 24


def terms(query: str) -> list[str]:
    """The texts ``query`` asks to find, for highlighting (not the excluded ones)."""
    return texts(parse(query).node)


def snippet(
    text: str,
    query: str,
    *,
    before: int = _SNIPPET_RADIUS,
    after: int = _SNIPPET_RADIUS,
) -> str:
    """A short excerpt of ``text`` around the first text of ``query`` found in it."""
    return snippet_of([text], query, before=before, after=after)


def snippet_of(
    texts: Sequence[str | None],
    query: str,
    *,
    before: int = _SNIPPET_RADIUS,
    after: int = _SNIPPET_RADIUS,
) -> str:
    """:func:`snippet` of the first of ``texts`` in which some text of
    ``query`` is found (a body, then a summary, a subtitle …); the start of
    the first that is not empty when none has it."""
    lines = [" ".join((text or "").split()) for text in texts]  # as a list shows it
    for text in lines:
        found = _first_match(text, query)
        if found is not None:
            at, length = found
            start = max(0, at - before)
            end = min(len(text), at + length + after)
            prefix = "…" if start else ""
            return prefix + text[start:end] + ("…" if end < len(text) else "")
    first = next((text for text in lines if text), "")
    return first[: 2 * _SNIPPET_RADIUS]


def _first_match(text: str, query: str) -> tuple[int, int] | None:
    """Where the first text of ``query`` found in ``text`` is, and its length."""
    folded = text.casefold()
    for term in terms(query):
        at = folded.find(term.casefold())
        if at < 0:  # width-folded match: positions are close enough for a snippet
            at = fold(text).find(fold(term))
        if at >= 0:
            return at, len(term)
    return None
