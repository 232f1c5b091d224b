"""Importing files from the window: progress, cancel, what became of each file."""
