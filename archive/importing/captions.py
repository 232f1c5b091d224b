"""Photo captions: labels (图①, 资料图), credits (记者 X 摄, X/图), group credits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .people import HAN, ORGANISATION, ROLE_WORDS, names

_LABEL = re.compile(
    r"^\s*(图\s*[①-⑳\d]{1,2}|[①-⑳]|资料图片?|图为|上图|下图|左图|右图|题图"
    r"|[（(]\d{1,2}\s*/\s*\d{1,2}[)）])[：:\s\u3000]*"
)
_TAIL = re.compile(r"\s*(?:摄|[/／]\s*(?:摄|图)|供图)\s*[)）]?\s*$")
_WITH_ROLE = re.compile(
    rf"[（(]?(?:[□■][{HAN}]{{0,4}}?|[{HAN}]{{1,10}}?{ORGANISATION}[{HAN}]{{0,4}}?)?"
    rf"(?P<role>{ROLE_WORDS})[\s\u3000:：]*"
    rf"(?P<names>[{HAN}·\s\u3000、]{{1,24}})$"
)
_NAMES_ONLY = re.compile(
    rf"[（(]?(?P<names>[{HAN}·]{{1,4}}(?:[\s\u3000、]+[{HAN}·]{{1,4}}){{0,3}})$"
)
_GROUP_CREDIT = re.compile(
    r"^[（(][^（()）]{0,8}图片[^（()）]{0,4}由(?P<who>[^（()）]{1,40}?)(?:提供|拍摄)[)）]$"
)
# '图:甲 乙 丙', '摄影:甲 乙', '本版图片:甲': one credit for the photos around it.
_GROUP_NAMES = re.compile(
    rf"^[（(]?(?:本版|本栏)?(?:图|图片|摄影|摄)[:：]\s*(?P<names>[{HAN}·\s\u3000、]{{2,40}})[)）]?$"
)
# A credit inside the line: '《冒雪》 张翼飞/图,获…铜奖。'
_MID_CREDIT = re.compile(
    rf"(?:(?<=[》」”\s\u3000。])|^)\s*(?P<names>[{HAN}·]{{2,4}}(?:[\s、][{HAN}·]{{2,4}}){{0,2}})"
    r"\s*(?:[/／]\s*图|[/／]\s*摄|\s摄)\s*(?=[,，;；])"
)
_POINTERS = "▲△▼▽↑↓←→"
_DATE_FIRST = re.compile(r"^(\d{1,2}月\d{1,2}日)\s*")
_DANGLING_ROLE = re.compile(rf"(?:{ROLE_WORDS})\s*$")


@dataclass(frozen=True)
class CaptionParts:
    label: str | None
    text: str
    photographers: tuple[str, ...]
    role: str | None


@dataclass(frozen=True)
class _Credit:
    start: int
    role: str | None
    names: tuple[str, ...]


@lru_cache(maxsize=4096)  # a page asks about each of its lines several times
def parse(line: str) -> CaptionParts | None:
    """The parts of a caption line, or None if the line is not a caption.

    A caption ends with a credit ('…。本报记者 X 摄', 'X/图') or starts with a
    label (图①, 资料图); a label alone (资料图 全媒体记者 X 摄) is its text.
    """
    dated = _DATE_FIRST.match(line)
    if dated and _LABEL.match(line[dated.end() :]):  # '1月22日①…': date, label
        parts = parse(line[dated.end() :])
        if parts is not None:
            return CaptionParts(
                parts.label,
                dated.group(1) + parts.text,
                parts.photographers,
                parts.role,
            )
    if line[:1] in _POINTERS:  # '▲渔民在码头上分拣…': the mark points at the photo
        line = line.lstrip(_POINTERS + " \u3000")
    label_match = _LABEL.match(line)
    credit = _credit(line) or _prefixed_credit(line)
    if credit is None and label_match is None:
        return _mid_credit(line)
    end = credit.start if credit else len(line)
    label = re.sub(r"\s+", "", label_match.group(1)) if label_match else None
    body_start = min(label_match.end(), end) if label_match else 0
    text = line[body_start:end].strip(" \u3000")
    if not text and label:  # 资料图 with only a credit: the label is the text
        text, label = label, None
    if credit is None and len(text) < 4:
        return None
    return CaptionParts(
        label, text, credit.names if credit else (), credit.role if credit else None
    )


def _credit(line: str) -> _Credit | None:
    end = line.rstrip()
    if end[-1:] in ")）":
        end = end[:-1].rstrip()
    if end[-1:] not in ("摄", "图"):
        return None  # what _TAIL needs, without searching the whole line
    tail = _TAIL.search(line)
    if tail is None:
        return None
    head = line[: tail.start()]
    match = _WITH_ROLE.search(head[-32:])
    if match:
        people = tuple(names(match.group("names")))
        start = len(head) - len(head[-32:]) + match.start()
        return _Credit(start, match.group("role"), people) if people else None
    match = _NAMES_ONLY.search(head)
    if match is None or not names(match.group("names")):
        return None
    before = head[: match.start()].rstrip(" \u3000")
    # '…公司工人在 摄' must not read a word of a sentence as a name: a bare
    # credit follows the end of a sentence or a label, or stands alone.
    if (
        before
        and before[-1] not in "。！？；）)”》」"
        and not _LABEL.fullmatch(before + " ")
    ):
        return None
    return _Credit(match.start(), None, tuple(names(match.group("names"))))


# A credit after the caption's sentence, its role first: '…训练。图/刘峰'.
_PREFIXED = re.compile(
    rf"(?<=[。！？!?）)”])\s*[（(]?(?:图|图片|摄影|摄)\s*[/／:：]\s*"
    rf"(?P<names>[{HAN}·]{{2,4}}(?:[\s\u3000、][{HAN}·]{{2,4}}){{0,2}})\s*[)）]?\s*$"
)


def _prefixed_credit(line: str) -> _Credit | None:
    if "/" not in line and "／" not in line and "：" not in line and ":" not in line:
        return None
    match = _PREFIXED.search(line)
    people = tuple(names(match.group("names"))) if match else ()
    return _Credit(match.start(), "photographer", people) if match and people else None


def _mid_credit(line: str) -> CaptionParts | None:
    """'《冒雪报考美术名校》 张翼飞/图,获…': the credit inside, the rest its text."""
    if "》" not in line[:41]:
        return None  # a title in 《》 starts the line, the credit after it
    match = _MID_CREDIT.search(line)
    if match is None or match.start() > 40 or "》" not in line[: match.start() + 1]:
        return None
    people = tuple(names(match.group("names")))
    if not people:
        return None
    text = (line[: match.start()].rstrip() + line[match.end() :]).strip()
    return CaptionParts(None, text, people, None)


def group_credit(line: str) -> str | None:
    """'(本栏图片均由市科技局提供)', '图:甲 乙 丙', '（本报记者 张伟 摄）' → the
    line itself, else None."""
    line = line.strip()
    return line if _GROUP_CREDIT.match(line) or group_names(line) else None


def group_names(line: str) -> list[str]:
    """The photographers a group credit line names ('图:甲 乙 丙', a bracketed
    credit alone: '（本报记者 张伟 摄）')."""
    match = _GROUP_NAMES.match(line.strip())
    if match:
        return names(match.group("names"))
    line = line.strip()
    if line[:1] in "（(" and line[-1:] in ")）" and credit_only(line[1:-1]):
        return list(parse(line[1:-1]).photographers)  # type: ignore[union-attr]
    return []


def dangling_credit(line: str) -> bool:
    """A caption line cut before its photographer's name: '…召开。本报记者'."""
    return bool(_DANGLING_ROLE.search(line))


def credit_only(line: str) -> bool:
    """A line that is only a credit, the rest of a caption above: '翟鹏程 摄'."""
    parts = parse(line)
    return (
        parts is not None
        and bool(parts.photographers)
        and not parts.label
        and (parts.text == "" or parts.text in ROLE_WORDS)
    )
