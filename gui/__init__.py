"""Clipfile's window: PySide6 only; it reaches the archive through ``Archive``."""
