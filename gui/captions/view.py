"""The Captions view: every caption in one list (or a grid of its pictures),
searched in the query language, narrowed by photographer, county, year and
kind, beside the chosen caption with its picture and its article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from archive import (
    AddNote,
    Archive,
    ArchiveError,
    AttachPictures,
    CannotShow,
    CaptionFilter,
    CaptionRow,
    Changes,
    Command,
    CompoundCommand,
    DetachPicture,
    NoteTarget,
    Picture,
    Pixels,
    SetPeople,
    SidecarPlan,
    TagRecords,
    UntagRecords,
    UpdateCaption,
)

from ..background import Job, Work
from ..i18n import number
from ..messages import picture_problem
from ..session import Session
from ..tags.favourites import FavouriteKeys
from .caption_model import (
    ID_ROLE,
    CaptionGridModel,
    CaptionRows,
    CaptionsModel,
    kind_name,
)
from .facets import TITLES, CaptionFacets
from .grid import PictureGrid
from .sidecar_messages import sidecar_problem
from .thumbnails import SIZE, Thumbnails, to_pixmap

SEARCH_DELAY_MS = 200
PREVIEW = 400  # the chosen caption's picture, at most this a side
FIRST_SCREEN = 120  # rows listed by SQL alone while every caption is read


def find_captions(
    archive: Archive, chosen: CaptionFilter, work: Work | None = None
) -> tuple[list[int], dict]:
    """The captions under ``chosen`` and the facets, on a connection of its
    own. When every caption is to be read afresh (a new file, the cache
    gone: seconds at 200,000) or the query has words (every match is
    listed and counted: 工作人员 finds all 200,000 demo captions, 0.7-2 s),
    the first screen's ids are reported first, found by SQL alone down the
    date index (15-150 ms)."""
    if archive.path is None:
        return archive.caption_ids(chosen), archive.caption_facets(chosen)
    with archive.reader() as reader:
        slow = not reader.captions_ready or bool(chosen.text.strip())
        if work is not None and slow:
            work.report(reader.first_captions(chosen, limit=FIRST_SCREEN))
        return reader.caption_ids(chosen), reader.caption_facets(chosen)


class CaptionsView(QWidget):
    """Signals:
    open_article(int): show this article in the Browse view.
    person_requested(str): show this person's page.
    message(str): a sentence for the status bar (what an export wrote,
        what a favourite tag's key did).
    """

    open_article = Signal(int)
    person_requested = Signal(str)
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captions")
        self.session = session
        self.chosen = CaptionFilter()
        self.job: Job | None = None
        self.preview_job: Job | None = None
        self.export_job: Job | None = None
        self.import_job: Job | None = None
        self.problems: list[str] = []  # why the last pictures folder was refused
        self.current: int | None = None
        self.offered: dict[str, str] = {}  # the picture's fields on offer
        self.rows = CaptionRows(self, reader=lambda: session.reader)
        self.thumbnails = Thumbnails(self)
        self._build()
        session.archive_changed.connect(self.set_archive)
        session.changes_made.connect(self._on_changes)
        session.writable_changed.connect(lambda _: self._update_buttons())

    # Building

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search captions (the search box's language: 工作人员 city:焦作)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.pictured_box = QCheckBox(self.tr("With pictures"), self)
        self.grid_box = QCheckBox(self.tr("Show as pictures"), self)
        self.chosen_label = QLabel(self)
        self.clear_button = QPushButton(self.tr("Clear Filters"), self)
        self.count_label = QLabel(self)
        self.import_button = QPushButton(self.tr("Import Pictures Folder…"), self)
        self.export_button = QPushButton(self.tr("Export Fields (IPTC)…"), self)
        bar = QHBoxLayout()
        for widget in (
            self.search_edit,
            self.pictured_box,
            self.grid_box,
            self.chosen_label,
            self.clear_button,
            self.count_label,
            self.import_button,
            self.export_button,
        ):
            bar.addWidget(widget, 3 if widget is self.search_edit else 0)
        self.facets = CaptionFacets(self)
        self.list_model = CaptionsModel(self.rows, self)
        self.grid_model = CaptionGridModel(self.rows, self.thumbnails, self)
        self.table = QTableView(self)
        self.table.setModel(self.list_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((48, 90, 120, 100, 120, 100, 300, 200)):
            header.resizeSection(column, width)
        header.moveSection(6, 1)  # the caption's text beside its label, in view
        header.setStretchLastSection(True)
        self._build_grid()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for pane in (self.facets, self.stack, self._detail_pane()):
            self.splitter.addWidget(pane)
        self.splitter.setSizes([220, 760, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self._connect()
        self._update_buttons()

    def _build_grid(self) -> None:
        """The picture grid: each cell's picture made off the GUI thread."""
        self.grid = PictureGrid(self.grid_model, self.thumbnails, self)
        self.thumbnails.font = self.grid.font()
        self.thumbnails.color = self.grid.palette().text().color()

    def _detail_pane(self) -> QWidget:
        pane = QWidget(self)
        self.picture_label = QLabel(pane)
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_label.setWordWrap(True)
        self.picture_label.setMinimumHeight(200)
        self.picture_label.setAcceptDrops(True)
        self.details = QTextBrowser(pane)
        self.details.setOpenLinks(False)
        self.open_button = QPushButton(self.tr("Open Article"), pane)
        self.attach_button = QPushButton(self.tr("Attach Picture…"), pane)
        self.detach_button = QPushButton(self.tr("Remove Picture"), pane)
        self.offer_label = QLabel(pane)
        self.offer_label.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use the Picture's Fields"), pane)
        self.note_button = QPushButton(self.tr("Add Note…"), pane)
        self.tag_button = QPushButton(self.tr("Tag…"), pane)
        self.embed_button = QPushButton(self.tr("Save Picture with Its Fields…"), pane)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.attach_button,
            self.detach_button,
            self.tag_button,
            self.note_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(pane)
        layout.addWidget(self.picture_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.offer_label)
        layout.addWidget(self.use_button)
        layout.addWidget(self.embed_button)
        return pane

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _: self.search_timer.start())
        self.search_timer.timeout.connect(self._apply_search)
        self.pictured_box.toggled.connect(lambda _: self._apply_search())
        self.grid_box.toggled.connect(self._show_grid)
        self.clear_button.clicked.connect(self.clear_filters)
        self.facets.facet_clicked.connect(self.toggle_facet)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _: self.open_current_article())
        self.grid.doubleClicked.connect(lambda _: self.open_current_article())
        self.open_button.clicked.connect(self.open_current_article)
        self.attach_button.clicked.connect(self.choose_picture)
        self.detach_button.clicked.connect(self.remove_picture)
        self.use_button.clicked.connect(self.use_offered_fields)
        self.note_button.clicked.connect(self.add_note)
        self.tag_button.clicked.connect(self.tag_current)
        self.embed_button.clicked.connect(self.save_with_fields)
        self.export_button.clicked.connect(self.export_fields)
        self.import_button.clicked.connect(self.choose_folder)
        self.details.anchorClicked.connect(self._on_link)
        self.favourite_keys = FavouriteKeys(self)
        self.favourite_keys.watch(self.table)
        self.favourite_keys.watch(self.grid)
        self.favourite_keys.pressed.connect(self.apply_favourite)
        for view in (self.table.viewport(), self.grid.viewport(), self.picture_label):
            view.setAcceptDrops(True)
            view.installEventFilter(self)

    # The archive and the list

    @property
    def archive(self) -> Archive | None:
        return self.session.archive

    @property
    def busy(self) -> bool:
        searching = bool(self.job and self.job.running)
        previewing = bool(self.preview_job and self.preview_job.running)
        return searching or previewing or self.search_timer.isActive() or self.rows.busy

    def set_archive(self, archive: Archive | None) -> None:
        if self.import_job is not None:  # the old archive's captions
            self.import_job.cancel()
            self.import_job = None
        self.thumbnails.set_archive(archive)
        self.chosen = CaptionFilter()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.refresh()

    def search(self, text: str) -> None:
        """Search captions for ``text`` at once (the query language)."""
        self.search_edit.blockSignals(True)
        self.search_edit.setText(text)
        self.search_edit.blockSignals(False)
        self._apply_search()

    def _apply_search(self) -> None:
        self.search_timer.stop()
        self.apply(
            CaptionFilter(
                text=self.search_edit.text(),
                photographer=self.chosen.photographer,
                county=self.chosen.county,
                year=self.chosen.year,
                kind=self.chosen.kind,
                pictured=self.pictured_box.isChecked() or self.grid_box.isChecked(),
            )
        )

    def toggle_facet(self, facet: str, value: object) -> None:
        picked = None if getattr(self.chosen, facet) == value else value
        self.apply(self.chosen.with_facet(facet, picked))

    def clear_filters(self) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.pictured_box.setChecked(False)
        self.apply(CaptionFilter(pictured=self.grid_box.isChecked()))

    def apply(self, chosen: CaptionFilter) -> None:
        self.chosen = chosen
        self.refresh()

    def refresh(self) -> None:
        if self.job is not None:
            self.job.cancel()
        archive = self.archive
        if archive is None:
            self._show(([], {}))
            return
        chosen = self.chosen
        self.job = Job(lambda work: find_captions(archive, chosen, work), parent=self)
        self.job.progressed.connect(self._show_first)
        self.job.succeeded.connect(self._show)
        self.job.failed.connect(self.session.report_failure)
        self.job.start()

    def wait(self, milliseconds: int = 10_000) -> None:
        if self.job is not None:
            self.job.wait(milliseconds / 1000)

    def _show_first(self, value: tuple[list[int]]) -> None:
        """The first screen, while every caption is still being read: its
        rows at once, the count and the facets when the reading is done."""
        (ids,) = value
        keep = self.current
        self.rows.reset(self.archive, ids)
        self.list_model.refresh()
        self.grid_model.refresh()
        self.facets.set_facets({}, self.chosen)
        if self.chosen.text.strip():
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(self.tr("Reading every caption…"))
        self._show_chosen()
        if keep in ids:
            self.select_caption(keep)
        elif ids:
            self.select_row(0)

    def _show(self, found: tuple[list[int], dict]) -> None:
        ids, facets = found
        keep = self.current
        self.rows.reset(self.archive, ids)
        self.list_model.refresh()
        self.grid_model.refresh()
        self.facets.set_facets(facets, self.chosen)
        self.count_label.setText(self.tr("%1 captions").replace("%1", number(len(ids))))
        self._show_chosen()
        if keep in ids:
            self.select_caption(keep)
            self.show_caption(keep)  # its fields may have changed
        elif ids:
            self.select_row(0)
        else:
            self.show_caption(None)

    def _show_chosen(self) -> None:
        parts = []
        for facet, title in TITLES.items():
            value = getattr(self.chosen, facet)
            if value is not None:
                shown = kind_name(value) if facet == "kind" else str(value)
                title_shown = QCoreApplication.translate("CaptionFacets", title)
                parts.append(f"{title_shown}: {shown}")
        self.chosen_label.setText(" · ".join(parts))
        self.clear_button.setVisible(bool(parts) or bool(self.chosen.text))

    def _show_grid(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.grid if on else self.table)
        self._apply_search()

    def select_row(self, row: int) -> None:
        view = self.grid if self.grid_box.isChecked() else self.table
        view.setCurrentIndex(view.model().index(row, 0))

    def select_caption(self, caption_id: int) -> None:
        if caption_id in self.rows.ids:
            self.select_row(self.rows.ids.index(caption_id))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_caption(current.data(ID_ROLE) if current.isValid() else None)

    def _on_changes(self, changes: Changes) -> None:
        self.rows.forget(changes.captions)
        if changes.membership or changes.everything or changes.captions:
            self.refresh()

    # The chosen caption

    def show_caption(self, caption_id: int | None) -> None:
        self.current = caption_id
        self.offered = {}
        archive = self.archive
        row = None
        if caption_id is not None and archive is not None:
            rows = archive.caption_rows([caption_id])
            row = rows[0] if rows else None
        if row is None:
            self.current = None
            self.details.setHtml("<p>" + self.tr("No caption chosen.") + "</p>")
            self.picture_label.setPixmap(QPixmap())
            self.picture_label.setText(self.tr("Drop a picture here"))
        else:
            self.details.setHtml(self._describe(row))
            self._show_picture(row.image)
            self._offer(row.image)
        self._update_buttons()

    def _describe(self, row: CaptionRow) -> str:
        def esc(text: str | None) -> str:
            return (text or "").replace("&", "&amp;").replace("<", "&lt;")

        people = "、".join(
            f"<a href='person:{esc(name)}'>{esc(name)}</a>"
            for name in row.photographers
        )
        place = " ".join(p for p in (row.city, row.county) if p)
        date_name, place_name = self.tr("Date"), self.tr("Place")
        people_name, credit_name = self.tr("Photographers"), self.tr("Credit")
        kind_title, article_name = self.tr("Kind"), self.tr("Article")
        lines = [
            f"<p><b>{esc(row.label)}</b> {esc(row.text)}</p>",
            f"<p>{date_name}: {esc(row.date)}<br>"
            f"{place_name}: {esc(place)}<br>{people_name}: {people}<br>"
            f"{credit_name}: {esc(row.credit)}<br>"
            f"{kind_title}: {esc(kind_name(row.kind))}</p>",
        ]
        try:
            caption = self.archive.caption(row.id) if self.archive else None
        except ArchiveError:
            caption = None
        if caption is not None and caption.tags:
            tags_name, untag = self.tr("Tags"), self.tr("take this tag off")
            chips = "　".join(
                f"{esc(tag)} <a href='untag:{esc(tag)}' title='{untag}'>×</a>"
                for tag in caption.tags
            )
            lines.append(f"<p>{tags_name}: {chips}</p>")
        if caption is not None and caption.notes:
            notes_name = self.tr("Notes")
            lines.append(f"<p><b>{notes_name}</b></p>")
            lines += [f"<p>{esc(note.body)}</p>" for note in caption.notes]
        if row.article_id is not None:
            lines.append(
                f"<p>{article_name}: <a href='article:{row.article_id}'>"
                f"{esc(row.article_title)}</a></p>"
            )
        return "".join(lines)

    def _on_link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "person":
            self.person_requested.emit(value)
        elif kind == "untag" and self.current is not None:
            self.session.perform(UntagRecords(value, caption_ids=[self.current]))
        elif kind == "article" and value.isdigit():
            self.open_article.emit(int(value))

    def _show_picture(self, file: str | None) -> None:
        if self.preview_job is not None:
            self.preview_job.cancel()
        self.picture_label.setPixmap(QPixmap())
        if not file or self.archive is None:
            self.picture_label.setText(self.tr("No picture: drop one here"))
            return
        self.picture_label.setText(self.tr("loading…"))
        archive = self.archive

        def make(_work: Work) -> Pixels:  # Pillow, never Qt (see thumbnails.py)
            return archive.thumbnail_pixels(file, PREVIEW, PREVIEW, size=PREVIEW)

        self.preview_job = Job(make, parent=self)
        self.preview_job.succeeded.connect(
            lambda pixels: self.picture_label.setPixmap(to_pixmap(pixels))
        )
        self.preview_job.failed.connect(
            lambda error: self.picture_label.setText(
                self.tr("Cannot show this picture: %1").replace("%1", _problem(error))
            )
        )
        self.preview_job.start()

    def _offer(self, file: str | None) -> None:
        """Offer what the picture says of itself for the caption's fields."""
        self.offered = {}
        if file and self.archive is not None:
            data = self.archive.picture_metadata(file)
            offered = {
                "text": data.get("description", ""),
                "date": data.get("date", ""),
                "city": data.get("city", ""),
                "county": data.get("sublocation", ""),
                "credit": data.get("credit", ""),
                "photographers": data.get("creator", ""),
            }
            self.offered = {k: v for k, v in offered.items() if v}
        if self.offered:
            names = {
                "text": self.tr("Caption"),
                "date": self.tr("Date"),
                "city": self.tr("City"),
                "county": self.tr("County"),
                "credit": self.tr("Credit"),
                "photographers": self.tr("Photographers"),
            }
            shown = "; ".join(
                f"{names.get(k, k)}: {v[:40]}" for k, v in self.offered.items()
            )
            self.offer_label.setText(
                self.tr("The picture says: %1").replace("%1", shown)
            )
        else:
            self.offer_label.setText("")
        self.offer_label.setVisible(bool(self.offered))

    def _update_buttons(self) -> None:
        row = (
            self.archive.caption_rows([self.current])
            if (self.current is not None and self.archive is not None)
            else []
        )
        writable = self.session.writable
        self.open_button.setEnabled(bool(row and row[0].article_id is not None))
        self.attach_button.setEnabled(bool(row) and writable)
        self.detach_button.setEnabled(bool(row and row[0].image) and writable)
        self.use_button.setVisible(bool(self.offered))
        self.use_button.setEnabled(bool(self.offered) and writable)
        self.import_button.setEnabled(writable and self.import_job is None)
        self.note_button.setEnabled(bool(row) and writable)
        self.tag_button.setEnabled(bool(row) and writable)
        self.embed_button.setEnabled(bool(row and row[0].image))

    def open_current_article(self) -> None:
        if self.current is None or self.archive is None:
            return
        rows = self.archive.caption_rows([self.current])
        if rows and rows[0].article_id is not None:
            self.open_article.emit(rows[0].article_id)

    # Pictures

    def choose_picture(self) -> None:
        path = self.ask_picture()
        if path and self.current is not None:
            self.attach(self.current, Path(path))

    def ask_picture(self) -> str:
        """Ask for a picture file ('' if cancelled); tests replace this."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach Picture"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.bmp)"),
        )
        return path

    def attach(self, caption_id: int, path: Path) -> Job | None:
        """Copy ``path`` in off the GUI thread, then give it to the caption."""
        archive = self.archive
        if archive is None or not self.session.writable:
            return None
        job = Job(lambda work: archive.prepare_picture(path), parent=self)
        job.succeeded.connect(
            lambda picture: self._attach_prepared(archive, caption_id, picture)
        )
        job.failed.connect(self.session.report_failure)
        self.attach_job = job
        return job.start()

    def _attach_prepared(
        self, archive: Archive, caption_id: int, picture: Picture
    ) -> None:
        """The copied picture given to its caption, unless another archive
        was opened meanwhile (the caption id, and the copy, are the old one's)."""
        if archive is self.archive:
            self.session.perform(AttachPictures([(caption_id, picture)]))

    def remove_picture(self) -> None:
        if self.current is not None:
            self.session.perform(DetachPicture(self.current))

    def use_offered_fields(self) -> None:
        if self.current is None or not self.offered:
            return
        fields = {k: v for k, v in self.offered.items() if k != "photographers"}
        commands: list[Command] = []
        if fields:
            commands.append(UpdateCaption(self.current, **fields))
        if "photographers" in self.offered:
            names = [n for n in self.offered["photographers"].split("、") if n.strip()]
            commands.append(
                SetPeople(role="photographer", names=names, caption_id=self.current)
            )
        self.session.perform(CompoundCommand("Use picture's fields", commands))

    def save_with_fields(self) -> Path | None:
        """A copy of the caption's JPEG with its fields written into its IPTC."""
        if self.current is None or self.archive is None:
            return None
        out = self.ask_save(self.tr("Save Picture with Its Fields"), "JPEG (*.jpg)")
        if not out:
            return None
        try:
            return self.archive.embed_metadata(self.current, Path(out))
        except (ArchiveError, OSError) as error:
            self.report([str(error)])
            return None

    def export_fields(self) -> Job | None:
        """The listed captions' fields under IPTC's names, as CSV or JSON,
        written off the GUI thread (200,000 captions take seconds)."""
        archive = self.archive
        if archive is None:
            return None
        out = self.ask_save(
            self.tr("Export Fields (IPTC)"), "CSV (*.csv);;JSON (*.json)"
        )
        if not out:
            return None
        ids, path = list(self.rows.ids), Path(out)

        def work(work: Work) -> int:
            if archive.path is None:
                return archive.export_caption_metadata(ids, path)
            with archive.reader() as reader:
                return reader.export_caption_metadata(ids, path, progress=work.report)

        job = Job(work, parent=self)
        job.progressed.connect(lambda value: self._exporting(*value))
        job.succeeded.connect(lambda count: self._exported(count, path))
        job.failed.connect(lambda error: self._exported(None, path, error))
        self.export_job = job
        self.export_button.setEnabled(False)
        self._exporting(0, len(ids))
        return job.start()

    def _exporting(self, done: int, total: int) -> None:
        self.export_button.setText(
            self.tr("Exporting… %1%").replace(
                "%1", str(done * 100 // total if total else 100)
            )
        )

    def _exported(
        self, count: int | None, path: Path, error: BaseException | None = None
    ) -> None:
        self.export_job = None
        self.export_button.setText(self.tr("Export Fields (IPTC)…"))
        self.export_button.setEnabled(True)
        if count is None:
            self.report([_problem(error) if error else ""])
            return
        self.message.emit(
            self.tr("%1 captions' fields written to %2")
            .replace("%1", number(count))
            .replace("%2", path.name)
        )

    def ask_save(self, title: str, kinds: str) -> str:
        """Where to save ('' if cancelled); tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home()), kinds)
        return path

    def add_note(self) -> None:
        if self.current is None:
            return
        text = self.ask_note()
        if text.strip():
            self.session.perform(AddNote(NoteTarget(caption_id=self.current), text))

    def tag_current(self) -> None:
        """Tag the chosen caption (a new tag is made if need be)."""
        if self.current is None or self.archive is None:
            return
        path = self.ask_tag(sorted(e[0] for e in self.archive.tag_index().entries))
        if path.strip():
            try:
                command = TagRecords(path, caption_ids=[self.current])
            except ArchiveError as error:
                self.session.report_failure(error)
                return
            self.session.perform(command)

    def apply_favourite(self, key: int) -> None:
        """Number key ``key``: the chosen caption tagged with that key's tag,
        or the tag taken off when it has it (as in the article list)."""
        archive = self.archive
        path = archive.favourite_tags().get(key) if archive else None
        if archive is None or path is None:
            self.message.emit(
                self.tr(
                    "Key %1 has no tag yet: right-click a tag in the sidebar "
                    "▸ Favourite Key."
                ).replace("%1", str(key))
            )
            return
        if self.current is None or not self.session.writable:
            return
        has = path in archive.caption(self.current).tags
        kind = UntagRecords if has else TagRecords
        self.session.perform(kind(path, caption_ids=[self.current]))
        done = self.tr("Took %1 off the caption") if has else self.tr("Tagged %1")
        self.message.emit(done.replace("%1", path))

    def ask_tag(self, paths: list[str]) -> str:
        """A tag's path ('' if cancelled); tests replace this."""
        path, ok = QInputDialog.getItem(
            self,
            self.tr("Tag Caption"),
            self.tr("Tag (a new one is made; / for a tag below another):"),
            paths,
            editable=True,
        )
        return path if ok else ""

    def ask_note(self) -> str:
        """A note's Markdown text ('' if cancelled); tests replace this."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Note on the Caption"), self.tr("Note (Markdown):")
        )
        return text if ok else ""

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.import_folder(Path(folder))

    def ask_folder(self) -> str:
        """Ask for a folder of pictures ('' if cancelled); tests replace this."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Import Pictures Folder"), str(Path.home())
        )

    def import_folder(self, folder: Path) -> Job | None:
        """Attach a folder's pictures by its sidecar list: the list checked
        and the pictures copied in off the GUI thread (a folder of large
        photos takes minutes), then one edit; every line that cannot be done
        is shown, and then nothing is attached."""
        archive = self.archive
        if archive is None or not self.session.writable:
            return None

        def work(_work: Work) -> tuple:
            if archive.path is None:
                return archive.plan_pictures(folder)
            with archive.reader() as reader:
                return reader.plan_pictures(folder)

        job = Job(work, parent=self)
        job.succeeded.connect(lambda planned: self._planned(*planned, archive=archive))
        job.failed.connect(lambda error: self._planned(None, None, error))
        self.import_job = job
        self.import_button.setEnabled(False)
        return job.start()

    def _planned(
        self,
        plan: SidecarPlan | None,
        command: Command | None,
        error: BaseException | None = None,
        *,
        archive: Archive | None = None,
    ) -> None:
        self.import_job = None
        self._update_buttons()
        if archive is not None and archive is not self.archive:
            return  # planned for an archive closed since: its captions are not these
        if plan is None:
            self.problems = [sidecar_problem(error)]
            self.report(self.problems)
            return
        self.problems = [
            self.tr("line %1: %2")
            .replace("%1", str(line))
            .replace("%2", sidecar_problem(why))
            for line, why in plan.problems
        ]
        if self.problems:
            self.report(
                [
                    self.tr("Nothing was attached; these lines need fixing:"),
                    *self.problems,
                ]
            )
        elif command is not None:
            self.session.perform(command)

    def report(self, lines: list[str]) -> None:
        """Tell the user what went wrong (tests replace this)."""
        QMessageBox.warning(self, self.tr("Pictures"), "\n".join(lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QDropEvent):  # a drag's enter and move are too
            return super().eventFilter(watched, event)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls() and self.session.writable:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
            files = [
                u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()
            ]
            caption = self._caption_at(watched, event.position().toPoint())
            if files and caption is not None:
                event.acceptProposedAction()
                self.attach(caption, Path(files[0]))
                return True
        return super().eventFilter(watched, event)

    def _caption_at(self, watched: QObject, point: QPoint) -> int | None:
        if watched is self.picture_label:
            return self.current
        view = self.table if watched is self.table.viewport() else self.grid
        index = view.indexAt(point)
        return index.data(ID_ROLE) if index.isValid() else self.current

    def close_down(self) -> None:
        if self.export_job is not None:  # the file it writes, finished
            self.export_job.wait(60)
        if self.import_job is not None:  # the pictures it copies in
            self.import_job.cancel()
            self.import_job.wait(60)
        for job in (self.job, self.preview_job):
            if job is not None:
                job.cancel()
        self.rows.cancel()
        self.thumbnails.cancel()
        self.thumbnails.wait(3000)


def _problem(error: BaseException) -> str:
    """Why a picture cannot be shown, in the interface's language."""
    if isinstance(error, CannotShow):
        return picture_problem(error)
    return str(error)


__all__ = ["SIZE", "CaptionsView"]
