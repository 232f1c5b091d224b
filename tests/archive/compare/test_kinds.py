"""What a number is: a total, an addition, a change, a rank or a share."""

from __future__ import annotations

import pytest

from .helpers import brief, figures, only


@pytest.mark.parametrize(
    "text",
    [
        "截至年底，全市高新技术企业总量达306家。",
        "全市高新技术企业总数达到306家。",
        "我市高新技术企业达到306家。",
        "全市共有通过认定的高新技术企业306家。",
        "全市共有高新技术企业306家。",
        "高新技术企业数量增至306家。",
        "今年全市306家高新技术企业营收过亿。",
        "累计培育高新技术企业306家。",
        "高新技术企业306家。",
    ],
)
def test_totals(text):
    figure = only(text, "高新技术企业")
    assert (figure.kind, figure.value, figure.unit) == ("total", 306, "家")
    assert figure.level == 306


@pytest.mark.parametrize(
    "text",
    [
        "今年新增高新技术企业72家。",
        "高新技术企业新增72家。",
        "全市净增高新技术企业72家。",
        "本年度新认定高新技术企业72家。",
        "培育国家高新技术企业72家。",
        "当年新培育高新技术企业72家，为历年最多。",
        "累计新增高新技术企业72家。",
        "高新技术企业比上年增加72家。",
    ],
)
def test_additions_are_never_totals(text):
    figure = only(text, "高新技术企业")
    assert (figure.kind, figure.value) == ("added", 72)
    assert figure.level is None


def test_total_then_addition_in_one_sentence():
    assert brief("全市高新技术企业总量达306家，去年新增72家。") == [
        ("高新技术企业", 306, "家", "total"),
        ("高新技术企业", 72, "家", "added"),
    ]


def test_addition_verb_applies_to_every_item_of_a_list():
    assert brief("今年新增高新技术企业72家、科技型中小企业120家。") == [
        ("高新技术企业", 72, "家", "added"),
        ("科技型中小企业", 120, "家", "added"),
    ]


def test_change_from_one_level_to_another():
    figure = only("五年来，全市高新技术企业由21家增至301家。")
    assert (figure.kind, figure.earlier, figure.value, figure.unit) == (
        "change",
        21,
        301,
        "家",
    )
    assert figure.level == 301


@pytest.mark.parametrize(
    ("text", "earlier", "value", "unit"),
    [
        ("研发经费投入从16.5亿元增加到28.1亿元。", 16.5, 28.1, "亿元"),
        ("技术合同成交额由9000万元提高到1.5亿元。", 0.9, 1.5, "亿元"),
        ("众创空间从12家发展到20家。", 12, 20, "家"),
        ("院士工作站由5个减少到3个。", 5, 3, "个"),
    ],
)
def test_changes_between_levels(text, earlier, value, unit):
    figure = only(text)
    assert figure.kind == "change"
    assert (figure.earlier, figure.value, figure.unit) == (
        pytest.approx(earlier),
        value,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifiers"),
    [
        ("科技型中小企业500家，同比增长142%。", 142, "%", ("同比",)),
        ("科技型中小企业同比增长142%。", 142, "%", ("同比",)),
        ("科技型中小企业较上年增长15.5%。", 15.5, "%", ("比上年",)),
        ("科技型中小企业增长两倍。", 2, "倍", ()),
        ("科技型中小企业数量下降3%。", -3, "%", ()),
    ],
)
def test_rates_are_changes_never_totals(text, value, unit, qualifiers):
    rates = [f for f in figures(text) if f.unit == unit]
    assert len(rates) == 1
    assert (rates[0].kind, rates[0].value, rates[0].qualifiers) == (
        "change",
        value,
        qualifiers,
    )


def test_points_change_a_percent_indicator():
    assert brief("研发投入强度达到2.4%，比上年提高0.3个百分点。") == [
        ("研发投入强度", 2.4, "%", "total"),
        ("研发投入强度", 0.3, "个百分点", "change"),
    ]


def test_growth_rate_of_industrial_value_added():
    figure = only("一季度，全市规模以上工业增加值同比增长8.6%。")
    assert (figure.kind, figure.value, figure.unit) == ("change", 8.6, "%")


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("院士工作站20家，居全省第3位。", 3),
        ("院士工作站数量位居全省第三。", 3),
        ("院士工作站20家，排名全省第5位。", 5),
        ("院士工作站20家，全省排名第2。", 2),
        ("院士工作站数量全省第三。", 3),
        ("院士工作站数量均居全省第一。", 1),
    ],
)
def test_ranks(text, rank):
    figure = next(f for f in figures(text) if f.kind == "rank")
    assert (figure.indicator, figure.value, figure.unit, figure.scope) == (
        "院士工作站",
        rank,
        "位",
        "全省",
    )


@pytest.mark.parametrize(
    ("text", "share", "scope"),
    [
        ("高新技术企业120家，占全市的35%。", 35, "全市"),
        ("高新技术企业120家，占全省总数的百分之六。", 6, "全省总数"),
        ("高新技术企业120家，占全省的1/4。", 25, "全省"),
        ("高新技术企业占比达12.5%。", 12.5, None),
    ],
)
def test_shares(text, share, scope):
    figure = next(f for f in figures(text) if f.kind == "share")
    assert (figure.indicator, figure.value, figure.unit, figure.scope) == (
        "高新技术企业",
        share,
        "%",
        scope,
    )


def test_every_form_in_one_paragraph():
    text = (
        "2022年，全市国家高新技术企业总数达到443家，其中当年新认定87家，"
        "同比增长24.6%，居全省第4位，占全省的5.2%。"
    )
    assert [(f.kind, f.value) for f in figures(text)] == [
        ("total", 443),
        ("added", 87),
        ("change", 24.6),
        ("rank", 4),
        ("share", 5.2),
    ]


def test_respectively_pairs_indicators_named_together_with_their_numbers():
    assert brief("高新技术企业、科技型中小企业分别达到306家、495家。") == [
        ("高新技术企业", 306, "家", "total"),
        ("科技型中小企业", 495, "家", "total"),
    ]
    assert brief("今年新增院士工作站和中原学者工作站分别为3个和2个。") == [
        ("院士工作站", 3, "个", "added"),
        ("中原学者工作站", 2, "个", "added"),
    ]


def test_respectively_pairs_a_clause_with_the_figures_before_it():
    found = figures("高新技术企业52家，科技型中小企业136家，分别比上年增长18%和25%。")
    assert [(f.indicator, f.value, f.kind) for f in found] == [
        ("高新技术企业", 52, "total"),
        ("科技型中小企业", 136, "total"),
        ("高新技术企业", 18, "change"),
        ("科技型中小企业", 25, "change"),
    ]
    assert found[2].qualifiers == ("比上年",)


def test_respectively_with_counts_that_disagree_pairs_nothing():
    assert (
        figures("高新技术企业、科技型中小企业、院士工作站分别达到306家、495家。") == []
    )


def test_a_name_left_out_of_the_next_clause():
    assert brief("全年登记技术合同1035项，成交额18.2亿元。") == [
        ("技术合同登记数", 1035, "项", "total"),
        ("技术合同成交额", 18.2, "亿元", "total"),
    ]
    assert brief("研发经费投入38.6亿元，强度达到1.95%。") == [
        ("全社会研发经费投入", 38.6, "亿元", "total"),
        ("研发投入强度", 1.95, "%", "total"),
    ]
    assert brief("院士工作站20家，成交额18.2亿元。") == [
        ("院士工作站", 20, "家", "total"),
    ]


def test_a_threshold_passed_gives_way_to_the_exact_total():
    assert brief("技术合同成交额首次突破百亿元，达到103.6亿元。") == [
        ("技术合同成交额", 103.6, "亿元", "total"),
    ]
    figure = only("技术合同成交额首次突破百亿元。")
    assert (figure.value, figure.qualifiers) == (100, ("突破",))


def test_since_the_start_of_the_year():
    figure = figures("科技贷款余额56.2亿元，比年初增加12.4亿元。")[1]
    assert (figure.kind, figure.value, figure.qualifiers) == (
        "added",
        12.4,
        ("比年初",),
    )


def test_respectively_after_a_name_given_only_in_part_pairs_with_it():
    # 成交额 stands for 技术合同成交额 after 登记技术合同: 分别 pairs with both
    assert brief("全市登记技术合同860项，成交额9.2亿元，分别比上年增长8%和12%。") == [
        ("技术合同登记数", 860, "项", "total"),
        ("技术合同成交额", 9.2, "亿元", "total"),
        ("技术合同登记数", 8, "%", "change"),
        ("技术合同成交额", 12, "%", "change"),
    ]


@pytest.mark.parametrize(
    "text", ["今年科技贷款累计投放8.5亿元。", "全市“科技贷”累计放款8.5亿元。"]
)
def test_money_lent_is_the_money_figure(text):
    assert brief(text) == [("科技贷款", 8.5, "亿元", "total")]


def test_the_growth_of_the_additions_is_not_the_stocks():
    text = "全市新认定科技型中小企业300家，新认定数量增长25%。"
    assert brief(text) == [("科技型中小企业", 300, "家", "added")]


def test_a_part_of_an_addition_is_an_addition():
    found = figures("今年新认定省级工程技术研究中心30个，其中孟州市8个、温县5个。")
    assert [(f.value, f.kind, f.place) for f in found] == [
        (30, "added", "焦作"),
        (8, "added", "孟州市"),
        (5, "added", "温县"),
    ]


def test_a_grade_named_in_a_part_is_that_grade_s_indicator():
    assert brief("全市有科技企业孵化器19家，其中省级7家、县级12家。") == [
        ("科技企业孵化器", 19, "家", "total"),
        ("省级科技企业孵化器", 7, "家", "total"),
    ]


def test_ranks_listed_after_fenbie_go_to_the_places_listed():
    found = figures("温县和孟州市的科技型中小企业数量分别列全市第3位、第5位。")
    assert [(f.value, f.kind, f.place) for f in found] == [
        (3, "rank", "温县"),
        (5, "rank", "孟州市"),
    ]


def test_jun_gives_the_rank_to_each_indicator():
    found = brief("全市省级工程技术研究中心和省重点实验室数量均列全省第6位。")
    assert found == [
        ("省级工程技术研究中心", 6, "位", "rank"),
        ("省重点实验室", 6, "位", "rank"),
    ]
    assert brief("全市规上工业增加值总量和增速均居全省第7位。") == [
        ("规模以上工业增加值", 7, "位", "rank"),
    ]


def test_a_name_that_is_the_rate_reads_its_number_as_a_change():
    assert brief("全市规上工业增加值增速为6.4%，居全省第5位。") == [
        ("规模以上工业增加值", 6.4, "%", "change"),
    ]


def test_climbing_to_a_level_is_a_total():
    assert brief("全市有效发明专利攀升至6120件。") == [
        ("有效发明专利", 6120, "件", "total"),
    ]


def test_items_led_by_a_year_go_on_with_the_indicator():
    found = figures("全市技术合同成交额：2020年13.4亿元，2021年19.8亿元。")
    assert [(f.value, f.unit, f.kind, f.year) for f in found] == [
        (13.4, "亿元", "total", 2020),
        (19.8, "亿元", "total", 2021),
    ]


def test_a_rate_named_in_the_clause_before_its_number_is_a_change():
    assert brief("全市科技型中小企业增速较快，达到31.5%。") == [
        ("科技型中小企业", 31.5, "%", "change"),
    ]
    # the level after it is still the level
    assert brief("全市众创空间增速较快，达到48家。") == [
        ("众创空间", 48, "家", "total"),
    ]


@pytest.mark.parametrize(
    ("text", "rank", "earlier"),
    [
        ("我市技术合同成交额在全省排名由第九位前移至第五位。", 5, 9),
        ("全市高新技术企业数量全省排名从第5位上升到第3位。", 3, 5),
        ("高新技术企业总量由全省第八升至第六位。", 6, 8),
    ],
)
def test_a_rank_moved_is_the_rank_it_reached(text, rank, earlier):
    figure = only(text)
    assert (figure.kind, figure.value, figure.earlier, figure.scope) == (
        "rank",
        rank,
        earlier,
        "全省",
    )


@pytest.mark.parametrize(
    "text",
    [
        "此前公布的全市高新技术企业数量为426家，经复核调整为432家。",
        "全市高新技术企业数量为426家，经核实后修正为432家。",
    ],
)
def test_a_number_adjusted_on_review_is_replaced(text):
    assert brief(text) == [("高新技术企业", 432, "家", "total")]


def test_a_share_of_an_amount_the_dictionary_has_a_ratio_of_is_that_ratio():
    assert brief(
        "全年研究与试验发展（R&D）经费支出52.3亿元，增长10.6%，与地区生产总值之比为2.37%。"
    ) == [
        ("全社会研发经费投入", 52.3, "亿元", "total"),
        ("全社会研发经费投入", 10.6, "%", "change"),
        ("研发投入强度", 2.37, "%", "total"),
    ]
    assert brief(
        "高新技术产业增加值增长11.4%，占规模以上工业增加值的比重为38.7%。"
    ) == [
        ("高新技术产业增加值", 11.4, "%", "change"),
        ("高新技术产业增加值占比", 38.7, "%", "total"),
    ]


def test_the_change_of_a_share_in_points_is_not_the_indicators():
    assert brief("我市科技型中小企业占全省比重为6.8%，较上年提高0.4个百分点。") == [
        ("科技型中小企业", 6.8, "%", "share")
    ]


def test_more_than_at_the_end_of_last_year_is_an_addition():
    assert brief("年末全市共有高新技术企业462家，比上年末增加71家。") == [
        ("高新技术企业", 462, "家", "total"),
        ("高新技术企业", 71, "家", "added"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("全市星创天地减少至9家。", 9, "家"), ("全市研发投入强度下降至1.8%。", 1.8, "%")],
)
def test_falling_to_a_level_is_that_level(text, value, unit):
    figure = only(text)
    assert (figure.kind, figure.value, figure.unit) == ("total", value, unit)


def test_firms_taken_on_a_trip_are_not_counted():
    assert brief("市科技局组织15家高新技术企业赴深圳考察学习。") == []


def test_shares_listed_after_one_are_shares_of_the_same_whole():
    found = figures("高新区和示范区的高新技术企业分别占全市的32%和18%。")
    assert [(f.kind, f.value, f.place) for f in found] == [
        ("share", 32, "高新区"),
        ("share", 18, "示范区"),
    ]


def test_a_table_s_rank_column_gives_each_row_its_rank():
    text = "各县（市）区研发投入强度\n县（市）区\t强度（%）\t排名\n孟州市\t2.86\t1\n沁阳市\t2.41\t2"
    assert [(f.kind, f.value, f.place) for f in figures(text)] == [
        ("total", 2.86, "孟州市"),
        ("rank", 1, "孟州市"),
        ("total", 2.41, "沁阳市"),
        ("rank", 2, "沁阳市"),
    ]


def test_a_space_between_a_number_and_its_unit():
    assert brief("全市高新技术企业达到 386 家，同比增长 21.3 %。") == [
        ("高新技术企业", 386, "家", "total"),
        ("高新技术企业", 21.3, "%", "change"),
    ]


def test_one_firm_s_own_figures_are_no_place_s():
    assert brief("该企业拥有有效发明专利56件，是国家高新技术企业。") == []


def test_at_the_head_of_the_province_is_first():
    assert brief("我市技术合同成交额位居全省之首。") == [
        ("技术合同成交额", 1, "位", "rank")
    ]
    assert brief("我市技术合同成交额增速位居全省之首。") == []


def test_a_fraction_of_a_point_in_words_and_a_round_number_under_a_hedge():
    assert brief("全县研发投入强度比上年提高零点三个百分点。") == [
        ("研发投入强度", 0.3, "个百分点", "change")
    ]
    (figure,) = figures("全县科技型中小企业不到百家。")
    assert (figure.value, figure.qualifiers) == (100, ("不到",))
    assert brief("全市零售企业零点前打烊。") == []


def test_places_one_to_a_clause_after_a_semicolon_go_on_with_the_indicator():
    found = figures(
        "全市高新技术企业按县区分布：其中，修武县38家；博爱县35家；武陟县52家。"
    )
    assert [(f.value, f.kind, f.place) for f in found] == [
        (38, "total", "修武县"),
        (35, "total", "博爱县"),
        (52, "total", "武陟县"),
    ]
    # a clause of its own after the semicolon still ends the indicator
    assert brief("全市高新技术企业达到306家；修武县获评先进县3次。") == [
        ("高新技术企业", 306, "家", "total")
    ]


def test_a_place_with_a_predicate_of_its_own_goes_on_with_the_indicator():
    found = figures("全市新增科技型中小企业85家，其中高新区新增62家。")
    assert [(f.value, f.kind, f.place) for f in found] == [
        (85, "added", "焦作"),
        (62, "added", "高新区"),
    ]


def test_a_place_alone_says_what_the_clause_before_said():
    # 新增102家，修武县38家: the counties' additions, never their totals
    found = figures("全市新增高新技术企业102家，修武县38家，博爱县35家。")
    assert [(f.value, f.kind, f.place) for f in found] == [
        (102, "added", "焦作"),
        (38, "added", "修武县"),
        (35, "added", "博爱县"),
    ]
    found = figures("修武县高新技术企业达到38家，博爱县35家。")
    assert [(f.value, f.kind, f.place) for f in found] == [
        (38, "total", "修武县"),
        (35, "total", "博爱县"),
    ]


def test_a_rank_right_after_an_addition_ranks_the_addition():
    text = "示范区新增科技型中小企业85家，增量居全市首位；高新区新增62家，居第二。"
    found = figures(text)
    assert [(f.value, f.kind, f.place) for f in found] == [
        (85, "added", "示范区"),
        (62, "added", "高新区"),
    ]
    assert brief("全市新增高新技术企业72家，总量居全省第三。") == [
        ("高新技术企业", 72, "家", "added"),
        ("高新技术企业", 3, "位", "rank"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("高新技术企业：528家", [("高新技术企业", 528, "家", "total")]),
        ("研发投入强度：2.1%", [("研发投入强度", 2.1, "%", "total")]),
        (
            "技术合同成交额：48.2亿元，增长31.6%，完成年度目标的120%。",
            [
                ("技术合同成交额", 48.2, "亿元", "total"),
                ("技术合同成交额", 31.6, "%", "change"),
            ],
        ),
        ("全社会研发经费投入：预计完成58亿元，增长10%。", []),
        ("高新技术企业：3家企业入选", []),
    ],
)
def test_a_value_after_a_colon_is_its_label_s(text, expected):
    assert brief(text) == expected


def test_a_slide_s_plus_sign_is_more_or_growth():
    assert brief("·高新技术企业 528家（较上年+102家）") == [
        ("高新技术企业", 528, "家", "total"),
        ("高新技术企业", 102, "家", "added"),
    ]
    assert brief("全市高新技术企业528家，同比+22.8%。") == [
        ("高新技术企业", 528, "家", "total"),
        ("高新技术企业", 22.8, "%", "change"),
    ]


def test_respectively_before_a_colon_and_its_numbers():
    assert brief("全市院士工作站、中原学者工作站数量分别为：31个、9个。") == [
        ("院士工作站", 31, "个", "total"),
        ("中原学者工作站", 9, "个", "total"),
    ]


def test_firms_that_applied_are_no_figure_and_leave_the_indicator_open():
    assert brief("高新技术企业申报23家，通过认定14家。") == [
        ("高新技术企业", 14, "家", "added")
    ]
    assert brief("今年全市共申报高新技术企业120家，通过认定86家。") == [
        ("高新技术企业", 86, "家", "added")
    ]


def test_a_hedge_after_a_change_verb_is_no_level_reached():
    (figure,) = figures("全市技术合同成交额增长超四成。")
    assert (figure.value, figure.kind, figure.qualifiers) == (40, "change", ("超",))
    assert brief("全市技术合同成交额增长超过20%。") == [
        ("技术合同成交额", 20, "%", "change")
    ]


def test_a_rank_among_the_counties_in_brackets_and_for_years_on_end():
    assert brief("孟州市高新技术企业数量连续三年居全市各县（市）区首位。") == [
        ("高新技术企业", 1, "位", "rank")
    ]


def test_points_belong_to_a_percent_indicator_or_the_ratio_just_read():
    text = "全年高技术产业增加值增长15.3%，占规模以上工业增加值的比重为12.6%，比上年提高1.1个百分点。"
    assert brief(text) == [
        ("高新技术产业增加值", 15.3, "%", "change"),
        ("高新技术产业增加值占比", 12.6, "%", "total"),
        ("高新技术产业增加值占比", 1.1, "个百分点", "change"),
    ]
    assert brief("全市技术合同成交额提高2.1个百分点。") == []


def test_of_those_that_applied_the_ones_that_passed_are_an_addition():
    text = "2023年全县共申请认定高新技术企业15家，其中11家通过评审。"
    assert brief(text) == [("高新技术企业", 11, "家", "added")]


def test_a_label_s_unit_in_brackets_before_its_colon():
    assert brief("高新技术企业（家）：528") == [("高新技术企业", 528, "家", "total")]
    assert brief("技术合同成交额（亿元）：48.2") == [
        ("技术合同成交额", 48.2, "亿元", "total")
    ]
    assert brief("研发投入强度：2.1%（比上年+0.12个百分点）") == [
        ("研发投入强度", 2.1, "%", "total"),
        ("研发投入强度", 0.12, "个百分点", "change"),
    ]


def test_firms_that_took_part_are_no_count():
    assert brief("全市200余家高新技术企业参加了培训。") == []
    assert brief("共有120家科技型中小企业参加活动。") == []


def test_a_company_s_own_figures_are_no_place_s():
    text = "焦作某科技公司拥有有效发明专利126件；全市有效发明专利万余件。"
    assert brief(text) == [("有效发明专利", 10000, "件", "total")]


def test_a_value_in_brackets_after_its_indicator():
    text = "全市高新技术企业（528家）、科技型中小企业（1960家）数量均创历史新高。"
    assert brief(text) == [
        ("高新技术企业", 528, "家", "total"),
        ("科技型中小企业", 1960, "家", "total"),
    ]
    # a bracket holding more than the value is a clause of its own, as before
    assert brief("全市高新技术企业（不含已迁出的3家）") == []


def test_firms_counted_in_hu():
    assert brief("全县科技型中小企业达到216户，高新技术企业38户。") == [
        ("科技型中小企业", 216, "户", "total"),
        ("高新技术企业", 38, "户", "total"),
    ]
    (figure,) = figures("全县科技型中小企业达到216户。")
    assert (figure.normalised, figure.base_unit) == (216, "家")
    assert brief("全市院士工作站服务农户3000户。") == []


def test_the_rank_of_the_additions_is_not_the_stock_s():
    assert brief("我市高新技术企业新增数居全省第三，总数居全省第五。") == [
        ("高新技术企业", 5, "位", "rank")
    ]


def test_firms_a_grant_reached_are_no_count():
    assert brief("本次共有36家高新技术企业获得奖补资金1200万元。") == []
    assert brief("全市128家科技型中小企业享受研发费用加计扣除政策。") == []


def test_a_review_paragraph_dates_the_sentences_after_its_opening():
    text = "过去一年，全市经济稳中有进。创新动能增强，高新技术企业达到612家。"
    assert only(text, date="2025-01-15").year == 2024


def test_a_value_several_each_hold_is_no_figure():
    text = "全县15个乡镇中，祥云镇、黄庄镇科技型中小企业均超过20家。"
    assert brief(text, county="温县") == []


def test_a_change_s_frame_after_a_clause_with_no_number():
    text = "全市高新技术企业数量实现翻一番，由2019年的260家增加到2024年的612家。"
    found = figures(text, date="2025-01-15")
    assert [(f.value, f.kind, f.year) for f in found] == [
        (260, "total", 2019),
        (612, "total", 2024),
    ]


def test_firms_that_passed_recognition_are_additions():
    assert brief("今年已有300余家企业通过高新技术企业认定。") == [
        ("高新技术企业", 300, "家", "added")
    ]
    assert brief("全市累计有528家企业通过高新技术企业认定。") == [
        ("高新技术企业", 528, "家", "total")
    ]
    assert brief("300家企业通过高新技术企业培训。") == []


def test_a_level_kept_and_more_added_than_a_year_before():
    assert brief("全市瞪羚企业数量与去年持平，仍为18家。") == [
        ("瞪羚企业", 18, "家", "total")
    ]
    assert brief("全市新入库科技型中小企业1536家，同比多入库212家。") == [
        ("科技型中小企业", 1536, "家", "added"),
        ("科技型中小企业", 212, "家", "added"),
    ]


def test_a_number_right_after_zong_shu():
    assert brief("全市高新技术企业总数528家。") == [
        ("高新技术企业", 528, "家", "total")
    ]
    assert brief("全市高新技术企业数十家。") == []


def test_a_growth_printed_negative():
    assert brief("全市规上工业增加值同比增长-3.2%。") == [
        ("规模以上工业增加值", -3.2, "%", "change")
    ]


def test_a_kind_after_qi_zhong_is_no_figure_of_the_whole():
    assert brief("全市研发人员总数2.9万人，其中企业研发人员2.3万人。") == [
        ("研发人员", 2.9, "万人", "total")
    ]


def test_the_level_of_the_year_compared_with():
    text = "2025年全市技术合同成交额为61.3亿元，较2024年的48.2亿元增长27.2%。"
    found = figures(text, date="2026-01-10")
    assert [(f.value, f.kind, f.year) for f in found] == [
        (61.3, "total", 2025),
        (48.2, "total", 2024),
        (27.2, "change", 2025),
    ]


def test_respective_ranks_keep_the_place_the_sentence_opened_with():
    text = "温县高新技术企业近200家，技术合同成交额约12亿元，分别居全市第三位和第二位。"
    assert {f.place for f in figures(text)} == {"温县"}


@pytest.mark.parametrize(
    "text",
    [
        "全市院士工作站总数达到45个，居全省地市第二位。",
        "我市院士工作站数量居全省18个地市第2位。",
    ],
)
def test_a_rank_among_the_province_s_cities(text):
    assert ("院士工作站", 2, "位", "rank") in brief(text)


def test_the_end_of_a_five_year_plan_and_a_report_s_five_years():
    text = "过去五年，全市技术合同成交额年均增长28.5%，“十四五”末达到72.4亿元。"
    found = figures(text, date="2026-01-20")
    assert [(f.value, f.kind, f.year) for f in found] == [
        (28.5, "change", 2025),
        (72.4, "total", 2025),
    ]
    assert brief("全市高新技术企业“十五五”末达到1000家。", date="2026-01-20") == []
