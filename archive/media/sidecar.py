"""A folder of pictures with a sidecar list (CSV or JSON) saying which
caption each file belongs to: by the caption's id, by its label and the page
its article is on (图② on A3), or by a piece of its text.

Every line is checked before anything is attached; a line that names no
caption, several, a missing file or one that is not a picture is reported
by its number, and then nothing at all is attached.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from .images import CannotShow, inspect

SIDECAR_NAMES = ("pictures.csv", "pictures.json", "sidecar.csv", "sidecar.json")
_FILE_KEYS = ("file", "filename", "文件", "图片")
_ID_KEYS = ("caption_id", "id")
_LABEL_KEYS = ("label", "标签", "图号")
_PAGE_KEYS = ("page", "版次", "版")
_TEXT_KEYS = ("caption", "text", "图说", "说明")
_DATE_KEYS = ("date", "日期")


class Why(str):
    """Why a line (or the list) cannot be used: an English sentence, as the
    command line prints it, with the ``code`` and ``values`` a window words
    it by in its own language."""

    code: str
    values: dict[str, str]

    def __new__(cls, code: str, template: str, **values: str) -> Why:
        why = super().__new__(cls, template.format(**values))
        why.code, why.values = code, values
        return why


@dataclass(frozen=True)
class SidecarLine:
    line: int
    path: Path
    caption_id: int


@dataclass
class SidecarPlan:
    lines: list[SidecarLine] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, why)


def find_sidecar(folder: Path) -> Path | None:
    for name in SIDECAR_NAMES:
        if (folder / name).is_file():
            return folder / name
    found = sorted([*folder.glob("*.csv"), *folder.glob("*.json")])
    return found[0] if found else None


def read_entries(sidecar: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, fields) of each entry: a CSV's data lines numbered as
    an editor shows them (the header is line 1), a JSON list's entries 1…"""
    raw = sidecar.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError(
            Why("not_text", "{list}: not text in UTF-8 or GB 18030", list=sidecar.name)
        )
    if sidecar.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except ValueError as error:
            raise ValueError(
                Why(
                    "not_json",
                    "{list}: not JSON ({error})",
                    list=sidecar.name,
                    error=str(error),
                )
            ) from None
        if isinstance(data, dict):
            data = data.get("pictures", data.get("items", []))
        if not isinstance(data, list):
            raise ValueError(
                Why(
                    "not_a_list",
                    "{list}: expected a list of entries",
                    list=sidecar.name,
                )
            )
        return [
            (n, {str(k).strip().lower(): _text(v) for k, v in entry.items()})
            if isinstance(entry, dict)
            else (n, {})
            for n, entry in enumerate(data, 1)
        ]
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise ValueError(
            Why("no_header", "{list}: empty, no header line", list=sidecar.name)
        )
    entries = []
    for row in reader:
        fields = {
            (k or "").strip().lower(): (v or "").strip() if isinstance(v, str) else ""
            for k, v in row.items()
        }
        entries.append((reader.line_num, fields))
    return entries


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _first(fields: dict[str, str], keys: tuple[str, ...]) -> str:
    for key in keys:
        if fields.get(key):
            return fields[key]
    return ""


def plan(db: Database, folder: Path, sidecar: Path) -> SidecarPlan:
    """Which file goes to which caption, and every line that cannot."""
    result = SidecarPlan()
    taken: dict[int, int] = {}  # caption → the line that took it
    for line, fields in read_entries(sidecar):
        problem, path, caption = _line(db, folder, fields)
        if problem is None and caption in taken:
            problem = Why(
                "taken",
                "the caption is already given a picture on line {line}",
                line=str(taken[caption]),
            )
        if problem is not None:
            result.problems.append((line, problem))
            continue
        taken[caption] = line
        result.lines.append(SidecarLine(line, path, caption))
    return result


def _line(
    db: Database, folder: Path, fields: dict[str, str]
) -> tuple[Why | None, Path, int]:
    name = _first(fields, _FILE_KEYS)
    nowhere = Path()
    if not name:
        return Why("no_file", "no file named (a 'file' column)"), nowhere, 0
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents:
        return Why("outside", "{name}: not a file in the folder", name=name), nowhere, 0
    if not path.is_file():
        return (
            Why("no_such_file", "{name}: no such file in the folder", name=name),
            nowhere,
            0,
        )
    try:
        inspect(path)
    except CannotShow as error:
        why = Why("cannot_show", "{name}: {error}", name=name, error=str(error))
        why.values["why"] = error.why
        return why, nowhere, 0
    found, why = _caption(db, fields)
    if found is None:
        named = Why(why.code, "{name}: {why}", name=name, why=str(why))
        named.values.update(why.values)
        return named, nowhere, 0
    return None, path, found


def _by_id(db: Database, wanted: str) -> tuple[int | None, Why]:
    if not wanted.isdigit():
        return None, Why("bad_id", "caption id {id!r} is not a number", id=wanted)
    row = db.execute(
        "SELECT id FROM captions WHERE id = ? AND deleted_at IS NULL", [wanted]
    ).fetchone()
    if row is None:
        return None, Why("no_caption_id", "there is no caption {id}", id=wanted)
    return row[0], Why("", "")


def _caption(db: Database, fields: dict[str, str]) -> tuple[int | None, Why]:
    wanted = _first(fields, _ID_KEYS)
    if wanted:
        return _by_id(db, wanted)
    label, page = _first(fields, _LABEL_KEYS), _first(fields, _PAGE_KEYS)
    text, date = _first(fields, _TEXT_KEYS), _first(fields, _DATE_KEYS)
    conditions, params = ["c.deleted_at IS NULL"], []
    if label and page:
        conditions += [
            "c.label = ?",
            "(a.page = ? OR ltrim(a.page, '0') = ltrim(?, '0'))",
        ]
        params += [label, page, page]
        described = f"{label} on page {page}"
    elif text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append("c.text LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
        described = f"the caption reading “{text[:30]}”"
    else:
        return None, Why(
            "unnamed", "no caption named (caption_id, label and page, or caption text)"
        )
    if date:
        conditions.append("coalesce(c.date, a.date) LIKE ?")
        params.append(f"{date}%")
        described += f" of {date}"
    rows = db.execute(
        "SELECT c.id FROM captions c LEFT JOIN articles a ON a.id = c.article_id "
        f"WHERE {' AND '.join(conditions)} LIMIT 3",
        params,
    ).fetchall()
    values = {"label": label, "page": page, "text": text[:30], "date": date}
    if not rows:
        return None, _described("none", "no caption is " + described, values)
    if len(rows) > 1:
        return None, _described(
            "several",
            f"several captions are {described} (add a date or caption_id)",
            values,
        )
    return rows[0][0], Why("", "")


def _described(code: str, sentence: str, values: dict[str, str]) -> Why:
    """A Why whose sentence is written already (braces in it kept)."""
    why = Why(code, "{sentence}", sentence=sentence)
    why.values = values
    return why
