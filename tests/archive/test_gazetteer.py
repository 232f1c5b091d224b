"""Place names resolve to their prefecture-level city."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from archive.gazetteer import Gazetteer, Place, gazetteer


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
    assert len(g.cities) == 338  # 333 prefecture-level, 4 municipalities, 济源
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


# Places outside Henan: resources/gazetteer/counties.tsv (.ci/counties.py)


@pytest.mark.parametrize(
    ("name", "city", "county"),
    [
        ("瑞安市", "温州", "瑞安市"),
        ("瑞安", "温州", "瑞安市"),
        ("蓬莱区", "烟台", "蓬莱区"),
        ("蓬莱", "烟台", "蓬莱区"),
        ("蓬莱市", "烟台", "蓬莱市"),  # its name until 2020, on older pages
        ("湘乡市", "湘潭", "湘乡市"),
        ("海淀区", "北京", "海淀区"),
        ("长阳土家族自治县", "宜昌", "长阳土家族自治县"),
        ("长阳", "宜昌", "长阳土家族自治县"),
        ("大方县", "毕节", "大方县"),
        ("共和县", "海南州", "共和县"),  # 青海's 海南藏族自治州, not the province
        ("仙桃市", "仙桃", None),  # a city its province governs
        ("石河子", "石河子", None),
    ],
)
def test_counties_of_other_provinces_resolve(name, city, county):
    place = gazetteer().resolve(name)
    assert place is not None
    assert (place.city, place.county) == (city, county)


def test_a_city_s_province():
    g = gazetteer()
    assert [g.province_of(c) for c in ("焦作", "温州", "仙桃", "海南州")] == [
        "河南",
        "浙江",
        "湖北",
        "青海",
    ]
    assert g.province_of("火星") is None


@pytest.mark.parametrize(
    "word", ["大方", "开化", "天台", "城区", "郊区", "鼓楼", "新华"]
)
def test_short_forms_that_are_words_are_no_place(word):
    g = gazetteer()
    assert g.city_of_page(f"{word}的事，{word}的人。") is None
    if word not in ("鼓楼", "新华"):  # Henan's own: typed, they are 开封's, 平顶山's
        assert g.resolve(word) is None


def test_a_name_of_several_places_lists_them_all():
    g = gazetteer()
    assert g.resolve("鼓楼区") == Place("开封", "鼓楼区")  # Henan's first, as before
    assert [p.city for p in g.candidates("鼓楼区")] == ["开封", "南京", "徐州", "福州"]
    assert g.resolve("朝阳区") is None
    assert {p.city for p in g.candidates("朝阳区")} == {"北京", "长春"}
    assert {p.city for p in g.candidates("城区")} == {"阳泉", "晋城", "汕尾"}
    assert "瑞安市" in g.counties_of("温州")
    assert "蓬莱市" not in g.counties_of("烟台")  # a former name is no county today
    assert g.counties_of("焦作") == g.counties["焦作"]


def test_a_page_naming_only_a_county_gets_its_city():
    g = gazetteer()
    assert g.city_of_page("本报讯 瑞安市今年新增规上企业120家。") == "温州"
    assert g.city_of_page("瑞安日报讯 全市春耕进度过半。") == "温州"
    assert g.city_of_page("湘乡市东山街道举办招聘会。") == "湘潭"
    assert g.city_of_page("蓬莱区海滨栈道开放。") == "烟台"
    # one short form alone is too little to make a city
    assert g.city_of_page("这次去瑞安出差三天。") is None
    # a province's paper printed it: its page, no city's
    page = "2019年06月03日 湖南日报\n桃源县的菜农刘大姐把黄瓜装箱。桃源县电商站……"
    assert g.city_of_page(page) is None
    assert g.city_of_page("本报讯 桃源县的菜农把黄瓜装箱。桃源县电商站……") == "常德"
    # the prefecture-level names come first: this page is 杭州's, as before
    assert g.city_of_page("杭州的展会上，瑞安市企业签下订单。") == "杭州"


def test_county_names_that_are_words_make_no_place():
    g = gazetteer()
    page = "外婆待人大方，夏天在天台上乘凉，说那时风气还没开化，城区的灯火远。"
    assert g.city_of_page(page) is None
    assert g.county_in(page, city="毕节") is None
    assert g.city_of_page("宁安市场繁荣，西沙区域海况良好。") is None


def test_a_district_several_cities_have_goes_by_the_page():
    g = gazetteer()
    # a Henan page, or one that says nothing else: 开封's, as before
    assert g.city_of_page("鼓楼区书店街夜市重新开市。") == "开封"
    assert g.city_of_page("开封日报讯 鼓楼区举行文化节，南京游客来了。") == "开封"
    assert g.city_of_page("平顶山新华区") == "平顶山"
    # its city or its province named: that city's
    assert g.city_of_page("南京市鼓楼区举行文化节，鼓楼区居民参加。") == "南京"
    assert g.city_of_page("福建鼓楼区的居民") == "福州"
    assert g.city_of_page("长春市朝阳区一社区食堂开张。") == "长春"
    assert g.county_in("朝阳区一社区食堂开张", city="长春") == "朝阳区"
    assert g.county_in("鼓楼区书店街", city="南京") == "鼓楼区"
    # a province with two such districts, or none named: no city
    assert g.city_of_page("江苏鼓楼区的居民") is None
    assert g.city_of_page("河北新华区") is None
    assert g.city_of_page("朝阳区一社区食堂开张。") is None


def test_a_longer_name_is_not_read_as_the_shorter_one_inside_it():
    g = gazetteer()
    assert g.city_of_page("襄城区的农民") == "襄阳"  # not 许昌's 襄城县
    assert g.city_of_page("襄城区的农民到南阳打工") == "襄阳"
    assert g.city_of_page("许昌市襄城县的农民") == "许昌"
    assert g.city_of_page("牡丹江市西安区") == "牡丹江"  # not 西安
    assert g.city_of_page("西安区域经济论坛") == "西安"
    assert g.city_of_page("鹤山市的工厂") == "江门"  # not 鹤壁's 鹤山区


def test_a_county_of_another_province_in_a_caption():
    g = gazetteer()
    text = "4月10日，瑞安市塘下镇一家企业的仓库里，工人们正在装箱。"
    assert g.county_in(text, city="温州") == "瑞安市"
    assert g.county_in(text, city="杭州") is None
    assert g.county_in(text) is None  # no city: Henan's counties only, as before


def test_the_county_table_is_read_only_when_needed():
    reads = []
    henan = {
        "province": "河南省",
        "short": "河南",
        "cities": [{"name": "焦作市", "short": "焦作", "counties": ["温县"]}],
    }
    zhejiang = {
        "province": "浙江省",
        "short": "浙江",
        "cities": [{"name": "温州市", "short": "温州", "counties": []}],
    }

    def table() -> str:
        reads.append(1)
        return "# a comment\n浙江\t温州\t瑞安市\t瑞安\n浙江\t温州\t鹿城区\n"

    g = Gazetteer([henan, zhejiang], table)
    assert g.resolve("温县") == Place("焦作", "温县")
    assert g.resolve("温州市") == Place("温州")
    assert reads == []
    assert g.resolve("瑞安") == Place("温州", "瑞安市")
    assert g.counties_of("温州") == ["瑞安市", "鹿城区"]
    assert reads == [1]
    assert Gazetteer([henan]).resolve("瑞安") is None  # no table: no county


def test_the_county_table_covers_every_city_outside_henan():
    folder = resources.files("resources") / "gazetteer"
    text = (folder / "counties.tsv").read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines() if line.startswith("#"))
    assert "cpca" in header
    assert "MIT" in header
    g = gazetteer()
    counties = sum(len(c) for c in g.table.counties.values())
    assert counties > 2600
    # cities whose towns are their next level (东莞, 中山, 嘉峪关, 儋州) and
    # 三沙 (whose two districts the dataset lacks) have no county
    without = {"东莞", "中山", "嘉峪关", "儋州", "三沙"}
    for province, cities in g.provinces.items():
        for city in cities:
            if province != "河南" and city not in without:
                assert g.table.counties.get(city), city
    for city in g.table.counties:
        assert city in g.cities, city


@pytest.mark.parametrize(
    ("page", "city", "county"),
    [
        ("wzrb_2024-04-11_content_2201.txt", "温州", "瑞安市"),
        ("essay_2021-06-02_content_318.txt", None, None),
        ("portal_2023-09-14_news_6612.txt", None, None),
        ("portal_2023-10-20_news_7730.txt", "南京", "鼓楼区"),
        ("page_2022-05-18_p3_gulou.txt", "开封", None),
    ],
)
def test_imported_pages_get_their_city_and_county(page, city, county):
    from archive import Archive
    from archive.importing.importer import import_paths

    path = Path(__file__).parent / "importing" / "pages" / "pages" / page
    archive = Archive.memory(editor="test")
    try:
        (report,) = import_paths(archive, [path]).files
        (article,) = [archive.article(i) for i in report.articles]
        assert (article.city, article.county) == (city, county)
    finally:
        archive.close()
