"""Figures read by the import's workers are the figures read in the importer:
the same rows (values, spans, sentences), with the archive's own indicator
dictionary, and an editor's word on a figure holds either way."""

from __future__ import annotations

from archive import Archive, Indicator, SetIndicators
from archive.compare.storage import CorrectFigure, RejectFigure, rows
from archive.importing import workers
from archive.importing.importer import import_paths

from ..compare.storage.pages import XUCHANG

COUNTIES = ("鄢陵县", "禹州市", "长葛市", "襄城县")
# an indicator of the archive's own, not in the shipped dictionary
PLATFORMS = Indicator(
    name="创新平台",
    family="count",
    unit="个",
    units=("个", "家"),
    aliases=("创新平台", "科技创新平台"),
)


LATER = "\n# 科技工作会议召开\n\n本报讯(记者周川)全市科技工作会议昨日召开。\n"


def page(n: int) -> str:
    """A page of figures of every kind, its numbers and county its own."""
    return (
        XUCHANG.replace("412家", f"{400 + n}家")
        .replace("68家", f"{n % 50 + 10}家")
        .replace("鄢陵县", COUNTIES[n % len(COUNTIES)])
        + f"\n# 创新平台建设提速\n\n本报讯(记者林晓)全市科技创新平台总数达到{n + 20}个。\n"
    )


def write_pages(folder, names: range, text=page) -> None:
    folder.mkdir(exist_ok=True)
    for n in names:
        (folder / f"许昌-2023-05-{n:03d}.txt").write_text(text(n), "utf-8")


def figures(archive: Archive) -> list:
    """Every stored figure as a reader sees it, with the editors' word."""
    rows = archive.db.execute(
        "SELECT f.* FROM figures f ORDER BY f.article_id, f.start, f.indicator"
    ).fetchall()
    texts = archive.db.execute(
        "SELECT article_id, digest FROM figure_texts ORDER BY article_id"
    ).fetchall()
    shown = sorted(
        (f.article_id, f.indicator, f.kind, f.value, f.status, f.sentence, f.phrase)
        for f in archive.figures()
    )
    return [[tuple(row)[1:] for row in rows], texts, shown]  # all but the row id


def counting(monkeypatch) -> list[int]:
    """How many articles' figures this process reads."""
    read: list[int] = []
    real = rows.read_figures
    monkeypatch.setattr(
        rows, "read_figures", lambda *a, **k: (read.append(1), real(*a, **k))[1]
    )
    return read


def imported(tmp_path, name: str, folder, readers: int) -> list:
    archive = Archive.open(tmp_path / name, create=True, editor="tester")
    try:
        archive.execute(SetIndicators([*archive.indicators(), PLATFORMS]))
        import_paths(archive, [folder], readers=readers)
        first = figures(archive)
        (stations, *_) = archive.figures(indicator="院士工作站")
        archive.execute(CorrectFigure(stations.id, 11))
        platforms = min(archive.figures(indicator="创新平台"), key=lambda f: f.value)
        archive.execute(RejectFigure(platforms.id))
        # a corrected version of the first page (read here: its path is
        # known) and new pages saying the same (read ahead by the workers)
        (folder / "许昌-2023-05-000.txt").write_text(
            page(0).replace("156个", "157个"), "utf-8"
        )
        write_pages(folder, range(100, 110), text=lambda n: page(n - 100) + LATER)
        import_paths(archive, [folder], readers=readers)
        return [first, figures(archive)]
    finally:
        archive.close()


def test_figures_read_ahead_are_the_figures_read_here(tmp_path, monkeypatch):
    folder = tmp_path / "pages"
    write_pages(folder, range(workers.MIN_FILES + 2))
    alone = imported(tmp_path, "alone.sqlite", folder, readers=0)
    write_pages(folder, range(workers.MIN_FILES + 2))  # as they were at first
    for extra in range(100, 110):
        (folder / f"许昌-2023-05-{extra:03d}.txt").unlink()
    read_here = counting(monkeypatch)
    ahead = imported(tmp_path, "ahead.sqlite", folder, readers=1)
    assert ahead == alone
    # most were read by the worker (the first ones here while it started)
    assert len(read_here) < len(alone[1][1]) / 2
    (stored, _, shown), (_, _, again) = alone
    assert stored
    # every kind of figure, the archive's own indicator among them
    assert {kind for _, _, kind, *_ in shown} >= {"total", "added", "change"}
    assert ("创新平台", 20) in {(f[1], f[3]) for f in shown}
    # the editors' word holds for the page read again and for the new pages
    # read ahead that say the same
    stations = {(f[3], f[4]) for f in again if f[1] == "院士工作站"}
    assert stations == {(11, "corrected"), (12, "extracted")}  # 000's sentence
    rejected = [f[3] for f in again if f[1] == "创新平台" and f[4] == "rejected"]
    assert rejected == [20, 20]  # page 000 read again, and page 100


def test_figures_read_ahead_with_another_dictionary_are_read_again(
    tmp_path, monkeypatch
):
    """Workers that read figures with other indicator entries than the
    archive's when its pages are written (changed meanwhile): the writer
    reads them again itself."""
    folder = tmp_path / "pages"
    write_pages(folder, range(workers.MIN_FILES + 2))
    real = workers.Readers.__init__
    monkeypatch.setattr(
        workers.Readers,
        "__init__",
        lambda self, files, count, year, dictionary=None: real(
            self,
            files,
            count,
            year,
            "",  # the shipped dictionary
        ),
    )
    read_here = counting(monkeypatch)
    ahead = imported(tmp_path, "ahead.sqlite", folder, readers=1)
    assert len(read_here) >= len(ahead[1][1])  # every article's, here
    monkeypatch.undo()
    write_pages(folder, range(workers.MIN_FILES + 2))
    for extra in range(100, 110):
        (folder / f"许昌-2023-05-{extra:03d}.txt").unlink()
    alone = imported(tmp_path, "alone.sqlite", folder, readers=0)
    assert ahead == alone
