"""Issue 15's quality bar on the shared sample pages: every labelled figure is found."""

from __future__ import annotations

import pytest

from tests.bench import figures_quality


def labelled_pages():
    if not figures_quality.SAMPLES.is_dir():
        return []
    return [p for p in figures_quality.pages() if figures_quality.expected_of(p)]


@pytest.mark.parametrize("page", labelled_pages(), ids=lambda p: p.name)
def test_every_labelled_figure_is_found_with_its_sentence(page):
    result = figures_quality.check_page(page)
    assert result.missed == []
    assert result.wrong == []
    assert len(result.found) == len(figures_quality.expected_of(page))


def test_the_labelled_figures_span_their_phrase(shared_samples):
    for page in labelled_pages():
        figures = figures_quality.page_figures(page)
        for entry in figures_quality.expected_of(page):
            (figure,) = [f for f in figures if figures_quality.matches(f, entry)]
            where = figure.sentence.index(entry["sentence_starts"])
            phrase = range(
                figure.sentence_start + where,
                figure.sentence_start + where + len(entry["sentence_starts"]),
            )
            assert figure.start in phrase or figure.end - 1 in phrase


def test_the_two_cities_report_their_high_tech_companies(shared_samples):
    levels = {}
    for page in labelled_pages():
        for figure in figures_quality.page_figures(page):
            if figure.indicator == "高新技术企业" and figure.level is not None:
                levels[figure.city] = figure.level
    assert levels == {"焦作": 306, "开封": 301}
