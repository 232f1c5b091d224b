"""Property tests: any number, printed any way, in any phrasing, reads back right."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.compare import extract_figures

DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """An independent oracle: 1 ≤ n ≤ 9999 in Chinese numerals (十二, 一百零五)."""
    parts, zero = [], False
    for value, place in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(DIGITS[digit] + place)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


numbers = st.integers(min_value=2, max_value=9999)
printed = st.sampled_from(["arabic", "chinese", "grouped"])
totals = st.sampled_from(
    [
        "全市{a}达到{n}家。",
        "我市{a}总数达到{n}家。",
        "截至目前，全市共有{a}{n}家。",
        "{a}总量达{n}家，居全省前列。",
        "目前{a}已有{n}家。",
        "{a}{n}家。",
    ]
)
additions = st.sampled_from(
    [
        "今年新增{a}{n}家。",
        "全市{a}新增{n}家。",
        "去年新认定{a}{n}家。",
        "全年培育{a}{n}家。",
        "{a}比上年净增{n}家。",
        "全市{a}1.5万家，去年新增{n}家。",  # a total no n can equal
    ]
)
aliases = st.sampled_from(["高新技术企业", "国家高新技术企业", "高企"])


def spell(n: int, how: str) -> str:
    if how == "chinese":
        return chinese(n)
    return f"{n:,}" if how == "grouped" else str(n)


def read(template: str, alias: str, n: int, how: str):
    text = template.format(a=alias, n=spell(n, how))
    figures = extract_figures(text, date="2023-04-01", city="焦作")
    return text, [f for f in figures if f.value == n]


@settings(max_examples=300, deadline=None)
@given(numbers, printed, totals, aliases)
def test_totals_read_back(n, how, template, alias):
    text, found = read(template, alias, n, how)
    assert len(found) == 1, text
    (figure,) = found
    assert (figure.indicator, figure.kind, figure.unit) == (
        "高新技术企业",
        "total",
        "家",
    )
    assert text[figure.start : figure.end].startswith(spell(n, how))


@settings(max_examples=300, deadline=None)
@given(numbers, printed, additions, aliases)
def test_additions_read_back_and_are_never_totals(n, how, template, alias):
    text, found = read(template, alias, n, how)
    assert len(found) == 1, text
    assert found[0].kind == "added"


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=99)
)
def test_money_in_wan_and_yi_yuan_agree(whole, cents):
    amount = f"{whole}.{cents:02d}" if cents else str(whole)
    in_wan = extract_figures(f"技术合同成交额达到{amount}万元。")[0]
    assert in_wan.base_unit == "亿元"
    assert abs(in_wan.normalised * 10000 - float(amount)) < 1e-6


def test_the_oracle_spells_as_papers_do():
    assert [chinese(n) for n in (2, 10, 12, 20, 105, 123, 1005, 3500)] == [
        "二",
        "十",
        "十二",
        "二十",
        "一百零五",
        "一百二十三",
        "一千零五",
        "三千五百",
    ]
