"""Articles as NITF (News Industry Text Format) XML documents.

Only elements and attributes the NITF 3.x DTD declares are written
(:data:`NITF_ELEMENTS`, from the DTD's element names), so any NITF reader
takes the file.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ..models import Article

# Element names the NITF DTD (3.6) declares, of those a writer may use.
NITF_ELEMENTS = frozenset(
    """nitf head title meta tobject tobject.property tobject.subject iim ds
    docdata correction evloc doc-id del-list from-src urgency fixture date.issue
    date.release date.expire doc-scope series ed-msg du-key doc.copyright
    doc.rights key-list keyword identified-content pubdata revision-history
    body body.head body.content body.end hedline hl1 hl2 note rights byline
    person byttl distributor dateline location sublocation city state region
    country story.date abstract copyrite copyrite.year copyrite.holder p block
    media media-reference media-metadata media-object media-caption
    media-producer tagline bibliography classifier org virtloc event object.title
    alt-code""".split()
)
_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])


def _clean(text: str | None) -> str:
    """Text XML 1.0 can hold (control characters dropped)."""
    return (text or "").translate(_CONTROL)


def _sub(
    parent: ET.Element, tag: str, text: str | None = None, **attrs: str | None
) -> ET.Element:
    assert tag in NITF_ELEMENTS, tag
    element = ET.SubElement(parent, tag, {k: _clean(v) for k, v in attrs.items() if v})
    if text:
        element.text = _clean(text)
    return element


def article_element(article: Article) -> ET.Element:
    root = ET.Element("nitf", {"version": "-//IPTC//DTD NITF 3.6//EN"})
    head = _sub(root, "head")
    _sub(head, "title", article.title)
    docdata = _sub(head, "docdata")
    _sub(docdata, "doc-id", **{"id-string": article.uuid})
    if article.date:
        _sub(docdata, "date.issue", norm=article.date.replace("-", ""))
    if article.tags:
        keys = _sub(docdata, "key-list")
        for tag in article.tags:
            _sub(keys, "keyword", key=tag)
    _sub(
        head,
        "pubdata",
        type="print" if article.publication_kind != "website" else "web",
        name=article.publication,
        **{
            "date.publication": (article.date or "").replace("-", ""),
            "position.section": article.section,
            "position.sequence": article.page,
        },
    )
    body = _sub(root, "body")
    _body_head(_sub(body, "body.head"), article)
    _body_content(_sub(body, "body.content"), article)
    if article.editors:
        end = _sub(body, "body.end")
        _sub(end, "tagline", "责任编辑：" + "、".join(article.editors))
    return root


def _body_head(body_head: ET.Element, article: Article) -> None:
    hedline = _sub(body_head, "hedline")
    _sub(hedline, "hl1", article.title)
    if article.subtitle:
        _sub(hedline, "hl2", article.subtitle)
    if article.kicker:
        _sub(hedline, "hl2", article.kicker, **{"class": "kicker"})
    for role, names in (
        ("reporter", article.reporters),
        ("correspondent", article.correspondents),
        ("author", article.authors),
    ):
        if names:
            byline = _sub(body_head, "byline")
            for name in names:
                _sub(byline, "person", name)
            _sub(
                byline,
                "byttl",
                {"reporter": "记者", "correspondent": "通讯员"}.get(role, "作者"),
            )
    if article.dateline or article.city:
        dateline = _sub(body_head, "dateline")
        if article.city or article.county:
            location = _sub(dateline, "location")
            if article.county:
                _sub(location, "sublocation", article.county)
            if article.city:
                _sub(location, "city", article.city)
        if article.dateline:
            _sub(dateline, "story.date", article.dateline)
    if article.summary:
        abstract = _sub(body_head, "abstract")
        _sub(abstract, "p", article.summary)


def _body_content(content: ET.Element, article: Article) -> None:
    for paragraph in article.paragraphs:
        _sub(content, "p", paragraph)
    for caption in article.captions:
        media = _sub(content, "media", **{"media-type": "image"})
        # The DTD wants a reference in every media, with a mime-type: a
        # picture printed on the page but not held in the media folder is
        # named by its label with no source (a press photo: JPEG).
        _sub(
            media,
            "media-reference",
            source=caption.image_path,
            name=None if caption.image_path else caption.label,
            **{
                "mime-type": _mime_type(caption.image_path)
                if caption.image_path
                else "image/jpeg"
            },
        )
        _sub(
            media,
            "media-caption",
            " ".join(filter(None, (caption.label, caption.text))),
        )
        if caption.photographers:
            _sub(media, "media-producer", "、".join(caption.photographers))


def _mime_type(file: str) -> str:
    """The media type of a stored picture, by its suffix (the DTD requires
    one on every media-reference)."""
    suffix = file.rpartition(".")[2].lower()
    return {"jpg": "image/jpeg", "tif": "image/tiff"}.get(suffix, f"image/{suffix}")


def to_xml(article: Article) -> str:
    """The NITF document of one article."""
    tree = article_element(article)
    ET.indent(tree)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "nitf-3-6.dtd">\n'
        + ET.tostring(tree, encoding="unicode")
        + "\n"
    )
