"""Marking search terms in text for display (the reader and the list share it)."""

from __future__ import annotations

import html
import re

HIGHLIGHT = "#ffe58f"


def pattern_for(terms: list[str]) -> re.Pattern | None:
    """One pattern matching any of ``terms``, longest first; None if none."""
    words = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE) if words else None


def mark(text: str, pattern: re.Pattern | None) -> str:
    """``text`` as HTML, each match of ``pattern`` on a highlight."""
    if pattern is None:
        return html.escape(text)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(
            f"<span style='background-color:{HIGHLIGHT}; color:black'>"
            f"{html.escape(match.group())}</span>"
        )
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
