"""Articles and captions as the reader shows them, and the edits of their fields.

May import: archive.search (index documents), archive.tags, archive.store,
archive.commands and below.
"""
