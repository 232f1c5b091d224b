"""The media folder: each picture once, named by the SHA-256 of its bytes."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidInput

MAX_BYTES = 512 * 1024 * 1024  # a picture larger than this is not taken in
_SUFFIXES = {
    "JPEG": ".jpg",
    "PNG": ".png",
    "GIF": ".gif",
    "TIFF": ".tif",
    "WEBP": ".webp",
    "BMP": ".bmp",
}


# a name as store() writes them: two hex digits / the SHA-256 . a suffix
_STORED_NAME = re.compile(r"[0-9a-f]{2}/[0-9a-f]{64}\.[a-z]{3,4}")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    file: str  # relative to the media folder
    bytes: int


def sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def relative_name(sha256: str, format: str | None) -> str:
    """Where a picture of this content goes: ``ab/abcdef….jpg``."""
    return f"{sha256[:2]}/{sha256}{_SUFFIXES.get(format or '', '.bin')}"


def stored_path(root: Path, file: str) -> Path | None:
    """Where media ``file`` (a caption's image_path) is under ``root``, the
    media folder resolved, or None when the name leads out of it. A name as
    :func:`store` writes them is joined at once, with no call to the file
    system (resolving every name cost the picture grid 1.6 ms a cell under
    load); any other name, from whatever wrote the archive, is resolved,
    links and all, and must stay inside ``root``."""
    if _STORED_NAME.fullmatch(file):
        return root / file
    path = (root / file).resolve()
    return path if root in path.parents else None


def store(media: Path, source: Path, format: str | None) -> StoredFile:
    """Copy ``source`` into ``media`` under its content's name (once: a copy
    already there is kept); written whole or not at all."""
    try:
        size = source.stat().st_size
    except OSError as error:
        raise InvalidInput(f"cannot read {source.name}: {error.strerror}") from None
    if size > MAX_BYTES:
        raise InvalidInput(f"{source.name} is too large ({size // 2**20} MB)")
    sha, size = sha256_of(source)
    name = relative_name(sha, format)
    target = media / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        os.close(handle)
        try:
            shutil.copyfile(source, temporary)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return StoredFile(sha, name, size)
