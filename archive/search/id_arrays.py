"""Arrays of ids, and numpy work on them in slices that let other threads run.

numpy holds the GIL while it works: a million articles' counting held it for
20–50 ms at a time on a 2-core machine, the GUI thread waiting (issue 17).
Each helper here does its work in slices of :data:`_SLICE` elements, giving
the GIL back between them.
"""

from __future__ import annotations

import time

import numpy as np

_SLICE = 1 << 17  # elements numpy counts at a time: a millisecond or two


def sliced_counts(
    values: np.ndarray, mask: np.ndarray | None, minlength: int
) -> np.ndarray:
    """``np.bincount(values[mask], minlength=minlength)`` in slices, letting
    other threads run between them: numpy holds the GIL while it counts, and a
    million articles' counting held it for 20–50 ms at a time on a 2-core
    machine, the GUI thread waiting (issue 17)."""
    size = max(minlength, int(values.max()) + 1 if len(values) else 0)
    total = np.zeros(size, dtype=np.int64)
    for start in range(0, len(values), _SLICE):
        part = values[start : start + _SLICE]
        if mask is not None:
            part = part[mask[start : start + _SLICE]]
        total += np.bincount(part, minlength=size)
        time.sleep(0)  # the GIL let go: the GUI thread has it back at once
    return total


def concatenated_ids(text: str | None) -> np.ndarray:
    """The integers of a ``group_concat``: SQLite hands over a million ids as one
    string far faster than as a million rows."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def sliced_take(mask: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``mask[ids]`` in slices, letting other threads run between them."""
    out = np.empty(len(ids), dtype=bool)
    for start in range(0, len(ids), _SLICE):
        out[start : start + _SLICE] = mask[ids[start : start + _SLICE]]
        time.sleep(0)
    return out


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, in order: what ``np.unique`` gives, by a sort
    (numpy 2's hashing ``unique`` took 1.1 s of CPU for 900,000 int64 keys,
    the sort 17 ms)."""
    ordered = np.sort(values)
    if not len(ordered):
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def int32_ids(ids: np.ndarray) -> np.ndarray:
    """Ids as 4 bytes each: half the memory of a million articles' pairs."""
    return ids.astype(np.int32)
