"""Numerals and units: Arabic, Chinese and mixed; 亿元 and 万元 made comparable."""

from __future__ import annotations

import pytest

from archive.compare.numerals import parse_fraction, parse_number
from archive.compare.quantities import typed_value

from .helpers import only


@pytest.mark.parametrize(
    ("text", "indicator", "expected"),
    [
        ("去年全市高新技术企业达到306家。", "高新技术企业", (306, "家", 306, "家")),
        ("目前我县建有两个院士工作站。", "院士工作站", (2, "个", 2, "个")),
        ("园区现有十二家新型研发机构。", "新型研发机构", (12, "家", 12, "家")),
        ("技术合同成交额为1.03亿元。", "技术合同成交额", (1.03, "亿元", 1.03, "亿元")),
        (
            "技术合同成交额为9244.2万元。",
            "技术合同成交额",
            (9244.2, "万元", 0.92442, "亿元"),
        ),
        ("技术合同成交额为8500元。", "技术合同成交额", (8500, "元", 0.000085, "亿元")),
        ("全市研发人员达3.5万人。", "研发人员", (3.5, "万人", 35000, "人")),
        ("全市研发人员有3万4000人。", "研发人员", (34000, "人", 34000, "人")),
        ("登记技术合同一百二十三项。", "技术合同登记数", (123, "项", 123, "项")),
        ("有效发明专利拥有量1,286件。", "有效发明专利", (1286, "件", 1286, "件")),
        ("高新技术企业３０６家。", "高新技术企业", (306, "家", 306, "家")),
        (
            "技术合同成交额三千五百万元。",
            "技术合同成交额",
            (3500, "万元", 0.35, "亿元"),
        ),
        ("研发投入强度达到2.35%。", "研发投入强度", (2.35, "%", 2.35, "%")),
        ("研发投入强度为百分之二点一。", "研发投入强度", (2.1, "%", 2.1, "%")),
        ("研发投入强度达到2.1％。", "研发投入强度", (2.1, "%", 2.1, "%")),
        ("高新技术企业达到1.2万家。", "高新技术企业", (1.2, "万家", 12000, "家")),
        (
            "技术合同成交额1亿2000万元。",
            "技术合同成交额",
            (120000000, "元", 1.2, "亿元"),
        ),
        ("全市高新技术企业近千家。", "高新技术企业", (1000, "家", 1000, "家")),
    ],
)
def test_numeral_and_unit_forms(text, indicator, expected):
    value, unit, normalised, base = expected
    figure = only(text, indicator)
    assert (figure.value, figure.unit) == (value, unit)
    assert figure.normalised == pytest.approx(normalised)
    assert figure.base_unit == base


def test_yi_and_wan_yuan_compare_in_one_unit():
    big = only("技术合同成交额达1.2亿元。")
    small = only("技术合同成交额达9800万元。")
    assert big.base_unit == small.base_unit == "亿元"
    assert big.normalised > small.normalised
    assert small.normalised == pytest.approx(0.98)


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("306", 306),
        ("1.03", 1.03),
        ("1,286", 1286),
        ("两", 2),
        ("十二", 12),
        ("一百二十三", 123),
        ("3万4000", 34000),
        ("3.5万", 35000),
        ("一千零五", 1005),
        ("百分之十二", 12),
    ],
)
def test_parse_number(span, value):
    assert parse_number(span) == value


@pytest.mark.parametrize(
    "span", ["一两", "两三", "十二三", "三五", "统一零售价", "两半", ""]
)
def test_parse_number_refuses_approximations_and_words(span):
    assert parse_number(span) is None


@pytest.mark.parametrize(
    ("span", "percent"), [("1/4", 25), ("四分之一", 25), ("三成", 30), ("2/5", 40)]
)
def test_parse_fraction(span, percent):
    assert parse_fraction(span) == percent


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("306", (306, None)),
        ("３０６家", (306, "家")),
        (" 306 家 ", (306, "家")),
        ("1，286家", (1286, "家")),
        ("1.03亿元", (1.03, "亿元")),
        ("9244.2万元", (9244.2, "万元")),
        ("3万4000", (34000, None)),
        ("3.5万人", (3.5, "万人")),
        ("十二家", (12, "家")),
        ("三百", (300, None)),
        ("3.16％", (3.16, "%")),
        ("-1.5%", (-1.5, "%")),
    ],
)
def test_a_typed_correction_is_read_as_printed(typed, read):
    assert typed_value(typed) == read


@pytest.mark.parametrize(
    "typed", ["abc", "", "306abc", "1e5", "nan", "一两家", "306家306家", "三百多"]
)
def test_a_typed_correction_that_is_no_number(typed):
    assert typed_value(typed) is None
