"""Forms of web and e-paper pages (issue 13), in fixtures written for the project."""

from __future__ import annotations

from archive.importing.dates import DateHint
from archive.importing.page import read_page


def page(text: str, **kwargs):
    return read_page(text, hint=kwargs.pop("hint", DateHint(2023, 5)), **kwargs)


def texts(draft) -> str:
    parts = [p for a in draft.articles for p in (a.title, a.kicker or "", a.body)]
    return " ".join(parts + [c.text for c in draft.captions])


def test_breadcrumb_link_bar_and_metadata_are_not_the_title():
    draft = page(
        "您现在所在的位置：首页 >> 工作动态\n\n"
        "| 首页 | 新闻 | 政务 | 服务 |\n\n"
        "城区新增三处停车场\n\n"
        "发布时间：2023-05-06 丨 浏览量：\n\n"
        "近日，城区新建的三处公共停车场投入使用，共提供车位六百个。\n\n"
        "相关阅读\n"
    )
    (article,) = draft.articles
    assert article.title == "城区新增三处停车场"
    assert article.date == "2023-05-06"
    assert article.paragraphs == [
        "近日，城区新建的三处公共停车场投入使用，共提供车位六百个。"
    ]


def test_a_title_printed_twice_and_a_headline_list_around_it():
    draft = page(
        "第B03版：城市周刊\n\n老街新貌\n\n夜市开张\n\n上一篇 下一篇\n\n"
        "老街新貌\n\n"
        "文：黎晓\n\n"
        "修缮一新的老街昨天重新开放，青石板路两旁的店铺陆续开张。\n"
    )
    (article,) = draft.articles
    assert (article.title, article.section) == ("老街新貌", "城市周刊")
    assert article.people == {"author": ["黎晓"]}
    assert "夜市开张" not in texts(draft)
    assert draft.leftovers == []


def test_a_bare_name_under_the_title_is_its_author():
    draft = page("雨夜\n\n钱素云\n\n那天的雨下得很大，我在车站等了很久。\n")
    assert draft.articles[0].people == {"author": ["钱素云"]}


def test_a_closing_byline_in_brackets_ends_the_story_and_a_poem_follows():
    draft = page(
        "# 读者说\n\n"
        "这份报纸陪我走过了二十年。(记者 郭安/文 柳青/图)\n\n"
        "河\n\n孔令仪\n\n河水向东\n\n不问归期\n\n岸上的人\n\n一年年老去\n"
    )
    first, poem = draft.articles
    assert first.people == {"reporter": ["郭安"], "photographer": ["柳青"]}
    assert first.paragraphs == ["这份报纸陪我走过了二十年。"]
    assert (poem.title, poem.people) == ("河", {"author": ["孔令仪"]})
    assert poem.paragraphs == ["河水向东", "不问归期", "岸上的人", "一年年老去"]


def test_a_reply_without_headline_takes_its_title_from_the_subject_line():
    draft = page(
        "李华代表：\n\n"
        "您提出的关于“增设学校门口交通信号灯”的建议收悉。现答复如下：\n\n"
        "我局已在三所学校门口增设信号灯，并安排交警在上下学时段值守。\n\n"
        "2023年5月10日\n\n"
        "联系人：孙悦\n"
    )
    (article,) = draft.articles
    assert article.title == "关于增设学校门口交通信号灯的建议的答复"
    assert article.paragraphs == [
        "现答复如下：",
        "我局已在三所学校门口增设信号灯，并安排交警在上下学时段值守。",
    ]
    assert "李华代表" not in texts(draft)
    assert "孙悦" not in texts(draft)


def test_page_labels_separate_stories_and_three_heads_are_kicker_title_subtitle():
    draft = page(
        "第4版()\n专栏:\n\n"
        "旧城改造 安居乐业\n新城区首批回迁房交付\n八百户居民喜领新房钥匙\n"
        "本报讯 据晚报消息：新城区首批回迁房昨日交付，八百户居民领到了新房钥匙。\n\n"
        "第4版()\n专栏:\n\n"
        "河滩种出了西瓜\n本报讯 往年闲置的河滩今年种上了西瓜，亩产三千斤。\n"
    )
    first, second = draft.articles
    assert (first.kicker, first.title, first.subtitle) == (
        "旧城改造 安居乐业",
        "新城区首批回迁房交付",
        "八百户居民喜领新房钥匙",
    )
    assert first.dateline == "本报讯 据晚报消息"
    assert first.paragraphs[0].startswith("新城区首批回迁房昨日交付")
    assert second.title == "河滩种出了西瓜"
    assert "第4版" not in texts(draft)


def test_editor_block_disclaimer_and_a_second_copy_of_the_body_are_furniture():
    body = [
        "社区食堂开业一个月，每天为两百多位老人提供午餐。",
        "食堂还为行动不便的老人送餐上门。",
    ]
    draft = page(
        "# 社区食堂受欢迎\n\n"
        + "\n\n".join(body * 2)
        + "\n\n总值班 马林 统筹 白雪 责编 方舟\n\n免责声明：本网转载文章仅供参考。\n"
    )
    (article,) = draft.articles
    assert article.paragraphs == body


def test_captions_with_the_credit_inside_or_before_a_group_credit():
    draft = page(
        "# 摄影展开幕\n\n"
        "本报讯 第五届城市摄影展昨日开幕，展出作品两百幅。\n\n"
        "《晨光》 邓一帆/图，获本届金奖。\n\n"
        "展厅一角。\n观众在作品前驻足。\n"
        "（本栏图片均由市摄影家协会提供）\n\n"
        "展览将持续到月底。\n"
    )
    captions = [c for a in draft.articles for c in a.captions] + draft.captions
    assert [(c.text, c.photographers) for c in captions] == [
        ("《晨光》，获本届金奖。", ["邓一帆"]),
        ("展厅一角。", []),
        ("观众在作品前驻足。", []),
    ]
    assert draft.articles[0].paragraphs[-1] == "展览将持续到月底。"


def test_a_paper_outside_henan_gets_its_city():
    draft = page("# 柳叶湖畔樱花开\n\n本报讯 常德市柳叶湖畔的樱花进入盛花期。\n")
    assert draft.city == "常德"


def test_lines_the_folders_pages_share_are_furniture():
    known = {"本站由某某科技提供技术支持", "欢迎访问城市在线"}
    draft = page(
        "欢迎访问城市在线\n\n公园湖面结冰\n\n连日低温，公园湖面结了一层薄冰。\n\n本站由某某科技提供技术支持\n",
        known=known,
    )
    (article,) = draft.articles
    assert article.title == "公园湖面结冰"
    assert draft.leftovers == []


def test_a_page_of_one_photo_opens_its_caption_with_a_dateline():
    nav = "第03版：城乡\n\n3上一版  下一版4\n\n"
    caption = "5月2日，江堤上的志愿者在清理漂浮物。今年汛前已清出杂物四十吨。马 骁 摄\n"
    (alone,) = page(nav + caption).captions
    assert alone.text == "江堤上的志愿者在清理漂浮物。今年汛前已清出杂物四十吨。"
    assert (alone.date, alone.photographers) == ("2023-05-02", ["马骁"])
    # Printed beside an article, the photo keeps the date the page prints.
    beside = page(
        nav + "# 江堤清淤完工\n\n本报讯 城区江堤清淤工程日前完工。\n\n" + caption
    )
    shown = [c for a in beside.articles for c in a.captions] + beside.captions
    assert [c.text[:5] for c in shown] == ["5月2日，"]
    # A time of day after the date stays in the text: it says when, not what.
    (morning,) = page(caption.replace("5月2日，", "5月2日上午，")).captions
    assert morning.text.startswith("5月2日上午，江堤上")


def test_two_features_on_a_special_page_each_with_its_head_and_subheads():
    draft = page(
        "第07版：乡村周刊\n\n"
        "秋收一线\n\n稻谷进仓农机忙\n\n本报记者 林舟\n\n"
        "核心提示：今年的晚稻比往年早熟一周，合作社的收割机一天要跑三个村。\n\n"
        "◆机器下田\n\n天刚亮，收割机就开进了田里。\n\n"
        "◆粮食进仓\n\n烘干塔前，运粮的车排成了长队。\n\n"
        "乡村课堂\n\n田埂上开了“农技夜校”\n\n本报记者 许朵\n\n"
        "核心提示：白天干活，晚上听课，农技员把课堂搬到了村部。\n\n"
        "◆一周三堂课\n\n夜校每周一、三、五开课，讲的都是种田用得上的本事。\n"
    )
    first, second = draft.articles
    assert (first.kicker, first.title) == ("秋收一线", "稻谷进仓农机忙")
    assert first.people == {"reporter": ["林舟"]}
    assert first.paragraphs[0] == "◆机器下田"
    assert first.paragraphs[-1] == "烘干塔前，运粮的车排成了长队。"
    assert (second.kicker, second.title) == ("乡村课堂", "田埂上开了“农技夜校”")
    assert second.people == {"reporter": ["许朵"]}
    assert second.summary.startswith("白天干活")
    assert second.paragraphs[0] == "◆一周三堂课"


def test_a_digest_of_short_items_under_its_column_name():
    draft = page(
        "第04版：综合新闻\n\n"
        "城乡简讯\n\n"
        "本报讯 市图书馆昨起延长开放时间，每晚闭馆推迟到九点。(记者 郑岚)\n\n"
        "本报讯 西湖公园的荷花进入盛花期，游客可从南门进园赏荷。(通讯员 阮平)\n"
    )
    first, second = draft.articles
    assert [a.section for a in draft.articles] == ["城乡简讯", "城乡简讯"]
    assert first.paragraphs == ["市图书馆昨起延长开放时间，每晚闭馆推迟到九点。"]
    assert first.people == {"reporter": ["郑岚"]}
    assert second.people == {"correspondent": ["阮平"]}
    assert "城乡简讯" not in (first.title, second.title)


def test_a_summary_no_article_takes_is_kept_for_review():
    text = "核心提示：这段提示之后，版面就换了。\n\n第2版：要闻\n"
    draft = page(text)
    assert draft.articles == []
    kept = [text[s.start : s.end] for s in draft.leftovers]
    assert kept == ["核心提示：这段提示之后，版面就换了。"]
