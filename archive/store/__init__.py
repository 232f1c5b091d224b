"""The archive file itself: opening it safely, its schema and migrations, the
integrity check, backups, where the user's archive lives.

May import: archive.errors, archive.models, archive.text (nothing above).
"""
