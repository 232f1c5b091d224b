"""Looking at picture files safely: what a file is, and its thumbnail.

Whatever a file holds (not a picture at all, a truncated JPEG, 20,000 pixels
a side, a header that lies), the answer is the picture or
:class:`CannotShow` saying why, never a crash, and never a decode without
bound: pictures over :data:`MAX_PIXELS` are refused unless JPEG's draft mode
can read them smaller. Call these off the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, JpegImagePlugin

# CannotShow lives with the other errors (the window names it without loading
# PIL at start-up); it is re-exported here
from ..errors import CannotShow, InvalidInput

MAX_PIXELS = 50_000_000  # decoded at most (a 7,000 × 7,000 picture)
# Pillow's own guard (Image.MAX_IMAGE_PIXELS, left as it is) refuses a header
# claiming twice its limit at once; ours refuses what draft mode cannot shrink.
THUMBNAIL = 256


class NotAPicture(CannotShow, InvalidInput):
    """A file given as a picture is refused: ``why`` says why, ``path`` is
    the file."""

    code = "not_a_picture"


@dataclass(frozen=True)
class Pixels:
    """A picture decoded to 8-bit RGB: ``rgb`` holds its rows one after the
    other, three bytes a pixel, no padding (what a window makes an image of
    without decoding anything itself)."""

    width: int
    height: int
    rgb: bytes


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int


def _open(path: Path) -> Image.Image:
    image: Image.Image | None
    try:
        image = Image.open(path)
    except FileNotFoundError:
        raise CannotShow("the file is missing", why="missing") from None
    except Image.DecompressionBombError:
        image = _large_jpeg(path)
        if image is None:
            raise CannotShow(
                "the picture is too large to show", why="too_large"
            ) from None
    except Exception as error:  # every way a file is not a picture
        raise CannotShow(
            f"not a picture Clipfile can read ({_reason(error)})", why="not_a_picture"
        ) from None
    width, height = image.size
    if width <= 0 or height <= 0:
        image.close()
        raise CannotShow("the picture has no size")
    return image


def _large_jpeg(path: Path) -> JpegImagePlugin.JpegImageFile | None:
    """A JPEG whose header is over Pillow's guard (a scan of 20,000 × 12,000
    pixels), opened past it: every decode here reads a JPEG in draft mode, at
    down to an eighth of its sides, and what that cannot bring under
    :data:`MAX_PIXELS` is refused before decoding. None for any other file."""
    try:
        with path.open("rb") as file:
            if file.read(3) != b"\xff\xd8\xff":
                return None
        return JpegImagePlugin.JpegImageFile(path)
    except Exception:  # not a JPEG after all, or unreadable
        return None


def _reason(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:120]


def inspect(path: Path) -> ImageInfo:
    """What picture ``path`` holds (its header only)."""
    with _open(path) as image:
        return ImageInfo(image.format or "", *image.size)


def thumbnail(path: Path, out: Path, size: int = THUMBNAIL) -> Path:
    """Write ``path``'s thumbnail (at most ``size`` pixels a side, JPEG) to
    ``out`` unless it is there already; returns ``out``."""
    if out.exists():
        return out
    # drafted at twice the size, then shrunk: a sharper thumbnail
    small = _shrunk(path, (size * 2, size * 2), (size, size), keep=("RGB", "L"))
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=".part-", suffix=".jpg")
    os.close(handle)
    try:
        small.save(temporary, "JPEG", quality=85)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out


def pixels(path: Path, width: int, height: int) -> Pixels:
    """Picture ``path`` decoded and shrunk to fit ``width`` × ``height``
    (never enlarged, its proportions kept), as RGB bytes; :class:`CannotShow`
    says why not. Pillow lets other threads run while it decodes and
    resizes: a window's GUI thread stays responsive (Qt's QImage.scaled and
    QPainter.drawText in a worker kept it waiting 16-70 ms)."""
    box = (max(1, width), max(1, height))
    small = _shrunk(path, (width, height), box, keep=("RGB",))
    return Pixels(small.width, small.height, small.tobytes())


def _shrunk(
    path: Path, draft: tuple[int, int], box: tuple[int, int], *, keep: tuple[str, ...]
) -> Image.Image:
    """Picture ``path`` decoded (a JPEG in draft mode at no less than
    ``draft``, 1/2…1/8 of its sides), turned upright and shrunk to fit
    ``box``, in one of the modes ``keep`` (else RGB); :class:`CannotShow` when
    it is too large to decode or damaged."""
    with _open(path) as image:
        if image.format == "JPEG":
            image.draft("RGB", draft)
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise CannotShow(
                f"the picture is too large to show ({width} × {height} pixels)",
                why="too_large",
            )
        try:
            image.load()
            small = _upright(image)
            small.thumbnail(box)
            if small.mode not in keep:
                small = small.convert("RGBA").convert("RGB")
            small.load()
            return small
        except Exception as error:  # truncated, corrupt, unsupported mode…
            raise CannotShow(f"the picture is damaged ({_reason(error)})") from None


def _upright(image: Image.Image) -> Image.Image:
    """Turned as its EXIF orientation says (hostile EXIF: as it is)."""
    try:
        return ImageOps.exif_transpose(image) or image
    except Exception:
        return image
