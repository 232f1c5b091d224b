"""What the importer reads from a page, before it is written to the archive."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Span:
    start: int
    end: int


@dataclass
class CaptionDraft:
    text: str
    label: str | None = None
    photographers: list[str] = field(default_factory=list)
    credit: str | None = None
    date: str | None = None
    county: str | None = None
    section: str | None = None
    spans: list[Span] = field(default_factory=list)


@dataclass
class ArticleDraft:
    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    summary: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    people: dict[str, list[str]] = field(default_factory=dict)  # role -> names
    section: str | None = None
    date: str | None = None
    county: str | None = None
    views: int | None = None
    captions: list[CaptionDraft] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)  # text around each join, for review
    spans: list[Span] = field(default_factory=list)
    untitled: bool = False  # the title was made from the first sentence

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def add_people(self, pairs: list[tuple[str, str]]) -> None:
        for role, name in pairs:
            names = self.people.setdefault(role, [])
            if name not in names:
                names.append(name)


@dataclass
class PageDraft:
    """Everything read from one source text; spans index into ``text``."""

    text: str
    articles: list[ArticleDraft] = field(default_factory=list)
    captions: list[CaptionDraft] = field(default_factory=list)  # not in an article
    leftovers: list[Span] = field(default_factory=list)
    furniture: list[Span] = field(default_factory=list)
    city: str | None = None
    publication: str | None = None
    date: str | None = None
    web: bool = False
