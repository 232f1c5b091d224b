"""One helper for work off the GUI thread (napari's ``create_worker``, Anki's
``QueryOp``): the work runs on a pool thread, what it hands back arrives on
the GUI thread, and so does its end, success or failure, always.

    job = Job(lambda work: archive.rebuild_index(work.report), parent=self)
    job.progressed.connect(show_progress)
    job.succeeded.connect(done)
    job.failed.connect(session.report_failure)
    job.start()

A job that is cancelled stops what it can (``work.interrupt_with`` names an
SQLite connection to interrupt) and says nothing more: its results, if any
still come, are dropped.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from archive import Archive, ArchiveError


class Work:
    """What the work function is given: a way to report partial results, to
    learn that it was cancelled, and to name what cancelling interrupts."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._connection: sqlite3.Connection | None = None
        self._guard = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._job.cancelled

    def report(self, *value: Any) -> None:
        """Hand a partial result (progress, a first page) to the GUI thread."""
        if not self._job.cancelled:
            _emit(self._job._signals.progressed, value)

    def interrupt_with(self, connection: sqlite3.Connection | None) -> None:
        """Cancelling interrupts this connection's statement in flight."""
        with self._guard:
            self._connection = connection
        if connection is not None and self._job.cancelled:
            connection.interrupt()

    def _interrupt(self) -> None:
        with self._guard:
            if self._connection is not None:
                # the job may have closed it as it ended: nothing to stop then
                with contextlib.suppress(sqlite3.ProgrammingError):
                    self._connection.interrupt()


def _emit(signal: SignalInstance, value: object) -> None:
    """Hand ``value`` over, unless the job's owner is gone (the application is
    quitting): then there is nobody to tell."""
    with contextlib.suppress(RuntimeError):
        signal.emit(value)


class _Signals(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)


# How far a worker thread stands back for the GUI thread when both want a
# core (Linux: nice is a thread's own there). A worker reading a million
# articles runs for seconds in SQLite, the GIL let go; on 2 cores, beside
# another program, the GUI thread waited its turn for a core 50-240 ms at
# a time with a few ms of its own work to do (issue 17).
WORKER_NICENESS = 5


def _yield_to_the_gui() -> None:
    """Give this pool thread the main thread's CPU priority lowered by
    :data:`WORKER_NICENESS` (Linux only: elsewhere ``setpriority`` on a
    thread's id may name the whole process). Set outright, not lowered by
    a step: a Qt pool thread's Python state (and so any thread-local mark)
    is made anew for each job it runs."""
    if not sys.platform.startswith("linux"):
        return
    thread = threading.get_native_id()
    with contextlib.suppress(OSError):
        wanted = min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + WORKER_NICENESS)
        if os.getpriority(os.PRIO_PROCESS, thread) < wanted:
            os.setpriority(os.PRIO_PROCESS, thread, wanted)


QUIET_S = 0.4  # how long the user's own work must have been still
LONGEST_WAIT_S = 20.0  # background preparation goes on after this, regardless


class Quiet:
    """Whether the user's own work is in flight, for what the window prepares
    in the background (the other views' modules, pypinyin's dictionaries) to
    wait for between its pieces. Each piece holds the GIL in long C calls
    (unmarshalling a module, loading Qt's libraries); run beside a search
    they made its first page shown 390-420 ms after the keystroke instead of
    200, and stalled the GUI thread 57-137 ms (issue 17)."""

    def __init__(self, quiet_s: float = QUIET_S) -> None:
        self.quiet_s = quiet_s
        self._changed = threading.Condition()
        self._busy = 0
        self._last = time.monotonic() - quiet_s

    def touch(self) -> None:
        """The user did something (a key typed): quiet again ``quiet_s`` on."""
        with self._changed:
            self._last = time.monotonic()

    def begin(self) -> None:
        """Work of the user's is in flight until :meth:`end`."""
        with self._changed:
            self._busy += 1
            self._last = time.monotonic()

    def end(self) -> None:
        with self._changed:
            self._busy = max(0, self._busy - 1)
            self._last = time.monotonic()
            self._changed.notify_all()

    @property
    def is_quiet(self) -> bool:
        with self._changed:
            return self._quiet_for() <= 0

    def _quiet_for(self) -> float:
        """Seconds still to wait (0 or less: quiet now); the lock held."""
        if self._busy:
            return self.quiet_s
        return self._last + self.quiet_s - time.monotonic()

    def wait(self, longest_s: float = LONGEST_WAIT_S) -> bool:
        """Block (a background thread, never the GUI thread) until nothing of
        the user's has run for ``quiet_s``, or ``longest_s`` have passed;
        whether it was quiet."""
        give_up = time.monotonic() + longest_s
        with self._changed:
            while (left := self._quiet_for()) > 0:
                remaining = give_up - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(min(left, remaining))
            return True


# the window's: searches and typing mark it, background preparation waits on it
foreground = Quiet()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        job = self.job
        _yield_to_the_gui()
        try:
            result = job.function(job.work)
        except BaseException as error:  # every failure reaches the GUI thread
            if not job.cancelled:
                _emit(job._signals.failed, error)
        else:
            if not job.cancelled:
                _emit(job._signals.succeeded, result)
        finally:
            job.work.interrupt_with(None)
            job._done.set()


class Job(QObject):
    """Runs ``function(work)`` on a pool thread.

    Signals (on the GUI thread, never after :meth:`cancel`):
        progressed(tuple): what the work reported with ``work.report(...)``.
        succeeded(object): what the function returned.
        failed(BaseException): what it raised.
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        function: Callable[[Work], Any],
        *,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.function = function
        self.pool = pool or QThreadPool.globalInstance()
        self.cancelled = False
        self.work = Work(self)
        self._done = threading.Event()
        self._signals = _Signals()  # lives on this (the GUI) thread: queued
        self._signals.progressed.connect(self._relay_progress)
        self._signals.succeeded.connect(self._relay_success)
        self._signals.failed.connect(self._relay_failure)
        self.running = False

    def start(self) -> Job:
        runnable = _Runnable(self)
        runnable.setAutoDelete(True)
        self.running = True
        self.pool.start(runnable)
        return self

    def cancel(self) -> None:
        """Stop: interrupt the statement in flight; nothing more is heard."""
        self.cancelled = True
        self.running = False
        self.work._interrupt()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the work has returned (for closing, screenshots, tests)."""
        return self._done.wait(seconds)

    def _relay_progress(self, value: tuple) -> None:
        if not self.cancelled:
            self.progressed.emit(value)

    def _relay_success(self, result: object) -> None:
        if not self.cancelled:
            self.running = False
            self.succeeded.emit(result)

    def _relay_failure(self, error: BaseException) -> None:
        if not self.cancelled:
            self.running = False
            self.failed.emit(error)


def read_apart(
    archive: Archive,
    read: Callable[[Archive], Any],
    done: Callable[[Any], object],
    failed: Callable[[BaseException], object],
    *,
    parent: QObject,
) -> Job | None:
    """``read(reader)`` on a connection of its own off the GUI thread, then
    ``done(result)`` on it (``failed(error)`` if it raised); the running
    :class:`Job`, to cancel. An archive in memory has one connection, this
    thread's: it is read here and now, and None is returned."""
    if archive.path is None:
        done(read(archive))
        return None

    def apart(_work: Work) -> Any:
        with archive.reader() as reader:
            return read(reader)

    job = Job(apart, parent=parent)
    job.succeeded.connect(done)
    job.failed.connect(failed)
    return job.start()


class Reader(QObject):
    """One connection to the archive, kept open on one thread of its own, for
    the reads views make off the GUI thread (a person's page, a page of the
    caption list): opened once rather than for each read (its schema read,
    its statements prepared, its page cache filled again every time), with
    a larger page cache (``Archive.reader(kept=True)``). Reads queue and run
    one at a time; one cancelled before it began does not run.

        job = session.reader.job(lambda archive: archive.person_page(name), parent=self)
        job.succeeded.connect(show)
        job.start()
    """

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # the thread, and so its connection, kept
        self._connection: Archive | None = None
        self._thread: int | None = None
        self._closed = False

    def job(self, read: Callable[[Archive], Any], *, parent: QObject | None) -> Job:
        """A :class:`Job` running ``read(archive)`` on the kept connection."""

        def work(work: Work) -> Any:
            if work.cancelled:  # cancelled while it queued: nothing to read
                return None
            reader = self._open()
            work.interrupt_with(reader.db.conn)
            return read(reader)

        return Job(work, parent=parent, pool=self.pool)

    def _open(self) -> Archive:
        """The kept connection (opened on the reader's thread as it is first
        needed; a connection belongs to the thread that opened it)."""
        if self._closed:
            raise ArchiveError("the archive was closed")
        ident = threading.get_ident()
        if self._connection is None or self._thread != ident:
            self._connection, self._thread = self.archive.reader(kept=True), ident
        return self._connection

    def close(self) -> None:
        """Close the connection, on its thread, once the reads queued are done
        (those still running are waited for: cancel them first)."""
        self._closed = True

        def shut(_work: Work) -> None:
            if self._connection is not None:
                # a connection of another thread cannot be closed from this one
                with contextlib.suppress(sqlite3.ProgrammingError):
                    self._connection.close()
                self._connection = None

        Job(shut, parent=self, pool=self.pool).start()
        self.pool.waitForDone()
