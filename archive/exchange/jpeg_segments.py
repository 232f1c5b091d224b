"""A JPEG's metadata segments, rewritten without decoding the picture: the
IPTC block marked as UTF-8, and an XMP packet put in.

iptcinfo3 writes the IPTC datasets in UTF-8 but not the envelope's coded
character set (1:90, ``ESC % G``) that says so: without it other programs
(exiftool, Photoshop, a picture desk's DAM) read Chinese as Latin-1. XMP is
UTF-8 by definition, and many programs read it before IPTC.
"""

from __future__ import annotations

import struct
from xml.sax.saxutils import escape

from ..errors import InvalidInput

UTF8_MARK = b"\x1c\x01\x5a\x00\x03\x1b\x25\x47"  # dataset 1:90 = ESC % G
_PHOTOSHOP = b"Photoshop 3.0\x00"
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_MAX_PAYLOAD = 65533  # a segment's length field counts itself: 65535


def segments(data: bytes) -> tuple[list[tuple[int, bytes]], bytes]:
    """The segments before the picture's data (marker, payload), and the
    rest of the file from the first marker without a length (SOS on)."""
    if data[:2] != b"\xff\xd8":
        raise InvalidInput("not a JPEG")
    found: list[tuple[int, bytes]] = []
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            raise InvalidInput("the JPEG's segments are damaged")
        marker = data[at + 1]
        if marker == 0xDA or 0xD0 <= marker <= 0xD9 or marker == 0x01:
            return found, data[at:]
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2 or at + 2 + length > len(data):
            raise InvalidInput("the JPEG's segments are damaged")
        found.append((marker, data[at + 4 : at + 2 + length]))
        at += 2 + length
    raise InvalidInput("the JPEG has no picture data")


def join(found: list[tuple[int, bytes]], rest: bytes) -> bytes:
    out = [b"\xff\xd8"]
    for marker, payload in found:
        if len(payload) > _MAX_PAYLOAD:
            raise InvalidInput("a metadata segment is too large for a JPEG")
        out.append(bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2))
        out.append(payload)
    out.append(rest)
    return b"".join(out)


def mark_iptc_utf8(payload: bytes) -> bytes:
    """A Photoshop APP13 payload with its IPTC block (resource 0x0404)
    beginning with 1:90 = UTF-8 (unless it says so already)."""
    if not payload.startswith(_PHOTOSHOP):
        return payload
    out, at = [payload[: len(_PHOTOSHOP)]], len(_PHOTOSHOP)
    while at + 12 <= len(payload) and payload[at : at + 4] == b"8BIM":
        (kind,) = struct.unpack(">H", payload[at + 4 : at + 6])
        name_length = payload[at + 6]
        name_end = at + 7 + name_length + ((name_length + 1) % 2)  # padded even
        (size,) = struct.unpack(">I", payload[name_end : name_end + 4])
        body = payload[name_end + 4 : name_end + 4 + size]
        if kind == 0x0404 and not body.startswith(b"\x1c\x01\x5a"):
            body = UTF8_MARK + body
        out.append(payload[at:name_end] + struct.pack(">I", len(body)) + body)
        if len(body) % 2:
            out.append(b"\x00")
        at = name_end + 4 + size + size % 2
    out.append(payload[at:])
    return b"".join(out)


def xmp_packet(record: dict) -> bytes:
    """An XMP packet of a caption's fields (IPTC Core's properties)."""

    def text(value: object, limit: int = 2000) -> str:
        return escape(str(value)[:limit], {'"': "&quot;"})

    def listed(kind: str, values: list) -> str:
        items = "".join(f"<rdf:li>{text(v, 256)}</rdf:li>" for v in values[:50])
        return f"<rdf:{kind}>{items}</rdf:{kind}>"

    props = []
    if record.get("Description"):
        props.append(
            "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>"
            f"{text(record['Description'])}</rdf:li></rdf:Alt></dc:description>"
        )
    if record.get("Creator"):
        props.append(f"<dc:creator>{listed('Seq', record['Creator'])}</dc:creator>")
    if record.get("Keywords"):
        props.append(f"<dc:subject>{listed('Bag', record['Keywords'])}</dc:subject>")
    for field, name in (
        ("Headline", "photoshop:Headline"),
        ("Creator's Job Title", "photoshop:AuthorsPosition"),
        ("Credit Line", "photoshop:Credit"),
        ("Source", "photoshop:Source"),
        ("Date Created", "photoshop:DateCreated"),
        ("City", "photoshop:City"),
        ("Province-State", "photoshop:State"),
        ("Sublocation", "Iptc4xmpCore:Location"),
    ):
        if record.get(field):
            props.append(f"<{name}>{text(record[field], 256)}</{name}>")
    body = "".join(props)
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about=''"
        " xmlns:dc='http://purl.org/dc/elements/1.1/'"
        " xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'"
        " xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/'>"
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        "<?xpacket end='w'?>"
    ).encode()


def with_metadata(data: bytes, record: dict) -> bytes:
    """JPEG ``data`` with its IPTC marked UTF-8 and ``record`` as its XMP
    (any XMP it had replaced), the picture's own bytes untouched."""
    found, rest = segments(data)
    kept = [
        (marker, mark_iptc_utf8(payload) if marker == 0xED else payload)
        for marker, payload in found
        if not (marker == 0xE1 and payload.startswith(_XMP))
    ]
    xmp = _XMP + xmp_packet(record)
    if len(xmp) > _MAX_PAYLOAD:
        shorter = dict(record, Description=str(record.get("Description", ""))[:500])
        xmp = _XMP + xmp_packet(shorter)
    at = 0  # after the JFIF/EXIF headers, as programs expect
    while at < len(kept) and kept[at][0] in (0xE0, 0xE1):
        at += 1
    kept.insert(at, (0xE1, xmp))
    return join(kept, rest)
