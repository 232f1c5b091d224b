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
    # 17 prefecture-level cities and 济源
    assert len(gazetteer().provinces["河南"]) == 18


def test_every_province_has_its_prefecture_level_cities():
    g = gazetteer()
    assert len(g.provinces) == 31  # 22 provinces, 5 regions, 4 municipalities
    assert len(g.cities) == 337
    for name, city in [
        ("常德", "常德"),
        ("常德市", "常德"),
        ("上海", "上海"),
        ("延边朝鲜族自治州", "延边"),
        ("延边州", "延边"),
        ("锡林郭勒盟", "锡林郭勒"),
    ]:
        assert g.resolve(name).city == city


def test_a_page_gets_the_city_of_its_paper():
    g = gazetteer()
    page = "常德日报讯 昨日，市区新建的三座公园开放。长沙的游客也来了。"
    assert g.city_of_page(page) == "常德"
    assert g.city_of_page("上海市今年新增绿地一千公顷。") == "上海"


def test_common_words_and_dispatches_do_not_make_a_city():
    g = gazetteer()
    assert g.city_of_page("朝阳产业发展迅速，解放大道拓宽工程开工。") is None
    assert g.city_of_page("本报合肥18日电 全省粮食喜获丰收。") is None
    assert g.city_of_page("淮北平原发现煤田。", publication="人民日报") is None


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
