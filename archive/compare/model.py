"""The figure the extractor returns: a plain frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("total", "added", "change", "rank", "share")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure an article reports for an indicator, with where it stands.

    ``value`` is the number as printed, in ``unit`` (家, 亿元, 万元, %,
    个百分点, 位 for a rank), negative for a fall (下降5% → -5);
    ``normalised`` is the same amount in ``base_unit``: the indicator's own
    unit for a count or money figure (9244.2万元 → 0.92442 亿元 for an
    indicator kept in 亿元; 3.5万人 → 35000 人), else the unit's base (%).

    ``kind`` is one of :data:`KINDS`: ``total`` a level (306家, 总数达到443家),
    ``added`` an addition (新增72家, 培育75家), ``change`` a change, either from
    ``earlier`` to ``value`` (由21家增至301家: both in ``unit``) or a rate or
    difference without ``earlier`` (同比增长142%), ``rank`` a place in a
    ranking (居全省第3位: value 3, ``scope`` 全省), ``share`` a part of a
    whole in percent (占全市的35%, 占…的1/4 → 25). A figure that is not a
    level (新增, 同比增长) is never ``total``; :attr:`level` gives the level a
    figure states, if any.

    ``qualifiers`` are the words printed with the number that hedge or
    frame it, in this vocabulary: 约 近 将近 接近 超过 超 逾 突破 不足 不到
    (before), 余 多 来 以上 左右 之多 上下 (after), 同比 累计 年均 比上年.

    ``year`` is the year stated before the figure in its sentence (2021年;
    去年 and 今年 against the article's date), else the article's year.
    ``place`` is a place named in the figure's clause (修武县, 焦作高新区,
    示范区), else the article's county, else its city; ``city`` and
    ``county`` are where that place lies, as far as the gazetteer knows
    (both ``None`` for 全省 or 全国: a figure of the province, not a city's).

    ``sentence`` is ``text[sentence_start:sentence_end]`` and ``start``/``end``
    the figure's own span (the number and its unit; for a change from one
    level to another, from the earlier number to the later one's unit; for
    a rank or share, the phrase from 居/占 on), all in code points of the
    text given to :func:`extract_figures`. ``named_as`` is the indicator's
    name as the sentence prints it.
    """

    indicator: str
    value: float
    unit: str
    normalised: float
    base_unit: str
    kind: str
    qualifiers: tuple[str, ...]
    earlier: float | None
    year: int | None
    place: str | None
    city: str | None
    county: str | None
    scope: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    named_as: str

    @property
    def level(self) -> float | None:
        """The level this figure says the indicator stood at, in ``unit``."""
        if self.kind == "total" or (self.kind == "change" and self.earlier is not None):
            return self.value
        return None
