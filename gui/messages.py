"""Archive errors as sentences in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from archive import ArchiveError, CannotShow, FileReport, NewerArchive

from .i18n import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def describe(error: ArchiveError) -> str:
    """One or two sentences a user can act on; the file name included."""
    path = str(error.path) if error.path else ""
    texts = {
        "missing": tr("There is no archive at %1."),
        "not_an_archive": tr(
            "%1 is not a Clipfile archive. The file was left as it is."
        ),
        "empty_file": tr(
            "%1 is empty, so it is not a Clipfile archive. The file was left as it is."
        ),
        "read_only": tr(
            "%1 is read-only and needs an upgrade before this version of "
            "Clipfile can open it. Make the file writable and try again."
        ),
        "not_found": tr("That record is no longer in the archive."),
        "nothing_to_undo": tr("There is nothing to undo."),
        "backing_up": tr(
            "The archive is being backed up before an edit; try again when "
            "the backup is done."
        ),
    }
    if isinstance(error, NewerArchive):
        return (
            tr(
                "%1 was written by a newer version of Clipfile (archive format %2; "
                "this version reads up to %3). Update Clipfile to open it. "
                "The file was left as it is."
            )
            .replace("%1", path)
            .replace("%2", str(error.version))
            .replace("%3", str(error.known))
        )
    if isinstance(error, CannotShow):
        return picture_problem(error)
    if error.code == "tag":
        from .tags.messages import tag_problem  # noqa: PLC0415 (its own view)

        return tag_problem(error)
    if error.code == "read_only" and "upgrade" not in str(error):
        return tr("This archive is open read-only; changes cannot be saved.")
    text = texts.get(error.code)
    if text is None:
        return (
            tr("Clipfile could not use %1: %2")
            .replace("%1", path)
            .replace("%2", str(error))
        )
    return text.replace("%1", path)


def picture_problem(error: CannotShow) -> str:
    """Why a picture cannot be shown (or, given to be attached, was not)."""
    text = picture_why(getattr(error, "why", ""))
    if error.code == "not_a_picture" and error.path is not None:
        return (
            tr("%1 was not attached: %2")
            .replace("%1", error.path.name)
            .replace("%2", text)
        )
    return text


def picture_why(why: str) -> str:
    """CannotShow's ``why`` as a sentence."""
    texts = {
        "missing": tr("The picture's file is missing from the archive's media folder."),
        "too_large": tr("The picture is too large to show."),
        "not_a_picture": tr(
            "This is not a picture Clipfile can read (JPEG, PNG, GIF, TIFF, "
            "WebP or BMP)."
        ),
        "damaged": tr("The picture is damaged (cut short or corrupt)."),
    }
    return texts.get(why, texts["damaged"])


_COMMAND_LABELS = {
    "Edit article": QT_TRANSLATE_NOOP("Messages", "Edit article"),
    "Move to trash": QT_TRANSLATE_NOOP("Messages", "Move to trash"),
    "Add note": QT_TRANSLATE_NOOP("Messages", "Add note"),
    "Tag": QT_TRANSLATE_NOOP("Messages", "Tag"),
    "Remove tag": QT_TRANSLATE_NOOP("Messages", "Remove tag"),
    "Merge articles": QT_TRANSLATE_NOOP("Messages", "Merge articles"),
    "Split article": QT_TRANSLATE_NOOP("Messages", "Split article"),
    "Paragraph to caption": QT_TRANSLATE_NOOP("Messages", "Paragraph to caption"),
    "Caption to paragraph": QT_TRANSLATE_NOOP("Messages", "Caption to paragraph"),
    "Move caption": QT_TRANSLATE_NOOP("Messages", "Move caption"),
    "Edit caption": QT_TRANSLATE_NOOP("Messages", "Edit caption"),
    "Edit people": QT_TRANSLATE_NOOP("Messages", "Edit people"),
    "Place leftover": QT_TRANSLATE_NOOP("Messages", "Place leftover"),
    "Edit": QT_TRANSLATE_NOOP("Messages", "Edit"),
    "Save search": QT_TRANSLATE_NOOP("Messages", "Save search"),
    "Delete saved search": QT_TRANSLATE_NOOP("Messages", "Delete saved search"),
    "Tag passage": QT_TRANSLATE_NOOP("Messages", "Tag passage"),
    "Remove passage": QT_TRANSLATE_NOOP("Messages", "Remove passage"),
    "Rename tag": QT_TRANSLATE_NOOP("Messages", "Rename tag"),
    "Move tag": QT_TRANSLATE_NOOP("Messages", "Move tag"),
    "Merge tags": QT_TRANSLATE_NOOP("Messages", "Merge tags"),
    "Tag colour": QT_TRANSLATE_NOOP("Messages", "Tag colour"),
    "Describe tag": QT_TRANSLATE_NOOP("Messages", "Describe tag"),
    "Delete tag": QT_TRANSLATE_NOOP("Messages", "Delete tag"),
    "Restore tag": QT_TRANSLATE_NOOP("Messages", "Restore tag"),
    "Clear unused tags": QT_TRANSLATE_NOOP("Messages", "Clear unused tags"),
    "Replace in tag names": QT_TRANSLATE_NOOP("Messages", "Replace in tag names"),
    "Import tags": QT_TRANSLATE_NOOP("Messages", "Import tags"),
}


def command_label(label: str) -> str:
    """An archive command's English label in the interface language."""
    return QCoreApplication.translate("Messages", _COMMAND_LABELS.get(label, label))


def import_note(report: FileReport) -> str:
    """Why a file was skipped or failed, or what to know about it, translated."""
    texts = {
        "duplicate": tr("This file was imported before."),
        "same_text": tr("Same text as %1, imported before."),
        "empty": tr("The file is empty."),
        "too_large": tr("Too large for one page (%1 MB). Split it into pages."),
        "binary": tr("Not a text file."),
        "undecodable": tr("The text is in no encoding Clipfile knows."),
        "unreadable": tr("The file could not be read: %1"),
        "no_chinese": tr("The file has no Chinese text."),
        "bad_format": tr("The file is not valid %1."),
        "replaced": tr(
            "%1 bytes could not be decoded; shown as �, kept in the source."
        ),
        "archive": tr("The archive refused the file: %1"),
        "lost": tr(
            "Not kept: an error in a later file undid the batch this file was "
            "written with. Import it again."
        ),
        "internal": tr("Clipfile could not read this page (%1). The file was skipped."),
        "archive_itself": tr(
            "This is the archive's own file (or its journal), not a page."
        ),
    }
    text = texts.get(report.reason, "")
    return text.replace("%1", report.detail) if text else ""


_QUERY_NOTES = {
    "an unmatched ')' was ignored": QT_TRANSLATE_NOOP(
        "Messages", "an unmatched ')' was ignored"
    ),
    "a '(' without its ')' was closed at the end": QT_TRANSLATE_NOOP(
        "Messages", "a '(' without its ')' was closed at the end"
    ),
}


def query_note(note: str) -> str:
    """How a query was read, in the interface language where a sentence is known."""
    if note in _QUERY_NOTES:
        return QCoreApplication.translate("Messages", _QUERY_NOTES[note])
    if "is not a field" in note:
        return tr("%1 is not a field; it was searched as text").replace(
            "%1", note.split("'")[1]
        )
    if "names no tag" in note:
        return tr("%1 names no tag; it was ignored").replace("%1", note.split("'")[1])
    if "no saved search" in note:
        return tr("There is no saved search %1").replace("%1", note.split("'")[1])
    if "is not a date" in note:
        return tr(
            "%1 is not a date like 2022 or 2021-06..2022-03; it was searched as text"
        ).replace("%1", note.split("'")[1])
    return note


def place_problem(error: ArchiveError) -> str:
    """Why a place cannot be compared, with what was meant, translated."""
    name = getattr(error, "name", "")
    choices = "、".join(getattr(error, "choices", ()))
    texts = {
        "unknown_place": tr("There is no place called %1; did you mean %2?")
        if choices
        else tr("There is no place called %1 in the gazetteer."),
        "shared_place": tr(
            "%1 is the name of a county or district in several cities; say which: %2"
        ),
        "place_twice": tr("%1 is compared already (as %2)."),
        "too_many_places": tr("A comparison has at most 6 places."),
        "no_place": tr("Type the name of a city or county."),
    }
    text = texts.get(error.code)
    if text is None:
        return describe(error)
    return text.replace("%1", name).replace("%2", choices)
