"""Bylines and credits: who wrote, reported, photographed or edited, in what role."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_ROLES = (
    ("本报记者", "reporter"),
    ("新华社记者", "reporter"),
    ("中新社记者", "reporter"),
    ("全媒体记者", "reporter"),
    ("融媒体记者", "reporter"),
    ("特约记者", "reporter"),
    ("见习记者", "reporter"),
    ("首席记者", "reporter"),
    ("摄影记者", "photographer"),
    ("记者", "reporter"),
    ("本报通讯员", "correspondent"),
    ("通讯员", "correspondent"),
    ("实习生", "reporter"),
    ("作者", "author"),
    ("责任编辑", "editor"),
    ("责编", "editor"),
    ("编辑", "editor"),
    ("摄影", "photographer"),
    ("摄像", "photographer"),  # a television crew's camera
)
ROLE_WORDS = "|".join(word for word, _ in _ROLES)
# Roles a byline may give with no paper's prefix, always set off from the name
# by a colon, a slash or a space: 文:某某, 图/某某, 撰文 某某.
_BARE_ROLES = (
    ("撰文", "author"),
    ("口述", "author"),
    ("整理", "author"),
    ("文字", "author"),
    ("文", "author"),
    ("图片", "photographer"),
    ("图", "photographer"),
    ("摄", "photographer"),
)
_ROLE_OF = dict((*_ROLES, *_BARE_ROLES))
# A paper's own prefix before 记者: □晚报记者, ■本报记者, 晚报首席记者.
# ... or a media centre's or a station's name: 浏阳市融媒体中心记者, 海南日报记者.
ORGANISATION = (
    r"(?:融媒体中心|传媒中心|新闻中心|传媒集团|广播电视台|电视台|日报社|报社|日报|晚报"
    r"|新闻网)"
)
_PREFIX = rf"[□■]?(?:[{HAN}]{{1,10}}?{ORGANISATION})?[{HAN}]{{0,4}}?"
_ROLE = re.compile(
    rf"{_PREFIX}({ROLE_WORDS})[:：]?"
    rf"|(?:^|(?<=[\s\u3000（(]))({'|'.join(w for w, _ in _BARE_ROLES)})"
    r"(?:\s*[:：/／]\s*|[\s\u3000]+)"
)
_NAME = re.compile(rf"^[{HAN}][{HAN}·]{{1,5}}$")
_SEPARATORS = re.compile(r"[\s\u3000、，,；;：:/／]+")
_SLASHED = re.compile(rf"([{HAN}·]{{2,6}})\s*[/／]\s*(文|图|摄)(?![{HAN}])")
_SLASH_ROLE = {"文": "author", "图": "photographer", "摄": "photographer"}
_PARENS = " （）()\u3000"
# A field's key before a byline ('作者:记者 某某'), and the words after a name
# that say its bearer took the photos too ('某某 文/图', '某某 摄影报道').
_KEYED = re.compile(r"^(?:作者|文章作者|署名)\s*[:：]\s*")
_BOTH = re.compile(
    r"[\s\u3000]*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|图文|文图|摄影报道)$"
)
WRITERS = ("reporter", "author")
# What the people named did, after their names: '（记者 王子涵 整理）'.
_COMPILED = re.compile(
    r"(?<=[\u4e00-\u9fff])[\s\u3000]+(?:[\u4e00-\u9fff]{1,6}台)?"  # '衡阳台报道'
    r"(?:整理|报道|采写|综合|编译|执笔)$"
)


def names(text: str) -> list[str]:
    """Names in a run like '徐金华 党希鹏', '张 蕊' or '王一、李二'.

    Single characters separated by spaces are one name spaced out (张 蕊).
    """
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    merged: list[str] = []
    singles = ""
    for token in [*tokens, ""]:
        if len(token) == 1:
            singles += token
            continue
        if singles:
            merged.append(singles)
            singles = ""
        if token:
            merged.append(token)
    return [name for name in merged if _NAME.match(name)]


@lru_cache(maxsize=8192)
def credits(text: str) -> list[tuple[str, str]]:
    """(role, name) pairs in a byline such as '记者徐金华 通讯员党希鹏'.

    Also '唐宁/文 宋河/图', '文:范克丙', '记者 余子愚/文 杜武/图' (a reporter
    who wrote the text, a photographer). Returns [] unless the whole text is
    roles and names.
    """
    text = _COMPILED.sub("", text.strip(_PARENS))  # '记者 王子涵 整理'
    keyed = _KEYED.match(text)
    if keyed and _ROLE.match(text, keyed.end()):  # '作者:记者 沈佳琪 通讯员 钱伟'
        return credits(text[keyed.end() :])
    suffix = _BOTH.search(text)
    if suffix and suffix.start() > 0:  # '本报记者 杨帆 文/图', '陈雪松 摄影报道'
        pairs = credits(text[: suffix.start()])
        shot: list[tuple[str, str]] = []  # the last writers: they took the photos
        for role, name in reversed(pairs):
            if role not in WRITERS:
                break
            shot.insert(0, ("photographer", name))
        return [*pairs, *shot] if pairs else []
    matches = list(_ROLE.finditer(text))
    if not matches:
        return _slashed(text, None)
    if text[: matches[0].start()].strip(_PARENS):
        return []
    found: list[tuple[str, str]] = []
    bare: str | None = None  # '文/' or '图/' right before a role: '文/本报记者 黄婷'
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        role = _ROLE_OF[match.group(1) or match.group(2)]
        if bare == "photographer":
            role = bare
        bare = None
        if (
            match.group(2)
            and following is not None
            and following.start() == match.end()
        ):
            bare = role
            continue
        pairs = _chunk(text[match.end() : end].strip(_PARENS), role)
        glued = match.group(0)[-1] not in ":：" and text[match.end() : end][:1].strip()
        if not pairs or (
            glued
            and not person_name(pairs[0][1])
            and (role not in ("reporter", "correspondent") or len(pairs[0][1]) <= 2)
        ):
            return []  # '摄影作品' is not 摄影 + a name, '记者手记' not 记者 + one
        found += pairs
    return found


def _chunk(chunk: str, role: str) -> list[tuple[str, str]]:
    """The names after one role word, each in that role (or its slash's)."""
    slashed = _slashed(chunk, role)
    if slashed:
        return slashed
    people = names(chunk)
    if not people or len("".join(people)) < len(
        re.sub(r"[\s\u3000、，,；;/／]", "", chunk)
    ):
        return []
    return [(role, name) for name in people]


def _slashed(text: str, role: str | None) -> list[tuple[str, str]]:
    """'唐宁/文 宋河/图': each name in the role its slash gives."""
    found = _SLASHED.findall(text)
    if not found or _SLASHED.sub("", text).strip(_PARENS + "，,、"):
        return []
    writer = role if role in WRITERS else "author"
    return [
        (writer if kind == "文" else _SLASH_ROLE[kind], name) for name, kind in found
    ]


_CLOSING = re.compile(r"[（(]([^（()）]{2,40})[)）]\s*$")


def trailing_credits(paragraph: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A byline closing a paragraph: '…值得肯定。(记者 余子愚/文 杜武/图)'."""
    if paragraph.rstrip()[-1:] not in ")）":
        return None
    match = _CLOSING.search(paragraph)
    if match is None or match.start() == 0:
        return None
    pairs = credits(match.group(1))
    return (paragraph[: match.start()].rstrip(), pairs) if pairs else None


_EDITOR = re.compile(rf"(?:责任编辑|责编|值班编辑|编辑)[：:\s\u3000]*([{HAN}]{{2,4}})")


def editors(line: str) -> list[str]:
    """Editors named in a page's editor codes: '责任编辑：孔明' → ['孔明']."""
    return [name for name in _EDITOR.findall(line) if name not in ROLE_WORDS]


def by_role(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for role, name in pairs:
        if name not in grouped.setdefault(role, []):
            grouped[role].append(name)
    return grouped


def is_byline(line: str) -> bool:
    """A line that is only a byline: '本报记者 徐金华', '□晚报记者 王 芳'."""
    return len(line) <= 48 and (bool(credits(line)) or bool(_UNNAMED.fullmatch(line)))


# A byline that names no one: the paper's commentator or its editors.
_UNNAMED = re.compile(r"[□■]?\s*(?:本报|本刊)?(?:特约)?(?:评论员|编辑部)(?:文章)?")


@cache
def _surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    item = resources.files("resources") / "dictionaries" / "surnames.json"
    data = json.loads(item.read_text(encoding="utf-8"))
    return frozenset(data["single"]), tuple(data["compound"])


def person_name(line: str) -> str | None:
    """The name a line is, when it is only a person's name ('范克丙', '张 蕊')."""
    if len(line) > 10:
        return None
    flat = _SPACE.sub("", line).lstrip("□■◎●")  # '□ 何俊峰': a boxed byline
    if not _TWO_TO_FOUR.fullmatch(flat) or flat.endswith(_NOT_NAMES):
        return None
    single, compound = _surnames()
    if flat[:2] in compound or flat[0] in single:
        return flat
    return None


_SPACE = re.compile(r"[\s\u3000]+")
_NOT_NAMES = ("日报", "晚报", "商报", "报社", "新闻", "电视", "电台")  # 乐山日报
_TWO_TO_FOUR = re.compile(rf"[{HAN}]{{2,4}}")
_SPEAKER = re.compile(rf"^([{HAN}·]{{2,5}})\s*[（(]([^（()）]{{2,30}})[)）]$")


def speaker(line: str) -> str | None:
    """'李焕有(洛阳理工学院教授)': a person named with who they are."""
    match = _SPEAKER.match(line.strip())
    if match is None:
        return None
    return person_name(match.group(1))
