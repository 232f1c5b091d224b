"""Notes shown safely: nothing in a note loads, runs or opens by itself."""

from __future__ import annotations

import re

import pytest

from archive import render_note


@pytest.mark.parametrize(
    "markdown",
    [
        "![x](/tmp/a.png)",
        '<img src="/abs/path.png">',
        "![x](file:///etc/passwd)",
        "![x](http://example.com/x.png)",
        "![x](https://example.com/x.png)",
        "![x](//host/x.png)",
        "![x](../../../etc/passwd)",
        '<img src="data:image/png;base64,iVBORw0KGgo=">',
        '<img src=x onerror="alert(1)">',
    ],
)
def test_no_image_from_outside_the_archive_is_loaded(markdown, tmp_path):
    media = tmp_path / "archive-media"
    media.mkdir()
    html = render_note(markdown, media=media)
    sources = re.findall(r'src="([^"]*)"', html)
    assert sources
    assert all(s.startswith("blocked:") for s in sources), html
    assert "onerror" not in html


def test_a_picture_of_the_archive_media_folder_is_shown(tmp_path):
    media = tmp_path / "archive-media"
    media.mkdir()
    (media / "photo.jpg").write_bytes(b"\xff\xd8")
    html = render_note("![图①](photo.jpg) ![gone](gone.jpg)", media=media)
    assert f'src="{(media / "photo.jpg").as_uri()}"' in html
    assert 'src="blocked:missing"' in html


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("[报道](https://example.com/a)", "https://example.com/a"),
        ("<http://example.com>", "http://example.com"),
        ("[文章](clipfile:article/12)", "clipfile:article/12"),
        ("[x](javascript:alert(1))", None),
        ("[x](file:///etc/passwd)", None),
        ("[x](data:text/html,hi)", None),
        ('<a href="vbscript:x">x</a>', None),
    ],
)
def test_links_keep_only_addresses_that_are_safe_to_click(markdown, kept):
    html = render_note(markdown)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ([kept] if kept else [])


def test_scripts_and_styles_are_gone_and_tables_stay():
    html = render_note(
        "<script>alert(1)</script><style>p{}</style>\n\n| 市 | 家 |\n|---|---|\n| 焦作 | 306 |"
    )
    assert "<script" not in html
    assert "alert" not in html
    assert "<style" not in html
    assert "<table>" in html
    assert "306" in html
