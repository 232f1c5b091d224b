"""Qualifiers, the year a figure refers to, its place, and where it stands in the text."""

from __future__ import annotations

import pytest

from archive.compare import article_text, extract_figures, figures_of_article

from .helpers import figures, only


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("全市高新技术企业约300家。", ("约",)),
        ("全市高新技术企业近300家。", ("近",)),
        ("全市高新技术企业超过300家。", ("超过",)),
        ("全市高新技术企业达到300家以上。", ("以上",)),
        ("全市高新技术企业300余家。", ("余",)),
        ("全市高新技术企业突破300家。", ("突破",)),
        ("全市高新技术企业300多家。", ("多",)),
        ("全市高新技术企业累计达300家。", ("累计",)),
        ("全市高新技术企业300家。", ()),
    ],
)
def test_qualifiers_are_kept(text, qualifiers):
    figure = only(text)
    assert (figure.value, figure.qualifiers) == (300, qualifiers)


@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        ("2021年，全市高新技术企业达到306家。", "2023-05-18", 2021),
        ("截至2021年底，全市共有高新技术企业306家。", "2023-05-18", 2021),
        ("二〇二一年全市高新技术企业306家。", "2023-05-18", 2021),
        ("去年全市高新技术企业达到306家。", "2023-05-18", 2022),
        ("上年全市高新技术企业达到306家。", "2023-05", 2022),
        ("今年全市高新技术企业达到306家。", "2023", 2023),
        ("前年全市高新技术企业达到306家。", "2023-05-18", 2021),
        ("全市高新技术企业达到306家。", "2023-05-18", 2023),
        ("全市高新技术企业达到306家。", None, None),
        ("去年全市高新技术企业达到306家。", None, None),
        ("2020年以来，全市高新技术企业达到306家。", "2023-05-18", 2023),
        ("与2020年相比，全市高新技术企业达到306家。", "2023-05-18", 2023),
    ],
)
def test_year_of_a_figure(text, date, year):
    assert only(text, date=date).year == year


def test_a_baseline_year_is_not_the_figures_year():
    found = figures("全市高新技术企业达到306家，比上年增加40家。")
    assert [(f.value, f.year) for f in found] == [(306, 2023), (40, 2023)]


def test_the_nearest_year_before_each_figure():
    found = figures("2021年底高新技术企业达到306家，今年新增72家。")
    assert [(f.value, f.year) for f in found] == [(306, 2021), (72, 2023)]


@pytest.mark.parametrize(
    ("text", "place", "city", "county"),
    [
        ("全市高新技术企业达到306家。", "焦作", "焦作", None),
        ("焦作高新区高新技术企业达到120家。", "焦作高新区", "焦作", None),
        ("示范区新增高新技术企业15家。", "示范区", "焦作", None),
        ("修武县高新技术企业达到45家。", "修武县", "焦作", "修武县"),
        ("开封市高新技术企业达到301家。", "开封", "开封", None),
    ],
)
def test_place_named_in_the_clause(text, place, city, county):
    figure = only(text)
    assert (figure.place, figure.city, figure.county) == (place, city, county)


def test_the_articles_county_when_the_clause_names_none():
    figure = only("全县高新技术企业达到45家。", county="修武县")
    assert (figure.place, figure.city, figure.county) == ("修武县", "焦作", "修武县")


def test_a_place_in_another_clause_does_not_count():
    figure = only("修武县召开推进会，全市高新技术企业达到306家。")
    assert figure.place == "焦作"


def test_a_figure_of_the_province_has_no_city():
    province, share = figures("全省高新技术企业达到1.1万家，其中我市占5.2%。")
    assert (province.place, province.city, province.county) == ("全省", None, None)
    assert (share.kind, share.place, share.city) == ("share", "焦作", "焦作")


def test_per_county_breakdown():
    found = figures("全市高新技术企业306家，其中修武县45家、武陟县38家。")
    assert [(f.value, f.place, f.kind) for f in found] == [
        (306, "焦作", "total"),
        (45, "修武县", "total"),
        (38, "武陟县", "total"),
    ]


def test_provenance_is_the_exact_sentence_and_span():
    title = "科技创新实现新跨越"
    body = "今年以来成效明显。\n\n全市院士工作站达到18家，居全省前列。下一步继续发力。"
    text = article_text(title, body)
    (figure,) = extract_figures(text, date="2023-06", city="焦作")
    assert figure.sentence == "全市院士工作站达到18家，居全省前列。"
    assert text[figure.sentence_start : figure.sentence_end] == figure.sentence
    assert text[figure.start : figure.end] == "18家"
    assert figure.named_as == "院士工作站"


def test_offsets_count_code_points():
    text = "𠀀𠀁记者手记。院士工作站20家。"  # two characters outside the BMP
    (figure,) = extract_figures(text)
    assert text[figure.start : figure.end] == "20家"
    assert figure.start == 12


def test_a_change_spans_both_numbers():
    text = "高新技术企业由21家增至301家。"
    (figure,) = extract_figures(text)
    assert text[figure.start : figure.end] == "21家增至301家"


def test_a_sentence_ends_at_a_line_break():
    text = "院士工作站20家\n众创空间12家"
    found = extract_figures(text)
    assert [f.sentence for f in found] == ["院士工作站20家", "众创空间12家"]


def test_article_text_joins_title_and_paragraphs():
    assert (
        article_text("标题", ["第一段。", "第二段。"]) == "标题\n\n第一段。\n\n第二段。"
    )
    assert article_text("", "正文。") == "正文。"


def test_figures_of_an_imported_article(fresh_archive, tmp_path):
    page = tmp_path / "焦作-2023-03-02.txt"
    page.write_text(
        "我市科技创新再上台阶\n\n本报讯 去年，全市院士工作站达到26个，居全省第2位。\n",
        "utf-8",
    )
    report = fresh_archive.import_files([page])
    article = fresh_archive.article(report.files[0].articles[0])
    found = figures_of_article(article)
    assert [(f.indicator, f.value, f.kind, f.year) for f in found] == [
        ("院士工作站", 26, "total", 2022),
        ("院士工作站", 2, "rank", 2022),
    ]
    assert all(f.city == article.city for f in found)
    text = article_text(article.title, article.body)
    assert text[found[0].start : found[0].end] == "26个"


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        (
            "武陟县和温县的高新技术企业分别为41家和38家。",
            [("武陟县", 41), ("温县", 38)],
        ),
        (
            "焦作高新区、示范区分别拥有众创空间9家、6家。",
            [("焦作高新区", 9), ("示范区", 6)],
        ),
        ("修武县、博爱县两县的院士工作站共有7个。", []),  # their sum: neither's
        ("修武县、博爱县等地的高新技术企业共有58家。", []),
        # two indicators and two places for two numbers: neither is told
        ("修武县、博爱县的高新技术企业和科技型中小企业分别达到21家、17家。", []),
        (
            "修武县、博爱县的高新技术企业分别达到21家、17家，"
            "科技型中小企业分别达到40家、35家。",  # the same places, carried
            [("修武县", 21), ("博爱县", 17), ("修武县", 40), ("博爱县", 35)],
        ),
        ("焦作与新乡两市高新技术企业总数达到900家。", []),
        ("修武县的高新技术企业达到41家。", [("修武县", 41)]),
    ],
)
def test_places_listed_before_respectively_take_one_number_each(text, placed):
    assert [(f.place, f.value) for f in figures(text)] == placed


def test_a_period_in_a_clause_of_its_own_makes_what_follows_an_addition():
    figure = only("2019年以来，全县累计建成众创空间12家。", county="博爱县")
    assert (figure.value, figure.kind) == (12, "added")
    figure = only("截至目前，全县累计建成众创空间12家。", county="博爱县")
    assert (figure.value, figure.kind) == (12, "total")


def test_the_year_a_change_starts_from_is_not_the_level_s_it_reaches():
    found = figures("全市众创空间由2020年的22家增加到31家。", date="2022-08-01")
    assert [(f.value, f.year) for f in found] == [(22, 2020), (31, 2022)]


def test_a_statistical_bulletin_s_lines_speak_of_its_year():
    text = "焦作市2023年国民经济和社会发展统计公报\n\n年末全市共有高新技术企业462家，比上年末增加71家。"
    found = figures(text, date="2024-03-20")
    assert [(f.value, f.year) for f in found] == [(462, 2023), (71, 2023)]
    # an article dated in the year it names is read as before
    assert [f.year for f in figures(text, date="2023-03-20")] == [2023, 2023]


def test_a_zone_after_a_county_s_short_name_is_in_that_county():
    found = figures("武陟产业集聚区现有科技型中小企业126家，省级工程技术研究中心9个。")
    assert [(f.value, f.place, f.county) for f in found] == [
        (126, "武陟产业集聚区", "武陟县"),
        (9, "武陟产业集聚区", "武陟县"),
    ]


def test_a_clause_after_a_semicolon_names_its_own_place():
    found = figures("武陟产业集聚区现有科技型中小企业126家；省级工程技术研究中心9个。")
    assert [f.place for f in found] == ["武陟产业集聚区", "焦作"]


def test_a_sentence_broken_between_its_verb_and_number_is_one_sentence():
    found = figures("据统计，全市技术合同成交额达到\n42.7亿元，同比增长31.5%。")
    assert [(f.value, f.kind) for f in found] == [(42.7, "total"), (31.5, "change")]
    assert found[0].sentence.startswith("据统计")
    # a line ending in a number or a noun ends its sentence as before
    (total,) = figures("全市高新技术企业306家\n2023年新增72家。")
    assert total.sentence == "全市高新技术企业306家"


def test_a_line_opening_with_its_clause_s_figure_goes_on_from_the_line_before():
    (added,) = figures("上半年，全市新增科技型中小企业\n365家，完成全年目标的七成。")
    assert (added.value, added.kind) == (365, "added")
    assert added.sentence.startswith("上半年")
    # a headline's next line opening with a year is a sentence of its own
    (headline,) = figures("全市新增高新技术企业108家\n2023年，我市加快创新。")
    assert headline.sentence == "全市新增高新技术企业108家"


def test_shang_nian_is_the_year_before_the_one_the_sentence_names():
    found = figures(
        "2023年，全县高新技术企业由上年的21家增加到29家。", date="2024-02-20"
    )
    assert [(f.value, f.year) for f in found] == [(21, 2022), (29, 2023)]


def test_a_heading_s_year_is_the_year_of_the_lines_under_it():
    text = "2023年全市科技创新主要指标\n1.高新技术企业：新增102家，总数达到528家。"
    found = figures(text, date="2024-01-05")
    assert [(f.value, f.kind, f.year) for f in found] == [
        (102, "added", 2023),
        (528, "total", 2023),
    ]
    # a blank line ends the heading's block; a year stated in the line wins
    text = "2023年全市科技创新主要指标\n\n2024年1月，全市新增高新技术企业6家。"
    assert [f.year for f in figures(text, date="2024-02-20")] == [2024]
    # a heading that names a month holds a number of its own: no year of it
    text = "2023年3月工作简报\n全市新增高新技术企业6家。"
    assert [f.year for f in figures(text, date="2024-02-20")] == [2024]


def test_a_heading_of_a_plan_makes_its_lines_targets():
    assert figures("下一步工作计划\n1.高新技术企业：新增50家", date="2024-01-05") == []
    assert figures("2025年目标\n高新技术企业：600家", date="2024-01-05") == []
    # a title's plan words do not make the article's results targets
    text = "力争明年高企突破600家\n\n全市高新技术企业528家。"
    assert [f.value for f in figures(text, date="2024-01-05")] == [528]


def test_the_year_of_one_number_is_not_carried_to_another_indicator():
    text = "我市高新技术企业从二〇一八年的一百二十五家，增加到去年的四百一十八家，科技型中小企业突破两千家。"
    found = figures(text, date="2023-07-10")
    assert [(f.value, f.year) for f in found] == [
        (125, 2018),
        (418, 2022),
        (2000, 2023),
    ]
    # a change after the level still speaks of the level's year
    text = "全市高新技术企业由2018年的98家增加到2023年的436家，增长3.4倍。"
    assert [f.year for f in figures(text, date="2024-02-20")] == [2018, 2023, 2023]


def test_a_clause_that_is_only_a_place_places_the_clauses_after_it():
    text = (
        "各县区科技型中小企业入库情况：修武县，入库112家，增长18%；博爱县，入库98家。"
    )
    found = figures(text)
    assert [(f.value, f.kind, f.place) for f in found] == [
        (112, "total", "修武县"),
        (18, "change", "修武县"),
        (98, "total", "博爱县"),
    ]
    (headline,) = figures("焦作高新区：近百家科技型中小企业扎堆成长")
    assert (headline.value, headline.place) == (100, "焦作高新区")


def test_the_past_year_of_a_work_report_is_the_year_before():
    found = figures("过去一年，全市高新技术企业达到528家。", date="2024-01-20")
    assert [(f.value, f.year) for f in found] == [(528, 2023)]


def test_a_place_and_a_colon_opening_a_sentence_place_all_of_it():
    text = "温县：全县新增省级中试基地1家；全县科技型中小企业总数达到214家。"
    assert [f.place for f in figures(text)] == ["温县", "温县"]
    text = "各县（市）区技术合同成交额：孟州市，3.8亿元；沁阳市，3.1亿元。"
    found = figures(text)
    assert [(f.value, f.place) for f in found] == [(3.8, "孟州市"), (3.1, "沁阳市")]


def test_a_question_s_indicator_goes_on_into_the_answer():
    text = "问：全市国家级科技企业孵化器有几家？\n答：目前有3家，另有省级科技企业孵化器12家。"
    assert [(f.indicator, f.value) for f in figures(text)] == [
        ("国家级科技企业孵化器", 3),
        ("省级科技企业孵化器", 12),
    ]
    # a sentence naming its own indicator later still opens with the one before
    text = "全市高新技术企业发展迅速。目前已有306家，科技型中小企业1200家。"
    assert [(f.indicator, f.value) for f in figures(text)] == [
        ("高新技术企业", 306),
        ("科技型中小企业", 1200),
    ]


def test_the_whole_year_said_early_in_the_next_is_the_year_before():
    text = "发布人：全年技术合同成交额达到48.2亿元，比上年增长31.6%。"
    assert [f.year for f in figures(text, date="2024-01-16")] == [2023, 2023]
    # later in the year, or with a year named, as before
    assert [f.year for f in figures(text, date="2024-07-16")] == [2024, 2024]
    text = "2024年全年技术合同成交额达到48.2亿元。"
    assert [f.year for f in figures(text, date="2024-01-16")] == [2024]
