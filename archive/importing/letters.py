"""Letters and official replies: salutation, subject line, signature block.

A reply to a deputy's suggestion (答复) is addressed ('纪占斌等3名代表:'),
opens by naming what it answers ('您提出的关于…的建议收悉。') and ends with a
date, the signing leader, a contact and the copies sent; only what lies between
is the letter's text.
"""

from __future__ import annotations

import re

_ADDRESSEES = (
    "代表|委员|同志|先生|女士|老师|同学|朋友|网友|市民|居民|群众|单位|部门|公司|"
    "同志们|朋友们|同学们|各位|"
    # an office or a paper written to: '赣南日报社：', '市融媒体中心：'
    "报社|杂志社|通讯社|电视台|广播电台|融媒体中心|新闻中心|传媒集团|编辑部"
)
_OFFICES = (
    "政府|部门|单位|机关|委员会|局|委|办|厅|公司|学校|企业|街道|乡镇|社区|村|"
    "中心|站|所|院|馆|社|队"
)
_SALUTATION = re.compile(
    rf"^(?:尊敬的)?[\u4e00-\u9fff、·\d（()）]{{0,30}}(?:{_ADDRESSEES})[:：]$"
    r"|^尊敬的[\u4e00-\u9fff、·]{1,20}[:：，,]$"
    # a notice's offices: '各县（市、区）人民政府，市政府各部门：'
    rf"|^各[\u4e00-\u9fff、（()）]{{1,20}}(?:{_OFFICES})(?:[，,][\u4e00-\u9fff、（()）]{{1,20}}(?:{_OFFICES}))*[:：]$"
)
_SUBJECT = re.compile(
    r"^(?:您|你|贵)[^。！？]{0,30}?(?:提出|反映|来信|留言|咨询)[^。！？]{0,120}?"
    r"(?:收悉|已收到|收到)[^。！？]{0,6}[。，,]"
)
_QUOTED = re.compile(r"[“《「]([^”》」]{2,60})[”》」]")


def salutation(line: str) -> bool:
    """'纪占斌等3名代表:', '尊敬的王先生:': a letter's greeting line."""
    return len(line) <= 60 and bool(_SALUTATION.match(line.strip()))


def subject(paragraph: str) -> tuple[str, str] | None:
    """The subject sentence a reply opens with, and the rest of the paragraph."""
    match = _SUBJECT.match(paragraph)
    if match is None:
        return None
    return match.group().rstrip("。，,"), paragraph[match.end() :].lstrip()


def title_from_subject(sentence: str) -> str:
    """The title a reply's subject line gives it: '您提出的关于“关于某路改造”的
    建议收悉' → '关于某路改造的建议的答复'; '您提出的关于增设公厕的建议收悉' →
    '关于增设公厕的建议的答复'."""
    kind = re.search(r"(建议|提案|意见|来信|留言|咨询)", sentence)
    quoted = _QUOTED.search(sentence)
    if quoted:
        topic = quoted.group(1)
    else:
        about = _ABOUT.search(sentence)
        topic = about.group(1) if about else _BARE.sub("", sentence)
    for suffix in ("的建议", "的提案", "的意见", "建议", "提案"):
        topic = topic.removesuffix(suffix)
    if not topic.startswith("关于"):
        topic = "关于" + topic
    return f"{topic}的{kind.group(1) if kind else '来信'}的答复"


# '关于在河东片区增设公厕的建议': what an unquoted subject line is about.
_ABOUT = re.compile(r"(关于[^。！？]{2,60}?)的?(?:建议|提案|意见|来信|留言|咨询)")
# What a subject line says around its topic: '您提出的', '收悉'.
_BARE = re.compile(
    r"^(?:您|你们|你|贵[\u4e00-\u9fff]{0,4})(?:提出|反映|来信|留言|咨询)?的?"
    r"|(?:（[^）]*）)?(?:已)?(?:收悉|收到)$"
)
