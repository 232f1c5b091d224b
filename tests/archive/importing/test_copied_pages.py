"""Pages copied out of a PDF or OCR'd from old type, reposts with readers'
replies and galleries (held-out sets 11-13 of issue 13), each in a fixture
written for the project in its own words."""

from __future__ import annotations

from pathlib import Path

from archive import Archive
from archive.importing.dates import DateHint
from archive.importing.importer import import_paths
from archive.importing.page import read_page


def page(text: str):
    return read_page(text, hint=DateHint(2023, 5))


def test_a_pdf_pages_lines_are_joined_into_its_paragraphs():
    draft = page(
        "2023年5月9日　星期二　　江城日报　　第4版\n"
        "城南老街三十多家老字号\n重新开张\n"
        "本报记者 许文\n"
        "　　本报讯　上周末，城南老街改造完成后\n"
        "重新开张，沿街三十多家老字号陆续\n"
        "恢复营业，吸引了不少市民前来逛街。\n"
        "　　老街保留了原有的青石板路，沿街\n"
        "的店铺也按照老照片修旧如旧。\n"
        "　　街道负责人说，下一步还将引进一批\n"
        "非遗工坊。\n"
        "4\n"
    )
    (article,) = draft.articles
    assert article.title == "城南老街三十多家老字号重新开张"
    assert article.kicker is None
    assert article.paragraphs == [
        "上周末，城南老街改造完成后重新开张，沿街三十多家老字号陆续"
        "恢复营业，吸引了不少市民前来逛街。",
        "老街保留了原有的青石板路，沿街的店铺也按照老照片修旧如旧。",
        "街道负责人说，下一步还将引进一批非遗工坊。",
    ]
    assert article.people == {"reporter": ["许文"]}


def test_an_unindented_pdf_text_breaks_paragraphs_where_a_sentence_ends():
    draft = page(
        "河口湿地迎来候鸟\n"
        "本报记者 许文\n"
        "入冬以来，河口湿地陆续飞来上万只\n"
        "候鸟，其中不少是国家重点保护鸟类。\n"
        "保护站的工作人员每天巡护两次，\n"
        "记录鸟的种类和数量。\n"
    )
    (article,) = draft.articles
    assert article.paragraphs == [
        "入冬以来，河口湿地陆续飞来上万只候鸟，其中不少是国家重点保护鸟类。",
        "保护站的工作人员每天巡护两次，记录鸟的种类和数量。",
    ]


def test_a_page_of_one_paragraph_a_line_and_a_poem_are_not_joined():
    draft = page(
        "江边\n陈小北\n看江水慢慢流，\n看船只远远去，\n看落日沉下去，\n风吹过芦苇\n"
    )
    (article,) = draft.articles
    assert len(article.paragraphs) == 4
    prose = page(
        "城区新增两座公园\n本报记者 许文\n"
        "　　本报讯　城区今年新建的两座口袋公园日前开放，\n"
        "　　公园里种了桂花和香樟。\n"
    )
    assert len(prose.articles[0].paragraphs) == 2


def test_a_page_in_traditional_characters_is_read_and_kept_as_printed():
    draft = page(
        "江城日報　一九五六年四月二日　第三版\n"
        "郊區農業社開始春播\n"
        "本報通訊員　孫立國\n"
        "　　本報訊　江城郊區各農業社這幾天開始春播﹐社員們都下了地﹒\n"
        "　　據區委統計﹐全區已經播種早稻兩萬多畝﹒\n"
    )
    (article,) = draft.articles
    assert article.title == "郊區農業社開始春播"
    assert article.dateline == "本報訊"
    assert article.people == {"correspondent": ["孫立國"]}
    assert article.paragraphs == [
        "江城郊區各農業社這幾天開始春播﹐社員們都下了地﹒",
        "據區委統計﹐全區已經播種早稻兩萬多畝﹒",
    ]
    assert article.date == "1956-04-02"
    assert draft.publication == "江城日報"


def test_a_simplified_page_quoting_a_traditional_name_is_read_as_it_is():
    draft = page(
        "两岸书展开幕\n本报记者 许文\n　　本报讯　“臺灣”展区展出图书三千多种。\n"
    )
    (article,) = draft.articles
    assert article.paragraphs == ["“臺灣”展区展出图书三千多种。"]


def test_a_forum_threads_replies_are_not_the_reposted_story():
    draft = page(
        "江城论坛 » 本地新闻 » 查看帖子\n"
        "[转帖] 城西新建一座体育公园\n"
        "楼主　跑步的老王　发表于 2023-5-9 08:12　只看该作者\n"
        "转自：江城晚报\n"
        "　　城西体育公园昨日开放，园内有足球场、篮球场和一条两公里的跑道。\n"
        "（记者 许文）\n"
        "回复　引用　举报\n"
        "沙发　小区业主　发表于 2023-5-9 09:30\n"
        "离我家很近，以后天天去跑步。\n"
    )
    (article,) = draft.articles
    assert article.title == "城西新建一座体育公园"
    assert article.section is None
    assert article.paragraphs == [
        "城西体育公园昨日开放，园内有足球场、篮球场和一条两公里的跑道。"
    ]
    assert article.people == {"reporter": ["许文"]}
    assert draft.date == "2023-05-09"


def test_a_blogs_name_and_its_counters_are_not_the_post():
    draft = page(
        "江边老许的博客\n"
        "城南老街的早点铺\n"
        "原标题：老街早点铺三十年\n"
        "作者：许文\n"
        "发表于 2023-05-09 07:30\n"
        "　　天刚亮，老街的早点铺就排起了队。\n"
        "阅读(88)　评论(1)　转载(2)\n"
        "评论(1)\n"
        "路人甲：小时候常去吃。\n"
    )
    (article,) = draft.articles
    assert article.title == "城南老街的早点铺"
    assert article.kicker is None
    assert article.paragraphs == ["天刚亮，老街的早点铺就排起了队。"]
    assert article.people == {"author": ["许文"]}


def test_a_gallerys_numbered_photos_share_the_credit_under_them(tmp_path: Path):
    path = tmp_path / "gallery_2023-05-09_photos.txt"
    path.write_text(
        "组图：江城樱花节开幕\n"
        "来源：江城日报　2023-05-09 08:45\n"
        "共2张\n"
        "　　5月8日，江城樱花节在滨江公园开幕，吸引了众多市民前来赏花。\n"
        "（1/2）市民在樱花树下拍照。\n"
        "（2/2）一名小朋友在草地上奔跑。\n"
        "（江城日报记者 许文 摄）\n"
        "查看原图　上一张　下一张\n",
        encoding="utf-8",
    )
    archive = Archive.memory(editor="test")
    try:
        (report,) = import_paths(archive, [path]).files
        (article_id,) = report.articles
        article = archive.article(article_id)
        assert article.title == "江城樱花节开幕"
        assert article.section is None
        captions = [archive.caption(i) for i in report.captions]
        assert [c.text for c in captions] == [
            "市民在樱花树下拍照。",
            "一名小朋友在草地上奔跑。",
        ]
        assert [list(c.photographers) for c in captions] == [["许文"], ["许文"]]
        assert "共2张" not in article.body
        assert "上一张" not in article.body
    finally:
        archive.close()


def test_a_media_centres_byline_and_an_offices_credit():
    draft = page(
        "江城县人民政府新闻办公室\n"
        "江城县召开一季度经济形势分析会\n"
        "江城县融媒体中心记者 许文 通讯员 邓一\n"
        "　　5月8日，江城县召开一季度经济形势分析会，分析当前经济运行情况。\n"
        "（县政府新闻办供稿）\n"
    )
    (article,) = draft.articles
    assert article.title == "江城县召开一季度经济形势分析会"
    assert article.kicker is None
    assert article.people == {"reporter": ["许文"], "correspondent": ["邓一"]}
    assert article.paragraphs == [
        "5月8日，江城县召开一季度经济形势分析会，分析当前经济运行情况。"
    ]
