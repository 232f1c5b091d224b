"""How text becomes index tokens, and a query an FTS5 expression.

SQLite's FTS5 cannot find every Chinese substring out of the box (see
../shared/docs/search-measurements.md), so the text is tokenised here, in
Python, into overlapping character pairs (bigrams) plus the last character of
each field, and stored in a contentless FTS5 table with the ``ascii``
tokenizer, which keeps every non-ASCII character inside its token.

- Folding: NFKC (full/half width, U+3000), case, and runs of white space (one
  stand-in for spaces, another for line breaks, so nothing matches across a
  paragraph break).
- ASCII punctuation is mapped to stand-in characters so that ``12.5%`` or
  ``R&D`` stay tokens of their own.
- A query of n ≥ 2 characters is the phrase of its n-1 bigrams; a single
  character is a prefix query. Both are exact: they match precisely the
  records whose folded text contains the query.
- Rowids pack the publication day, the kind of record and its id, so the
  newest matches come first without sorting and need no lookup.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache

# Raise when tokens or rowids change: archives indexed otherwise are rebuilt.
FORMAT = "2"

# A document's rowid: its day (days since 1900), its kind, its record's id,
# packed so that rowid order is date order and the record needs no lookup.
_DAY_SHIFT, KIND_SHIFT = 40, 38
RECORD_MASK = (1 << KIND_SHIFT) - 1
KIND_CODES = {"a": 0, "c": 1, "n": 2}
RECORD_OF = f"(f.rowid & {RECORD_MASK})"  # SQL, over search_fts f
KIND_OF = f"((f.rowid >> {KIND_SHIFT}) & 3)"


def rowid_of(day: int, kind: str, record_id: int) -> int:
    """The index rowid of a record: day, then kind, then id, in one integer."""
    return (day << _DAY_SHIFT) | (KIND_CODES[kind] << KIND_SHIFT) | record_id


_EPOCH = date(1900, 1, 1)
_SPACE, _BREAK = "\u2423", "\u00b6"  # stand-ins for white space and line breaks
# ASCII punctuation as the ascii tokenizer would split on it, mapped to
# characters it keeps inside tokens (the full-width forms, U+FF01…).
_PUNCTUATION = {
    chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if not chr(c).isalnum()
}
_ASCII_PUNCTUATION = re.compile(f"[{re.escape(''.join(_PUNCTUATION))}]")
_WHITESPACE = re.compile(r"\s+")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def fold(text: str) -> str:
    """Text as the index sees it: NFKC, case-folded, white space collapsed."""
    folded = _nfkc(text).casefold()
    return _WHITESPACE.sub(lambda m: _BREAK if "\n" in m.group() else _SPACE, folded)


# Han characters never change under NFKC, nor combine with their neighbours
# (they are "stable code points", UAX #15 §9): the text can be normalised run
# by run between them, and the runs (，。 2015 …) repeat.
_NOT_HAN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")


@lru_cache(maxsize=8192)
def _nfkc_run(run: str) -> str:
    return unicodedata.normalize("NFKC", run)


def _nfkc(text: str) -> str:
    if unicodedata.is_normalized("NFKC", text):
        return text
    return _NOT_HAN.sub(lambda m: _nfkc_run(m.group()), text)


def _chars(folded: str) -> str:
    return _ASCII_PUNCTUATION.sub(lambda m: _PUNCTUATION[m.group()], folded)


_ENCODING = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_SPACES = array("I", [ord(" ")])


def _bigrams(chars: str) -> str:
    """ "ab bc cd " for "abcd": each pair of neighbours, then a space.

    Built as arrays of code points, interleaved by slice: a string per pair
    costs three times as much, and this runs over every character indexed.
    """
    pairs = len(chars) - 1
    codes = array("I", chars.encode(_ENCODING))
    out = _SPACES * (3 * pairs)
    out[0::3] = codes[:-1]
    out[1::3] = codes[1:]
    return out.tobytes().decode(_ENCODING)


@lru_cache(maxsize=16384)
def _folded_run(run: str) -> str:
    """:func:`fold` then :func:`_chars` of a run without Han characters."""
    folded = unicodedata.normalize("NFKC", run).casefold()
    folded = _WHITESPACE.sub(lambda m: _BREAK if "\n" in m.group() else _SPACE, folded)
    return _chars(folded)


def _folded_chars(text: str) -> str:
    """``_chars(fold(text))`` in one pass: every step maps a character (or a
    run of white space) alone and leaves Han characters be, so the runs
    between them, which repeat (，。 2015 …), are folded once each."""
    return _NOT_HAN.sub(lambda m: _folded_run(m.group()), text)


def tokens(*fields: str | None) -> str:
    """The token string of some fields: bigrams of each, and its last character."""
    out: list[str] = []
    for field in fields:
        if not field:
            continue
        found = _known.get(field)
        if found is None:
            found = field_tokens(field)
        if found:
            out.append(found)
    return " ".join(out)


def field_tokens(field: str) -> str:
    """The tokens of one field ("" when it has none): :func:`tokens` of
    several fields joins theirs with spaces."""
    chars = _folded_chars(field).strip(_SPACE + _BREAK)
    return _bigrams(chars) + chars[-1] if chars else ""


# Fields whose tokens were worked out elsewhere (an import's worker processes
# tokenise the text they read: :func:`known_tokens`).
_known: dict[str, str] = {}


@contextmanager
def known_tokens(known: dict[str, str]) -> Iterator[None]:
    """Within the block, :func:`tokens` takes a field's tokens from ``known``
    (``field_tokens`` of each field, worked out in another process) instead of
    working them out again."""
    _known.update(known)
    try:
        yield
    finally:
        _known.clear()


def phrase(term: str) -> str | None:
    """The FTS5 expression matching exactly the text that contains ``term``.

    None when the term has nothing to search for (only white space).
    """
    chars = _chars(fold(term).strip(_SPACE + _BREAK))
    if not chars:
        return None
    if len(chars) == 1:
        return f'"{chars[0]}"*'
    bigrams = list(map(str.__add__, chars, chars[1:]))
    return '"' + " ".join(bigrams) + '"'


def day_number(iso: str | None) -> int:
    """Days since 1900 of a full or partial ISO date (its first day); 0 if none."""
    match = _ISO.match(iso or "")
    if match is None:
        return 0
    year, month, day = (int(p) if p else 1 for p in match.groups())
    try:
        return (date(year, month, day) - _EPOCH).days + 1
    except ValueError:
        return 0
