"""Importing raw pages (text, Markdown, HTML, JSON/CSV exports) into clean records."""
