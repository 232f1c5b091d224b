"""The reader's layout of an article, as an editor reads it on paper."""

from __future__ import annotations

from archive import Article, Caption, Note
from gui.browse.reader import ReaderView, article_html
from gui.fonts import chinese_families


def make_article(**overrides) -> Article:
    fields = {
        "id": 1,
        "uuid": "u",
        "title": "创新驱动赋能发展 争先进位勇当排头",
        "kicker": "市科技局",
        "subtitle": "——来自县里的报道",
        "summary": "今年以来，全市聚焦创新。",
        "dateline": "本报讯",
        "body": "6月17日，调研组走进企业。\n\n◆坚持项目为王\n\n项目进展顺利。",
        "date": "2022-06-17",
        "city": "焦作",
        "county": "温县",
        "publication": "焦作日报",
        "publication_kind": "newspaper",
        "section": "科技视界",
        "page": "A03",
        "word_count": 40,
        "views": None,
        "created_at": "2026-01-01T00:00:00+00:00",
        "created_by": "demo",
        "updated_at": "2026-01-01T00:00:00+00:00",
        "updated_by": "demo",
        "reporters": ("徐华",),
        "correspondents": ("党鹏", "李明"),
        "captions": (
            Caption(
                1,
                "c",
                1,
                "图①",
                "工人在组装设备。",
                "2022-06-26",
                "焦作",
                "温县",
                "（本栏图片均由市科技局提供）",
                None,
                photographers=("宋飞",),
            ),
        ),
        "tags": ("科技创新",),
        "notes": (Note(1, "**核对**数字", "2026-01-02T00:00:00+00:00", "王编辑", ""),),
    }
    fields.update(overrides)
    return Article(**fields)


def test_parts_appear_in_newspaper_order(qtbot):
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_article(make_article())
    text = reader.toPlainText()
    order = [
        "焦作日报 · 2022-06-17 · Page A03 · 科技视界",
        "市科技局",
        "创新驱动赋能发展",
        "——来自县里的报道",
        "Summary",
        "今年以来",
        "Reporter",
        "徐华",
        "Correspondent",
        "党鹏",
        "本报讯 6月17日",
        "坚持项目为王",
        "项目进展顺利",
        "图① 工人在组装设备。",
        "宋飞 摄",
        "（本栏图片均由市科技局提供）",
        "科技创新",
    ]
    assert "核对数字" not in text  # notes are in the panel beside the reader
    printed = article_html(make_article())  # a page printed whole has them
    assert "<strong>核对</strong>数字" in printed
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [
        p for p, i in zip(order, positions, strict=True) if i < 0
    ]
    assert positions == sorted(positions)


def test_dateline_is_bold_subheads_bold_body_indented():
    html = article_html(make_article(), indent=30)
    assert "<b>本报讯</b>&nbsp;6月17日" in html
    printed = article_html(make_article(dateline="6月17日"))
    assert "<b>6月17日</b>，调研组" in printed  # a dateline the body starts with
    assert "font-weight:bold; margin-top:14px'>◆坚持项目为王" in html
    assert "text-indent:30px" in html


def test_headline_halves_keep_a_wide_gap():
    assert "创新驱动赋能发展&nbsp;&nbsp;&nbsp;争先进位勇当排头" in article_html(
        make_article()
    )


def test_names_are_links_and_text_is_escaped():
    html = article_html(make_article(body="<script>x</script> & 更多", dateline=None))
    assert "person:徐华" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_note_markdown_is_rendered_and_sanitised():
    note = Note(1, "**要点** <img src=x onerror=alert(1)>", "2026-01-02", "王", "")
    html = article_html(make_article(notes=(note,)))
    assert "<strong>要点</strong>" in html
    assert "onerror" not in html


def test_query_terms_are_highlighted_everywhere():
    html = article_html(make_article(), query="项目")
    assert html.count("background-color:#ffe58f") == 2


def test_fonts_cover_chinese():
    assert chinese_families(), "no CJK font: Chinese would show as boxes (see README)"


def test_the_reader_loads_no_picture_from_outside_and_asks_before_a_link(
    qtbot, tmp_path
):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

    from gui.safe_browser import SafeBrowser

    media = tmp_path / "a-media"
    media.mkdir()
    inside = media / "p.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.save(str(inside))
    outside = tmp_path / "secret.png"
    image.save(str(outside))
    view = SafeBrowser()
    qtbot.addWidget(view)
    view.media = media
    loaded = view.loadResource(2, QUrl.fromLocalFile(str(inside)))
    assert loaded.size().width() == 4  # the picture itself
    for url in (
        QUrl.fromLocalFile(str(outside)),
        QUrl("http://example.com/x.png"),
        QUrl("blocked:outside"),
    ):
        shown = view.loadResource(2, url)
        assert shown.width() > 100  # a placeholder saying why, not the picture
    assert view.loadResource(1, QUrl("http://example.com/style.css")) is None
    asked = []
    view.confirm_link = lambda url: asked.append(url.toString()) or False
    view.anchorClicked.emit(QUrl("https://example.com/a"))
    assert asked == ["https://example.com/a"]
