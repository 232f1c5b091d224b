"""Where an article's body stands in the reader's document, both ways.

The archive counts a passage in code points of the body (paragraphs joined
by one blank line); a QTextDocument counts UTF-16 units of its own text,
where each paragraph is a block after the headline, byline and the rest,
and a character outside the Basic Multilingual Plane (𠀀, rare in names and
places) is two units. This module converts at that boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextDocument


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def utf16_to_code_points(text: str, units: int) -> int:
    """The code point index of UTF-16 offset ``units`` in ``text``."""
    if units <= 0:
        return 0
    return len(text.encode("utf-16-le")[: units * 2].decode("utf-16-le", "ignore"))


def code_points_to_utf16(text: str, points: int) -> int:
    return utf16_length(text[:points])


@dataclass(frozen=True)
class _Paragraph:
    text: str
    body_start: int  # code points into the body
    doc_start: int  # UTF-16 units into the document


class BodyMap:
    """The body's paragraphs found in the reader's document, in order; a
    paragraph the document does not hold as it is (none, normally) is left
    out, and positions in it map to nothing."""

    def __init__(self, document: QTextDocument, body: str) -> None:
        self.body = body
        self.paragraphs: list[_Paragraph] = []
        at = 0
        raw = body.split("\n\n")
        block = document.begin()
        for part in raw:
            start, at = at, at + len(part) + 2
            if not part.strip():
                continue
            probe = block
            while probe.isValid() and not probe.text().endswith(part):
                probe = probe.next()
            if not probe.isValid():
                continue  # not found as it is: leave it out, keep looking on
            text = probe.text()
            offset = utf16_length(text) - utf16_length(part)
            self.paragraphs.append(_Paragraph(part, start, probe.position() + offset))
            block = probe.next()

    def to_body(self, position: int) -> int | None:
        """The body offset (code points) of document ``position`` (UTF-16)."""
        for paragraph in self.paragraphs:
            length = utf16_length(paragraph.text)
            if paragraph.doc_start <= position <= paragraph.doc_start + length:
                units = position - paragraph.doc_start
                return paragraph.body_start + utf16_to_code_points(
                    paragraph.text, units
                )
        return None

    def to_document(self, offset: int) -> int | None:
        """The document position (UTF-16) of body ``offset`` (code points)."""
        for paragraph in self.paragraphs:
            if (
                paragraph.body_start
                <= offset
                <= paragraph.body_start + len(paragraph.text)
            ):
                points = offset - paragraph.body_start
                return paragraph.doc_start + code_points_to_utf16(
                    paragraph.text, points
                )
        return None

    def selection_to_body(self, start: int, end: int) -> tuple[int, int] | None:
        """A selection of the document as body offsets, trimmed to the body's
        paragraphs (None if it holds none of the body)."""
        if not self.paragraphs or end <= start:
            return None
        first = self.paragraphs[0].doc_start
        last = self.paragraphs[-1]
        stop = last.doc_start + utf16_length(last.text)
        start, end = max(start, first), min(end, stop)
        if end <= start:
            return None
        low, high = self._inside(start, forward=True), self._inside(end, forward=False)
        if low is None or high is None or high <= low:
            return None
        return low, high

    def _inside(self, position: int, *, forward: bool) -> int | None:
        """``position`` mapped, or moved to the nearest paragraph's edge."""
        mapped = self.to_body(position)
        if mapped is not None:
            return mapped
        ordered = self.paragraphs if forward else list(reversed(self.paragraphs))
        for paragraph in ordered:
            edge = paragraph.doc_start + (
                0 if forward else utf16_length(paragraph.text)
            )
            if (forward and edge >= position) or (not forward and edge <= position):
                return self.to_body(edge)
        return None
