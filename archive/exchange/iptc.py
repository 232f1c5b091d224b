"""Caption metadata under the IPTC Photo Metadata Standard's field names,
as CSV or JSON, and written into a copy of the picture's JPEG (IPTC IIM)."""

from __future__ import annotations

import csv
import io
import json
import logging
import shutil
from collections.abc import Iterable
from pathlib import Path

from iptcinfo3 import IPTCInfo
from sqlite_utils import Database

from ..errors import InvalidInput
from ..gazetteer import gazetteer
from ..records import reading
from . import jpeg_segments

FIELDS = (
    "Headline",
    "Description",
    "Creator",
    "Creator's Job Title",
    "Credit Line",
    "Source",
    "Date Created",
    "City",
    "Province-State",
    "Sublocation",
    "Keywords",
)
# Clipfile's own columns beside them, so a file read back names its records.
EXTRA = ("caption_id", "article_id", "label", "file")


def province_of(city: str | None) -> str | None:
    if not city:
        return None
    for province, cities in gazetteer().provinces.items():
        if city in cities:
            return province or None
    return None


def caption_metadata(db: Database, caption_id: int) -> dict:
    """One caption's fields, by IPTC name (lists for Creator and Keywords)."""
    caption = reading.caption(db, caption_id)
    row = db.execute(
        """SELECT a.title, p.name, a.date, a.county, c.county,
            (SELECT cr.title FROM credits cr WHERE cr.caption_id = c.id
             AND cr.role = 'photographer' AND cr.title IS NOT NULL LIMIT 1)
        FROM captions c LEFT JOIN articles a ON a.id = c.article_id
        LEFT JOIN publications p ON p.id = a.publication_id WHERE c.id = ?""",
        [caption_id],
    ).fetchone()
    title, paper, article_date, article_county, own_county, job = row
    first_line = caption.text.strip().splitlines()[0] if caption.text.strip() else ""
    credit = caption.credit
    if not credit and caption.photographers:
        credit = f"{paper or ''} {'、'.join(caption.photographers)} 摄".strip()
    return {
        "Headline": title or first_line[:60],
        "Description": caption.text,
        "Creator": list(caption.photographers),
        "Creator's Job Title": job or ("摄影记者" if caption.photographers else None),
        "Credit Line": credit,
        "Source": paper,
        "Date Created": caption.date or article_date,
        "City": caption.city,
        "Province-State": province_of(caption.city),
        "Sublocation": own_county or article_county,
        "Keywords": list(caption.tags),
        "caption_id": caption.id,
        "article_id": caption.article_id,
        "label": caption.label,
        "file": caption.image_path,
    }


def as_json(records: Iterable[dict]) -> str:
    return json.dumps({"captions": list(records)}, ensure_ascii=False, indent=2)


def as_csv(records: Iterable[dict]) -> str:
    """CSV with IPTC names as the header; lists joined by '; '."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*FIELDS, *EXTRA], lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                k: "; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                for k, v in record.items()
            }
        )
    return out.getvalue()


# IPTC IIM datasets (iptcinfo3's names) of each field
_IIM = {
    "Headline": "headline",
    "Description": "caption/abstract",
    "Creator": "by-line",
    "Creator's Job Title": "by-line title",
    "Credit Line": "credit",
    "Source": "source",
    "City": "city",
    "Province-State": "province/state",
    "Sublocation": "sub-location",
    "Keywords": "keywords",
}


def embed(source: Path, out: Path, record: dict) -> Path:
    """A copy of JPEG ``source`` at ``out`` with ``record``'s fields in its
    IPTC (UTF-8, marked so) and its XMP; the original is never changed."""
    with open(source, "rb") as handle:
        if handle.read(2) != b"\xff\xd8":
            raise InvalidInput(f"{source.name} is not a JPEG: IPTC is written to JPEGs")
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, out)
    logging.getLogger("iptcinfo").setLevel(logging.ERROR)
    try:
        info = IPTCInfo(str(out), force=True, inp_charset="utf_8", out_charset="utf_8")
        for name, dataset in _IIM.items():
            value = record.get(name)
            if not value:
                continue
            if dataset in ("keywords", "by-line"):
                info[dataset] = [str(v)[:64] for v in value][:50]
            else:
                info[dataset] = str(value)[
                    : 2000 if dataset == "caption/abstract" else 256
                ]
        date = (record.get("Date Created") or "").replace("-", "")
        if len(date) == 8 and date.isdigit():
            info["date created"] = date
        info.save_as(str(out))
        out.write_bytes(jpeg_segments.with_metadata(out.read_bytes(), record))
    except Exception as error:  # iptcinfo3 refusing the file, or its segments
        out.unlink(missing_ok=True)
        raise InvalidInput(
            f"could not write IPTC into {source.name}: {error}"
        ) from None
    for leftover in out.parent.glob(out.name + "~"):
        leftover.unlink(missing_ok=True)
    return out
