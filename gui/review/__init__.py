"""The Review Imports window: a source page beside the records made from it."""
