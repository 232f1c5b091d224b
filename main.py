"""Clipfile (剪报档案): the window, or with a subcommand the same work headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser(*, subcommands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``subcommands``, the window's options alone
    (the headless commands' modules are not imported to open the window)."""
    parser = argparse.ArgumentParser(
        prog="clipfile",
        description="Clipfile: a desktop archive of newspaper articles and captions.",
    )
    parser.add_argument("--archive", type=Path, help="archive file to open")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the window offscreen to a PNG and exit",
    )
    parser.add_argument(
        "--view",
        default="browse",
        help="with --screenshot: browse, search:QUERY, article:ID, review",
    )
    parser.add_argument(
        "--size",
        default="1400x900",
        type=_size,
        help="with --screenshot: window size WxH",
    )
    if subcommands:
        from archive import add_subcommands  # noqa: PLC0415 (not for the window)

        add_subcommands(parser)
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected WIDTHxHEIGHT, e.g. 1400x900"
        ) from None
    return width, height


def _write_pdf(html: str, out: Path) -> None:
    """Qt's printing, loaded only when a PDF is asked for."""
    from gui.printing import write_pdf  # noqa: PLC0415 (Qt only for a PDF)

    write_pdf(html, out)


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args, rest = None, ["--help"]
    if not {"-h", "--help"} & set(words):
        args, rest = build_parser(subcommands=False).parse_known_args(words)
        args.command = None  # the window, if nothing else is on the line
    if rest:
        args = build_parser().parse_args(words)
    if args.command:
        from archive import run_command, set_pdf_writer  # noqa: PLC0415

        set_pdf_writer(_write_pdf)
        return run_command(args)
    from gui.app import run  # noqa: PLC0415 (Qt only when a window is wanted)

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
