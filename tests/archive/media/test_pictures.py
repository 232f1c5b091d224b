"""Pictures of captions: stored by content, thumbnails, bad files refused or
shown as "cannot show", metadata read, sidecar folders all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from archive import Archive, CannotShow, CaptionFilter, InvalidInput, TagRecords
from archive.media import metadata


def _jpeg(path: Path, size=(640, 480), color="navy", **save) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", **save)
    return path


def _labelled(demo: Archive) -> tuple[int, str, str]:
    """A caption with a label whose (label, page) names it alone."""
    rows = demo.db.execute(
        """SELECT c.id, c.label, a.page FROM captions c JOIN articles a
        ON a.id = c.article_id WHERE c.label IS NOT NULL"""
    ).fetchall()
    for cid, label, page in rows:
        if sum(1 for _, l2, p2 in rows if (l2, p2) == (label, page)) == 1:
            return cid, label, page
    pytest.skip("no caption named alone by label and page")


def test_a_picture_is_stored_once_by_content_and_undone(demo: Archive, tmp_path):
    first, second = demo.caption_ids(CaptionFilter(), limit=2)
    picture = _jpeg(tmp_path / "photo.jpg")
    demo.attach_picture(first, picture)
    demo.attach_picture(second, picture)
    file = demo.caption(first).image_path
    assert file == demo.caption(second).image_path
    assert file.endswith(".jpg")
    assert len(Path(file).stem) == 64
    assert (demo.media_folder / file).read_bytes() == picture.read_bytes()
    thumb = demo.thumbnail(file)
    with Image.open(thumb) as image:
        assert max(image.size) <= 256
    demo.undo()
    assert demo.caption(second).image_path is None
    assert demo.caption(first).image_path == file


@pytest.mark.parametrize(
    "content", [b"not a picture at all", b"\xff\xd8\xff\xe0" + b"\x00" * 40]
)
def test_a_file_that_is_not_a_picture_is_refused(demo: Archive, tmp_path, content):
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    path = tmp_path / "bad.jpg"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=r"bad\.jpg"):
        demo.attach_picture(caption, path)
    assert demo.caption(caption).image_path is None


def test_a_truncated_jpeg_attaches_but_cannot_be_shown(demo: Archive, tmp_path):
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    whole = _jpeg(tmp_path / "whole.jpg", size=(1200, 900))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:2000])
    demo.attach_picture(caption, cut)
    with pytest.raises(CannotShow, match="damaged"):
        demo.thumbnail(demo.caption(caption).image_path)


def test_a_huge_picture_is_refused_without_decoding_it(demo: Archive, tmp_path):
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    huge = tmp_path / "huge.png"
    Image.new("1", (20_000, 20_000)).save(huge)
    with pytest.raises(InvalidInput, match="too large"):
        demo.attach_picture(caption, huge)
    assert demo.caption(caption).image_path is None
    large = tmp_path / "large.png"  # Pillow opens it; decoding it is refused
    Image.new("1", (10_000, 6_000)).save(large)
    demo.attach_picture(caption, large)
    with pytest.raises(CannotShow, match="too large"):
        demo.thumbnail(demo.caption(caption).image_path)


def test_a_wide_jpeg_is_shown_in_draft_mode(demo: Archive, tmp_path):
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    path = _jpeg(tmp_path / "wide.jpg", size=(20_000, 2_000))
    demo.attach_picture(caption, path)
    with Image.open(demo.thumbnail(demo.caption(caption).image_path)) as image:
        assert image.size[0] == 256


def test_a_jpeg_over_pillows_guard_is_attached_and_shown(demo: Archive, tmp_path):
    """A scan of 20,000 × 12,000 pixels (240 million, over the 179 million
    Pillow refuses at once) is kept and shown: JPEG's draft mode decodes it
    at an eighth of its sides."""
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    scan = tmp_path / "scan.jpg"
    Image.new("L", (20_000, 12_000), 120).save(scan, quality=30)
    demo.attach_picture(caption, scan)
    shown = demo.caption(caption)
    assert shown.image_path is not None
    with Image.open(demo.thumbnail(shown.image_path)) as image:
        assert image.size == (256, 154)
    pixels = demo.thumbnail_pixels(shown.image_path, 160, 120)
    assert (pixels.width, pixels.height) == (160, 96)


def test_a_thumbnail_is_handed_over_decoded_and_fitted(demo: Archive, tmp_path):
    """What the window shows, as RGB bytes it only copies: fitted in the box
    asked for, proportions kept, the picture's own colours."""
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    demo.attach_picture(caption, _jpeg(tmp_path / "p.jpg", (1600, 1200), "orange"))
    file = demo.caption(caption).image_path
    pixels = demo.thumbnail_pixels(file, 160, 120)
    assert (pixels.width, pixels.height) == (160, 120)
    assert len(pixels.rgb) == 160 * 120 * 3
    red, green, blue = pixels.rgb[(60 * 160 + 80) * 3 : (60 * 160 + 80) * 3 + 3]
    assert red > 240  # orange: 255, 165, 0
    assert 150 < green < 190
    assert blue < 30
    grey = tmp_path / "grey.png"
    Image.new("L", (300, 900), 90).save(grey)
    demo.attach_picture(caption, grey)
    tall = demo.thumbnail_pixels(demo.caption(caption).image_path, 160, 120)
    assert (tall.width, tall.height) == (40, 120)
    assert set(tall.rgb) <= set(range(85, 96))  # grey in RGB
    small = tmp_path / "small.jpg"  # never enlarged
    demo.attach_picture(caption, _jpeg(small, (60, 30)))
    assert demo.thumbnail_pixels(demo.caption(caption).image_path, 160, 120).width == 60
    whole = _jpeg(tmp_path / "whole.jpg", size=(1200, 900))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:2000])
    demo.attach_picture(caption, cut)
    with pytest.raises(CannotShow, match="damaged"):
        demo.thumbnail_pixels(demo.caption(caption).image_path, 160, 120)


def test_embedded_metadata_is_read_and_hostile_fields_are_tamed(tmp_path):
    exif = Image.Exif()
    exif[270] = "焦作市修武县 云台山景区".encode()  # ImageDescription, UTF-8 bytes
    exif[315] = "宋崇飞".encode("gb18030")  # Artist, in a Chinese camera's encoding
    exif[306] = "2024:04:13 10:20:00"
    path = tmp_path / "tagged.jpg"
    Image.new("RGB", (50, 50)).save(path, exif=exif)
    read = metadata.read(path)
    assert read.description == "焦作市修武县 云台山景区"
    assert read.creator == "宋崇飞"
    assert read.date == "2024-04-13"
    hostile = Image.Exif()
    hostile[270] = b"\x00\x01" + "长".encode("gb18030") * 30_000
    hostile[306] = "9999:99:99 99:99:99"
    path = tmp_path / "hostile.jpg"
    Image.new("RGB", (50, 50)).save(path, exif=hostile)
    read = metadata.read(path)
    assert len(read.description) <= metadata.MAX_FIELD
    assert set(read.description) == {"长"}
    assert read.date == ""
    assert metadata.read(tmp_path / "missing.jpg").empty


def test_a_sidecar_attaches_every_line_or_none(demo: Archive, tmp_path):
    caption, label, page = _labelled(demo)
    other = demo.db.execute(
        "SELECT id, text FROM captions WHERE label IS NULL LIMIT 1"
    ).fetchone()
    folder = tmp_path / "photos"
    folder.mkdir()
    _jpeg(folder / "a.jpg")
    _jpeg(folder / "b.jpg", color="red")
    (folder / "notes.txt").write_text("not a picture")
    sidecar = folder / "pictures.csv"
    sidecar.write_text(
        "file,label,page,caption\n"
        f"a.jpg,{label},{page},\n"
        "b.jpg,图⑨,Z99,\n"
        "notes.txt,,,工作人员\n"
        "../escape.jpg,,,x\n",
        encoding="utf-8",
    )
    plan = demo.import_pictures(folder)
    lines = dict(plan.problems)
    assert set(lines) == {3, 4, 5}
    assert "图⑨ on page Z99" in lines[3]
    assert "notes.txt" in lines[4]
    assert "not a file in the folder" in lines[5]
    assert demo.caption(caption).image_path is None  # nothing half-attached
    sidecar.write_text(
        json.dumps(
            [
                {"file": "a.jpg", "label": label, "page": page},
                {"file": "b.jpg", "caption": other[1][:20]},
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    sidecar.rename(folder / "pictures.json")
    plan = demo.import_pictures(folder)
    assert plan.problems == []
    assert demo.caption(caption).image_path is not None
    assert demo.caption(other[0]).image_path is not None
    demo.undo()  # one edit for the whole folder
    assert demo.caption(caption).image_path is None
    assert demo.caption(other[0]).image_path is None


def test_the_archives_own_files_are_never_opened_as_pictures(demo: Archive, tmp_path):
    """Given as a picture, the archive file, its WAL or a link to it is refused
    before anything opens it: closing that descriptor would drop this
    process's SQLite locks, and another process would then delete the WAL
    under it (checked with a second process writing afterwards)."""
    import subprocess
    import sys

    caption = demo.db.execute("SELECT id FROM captions LIMIT 1").fetchone()[0]
    article = demo.article_ids()[0]
    demo.execute(TagRecords("本进程", article_ids=[article]))  # the WAL exists now
    wal = demo.path.with_name(demo.path.name + "-wal")
    link = tmp_path / "photo.jpg"
    link.hardlink_to(demo.path)
    for given in (demo.path, wal, link):
        with pytest.raises(InvalidInput, match="own file"):
            demo.attach_picture(caption, given)
        with pytest.raises(InvalidInput, match="own file"):
            demo.embedded_metadata(given)
    root = Path(__file__).resolve().parents[3]
    subprocess.run(
        [
            sys.executable,
            str(root / "main.py"),
            "tag",
            str(article),
            "另一进程",
            "--archive",
            str(demo.path),
        ],
        check=True,
        capture_output=True,
    )
    assert wal.exists()  # the other process did not take this one for gone
    assert "另一进程" in demo.article(article).tags


@pytest.mark.parametrize(
    "name",
    [
        "../outside.jpg",
        "ab/../../outside.jpg",
        "{outside}",  # an absolute path
        "ab/" + "0" * 64 + ".jpg/../../../outside.jpg",
        "ab/" + "0" * 64 + ".jpg\n/../../../outside.jpg",
        "link.jpg",  # a link, in the media folder, to a file outside it
    ],
)
def test_a_hostile_picture_name_never_leads_out_of_the_media_folder(
    demo: Archive, tmp_path, name
):
    """A caption's image_path as another program may have written it into
    the archive: no file outside the media folder is shown, whatever it says."""
    outside = _jpeg(demo.path.parent / "outside.jpg", color="red")
    name = name.format(outside=outside)
    if name == "link.jpg":
        demo.media_folder.mkdir(exist_ok=True)
        (demo.media_folder / name).symlink_to(outside)
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    with demo.db.conn:
        demo.db.execute(
            "UPDATE captions SET image_path = ? WHERE id = ?", [name, caption]
        )
    found = demo.picture_file(demo.caption(caption).image_path)
    assert found is None
    with pytest.raises(CannotShow, match="missing"):
        demo.thumbnail(name)


def test_a_stored_picture_is_found_where_it_was_stored(demo: Archive, tmp_path):
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    picture = _jpeg(tmp_path / "photo.jpg")
    demo.attach_picture(caption, picture)
    found = demo.picture_file(demo.caption(caption).image_path)
    assert found is not None
    assert found.read_bytes() == picture.read_bytes()
    assert demo.media_folder.resolve() in found.parents


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("王小明".encode("utf-16"), "王小明"),  # with its byte-order mark
        ("王小明".encode("utf-16-be").join([b"\xfe\xff", b""]), "王小明"),
        (b"\xff\xfe\x00bad\x00\x01\x02", None),  # odd bytes after a mark
        ("宋崇飞".encode("gb18030"), "宋崇飞"),
    ],
)
def test_a_field_in_another_encoding_is_read_as_written(raw, text):
    read = metadata.decode(raw)
    if text is None:
        assert "\x00" not in read
        assert "\x01" not in read
    else:
        assert read == text
