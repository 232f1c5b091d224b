"""Figures kept in the archive: stored as the text is imported or edited,
curated by editors (tied to the sentence), read back as tables and series."""

from __future__ import annotations

from .curation import (
    STATUSES,
    ClearCuration,
    ConfirmFigure,
    CorrectFigure,
    RejectFigure,
)
from .reading import Cell, FigureTable, Other, StoredFigure
from .rows import curation_key, refresh_articles, store_all, store_article

__all__ = [
    "STATUSES",
    "Cell",
    "ClearCuration",
    "ConfirmFigure",
    "CorrectFigure",
    "FigureTable",
    "Other",
    "RejectFigure",
    "StoredFigure",
    "curation_key",
    "refresh_articles",
    "store_all",
    "store_article",
]
