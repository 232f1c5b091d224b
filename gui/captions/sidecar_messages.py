"""Why a pictures folder's list (or one of its lines) cannot be used, in the
interface's language, from the archive's codes (``archive.media.sidecar.Why``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..messages import picture_why


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _texts() -> dict[str, str]:
    return {
        "not_text": tr("%list is not text in UTF-8 or GB 18030."),
        "not_json": tr("%list is not JSON: %error"),
        "not_a_list": tr("%list should hold a list of entries."),
        "no_header": tr("%list is empty: it has no header line."),
        "taken": tr("the caption already gets a picture on line %line"),
        "no_file": tr("no file named (a “file” column)"),
        "outside": tr("%name is not a file in the folder"),
        "no_such_file": tr("%name: there is no such file in the folder"),
        "bad_id": tr("%name: caption id “%id” is not a number"),
        "no_caption_id": tr("%name: there is no caption %id"),
        "unnamed": tr(
            "%name: no caption named (give caption_id, label and page, or the "
            "caption's text)"
        ),
        "none": tr("%name: no caption is %which"),
        "several": tr("%name: several captions are %which (add a date or caption_id)"),
    }


def sidecar_problem(why: object) -> str:
    """``why`` (a line's problem, or the error reading the list) worded in
    the interface's language; as it is when it carries no code."""
    if isinstance(why, BaseException) and why.args:
        why = why.args[0]
    code = getattr(why, "code", None)
    values: dict[str, str] = dict(getattr(why, "values", {}))
    if code == "cannot_show":
        return f"{values.get('name', '')}: {picture_why(values.get('why', ''))}"
    text = _texts().get(code or "")
    if text is None:
        return str(why)
    values["which"] = _which(values)
    # in one pass: a value's own text (a caption's words) is never read again
    return _PLACES.sub(lambda m: values.get(m.group(1), m.group(0)), text)


_PLACES = re.compile(r"%(which|label|error|name|line|list|page|text|date|id)")


def _which(values: dict[str, str]) -> str:
    """The caption a line names, as the line named it."""
    if values.get("label") and values.get("page"):
        which = tr("%1 on page %2").replace("%1", values["label"])
        which = which.replace("%2", values["page"])
    else:
        which = tr("the caption reading “%1”").replace("%1", values.get("text", ""))
    if values.get("date"):
        which += tr(" of %1").replace("%1", values["date"])
    return which
