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
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance


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


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        job = self.job
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
