"""Caption metadata under IPTC's names (CSV, JSON, into a JPEG) and NITF."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PIL import Image

from archive import Archive, CaptionFilter, InvalidInput
from archive.exchange import iptc
from archive.exchange.nitf import NITF_ELEMENTS
from archive.media import metadata


def test_caption_fields_carry_iptc_names(demo: Archive) -> None:
    ids = demo.caption_ids(CaptionFilter(), limit=20)
    records = demo.caption_metadata(ids)
    for record in records:
        assert set(iptc.FIELDS) <= set(record)
        caption = demo.caption(record["caption_id"])
        assert record["Description"] == caption.text
        assert record["Creator"] == list(caption.photographers)
    rows = list(csv.DictReader(io.StringIO(iptc.as_csv(records))))
    assert [int(r["caption_id"]) for r in rows] == ids
    assert rows[0]["Description"] == records[0]["Description"]
    assert (
        json.loads(iptc.as_json(records))["captions"][0]["City"] == records[0]["City"]
    )


def test_every_captions_fields_match_the_caption_as_read(demo: Archive) -> None:
    """The captions' fields read many at a time are each caption's own (an
    oracle from the record-by-record reading), in the order asked, one
    that does not exist left out."""
    from archive import TagRecords

    ids = demo.caption_ids(CaptionFilter())
    demo.execute(TagRecords("图片/可复用", caption_ids=ids[3:9]))
    demo.execute(TagRecords("待核实", caption_ids=ids[5:6]))
    asked = [*reversed(ids), 99_999_999]
    records = demo.caption_metadata(asked)
    assert [r["caption_id"] for r in records] == asked[:-1]
    for record in records:
        caption = demo.caption(record["caption_id"])
        article = demo.article(caption.article_id) if caption.article_id else None
        assert record["Description"] == caption.text
        assert record["Creator"] == list(caption.photographers)
        assert record["Keywords"] == list(caption.tags)
        assert record["City"] == caption.city
        assert record["Date Created"] == caption.date or (article and article.date)
        assert record["Sublocation"] == caption.county or (article and article.county)
        assert record["Source"] == (article.publication if article else None)
        assert record["label"] == caption.label
    fifth = next(r for r in records if r["caption_id"] == ids[5])
    assert fifth["Keywords"] == ["图片/可复用", "待核实"]


def test_fields_written_into_a_jpeg_read_back(demo: Archive, tmp_path) -> None:
    caption = next(
        i
        for i in demo.caption_ids(CaptionFilter(), limit=50)
        if demo.caption(i).photographers
    )
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (64, 48), "green").save(picture)
    demo.attach_picture(caption, picture)
    out = demo.embed_metadata(caption, tmp_path / "out" / "p.jpg")
    read = metadata.read(out)
    record = demo.caption_metadata([caption])[0]
    assert read.description == record["Description"]
    assert read.creator == "、".join(record["Creator"])
    assert read.sublocation == (record["Sublocation"] or "")
    assert read.date == record["Date Created"]
    stored = demo.media_folder / demo.caption(caption).image_path
    assert metadata.read(stored).description == ""  # the original untouched


def test_the_written_fields_say_they_are_utf8_and_come_as_xmp_too(
    demo: Archive, tmp_path
) -> None:
    """Another program reads the Chinese as written: the IPTC block starts
    with 1:90 = UTF-8, and an XMP packet (UTF-8 by definition) carries the
    same fields; the picture itself is the same bytes."""
    from PIL import IptcImagePlugin

    caption = next(
        i
        for i in demo.caption_ids(CaptionFilter(), limit=50)
        if demo.caption(i).photographers and demo.caption(i).county
    )
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (64, 48), "green").save(picture, quality=90)
    demo.attach_picture(caption, picture)
    out = demo.embed_metadata(caption, tmp_path / "out" / "p.jpg")
    record = demo.caption_metadata([caption])[0]
    with Image.open(out) as image:
        iim = IptcImagePlugin.getiptcinfo(image)
        xmp = image.info["xmp"].decode("utf-8")
        pixels = image.tobytes()
    assert iim[(1, 90)] == b"\x1b%G"
    assert iim[(2, 120)].decode("utf-8") == record["Description"]
    assert f"<rdf:li>{record['Creator'][0]}</rdf:li>" in xmp
    assert f"<Iptc4xmpCore:Location>{record['Sublocation']}<" in xmp
    assert record["Description"] in xmp
    with Image.open(picture) as original:
        assert original.tobytes() == pixels
    # read back from the XMP alone
    stripped = tmp_path / "xmp-only.jpg"
    from archive.exchange import jpeg_segments

    found, rest = jpeg_segments.segments(out.read_bytes())
    stripped.write_bytes(
        jpeg_segments.join([(m, p) for m, p in found if m != 0xED], rest)
    )
    read = metadata.read(stripped)
    assert read.description == record["Description"]
    assert read.creator == record["Creator"][0]
    assert read.sublocation == record["Sublocation"]


def test_xml_in_a_caption_stays_text_in_the_xmp(tmp_path) -> None:
    from archive.exchange import jpeg_segments

    packet = jpeg_segments.xmp_packet(
        {"Description": "a </rdf:li><x:evil/> & 'b' \"c\"", "City": "焦作<"}
    ).decode()
    root = ET.fromstring(
        packet[packet.index("<x:xmpmeta") : packet.index("<?xpacket end")]
    )
    texts = [e.text for e in root.iter() if e.text]
    assert "a </rdf:li><x:evil/> & 'b' \"c\"" in texts
    assert "焦作<" in texts


def test_embedding_needs_a_jpeg(demo: Archive, tmp_path) -> None:
    caption = demo.caption_ids(CaptionFilter(), limit=1)[0]
    with pytest.raises(InvalidInput):
        demo.embed_metadata(caption, tmp_path / "x.jpg")  # no picture yet
    png = tmp_path / "p.png"
    Image.new("RGB", (8, 8)).save(png)
    demo.attach_picture(caption, png)
    with pytest.raises(InvalidInput, match="JPEG"):
        demo.embed_metadata(caption, tmp_path / "x.png")


def test_an_article_as_nitf_uses_the_dtds_elements(demo: Archive) -> None:
    article = next(
        demo.article(i) for i in demo.article_ids() if demo.article(i).captions
    )
    root = ET.fromstring(demo.nitf(article.id).split("\n", 2)[2])
    assert root.tag == "nitf"
    assert {e.tag for e in root.iter()} <= NITF_ELEMENTS
    assert root.find("body/body.head/hedline/hl1").text == article.title
    pubdata = root.find("head/pubdata")
    assert pubdata.get("name") == article.publication
    assert pubdata.get("position.section") == article.section
    assert pubdata.get("date.publication") == article.date.replace("-", "")
    paragraphs = [p.text for p in root.findall("body/body.content/p")]
    assert paragraphs == article.paragraphs
    assert [p.text for p in root.findall("body/body.head/byline/person")][
        : len(article.reporters)
    ] == list(article.reporters)
    captions = root.findall("body/body.content/media/media-caption")
    assert len(captions) == len(article.captions)


def test_a_pictures_nitf_reference_says_its_media_type(demo: Archive, tmp_path):
    article = next(
        demo.article(i) for i in demo.article_ids() if demo.article(i).captions
    )
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (32, 24), "red").save(picture)
    demo.attach_picture(article.captions[0].id, picture)
    root = ET.fromstring(demo.nitf(article.id).split("\n", 2)[2])
    reference = root.find("body/body.content/media/media-reference")
    assert reference.get("source") == demo.caption(article.captions[0].id).image_path
    assert reference.get("mime-type") == "image/jpeg"


def _validate(document: str) -> list[str]:
    """What the NITF content models (tests/archive/exchange/nitf_subset.dtd)
    find wrong with ``document``."""
    from lxml import etree

    dtd = etree.DTD(str(Path(__file__).with_name("nitf_subset.dtd")))
    root = etree.fromstring(document.split("\n", 2)[2].encode("utf-8"))
    if dtd.validate(root):
        return []
    return [str(error) for error in dtd.error_log.filter_from_errors()]


def test_every_article_as_nitf_is_valid_by_the_dtds_content_models(
    demo: Archive, tmp_path
) -> None:
    with_captions = [i for i in demo.article_ids() if demo.article(i).captions]
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (32, 24), "red").save(picture)
    pictured = demo.article(with_captions[0]).captions[0].id
    demo.attach_picture(pictured, picture)
    for article_id in [*demo.article_ids()[:60], *with_captions[:20]]:
        assert _validate(demo.nitf(article_id)) == [], article_id
    # every caption is a media: the one with a picture names its file, the
    # others the label printed on the page
    root = ET.fromstring(demo.nitf(with_captions[0]).split("\n", 2)[2])
    references = root.findall("body/body.content/media/media-reference")
    captions = demo.article(with_captions[0]).captions
    assert len(references) == len(captions)
    assert references[0].get("source") == demo.caption(pictured).image_path
    for reference, caption in zip(references[1:], captions[1:], strict=True):
        assert reference.get("source") is None
        assert reference.get("name") == caption.label


def test_the_subset_dtd_refuses_a_media_without_a_reference() -> None:
    """The check above can fail: a media holding only its caption (as the
    export wrote before) is refused."""
    document = (
        '<?xml version="1.0"?>\n<!DOCTYPE nitf>\n<nitf><body><body.content>'
        '<media media-type="image"><media-caption>图①</media-caption></media>'
        "</body.content></body></nitf>"
    )
    assert _validate(document)
