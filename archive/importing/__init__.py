"""Importing raw pages (text, Markdown, HTML, JSON/CSV exports) into clean
records, and the review fixes for what the reader got wrong.

May import: archive.journal, archive.search, archive.records, archive.store,
archive.commands and below; archive.core only for type hints.
"""
