"""An editor's word on a figure: confirmed, rejected, or corrected to another
value. Kept by the figure's key (its indicator, sentence and phrase), so it
holds for the same sentence read again after an edit, a re-extraction or a
re-import; each is one undoable edit."""

from __future__ import annotations

import math

from sqlite_utils import Database

from ...commands import Command, WriteContext
from ...errors import InvalidInput, RecordNotFound
from ...models import Changes
from ..kinds import normalise
from ..units import unit as unit_named
from .indicators import dictionary_of

STATUSES = ("extracted", "confirmed", "rejected", "corrected")


def _figure(db: Database, figure_id: int) -> tuple:
    row = db.execute(
        'SELECT key, indicator, sentence, sentence_start, start, "end", unit, '
        "article_id FROM figures WHERE id = ?",
        [figure_id],
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"no figure {figure_id}")
    return row


class _Curate(Command):
    status = "confirmed"

    def __init__(self, figure_id: int) -> None:
        self.figure_id = figure_id
        self.value: float | None = None
        self.unit: str | None = None
        self.normalised: float | None = None

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        key, indicator, sentence, first, start, end, unit, _ = _figure(
            db, self.figure_id
        )
        self._dictionary = dictionary_of(db)
        self._check(indicator, unit)
        phrase = sentence[start - first : end - first]
        ident = self._dictionary.id_of.get(indicator, indicator)
        updated = db.execute(
            "UPDATE figure_curations SET status = ?, value = ?, unit = ?, "
            "normalised = ?, updated_at = ?, updated_by = ? WHERE key = ?",
            [
                self.status,
                self.value,
                self.unit,
                self.normalised,
                ctx.at,
                ctx.editor,
                key,
            ],
        )
        if updated.rowcount == 0:
            db.execute(
                "INSERT INTO figure_curations (key, status, value, unit, normalised, "
                "indicator, sentence, phrase, created_at, created_by, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [key, self.status, self.value, self.unit, self.normalised]
                + [ident, sentence, phrase]
                + [ctx.at, ctx.editor] * 2,
            )
        return Changes(figures=True)

    def _check(self, indicator: str, unit: str) -> None:
        """Refuse what cannot be kept (a correction only)."""

    def detail(self) -> str:
        return str(self.figure_id)


class ConfirmFigure(_Curate):
    """The figure is right as read."""

    label = "Confirm figure"
    status = "confirmed"


class RejectFigure(_Curate):
    """The figure is not what the sentence reports (or not for this
    indicator): it is left out of totals, tables and charts."""

    label = "Reject figure"
    status = "rejected"


class CorrectFigure(_Curate):
    """The sentence reports ``value`` (in ``unit``, else the figure's own)."""

    label = "Correct figure"
    status = "corrected"

    def __init__(self, figure_id: int, value: float, unit: str | None = None) -> None:
        super().__init__(figure_id)
        if not math.isfinite(value):
            raise InvalidInput("a corrected figure needs a number")
        self.corrected = float(value)
        self.value, self.unit = self.corrected, (unit or "").strip() or None

    def _check(self, indicator: str, unit: str) -> None:
        self.unit = self.unit or unit
        printed = unit_named(self.unit)
        entry = self._dictionary.by_name.get(indicator)
        if printed is None:
            raise InvalidInput(f"{self.unit!r} is not a unit figures are given in")
        own = unit_named(unit)
        if own is not None and own.family != printed.family:
            raise InvalidInput(f"{indicator} is counted in {unit}, not in {self.unit}")
        if entry is not None:
            self.normalised = normalise(self.corrected, printed, entry)[0]
        else:
            self.normalised = self.corrected * float(printed.factor)

    def detail(self) -> str:
        return f"{self.figure_id} → {self.corrected:g}{self.unit or ''}"


class ClearCuration(_Curate):
    """Back to the figure as read (what was said about it forgotten)."""

    label = "Clear figure curation"

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        key = _figure(db, self.figure_id)[0]
        db.execute("DELETE FROM figure_curations WHERE key = ?", [key])
        return Changes(figures=True)
