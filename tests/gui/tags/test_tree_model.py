"""The sidebar's tag tree model merging a new tree into the one shown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from archive import TagInfo
from gui.tags.tree_model import TagTreeModel


def _tag(i: int, path: str, count: int = 0, total: int = 0, **kw) -> TagInfo:
    parent = kw.pop("parent_id", None)
    return TagInfo(
        i, f"u{i}", path, path.rpartition("/")[2], parent, kw.pop("color", None),
        kw.pop("description", None), count, total,
    )  # fmt: skip


def _model() -> TagTreeModel:
    return TagTreeModel(lambda tag, whole: tag.description or tag.path, QColor("grey"))


def _set(model: TagTreeModel, tags: list[TagInfo]) -> None:
    model.set_tags(
        tags, None, headers=["Tags", "Articles"], chosen=set(), excluded=set()
    )


def test_new_counts_colours_and_descriptions_are_shown_and_announced(qtmodeltester):
    model = _model()
    tags = [_tag(1, "城市", 5, 9), _tag(2, "城市/焦作", 4, 4, parent_id=1)]
    for i in range(30):  # more parents than ranges are announced for
        tags += [_tag(10 + 2 * i, f"专题{i}", i, i)]
        tags += [_tag(11 + 2 * i, f"专题{i}/子", i, i, parent_id=10 + 2 * i)]
    _set(model, tags)
    city = model.index_of("城市")
    jiaozuo = model.index_of("城市/焦作")
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))

    # the same tree again: nothing announced
    _set(model, [replace(t) for t in tags])
    assert not changed

    # a count, then a colour, then a description: each shown and announced
    tags[1] = replace(tags[1], count=7, total=7)
    _set(model, tags)
    assert model.index(jiaozuo.row(), 1, city).data() == "7"
    assert changed == [(jiaozuo.row(), jiaozuo.row())]
    tags[1] = replace(tags[1], color="#123456")
    _set(model, tags)
    icon = model.index(jiaozuo.row(), 0, city).data(Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(10, 10).toImage().pixelColor(5, 5) == QColor("#123456")
    tags[1] = replace(tags[1], description="焦作市的报道")
    _set(model, tags)
    assert model.index(jiaozuo.row(), 0, city).data(Qt.ItemDataRole.ToolTipRole) == (
        "焦作市的报道"
    )
    assert len(changed) == 3

    # every count new (as after a search): one layout change, all shown
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    _set(model, [replace(t, count=t.count + 1, total=t.total + 1) for t in tags])
    assert layouts
    top = [model.index(r, 1).data() for r in range(model.rowCount(QModelIndex()))]
    assert top == [str(t.total + 1) for t in tags if t.parent_id is None]
    below = model.index(0, 0, model.index_of("专题3"))
    assert model.index(0, 1, below.parent()).data() == "4"
    qtmodeltester.check(model)
