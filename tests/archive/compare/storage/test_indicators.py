"""The archive's own indicator dictionary: an editor's indicators, aliases
and units, kept in the archive (undoable), the figures read again with it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive import Archive, InvalidInput, SetIndicators

# 创新平台 is no indicator of the shipped dictionary; 院士站 no alias
PAGE = (
    "许昌日报\n\n"
    "# 我市创新平台建设提速\n\n"
    "本报讯(记者林晓)截至2022年底，全市创新平台总数达到88个，院士站达到9家。\n"
)


@pytest.fixture
def archive(tmp_path):
    archive = Archive.open(tmp_path / "a.sqlite", create=True, editor="tester")
    page = tmp_path / "许昌-2023-05-10.txt"
    page.write_text(PAGE, "utf-8")
    archive.import_files([page])
    yield archive
    archive.close()


def _totals(archive):
    return {(f.indicator, f.value) for f in archive.figures() if f.kind == "total"}


def _with(archive, *indicators, drop=()):
    kept = [i for i in archive.indicators() if i.name not in drop]
    return SetIndicators([*kept, *indicators])


def _platforms():
    from archive import Indicator

    return Indicator(
        name="创新平台",
        family="count",
        unit="个",
        units=("个", "家"),
        aliases=("创新平台", "科技创新平台"),
    )


def test_a_new_indicator_is_read_once_the_figures_are_read_again(archive):
    assert ("创新平台", 88) not in _totals(archive)
    archive.execute(_with(archive, _platforms()))
    assert archive.figures_stale
    assert archive.indicator("科技创新平台").name == "创新平台"
    archive.read_figures()
    assert not archive.figures_stale
    assert ("创新平台", 88) in _totals(archive)


def test_an_alias_added_finds_the_figures_it_names(archive):
    station = archive.indicator("院士工作站")
    assert ("院士工作站", 9) not in _totals(archive)
    more = replace(station, aliases=(*station.aliases, "院士站"))
    archive.execute(_with(archive, more, drop={"院士工作站"}))
    archive.read_figures()
    assert ("院士工作站", 9) in _totals(archive)


def test_undo_brings_the_old_dictionary_back_and_its_figures(archive, tmp_path):
    archive.execute(_with(archive, _platforms()))
    archive.read_figures()
    archive.undo()
    assert archive.figures_stale  # read with a dictionary the archive no longer has
    with pytest.raises(InvalidInput):
        archive.indicator("创新平台")
    archive.read_figures()
    assert ("创新平台", 88) not in _totals(archive)
    archive.redo()
    with Archive.open(tmp_path / "a.sqlite") as other:  # another process's view
        assert other.indicator("创新平台").unit == "个"
        assert other.figures_stale


def test_removing_an_indicator_drops_its_figures(archive):
    archive.execute(_with(archive, drop={"高新技术企业"}))
    archive.read_figures()
    assert all(f.indicator != "高新技术企业" for f in archive.figures())
    assert "高新技术企业" not in {i.name for i in archive.indicators()}


def test_a_dictionary_that_cannot_be_used_is_refused_whole(archive):
    clash = replace(_platforms(), aliases=("创新平台", "高企"))
    before = [i.name for i in archive.indicators()]
    with pytest.raises(InvalidInput, match="高企"):
        _with(archive, clash)
    wrong_unit = replace(_platforms(), unit="亿元", units=("亿元",))
    with pytest.raises(InvalidInput, match="亿元"):
        _with(archive, wrong_unit)
    assert [i.name for i in archive.indicators()] == before
    assert not archive.figures_stale
