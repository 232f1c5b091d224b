"""Why a tag edit was refused, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def tag_problem(error: Exception) -> str:
    """The sentence for a :class:`archive.TagError` (its ``reason``)."""
    reason = getattr(error, "reason", "")
    name = getattr(error, "name", "")
    texts = {
        "empty": tr("A tag needs a name: type one (use / for a tag below another)."),
        "too_long": tr(
            "A tag name can have at most 100 characters; “%1” is longer. "
            "Shorten it, or put the detail in the tag's description."
        ),
        "too_deep": tr("A tag path can have at most 12 levels."),
        "no_tag": tr("There is no tag %1."),
        "onto_itself": tr("%1 cannot go below itself or below one of its own tags."),
        "quote_missing": tr("The article's text does not say “%1”."),
        "range": tr("Select some of the article's text first."),
        "no_quote": tr("Select some of the article's text first."),
        "color": tr("%1 is not a colour; choose one in the colour dialog."),
        "taken": tr(
            "A tag named like %1 has taken its place; rename one of them first."
        ),
        "parent_deleted": tr("Restore the tag above it first."),
        "not_deleted": tr("That tag is not in the trash."),
        "exchange": tr("This file is not a tag export of Clipfile (%1)."),
    }
    text = texts.get(reason)
    if text is None:
        return str(error)
    return text.replace("%1", name or str(error))
