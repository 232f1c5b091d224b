"""Tags as paths (科技/人才/院士): every live tag's full path, in SQL and Python."""

from __future__ import annotations

from sqlite_utils import Database

_TAG_PATHS_CTE = """
tag_paths(id, path) AS (
    SELECT id, name FROM tags WHERE parent_id IS NULL AND deleted_at IS NULL
    UNION ALL
    SELECT t.id, tp.path || '/' || t.name FROM tags t
    JOIN tag_paths tp ON t.parent_id = tp.id WHERE t.deleted_at IS NULL
)"""

# Every live tag with its full path (parent/child).
TAG_PATHS = f"WITH RECURSIVE {_TAG_PATHS_CTE} SELECT id, path FROM tag_paths"

# Tag ids of a tag path and all its descendants; ? is the full path (a/b/c).
TAG_SUBTREE = f"""
WITH RECURSIVE {_TAG_PATHS_CTE}, subtree(id) AS (
    SELECT id FROM tag_paths WHERE path = ?
    UNION ALL
    SELECT t.id FROM tags t JOIN subtree s ON t.parent_id = s.id
    WHERE t.deleted_at IS NULL
)
SELECT id FROM subtree
"""


def tag_paths(db: Database) -> dict[int, str]:
    """Every live tag id with its full path (parent/child)."""
    return dict(db.execute(TAG_PATHS).fetchall())
