"""Completion in the search box: field names, then the values a field can take."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from archive import QUERY_FIELDS as FIELDS
from archive import FacetValue

# Which facet offers the values of a field.
_FACET_OF = {
    "city": "city",
    "county": "county",
    "paper": "publication",
    "section": "section",
    "person": "person",
    "reporter": "person",
    "photographer": "person",
    "tag": "tag",
}
_FIXED = {"kind": ["article", "caption", "note"], "has": ["caption", "note", "figure"]}


class SearchCompleter(QCompleter):
    """Completes the last word of a :class:`QLineEdit`: ``ci`` → ``city:``,
    ``city:焦`` → ``city:焦作``, from the facet values last shown."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.values: dict[str, list[str]] = {}
        # every tag's path, from the tag tree (the tag facet lists only the
        # tags of the current result, and is not counted again after a
        # tagging that leaves the list as it is)
        self.tag_paths: list[str] | None = None
        self.strings = QStringListModel(self)
        self.setModel(self.strings)
        self.setWidget(edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # the text, not the index, of the choice (the stub lacks the overloads)
        self.activated[str].connect(self.insert)  # type: ignore[index]
        edit.textEdited.connect(self.update_for)

    def set_facets(
        self, facets: dict[str, list[FacetValue]], _filters: object = None
    ) -> None:
        self.values = {
            kind: [str(v.value) for v in values] for kind, values in facets.items()
        }

    def set_tags(self, paths: list[str]) -> None:
        """The archive's tags, offered after ``tag:``."""
        self.tag_paths = paths

    def candidates(self, word: str) -> list[str]:
        """What the last word typed could become."""
        name, colon, value = word.partition(":")
        if not colon:
            return [f"{field}:" for field in FIELDS if field.startswith(name.lower())]
        options = _FIXED.get(name) or (
            self.tag_paths
            if name == "tag" and self.tag_paths is not None
            else self.values.get(_FACET_OF.get(name, ""), [])
        )
        return [f"{name}:{option}" for option in options if option.startswith(value)]

    def update_for(self, text: str) -> None:
        word = text.rsplit(" ", maxsplit=1)[-1]
        options = self.candidates(word) if word else []
        if not options or options == [word]:
            popup = self.popup()
            if popup is not None:
                popup.hide()
            return
        self.strings.setStringList(options)
        self.setCompletionPrefix(word)
        self.complete()

    def insert(self, completion: str) -> None:
        text = self.edit.text()
        head = text[: len(text) - len(text.split(" ")[-1])]
        self.edit.setText(head + completion + ("" if completion.endswith(":") else " "))
