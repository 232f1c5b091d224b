"""The indicator dictionary: what ships, how a user's file merges, what it refuses."""

from __future__ import annotations

import json

import pytest

from archive.compare import (
    DictionaryError,
    default_dictionary,
    extract_figures,
    load_dictionary,
)

ISSUE_INDICATORS = [
    "高新技术企业",
    "科技型中小企业",
    "全社会研发经费投入",
    "研发投入强度",
    "院士工作站",
    "省级工程技术研究中心",
    "重点实验室",
    "众创空间",
    "科技企业孵化器",
    "中试基地",
    "技术合同成交额",
    "专精特新中小企业",
    "专精特新“小巨人”企业",
    "新型研发机构",
    "规模以上工业增加值",
]


def write(tmp_path, entries):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"indicators": entries}, ensure_ascii=False), "utf-8")
    return path


def test_ships_the_issues_indicators_and_more():
    dictionary = default_dictionary()
    assert len(dictionary) >= 30
    for name in ISSUE_INDICATORS:
        assert name in dictionary.by_name, name


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("高企", "高新技术企业"),
        ("国家高新技术企业", "高新技术企业"),
        ("国家级高新技术企业", "高新技术企业"),
        ("专精特新“小巨人”企业", "专精特新“小巨人”企业"),
        ("专精特新小巨人企业", "专精特新“小巨人”企业"),
        ("省级“专精特新”中小企业", "专精特新中小企业"),
        ("R&D经费投入", "全社会研发经费投入"),
        ("Ｒ＆Ｄ经费投入", "全社会研发经费投入"),
        ("规上工业增加值", "规模以上工业增加值"),
        ("省级以上众创空间", "众创空间"),
    ],
)
def test_aliases_name_the_same_indicator(printed, name):
    dictionary = default_dictionary()
    match = dictionary.pattern.search(f"今年{printed}数量")
    assert match is not None
    assert match.group() == printed
    assert dictionary.indicator_at(match.group()).name == name


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("国家级众创空间", "国家级众创空间"),
        ("省级众创空间", "省级众创空间"),
        ("众创空间", "众创空间"),
        ("省重点实验室", "省重点实验室"),
        ("国家重点实验室", "国家重点实验室"),
        ("科技“小巨人”企业", "科技“小巨人”企业"),
        ("每万人有效发明专利拥有量", "每万人发明专利拥有量"),
        ("研发经费投入强度", "研发投入强度"),
    ],
)
def test_levels_papers_keep_apart_stay_apart(printed, name):
    dictionary = default_dictionary()
    match = dictionary.pattern.search(f"全市{printed}有")
    assert dictionary.indicator_at(match.group()).name == name


def test_a_not_phrase_names_nothing():
    dictionary = default_dictionary()
    match = dictionary.pattern.search("近来房价高企不下")
    assert dictionary.indicator_at(match.group()) is None


def test_every_indicator_has_a_family_unit_and_aliases():
    for indicator in default_dictionary().indicators:
        assert indicator.family in ("count", "money", "percent")
        assert indicator.unit in indicator.units
        assert indicator.aliases[0] == indicator.name


def test_a_missing_user_file_is_the_shipped_dictionary(tmp_path):
    dictionary = load_dictionary(tmp_path / "absent.json")
    assert len(dictionary) == len(default_dictionary())


def test_a_user_file_adds_overrides_and_removes(tmp_path):
    path = write(
        tmp_path,
        [
            {
                "name": "科普基地",
                "family": "count",
                "unit": "个",
                "aliases": ["科普教育基地"],
            },
            {"name": "高新技术企业", "aliases": ["高新技术企业群"]},
            {"name": "中试基地", "removed": True},
        ],
    )
    dictionary = load_dictionary(path)
    assert dictionary.by_name["科普基地"].aliases == ("科普基地", "科普教育基地")
    hte = dictionary.by_name["高新技术企业"]
    assert hte.aliases == ("高新技术企业", "高新技术企业群")
    assert hte.family == "count"  # kept from the shipped entry
    assert "中试基地" not in dictionary.by_name
    figures = extract_figures("全市科普教育基地达到12个。", dictionary=dictionary)
    assert [(f.indicator, f.value) for f in figures] == [("科普基地", 12)]


def test_to_json_round_trips(tmp_path):
    indicator = default_dictionary().by_name["院士工作站"]
    entry = indicator.to_json()
    entry["name"] = "院士工作站（副本）"
    entry["aliases"] = ["院士站副本"]
    dictionary = load_dictionary(write(tmp_path, [entry]))
    copy = dictionary.by_name["院士工作站（副本）"]
    assert (copy.family, copy.unit, copy.units) == (
        indicator.family,
        indicator.unit,
        indicator.units,
    )


def test_bad_json_says_where(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"indicators": [\n  {"name": "甲乙",}\n]}', "utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_dictionary(path)
    assert "line 2" in str(caught.value)
    assert str(path) in str(caught.value)
    assert caught.value.code == "indicator_dictionary"


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        ({"indicators": "none"}, '"indicators" list'),
        ([{"name": "", "family": "count", "unit": "个"}], '"name" must be'),
        ([{"name": "甲乙", "family": "counts", "unit": "个"}], "family must be one of"),
        (
            [{"name": "甲乙", "family": "count", "unit": "亿元"}],
            "'亿元' is not a count unit",
        ),
        (
            [{"name": "甲乙", "family": "money", "unit": "亿元", "units": ["家"]}],
            "'家' is not a money unit",
        ),
        (
            [{"name": "甲乙", "family": "count", "unit": "个", "alias": ["丙丁"]}],
            "unknown field(s) alias",
        ),
        (
            [{"name": "甲乙", "family": "count", "unit": "个", "aliases": "丙丁"}],
            "must be a list of strings",
        ),
        (
            [{"name": "甲乙", "family": "count", "unit": "个", "aliases": ["丙"]}],
            "too short",
        ),
        (
            [{"name": "甲乙", "family": "count", "unit": "个", "aliases": ["高企"]}],
            "'高企' belongs to both 高新技术企业 and 甲乙",
        ),
        (
            [
                {"name": "甲乙", "family": "count", "unit": "个"},
                {"name": "甲乙", "family": "count", "unit": "个"},
            ],
            "given twice",
        ),
    ],
)
def test_refuses_a_bad_user_file_with_a_clear_message(tmp_path, entries, said):
    path = tmp_path / "mine.json"
    document = entries if isinstance(entries, dict) else {"indicators": entries}
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_dictionary(path)
    assert said in str(caught.value)


def test_every_problem_is_listed_at_once(tmp_path):
    path = write(
        tmp_path,
        [
            {"name": "甲乙", "family": "counts", "unit": "个"},
            {"name": "丙丁", "family": "count", "unit": "亿元"},
        ],
    )
    with pytest.raises(DictionaryError) as caught:
        load_dictionary(path)
    assert len(caught.value.problems) == 2
