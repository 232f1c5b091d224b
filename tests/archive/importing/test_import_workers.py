"""A folder read ahead by worker processes becomes what it becomes read in one."""

from __future__ import annotations

import select
from pathlib import Path

import pytest

from archive import Archive
from archive.importing import workers
from archive.importing.importer import import_paths

from .test_import_files import PAGE, write

GBK_PAGE = "# 城南新区首批企业投产\n\n本报讯(记者白露)城南新区首批十家企业昨日投产。\n"


def folder_of_pages(folder) -> None:
    """More pages than the workers' threshold, and every way a file can fail
    or be a copy, spread among them."""
    for n in range(workers.MIN_FILES + 6):
        write(folder, f"{n:03d}.txt", PAGE.replace("一百部", f"{n}部").encode())
    write(folder, "010b.txt", PAGE.replace("一百部", "10部").encode())
    write(folder, "020-empty.txt", b"")
    write(folder, "030-picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    write(folder, "040-latin.txt", b"just some words, no Chinese at all\n")
    write(folder, "050-gbk.txt", GBK_PAGE.encode("gb18030"))
    write(folder, "051-utf8.txt", GBK_PAGE.encode("utf-8"))  # same text
    write(folder, "060-table.csv", b'title,body\n"\xe6\xa0\x87","\n')


def what_was_read(archive: Archive, report) -> list:
    files = [
        (f.path, f.status, f.reason, f.detail, f.message, f.encoding, f.leftovers)
        for f in report.files
    ]
    records = archive.db.execute(
        "SELECT a.kicker, a.title, a.date, a.city, b.body, a.source_start, "
        "a.source_end, s.path FROM articles a JOIN article_bodies b "
        "ON b.article_id = a.id JOIN sources s ON s.id = a.source_id ORDER BY a.id"
    ).fetchall()
    people = archive.db.execute(
        "SELECT p.name, c.role, c.article_id FROM credits c "
        "JOIN people p ON p.id = c.person_id ORDER BY c.id"
    ).fetchall()
    index = archive.db.execute(  # what a search finds: the same tokens
        "SELECT rowid, kind, record_id, digest FROM search_docs ORDER BY rowid"
    ).fetchall()
    kept = archive.db.execute(  # the files as stored, and the columns worked out
        "SELECT s.path, s.sha256, s.text_sha256, s.encoding, s.format, s.content, "
        "s.text FROM sources s ORDER BY s.id"
    ).fetchall()
    derived = archive.db.execute(
        "SELECT 'a', id, word_count, source_start, source_end, source_pieces, NULL "
        "FROM articles UNION ALL SELECT 'c', id, NULL, source_start, source_end, "
        "source_pieces, kind FROM captions ORDER BY 1, 2"
    ).fetchall()
    return [files, records, people, index, kept, derived]


def imported(tmp_path, name: str, folder, readers: int) -> list:
    archive = Archive.open(tmp_path / name, create=True, editor="tester")
    try:
        first = import_paths(archive, [folder], readers=readers)
        again = import_paths(archive, [folder], readers=readers)
        return [*what_was_read(archive, first), [f.status for f in again.files]]
    finally:
        archive.close()


def test_pages_read_by_workers_are_the_pages_read_here(tmp_path):
    folder = tmp_path / "pages"
    folder_of_pages(folder)
    alone = imported(tmp_path, "alone.sqlite", folder, readers=0)
    ahead = imported(tmp_path, "ahead.sqlite", folder, readers=2)
    assert ahead == alone
    files, records, *_, again = ahead
    statuses = {path.rsplit("/", 1)[-1]: status for path, status, *_ in files}
    assert statuses["010b.txt"] == statuses["051-utf8.txt"] == "duplicate"
    assert statuses["020-empty.txt"] == statuses["040-latin.txt"] == "failed"
    # two articles a page, the GB18030 page's, the table's row
    assert len(records) == 2 * (workers.MIN_FILES + 6) + 2
    assert set(again) == {"duplicate", "failed"}  # imported again: nothing added


def test_a_cancelled_import_keeps_the_files_before_it(tmp_path):
    folder = tmp_path / "pages"
    folder_of_pages(folder)
    archive = Archive.open(tmp_path / "a.sqlite", create=True, editor="tester")
    asked: list[int] = []

    def cancelled() -> bool:  # asked before each file and inside its write
        asked.append(1)
        return len(asked) > 40

    report = import_paths(archive, [folder], readers=1, cancelled=cancelled)
    assert report.cancelled
    kept = archive.db.execute("SELECT count(*) FROM sources").fetchone()[0]
    assert kept == report.count("added") > 0
    assert len(report.files) < workers.MIN_FILES
    rest = import_paths(archive, [folder], readers=1)
    assert rest.count("added") == workers.MIN_FILES + 6 + 2 - kept
    archive.close()


@pytest.mark.parametrize("configured", ["0", "3"])
def test_the_number_of_workers_can_be_set(monkeypatch, configured):
    monkeypatch.setenv("CLIPFILE_IMPORT_WORKERS", configured)
    assert workers.default_count() == int(configured)


def test_the_archive_in_the_folder_is_refused_and_no_worker_reads_it(
    tmp_path, monkeypatch
):
    """An archive kept inside the folder being imported (its file and WAL)
    is refused, as it is without workers, and never handed to a worker:
    only SQLite opens it."""
    folder = tmp_path / "pages"
    folder.mkdir()
    folder_of_pages(folder)
    sent = []
    real_send = workers.Worker.send
    monkeypatch.setattr(
        workers.Worker,
        "send",
        lambda self, number, path: (sent.append(path), real_send(self, number, path)),
    )
    archive = Archive.open(folder / "archive.sqlite", create=True, editor="tester")
    try:
        report = import_paths(archive, [folder], readers=1)
    finally:
        archive.close()
    own = [f for f in report.files if Path(f.path).name.startswith("archive.sqlite")]
    assert own
    assert all(f.status != "added" for f in own)
    assert sent
    assert not any(p.name.startswith("archive.sqlite") for p in sent)


def test_pages_read_here_while_a_worker_is_awaited_are_the_same(tmp_path, monkeypatch):
    """While the worker's page is not there yet the importer reads the next
    pages itself, as a worker would: the same records, the same reports."""
    folder = tmp_path / "pages"
    folder_of_pages(folder)
    alone = imported(tmp_path, "alone.sqlite", folder, readers=0)
    read_here = []
    real = workers.Readers._read_next
    monkeypatch.setattr(
        workers.Readers,
        "_read_next",
        lambda self, skip: read_here.append(self.sent) or real(self, skip),
    )
    monkeypatch.setattr(  # never there in time: the importer reads meanwhile
        workers.Worker, "ready", lambda self, number: not self.started
    )
    ahead = imported(tmp_path, "ahead.sqlite", folder, readers=1)
    assert ahead == alone
    assert len(read_here) > 10


def test_no_transaction_is_open_while_the_importer_waits_for_a_worker(
    tmp_path, monkeypatch
):
    """Another process can write while the importer waits for a worker's
    page: the files before it are committed first (and reported), the pages
    the same as read alone."""
    folder = tmp_path / "pages"
    folder_of_pages(folder)
    alone = imported(tmp_path, "alone.sqlite", folder, readers=0)
    archive = Archive.open(tmp_path / "ahead.sqlite", create=True, editor="tester")
    waited_in_transaction = []
    real = workers.Worker.receive

    def receive(self, number):
        if self.started:  # told it is not ready: the importer waits for it here
            waited_in_transaction.append(archive.db.conn.in_transaction)
        elif self.queued and self.queued[0] == number:
            # the worker's first reading awaited (on a loaded machine Python
            # starts in more than the pages take): it waits on a started one
            select.select([self.results], [], [], 60)
        return real(self, number)

    monkeypatch.setattr(workers.Worker, "receive", receive)
    monkeypatch.setattr(  # a started worker is never there in time
        workers.Worker, "ready", lambda self, number: not (self.alive and self.started)
    )
    monkeypatch.setattr(workers.Readers, "_read_next", lambda self, skip: False)
    try:
        first = import_paths(archive, [folder], readers=1)
        again = import_paths(archive, [folder], readers=1)
        ahead = [*what_was_read(archive, first), [f.status for f in again.files]]
    finally:
        archive.close()
    assert ahead == alone
    assert waited_in_transaction  # it did wait
    assert not any(waited_in_transaction)


def test_a_reading_waiting_in_the_pipe_is_seen_as_ready(tmp_path) -> None:
    """Readings sent back to back: once the first is taken, the importer
    sees the second there to take (a buffered end held it out of select()'s
    sight, and the importer read that file again itself while the worker
    waited), and the pipe holds many readings, not the two of 64 KB."""
    import os

    read_end, write_end = os.pipe()
    worker = object.__new__(workers.Worker)
    worker.results = workers._unbuffered(os.fdopen(read_end, "rb"))
    sender = os.fdopen(write_end, "wb")
    try:
        reading = "焦作高新区新增高新技术企业72家。".encode() * 20
        for _ in range(3):
            workers._send(sender, reading)
        assert workers._receive(worker.results) == reading
        assert worker._waiting()
        assert workers._receive(worker.results) == reading
        assert worker._waiting()
        assert workers._receive(worker.results) == reading
        assert not worker._waiting()
        if os.uname().sysname == "Linux":
            import fcntl

            held = fcntl.fcntl(worker.results.fileno(), 1032)  # F_GETPIPE_SZ
            assert held >= 20 * 30_000
    finally:
        sender.close()
        worker.results.close()
