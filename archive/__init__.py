"""Clipfile's archive: a plain Python library over one SQLite file. No Qt here."""

from __future__ import annotations

from .commands import (
    AddNote,
    Command,
    NoteTarget,
    TagRecords,
    TrashArticles,
    UntagRecords,
    UpdateArticle,
)
from .core import Archive
from .errors import (
    ArchiveError,
    ArchiveMissing,
    EmptyFile,
    NewerArchive,
    NotAnArchive,
    NothingToUndo,
    ReadOnlyArchive,
    RecordNotFound,
)
from .models import (
    FACET_KINDS,
    Article,
    ArticleRow,
    Caption,
    Changes,
    FacetValue,
    Filters,
    Note,
    Problem,
    SearchHit,
    SearchResult,
    SourceSpan,
)
from .review import (
    CaptionToParagraph,
    MergeArticles,
    MoveCaption,
    ParagraphToCaption,
    SplitArticle,
    UpdateCaption,
)

__all__ = [
    "FACET_KINDS",
    "AddNote",
    "Archive",
    "ArchiveError",
    "ArchiveMissing",
    "Article",
    "ArticleRow",
    "Caption",
    "CaptionToParagraph",
    "Changes",
    "Command",
    "EmptyFile",
    "FacetValue",
    "Filters",
    "MergeArticles",
    "MoveCaption",
    "NewerArchive",
    "NotAnArchive",
    "Note",
    "NoteTarget",
    "NothingToUndo",
    "ParagraphToCaption",
    "Problem",
    "ReadOnlyArchive",
    "RecordNotFound",
    "SearchHit",
    "SearchResult",
    "SourceSpan",
    "SplitArticle",
    "TagRecords",
    "TrashArticles",
    "UntagRecords",
    "UpdateArticle",
    "UpdateCaption",
]
