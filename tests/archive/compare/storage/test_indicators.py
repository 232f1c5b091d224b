"""The archive's own indicator dictionary: an editor's indicators, aliases
and units, kept in the archive (undoable), the figures read again with it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive import Archive, InvalidInput, SetIndicators
from archive.compare.storage import CorrectFigure, RejectFigure

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


# the decisions' page: 院士工作站 a shipped indicator, 创新平台 one an editor adds
DECIDED = (
    "许昌日报\n\n"
    "# 我市创新平台建设提速\n\n"
    "本报讯(记者林晓)截至2022年底，全市创新平台总数达到88个，院士工作站达到9家。\n"
)


@pytest.fixture
def curated(tmp_path):
    archive = Archive.open(tmp_path / "a.sqlite", create=True, editor="tester")
    page = tmp_path / "许昌-2023-05-11.txt"
    page.write_text(DECIDED, "utf-8")
    archive.import_files([page])
    yield archive
    archive.close()


def _decided(curated):
    """What editors said, by indicator and value as read."""
    return {
        (f.indicator, f.read_value, f.status)
        for f in curated.figures()
        if f.status != "extracted"
    }


def _decide(curated):
    stations = next(f for f in curated.figures() if f.indicator == "院士工作站")
    curated.execute(CorrectFigure(stations.id, 10))
    platforms = next(f for f in curated.figures() if f.read_value == 88)
    curated.execute(RejectFigure(platforms.id))
    return stations


def test_a_renamed_indicator_keeps_the_decisions_on_its_figures(curated, tmp_path):
    curated.execute(_with(curated, _platforms()))
    curated.read_figures()
    _decide(curated)
    before = _decided(curated)
    assert before == {("院士工作站", 9, "corrected"), ("创新平台", 88, "rejected")}
    renamed = [
        replace(i, name=i.name + "数", aliases=(i.name + "数", *i.aliases))
        if i.name in ("院士工作站", "创新平台")
        else i
        for i in curated.indicators()
    ]
    curated.execute(SetIndicators(renamed))
    curated.read_figures()
    assert _decided(curated) == {
        ("院士工作站数", 9, "corrected"),
        ("创新平台数", 88, "rejected"),
    }
    corrected = next(f for f in curated.figures() if f.indicator == "院士工作站数")
    assert corrected.value == 10
    with Archive.open(tmp_path / "a.sqlite") as other:  # kept in the file
        assert other.indicator("院士工作站数").id == "院士工作站"
    curated.undo()
    curated.read_figures()
    assert _decided(curated) == before


def test_a_new_indicator_under_a_renamed_ones_old_name_takes_its_figures(curated):
    curated.execute(_with(curated, _platforms()))
    curated.read_figures()
    _decide(curated)
    station = curated.indicator("院士工作站")
    renamed = replace(station, name="院士专家工作站", aliases=("院士专家工作站",))
    again = replace(station, id="", aliases=("院士工作站",))
    curated.execute(_with(curated, renamed, again, drop={"院士工作站"}))
    curated.read_figures()
    assert curated.indicator("院士工作站").id != curated.indicator("院士专家工作站").id
    # the sentence's 院士工作站 is the new indicator's: the correction goes with it
    assert ("院士工作站", 9, "corrected") in _decided(curated)


def test_decisions_follow_their_figures_into_a_merged_indicator(curated):
    curated.execute(_with(curated, _platforms()))
    curated.read_figures()
    _decide(curated)
    # 创新平台 merged into 院士工作站 (an editor's choice, to test the move)
    station = curated.indicator("院士工作站")
    merged = replace(
        station, units=("家", "个"), aliases=(*station.aliases, "创新平台")
    )
    curated.execute(_with(curated, merged, drop={"院士工作站", "创新平台"}))
    curated.read_figures()
    assert _decided(curated) == {
        ("院士工作站", 9, "corrected"),
        ("院士工作站", 88, "rejected"),
    }
    curated.undo()
    curated.read_figures()
    assert ("创新平台", 88, "rejected") in _decided(curated)


def test_a_decision_follows_an_alias_moved_to_another_indicator(curated):
    curated.execute(_with(curated, _platforms()))
    curated.read_figures()
    _decide(curated)
    platforms = curated.indicator("创新平台")
    station = curated.indicator("院士工作站")
    # renamed 科技创新平台, its old name (printed in the page) given to 院士工作站
    lean = replace(platforms, name="科技创新平台", aliases=("科技创新平台",))
    more = replace(station, units=("家", "个"), aliases=(*station.aliases, "创新平台"))
    curated.execute(_with(curated, lean, more, drop={"院士工作站", "创新平台"}))
    curated.read_figures()
    assert ("院士工作站", 88, "rejected") in _decided(curated)
