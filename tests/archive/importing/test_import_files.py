"""Files as they come: encodings, formats, bad input, folders, cancel, corrections."""

from __future__ import annotations

import codecs
import json
import zlib

import pytest

from archive import AddNote, Archive, Filters, NoteTarget, TagRecords
from archive.importing import writer
from archive.importing.importer import import_paths

PAGE = (
    "# 南湖湿地公园完成生态修复\n\n"
    "本报讯(记者林晓 通讯员周川)5月20日，南湖湿地公园生态修复工程通过验收，"
    "水面面积比修复前增加了三成。\n\n"
    "公园管理处介绍，今年春天已有二十多种候鸟在这里停留。\n\n"
    "# 老旧小区加装电梯提速\n\n"
    "本报讯(记者白露)今年全市计划为老旧小区加装电梯一百部，目前已完工四十部。\n"
)


@pytest.fixture
def archive(tmp_path):
    archive = Archive.open(tmp_path / "a.sqlite", create=True, editor="tester")
    yield archive
    archive.close()


def write(folder, name: str, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def pages(folder, numbers) -> list:
    """Page files that differ in one number, one per item of ``numbers``."""
    return [
        write(folder, f"{n}.txt", PAGE.replace("一百部", f"{n}部").encode())
        for n in numbers
    ]


def statuses(report) -> list[tuple[str, str]]:
    return [(f.status, f.reason) for f in report.files]


def one(archive, path, **kwargs):
    report = import_paths(archive, [path], **kwargs)
    (file_report,) = report.files
    return file_report


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", PAGE.encode("utf-8")),
        ("utf-8-sig", codecs.BOM_UTF8 + PAGE.encode("utf-8")),
        ("gb18030", PAGE.encode("gb18030")),
        ("utf-16", PAGE.encode("utf-16")),
    ],
)
def test_encodings_are_detected_and_recorded(archive, tmp_path, encoding, data):
    report = one(archive, write(tmp_path, "page.txt", data))
    assert (report.status, report.encoding) == ("added", encoding)
    titles = [archive.article(i).title for i in report.articles]
    assert titles == ["南湖湿地公园完成生态修复", "老旧小区加装电梯提速"]


def test_big5_traditional_page(archive, tmp_path):
    text = (
        "# 南湖濕地公園完成生態修復\n\n本報訊(記者林曉)5月20日，南湖濕地公園生態修復工程"
        "通過驗收，水面面積比修復前增加了三成，今年春天已有二十多種候鳥在這裡停留。\n"
    )
    report = one(archive, write(tmp_path, "big5.txt", text.encode("big5")))
    assert report.encoding == "big5"
    assert archive.article(report.articles[0]).title == "南湖濕地公園完成生態修復"


def test_mixed_encodings_are_read_line_by_line(archive, tmp_path):
    lines = PAGE.split("\n")
    data = b"\n".join(
        line.encode("gb18030" if i % 4 == 2 else "utf-8")
        for i, line in enumerate(lines)
    )
    report = one(archive, write(tmp_path, "mixed.txt", data))
    assert report.status == "added"
    assert report.encoding == "utf-8+gb18030"
    bodies = " ".join(archive.article(i).body for i in report.articles)
    assert "水面面积比修复前增加了三成" in bodies


def test_undecodable_bytes_are_counted_and_kept(archive, tmp_path):
    data = PAGE.encode("utf-8").replace("公园管理处".encode(), b"\xff\xfe\xfa")
    path = write(tmp_path, "broken.txt", data)
    report = one(archive, path)
    assert report.status == "added"
    assert report.reason == "replaced"
    stored = archive.db.execute("SELECT content FROM sources").fetchone()[0]
    assert zlib.decompress(stored) == data


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \n", "empty"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10, "binary"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
        ("pages.zip", b"PK\x03\x04" + bytes(100), "binary"),
        ("data.bin", b"abc\x00def" * 100, "binary"),
        ("english.txt", b"Nothing in Chinese here at all.\n" * 20, "no_chinese"),
        ("bad.json", '{"title": "没有结尾'.encode(), "bad_format"),
    ],
)
def test_bad_files_fail_clearly_and_write_nothing(
    archive, tmp_path, name, data, reason
):
    report = one(archive, write(tmp_path, name, data))
    assert (report.status, report.reason) == ("failed", reason)
    assert report.message
    assert archive.db.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    assert archive.count() == 0


def test_a_file_too_large_for_a_page(archive, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(("正文。" * 1000 + "\n").encode() * 100)
        f.truncate(200 * 2**20)  # 200 MB, sparse: refused without being read whole
    report = one(archive, path)
    assert (report.status, report.reason, report.detail) == (
        "failed",
        "too_large",
        "200",
    )
    assert "200 MB" in report.message
    assert "split it" in report.message


def test_a_missing_file_fails_and_the_rest_go_on(archive, tmp_path):
    good = write(tmp_path, "good.txt", PAGE.encode())
    report = import_paths(archive, [tmp_path / "gone.txt", good])
    assert statuses(report) == [
        ("failed", "unreadable"),
        ("added", ""),
    ]
    assert archive.count() == 2


def test_html_saved_from_a_browser(archive, tmp_path):
    html = (
        "<!DOCTYPE html><html><head><title>市政府网站</title><style>p{color:red}</style>"
        "<script>var tracker = '不应出现';</script></head><body>"
        "<nav>网站首页 | 新闻中心</nav><h1>南湖湿地公园完成生态修复</h1>"
        "<p>发布日期：2023-05-21 浏览次数：88</p>"
        "<p>南湖湿地公园生态修复工程通过验收，水面面积比修复前增加了三成，候鸟数量明显增多。</p>"
        "<p>分享到：微信 微博</p></body></html>"
    )
    report = one(archive, write(tmp_path, "page.html", html.encode()))
    (article,) = [archive.article(i) for i in report.articles]
    assert article.title == "南湖湿地公园完成生态修复"
    assert article.date == "2023-05-21"
    assert article.views == 88
    assert "不应出现" not in article.body
    assert "color" not in article.body


def test_markdown_file(archive, tmp_path):
    report = one(archive, write(tmp_path, "page.md", PAGE.encode()))
    assert len(report.articles) == 2


@pytest.mark.parametrize("kind", ["json", "jsonl", "csv"])
def test_data_exports_map_their_fields(archive, tmp_path, kind):
    rows = [
        {
            "标题": "南湖湿地公园完成生态修复",
            "正文": "修复工程通过验收。\n候鸟明显增多。",
            "日期": "2023-05-20",
            "记者": "林晓",
            "版面": "城事",
        },
        {
            "title": "老旧小区加装电梯提速",
            "content": "已完工四十部。",
            "date": "2023-05-22",
            "reporter": "白露 周川",
        },
    ]
    if kind == "json":
        data = json.dumps(rows, ensure_ascii=False)
    elif kind == "jsonl":
        data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    else:
        data = (
            "标题,正文,日期,记者,版面\n"
            '南湖湿地公园完成生态修复,"修复工程通过验收。\n候鸟明显增多。",2023-05-20,林晓,城事\n'
            "老旧小区加装电梯提速,已完工四十部。,2023-05-22,白露 周川,\n"
        )
    report = one(archive, write(tmp_path, f"export.{kind}", data.encode()))
    first, second = (archive.article(i) for i in report.articles)
    assert (first.title, first.date, first.reporters, first.section) == (
        "南湖湿地公园完成生态修复",
        "2023-05-20",
        ("林晓",),
        "城事",
    )
    assert first.paragraphs == ["修复工程通过验收。", "候鸟明显增多。"]
    assert second.reporters == ("白露", "周川")


def test_folders_are_walked_and_hidden_files_skipped(archive, tmp_path):
    for n in range(120):
        text = PAGE.replace("一百部", f"{n + 100}部").replace("二十多种", f"{n + 20}种")
        write(tmp_path / "pages" / f"{n // 40}", f"p{n:03d}.txt", text.encode())
    write(tmp_path / "pages" / ".cache", "x.txt", PAGE.encode())
    write(tmp_path / "pages", ".DS_Store", b"\x00\x01")
    seen = []
    report = import_paths(
        archive,
        [tmp_path / "pages"],
        progress=lambda done, total, r: seen.append((done, total)),
    )
    assert len(report.files) == 120
    assert seen[-1] == (120, 120)
    assert archive.count() == 240


def test_year_option_dates_month_day_pages(archive, tmp_path):
    report = one(archive, write(tmp_path, "page.txt", PAGE.encode()), year=2019)
    assert archive.article(report.articles[0]).date == "2019-05-20"


def test_cancel_between_files_keeps_what_was_done(archive, tmp_path):
    paths = pages(tmp_path, range(3))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # before file 1, inside file 1, then stop

    report = import_paths(archive, paths, cancelled=cancelled)
    assert report.cancelled
    assert [f.status for f in report.files] == ["added"]
    assert archive.count() == 2


def test_cancel_inside_a_file_rolls_that_file_back(archive, tmp_path):
    path = write(tmp_path, "a.txt", PAGE.encode())
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2  # let the file start, cancel inside its transaction

    report = import_paths(archive, [path], cancelled=cancelled)
    assert report.cancelled
    assert report.files == []
    assert archive.db.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    assert archive.count() == 0


def test_a_failure_inside_one_file_leaves_no_half_written_records(
    archive, tmp_path, monkeypatch
):
    paths = pages(tmp_path, (1, 2, 3))
    real = writer.Writer._credits
    written = []

    def explode_in_the_second_file(self, *args, **kwargs):
        written.append(self.report.path)
        if self.report.path == str(paths[1]):
            raise RuntimeError("disk full")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(writer.Writer, "_credits", explode_in_the_second_file)
    report = import_paths(archive, paths)
    assert statuses(report) == [
        ("added", ""),
        ("failed", "internal"),
        ("added", ""),
    ]
    assert str(paths[1]) in written  # it got as far as writing its records
    sources = [p for (p,) in archive.db.execute("SELECT path FROM sources")]
    assert sources == [str(paths[0]), str(paths[2])]
    assert archive.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert len(archive.article_ids(Filters(text="湿地"))) == 2  # indexed, too
    assert archive.check() == []
    monkeypatch.undo()
    assert import_paths(archive, [paths[1]]).files[0].status == "added"


def test_a_corrected_file_updates_its_records_and_keeps_tags_and_notes(
    archive, tmp_path
):
    path = write(tmp_path, "page.txt", PAGE.encode())
    first = one(archive, path)
    kept, dropped = first.articles
    archive.execute(TagRecords("城建", article_ids=[kept]))
    archive.execute(AddNote(NoteTarget(article_id=kept), "核对面积数字"))
    corrected = PAGE.replace("增加了三成", "增加了四成").split("# 老旧小区")[0]
    path.write_bytes(corrected.encode())
    second = one(archive, path)
    assert second.status == "updated"
    assert second.articles == [kept]
    article = archive.article(kept)
    assert "增加了四成" in article.body
    assert article.tags == ("城建",)
    assert [n.body for n in article.notes] == ["核对面积数字"]
    trashed = archive.db.execute(
        "SELECT deleted_reason FROM articles WHERE id = ?", [dropped]
    ).fetchone()[0]
    assert "corrected version" in trashed
    assert archive.count() == 1


def test_import_records_who_and_when(archive, tmp_path):
    one(archive, write(tmp_path, "page.txt", PAGE.encode()))
    row = archive.db.execute("SELECT imported_by, imported_at FROM sources").fetchone()
    assert row[0] == "tester"
    assert row[1]
    assert archive.db.execute(
        "SELECT action FROM edits ORDER BY id DESC LIMIT 1"
    ).fetchone() == ("Import",)


def test_index_merging_is_relaxed_only_while_importing(archive, tmp_path):
    def merging() -> dict:
        return dict(
            archive.db.execute(
                "SELECT k, v FROM search_fts_config "
                "WHERE k IN ('automerge', 'crisismerge')"
            ).fetchall()
        )

    seen = []
    paths = pages(tmp_path, range(2))
    import_paths(archive, paths, progress=lambda *_: seen.append(merging()))
    assert seen[0] == {"automerge": 16, "crisismerge": 64}
    assert merging() == {"automerge": 4, "crisismerge": 16}
    assert archive.check() == []


def test_files_undone_with_their_batch_are_reported_as_not_kept(
    archive, tmp_path, monkeypatch
):
    """Some errors make SQLite roll back the whole transaction, not just the
    file's savepoint: the files written earlier in it must not be reported as
    added."""
    paths = pages(tmp_path, (1, 2, 3))
    real = writer.Writer.write

    def undo_everything_in_the_second(self, **kwargs):
        if self.report.path == str(paths[1]):
            self.db.execute("ROLLBACK")  # as a full disk would
            raise RuntimeError("database or disk is full")
        return real(self, **kwargs)

    monkeypatch.setattr(writer.Writer, "write", undo_everything_in_the_second)
    report = import_paths(archive, paths)
    assert statuses(report) == [
        ("failed", "lost"),
        ("failed", "internal"),
        ("added", ""),
    ]
    sources = [p for (p,) in archive.db.execute("SELECT path FROM sources")]
    assert sources == [str(paths[2])]
    assert archive.check() == []
    monkeypatch.undo()
    again = import_paths(archive, paths[:2])
    assert [f.status for f in again.files] == ["added", "added"]
