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
