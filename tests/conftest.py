"""Shared fixtures: fresh archives, the demo, Qt offscreen with throwaway settings."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# caches (the facet arrays) go to a throwaway folder, not the user's
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="clipfile-test-cache-")
# and preferences (the editor's name) to another, so no test signs as the user
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="clipfile-test-config-")
# The CLI and window tests start main.py in processes of their own (about 150 of
# them): each compiled every module afresh where PYTHONDONTWRITEBYTECODE is set
# (0.45 s of the 1.45 s a start took here). They share compiled modules in a
# throwaway folder instead, leaving the checkout clean.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="clipfile-test-pycache-")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from archive.demo import write_demo  # noqa: E402

SHARED = ROOT.parent / "shared"


@pytest.fixture
def fresh_archive() -> Archive:
    """An empty archive in memory."""
    archive = Archive.memory(editor="tester")
    yield archive
    archive.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-article demo archive, written once per test run."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path, articles=300, seed=7).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo archive that a test may change."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def version_5_path(demo_path: Path) -> Path:
    """The demo as an archive of format 5 (before the headline index) is."""
    with sqlite3.connect(demo_path) as db:
        # step 15: a person's credits with their roles in one index
        db.execute("DROP INDEX credits_by_person_role")
        db.execute(
            "CREATE INDEX credits_by_person ON credits(person_id, article_id, caption_id)"
        )
        db.execute("ALTER TABLE captions DROP COLUMN kind")  # step 14: kinds stored
        db.execute("DROP TABLE compare_sets")  # step 13: comparison sets
        # step 10: pictures, merged spellings of people
        db.execute("DROP TABLE pictures")
        db.execute("DROP TABLE person_aliases")
        db.execute("DROP INDEX captions_by_image")
        db.execute("DROP INDEX captions_by_date")
        # step 11: figures read from the text, their curation
        for table in ("figures", "figure_texts", "figure_curations"):
            db.execute(f"DROP TABLE {table}")
        # step 12: notes on anything, their versions and links
        db.execute("DROP TABLE note_versions")
        db.execute("DROP TABLE note_links")
        db.execute("ALTER TABLE notes RENAME TO notes_v12")
        db.execute(
            """CREATE TABLE notes (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            article_id INTEGER REFERENCES articles(id),
            caption_id INTEGER REFERENCES captions(id),
            tag_id INTEGER REFERENCES tags(id), city TEXT, body TEXT NOT NULL,
            created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL,
            updated_by TEXT, deleted_at TEXT)"""
        )
        db.execute(
            """INSERT INTO notes SELECT id, uuid, article_id, caption_id, tag_id,
            CASE target WHEN 'city' THEN subject END, body, created_at, created_by,
            updated_at, updated_by, deleted_at FROM notes_v12"""
        )
        db.execute("DROP TABLE notes_v12")
        # step 9: the tag tree's keys, descriptions, origins, passage quotes
        db.execute("DROP INDEX tags_by_key")
        db.execute("DROP INDEX taggings_by_origin")
        for table, column in (
            ("tags", "key"),
            ("tags", "description"),
            ("tags", "deleted_by"),
            ("taggings", "origin"),
            ("taggings", "quote"),
            ("taggings", "lost"),
        ):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        # step 8: the edit history
        for index in ("edits_for_undo", "edits_for_redo", "edits_by_editor"):
            db.execute(f"DROP INDEX {index}")
        db.execute("DROP TABLE edit_rows")
        for column in (
            "kind",
            "changes",
            "records",
            "undoable",
            "state",
            "undone_at",
            "undone_by",
            "undo_order",
        ):
            db.execute(f"ALTER TABLE edits DROP COLUMN {column}")
        db.execute("PRAGMA application_id = 0")  # step 7: the mark
        db.execute("DROP TABLE search_titles")  # step 6: the headline index
        db.execute("DELETE FROM _sqlite_migrations WHERE name >= 'm006'")
        db.execute("PRAGMA user_version = 5")
    db.close()
    return demo_path


@pytest.fixture
def demo(demo_path: Path) -> Archive:
    archive = Archive.open(demo_path, editor="tester")
    yield archive
    archive.close()


@pytest.fixture
def shared_samples() -> Path:
    """../shared/samples, or skip where this checkout has none beside it."""
    folder = SHARED / "samples"
    if not folder.is_dir():
        pytest.skip("../shared/samples is not beside this checkout")
    return folder
