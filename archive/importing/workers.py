"""Files read ahead in worker processes while the importer writes.

Reading a page is pure Python and depends on nothing but the file (and its
folder, for the furniture learnt there), so worker processes read the files
ahead of the one being written (:meth:`.FileReading.whole`) and hand them back
in order; one process, the importer's, asks the archive and writes, as it
always did. A file whose path the archive already holds (a folder imported
again) is left to the importer, which finds it a duplicate by its hash
without reading it.

Each worker has a pipe of its own each way, and only its own ends: when the
importer is killed the worker's next read ends and it exits; when a worker
dies, or fails on a file, the importer reads that file (and that worker's
later ones) itself, so a file read ahead always becomes what it would have
become read in the importer.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .loading import FileReading

AHEAD = 8  # files queued to each worker beyond the one it reads
MIN_FILES = 64  # fewer files are read faster than a worker starts (1.5 s CPU)
MAX_WORKERS = 4
_PIPE_BYTES = 1 << 20  # a reading is about 30 KB; Linux allows 1 MB by default
_F_SETPIPE_SZ = 1031
_ROOT = Path(__file__).resolve().parents[2]  # where the archive package is
_SIZE = struct.Struct("<Q")
_START = "from archive.importing.workers import main; main()"


def default_count() -> int:
    """Workers for an import: ``CLIPFILE_IMPORT_WORKERS``, else one fewer
    than the cores (the importer's own process writes), at most four; none
    in a frozen build, whose executable is the app, not Python."""
    if getattr(sys, "frozen", False):
        return 0
    configured = os.environ.get("CLIPFILE_IMPORT_WORKERS", "").strip()
    if configured.isdigit():
        return min(int(configured), MAX_WORKERS)
    return max(0, min((os.cpu_count() or 1) - 1, MAX_WORKERS))


def _send(pipe: IO[bytes], data: bytes) -> None:
    pipe.write(_SIZE.pack(len(data)) + data)
    pipe.flush()


def _receive(pipe: IO[bytes]) -> bytes:
    (size,) = _SIZE.unpack(_exactly(pipe, _SIZE.size))
    return _exactly(pipe, size)


def _exactly(pipe: IO[bytes], size: int) -> bytes:
    """``size`` bytes of ``pipe`` (an unbuffered one returns what the pipe
    holds at each read)."""
    data = pipe.read(size)
    if len(data) == size:
        return data
    parts = bytearray(data)
    while len(parts) < size:
        part = pipe.read(size - len(parts))
        if not part:
            raise EOFError
        parts += part
    return bytes(parts)


def _unbuffered(pipe: IO[bytes]) -> IO[bytes]:
    """The readings' end of a worker's pipe, read without a buffer (select()
    says the truth only of what is still in the pipe: a buffer holding the
    next reading's first bytes had the importer read that file itself while
    the worker waited), and made to hold about 30 readings (the 64 KB Linux
    gives a pipe held two: the worker stopped, its reading unsent, whenever
    the importer committed; 4.9 s of 16.9 on 4,000 pages)."""
    unbuffered = os.fdopen(os.dup(pipe.fileno()), "rb", buffering=0)
    pipe.close()
    if sys.platform == "linux":
        import fcntl  # noqa: PLC0415 (Linux only)

        with contextlib.suppress(OSError):
            fcntl.fcntl(unbuffered.fileno(), _F_SETPIPE_SZ, _PIPE_BYTES)
    return unbuffered


class Worker:
    """One worker process (:func:`main`), its standard input the paths to
    read, its standard output their readings."""

    def __init__(self, year: int | None, dictionary: str | None) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, (str(_ROOT), env.get("PYTHONPATH")))
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", _START, str(year or "")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.tasks: IO[bytes] = self.process.stdin
        self.results: IO[bytes] = _unbuffered(self.process.stdout)
        self.queued: deque[int] = deque()  # files sent, in order
        self.alive = True
        self.started = False  # a reading has come back
        # first what it reads figures with (the archive's indicator entries)
        self._write(pickle.dumps(dictionary, pickle.HIGHEST_PROTOCOL))

    def _write(self, data: bytes) -> bool:
        try:
            _send(self.tasks, data)
        except OSError:
            self.alive = False
        return self.alive

    def send(self, number: int, path: Path) -> None:
        if self._write(os.fsencode(path)):
            self.queued.append(number)

    def receive(self, number: int) -> FileReading | None:
        """The reading of file ``number``, if this worker read it. Until the
        worker has started (importing Python and the reader takes a second
        or more) the importer reads the files it would wait for itself; the
        worker's readings of those are passed over."""
        while self.queued and self.queued[0] < number:
            self.queued.popleft()  # read by the importer meanwhile
            if self._message() is None:
                return None
        if not self.queued or self.queued[0] != number:
            return None
        if not self.started and not self._waiting():
            return None
        self.queued.popleft()
        data = self._message()
        if not data:
            return None  # it failed on the file: read it in the importer
        self.started = True
        reading = pickle.loads(data)
        return reading if isinstance(reading, FileReading) else None

    def ready(self, number: int) -> bool:
        """Is the reading of file ``number`` there to take at once (or will
        it never come)? Until the worker has started, as :meth:`receive`."""
        if not self.alive or not self.started:
            return True
        return bool(self.queued) and self.queued[0] == number and self._waiting()

    def _waiting(self) -> bool:
        """Is a reading there to take at once?"""
        if os.name != "posix":
            return True  # no select() on pipes: wait for it
        return bool(select.select([self.results], [], [], 0)[0])

    def _message(self) -> bytes | None:
        try:
            return _receive(self.results)
        except (EOFError, OSError):
            self.alive = False
            self.queued.clear()
            return None

    def stop(self) -> None:
        for end in (self.tasks, self.results):
            with contextlib.suppress(OSError):
                end.close()  # the worker's next read ends
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=2)


class Readers:
    """Workers reading the files of one import, ahead of the importer."""

    def __init__(
        self,
        files: list[Path],
        count: int,
        year: int | None,
        dictionary: str | None = None,
    ) -> None:
        """``dictionary``: the archive's indicator entries (as kept), with
        which the workers read the articles' figures too; None: they don't."""
        self.files = files
        self.year, self.dictionary = year, dictionary
        self.workers = [Worker(year, dictionary) for _ in range(count)]
        self.sent = 0  # files considered for sending so far
        self.turn = 0
        self.read_here: dict[int, FileReading] = {}  # while waiting for a worker

    def take(
        self,
        number: int,
        skip: Callable[[Path], bool],
        before_waiting: Callable[[], object] = lambda: None,
    ) -> FileReading | None:
        """File ``number`` read by a worker, or None for the importer to
        read it. ``skip(path)`` says which files to leave to the importer;
        ``before_waiting()`` is called before it blocks on a worker (the
        importer commits its batch: no transaction waits on another process)."""
        # each worker kept AHEAD files ahead, not counting those read here
        ahead = AHEAD * len(self.workers) + len(self.read_here)
        limit = min(len(self.files), number + 1 + ahead)
        while self.sent < limit:
            path = self.files[self.sent]
            alive = [w for w in self.workers if w.alive]
            if alive and not skip(path):
                alive[self.turn % len(alive)].send(self.sent, path)
                self.turn += 1
            self.sent += 1
        if number in self.read_here:
            return self.read_here.pop(number)
        for worker in self.workers:
            if number in worker.queued:
                while not worker.ready(number) and self._read_next(skip):
                    pass
                if not worker.ready(number):
                    before_waiting()
                return worker.receive(number)
        return None

    def _read_next(self, skip: Callable[[Path], bool]) -> bool:
        """While the importer would wait for a worker, it reads the next file
        no worker has been sent as a worker would (:meth:`FileReading.whole`),
        so that on two cores the importer and one worker share the reading
        however the work falls. False when there is none to read (or enough
        read so)."""
        if self.sent >= len(self.files) or len(self.read_here) >= AHEAD:
            return False
        number, path = self.sent, self.files[self.sent]
        self.sent += 1
        if not skip(path):
            try:
                self.read_here[number] = FileReading(path, self.year).whole(
                    self.dictionary
                )
            except Exception:  # read again in its turn, and reported
                return True
        return True

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()


def serve(tasks: IO[bytes], results: IO[bytes], year: int | None) -> None:
    """A worker's loop: read each path sent, send its reading back, until
    the importer closes its end (or is gone). Ctrl-C in a terminal reaches
    the workers too: the importer's process answers it, and stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        dictionary = pickle.loads(_receive(tasks))
    except (EOFError, OSError, pickle.UnpicklingError):
        return
    if not isinstance(dictionary, str):
        dictionary = None
    while True:
        try:
            path = os.fsdecode(_receive(tasks))
        except (EOFError, OSError):
            return
        try:
            data = pickle.dumps(
                FileReading(Path(path), year).whole(dictionary),
                pickle.HIGHEST_PROTOCOL,
            )
        except Exception:  # the importer reads it again, and reports
            data = b""
        try:
            _send(results, data)
        except OSError:
            return


def main() -> None:
    """A worker process's start (``Worker`` runs it): what it writes is the
    importer's, so anything printed goes to stderr."""
    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    year = sys.argv[1] if len(sys.argv) > 1 else ""
    serve(sys.stdin.buffer, results, int(year) if year else None)
