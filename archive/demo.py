"""A deterministic demo archive in the project's own words.

Article *i* depends only on (seed, *i*), and articles are dated in id order, so
any prefix of a large demo is a small one. Vocabulary and sentence templates
live in ``resources/demo/templates.json``.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path

from sqlite_utils import Database

from .compare.demo_figures import DemoFigures
from .compare.storage import store_article
from .core import Archive
from .errors import ArchiveError
from .gazetteer import gazetteer
from .models import Doc
from .search.index import Index
from .store.database import inserted_id
from .text import caption_kind, name_key, now, word_count

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_CHUNK = 5_000

Progress = Callable[[int, int], None]

# The columns of each table the demo fills, in the order its row tuples hold them.
_COLUMNS = {
    "articles": """id uuid publication_id date year city county section page kicker
        title subtitle summary dateline word_count views created_at created_by
        updated_at updated_by""".split(),
    "article_bodies": ["article_id", "body"],
    "captions": """id uuid article_id position label text date city county credit
        kind created_at created_by updated_at updated_by""".split(),
    "credits": "id person_id role article_id caption_id position".split(),
    "taggings": "tag_id article_id created_at created_by".split(),
    "notes": "uuid target article_id body created_at created_by updated_at".split(),
}


@cache
def templates() -> dict:
    text = (resources.files("resources") / "demo" / "templates.json").read_text("utf-8")
    return json.loads(text)


@dataclass
class _Rows:
    articles: list[tuple] = field(default_factory=list)
    article_bodies: list[tuple] = field(default_factory=list)
    captions: list[tuple] = field(default_factory=list)
    credits: list[tuple] = field(default_factory=list)
    taggings: list[tuple] = field(default_factory=list)
    notes: list[tuple] = field(default_factory=list)


class DemoWriter:
    """Writes ``count`` demo articles with captions, people, tags and notes."""

    def __init__(self, db: Database, *, count: int, seed: int) -> None:
        self.db = db
        self.count = count
        self.seed = seed
        self.t = templates()
        self.stamp = now()
        first, last = self.t["years"]
        self.start = date(first, 1, 1)
        self.days = (date(last, 12, 31) - self.start).days + 1
        self.caption_id = 0
        self.credit_id = 0
        self.publications = self._publications()
        self.people: dict[str, int] = {}
        self.staff = self._staff()
        self.tags = self._tags()
        self.figures = DemoFigures(self.t["cities"], tuple(self.t["years"]), seed)

    def write(self, progress: Progress | None = None) -> None:
        for first in range(0, self.count, _CHUNK):
            rows = _Rows()
            for i in range(first, min(first + _CHUNK, self.count)):
                self._article(i, rows)
            with self.db.atomic():
                self._insert(rows)
                self._index(first + 1, first + len(rows.articles))
                self._figures(rows)
            if progress:
                progress(min(first + _CHUNK, self.count), self.count)

    def _publications(self) -> dict[tuple[str, int], int]:
        ids = {}
        with self.db.atomic():
            for city in self.t["cities"]:
                for index, paper in enumerate(self.t["papers"]):
                    name = paper["name"].format(city=city)
                    cursor = self.db.execute(
                        "INSERT INTO publications (name, city, kind) VALUES (?, ?, ?)",
                        [name, city, paper["kind"]],
                    )
                    ids[city, index] = inserted_id(cursor)
        return ids

    def _staff(self) -> dict[str, dict[str, list[int]]]:
        rng = random.Random(self.seed)
        surnames, given = self.t["surnames"], self.t["given"]
        staff = {}
        with self.db.atomic():
            for city in self.t["cities"]:
                staff[city] = {
                    role: [self._person(rng, surnames, given) for _ in range(n)]
                    for role, n in (
                        ("reporter", 10),
                        ("correspondent", 14),
                        ("photographer", 5),
                    )
                }
        return staff

    def _person(self, rng: random.Random, surnames: str, given: str) -> int:
        while True:
            name = rng.choice(surnames) + "".join(rng.sample(given, rng.choice((1, 2))))
            if name not in self.people:
                break
        cursor = self.db.execute("INSERT INTO people (name) VALUES (?)", [name])
        self.people[name] = inserted_id(cursor)
        return inserted_id(cursor)

    def _tags(self) -> dict[str, int]:
        ids: dict[str, int] = {}
        with self.db.atomic():
            for tag in self.t["tags"]:
                parent, _, name = tag["path"].rpartition("/")
                cursor = self.db.execute(
                    "INSERT INTO tags (uuid, parent_id, name, key, color, created_at, "
                    "created_by) VALUES (?, ?, ?, ?, ?, ?, 'demo')",
                    [
                        str(uuid.uuid5(uuid.NAMESPACE_URL, tag["path"])),
                        ids.get(parent),
                        name,
                        name_key(name),
                        tag["color"],
                        self.stamp,
                    ],
                )
                ids[tag["path"]] = inserted_id(cursor)
        return ids

    def _article(self, i: int, rows: _Rows) -> None:
        rng = random.Random(self.seed * 1_000_003 + i)
        t = self.t
        day = self.start + timedelta(days=i * self.days // self.count)
        city = rng.choice(t["cities"])
        paper_index = rng.choices(
            range(len(t["papers"])), [p["weight"] for p in t["papers"]]
        )[0]
        paper = t["papers"][paper_index]
        topic_name = rng.choice(list(t["topics"]))
        topic = t["topics"][topic_name]
        slots = {
            "city": city,
            "county": rng.choice(gazetteer().counties[city]),
            "company": rng.choice(t["company_prefix"])
            + rng.choice(t["company_industry"])
            + "有限公司",
            "unit": rng.choice(t["units"]),
            "topic": topic_name,
            "date": f"{day.month}月{day.day}日",
            "year": day.year,
        }
        title = rng.choice(topic["titles"]).format(**slots)
        kicker = (
            rng.choice(topic["kickers"]).format(**slots)
            if rng.random() < 0.25
            else None
        )
        subtitle = (
            rng.choice(t["subtitles"]).format(**slots) if rng.random() < 0.15 else None
        )
        summary = (
            rng.choice(t["summaries"]).format(**slots) if rng.random() < 0.12 else None
        )
        body = self._body(rng, slots) + self._mention(i, slots)
        article_id = i + 1
        newspaper = paper["kind"] == "newspaper"
        rows.articles.append(
            (
                article_id,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                self.publications[city, paper_index],
                day.isoformat(),
                day.year,
                city,
                slots["county"] if rng.random() < 0.7 else None,
                rng.choice(topic["section"]),
                f"A{rng.randint(1, 8):02d}" if newspaper else None,
                kicker,
                title,
                subtitle,
                summary,
                paper["dateline"] or None,
                word_count(title, subtitle, summary, body),
                None if newspaper else rng.randint(50, 5000),
                self.stamp,
                "demo",
                self.stamp,
                "demo",
            )
        )
        rows.article_bodies.append((article_id, body))
        self._byline(rng, city, article_id, rows)
        self._captions(rng, slots, topic, article_id=article_id, day=day, rows=rows)
        self._tag_and_note(rng, slots, topic, article_id, rows)

    def _body(self, rng: random.Random, slots: dict) -> str:
        t = self.t
        # the first paragraph names the county the captions name (the importer
        # attaches a caption to the article about its place)
        local = rng.choice([s for s in t["sentences"] if "{county}" in s])
        rest = [s for s in t["sentences"] if s != local]
        # a brief report in words of its own now and then: no stock phrases,
        # no figures (so that a word is not in every article)
        brief = rng.random() < 0.25
        fixed = [] if brief else rng.sample(rest, len(rest) // 2)
        pool = [s.format(**slots) for s in fixed]
        pool += [self._varied(rng, slots) for _ in range(max(len(fixed), 5))]
        rng.shuffle(pool)
        paragraphs = [
            rng.choice(t["openers"]).format(**slots)
            + local.format(**slots)
            + pool.pop()
        ]
        with_subheads = rng.random() < 0.2
        subheads = iter(rng.sample(t["subheads"], 3))
        for number in range(rng.randint(1, 2) if brief else rng.randint(2, 5)):
            if len(pool) < 2:
                break
            if with_subheads and number % 2 == 0:
                paragraphs.append(next(subheads, "◆持续用力"))
            sentences = [pool.pop() for _ in range(min(len(pool), rng.randint(2, 3)))]
            if not brief and rng.random() < 0.35:
                figure = self.figures.sentence(rng, slots["city"], slots["year"])
                if slots["county"].endswith("市"):  # there 全市 would be the county
                    whole = slots["city"] + "市"
                    figure = figure.replace("全市", whole).replace("我市", whole)
                sentences.insert(rng.randint(0, len(sentences)), figure + "。")
            paragraphs.append("".join(sentences))
        return "\n\n".join(paragraphs)

    def _varied(self, rng: random.Random, slots: dict) -> str:
        """A sentence put together from parts (thousands of combinations), so
        that a search's snippets differ from row to row."""
        parts = self.t["clauses"]
        return "".join(
            rng.choice(parts[part]) for part in ("lead", "subject", "action", "result")
        ).format(**slots)

    def _mention(self, i: int, slots: dict) -> str:
        """A closing paragraph naming another city, in about one article in
        eight: what the Compare view's "also records that mention the place"
        finds. Drawn apart, so the rest of the demo stays as it was."""
        rng = random.Random(f"mention-{self.seed}-{i}")
        if rng.random() >= 0.12:
            return ""
        other = rng.choice([c for c in self.t["cities"] if c != slots["city"]])
        sentence = rng.choice(self.t["mentions"])
        return "\n\n" + sentence.format(**slots, other=other)

    def _byline(
        self, rng: random.Random, city: str, article_id: int, rows: _Rows
    ) -> None:
        staff = self.staff[city]
        people = [
            ("reporter", p)
            for p in rng.sample(staff["reporter"], rng.choice((1, 1, 2)))
        ]
        if rng.random() < 0.5:
            people += [
                ("correspondent", p)
                for p in rng.sample(staff["correspondent"], rng.choice((1, 2)))
            ]
        for position, (role, person) in enumerate(people):
            self.credit_id += 1
            rows.credits.append(
                (self.credit_id, person, role, article_id, None, position)
            )

    def _captions(
        self,
        rng: random.Random,
        slots: dict,
        topic: dict,
        *,
        article_id: int,
        day: date,
        rows: _Rows,
    ) -> None:
        if rng.random() >= 0.4:
            return
        count = rng.choice((1, 1, 2, 3))
        group_credit = count > 1 and rng.random() < 0.2  # labelled photos only
        credit = f"（本栏图片均由{slots['unit']}提供）" if group_credit else None
        for position in range(count):
            self.caption_id += 1
            shot = day - timedelta(days=rng.randint(0, 3))
            text = (
                f"{shot.month}月{shot.day}日，{slots['county']}{slots['company']}"
                f"工作人员在{rng.choice(topic['activities'])}。"
            )
            label = _label(count, position, self.caption_id)
            rows.captions.append(
                (
                    self.caption_id,
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    article_id,
                    position,
                    label,
                    text,
                    shot.isoformat(),
                    slots["city"],
                    slots["county"],
                    credit,
                    caption_kind(label, text, credit),
                    self.stamp,
                    "demo",
                    self.stamp,
                    "demo",
                )
            )
            if not group_credit:
                self.credit_id += 1
                photographer = rng.choice(self.staff[slots["city"]]["photographer"])
                rows.credits.append(
                    (
                        self.credit_id,
                        photographer,
                        "photographer",
                        None,
                        self.caption_id,
                        0,
                    )
                )

    def _tag_and_note(
        self, rng: random.Random, slots: dict, topic: dict, article_id: int, rows: _Rows
    ) -> None:
        if rng.random() < 0.08:
            rows.taggings.append(
                (self.tags[topic["tag"]], article_id, self.stamp, "demo")
            )
        if rng.random() < 0.01:
            rows.taggings.append((self.tags["待核实"], article_id, self.stamp, "demo"))
        if rng.random() < 0.015:
            body = rng.choice(self.t["notes"]).format(
                n=rng.randint(1, 3), section="A01", **slots
            )
            rows.notes.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "article",
                    article_id,
                    body,
                    self.stamp,
                    "demo",
                    self.stamp,
                )
            )

    def _index(self, first: int, last: int) -> None:
        """Index the articles first…last with their captions and notes."""
        docs = [Doc("a", i) for i in range(first, last + 1)]
        for kind, table in (("c", "captions"), ("n", "notes")):
            docs += [
                Doc(kind, i)
                for (i,) in self.db.execute(
                    f"SELECT id FROM {table} WHERE article_id BETWEEN ? AND ?",
                    [first, last],
                )
            ]
        Index(self.db).add(docs, new=True)

    def _figures(self, rows: _Rows) -> None:
        """The figures the articles report, stored as an import stores them."""
        for article, (_, body) in zip(rows.articles, rows.article_bodies, strict=True):
            store_article(
                self.db,
                article[0],
                title=article[10],
                body=body,
                date=article[3],
                city=article[5],
                county=article[6],
                fresh=True,
            )

    def _insert(self, rows: _Rows) -> None:
        for table, columns in _COLUMNS.items():
            marks = ",".join("?" * len(columns))
            self.db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                getattr(rows, table),
            )


def write_demo(
    path: str | Path,
    *,
    articles: int = 500,
    seed: int = 1,
    progress: Progress | None = None,
) -> Archive:
    """Create a demo archive at ``path`` (which must not hold articles yet)."""
    archive = Archive.open(path, create=True)
    try:
        if archive.count():
            raise ArchiveError(
                f"{path} already holds articles; choose a new file", path=Path(path)
            )
        fill(archive, articles=articles, seed=seed, progress=progress)
    except BaseException:
        archive.close()
        raise
    return archive


def fill(
    archive: Archive,
    *,
    articles: int = 500,
    seed: int = 1,
    progress: Progress | None = None,
) -> None:
    """Write ``articles`` demo articles into an empty ``archive``."""
    DemoWriter(archive.db, count=articles, seed=seed).write(progress)
    archive.db.execute("ANALYZE")


def render_page(articles: list, *, section: str | None = None) -> str:
    """A newspaper page's text, as a press's export gives it, for ``articles``.

    Headline, byline inside the 本报讯 dateline, paragraphs, captions with
    their credits: the importer's everyday input.
    """
    parts = [f"## {section}"] if section else []
    for article in articles:
        if article.kicker:
            parts.append(article.kicker)
        parts.append(f"## {article.title}")
        if article.subtitle:
            parts.append(article.subtitle)
        if article.summary:
            parts.append(f"核心提示：{article.summary}")
        credits = " ".join(
            filter(
                None,
                [
                    "记者" + "、".join(article.reporters) if article.reporters else "",
                    "通讯员" + "、".join(article.correspondents)
                    if article.correspondents
                    else "",
                ],
            )
        )
        paragraphs = article.paragraphs
        parts.append(f"本报讯({credits}){paragraphs[0]}" if credits else paragraphs[0])
        parts.extend(paragraphs[1:])
        for caption in article.captions:
            credit = f"本报记者 {' '.join(caption.photographers)} 摄"
            label = f"{caption.label} " if caption.label else ""
            credit = credit if caption.photographers else ""
            parts.append(f"{label}{caption.text}{credit}")
            if caption.credit and caption is article.captions[-1]:
                parts.append(caption.credit)
    return "\n\n".join(parts) + "\n"


def write_pages(
    archive: Archive, folder: str | Path, *, per_page: int = 4, limit: int | None = None
) -> list[Path]:
    """Write the archive's newspaper articles as page files, per_page to a page.

    Files are named city-date-n.txt in a folder per year, so the importer
    reads the year from the path as it does for real pages.
    """
    folder = Path(folder)
    rows = archive.db.execute(
        "SELECT a.id, a.city, a.date FROM articles a JOIN publications p "
        "ON p.id = a.publication_id "
        "WHERE p.kind = 'newspaper' AND a.deleted_at IS NULL "
        "ORDER BY a.city, a.date, a.id" + (" LIMIT ?" if limit else ""),
        [limit] if limit else [],
    ).fetchall()
    paths = []
    for start in range(0, len(rows), per_page):
        group = rows[start : start + per_page]
        city, day = group[0][1], group[0][2]
        path = folder / day[:4] / f"{city}-{day}-{start // per_page}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_page([archive.article(i) for i, _, _ in group]), "utf-8")
        paths.append(path)
    return paths


def _label(count: int, position: int, caption_id: int) -> str | None:
    """图① … for a group of photos; every seventh single photo a file photo
    (资料图), so the Captions view's kinds show all three. Chosen by the
    caption's id, not the generator, so the rest of the demo is unchanged."""
    if count > 1:
        return f"图{_CIRCLED[position]}"
    return "资料图" if caption_id % 7 == 0 else None
