"""What is not a figure of an indicator, however close it stands to one."""

from __future__ import annotations

import pytest

from archive.compare import extract_figures

from .helpers import brief, figures


@pytest.mark.parametrize(
    "text",
    [
        # dates, years, page numbers, phone numbers
        "6月26日，市科技局召开高新技术企业培训会。",
        "2021年高新技术企业认定工作启动。",
        "高新技术企业申报材料见第3版。",
        "高新技术企业咨询电话：0391-3567890。",
        "高新技术企业服务热线12345。",
        # words cn2an would read as numbers
        "高新技术企业产品实行统一零售价。",
        "高新技术企业的认定标准一分为二、两半分开审。",
        # ranges and vague amounts
        "预计新增高新技术企业300至400家。",
        "每年培育高新技术企业3~5家。",
        "今年新增高新技术企业一两家。",
        "今年新增高新技术企业两三家。",
        "全市数十家高新技术企业参加。",
        "全市几十家高新技术企业参加。",
        "全市上千家高新技术企业参加。",
        "全省第一家高新技术企业在这里诞生。",
        # one company, or a few named ones
        "该公司是一家国家级高新技术企业。",
        "作为一家高新技术企业，公司重视研发。",
        "甲公司、乙公司等3家高新技术企业获得奖励。",
        # not an indicator, only a word inside one's name
        "近期房价高企，企业招工难。",
        # a rank that is not a number's place
        "全市科技创新指标居全省第一方阵。",
        # per head, and targets
        "每万名就业人员中研发人员达到58人。",
        "全市人均地区生产总值超过8万元。",
        "今年计划新增高新技术企业80家。",
        "力争到2025年高新技术企业突破800家。",
        # a book title and a plan's years
        "《高新技术企业培育三年行动计划（2022—2025年）》印发。",
    ],
)
def test_no_figure(text):
    assert figures(text) == []


def test_money_or_people_are_no_count_of_companies():
    text = "高新技术企业实现营业收入512亿元，从业人员3万人。"
    assert figures(text) == []


def test_a_noun_between_means_something_else():
    assert figures("高新技术企业研发投入增长20%。") == []
    assert figures("高新技术企业培育对象达到300家。") == []


def test_a_number_of_another_indicator_in_the_same_sentence():
    assert brief("全市院士工作站20家，省级众创空间10家。") == [
        ("院士工作站", 20, "家", "total"),
        ("省级众创空间", 10, "家", "total"),
    ]


def test_a_number_of_something_outside_the_dictionary_is_left_alone():
    assert brief("全市院士工作站20家，科研团队30个，新增专家50名。") == [
        ("院士工作站", 20, "家", "total"),
    ]


def test_a_part_in_brackets_is_not_the_whole():
    # the part is the national grade's own figure (其中国家级2家), never the whole's
    assert brief("全市科技企业孵化器8家（国家级2家）。") == [
        ("科技企业孵化器", 8, "家", "total"),
        ("国家级科技企业孵化器", 2, "家", "total"),
    ]
    assert brief("全市新型研发机构38家（市级25家）。") == [
        ("新型研发机构", 38, "家", "total"),
    ]


def test_a_number_after_two_indicators_together_belongs_to_neither():
    assert figures("高新技术企业、科技型中小企业共120家。") == []
    assert figures("高新技术企业和科技型中小企业达到120家。") == []


def test_a_semicolon_ends_what_the_number_continues():
    assert brief("院士工作站20家；新增50家培训机构。") == [
        ("院士工作站", 20, "家", "total"),
    ]


def test_a_percentage_without_a_change_verb_is_no_figure_of_a_count():
    assert figures("高新技术企业中民营企业是85%。") == []


def test_an_article_without_an_indicator():
    assert extract_figures("市委召开会议，研究部署下半年工作，共有300人参加。") == []
    assert extract_figures("") == []


@pytest.mark.parametrize(
    "text",
    [
        "新增高新技术企业72家。",
        "全市新认定国家高新技术企业72家，总数居全省前列。",
        "科技型中小企业同比增长35%。",
        "规模以上工业增加值增长7.1%。",
        "研发投入强度提高0.2个百分点。",
        "技术合同成交额比上年增长三成。",
        "全市高新技术企业比上年净增72家。",
    ],
)
def test_additions_and_rates_never_come_out_as_totals(text):
    found = figures(text)
    assert found
    assert all(f.kind != "total" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "省级新型研发机构名单公布，全市8家企业入选。",  # 8 firms, not 8 institutes
        "全市高新技术企业的研发人员达到2.1万人。",  # those firms' staff
        "全市高新技术企业研发人员1.2万人。",
    ],
)
def test_a_number_of_something_else_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # plans: 将/要 with a verb, and every clause after 下一步…将
        "明年我市将认定高新技术企业50家。",
        "全县要建成省级众创空间3家。",
        "下一步，全市将引进新型研发机构5家，建成院士工作站4个。",
        # a local grade of the indicator is not the indicator
        "全市县级重点实验室达到40个。",
        "全县乡镇级众创空间12家。",
        # the cities ranked among are no count
        "我市院士工作站数量在全省18个省辖市中靠前。",
        # the rate's own change in points
        "全市科技型中小企业增长18%，增速比上年加快3.5个百分点。",
    ],
)
def test_no_figure_of_a_plan_a_narrower_kind_or_a_rate(text):
    found = [f for f in figures(text) if f.unit != "%"]
    assert found == []


def test_a_value_withdrawn_by_a_correction_is_no_figure():
    assert brief("昨日报道中我市众创空间“43家”有误，应为34家。") == [
        ("众创空间", 34, "家", "total"),
    ]
    assert brief("文中全社会研发经费投入应为21.5亿元，而非12.5亿元。") == [
        ("全社会研发经费投入", 21.5, "亿元", "total"),
    ]
