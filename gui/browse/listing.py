"""The Browse view's list: a new result shown, counted or explained."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QCoreApplication

from archive import FACET_KINDS, ArticleRow, terms

from ..i18n import number
from .base import BrowseBase


class ListingMixin(BrowseBase):
    """Part of :class:`~gui.browse.view.BrowseView` (strings in its context)."""

    def _show_ids(
        self,
        ids: array,
        complete: bool,
        counts: dict[str, int] | None = None,
        first_rows: list[ArticleRow] | None = None,
    ) -> None:
        query = self.filters.text
        rest = self._rest_to_come and first_rows is None
        if rest and self.list_model.extends(ids, query):
            self.list_model.extend_ids(ids)  # no reset: rows and selection stay
        else:
            self._reset_list(ids, query, first_rows)
        self._rest_to_come = not complete
        n = len(ids)
        if complete:
            self.count_label.setText(self._counted(counts or {"article": n}))
        else:
            self.count_label.setText(
                QCoreApplication.translate(
                    "BrowseView", "%1+ articles, counting…"
                ).replace("%1", number(n))
            )
        self._select_kept(complete)
        if not n:
            self._explain_empty_list()
        if complete:
            self.results_changed.emit()

    def _reset_list(
        self, ids: array, query: str, first_rows: list[ArticleRow] | None
    ) -> None:
        """Show a new list; the article read is kept if the list has it (if
        only the rest of a list for the same filters may have it, once the
        rest comes)."""
        same = self.results.filters == self._listed
        self._kept = self.current_article_id() or (self._kept if same else None)
        self._may_wait = same
        self._listed = self.results.filters
        self.list_model.set_ids(ids, query=query, first_rows=first_rows)
        searching = bool(query.strip())
        self.table.show_snippets(searching)
        self.table.highlighter.set_terms(terms(query) if searching else [])

    def _select_kept(self, complete: bool) -> None:
        """Select the article kept (:meth:`_reset_list`) or the first row."""
        if self.table.currentIndex().isValid():
            self._kept = None
        else:
            kept = self._kept
            row = self.list_model.row_of(kept) if kept is not None else None
            if row is None and not complete and kept is not None and self._may_wait:
                return  # the rest of the same list may hold it
            self._kept = None
            self.select_row(row if row is not None else 0)
        if self._reselect:  # the rows chosen before an edit, chosen again
            self.table.select_keys(self._reselect)
            if complete:
                self._reselect = set()

    def _counted(self, counts: dict[str, int]) -> str:
        """``300 articles``, or with the captions and notes a query lists,
        ``12 articles · 3 captions · 1 note``."""
        shown = [
            self.counted(kind, n)
            for kind, n in counts.items()
            if kind in ("article", "caption", "note")
            and (n or kind == "article" or len(counts) == 1)
        ]
        return " · ".join(shown) if shown else self.counted("article", 0)

    def _show_count(self, n: int) -> None:
        """The total, known before every id has come (only the first page shows)."""
        self.count_label.setText(self.counted("listing", n))

    def _explain_empty_list(self) -> None:
        self._read = None
        chosen = [
            " / ".join(map(str, self.filters.values(kind)))
            for kind in FACET_KINDS
            if self.filters.values(kind)
        ]
        if self.filters.text.strip():
            chosen.insert(0, f"“{self.filters.text.strip()}”")
        if not chosen:
            self.reader.show_message(
                QCoreApplication.translate(
                    "BrowseView", "This archive has no articles yet."
                )
            )
            return
        self.reader.show_message(
            QCoreApplication.translate("BrowseView", "No articles match %1.").replace(
                "%1", " + ".join(chosen)
            ),
            QCoreApplication.translate(
                "BrowseView",
                "Press Esc in the search box or choose View ▸ Clear Filters "
                "to see every article.",
            ),
        )

    def _on_results_failed(self, error: BaseException) -> None:
        self.count_label.setText(
            QCoreApplication.translate("BrowseView", "Search failed")
        )
        self.message.emit(
            QCoreApplication.translate("BrowseView", "Search failed: %1").replace(
                "%1", str(error)
            )
        )
        self.session.report_failure(error)
