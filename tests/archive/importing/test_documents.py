"""Word documents (.docx) and pages saved as one file (.mhtml) are read as
pages (issue 13); a damaged one is refused with a reason, nothing written."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from archive import Archive
from archive.importing.importer import import_paths

TITLE = "洞庭湖迎来首批越冬候鸟"
FIRST = "11月2日，在东洞庭湖采桑湖湿地，数百只小天鹅在浅滩上觅食嬉戏。"
SECOND = "保护区已增派巡护力量，对重点区域实行二十四小时监测。"


def word_file(header: str = "岳阳日报社 稿件") -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("岳阳日报全媒体记者 周雪")
    document.add_paragraph("　　" + FIRST)
    document.add_paragraph("　　" + SECOND)
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate(
        [("姓名", "单位"), ("向国华", "夷陵区"), ("谭春梅", "秭归县")]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def imported(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    archive = Archive.open(tmp_path / f"{name}.sqlite", create=True)
    (report,) = import_paths(archive, [path]).files
    return archive, report


def sources(archive: Archive) -> int:
    return archive.db.execute("SELECT count(*) FROM sources").fetchone()[0]


@pytest.mark.parametrize("name", ["houniao.docx", "houniao-renamed.txt"])
def test_a_word_document_is_read_as_a_page(tmp_path, name):
    archive, report = imported(tmp_path, name, word_file())
    assert report.status == "added"
    (article,) = [archive.article(i) for i in report.articles]
    assert article.title == TITLE
    assert list(article.reporters) == ["周雪"]
    assert article.paragraphs[:2] == [FIRST, SECOND]
    assert "谭春梅 秭归县" in article.paragraphs  # a table's row, a paragraph
    assert "稿件" not in article.body  # the page header is the document's
    assert archive.check() == []
    archive.close()


@pytest.mark.parametrize(
    ("name", "data", "detail"),
    [
        ("cut.docx", word_file()[:3000], "Word (.docx)"),  # a download cut short
        ("noise.docx", b"\x00\x17not a zip at all" * 40, "Word (.docx)"),
        ("empty-zip.docx", b"PK\x05\x06" + b"\x00" * 18, "Word (.docx)"),
        (
            "pictures.mhtml",
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; "
            b'boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n",
            "MHTML (.mhtml)",
        ),
        ("text.mht", "城西污水处理厂扩建投用".encode(), "MHTML (.mhtml)"),
    ],
)
def test_a_damaged_document_is_refused_with_its_format_named(
    tmp_path, name, data, detail
):
    archive, report = imported(tmp_path, name, data)
    assert (report.status, report.reason, report.detail) == (
        "failed",
        "bad_format",
        detail,
    )
    assert "Traceback" not in report.message
    assert report.articles == []
    assert sources(archive) == 0
    assert archive.check() == []
    archive.close()


def test_a_word_documents_text_is_its_stored_source(tmp_path):
    archive, report = imported(tmp_path, "houniao.docx", word_file())
    (article,) = [archive.article(i) for i in report.articles]
    shown = archive.db.execute("SELECT text, content FROM sources").fetchone()
    assert shown[0] is not None  # the text the spans index into
    assert zipfile.is_zipfile(io.BytesIO(zlib.decompress(shown[1])))  # the file
    assert article.source is not None
    archive.close()


def mhtml(html: str, charset: str = "gb2312") -> bytes:
    body = html.encode("gb18030" if charset == "gb2312" else charset)
    import quopri

    return (
        b"From: <Saved by Blink>\r\nSubject: =?utf-8?q?page?=\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        b'\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x"\r\n\r\n'
        b"------MultipartBoundary--x\r\n"
        + f"Content-Type: text/html; charset={charset}\r\n".encode()
        + b"Content-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: http://news.example.cn/a/1.html\r\n\r\n"
        + quopri.encodestring(body)
        + b"\r\n------MultipartBoundary--x\r\nContent-Type: image/jpeg\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n"
        b"------MultipartBoundary--x--\r\n"
    )


PAGE = f"""<html><head><title>{TITLE}_岳阳新闻网</title></head><body>
<div class="nav"><a>首页</a> | <a>本地</a> | <a>图片</a></div>
<h1>{TITLE}</h1><div class="info">2022-11-03 来源：岳阳日报 作者：周雪</div>
<div class="content"><p>{FIRST}</p><p>{SECOND}</p></div>
<div class="foot">版权所有 岳阳新闻网</div></body></html>"""


@pytest.mark.parametrize("name", ["houniao.mhtml", "houniao.mht", "saved.html"])
def test_a_page_saved_as_one_file_is_read_as_its_html(tmp_path, name):
    archive, report = imported(tmp_path, name, mhtml(PAGE))
    assert report.status == "added"
    (article,) = [archive.article(i) for i in report.articles]
    assert article.title == TITLE
    assert article.paragraphs == [FIRST, SECOND]
    assert "首页" not in article.body
    assert archive.check() == []
    archive.close()


def test_words_lock_file_beside_an_open_document_is_not_imported(tmp_path):
    folder = tmp_path / "稿件"
    folder.mkdir()
    (folder / "houniao.docx").write_bytes(word_file())
    (folder / "~$houniao.docx").write_bytes(b"\x05zhou xue" + b"\x00" * 150)
    archive = Archive.open(tmp_path / "a.sqlite", create=True)
    report = import_paths(archive, [folder])
    assert [(Path(f.path).name, f.status) for f in report.files] == [
        ("houniao.docx", "added")
    ]
    archive.close()
