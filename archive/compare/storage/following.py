"""Editors' decisions following their figures through an edit of the
indicator dictionary.

A decision is kept by the indicator's id (which a rename keeps), the
sentence and the figure's phrase (:func:`~.rows.curation_key`). When the
dictionary changes so that a figure is now another indicator's (two
indicators merged, an alias moved from one to another), its decision is
keyed anew for that indicator, in the same edit (so undone with it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlite_utils import Database

from ..dictionary import Indicator, IndicatorDictionary
from .keys import curation_key


def distinct_ids(indicators: Sequence[Indicator]) -> list[Indicator]:
    """``indicators`` with no id twice: a new indicator given the name an
    older one had before it was renamed gets an id of its own (the renamed
    one keeps the decisions)."""
    renamed = {i.id for i in indicators if i.id != i.name}
    taken = {i.id for i in indicators}
    out = []
    for indicator in indicators:
        own = indicator
        if indicator.id == indicator.name and indicator.id in renamed:
            number = 2
            while f"{indicator.name}#{number}" in taken:
                number += 1
            own = replace(indicator, id=f"{indicator.name}#{number}")
            taken.add(own.id)
        out.append(own)
    return out


def follow_dictionary(
    db: Database, old: IndicatorDictionary, new: IndicatorDictionary
) -> int:
    """Key anew the decisions on figures that ``new`` gives to another
    indicator than ``old`` did; returns how many were."""
    moved = _moved_ids(old, new)
    if not moved:
        return 0
    marks = ",".join("?" * len(moved))
    decisions = db.execute(
        "SELECT id, key, indicator, sentence, phrase FROM figure_curations "
        f"WHERE indicator IN ({marks})",
        sorted(moved),
    ).fetchall()
    if not decisions:
        return 0
    names = [i.name for i in old.indicators if i.id in moved]
    marks = ",".join("?" * len(names))
    printed = {
        row[0]: (row[1], row[2])
        for row in db.execute(
            "SELECT key, named_as, start - sentence_start FROM figures "
            f"WHERE indicator IN ({marks})",
            names,
        )
    }
    count = 0
    for row_id, old_key, ident, sentence, phrase in decisions:
        target = _new_owner(old, new, ident, printed.get(old_key))
        if target is None or target.id == ident:
            continue
        offset = printed[old_key][1] if old_key in printed else sentence.find(phrase)
        new_key = curation_key(target.id, sentence, offset, phrase)
        taken = db.execute(
            "SELECT 1 FROM figure_curations WHERE key = ?", [new_key]
        ).fetchone()
        if taken is None:
            db.execute(
                "UPDATE figure_curations SET key = ?, indicator = ? WHERE id = ?",
                [new_key, target.id, row_id],
            )
            count += 1
    return count


def _moved_ids(old: IndicatorDictionary, new: IndicatorDictionary) -> set[str]:
    """The ids of ``old`` indicators gone from ``new`` or one of whose names
    ``new`` gives to another indicator."""
    kept = {i.id for i in new.indicators}
    moved = set()
    for indicator in old.indicators:
        if indicator.id not in kept:
            moved.add(indicator.id)
            continue
        for alias in indicator.aliases:
            owner = new.lookup(alias)
            if owner is not None and owner.id != indicator.id:
                moved.add(indicator.id)
                break
    return moved


def _new_owner(
    old: IndicatorDictionary,
    new: IndicatorDictionary,
    ident: str,
    figure: tuple[str, int] | None,
) -> Indicator | None:
    """The indicator of ``new`` a decided figure now belongs to: the one its
    printed name is an alias of; without a stored figure, the one the old
    indicator's name now denotes."""
    if figure is not None:
        return new.lookup(figure[0])
    was = next((i for i in old.indicators if i.id == ident), None)
    if was is None:
        return None
    return next((f for alias in was.aliases if (f := new.lookup(alias))), None)
