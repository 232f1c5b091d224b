"""Forms of pages the importer had not read before the held-out sets (issue 13),
each in a fixture written for the project in its own words."""

from __future__ import annotations

from archive.importing.dates import DateHint
from archive.importing.fields import paragraphs
from archive.importing.heads import first_sentence
from archive.importing.page import read_page
from archive.importing.reading import page_from_records


def page(text: str):
    return read_page(text, hint=DateHint(2023, 5))


def test_a_marked_headline_list_leaves_the_title_its_kicker_and_no_mark():
    draft = page(
        "江城日报\n2023年5月9日 星期二 第02版 | 城区新闻\n"
        "■ 河堤步道全线贯通\n■ 老厂房办起了书店\n"
        "滨江新区\n河堤步道全线贯通\n本报记者 许文 通讯员 邓一\n"
        "　　本报讯 5月8日，滨江新区河堤步道最后一段完工，十二公里步道全线贯通。\n"
        "　　步道沿线还建了三座驿站，供市民歇脚、喝水。\n"
    )
    (article,) = draft.articles
    assert article.title == "河堤步道全线贯通"
    assert article.kicker == "滨江新区"
    assert article.section == "城区新闻"
    assert "老厂房" not in article.body
    assert "■" not in article.body
    assert article.people == {"reporter": ["许文"], "correspondent": ["邓一"]}


def test_a_dateline_with_its_date_in_figures_is_not_the_text():
    draft = page("乡镇稻田开镰\n　　本报9月3日讯　连日来，各乡镇的早稻陆续开镰收割。\n")
    (article,) = draft.articles
    assert article.paragraphs == ["连日来，各乡镇的早稻陆续开镰收割。"]
    assert article.dateline == "本报9月3日讯"
    assert article.date == "2023-09-03"  # the dateline's day, in the file's year


def test_an_untitled_reply_signed_in_chinese_numerals():
    draft = page(
        "江城市水务局\n赵明代表：\n"
        "　　您提出的关于在城东增设供水加压站的建议收悉。现答复如下：\n"
        "　　加压站已完成选址，计划明年汛期前建成。\n"
        "江城市水务局\n二〇二三年四月十二日\n（联系人：孙立，电话：0000-1234567）\n"
    )
    (article,) = draft.articles
    assert article.title == "关于在城东增设供水加压站的建议的答复"
    assert article.kicker is None
    assert article.date == "2023-04-12"
    assert article.paragraphs == [
        "现答复如下：",
        "加压站已完成选址，计划明年汛期前建成。",
    ]


def test_escaped_line_breaks_in_an_exported_body_are_paragraphs():
    assert paragraphs("第一段。\\n\\u3000\\u3000第二段。\\r\\n第三段。") == [
        "第一段。",
        "第二段。",
        "第三段。",
    ]
    assert paragraphs("文件在 C:\\temp 里。") == ["文件在 C:\\temp 里。"]
    draft = page_from_records(
        "", [{"title": "标题", "body": "甲。\\n乙。"}], DateHint()
    )
    assert draft.articles[0].paragraphs == ["甲。", "乙。"]


def test_a_text_opening_with_a_stray_stop_is_titled_by_its_first_words():
    assert (
        first_sentence("。厂区的绿化带改成了菜园。工人们很高兴。")
        == "厂区的绿化带改成了菜园"
    )
    assert first_sentence("。。") == "。。"


def test_a_photographers_credit_under_dated_captions_credits_each_photo():
    draft = page(
        "山城秋色\n　　10月2日，游客在山顶观看云海。\n"
        "　　10月3日，山脚的古镇游人如织。\n摄影：方宁 朱可\n"
    )
    assert draft.articles == []
    assert [c.photographers for c in draft.captions] == [["方宁", "朱可"]] * 2
    assert [c.text for c in draft.captions] == [
        "游客在山顶观看云海。",
        "山脚的古镇游人如织。",
    ]


def test_one_short_photo_line_closing_a_text_and_photo_article_is_its_caption():
    draft = page(
        "老码头变身夜市\n本报记者 蓝晓 文/图\n"
        "　　老码头的仓库改成夜市以后，每到晚上，江边就热闹起来，来吃宵夜的人络绎不绝。\n"
        "　　摊主们说，生意比在老街时好了一倍，周末还要多备一倍的货。\n"
        "　　市民在夜市选购小吃。\n"
    )
    (article,) = draft.articles
    assert [c.text for c in article.captions] == ["市民在夜市选购小吃。"]
    assert article.captions[0].photographers == ["蓝晓"]
    assert article.paragraphs[-1].endswith("多备一倍的货。")


def test_a_short_closing_sentence_with_clauses_stays_the_text():
    draft = page(
        "老码头变身夜市\n本报记者 蓝晓 文/图\n"
        "　　老码头的仓库改成夜市以后，每到晚上，江边就热闹起来，来吃宵夜的人络绎不绝。\n"
        "　　目前，夜市运行平稳。\n"
    )
    (article,) = draft.articles
    assert article.captions == []
    assert article.paragraphs[-1] == "目前，夜市运行平稳。"


def test_an_interviews_questions_are_its_text_not_heads():
    draft = page(
        "把好山货卖出大山\n——访县商务局局长钱文\n本报记者 韩雨\n"
        "　　记者：今年的山货为什么好卖了？\n"
        "　　钱文：村里都通了快递，山货当天就能发出去。\n"
    )
    (article,) = draft.articles
    assert article.title == "把好山货卖出大山"
    assert article.subtitle == "——访县商务局局长钱文"
    assert article.paragraphs[0] == "记者：今年的山货为什么好卖了？"


def test_a_role_first_credit_after_a_caption_and_the_reporters_notes():
    draft = page("江边晨练\n5月2日，市民在江边打太极。图/吴川\n")
    assert [(c.text, c.photographers) for c in draft.captions] == [
        ("市民在江边打太极。", ["吴川"])
    ]
    draft = page(
        "小巷里的书店\n本报记者 易凡\n"
        "　　书店开在一条小巷里，店主每天早上八点开门，晚上十点才关门。\n"
        "记者手记\n　　小店不大，却让很多人愿意停下脚步。\n"
    )
    (article,) = draft.articles
    assert article.people == {"reporter": ["易凡"]}
    assert "记者手记" in article.paragraphs


def test_a_photo_line_after_a_pointing_mark_is_a_caption_without_it():
    draft = page(
        "开海第一网\n　　本报讯（记者 丁一）渔船陆续出海，捕回了开海后的第一网鲜鱼。\n"
        "▲渔民在码头上分拣鲜鱼。 丁一 摄\n"
    )
    (article,) = draft.articles
    assert [(c.text, c.photographers) for c in article.captions] == [
        ("渔民在码头上分拣鲜鱼。", ["丁一"])
    ]


def test_an_html_pages_date_is_not_a_guess_of_the_first_of_january(tmp_path):
    from archive.importing.reading import read_text

    html = (
        "<html><head><title>老店迎来新传人-某某日报</title></head><body>"
        "<div>某某日报 2022年09月14日 第03版</div><div id='a'><h1>老店迎来新传人</h1>"
        "<p>本报记者 孙雨</p><p>在老城区的一家老店里，年轻人正跟着师傅学习手艺，"
        "这家店已经开了八十多年。</p><p>师傅说，手艺要一代一代传下去。</p></div>"
        "</body></html>"
    )
    path = tmp_path / "page_2022-09-14.html"
    _, draft = read_text("html", html, path, None)
    assert draft.articles[0].date == "2022-09-14"


def test_a_kicker_that_reads_like_a_name_and_an_end_mark():
    draft = page(
        "古运河畔\n湿地公园迎来赏花季\n本报记者 孙雯\n"
        "　　本报讯 公园里的樱花开了，周末赏花的游客很多。（完）\n"
    )
    (article,) = draft.articles
    assert (article.kicker, article.title) == ("古运河畔", "湿地公园迎来赏花季")
    assert article.people == {"reporter": ["孙雯"]}
    assert article.paragraphs == ["公园里的樱花开了，周末赏花的游客很多。"]


def test_a_keyed_title_has_no_kicker_and_a_bracketed_page_name_is_the_section():
    draft = page(
        "某市政协提案答复\n标题：关于加快绿道建设的提案的答复\n答复单位：某市林业局\n"
        "张敏委员：\n　　您提出的关于加快绿道建设的提案收悉，现答复如下：\n"
        "　　今年计划新建绿道六十公里。\n"
    )
    (article,) = draft.articles
    assert (article.kicker, article.title) == (None, "关于加快绿道建设的提案的答复")
    draft = page(
        "第1版(要闻)\n\n大桥开工\n本报讯 大桥今天开工，建成后将缓解过江交通。\n"
    )
    assert draft.articles[0].section == "要闻"


def test_a_content_tag_before_a_title_is_not_its_section():
    draft = page(
        "某某日报 2023年03月15日 第02版：综合\n[图文]古镇推出夜游新线路\n本报记者 沈一\n"
        "　　本报讯 古镇推出夜游新线路，游客可以乘船夜游，看两岸灯光。\n"
    )
    (article,) = draft.articles
    assert (article.title, article.section) == ("古镇推出夜游新线路", "综合")


def test_a_question_over_its_subtitle_is_the_title_and_a_bracketed_label_the_section():
    draft = page(
        "江城晚报 2023年5月9日 A05 政务\n【政策解读】\n"
        "加装电梯，今年补贴怎么领？\n——市住建局有关负责人答记者问\n"
        "江城晚报记者 许文\n"
        "　　日前，江城出台了加装电梯补贴办法。\n"
        "　　问：补贴多少？\n　　答：每部电梯补贴二十万元。\n"
    )
    (article,) = draft.articles
    assert article.title == "加装电梯，今年补贴怎么领？"
    assert article.subtitle == "——市住建局有关负责人答记者问"
    assert article.kicker is None
    assert article.section == "政策解读"
    assert article.paragraphs[0] == "日前，江城出台了加装电梯补贴办法。"
    assert "问：补贴多少？" in article.paragraphs


def test_a_question_in_the_text_stays_text():
    draft = page(
        "电梯补贴办法出台\n本报记者 许文\n"
        "　　日前，江城出台了加装电梯补贴办法。\n"
        "　　补贴怎么领？\n本报记者 许文 通讯员 邓一\n"
    )
    (article,) = draft.articles
    assert article.title == "电梯补贴办法出台"
    assert "补贴怎么领？" in article.paragraphs


def test_a_page_label_after_a_bar_behind_the_date_names_the_section():
    draft = page(
        "江城日报\n2023年01月10日 星期二 | 第03版：都市新闻\n"
        "冰灯游园会开幕\n本报记者 许文\n"
        "　　本报讯 1月8日，冰灯游园会开幕。\n"
    )
    (article,) = draft.articles
    assert article.section == "都市新闻"
    assert article.date == "2023-01-10"


def test_a_broadcast_scripts_cues_are_dropped_and_its_lead_is_the_summary():
    text = (
        "江城新闻网 > 电视新闻\n滨江大桥通车五周年\n"
        "【导语】今天是滨江大桥通车五周年的日子。\n【正文】\n"
        "　　【口播】早上七点，大桥上车流不断。\n"
        "　　【同期声】市民 王先生：现在二十分钟就到了。\n"
        "视频加载中，请稍候...\n"
        "　　大桥今年还将升级照明。\n"
    )
    draft = page(text)
    (article,) = draft.articles
    assert article.title == "滨江大桥通车五周年"
    assert article.summary == "今天是滨江大桥通车五周年的日子。"
    assert article.paragraphs == [
        "早上七点，大桥上车流不断。",
        "市民 王先生：现在二十分钟就到了。",
        "大桥今年还将升级照明。",
    ]
    assert "【" not in article.body
    assert "视频加载中" not in article.body
    starts = [text[s.start : s.start + 4] for s in article.spans]
    assert "早上七点" in starts  # the paragraph's offsets begin after the cue
    assert "【口播】" not in starts
    assert "【同期声" not in starts


def test_only_the_dictionarys_cues_open_a_script_line():
    from archive.importing.furniture import is_furniture, script_cue

    assert script_cue("【口播】8月14日，公园开园。") == 4
    assert script_cue("【同期声】 市民：好。") == 6
    assert script_cue("【现场报道】大桥上车流不断。") == 0
    assert script_cue("大桥【口播】") == 0
    assert is_furniture("【正文】")
