"""Attaching pictures to captions (and taking them off), undoably: the file
stays in the media folder, the caption names it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import RecordNotFound
from ..models import Changes


@dataclass(frozen=True)
class Picture:
    """A picture file stored in the media folder, as the archive keeps it."""

    sha256: str
    file: str
    format: str
    width: int
    height: int
    bytes: int
    original_name: str
    metadata: dict


class AttachPictures(Command):
    """Give each caption its picture (one edit for them all: a sidecar's
    folder is attached whole or not at all)."""

    label = "Attach pictures"

    def __init__(self, pairs: list[tuple[int, Picture]]) -> None:
        if not pairs:
            raise ValueError("nothing to attach")
        self.pairs = pairs
        if len(pairs) == 1:
            self.label = "Attach picture"

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        touched = set()
        for caption_id, picture in self.pairs:
            if not db.execute(
                "SELECT 1 FROM captions WHERE id = ? AND deleted_at IS NULL",
                [caption_id],
            ).fetchone():
                raise RecordNotFound(f"no caption {caption_id}")
            db.execute(
                """INSERT INTO pictures (sha256, file, format, width, height, bytes,
                original_name, metadata, added_at, added_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sha256) DO NOTHING""",
                [
                    picture.sha256,
                    picture.file,
                    picture.format,
                    picture.width,
                    picture.height,
                    picture.bytes,
                    picture.original_name,
                    json.dumps(picture.metadata, ensure_ascii=False),
                    ctx.at,
                    ctx.editor,
                ],
            )
            db.execute(
                "UPDATE captions SET image_path = ?, updated_at = ?, updated_by = ? "
                "WHERE id = ?",
                [picture.file, ctx.at, ctx.editor, caption_id],
            )
            touched.add(caption_id)
        return Changes(captions=frozenset(touched), membership=True)

    def detail(self) -> str:
        return json.dumps(
            {"captions": [c for c, _ in self.pairs][:50], "count": len(self.pairs)}
        )


class DetachPicture(Command):
    """Take a caption's picture off it (the file stays in the media folder)."""

    label = "Remove picture"

    def __init__(self, caption_id: int) -> None:
        self.caption_id = caption_id

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        cursor = db.execute(
            "UPDATE captions SET image_path = NULL, updated_at = ?, updated_by = ? "
            "WHERE id = ? AND deleted_at IS NULL AND image_path IS NOT NULL",
            [ctx.at, ctx.editor, self.caption_id],
        )
        if cursor.rowcount == 0:
            raise RecordNotFound(f"caption {self.caption_id} has no picture")
        return Changes(captions=frozenset([self.caption_id]), membership=True)

    def detail(self) -> str:
        return json.dumps({"caption": self.caption_id})
