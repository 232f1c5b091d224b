"""Furniture learnt from repetition: the lines the pages of one folder share.

Pages saved from one site or e-paper print the same navigation, headers and
footers around every article, however the site words them. A short line that
recurs across a good share of the other pages in a file's folder is the
site's, not an article's. The folder is sampled once (a bounded number of
files, read only in part) and the answer kept while the folder is unchanged,
so importing a file alone or with its folder reads it the same way.
"""

from __future__ import annotations

import os
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .decode import NotText, decode
from .furniture import squeeze

SAMPLE = 48  # pages of a folder read to learn from
HEAD_BYTES = 64 * 1024
MAX_LINE = 60
MIN_SHARE = 0.2  # of the other pages
_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".htm", ".html", ""})


def learnt_furniture(path: Path) -> frozenset[str]:
    """Lines (spaces taken out) that pages beside ``path`` share."""
    folder = path.parent
    try:
        stamp = os.stat(folder).st_mtime_ns
    except OSError:
        return frozenset()
    return _learnt(str(folder), stamp, path.suffix.lower())


@lru_cache(maxsize=64)
def _learnt(folder: str, stamp: int, suffix: str) -> frozenset[str]:
    pages = [lines for lines in map(_lines, _sample(Path(folder), suffix)) if lines]
    pages = _distinct(pages)
    if len(pages) < 3:
        return frozenset()
    counts = Counter(line for short, _ in pages for line in short)
    least = max(2, MIN_SHARE * (len(pages) - 1))
    return frozenset(line for line, n in counts.items() if n >= least)


def _sample(folder: Path, suffix: str) -> list[Path]:
    try:
        names = sorted(
            e.name
            for e in os.scandir(folder)
            if e.is_file()
            and not e.name.startswith(".")
            and Path(e.name).suffix.lower() in _SUFFIXES
            and (Path(e.name).suffix.lower() in (".htm", ".html"))
            == (suffix in (".htm", ".html"))
        )
    except OSError:
        return []
    step = max(1, len(names) // SAMPLE)
    return [folder / name for name in names[::step][:SAMPLE]]


def _lines(path: Path) -> tuple[frozenset[str], frozenset[str]] | None:
    """A page's short lines and its long ones, spaces taken out."""
    try:
        with path.open("rb") as file:
            text = decode(file.read(HEAD_BYTES)).text
    except (OSError, NotText):
        return None
    lines = {squeeze(line) for line in text.splitlines()}
    lines.discard("")
    short = frozenset(line for line in lines if len(line) <= MAX_LINE)
    return short, frozenset(lines - short)


def _distinct(pages: list) -> list:
    """Pages that are not copies of each other (one page in two encodings)."""
    kept: list = []
    for short, long in pages:
        if any(long and len(long & other) * 2 >= len(long) for _, other in kept):
            continue
        kept.append((short, long))
    return kept
