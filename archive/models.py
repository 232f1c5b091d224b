"""Plain dataclasses the archive takes and returns; nothing here touches SQLite."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True)
class SourceSpan:
    """Where a record's text stands in the file it was imported from."""

    path: str
    sha256: str
    start: int | None
    end: int | None


NOTE_TARGETS = (
    "article",
    "caption",
    "passage",
    "city",
    "county",
    "tag",
    "search",
    "journal",
    "set",  # a comparison set, by name
    "cell",  # a cell of the tag × place matrix: a tag and a place
)


@dataclass(frozen=True)
class Note:
    """A Markdown note and what it is about (``target``: one of NOTE_TARGETS;
    ``target_id`` the record's id, ``subject`` a place's or saved search's name)."""

    id: int
    body: str
    created_at: str
    created_by: str | None
    updated_at: str
    updated_by: str | None = None
    target: str = "article"
    target_id: int | None = None
    subject: str | None = None
    article_id: int | None = None  # the article it belongs to, if any
    version: int = 1
    deleted_at: str | None = None
    about: str = ""  # what it is about, for a list: a headline, 焦作, 人才 …

    @property
    def title(self) -> str:
        """The note's first line, without Markdown's marks."""
        for line in self.body.splitlines():
            text = re.sub(r"[*_`~]|\[\[|\]\]", "", line).strip().lstrip("#>-+ ")
            if text.strip():
                return text.strip()[:60]
        return ""


@dataclass(frozen=True)
class NoteVersion:
    """An earlier text of a note (or its current one, last of a history)."""

    version: int
    body: str
    saved_at: str
    saved_by: str | None


@dataclass(frozen=True)
class Caption:
    """A photo caption, on its own or attached to an article."""

    id: int
    uuid: str
    article_id: int | None
    label: str | None
    text: str
    date: str | None
    city: str | None
    county: str | None
    credit: str | None
    image_path: str | None
    photographers: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    source: SourceSpan | None = None


@dataclass(frozen=True)
class Article:
    """One article with everything the reader pane shows."""

    id: int
    uuid: str
    title: str
    kicker: str | None
    subtitle: str | None
    summary: str | None
    dateline: str | None
    body: str
    date: str | None
    city: str | None
    county: str | None
    publication: str | None
    publication_kind: str | None
    section: str | None
    page: str | None
    word_count: int
    views: int | None
    created_at: str
    created_by: str | None
    updated_at: str
    updated_by: str | None
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    tags: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    source: SourceSpan | None = None

    @property
    def paragraphs(self) -> list[str]:
        """The body split at its blank lines."""
        return [p for p in self.body.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class ArticleRow:
    """One line of the article list: only what the list shows."""

    id: int
    date: str | None
    city: str | None
    publication: str | None
    section: str | None
    title: str
    caption_count: int
    tags: str
    snippet: str = ""  # with a search: the text around the first match
    kind: str = "article"  # or a caption or a note the search found
    article_id: int | None = None  # a caption's or a note's article


@dataclass(frozen=True)
class Filters:
    """What narrows the article list: facet choices plus the search text.

    Every field left ``None`` (or empty) does not narrow. A facet holds one
    value or a tuple of several (two cities: either of them); several facets
    narrow together (a city and a year: both).
    """

    text: str = ""
    city: str | None = None
    county: str | None = None
    year: int | None = None
    publication: str | None = None
    section: str | None = None
    person: str | None = None
    tag: str | None = None
    order: str = "date"  # or "rank": headline hits first, each part newest first

    def with_facet(self, kind: str, value: object) -> Filters:
        """A copy with facet ``kind`` set to ``value`` (``None`` clears it)."""
        return replace(self, **{kind: value})  # type: ignore[arg-type]

    def facet(self, kind: str) -> object:
        return getattr(self, kind)

    def values(self, kind: str) -> tuple:
        """The values chosen for facet ``kind``: none, one or several."""
        value = getattr(self, kind)
        if value is None:
            return ()
        return value if isinstance(value, tuple) else (value,)

    def toggled(self, kind: str, value: object) -> Filters:
        """A copy with ``value`` added to facet ``kind``'s choices, or taken
        out if it was chosen (one value stays a value, none is ``None``)."""
        chosen = self.values(kind)
        if value in chosen:
            chosen = tuple(v for v in chosen if v != value)
        else:
            chosen = (*chosen, value)
        if not chosen:
            return self.with_facet(kind, None)
        return self.with_facet(kind, chosen if len(chosen) > 1 else chosen[0])


FACET_KINDS = ("city", "county", "year", "publication", "section", "person", "tag")


@dataclass(frozen=True)
class FacetValue:
    value: str | int
    count: int


@dataclass(frozen=True)
class Changes:
    """What one write changed, so each view refreshes only what it must."""

    articles: frozenset[int] = frozenset()
    captions: frozenset[int] = frozenset()
    note_ids: frozenset[int] = frozenset()
    # articles whose tags changed and nothing else (their text is not indexed
    # again: tagging 10,000 articles must not re-read 10,000 bodies)
    tagged: frozenset[int] = frozenset()
    tags: bool = False  # the tag tree or some taggings
    notes: bool = False  # some notes (their ids in note_ids where known)
    membership: bool = False  # records joined or left lists and facet counts
    comparisons: bool = False  # comparison sets
    figures: bool = False  # figures read from the text, or their curation
    everything: bool = False  # the file was rebuilt or replaced: refresh it all

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            articles=self.articles | other.articles,
            captions=self.captions | other.captions,
            note_ids=self.note_ids | other.note_ids,
            tagged=self.tagged | other.tagged,
        ).flagged({f for f in _FLAGS if getattr(self, f) or getattr(other, f)})

    def flagged(self, flags: set[str]) -> Changes:
        """A copy with the yes/no fields ``flags`` set."""
        values: dict[str, Any] = dict.fromkeys(flags, True)
        return replace(self, **values)

    @property
    def records(self) -> int:
        """How many records it names."""
        tagged_only = len(self.tagged - self.articles)
        return (
            len(self.articles) + len(self.captions) + len(self.note_ids) + tagged_only
        )

    def to_json(self) -> str:
        """The changes as the edit history keeps them."""
        return json.dumps(
            {
                "articles": sorted(self.articles),
                "captions": sorted(self.captions),
                "notes": sorted(self.note_ids),
                "tagged": sorted(self.tagged),
                "flags": [name for name in _FLAGS if getattr(self, name)],
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> Changes:
        """The changes an edit recorded; an edit from before they were recorded
        (or unreadable) counts as having changed everything."""
        try:
            data = json.loads(text or "")
            flags = [f for f in data["flags"] if f in _FLAGS]
            return cls(
                articles=frozenset(data["articles"]),
                captions=frozenset(data["captions"]),
                note_ids=frozenset(data["notes"]),
                tagged=frozenset(data.get("tagged", ())),
            ).flagged(set(flags))
        except (ValueError, TypeError, KeyError):
            return cls().flagged(set(_FLAGS))


# Changes' yes/no fields, kept by name in the edit history.
_FLAGS = tuple(f.name for f in fields(Changes) if f.type in ("bool", bool))


@dataclass(frozen=True)
class SearchHit:
    id: int
    kind: str  # article, caption or note
    title: str
    date: str | None
    city: str | None
    publication: str | None
    snippet: str
    article_id: int | None = None


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: list[SearchHit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how the query was read
    counts: dict[str, int] = field(default_factory=dict)  # of each kind found


# Problems that mean the file itself is damaged, not just inconsistent.
DAMAGE_KINDS = ("integrity", "text", "source")


@dataclass(frozen=True)
class Problem:
    """One thing ``check`` found wrong."""

    kind: str
    message: str

    @property
    def damage(self) -> bool:
        """Whether it says the file is damaged (else records are inconsistent)."""
        return self.kind in DAMAGE_KINDS


@dataclass(frozen=True)
class Doc:
    """One indexed record: kind is a (article), c (caption) or n (note)."""

    kind: str
    record_id: int
