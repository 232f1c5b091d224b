"""The tag tree: tags as paths, tagging and untagging records.

May import: archive.store, archive.commands and below; never archive.search
(counts under a query are composed by archive.core).
"""
