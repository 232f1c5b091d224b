"""Taking a picture file in: checked, copied into the media folder, its
metadata read."""

from __future__ import annotations

from pathlib import Path

from . import files, metadata
from .commands import Picture
from .images import CannotShow, inspect


def take_in(media: Path, path: Path) -> Picture:
    """``path`` stored in ``media`` (by content), with what it says of
    itself; :class:`CannotShow` when it is not a picture."""
    info = inspect(path)
    stored = files.store(media, path, info.format)
    embedded = metadata.read(path)
    return Picture(
        sha256=stored.sha256,
        file=stored.file,
        format=info.format,
        width=info.width,
        height=info.height,
        bytes=stored.bytes,
        original_name=path.name[:255],
        metadata={} if embedded.empty else embedded.as_dict(),
    )


def thumbnail_path(media: Path, file: str, size: int) -> Path:
    """Where the thumbnail of media ``file`` is cached."""
    stem = Path(file).stem
    return media / ".thumbnails" / str(size) / stem[:2] / f"{stem}.jpg"


__all__ = ["CannotShow", "take_in", "thumbnail_path"]
