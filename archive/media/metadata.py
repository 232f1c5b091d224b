"""What a picture file says about itself: IPTC, EXIF and XMP fields read
with Pillow, decoded whatever their encoding, cut to a sane length, and
offered for a caption's fields.

XMP is read with regular expressions, never an XML parser (a hostile packet
cannot expand entities here).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from PIL import Image, IptcImagePlugin

from .images import CannotShow, _open

MAX_FIELD = 2000  # characters kept of one field
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Embedded:
    """The fields a picture carries (empty strings where it says nothing)."""

    description: str = ""
    creator: str = ""
    creator_title: str = ""
    date: str = ""  # ISO 8601
    city: str = ""
    province: str = ""
    sublocation: str = ""
    headline: str = ""
    credit: str = ""
    source: str = ""
    keywords: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        data = asdict(self)
        data["keywords"] = list(self.keywords)
        return data

    @property
    def empty(self) -> bool:
        return not any(self.as_dict().values())

    def caption_fields(self) -> dict[str, str]:
        """What it offers for a caption's own fields (text, date, city,
        county, credit) and its photographers, only those it has."""
        offered = {
            "text": self.description,
            "date": self.date,
            "city": self.city,
            "county": self.sublocation,
            "credit": self.credit,
            "photographers": self.creator,
        }
        return {k: v for k, v in offered.items() if v}


def decode(value: object) -> str:
    """Text from whatever a field holds: UTF-8, GB 18030, UTF-16 or Latin-1
    bytes, a str Pillow read as Latin-1, a tuple of byte values."""
    if isinstance(value, tuple | list):
        if all(isinstance(v, int) for v in value):
            value = bytes(v & 0xFF for v in value)
        else:
            value = " ".join(decode(v) for v in value)
    if isinstance(value, str):
        try:
            value = value.encode("latin-1")
        except UnicodeEncodeError:
            return _clean(str(value))
    if not isinstance(value, bytes | bytearray):
        return _clean(str(value))
    raw = bytes(value[:1_000_000])  # a field of megabytes is cut first
    encodings: tuple[str, ...] = ("utf-8", "gb18030")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # a byte-order mark: UTF-16
        encodings = ("utf-16",)
    for encoding in encodings:
        try:
            return _clean(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _clean(raw.decode("latin-1"))


def _clean(text: str) -> str:
    return _CONTROL.sub("", text).replace("\x00", "").strip()[:MAX_FIELD]


def _utf16(value: object) -> str:
    if isinstance(value, tuple | list):
        value = bytes(v & 0xFF for v in value if isinstance(v, int))
    if isinstance(value, bytes):
        return _clean(value.decode("utf-16-le", errors="replace"))
    return decode(value)


def _date(text: str) -> str:
    """'2024:04:13 10:20:00', '20240413', '2024-04-13T…' → '2024-04-13'."""
    digits = re.match(r"\s*(\d{4})[:\-]?(\d{2})[:\-]?(\d{2})", text)
    if digits is None:
        return ""
    year, month, day = digits.groups()
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return ""
    return f"{year}-{month}-{day}"


def read(path: Path) -> Embedded:
    """The metadata ``path`` carries (nothing when it carries none or is not
    a picture; never an error for a strange field)."""
    try:
        with _open(path) as image:
            fields: dict[str, object] = {}
            _exif(image, fields)
            _xmp(image, fields)
            _iptc(image, fields)  # last: IPTC's fields win
    except CannotShow:
        return Embedded()
    keywords = fields.pop("keywords", ())
    return Embedded(
        **{k: v for k, v in fields.items() if isinstance(v, str)},
        keywords=tuple(keywords)[:50],  # type: ignore[arg-type]
    )


_IPTC = {
    (2, 120): "description",
    (2, 80): "creator",
    (2, 85): "creator_title",
    (2, 90): "city",
    (2, 95): "province",
    (2, 92): "sublocation",
    (2, 105): "headline",
    (2, 110): "credit",
    (2, 115): "source",
}


def _iptc(image: Image.Image, fields: dict[str, object]) -> None:
    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}  # type: ignore[arg-type]
    except Exception:
        return
    for key, name in _IPTC.items():
        if key in info:
            value = info[key]
            text = (
                "、".join(decode(v) for v in value)
                if isinstance(value, list)
                else decode(value)
            )
            if text:
                fields[name] = text
    if (2, 55) in info and (found := _date(decode(info[(2, 55)]))):
        fields["date"] = found
    if (2, 25) in info:
        values = info[(2, 25)]
        values = values if isinstance(values, list) else [values]
        fields["keywords"] = [k for k in (decode(v) for v in values) if k]


def _exif(image: Image.Image, fields: dict[str, object]) -> None:
    try:
        exif = image.getexif()
        details = exif.get_ifd(0x8769)
    except Exception:
        return
    for tag, name in ((270, "description"), (315, "creator"), (33432, "credit")):
        if tag in exif and (text := decode(exif[tag])):
            fields[name] = text
    if 0x9C9B in exif and "description" not in fields:  # XPTitle
        fields["description"] = _utf16(exif[0x9C9B])
    if 0x9C9D in exif and "creator" not in fields:  # XPAuthor
        fields["creator"] = _utf16(exif[0x9C9D])
    for source, tag in ((details, 36867), (exif, 306)):
        if tag in source and (found := _date(decode(source[tag]))):
            fields["date"] = found
            break


_XMP = {
    "description": r"<dc:description>.*?<rdf:li[^>]*>(.*?)</rdf:li>",
    "creator": r"<dc:creator>.*?<rdf:li[^>]*>(.*?)</rdf:li>",
    "headline": r"photoshop:Headline(?:=\"|>)(.*?)(?:\"|</)",
    "city": r"photoshop:City(?:=\"|>)(.*?)(?:\"|</)",
    "province": r"photoshop:State(?:=\"|>)(.*?)(?:\"|</)",
    "credit": r"photoshop:Credit(?:=\"|>)(.*?)(?:\"|</)",
    "sublocation": r"Iptc4xmpCore:Location(?:=\"|>)(.*?)(?:\"|</)",
    "date": r"photoshop:DateCreated(?:=\"|>)(.*?)(?:\"|</)",
}


def _xmp(image: Image.Image, fields: dict[str, object]) -> None:
    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if not packet:
        return
    text = decode(packet[:200_000]) if isinstance(packet, bytes) else str(packet)
    text = text[:200_000]
    for name, pattern in _XMP.items():
        match = re.search(pattern, text, re.S)
        if match:
            value = _clean(_unescape(match.group(1)))
            if name == "date":
                value = _date(value)
            if value:
                fields[name] = value


def _unescape(text: str) -> str:
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text
