"""Reading a fixture sentence the way the tests ask about it."""

from __future__ import annotations

from archive.compare import Figure, extract_figures

DATE = "2023-05-18"


def figures(text: str, **setting) -> list[Figure]:
    """The figures of ``text``, as an article of 焦作 dated ``DATE`` by default."""
    setting = {"date": DATE, "city": "焦作", **setting}
    return extract_figures(text, **setting)


def only(text: str, indicator: str | None = None, **setting) -> Figure:
    """The one figure of ``text`` (for ``indicator``, if given)."""
    found = [f for f in figures(text, **setting) if indicator in (None, f.indicator)]
    assert len(found) == 1, found
    return found[0]


def brief(text: str, **setting) -> list[tuple]:
    """(indicator, value, unit, kind) of each figure of ``text``."""
    return [(f.indicator, f.value, f.unit, f.kind) for f in figures(text, **setting)]
