"""main.py's subcommands as the tests run them.

``clipfile`` runs a subcommand the way a user's terminal does, with its exit
code, standard output and standard error, but inside the test process: the
same ``main.main`` and the same handlers, without the second or so a new
Python process spends importing (the CLI tests ran about 150 of them and took
most of the suite's time). What needs a real process of its own (two
processes writing at once, a kill, a stalled pipe, the busy timeout) uses
``clipfile_process``; so does every call when CLIPFILE_TEST_PROCESSES=1 is set,
to check that nothing depends on running in-process.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "main.py"


def clipfile(
    *args: object, env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run ``main.py ARGS``; ``env`` holds variables set for this run only."""
    if os.environ.get("CLIPFILE_TEST_PROCESSES"):
        return clipfile_process(*args, env=env, timeout=timeout)
    from main import main

    argv = [str(arg) for arg in args]
    out, err = _Capture(), _Capture()
    with _environment(env or {}), _streams(out.stream, err.stream):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse's usage errors and --help
            code = _exit_code(stop.code, err.stream)
        except BaseException:
            traceback.print_exc(file=err.stream)
            code = 1
    return subprocess.CompletedProcess(
        [sys.executable, str(MAIN), *argv], code, out.text(), err.text()
    )


def clipfile_process(
    *args: object, env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run ``main.py ARGS`` in a process of its own."""
    return subprocess.run(
        [sys.executable, str(MAIN), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ | dict(env or {}),
        timeout=timeout,
        check=False,
    )


class _Capture:
    """A text stream that keeps what is written, as UTF-8 like a pipe."""

    def __init__(self) -> None:
        self._bytes = io.BytesIO()
        self.stream = io.TextIOWrapper(self._bytes, encoding="utf-8", newline="\n")

    def text(self) -> str:
        self.stream.flush()
        return self._bytes.getvalue().decode("utf-8")


def _exit_code(code: object, err: io.TextIOBase) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)
    return 1


@contextlib.contextmanager
def _environment(changes: Mapping[str, str]) -> Iterator[None]:
    before = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _streams(out: io.TextIOBase, err: io.TextIOBase) -> Iterator[None]:
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield
