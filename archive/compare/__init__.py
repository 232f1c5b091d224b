"""Figures in articles: the indicator dictionary and the extractor (pure functions).
May import only archive.models/errors/text/gazetteer, the standard library and deps."""

from __future__ import annotations

from .dictionary import (
    FAMILIES,
    DictionaryError,
    Indicator,
    IndicatorDictionary,
    default_dictionary,
    load_dictionary,
)
from .figures import KINDS, Figure, article_text, extract_figures, figures_of_article

__all__ = [
    "FAMILIES",
    "KINDS",
    "DictionaryError",
    "Figure",
    "Indicator",
    "IndicatorDictionary",
    "article_text",
    "default_dictionary",
    "extract_figures",
    "figures_of_article",
    "load_dictionary",
]
