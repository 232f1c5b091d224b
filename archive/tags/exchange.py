"""The tag tree and taggings to and from another archive.

Export: the tree (names, colours, descriptions, hierarchy, UUIDs) and the
taggings of chosen articles (whole and passages), as JSON, or either as CSV.
Import (:class:`ImportTags`): each tag is matched by its UUID, then by its
path (names compared folded), else made with its UUID; colours and
descriptions fill only what the archive leaves empty (nothing of its own is
overwritten); taggings join the articles the archive has (by UUID), marked
as imported.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..models import Changes
from ..store.database import inserted_id
from ..text import new_uuid
from .commands import find_tag
from .names import SEPARATOR, TagError, key, split_path
from .paths import TAG_PATHS

FORMAT = "clipfile-tags"
VERSION = 1
TREE_COLUMNS = ("path", "uuid", "color", "description")
TAGGING_COLUMNS = (
    "tag",
    "tag_uuid",
    "article_uuid",
    "article_id",
    "title",
    "field",
    "start",
    "end",
    "quote",
    "origin",
)


def tree_rows(db: Database) -> list[dict]:
    rows = db.execute(
        f"""SELECT tp.path, t.uuid, t.color, t.description, p.uuid
        FROM ({TAG_PATHS}) tp JOIN tags t ON t.id = tp.id
        LEFT JOIN tags p ON p.id = t.parent_id ORDER BY tp.path"""
    ).fetchall()
    found = [
        {
            "path": path,
            "name": path.rpartition(SEPARATOR)[2],
            "uuid": uuid,
            "color": color,
            "description": description,
            "parent_uuid": parent,
        }
        for path, uuid, color, description, parent in rows
    ]
    found.sort(key=lambda t: t["path"].split(SEPARATOR))
    return found


def tagging_rows(db: Database, article_ids: Iterable[int] | None) -> list[dict]:
    """The taggings of ``article_ids`` (None: of every article) on live tags."""
    paths = dict(db.execute(TAG_PATHS).fetchall())
    wanted = (
        "" if article_ids is None else "AND a.id IN (SELECT value FROM json_each(?))"
    )
    params = [] if article_ids is None else [json.dumps(list(article_ids))]
    rows = db.execute(
        f"""SELECT g.tag_id, t.uuid, a.uuid, a.id, a.title, g.field, g.start,
            g."end", g.quote, g.origin
        FROM taggings g JOIN tags t ON t.id = g.tag_id
        JOIN articles a ON a.id = g.article_id
        WHERE a.deleted_at IS NULL {wanted} ORDER BY a.id, g.id""",
        params,
    ).fetchall()
    return [
        dict(zip(TAGGING_COLUMNS, (paths[row[0]], *row[1:]), strict=True))
        for row in rows
        if row[0] in paths
    ]


def export_json(db: Database, article_ids: Iterable[int] | None) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "tags": tree_rows(db),
            "taggings": tagging_rows(db, article_ids),
        },
        ensure_ascii=False,
        indent=2,
    )


def export_csv(db: Database, *, taggings: Iterable[int] | bool | None = False) -> str:
    """The tree as CSV, or (``taggings``: the article ids, or True for all)
    the taggings."""
    out = io.StringIO()
    if taggings is False:
        writer = csv.DictWriter(out, TREE_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(tree_rows(db))
    else:
        chosen = None if taggings is True else taggings
        writer = csv.DictWriter(out, TAGGING_COLUMNS)
        writer.writeheader()
        writer.writerows(tagging_rows(db, chosen))
    return out.getvalue()


def read_document(text: str) -> dict:
    """An exported document (JSON, or a tree as CSV), checked."""
    stripped = text.lstrip("\ufeff").strip()
    if stripped.startswith("{"):
        try:
            document = json.loads(stripped)
        except ValueError as error:
            raise TagError(f"not a tag export: {error}", reason="exchange") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise TagError("not a Clipfile tag export", reason="exchange")
    else:
        rows = list(csv.DictReader(io.StringIO(stripped)))
        if not rows or "path" not in rows[0]:
            raise TagError("a tag CSV has a path column", reason="exchange")
        document = {"tags": rows, "taggings": []}
    tags = document.get("tags")
    taggings = document.get("taggings") or []
    if not isinstance(tags, list) or not isinstance(taggings, list):
        raise TagError("not a Clipfile tag export", reason="exchange")
    for tag in tags:
        if not isinstance(tag, dict) or not isinstance(tag.get("path"), str):
            raise TagError("every tag needs a path", reason="exchange")
        split_path(tag["path"])  # refuses an empty or overlong name
    return document


class ImportTags(Command):
    """Merge an exported tree (and its taggings) into the archive; after it
    runs, the counts of what happened are its attributes."""

    label = "Import tags"

    def __init__(self, document: dict) -> None:
        self.document = document
        self.by_uuid = self.by_path = self.made = 0
        self.tagged = self.skipped = 0

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        self.by_uuid = self.by_path = self.made = self.tagged = self.skipped = 0
        ids: dict[str, int] = {}  # exported uuid or path → tag id here
        tags = sorted(self.document["tags"], key=lambda t: len(split_path(t["path"])))
        for tag in tags:
            tag_id = self._tag(db, ctx, tag, ids)
            ids[tag["path"]] = tag_id
            if tag.get("uuid"):
                ids[tag["uuid"]] = tag_id
        touched: set[int] = set()
        for row in self.document.get("taggings") or []:
            article = db.execute(
                "SELECT id FROM articles WHERE uuid = ? AND deleted_at IS NULL",
                [row.get("article_uuid")],
            ).fetchone()
            tagged_as: int | None = ids.get(row.get("tag_uuid") or "") or ids.get(
                row.get("tag") or ""
            )
            if article is None or tagged_as is None:
                self.skipped += 1
                continue
            if self._tagging(db, ctx, tagged_as, article[0], row):
                touched.add(article[0])
                self.tagged += 1
        return Changes(tagged=frozenset(touched), tags=True, membership=True)

    def _tag(self, db: Database, ctx: WriteContext, tag: dict, ids: dict) -> int:
        uuid = tag.get("uuid") or None
        found = (
            db.execute(
                "SELECT id FROM tags WHERE uuid = ? AND deleted_at IS NULL", [uuid]
            ).fetchone()
            if uuid
            else None
        )
        if found is not None:
            self.by_uuid += 1
            tag_id = found[0]
        else:
            tag_id = self._by_path(db, ctx, tag, ids, uuid)
        color, description = tag.get("color") or None, tag.get("description") or None
        db.execute(
            "UPDATE tags SET color = coalesce(color, ?), "
            "description = coalesce(description, ?) WHERE id = ?",
            [color, description, tag_id],
        )
        return tag_id

    def _by_path(
        self, db: Database, ctx: WriteContext, tag: dict, ids: dict, uuid: str | None
    ) -> int:
        names = split_path(tag["path"])
        existing = find_tag(db, tag["path"])
        if existing is not None:
            self.by_path += 1
            return existing
        parent_path = SEPARATOR.join(names[:-1])
        parent = ids.get(tag.get("parent_uuid") or "") or (
            (ids.get(parent_path) or self._ensure(db, ctx, parent_path))
            if parent_path
            else None
        )
        taken = (
            uuid and db.execute("SELECT 1 FROM tags WHERE uuid = ?", [uuid]).fetchone()
        )
        cursor = db.execute(
            "INSERT INTO tags (uuid, parent_id, name, key, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                uuid if uuid and not taken else new_uuid(),
                parent,
                names[-1],
                key(names[-1]),
                ctx.at,
                ctx.editor,
            ],
        )
        self.made += 1
        return inserted_id(cursor)

    def _ensure(self, db: Database, ctx: WriteContext, path: str) -> int:
        found = find_tag(db, path)
        if found is not None:
            return found
        return self._by_path(db, ctx, {"path": path}, {}, None)

    def _tagging(
        self, db: Database, ctx: WriteContext, tag_id: int, article: int, row: dict
    ) -> bool:
        start, end = _int(row.get("start")), _int(row.get("end"))
        if start is None or end is None:
            if db.execute(
                "SELECT 1 FROM taggings WHERE tag_id = ? AND article_id = ? "
                "AND start IS NULL",
                [tag_id, article],
            ).fetchone():
                return False
            start = end = None
        elif db.execute(
            "SELECT 1 FROM taggings WHERE tag_id = ? AND article_id = ? AND start = ? "
            'AND "end" = ?',
            [tag_id, article, start, end],
        ).fetchone():
            return False
        db.execute(
            'INSERT INTO taggings (tag_id, article_id, field, start, "end", quote, '
            "origin, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 'import', ?, ?)",
            [
                tag_id,
                article,
                (row.get("field") or "body") if start is not None else None,
                start,
                end,
                row.get("quote") if start is not None else None,
                ctx.at,
                ctx.editor,
            ],
        )
        return True

    def detail(self) -> str:
        return (
            f"{len(self.document['tags'])} tags, "
            f"{len(self.document.get('taggings') or [])} taggings"
        )

    def summary(self) -> str:
        return (
            f"{self.by_uuid} tags matched by UUID, {self.by_path} by path, "
            f"{self.made} new; {self.tagged} taggings added, {self.skipped} skipped "
            "(no such article here)"
        )


def _int(value: object) -> int | None:
    if not isinstance(value, int | str) or value == "":
        return None
    try:
        return int(value)
    except ValueError:
        return None
