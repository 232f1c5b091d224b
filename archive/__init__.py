"""Clipfile's archive: a plain Python library over one SQLite file. No Qt here."""

from __future__ import annotations

from .cli import add_subcommands, set_pdf_writer
from .cli import run as run_command
from .commands import Command, CompoundCommand
from .compare.dictionary import FAMILIES as INDICATOR_FAMILIES
from .compare.dictionary import Indicator
from .compare.places import MAX_PLACES, ComparePlace, PlaceError, place_names
from .compare.side_by_side.columns import Column
from .compare.side_by_side.matrix import MODES as MATRIX_MODES
from .compare.side_by_side.matrix import Matrix, MatrixError, Quote
from .compare.side_by_side.matrix import as_csv as matrix_csv
from .compare.side_by_side.sets import (
    CompareSet,
    DeleteCompareSet,
    RenameCompareSet,
    SaveCompareSet,
)
from .compare.storage import (
    Cell,
    ClearCuration,
    ConfirmFigure,
    CorrectFigure,
    FigureTable,
    Other,
    RejectFigure,
    StoredFigure,
)
from .compare.storage.export import Citation
from .compare.storage.indicators import IndicatorProblem, SetIndicators
from .compare.storage.indicators import problems as indicator_problems
from .core import BULK_BACKUP, BULK_EDIT, Archive
from .demo import write_demo
from .errors import (
    ArchiveDamaged,
    ArchiveError,
    ArchiveMissing,
    EmptyFile,
    InvalidInput,
    NewerArchive,
    NotAnArchive,
    NothingToUndo,
    ReadOnlyArchive,
    RecordNotFound,
)
from .found import Found, articles_in, counted, id_of, key_of, kind_of
from .importing.layout import SourceInfo, SourceLayout
from .importing.people import names as person_names
from .importing.reports import FileReport, ImportReport
from .importing.review import (
    CaptionToParagraph,
    MergeArticles,
    ParagraphToCaption,
    SplitArticle,
)
from .importing.review_fields import (
    AssignLeftover,
    MoveCaption,
    SetPeople,
    UpdateCaption,
)
from .journal import HistoryEntry, UndoConflict, UndoState
from .maintenance import recover, restore_backup
from .media.commands import AttachPictures, DetachPicture
from .media.images import CannotShow
from .models import (
    FACET_KINDS,
    NOTE_TARGETS,
    Article,
    ArticleRow,
    Caption,
    Changes,
    FacetValue,
    Filters,
    Note,
    NoteVersion,
    Problem,
    SearchHit,
    SearchResult,
    SourceSpan,
)
from .notes.commands import AddNote, RestoreNoteVersion, SaveNote, TrashNotes
from .notes.listing import NoteFilter
from .notes.render import render as render_note
from .notes.targets import NoteTarget
from .people.commands import MergePeople
from .people.names import normalise as normalise_name
from .people.pages import PersonPage, PersonRecord
from .records.commands import TrashArticles, UpdateArticle
from .search.captions import PHOTO_KINDS, CaptionFilter, CaptionRow
from .search.query import FIELDS as QUERY_FIELDS
from .search.saved import DeleteSearch, SavedSearch, SaveSearch
from .search.snippets import terms
from .store.backups import Backup
from .store.damage import Damage
from .store.database import BACKUP as UPGRADE_BACKUP
from .store.database import UPGRADE as UPGRADE_STEPS
from .store.paths import default_archive_path
from .store.preferences import editor_name as preferred_editor
from .store.preferences import set_editor_name as set_preferred_editor
from .store.recovery import Salvaged
from .tags.commands import TagRecords, UntagRecords
from .tags.completion import TagIndex
from .tags.edits import (
    DescribeTag,
    MergeTags,
    MoveTag,
    RenameTag,
    ReplaceInTagNames,
    SetTagColor,
)
from .tags.exchange import ImportTags
from .tags.exchange import read_document as read_tag_export
from .tags.names import TagError
from .tags.names import normalise as normalise_tag
from .tags.passages import Passage, TagPassage, UntagPassage
from .tags.suggest import Suggestion as TagSuggestion
from .tags.trash import ClearUnusedTags, DeleteTag, RestoreTag
from .tags.tree import TagInfo

__all__ = [  # noqa: RUF022 (figures' names kept in a block of their own)
    "Cell",
    "Citation",
    "ClearCuration",
    "ConfirmFigure",
    "CorrectFigure",
    "FigureTable",
    "Other",
    "INDICATOR_FAMILIES",
    "Indicator",
    "RejectFigure",
    "SetIndicators",
    "IndicatorProblem",
    "indicator_problems",
    "StoredFigure",
    "FACET_KINDS",
    "MATRIX_MODES",
    "MAX_PLACES",
    "NOTE_TARGETS",
    "PHOTO_KINDS",
    "QUERY_FIELDS",
    "BULK_BACKUP",
    "BULK_EDIT",
    "UPGRADE_BACKUP",
    "UPGRADE_STEPS",
    "AddNote",
    "Archive",
    "ArchiveDamaged",
    "ArchiveError",
    "ArchiveMissing",
    "Article",
    "ArticleRow",
    "AssignLeftover",
    "AttachPictures",
    "Backup",
    "CannotShow",
    "Caption",
    "CaptionFilter",
    "CaptionRow",
    "CaptionToParagraph",
    "Changes",
    "ClearUnusedTags",
    "Column",
    "Command",
    "ComparePlace",
    "CompareSet",
    "CompoundCommand",
    "Damage",
    "DeleteCompareSet",
    "DeleteSearch",
    "DeleteTag",
    "DescribeTag",
    "DetachPicture",
    "EmptyFile",
    "FacetValue",
    "FileReport",
    "Filters",
    "Found",
    "HistoryEntry",
    "ImportReport",
    "ImportTags",
    "InvalidInput",
    "Matrix",
    "MatrixError",
    "MergeArticles",
    "MergePeople",
    "MergeTags",
    "MoveCaption",
    "MoveTag",
    "NewerArchive",
    "NotAnArchive",
    "Note",
    "NoteFilter",
    "NoteTarget",
    "NoteVersion",
    "NothingToUndo",
    "ParagraphToCaption",
    "Passage",
    "PersonPage",
    "PersonRecord",
    "PlaceError",
    "Problem",
    "Quote",
    "ReadOnlyArchive",
    "RecordNotFound",
    "RenameCompareSet",
    "RenameTag",
    "ReplaceInTagNames",
    "RestoreNoteVersion",
    "RestoreTag",
    "Salvaged",
    "SaveCompareSet",
    "SaveNote",
    "SaveSearch",
    "SavedSearch",
    "SearchHit",
    "SearchResult",
    "SetPeople",
    "SetTagColor",
    "SourceInfo",
    "SourceLayout",
    "SourceSpan",
    "SplitArticle",
    "TagError",
    "TagIndex",
    "TagInfo",
    "TagPassage",
    "TagRecords",
    "TagSuggestion",
    "TrashArticles",
    "TrashNotes",
    "UndoConflict",
    "UndoState",
    "UntagPassage",
    "UntagRecords",
    "UpdateArticle",
    "UpdateCaption",
    "add_subcommands",
    "default_archive_path",
    "id_of",
    "key_of",
    "articles_in",
    "counted",
    "kind_of",
    "matrix_csv",
    "normalise_name",
    "normalise_tag",
    "person_names",
    "place_names",
    "preferred_editor",
    "read_tag_export",
    "recover",
    "render_note",
    "restore_backup",
    "run_command",
    "set_pdf_writer",
    "set_preferred_editor",
    "terms",
    "write_demo",
]
