"""The candidate indexes for Chinese search, measured on the same demo data (issue 4).

    python -m tests.bench.bench_candidates --articles 20000

Builds each candidate over the same articles (headline and body, one document
each) and asks each the same queries: random substrings of random articles, of
1, 2, 4 and 8 Chinese characters, and mixed ones with digits, Latin letters or
punctuation. The truth is a substring test over the same text, folded as the
search folds it (width, case, white space). For each
candidate: build speed, size against the text, recall and false hits per query
class, and the median time to list every match.

- bigram+tail (Clipfile's): character pairs and each field's last character,
  tokenised in Python (archive/index.py), contentless FTS5, ``ascii`` tokenizer;
- trigram: FTS5's own trigram tokenizer; queries under 3 characters fall back
  to a LIKE scan of the text, which it cannot serve (SQLite 3.40.1);
- unicode61: FTS5 out of the box (a run of Han characters is one token);
- jieba: words from jieba's segmentation (if jieba is installed), ``unicode61``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLASSES = ("1 char", "2 chars", "4 chars", "8 chars", "mixed")


@dataclass
class Candidate:
    name: str
    create: str
    document: Callable[[str], str]  # the text of a document as the table gets it
    query: Callable[[sqlite3.Connection, str], set[int]]


def _fts(table: str, expression: str | None) -> Callable:
    def query(conn: sqlite3.Connection, q: str) -> set[int]:
        if expression is None:
            return set()
        return {
            r
            for (r,) in conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [expression]
            )
        }

    return query


def candidates() -> list[Candidate]:
    from archive.search.index import phrase, tokens

    def bigrams_query(conn, q):
        return _fts("bigrams", phrase(q))(conn, q)

    def trigram_query(conn, q):
        if len(q) < 3:  # the trigram index cannot: scan the text
            pattern = "%" + q.replace("%", "\\%").replace("_", "\\_") + "%"
            return {
                r
                for (r,) in conn.execute(
                    "SELECT rowid FROM docs WHERE text LIKE ? ESCAPE '\\'", [pattern]
                )
            }
        return _fts("trigram", '"' + q.replace('"', '""') + '"')(conn, q)

    def unicode61_query(conn, q):
        return _fts("unicode61", '"' + q.replace('"', '""') + '"')(conn, q)

    found = [
        Candidate(
            "bigram+tail",
            "CREATE VIRTUAL TABLE bigrams USING fts5(text, content='', "
            "tokenize='ascii', columnsize=0)",
            lambda text: tokens(*text.split("\n", 1)),
            bigrams_query,
        ),
        Candidate(
            "trigram",
            "CREATE VIRTUAL TABLE trigram USING fts5(text, tokenize='trigram')",
            lambda text: text,
            trigram_query,
        ),
        Candidate(
            "unicode61",
            "CREATE VIRTUAL TABLE unicode61 USING fts5(text)",
            lambda text: text,
            unicode61_query,
        ),
    ]
    try:
        import jieba  # optional: only this benchmark uses it
    except ImportError:
        return found
    jieba.setLogLevel(60)

    def words(text: str) -> str:
        return " ".join(w for w in jieba.cut(text) if w.strip())

    def jieba_query(conn, q):
        expression = '"' + words(q).replace('"', '""') + '"'
        return _fts("jieba", expression if words(q) else None)(conn, q)

    found.append(
        Candidate(
            "jieba",
            "CREATE VIRTUAL TABLE jieba USING fts5(text)",
            words,
            jieba_query,
        )
    )
    return found


def queries(texts: list[str], rng: random.Random, per_class: int) -> dict:
    def han(s: str) -> bool:
        return all("\u4e00" <= c <= "\u9fff" for c in s)

    def mixed(s: str) -> bool:
        return any(c.isascii() and not c.isspace() for c in s) and any(
            "\u4e00" <= c <= "\u9fff" for c in s
        )

    wanted = {"1 char": 1, "2 chars": 2, "4 chars": 4, "8 chars": 8, "mixed": 4}
    found: dict[str, list[str]] = {name: [] for name in wanted}
    for _ in range(200_000):
        if all(len(v) >= per_class for v in found.values()):
            break
        text = rng.choice(texts)
        name = rng.choice(list(wanted))
        if len(found[name]) >= per_class:
            continue
        at = rng.randrange(0, max(1, len(text) - wanted[name]))
        span = text[at : at + wanted[name]]
        if "\n" in span or len(span) < wanted[name]:
            continue
        if (name == "mixed" and mixed(span)) or (name != "mixed" and han(span)):
            found[name].append(span)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=30, help="per query class")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive import Archive
    from archive.demo import write_demo
    from archive.search.index import fold

    folder = Path(tempfile.mkdtemp(prefix="clipfile-candidates-"))
    write_demo(folder / "demo.sqlite", articles=args.articles).close()
    with Archive.open(folder / "demo.sqlite", readonly=True) as archive:
        texts = [
            f"{title}\n{body}"
            for title, body in archive.db.execute(
                "SELECT a.title, b.body FROM articles a "
                "JOIN article_bodies b ON b.article_id = a.id ORDER BY a.id"
            )
        ]
    text_mb = sum(len(t.encode()) for t in texts) / 2**20
    asked = queries(texts, random.Random(7), args.queries)
    folded = [fold(t) for t in texts]  # the search's semantics: （记者 is (记者
    truth = {
        q: {i for i, t in enumerate(folded, start=1) if fold(q) in t}
        for qs in asked.values()
        for q in qs
    }
    conn = sqlite3.connect(folder / "candidates.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE docs (rowid INTEGER PRIMARY KEY, text TEXT)")
    with conn:
        conn.executemany("INSERT INTO docs VALUES (?, ?)", enumerate(texts, start=1))
    print(
        f"\n{len(texts):,} demo articles (headline and body), {text_mb:,.0f} MB of "
        f"text; {args.queries} queries a class; truth: a folded substring test\n"
    )
    header = f"{'candidate':12}{'build/s':>9}{'size':>7}" + "".join(
        f"{name + ' recall':>17}{'ms':>7}" for name in CLASSES
    )
    print(header)
    for candidate in candidates():
        table = candidate.create.split()[3]
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(candidate.create)
        conn.executemany(
            f"INSERT INTO {table} (rowid, text) VALUES (?, ?)",
            ((i, candidate.document(t)) for i, t in enumerate(texts, start=1)),
        )
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        conn.execute("COMMIT")
        built = time.perf_counter() - started
        size = conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", [f"{table}%"]
        ).fetchone()[0]
        cells = []
        for name in CLASSES:
            hits = expected = false = 0
            took = []
            for q in asked[name]:
                candidate.query(conn, q)  # warm
                started = time.perf_counter()
                found = candidate.query(conn, q)
                took.append((time.perf_counter() - started) * 1000)
                hits += len(found & truth[q])
                expected += len(truth[q])
                false += len(found - truth[q])
            recall = 100 * hits / max(expected, 1)
            cells.append(
                f"{recall:>9.1f}%"
                + (f" +{false:<5}" if false else " " * 7)
                + f"{statistics.median(took):>7.1f}"
            )
        print(
            f"{candidate.name:12}{len(texts) / built:>9,.0f}"
            f"{size / 2**20 / text_mb:>6.2f}x" + "".join(cells)
        )
    print(
        "\nrecall: share of the true matches found (+n: matches found that are not "
        "true); ms: median time to list every match; size: against the text"
    )


if __name__ == "__main__":
    main()
