"""Tags as paths (科技/人才/院士): every live tag's full path, in SQL and Python."""

from __future__ import annotations

from sqlite_utils import Database

from .names import TagError, path_key

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


# The full paths of some tags, walked up from them: the statement reads the
# tags named and their ancestors, never every tag (5,000 tags: TAG_PATHS reads
# them all for each record the reader shows). A tag below a deleted one has none.
_PATHS_OF = """WITH RECURSIVE up(start, above, path) AS (
    SELECT id, parent_id, name FROM tags WHERE id IN ({marks}) AND deleted_at IS NULL
    UNION ALL
    SELECT up.start, t.parent_id, t.name || '/' || up.path FROM up
    JOIN tags t ON t.id = up.above WHERE t.deleted_at IS NULL
)
SELECT start, path FROM up WHERE above IS NULL"""


def paths_of(db: Database, tag_ids: list[int]) -> dict[int, str]:
    """The full paths of the live tags among ``tag_ids`` (parent/child)."""
    if not tag_ids:
        return {}
    marks = ",".join("?" * len(tag_ids))
    return dict(db.execute(_PATHS_OF.format(marks=marks), tag_ids).fetchall())


# Every live tag with the path of its names' keys (archive/tags/names.py key):
# what a query's tag: compares, on whole names.
_KEY_PATHS = """WITH RECURSIVE key_paths(id, path) AS (
    SELECT id, key FROM tags WHERE parent_id IS NULL AND deleted_at IS NULL
    UNION ALL
    SELECT t.id, kp.path || '/' || t.key FROM tags t
    JOIN key_paths kp ON t.parent_id = kp.id WHERE t.deleted_at IS NULL
) SELECT id FROM key_paths WHERE """


def tag_match(value: str) -> tuple[str, list]:
    """SQL selecting the ids of the tags a query's ``tag:value`` means, and
    its parameters:

    - ``tag:科技/人才``: that tag (its path from the root) and those below it;
    - ``tag:人才``: every tag named 人才, wherever it stands, and those below;
    - ``tag:/人才``: the top-level 人才 alone (and below);
    - ``tag:科技/*``: the tags below 科技, not 科技 itself; ``tag:*``: any tag.

    Names compare whole, folded for width and case (``tag:专题/科技创新``
    never finds another 科技创新). A value that names nothing selects none.
    """
    text = value.strip()
    below = text.endswith("/*") or text.endswith("／*")
    if below:
        text = text[:-2]
    if text == "*" or (below and text in ("", "/", "／")):
        return "SELECT id FROM tags WHERE deleted_at IS NULL", []
    anchored = text[:1] in ("/", "／") or below
    try:
        keys = path_key(text)
    except TagError:
        return "SELECT NULL WHERE 0", []
    if below:
        return _KEY_PATHS + "instr(path, ? || '/') = 1", [keys]
    if anchored or "/" in keys:
        return _KEY_PATHS + "instr(path || '/', ? || '/') = 1", [keys]
    return _KEY_PATHS + "instr('/' || path || '/', '/' || ? || '/') > 0", [keys]


def tag_condition(value: str, column: str = "a.id") -> tuple[str, list]:
    """SQL true of the articles (``column``) carrying what ``tag:value`` means."""
    tags, params = tag_match(value)
    # By the tag's index: SQLite cannot tell how few tags the recursive query
    # names and read every tagging instead (73 ms a first page of tag:X at a
    # million articles and 500,000 taggings). Every tag (tag:*) reads them all.
    every = tags.startswith("SELECT id FROM tags WHERE")
    taggings = "taggings g" if every else "taggings g INDEXED BY taggings_by_tag"
    return (
        f"{column} IN (SELECT g.article_id FROM {taggings} WHERE g.tag_id IN ({tags}))",
        params,
    )
