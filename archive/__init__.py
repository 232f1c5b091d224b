"""Clipfile's archive: a plain Python library over one SQLite file. No Qt here.

The names below are imported when first used (PEP 562): the window's
start-up asks for :class:`Archive` and a few more, not for the importer, the
headless commands or Compare's reports (issue 17: importing them all took
0.8–1.1 s of CPU before the window showed)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cli import add_subcommands, set_pdf_writer
    from .cli import run as run_command
    from .commands import Command, CompoundCommand
    from .compare.dictionary import FAMILIES as INDICATOR_FAMILIES
    from .compare.dictionary import Indicator
    from .compare.places import MAX_PLACES, ComparePlace, PlaceError, place_names
    from .compare.places import prepare as prepare_places
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
        CannotShow,
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
    from .media.commands import AttachPictures, DetachPicture, Picture
    from .media.images import Pixels
    from .media.sidecar import SidecarPlan
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
    from .notes.render import prepare as prepare_notes
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
    from .tags.pinyin_load import load as prepare_pinyin
    from .tags.suggest import Suggestion as TagSuggestion
    from .tags.trash import ClearUnusedTags, DeleteTag, RestoreTag
    from .tags.tree import TagInfo

_WHERE = {  # name: (module, its name there)
    "add_subcommands": ("cli", "add_subcommands"),
    "set_pdf_writer": ("cli", "set_pdf_writer"),
    "run_command": ("cli", "run"),
    "Command": ("commands", "Command"),
    "CompoundCommand": ("commands", "CompoundCommand"),
    "INDICATOR_FAMILIES": ("compare.dictionary", "FAMILIES"),
    "Indicator": ("compare.dictionary", "Indicator"),
    "MAX_PLACES": ("compare.places", "MAX_PLACES"),
    "ComparePlace": ("compare.places", "ComparePlace"),
    "PlaceError": ("compare.places", "PlaceError"),
    "place_names": ("compare.places", "place_names"),
    "prepare_places": ("compare.places", "prepare"),
    "Column": ("compare.side_by_side.columns", "Column"),
    "MATRIX_MODES": ("compare.side_by_side.matrix", "MODES"),
    "Matrix": ("compare.side_by_side.matrix", "Matrix"),
    "MatrixError": ("compare.side_by_side.matrix", "MatrixError"),
    "Quote": ("compare.side_by_side.matrix", "Quote"),
    "matrix_csv": ("compare.side_by_side.matrix", "as_csv"),
    "CompareSet": ("compare.side_by_side.sets", "CompareSet"),
    "DeleteCompareSet": ("compare.side_by_side.sets", "DeleteCompareSet"),
    "RenameCompareSet": ("compare.side_by_side.sets", "RenameCompareSet"),
    "SaveCompareSet": ("compare.side_by_side.sets", "SaveCompareSet"),
    "Cell": ("compare.storage", "Cell"),
    "ClearCuration": ("compare.storage", "ClearCuration"),
    "ConfirmFigure": ("compare.storage", "ConfirmFigure"),
    "CorrectFigure": ("compare.storage", "CorrectFigure"),
    "FigureTable": ("compare.storage", "FigureTable"),
    "Other": ("compare.storage", "Other"),
    "RejectFigure": ("compare.storage", "RejectFigure"),
    "StoredFigure": ("compare.storage", "StoredFigure"),
    "Citation": ("compare.storage.export", "Citation"),
    "IndicatorProblem": ("compare.storage.indicators", "IndicatorProblem"),
    "SetIndicators": ("compare.storage.indicators", "SetIndicators"),
    "indicator_problems": ("compare.storage.indicators", "problems"),
    "BULK_BACKUP": ("core", "BULK_BACKUP"),
    "BULK_EDIT": ("core", "BULK_EDIT"),
    "Archive": ("core", "Archive"),
    "write_demo": ("demo", "write_demo"),
    "ArchiveDamaged": ("errors", "ArchiveDamaged"),
    "ArchiveError": ("errors", "ArchiveError"),
    "ArchiveMissing": ("errors", "ArchiveMissing"),
    "EmptyFile": ("errors", "EmptyFile"),
    "InvalidInput": ("errors", "InvalidInput"),
    "NewerArchive": ("errors", "NewerArchive"),
    "NotAnArchive": ("errors", "NotAnArchive"),
    "NothingToUndo": ("errors", "NothingToUndo"),
    "ReadOnlyArchive": ("errors", "ReadOnlyArchive"),
    "RecordNotFound": ("errors", "RecordNotFound"),
    "Found": ("found", "Found"),
    "articles_in": ("found", "articles_in"),
    "counted": ("found", "counted"),
    "id_of": ("found", "id_of"),
    "key_of": ("found", "key_of"),
    "kind_of": ("found", "kind_of"),
    "SourceInfo": ("importing.layout", "SourceInfo"),
    "SourceLayout": ("importing.layout", "SourceLayout"),
    "person_names": ("importing.people", "names"),
    "FileReport": ("importing.reports", "FileReport"),
    "ImportReport": ("importing.reports", "ImportReport"),
    "CaptionToParagraph": ("importing.review", "CaptionToParagraph"),
    "MergeArticles": ("importing.review", "MergeArticles"),
    "ParagraphToCaption": ("importing.review", "ParagraphToCaption"),
    "SplitArticle": ("importing.review", "SplitArticle"),
    "AssignLeftover": ("importing.review_fields", "AssignLeftover"),
    "MoveCaption": ("importing.review_fields", "MoveCaption"),
    "SetPeople": ("importing.review_fields", "SetPeople"),
    "UpdateCaption": ("importing.review_fields", "UpdateCaption"),
    "HistoryEntry": ("journal", "HistoryEntry"),
    "UndoConflict": ("journal", "UndoConflict"),
    "UndoState": ("journal", "UndoState"),
    "recover": ("maintenance", "recover"),
    "restore_backup": ("maintenance", "restore_backup"),
    "AttachPictures": ("media.commands", "AttachPictures"),
    "DetachPicture": ("media.commands", "DetachPicture"),
    "Picture": ("media.commands", "Picture"),
    "CannotShow": ("errors", "CannotShow"),
    "Pixels": ("media.images", "Pixels"),
    "SidecarPlan": ("media.sidecar", "SidecarPlan"),
    "FACET_KINDS": ("models", "FACET_KINDS"),
    "NOTE_TARGETS": ("models", "NOTE_TARGETS"),
    "Article": ("models", "Article"),
    "ArticleRow": ("models", "ArticleRow"),
    "Caption": ("models", "Caption"),
    "Changes": ("models", "Changes"),
    "FacetValue": ("models", "FacetValue"),
    "Filters": ("models", "Filters"),
    "Note": ("models", "Note"),
    "NoteVersion": ("models", "NoteVersion"),
    "Problem": ("models", "Problem"),
    "SearchHit": ("models", "SearchHit"),
    "SearchResult": ("models", "SearchResult"),
    "SourceSpan": ("models", "SourceSpan"),
    "AddNote": ("notes.commands", "AddNote"),
    "RestoreNoteVersion": ("notes.commands", "RestoreNoteVersion"),
    "SaveNote": ("notes.commands", "SaveNote"),
    "TrashNotes": ("notes.commands", "TrashNotes"),
    "NoteFilter": ("notes.listing", "NoteFilter"),
    "prepare_notes": ("notes.render", "prepare"),
    "prepare_pinyin": ("tags.pinyin_load", "load"),
    "render_note": ("notes.render", "render"),
    "NoteTarget": ("notes.targets", "NoteTarget"),
    "MergePeople": ("people.commands", "MergePeople"),
    "normalise_name": ("people.names", "normalise"),
    "PersonPage": ("people.pages", "PersonPage"),
    "PersonRecord": ("people.pages", "PersonRecord"),
    "TrashArticles": ("records.commands", "TrashArticles"),
    "UpdateArticle": ("records.commands", "UpdateArticle"),
    "PHOTO_KINDS": ("search.captions", "PHOTO_KINDS"),
    "CaptionFilter": ("search.captions", "CaptionFilter"),
    "CaptionRow": ("search.captions", "CaptionRow"),
    "QUERY_FIELDS": ("search.query", "FIELDS"),
    "DeleteSearch": ("search.saved", "DeleteSearch"),
    "SavedSearch": ("search.saved", "SavedSearch"),
    "SaveSearch": ("search.saved", "SaveSearch"),
    "terms": ("search.snippets", "terms"),
    "Backup": ("store.backups", "Backup"),
    "Damage": ("store.damage", "Damage"),
    "UPGRADE_BACKUP": ("store.database", "BACKUP"),
    "UPGRADE_STEPS": ("store.database", "UPGRADE"),
    "default_archive_path": ("store.paths", "default_archive_path"),
    "preferred_editor": ("store.preferences", "editor_name"),
    "set_preferred_editor": ("store.preferences", "set_editor_name"),
    "Salvaged": ("store.recovery", "Salvaged"),
    "TagRecords": ("tags.commands", "TagRecords"),
    "UntagRecords": ("tags.commands", "UntagRecords"),
    "TagIndex": ("tags.completion", "TagIndex"),
    "DescribeTag": ("tags.edits", "DescribeTag"),
    "MergeTags": ("tags.edits", "MergeTags"),
    "MoveTag": ("tags.edits", "MoveTag"),
    "RenameTag": ("tags.edits", "RenameTag"),
    "ReplaceInTagNames": ("tags.edits", "ReplaceInTagNames"),
    "SetTagColor": ("tags.edits", "SetTagColor"),
    "ImportTags": ("tags.exchange", "ImportTags"),
    "read_tag_export": ("tags.exchange", "read_document"),
    "TagError": ("tags.names", "TagError"),
    "normalise_tag": ("tags.names", "normalise"),
    "Passage": ("tags.passages", "Passage"),
    "TagPassage": ("tags.passages", "TagPassage"),
    "UntagPassage": ("tags.passages", "UntagPassage"),
    "TagSuggestion": ("tags.suggest", "Suggestion"),
    "ClearUnusedTags": ("tags.trash", "ClearUnusedTags"),
    "DeleteTag": ("tags.trash", "DeleteTag"),
    "RestoreTag": ("tags.trash", "RestoreTag"),
    "TagInfo": ("tags.tree", "TagInfo"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'archive' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"archive.{module}"), attribute)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


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
    "Picture",
    "Pixels",
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
    "SidecarPlan",
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
    "prepare_notes",
    "prepare_pinyin",
    "prepare_places",
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
