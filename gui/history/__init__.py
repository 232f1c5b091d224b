"""The History view: the archive's edits, filtered by person and date."""
