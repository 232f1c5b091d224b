"""Markdown notes on articles, captions, tags and places.

May import: archive.search, archive.records, archive.tags, archive.store,
archive.commands and below.
"""
