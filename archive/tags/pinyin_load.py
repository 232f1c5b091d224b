"""pypinyin, loaded without holding the GIL for long.

Importing pypinyin reads its dictionaries with one ``json.loads`` each (2.5
and 0.8 MB): 0.4-0.7 s in which no other thread runs, the window frozen
although the import was made off its thread. Here the same files are read in
slices of a few thousand entries, the GIL let go between them, and handed to
pypinyin as the modules it would have made; anything unexpected (another
layout of the files, a newer pypinyin) falls back to the plain import.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import os
import re
import sys
import threading
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

SLICE = 2_000  # entries read by one json.loads: about 2 ms
# a top-level key of pypinyin's dictionaries, which start a line ("人才": [ or
# "20154": "rén,…"); nested readings are lines without a colon after them
_KEY = re.compile(r'^"[^"\n]*": ', re.MULTILINE)
_LOCK = threading.Lock()


def lazy_pinyin() -> Callable[..., list[str]]:
    """pypinyin's ``lazy_pinyin``, its dictionaries loaded in slices the first
    time (call it off the GUI thread: it still takes 0.5 s or more of CPU)."""
    load()
    from pypinyin import lazy_pinyin as function  # noqa: PLC0415 (loaded above)

    return function


def load() -> bool:
    """Load pypinyin, its dictionaries in slices; whether they were (False:
    loaded already, or by the plain import)."""
    with _LOCK:
        if "pypinyin.constants" in sys.modules:
            return False
        spec = importlib.util.find_spec("pypinyin")
        if spec is None or spec.origin is None:
            return False
        folder = Path(spec.origin).parent
        try:
            phrases = read_sliced(folder / "phrases_dict.json")
            singles = {
                int(k): v for k, v in read_sliced(folder / "pinyin_dict.json").items()
            }
        except (OSError, ValueError):
            return False  # pypinyin reads them itself, at once
        for name, attribute, value in (
            ("phrases_dict", "phrases_dict", phrases),
            ("pinyin_dict", "pinyin_dict", singles),
        ):
            module = types.ModuleType(f"pypinyin.{name}")
            setattr(module, attribute, value)
            sys.modules[module.__name__] = module
        # the dictionaries are not edited here: no copy of them (30 ms at once)
        was = os.environ.get("PYPINYIN_NO_DICT_COPY")
        os.environ["PYPINYIN_NO_DICT_COPY"] = "1"
        try:
            import pypinyin  # noqa: F401, PLC0415
        finally:
            if was is None:
                del os.environ["PYPINYIN_NO_DICT_COPY"]
            else:
                os.environ["PYPINYIN_NO_DICT_COPY"] = was
        # its 47,000 phrases are some 200,000 lists, never freed: kept out of
        # the cyclic collector's full passes, each of which walked them for
        # 60-125 ms (the window's GUI thread stalled; issue 17), as the
        # window's start-up objects are (gui.app)
        gc.freeze()
        return True


def read_sliced(path: Path, size: int = SLICE) -> dict[str, Any]:
    """A JSON object of one entry per top-level key line, read ``size``
    entries at a time (what ``json.loads`` of the whole file gives)."""
    text = path.read_text(encoding="utf-8")
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        raise ValueError(f"{path.name} is not one JSON object")
    starts = [m.start() for m in _KEY.finditer(text)]
    found: dict[str, Any] = {}
    end = text.rindex("}")
    for first in range(0, len(starts), size):
        stop = starts[first + size] if first + size < len(starts) else end
        part = text[starts[first] : stop].rstrip().rstrip(",")
        found.update(json.loads("{" + part + "}"))
        time.sleep(0)  # the GIL let go
    if not found and body != "{}":
        raise ValueError(f"{path.name}: no entries found")
    return found
