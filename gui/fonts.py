"""CJK-capable font choices for the reader and the interface."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

SERIF = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Source Han Serif CN",
    "SimSun",
    "Songti SC",
    "AR PL UMing CN",
)
SANS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)


@cache
def chinese_families() -> tuple[str, ...]:
    """Installed families that cover Simplified Chinese."""
    return tuple(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def stack(preferred: tuple[str, ...]) -> list[str]:
    """Installed fonts from ``preferred``, then any other CJK font, never Latin-only."""
    installed = chinese_families()
    chosen = [family for family in preferred if family in installed]
    return chosen + [f for f in installed if f not in chosen][:2]


def css_stack(preferred: tuple[str, ...]) -> str:
    """A CSS font-family value for ``preferred`` that always covers CJK."""
    families = stack(preferred) or ["sans-serif"]
    return ", ".join(f"'{family}'" for family in families)
