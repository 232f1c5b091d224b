"""Merging two spellings of one person (张 蕊 into 张蕊), undoably."""

from __future__ import annotations

import json

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import InvalidInput
from ..models import Changes, Doc
from .names import person_id


class MergePeople(Command):
    """Credit everything credited to ``names`` to ``into`` instead; the other
    spellings are kept as the person's, so they still find the page."""

    label = "Merge people"

    def __init__(self, names: list[str], into: str) -> None:
        self.names = [n for n in names if n.strip()]
        self.into = into
        self._docs: set[Doc] | None = None  # asked before the merge, kept after

    def _ids(self, db: Database) -> tuple[int, list[tuple[str, int]]]:
        target = person_id(db, self.into)
        if target is None:
            raise InvalidInput(f"nobody called {self.into}")
        others: list[tuple[str, int]] = []
        for name in self.names:
            pid = person_id(db, name)
            if pid is None:
                raise InvalidInput(f"nobody called {name}")
            if pid != target and pid not in [p for _, p in others]:
                others.append((name, pid))
        if not others:
            raise InvalidInput(f"{', '.join(self.names)} is already {self.into}")
        return target, others

    def _credited(self, db: Database, ids: list[int]) -> tuple[set[int], set[int]]:
        marks = ",".join("?" * len(ids))
        articles, captions = set(), set()
        for article, caption, owner in db.execute(
            f"""SELECT cr.article_id, cr.caption_id, c.article_id FROM credits cr
            LEFT JOIN captions c ON c.id = cr.caption_id
            WHERE cr.person_id IN ({marks})""",
            ids,
        ):
            if article is not None:
                articles.add(article)
            if caption is not None:
                captions.add(caption)
                if owner is not None:
                    articles.add(owner)
        return articles, captions

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        target, others = self._ids(db)
        ids = [pid for _, pid in others]
        articles, captions = self._credited(db, ids)
        marks = ",".join("?" * len(ids))
        for _, pid in others:
            kept = db.execute("SELECT name FROM people WHERE id = ?", [pid]).fetchone()
            db.execute(
                "INSERT OR REPLACE INTO person_aliases (name, person_id) VALUES (?, ?)",
                [kept[0], target],
            )
        db.execute(
            f"UPDATE person_aliases SET person_id = ? WHERE person_id IN ({marks})",
            [target, *ids],
        )
        db.execute(
            f"UPDATE credits SET person_id = ? WHERE person_id IN ({marks})",
            [target, *ids],
        )
        # one credit a record and role, though both spellings were credited
        db.execute(
            """DELETE FROM credits WHERE person_id = ? AND id NOT IN (
                SELECT min(id) FROM credits WHERE person_id = ?
                GROUP BY role, coalesce(article_id, 0), coalesce(caption_id, 0))""",
            [target, target],
        )
        db.execute(f"DELETE FROM people WHERE id IN ({marks})", ids)
        return Changes(
            articles=frozenset(articles), captions=frozenset(captions), membership=True
        )

    def detail(self) -> str:
        return json.dumps({"merged": self.names, "into": self.into}, ensure_ascii=False)

    def documents(self, db: Database) -> set[Doc]:
        if self._docs is None:
            try:
                _, others = self._ids(db)
            except InvalidInput:
                return set()
            articles, captions = self._credited(db, [p for _, p in others])
            self._docs = {Doc("a", i) for i in articles} | {
                Doc("c", i) for i in captions
            }
        return self._docs
