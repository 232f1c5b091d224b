"""Finding records: the full-text index and its tokens, the query language,
planning and matching a query, the article list, facet counts, saved searches.

May import: archive.store, archive.tags (tag paths), archive.commands and
what they import; never archive.core, archive.importing, archive.notes.
"""
