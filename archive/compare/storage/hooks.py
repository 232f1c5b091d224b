"""Keeping the stored figures in step with the text, from the one write path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models import Changes
from .rows import refresh_articles

if TYPE_CHECKING:  # the journal is a layer below: it calls this, never imports it
    from ...journal import Write


def after_write(write: Write) -> Changes:
    """Before an edit commits: read again the figures of the articles it
    changed whose text, date or place is no longer what they were read from
    (an import stores its own as it writes them)."""
    if write.kind == "import" or not write.changes.articles:
        return Changes()
    changed = refresh_articles(write.db, write.changes.articles)
    return Changes(figures=True) if changed else Changes()
