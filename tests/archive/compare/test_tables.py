"""Tables copied as text, and a number in the sentence after its indicator's."""

from __future__ import annotations

from archive.compare import article_text

from .helpers import figures


def _cells(text: str, **setting) -> list[tuple]:
    return [
        (f.indicator, f.value, f.unit, f.kind, f.place, f.year)
        for f in figures(text, **setting)
    ]


def test_a_header_names_each_column_s_indicator_and_unit():
    text = (
        "2021年部分县（市）创新平台一览\n"
        "县（市）\t院士工作站（个）\t技术合同成交额（万元）\n"
        "孟州市\t4\t9350\n"
        "温县\t2\t6120"
    )
    assert _cells(text) == [
        ("院士工作站", 4, "个", "total", "孟州市", 2021),
        ("技术合同成交额", 9350, "万元", "total", "孟州市", 2021),
        ("院士工作站", 2, "个", "total", "温县", 2021),
        ("技术合同成交额", 6120, "万元", "total", "温县", 2021),
    ]


def test_columns_of_years_and_an_addition_take_the_title_s_indicator():
    text = (
        "我市部分县区科技型中小企业（单位：家）\n"
        "县区  2020年  2021年  新增\n"
        "博爱县  88  104  16\n"
        "全市  1210  1395  185"
    )
    assert _cells(text, date="2022-03-01") == [
        ("科技型中小企业", 88, "家", "total", "博爱县", 2020),
        ("科技型中小企业", 104, "家", "total", "博爱县", 2021),
        ("科技型中小企业", 16, "家", "added", "博爱县", 2021),
        ("科技型中小企业", 1210, "家", "total", "焦作", 2020),
        ("科技型中小企业", 1395, "家", "total", "焦作", 2021),
        ("科技型中小企业", 185, "家", "added", "焦作", 2021),
    ]


def test_rows_may_name_the_indicators_and_stand_a_paragraph_each():
    body = [
        "主要科技指标（个）",
        "指标 2021年 2022年",
        "省重点实验室 37 40",
        "院士工作站 12 13",
    ]
    assert _cells(article_text("科技创新成绩单", body)) == [
        ("省重点实验室", 37, "个", "total", "焦作", 2021),
        ("省重点实验室", 40, "个", "total", "焦作", 2022),
        ("院士工作站", 12, "个", "total", "焦作", 2021),
        ("院士工作站", 13, "个", "total", "焦作", 2022),
    ]


def test_a_cell_s_own_unit_and_its_sentence_are_kept():
    text = "各县市新型研发机构：\n沁阳市 7家\n修武县 3家"
    found = figures(text)
    assert [(f.value, f.place) for f in found] == [(7, "沁阳市"), (3, "修武县")]
    assert found[0].sentence == "沁阳市 7家"
    assert text[found[0].start : found[0].end] == "7家"


def test_what_a_table_cannot_tell_is_no_figure():
    # rows of firms, not places
    assert (
        figures("高新技术企业营业收入（亿元）\n甲科技公司 12.5\n乙材料公司 8.1") == []
    )
    # no unit anywhere: a count of what?
    assert figures("各县高新技术企业\n温县 21\n孟州市 30") == []
    # a unit the indicator is never printed in
    assert figures("各县高新技术企业（人）\n温县 210\n孟州市 300") == []
    # a plan's year
    assert (
        figures("高新技术企业目标（家）\n县区 2025年\n温县 60", date="2023-01-05") == []
    )


def test_a_sentence_may_name_the_number_of_the_indicator_the_last_one_named():
    text = (
        "全市上下全力推进院士工作站建设。截至今年6月，总数达到34个，比去年同期增加5个。"
    )
    assert _cells(text) == [
        ("院士工作站", 34, "个", "total", "焦作", 2023),
        ("院士工作站", 5, "个", "added", "焦作", 2023),
    ]


def test_a_sentence_goes_on_with_the_indicator_whose_figures_the_last_one_read():
    text = "全市省重点实验室达到44个。今年新建3个。"
    assert _cells(text) == [
        ("省重点实验室", 44, "个", "total", "焦作", 2023),
        ("省重点实验室", 3, "个", "added", "焦作", 2023),
    ]
    # a number of something else ends it
    assert _cells("全市科技企业孵化器实现营收12亿元。同比增长9%。") == []


def test_the_next_sentence_goes_on_only_with_a_predicate_in_its_paragraph():
    # a noun of its own opens it
    assert figures("我市重视科技企业孵化器建设。在孵企业达到600家。") == []
    # another paragraph
    assert figures("我市重视科技企业孵化器建设。\n\n目前已有23家。") == []
    # a number of those taking part in something
    assert figures("市里召开省级众创空间评审会。共有12家参加评审。") == []
    # a number after the indicator in its own sentence: the next is not its
    assert figures("高新技术企业实现营业收入860亿元。同比增长18%。") == []


def test_a_falling_cell_is_a_negative_change():
    text = "各县科技贷款\n县\t余额（亿元）\t增长（%）\n温县\t2.4\t-6.5\n博爱县\t1.9\t12"
    assert _cells(text) == [
        ("科技贷款", 2.4, "亿元", "total", "温县", 2023),
        ("科技贷款", -6.5, "%", "change", "温县", 2023),
        ("科技贷款", 1.9, "亿元", "total", "博爱县", 2023),
        ("科技贷款", 12, "%", "change", "博爱县", 2023),
    ]


def test_the_unit_may_stand_on_a_line_of_its_own_under_the_title():
    text = (
        "表3 部分县区省级众创空间\n单位：家\n县区 2021年 2022年\n修武县 2 3\n温县 1 2"
    )
    assert _cells(text) == [
        ("省级众创空间", 2, "家", "total", "修武县", 2021),
        ("省级众创空间", 3, "家", "total", "修武县", 2022),
        ("省级众创空间", 1, "家", "total", "温县", 2021),
        ("省级众创空间", 2, "家", "total", "温县", 2022),
    ]


def test_a_table_in_an_imported_page_gives_each_row_its_place(tmp_path):
    from archive import Archive
    from archive.compare import figures_of_article

    page = tmp_path / "page.txt"
    page.write_text(
        "各县创新平台稳步增加\n\n本报记者 陈立\n\n"
        "本报讯 近年来，我市各县创新平台稳步增加，企业研发能力明显增强。\n"
        "2021年各县省级众创空间\n县\t省级众创空间（家）\n温县\t4\n孟州市\t6\n"
        "记者了解到，今年各县还将继续推进平台建设。\n",
        encoding="utf-8",
    )
    archive = Archive.memory()
    try:
        report = archive.import_files([page])
        (article_id,) = report.files[0].articles
        found = figures_of_article(archive.article(article_id))
    finally:
        archive.close()
    assert [(f.indicator, f.value, f.place, f.year) for f in found] == [
        ("省级众创空间", 4, "温县", 2021),
        ("省级众创空间", 6, "孟州市", 2021),
    ]


def test_a_header_may_leave_the_labels_column_without_a_heading():
    text = "博爱县技术合同登记数（项）\n\t2021年\t2022年\n博爱县\t118\t156"
    assert _cells(text, county="博爱县") == [
        ("技术合同登记数", 118, "项", "total", "博爱县", 2021),
        ("技术合同登记数", 156, "项", "total", "博爱县", 2022),
    ]
    # a title of two words is no header
    assert _cells("表2 各县院士工作站（个）\n温县\t3\t4\n孟州市\t2\t5") == []


def test_a_table_whose_rows_are_years():
    text = "全市高新技术企业数量（家）\n年份\t数量\n2021年\t286\n2022年\t352"
    found = figures(text, date="2023-02-20")
    assert [(f.value, f.year, f.place, f.kind) for f in found] == [
        (286, 2021, "焦作", "total"),
        (352, 2022, "焦作", "total"),
    ]


def test_cells_that_say_their_own_kind_need_no_header():
    text = (
        "2024年各县（市）区高新技术企业数量\n"
        "孟州市　78家　较上年增加12家\n"
        "沁阳市　71家　较上年减少2家　同比下降2.7%"
    )
    assert _cells(text, date="2025-01-10") == [
        ("高新技术企业", 78, "家", "total", "孟州市", 2024),
        ("高新技术企业", 12, "家", "added", "孟州市", 2024),
        ("高新技术企业", 71, "家", "total", "沁阳市", 2024),
        ("高新技术企业", -2, "家", "added", "沁阳市", 2024),
        ("高新技术企业", -2.7, "%", "change", "沁阳市", 2024),
    ]


def test_a_wider_row_of_plain_cells_still_needs_a_header():
    text = "2024年各县（市）区高新技术企业数量（家）\n修武县　52\n博爱县　48　30"
    assert ("高新技术企业", 30, "家", "total", "博爱县", 2024) not in _cells(
        text, date="2025-01-10"
    )


def test_bars_between_cells_and_a_rule_under_the_header():
    text = (
        "| 县区 | 高新技术企业（家） | 科技型中小企业（家） |\n"
        "| --- | --- | --- |\n"
        "| 修武县 | 52 | 186 |\n"
        "| 博爱县 | 48 | 171 |"
    )
    assert _cells(text, date="2025-01-10") == [
        ("高新技术企业", 52, "家", "total", "修武县", 2025),
        ("科技型中小企业", 186, "家", "total", "修武县", 2025),
        ("高新技术企业", 48, "家", "total", "博爱县", 2025),
        ("科技型中小企业", 171, "家", "total", "博爱县", 2025),
    ]
