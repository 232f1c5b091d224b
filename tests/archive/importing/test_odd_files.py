"""Odd but valid files (issue 9 §7): each imports what it can or is refused with
a reason, never an internal error, and ``check`` is clean after any import."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import Archive
from archive.importing.importer import import_paths

TITLE = "城西污水处理厂扩建投用"
BODY = "近日，城西污水处理厂扩建工程正式投用，日处理能力提高到十万吨。"


def imported(tmp_path, name: str, data: str | bytes):
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    archive = Archive.open(tmp_path / f"{name}.sqlite", create=True)
    (report,) = import_paths(archive, [path]).files
    return archive, report


@pytest.mark.parametrize(
    ("name", "data", "titles"),
    [
        (
            "one-column.csv",
            f"title\n{TITLE}\n老旧小区加装电梯提速\n",
            [TITLE, "老旧小区加装电梯提速"],
        ),
        (
            "quotes.csv",
            f'title,body\n"他说""好""{TITLE}",{BODY}\n',
            [f'他说"好"{TITLE}'],
        ),
        (
            "list-title.json",
            json.dumps({"title": ["城西", "污水厂"], "body": BODY}),
            ["城西 污水厂"],
        ),
        (
            "object-body.json",
            json.dumps({"title": TITLE, "body": {"text": BODY}}),
            [TITLE],
        ),
        (
            "numbers.json",
            json.dumps({"title": TITLE, "body": BODY, "views": 10**20, "kicker": 12}),
            [TITLE],
        ),
        (
            "list-body.json",
            json.dumps(
                {"title": TITLE, "body": str([BODY, "厂区还建设了中水回用管线。"])}
            ),
            [TITLE],
        ),
        (
            "string.json",
            json.dumps(f"# {TITLE}\n\n本报讯 {BODY}\n", ensure_ascii=False),
            [TITLE],
        ),
        ("credit.txt", f"# {TITLE}\n\n本报讯 {BODY}\n\n刘 昆 摄\n", [TITLE]),
    ],
)
def test_odd_files_import_what_they_hold(tmp_path, name, data, titles):
    archive, report = imported(tmp_path, name, data)
    assert report.status == "added", report.message
    assert [archive.article(i).title for i in report.articles] == titles
    assert archive.check() == []


def test_a_body_stored_as_a_list_repr_reads_as_paragraphs(tmp_path):
    data = json.dumps(
        {"title": TITLE, "body": str([BODY, "厂区还建设了中水回用管线。"])}
    )
    archive, report = imported(tmp_path, "repr.json", data)
    assert archive.article(report.articles[0]).paragraphs == [
        BODY,
        "厂区还建设了中水回用管线。",
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [("numbers.json", "[1, 2, 3]"), ("deep.json", "[" * 100_000 + "]" * 100_000)],
)
def test_files_without_records_are_refused_with_a_reason(tmp_path, name, data):
    archive, report = imported(tmp_path, name, data)
    assert (report.status, report.reason) == ("failed", "bad_format")
    assert "internal" not in report.message
    assert archive.check() == []


_TEXT = st.text(
    alphabet="城西污水厂扩建投用记者摄图①，。\"'[]{}:,\n 0123456789ab", max_size=40
)
_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**25), max_value=10**25)
    | st.floats(allow_nan=False)
    | _TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3)
    ),
    max_leaves=6,
)
_KEYS = st.sampled_from(
    ["title", "body", "kicker", "views", "date", "reporters", "标题", "正文", "x"]
)
_ROW = st.dictionaries(_KEYS, _VALUE, max_size=5)


@st.composite
def odd_file(draw) -> tuple[str, str]:
    """A JSON, JSONL, CSV or text page with odd but valid content."""
    kind = draw(st.sampled_from(["json", "jsonl", "csv", "txt"]))
    if kind == "json":
        data = draw(st.one_of(_ROW, st.lists(_ROW, max_size=3), _TEXT, _VALUE))
        return "odd.json", json.dumps(data, ensure_ascii=False)
    if kind == "jsonl":
        rows = draw(st.lists(_ROW, min_size=1, max_size=3))
        return "odd.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    if kind == "csv":
        columns = draw(st.lists(_KEYS, min_size=1, max_size=3, unique=True))
        rows = draw(
            st.lists(
                st.lists(_TEXT, min_size=len(columns), max_size=len(columns)),
                max_size=3,
            )
        )
        quote = lambda v: '"' + v.replace('"', '""') + '"'  # noqa: E731
        lines = [",".join(columns)] + [",".join(map(quote, r)) for r in rows]
        return "odd.csv", "\n".join(lines) + "\n"
    lines = draw(
        st.lists(
            st.sampled_from(
                [
                    "# 城西污水厂扩建",
                    "本报讯 城西污水厂扩建投用。",
                    "刘 昆 摄",
                    "图①",
                    "记者 林晓",
                    "（本栏图片均由某局提供）",
                    "◆",
                    "——",
                    "核心提示：",
                    "|",
                ]
            )
            | _TEXT,
            max_size=8,
        )
    )
    return "odd.txt", "\n\n".join(lines)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(odd_file())
def test_fuzzed_odd_files_never_fail_inside_and_leave_the_archive_sound(
    tmp_path_factory, file
):
    name, data = file
    folder = tmp_path_factory.mktemp("odd")
    archive, report = imported(folder, name, data)
    assert report.reason != "internal", report.message
    assert archive.check() == []
    archive.close()
