"""Place names resolve to their prefecture-level city."""

from __future__ import annotations

import pytest

from archive.gazetteer import Gazetteer, gazetteer


@pytest.mark.parametrize(
    ("name", "city", "county"),
    [
        ("孟州市", "焦作", "孟州市"),
        ("孟州", "焦作", "孟州市"),
        ("修武县", "焦作", "修武县"),
        ("温县", "焦作", "温县"),
        ("博爱县", "焦作", "博爱县"),
        ("兰考县", "开封", "兰考县"),
        ("杞县", "开封", "杞县"),
        ("郏县", "平顶山", "郏县"),
        ("管城回族区", "郑州", "管城回族区"),
        ("管城", "郑州", "管城回族区"),
        ("偃师市", "洛阳", "偃师市"),  # a former name old pages still print
        ("焦作", "焦作", None),
        ("焦作市", "焦作", None),
        ("济源市", "济源", None),
    ],
)
def test_resolve(name, city, county):
    place = gazetteer().resolve(name)
    assert place is not None
    assert (place.city, place.county) == (city, county)


def test_every_prefecture_of_henan_is_there():
    assert len(gazetteer().cities) == 18  # 17 prefecture-level cities and 济源


def test_one_character_stems_and_city_names_are_not_taken_as_counties():
    g = gazetteer()
    assert g.resolve("新") is None  # 新县 keeps its full name
    assert g.resolve("新县").city == "信阳"
    assert g.resolve("安阳").county is None  # the city, not 安阳县


def test_county_named_in_a_caption():
    text = "6月28日，修武县一家企业的生产车间一派忙碌景象。"
    assert gazetteer().county_in(text) == "修武县"
    assert gazetteer().county_in(text, city="开封") is None


def test_more_provinces_are_data_only():
    extra = {
        "province": "山西省",
        "cities": [
            {"name": "晋城市", "short": "晋城", "counties": ["泽州县", "阳城县"]}
        ],
    }
    henan = {
        "province": "河南省",
        "cities": [{"name": "焦作市", "short": "焦作", "counties": ["温县"]}],
    }
    g = Gazetteer([henan, extra])
    assert g.city_of("阳城县") == "晋城"
    assert g.city_of("温县") == "焦作"
