"""One regular expression for every alias: a trie, so that a text naming no
indicator is rejected at the cost of one scan.

A plain alternation of the aliases is 30-40 times slower here (7 µs against
240-300 µs an article measured on the demo's articles): with a hundred
branches the regex engine can no longer skip ahead to the characters that
may begin a match. Factored into a trie it can; but a character class (such
as [Rr] for R&D) anywhere among the first characters undoes that again
(37 µs), so an alias with Latin letters goes in as separate literal variants
(R&D, r&d, Ｒ＆Ｄ) instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

QUOTES = "\"'“”‘’「」『』〝〞＂"
_QUOTE = "\0"  # stands for an optional quotation mark in a trie key
_QUOTE_CLASS = "[" + re.escape(QUOTES) + "]?"
_END = ""
_WIDE = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def alias_pattern(aliases: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any alias, the longest where several start at once."""
    trie: dict[str, dict] = {}
    for variant in {variant for alias in aliases for variant in _variants(alias)}:
        node = trie
        for token in _tokens(variant):
            node = node.setdefault(token, {})
        node[_END] = {}
    return re.compile(trie_regex(trie))


def _variants(alias: str) -> set[str]:
    """An alias as papers may print its Latin letters: upper, lower, full width."""
    if not any(char.isascii() and char.isalnum() for char in alias):
        return {alias}
    return {alias, alias.upper(), alias.lower(), alias.upper().translate(_WIDE)}


def _tokens(alias: str) -> list[str]:
    """An alias's characters, its quotation marks as optional marks; marks at
    either end are dropped (they would only widen the match)."""
    tokens = [_QUOTE if char in QUOTES else char for char in alias]
    while tokens and tokens[0] == _QUOTE:
        tokens.pop(0)
    while tokens and tokens[-1] == _QUOTE:
        tokens.pop()
    return tokens


def words_regex(words: Iterable[str]) -> str:
    """A regular expression (source) matching any of ``words``, longest first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return trie_regex(trie)


def trie_regex(node: dict[str, dict]) -> str:
    """The source of a pattern matching every path of a trie (``""`` ends a word)."""
    branches = [
        _atom(token) + trie_regex(child)
        for token, child in sorted(node.items())
        if token
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body


def _atom(token: str) -> str:
    return _QUOTE_CLASS if token == _QUOTE else re.escape(token)
