"""Caption metadata under the IPTC Photo Metadata Standard's field names,
as CSV or JSON, and written into a copy of the picture's JPEG (IPTC IIM)."""

from __future__ import annotations

import csv
import functools
import io
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from iptcinfo3 import IPTCInfo
from sqlite_utils import Database

from ..errors import InvalidInput, RecordNotFound
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
    """The province of a city of the gazetteer (None: not one of them); a
    city its province governs (仙桃) from the county table."""
    if not city:
        return None
    return _provinces().get(city) or gazetteer().province_of(city)


@functools.cache
def _provinces() -> dict[str, str]:
    """Each city's province, the first that lists it (asked once a caption:
    walking every province's cities took 70 µs a caption)."""
    found: dict[str, str] = {}
    for province, cities in gazetteer().provinces.items():
        for city in cities:
            if province:
                found.setdefault(city, province)
    return found


def caption_metadata(db: Database, caption_id: int) -> dict:
    """One caption's fields, by IPTC name (lists for Creator and Keywords)."""
    found = caption_records(db, [caption_id])
    if not found:
        raise RecordNotFound(f"no caption {caption_id}")
    return found[0]


_CHUNK = 500  # captions read by one statement


def caption_records(
    db: Database,
    caption_ids: Sequence[int],
    progress: Callable[[int, int], None] | None = None,
) -> list[dict]:
    """The captions' fields by IPTC name, in the order given (those gone
    left out), read ``_CHUNK`` at a time: record by record took 0.5 ms a
    caption, 104 s for 200,000 (``progress(done, total)`` after each chunk)."""
    out: list[dict] = []
    for start in range(0, len(caption_ids), _CHUNK):
        chunk = list(caption_ids[start : start + _CHUNK])
        out += _records(db, chunk)
        if progress is not None:
            progress(min(start + _CHUNK, len(caption_ids)), len(caption_ids))
    return out


def _records(db: Database, chunk: list[int]) -> list[dict]:
    marks = ",".join("?" * len(chunk))
    rows = {
        row[0]: row
        for row in db.execute(
            f"""SELECT c.id, c.article_id, c.label, c.text, c.date,
                coalesce(c.city, a.city), c.county, c.credit, c.image_path,
                a.title, p.name, a.date, a.county
            FROM captions c LEFT JOIN articles a ON a.id = c.article_id
            LEFT JOIN publications p ON p.id = a.publication_id
            WHERE c.id IN ({marks}) AND c.deleted_at IS NULL""",
            chunk,
        )
    }
    people: dict[int, list[str]] = {}
    titles: dict[int, str] = {}
    for caption, name, title in db.execute(
        f"""SELECT cr.caption_id, p.name, cr.title FROM credits cr
        JOIN people p ON p.id = cr.person_id
        WHERE cr.caption_id IN ({marks}) AND cr.role = 'photographer'
        ORDER BY cr.caption_id, cr.position, cr.id""",
        chunk,
    ):
        people.setdefault(caption, []).append(name)
        if title and caption not in titles:
            titles[caption] = title
    tagged = {
        i
        for (i,) in db.execute(
            f"SELECT DISTINCT caption_id FROM taggings WHERE caption_id IN ({marks})",
            chunk,
        )
    }
    return [
        _record(
            rows[i],
            people.get(i, []),
            titles.get(i),
            list(reading._tags(db, "caption_id", i)) if i in tagged else [],
        )
        for i in chunk
        if i in rows
    ]


def _record(row: tuple, photographers: list[str], job: str | None, tags: list) -> dict:
    (cid, article_id, label, text, date, city, county, credit, image) = row[:9]
    title, paper, article_date, article_county = row[9:]
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    if not credit and photographers:
        credit = f"{paper or ''} {'、'.join(photographers)} 摄".strip()
    return {
        "Headline": title or first_line[:60],
        "Description": text,
        "Creator": photographers,
        "Creator's Job Title": job or ("摄影记者" if photographers else None),
        "Credit Line": credit,
        "Source": paper,
        "Date Created": date or article_date,
        "City": city,
        "Province-State": province_of(city),
        "Sublocation": county or article_county,
        "Keywords": tags,
        "caption_id": cid,
        "article_id": article_id,
        "label": label,
        "file": image,
    }


def write_whole(out: Path, text: str) -> None:
    """``text`` into ``out`` whole or not at all (written beside it, then
    put in its place)."""
    handle, partial = tempfile.mkstemp(
        dir=out.parent, prefix=".part-", suffix=out.suffix
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(partial, out)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


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
