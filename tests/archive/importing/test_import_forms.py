"""Each form a page can take (issue 3 §1), in fixtures written for this project."""

from __future__ import annotations

import pytest

from archive.importing.dates import DateHint, hint_from_name
from archive.importing.page import read_page
from archive.importing.people import credits


def page(text: str, **kwargs):
    return read_page(text, hint=kwargs.pop("hint", DateHint(2023, 5)), **kwargs)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("本报记者 林晓", [("reporter", "林晓")]),
        ("本报记者 林晓 周川", [("reporter", "林晓"), ("reporter", "周川")]),
        ("记者 白露", [("reporter", "白露")]),
        ("全媒体记者 高原", [("reporter", "高原")]),
        ("特约记者 程远", [("reporter", "程远")]),
        ("实习生 韩梅", [("reporter", "韩梅")]),
        ("□晚报记者 邵阳", [("reporter", "邵阳")]),
        ("作者:秦岭", [("author", "秦岭")]),
        ("作者：秦岭", [("author", "秦岭")]),
        ("（唐宁/文 宋河/图）", [("author", "唐宁"), ("photographer", "宋河")]),
        ("(唐宁/文 宋河/图)", [("author", "唐宁"), ("photographer", "宋河")]),
        ("记者 张 蕊", [("reporter", "张蕊")]),
        (
            "记者林晓，通讯员周川、吴桥",
            [
                ("reporter", "林晓"),
                ("correspondent", "周川"),
                ("correspondent", "吴桥"),
            ],
        ),
    ],
)
def test_byline_forms(byline, expected):
    assert credits(byline) == expected


def test_headline_kicker_subtitle_summary_and_byline_under_the_headline():
    draft = page(
        "市农业农村局\n\n"
        "夏粮收购进度过半 农户售粮顺畅\n\n"
        "——南乡镇收购点见闻\n\n"
        "核心提示：今年夏粮收购启动早、秩序好，多数农户已经售完余粮。\n\n"
        "本报记者 林晓 周川\n\n"
        "连日来，南乡镇各收购点车来车往，一派繁忙景象。\n\n"
        "◆服务前移\n\n"
        "收购点把检验台搬到了路口，农户排队时间明显缩短。\n"
    )
    (article,) = draft.articles
    assert article.kicker == "市农业农村局"
    assert article.title == "夏粮收购进度过半 农户售粮顺畅"
    assert article.subtitle == "——南乡镇收购点见闻"
    assert article.summary == "今年夏粮收购启动早、秩序好，多数农户已经售完余粮。"
    assert article.people == {"reporter": ["林晓", "周川"]}
    assert article.paragraphs == [
        "连日来，南乡镇各收购点车来车往，一派繁忙景象。",
        "◆服务前移",
        "收购点把检验台搬到了路口，农户排队时间明显缩短。",
    ]
    assert draft.leftovers == []


@pytest.mark.parametrize(
    ("opening", "dateline", "date", "people"),
    [
        (
            "本报讯(记者林晓 通讯员周川)6月17日，示范区召开推进会。",
            "6月17日",
            "2023-06-17",
            {"reporter": ["林晓"], "correspondent": ["周川"]},
        ),
        (
            "本报讯（记者 林晓）7月26日上午，示范区召开推进会。",
            "7月26日",
            "2023-07-26",
            {"reporter": ["林晓"]},
        ),
        (
            "本报合肥18日电（记者 白露）长三角科技论坛今天开幕。",
            "本报合肥18日电",
            "2023-05",
            {"reporter": ["白露"]},
        ),
        ("本报讯 示范区近日召开推进会。", "本报讯", "2023-05", {}),
    ],
)
def test_dateline_forms(opening, dateline, date, people):
    draft = page(f"# 示范区召开推进会\n\n{opening}\n\n会议对下一步工作作出安排。\n")
    (article,) = draft.articles
    assert article.dateline == dateline
    assert article.date == date
    assert article.people == people
    assert not article.paragraphs[0].startswith("本报")


def test_a_dateline_paragraph_opens_an_article_whose_headline_stands_apart():
    draft = page(
        "城东新建三座口袋公园\n\n"
        "本报记者 林晓\n\n"
        "老城区供暖管网改造完工\n\n"
        "今年入冬前，老城区供暖管网改造全部完工，惠及居民两万余户。\n\n"
        "本报讯(记者白露)9月3日，城东三座口袋公园同时向市民开放，公园里新栽了银杏。\n\n"
        "附近居民说，公园建成后傍晚散步有了好去处。\n"
    )
    titles = [a.title for a in draft.articles]
    assert titles == ["老城区供暖管网改造完工", "城东新建三座口袋公园"]
    assert draft.articles[0].people == {"reporter": ["林晓"]}
    assert draft.articles[1].people == {"reporter": ["白露"]}
    assert draft.leftovers == []


def test_column_break_and_caption_mid_sentence_are_joined():
    draft = page(
        "# 城西污水处理厂扩建投用\n\n"
        "本报讯(记者林晓)近日，城西污水处理厂扩建工程正式投用，日处理能力提高到十万吨，可以满足城\n\n"
        "9月2日，技术人员在中控室查看运行数据。本报记者 周川 摄\n\n"
        "西片区未来十年的发展需要。厂区还建设了中水回用管线，处理后的水用于绿化浇灌和道路\n\n"
        "清扫。\n"
    )
    (article,) = draft.articles
    assert article.paragraphs == [
        "近日，城西污水处理厂扩建工程正式投用，日处理能力提高到十万吨，可以满足城西片区未来十年的"
        "发展需要。厂区还建设了中水回用管线，处理后的水用于绿化浇灌和道路清扫。"
    ]
    (caption,) = article.captions
    assert caption.photographers == ["周川"]
    assert caption.date == "2023-09-02"


@pytest.mark.parametrize(
    ("line", "label", "text", "photographers"),
    [
        (
            "图① 5月8日，工人在车间调试设备。本报记者 林晓 摄",
            "图①",
            "5月8日，工人在车间调试设备。",
            ["林晓"],
        ),
        ("① 孩子们在图书馆阅读。记者 白露 摄", "①", "孩子们在图书馆阅读。", ["白露"]),
        ("资料图 全媒体记者 高原 摄", None, "资料图", ["高原"]),
        ("志愿者在河边清理垃圾。周川 摄", None, "志愿者在河边清理垃圾。", ["周川"]),
        ("志愿者在河边清理垃圾。周川/图", None, "志愿者在河边清理垃圾。", ["周川"]),
        ("图③ 新建的口袋公园。", "图③", "新建的口袋公园。", []),
    ],
)
def test_caption_forms(line, label, text, photographers):
    draft = page(f"科教文卫\n\n{line}\n")
    (caption,) = draft.captions
    assert (caption.label, caption.text, caption.photographers) == (
        label,
        text,
        photographers,
    )
    assert caption.section == "科教文卫"


def test_credit_split_over_two_lines_and_group_credit_line():
    draft = page(
        "# 修武县乡村运动会开幕\n\n"
        "本报讯(记者林晓)5月6日，修武县首届乡村运动会开幕，十二支代表队参加比赛。\n\n"
        "图① 5月6日，运动员在进行拔河比赛。本报记者\n\n"
        "周川 摄\n\n"
        "图② 5月6日，观众为运动员加油。\n\n"
        "（本栏图片均由修武县文化广电和旅游局提供）\n\n"
        "运动会将持续三天。\n"
    )
    (article,) = draft.articles
    first, second = article.captions
    assert first.photographers == ["周川"]
    assert first.text == "5月6日，运动员在进行拔河比赛。"
    assert second.credit == "（本栏图片均由修武县文化广电和旅游局提供）"
    assert first.county == "修武县"
    assert article.paragraphs[-1] == "运动会将持续三天。"


def test_unrelated_photos_after_an_article_stay_on_their_own():
    draft = page(
        "# 全市财政收入稳步增长\n\n"
        "本报讯(记者林晓)前三季度，全市一般公共预算收入同比增长百分之六。\n\n"
        "9月20日，温县一家服装厂的工人在赶制订单。本报记者 周川 摄\n"
    )
    assert draft.articles[0].captions == []
    (caption,) = draft.captions
    assert caption.county == "温县"


def test_section_names_and_markdown_headings():
    draft = page(
        "# 要闻\n\n"
        "## 黄河滩区迁建项目通过验收\n\n"
        "本报讯(记者林晓)滩区迁建项目日前通过省级验收。\n\n"
        "## 城乡公交一体化全覆盖\n\n"
        "本报讯(记者白露)全市所有行政村已通公交。\n"
    )
    assert [(a.title, a.section) for a in draft.articles] == [
        ("黄河滩区迁建项目通过验收", "要闻"),
        ("城乡公交一体化全覆盖", "要闻"),
    ]


def test_page_furniture_and_editor_codes():
    text = (
        "上一版 下一版\n\n"
        "# 新图书馆开馆\n\n"
        "本报讯(记者林晓)市图书馆新馆今天开馆。\n\n"
        "分享到: 微信 微博\n\n"
        "扫一扫 关注我们\n\n"
        "责任编辑：孔明 校对：庞统\n"
    )
    draft = page(text)
    (article,) = draft.articles
    assert article.paragraphs == ["市图书馆新馆今天开馆。"]
    assert article.people["editor"] == ["孔明"]
    kept = [text[s.start : s.end] for s in draft.furniture]
    assert "扫一扫 关注我们" in kept
    assert "上一版 下一版" in kept


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("发布日期:2024-04-13 浏览数:641", "2024-04-13"),
        ("发布时间：2012 年 5 月 2 日 来源：市政府网站", "2012-05-02"),
        ("发布时间: 2019.11.30 10:20", "2019-11-30"),
    ],
)
def test_web_page_header_dates(meta, date):
    draft = page(
        f"【工作动态】市政府召开常务会议\n\n{meta}\n\n会议研究了冬季供暖工作。\n"
    )
    (article,) = draft.articles
    assert article.title == "市政府召开常务会议"
    assert article.section == "工作动态"
    assert article.date == date


def test_year_from_file_or_folder_names():
    assert hint_from_name("archive/2021/焦作日报-0603.txt") == DateHint(
        2021, None, None
    )
    assert hint_from_name("jiaozuo-2022-06-page.txt") == DateHint(2022, 6, None)
    assert hint_from_name("kaifeng-2024-04-13-web.txt") == DateHint(2024, 4, 13)
    draft = page(
        "# 年末考核\n\n本报讯 12月30日，考核工作结束。\n", hint=DateHint(2022, 1)
    )
    assert draft.articles[0].date == "2021-12-30"  # read in January: last December


def test_city_from_the_places_a_page_names():
    draft = page(
        "# 武陟县新建桥梁通车\n\n本报讯 武陟县和温县之间的新桥今天通车，我市南北交通更加便利。\n"
    )
    assert draft.city == "焦作"
    assert draft.articles[0].county == "武陟县"


def test_text_that_fits_nowhere_is_kept_as_a_leftover():
    text = "一段没有标题也没有署名的文字，放在版面的最前面。\n\n# 标题在这里\n\n本报讯 正文。\n"
    draft = page(text)
    assert [text[s.start : s.end] for s in draft.leftovers] == [
        "一段没有标题也没有署名的文字，放在版面的最前面。"
    ]
