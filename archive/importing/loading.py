"""One file read as the importer reads it, stage by stage, before the archive
is asked anything: its bytes and their hash, its text and the text's hash,
its kind, the page read from it.

Each stage runs once, when first asked for, so a file the archive already
holds (asked after its bytes' hash) is never decoded nor read. The same
stages run whole in a worker process (:mod:`.workers`) for the files ahead of
the one being written; the importer then asks the archive the same questions
in the same order, so a file read ahead becomes what it would have become
read here.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..compare.storage import rows as figure_rows
from ..search.tokens import field_tokens
from . import documents, formats
from .decode import MAX_BYTES, NotText, check_size, decode
from .drafts import PageDraft
from .page import HAN
from .reading import read_text
from .writer import Prepared, prepare

# (message, reason, detail): why a stage could not go on, as FileReport says it
Failure = tuple[str, str, str]


class FileReading:
    """A file's stages: :meth:`load`, :meth:`decode`, :meth:`read`, each
    returning the :data:`Failure` that stops the file there, or None."""

    def __init__(self, path: Path, year: int | None) -> None:
        self.path, self.year = path, year
        self.data = b""
        self.sha256 = ""
        self.encoding = ""
        self.replaced = 0
        self.text_sha256 = ""
        self.kind = ""
        self.text = ""  # what the records' spans index into
        self.page: PageDraft | None = None
        self.tokens: dict[str, str] = {}  # field_tokens of its records' fields
        # its articles' figures, one each in order, read with the indicator
        # entries of this digest (None: not read ahead; entries_digest)
        self.figures: list[figure_rows.ReadFigures] = []
        self.figures_read_with: str | None = None
        self.prepared: Prepared | None = None  # what the writer makes of it
        self._decoded: str | None = None
        self._done: dict[str, Failure | None] = {}

    def load(self) -> Failure | None:
        """The file's bytes (a huge file is refused, not read whole)."""
        if "load" not in self._done:
            self._done["load"] = self._load()
        return self._done["load"]

    def decode(self) -> Failure | None:
        """Its text, encoding, the text's hash and the file's kind."""
        if "decode" not in self._done:
            self._done["decode"] = self.load() or self._decode()
        return self._done["decode"]

    def read(self) -> Failure | None:
        """The page read from its text."""
        if "read" not in self._done:
            self._done["read"] = self.decode() or self._read()
        return self._done["read"]

    def whole(self, dictionary: str | None = None) -> FileReading:
        """Every stage run (in a worker): what the importer will ask for, the
        index tokens of the fields its records will have and, given the
        archive's indicator entries (:func:`~archive.compare.storage.
        indicators.own_text`), its articles' figures as the writer would
        read them."""
        if self.read() is None and self.page is not None:
            page = self.page
            self.prepared = prepare(page, self.text, self.data)
            self.tokens = {
                field: field_tokens(field) for field in set(_fields(page)) if field
            }
            if dictionary is not None:
                indicators = figure_rows.dictionary_from(dictionary)
                self.figures = [
                    figure_rows.read_figures(
                        indicators,
                        title=article.title or "",
                        body=article.body,
                        date=article.date,
                        city=page.city,
                        county=article.county,
                    )
                    for article in page.articles
                ]
                self.figures_read_with = figure_rows.entries_digest(dictionary)
        return self

    def __getstate__(self) -> dict:
        state = {**self.__dict__, "_decoded": None}  # read() has used it
        if self.prepared is not None:
            state["data"] = b""  # the writer stores prepared.content
        return state

    def _load(self) -> Failure | None:
        try:
            with self.path.open("rb") as file:
                data = file.read(MAX_BYTES + 1)
                size = os.fstat(file.fileno()).st_size
            check_size(max(size, len(data)))
        except NotText as error:
            return str(error), error.reason, error.detail
        except OSError as error:
            return (
                f"cannot read the file: {error.strerror or error}",
                "unreadable",
                error.strerror or str(error),
            )
        self.data = data
        self.sha256 = hashlib.sha256(data).hexdigest()
        return None

    def _decode(self) -> Failure | None:
        document = documents.kind_of(self.path.name, self.data)
        if document is not None and self.data.strip():
            try:  # a Word file, a page saved as one file: their text
                text, self.encoding = documents.text_of(document, self.data)
            except documents.Damaged as error:
                return str(error), "bad_format", error.name
            self.kind = document
        else:
            try:
                decoded = decode(self.data)
            except NotText as error:
                return str(error), error.reason, error.detail
            self.encoding, self.replaced = decoded.encoding, decoded.replaced
            text = decoded.text
            self.kind = formats.kind_of(self.path.name, text)
        self.text_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self._decoded = text
        return None

    def _read(self) -> Failure | None:
        assert self._decoded is not None
        decoded, self._decoded = self._decoded, None
        try:
            text, page = read_text(self.kind, decoded, self.path, self.year)
        except (ValueError, KeyError, TypeError) as error:
            message = f"cannot read this {self.kind} file: {error}"
            return message, "bad_format", self.kind
        if not HAN.search(text):
            return "no Chinese text in this file", "no_chinese", ""
        self.text, self.page = text, page
        return None


def _fields(page: PageDraft) -> Iterator[str | None]:
    """The fields of a page's records that the index tokenises one by one
    (:data:`archive.search.index._ARTICLE`, ``_CAPTION``)."""
    captions = list(page.captions)
    for article in page.articles:
        yield article.kicker
        yield article.title
        yield article.subtitle
        yield article.summary
        yield article.dateline
        yield article.body
        captions += article.captions
    for caption in captions:
        yield caption.label
        yield caption.text
        yield caption.credit
