"""Work off the GUI thread (gui.background): a worker stands back for it."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from gui.background import WORKER_NICENESS, Job


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="nice per thread")
def test_a_worker_runs_at_a_lower_priority_than_the_gui_thread(qtbot):
    """On 2 cores a worker reading in SQLite for seconds must not keep the
    GUI thread waiting for a core: the worker's thread is niced, the GUI
    thread (and so the process's other threads) are not."""
    seen: list[int] = []

    def work(_work) -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    for done in range(1, 4):  # a thread reused for the next jobs is niced once
        job = Job(work)
        job.succeeded.connect(seen.append)
        job.start()
        qtbot.waitUntil(lambda n=done: len(seen) == n, timeout=5000)
    here = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert seen == [min(19, here + WORKER_NICENESS)] * 3
    assert os.getpriority(os.PRIO_PROCESS, 0) == here


def test_background_preparation_waits_while_the_users_search_runs():
    """What the window prepares in the background waits while a search of
    the user's is in flight and for a moment after it (and after each key
    typed), so the search's first page is not slowed by it; it goes on
    after the longest wait regardless."""
    import time

    from gui.background import Quiet

    quiet = Quiet(quiet_s=0.05)
    assert quiet.is_quiet
    quiet.begin()  # a search starts
    waited = []
    worker = threading.Thread(target=lambda: waited.append(quiet.wait(5)))
    worker.start()
    time.sleep(0.2)
    assert waited == []  # still waiting: the search runs
    quiet.end()
    started = time.monotonic()
    worker.join(5)
    assert waited == [True]
    assert time.monotonic() - started >= 0.04  # a quiet moment after it
    quiet.touch()  # a key typed
    assert not quiet.is_quiet
    quiet.begin()  # a search that never ends: the wait gives up
    assert quiet.wait(0.1) is False
    quiet.end()
    assert quiet.wait(1) is True
