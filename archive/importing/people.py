"""Bylines and credits: who wrote, reported, photographed or edited, in what role."""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_ROLES = (
    ("本报记者", "reporter"),
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
)
ROLE_WORDS = "|".join(word for word, _ in _ROLES)
_ROLE_OF = dict(_ROLES)
# A paper's own prefix before 记者: □晚报记者, ■本报记者.
_PREFIX = rf"[□■]?[{HAN}]{{0,4}}?"
_ROLE = re.compile(rf"{_PREFIX}({ROLE_WORDS})[:：]?")
_NAME = re.compile(rf"^[{HAN}][{HAN}·]{{1,5}}$")
_SEPARATORS = re.compile(r"[\s\u3000、，,；;：:]+")
_SLASH_CREDITS = re.compile(rf"([{HAN}·]{{2,6}})\s*[/／]\s*(文|图|摄)")


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


def credits(text: str) -> list[tuple[str, str]]:
    """(role, name) pairs in a byline such as '记者徐金华 通讯员党希鹏'.

    Returns [] unless the whole text is roles and names.
    """
    slashed = _SLASH_CREDITS.findall(text)
    if slashed and not _SLASH_CREDITS.sub("", text).strip(" （）()\u3000"):
        role = {"文": "author", "图": "photographer", "摄": "photographer"}
        return [(role[kind], name) for name, kind in slashed]
    found: list[tuple[str, str]] = []
    matches = list(_ROLE.finditer(text))
    if not matches or text[: matches[0].start()].strip(" （()）\u3000"):
        return []
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        chunk = text[match.end() : end].strip(" （）()\u3000")
        people = names(chunk)
        if not people or len("".join(people)) < len(
            re.sub(r"[\s\u3000、，,；;]", "", chunk)
        ):
            return []
        found.extend((_ROLE_OF[match.group(1)], name) for name in people)
    return found


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
    return len(line) <= 48 and bool(credits(line))
