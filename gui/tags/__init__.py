"""Tagging in the window: the sidebar tag tree, the reader's tag bar and
passages, the Tag Manager view."""
