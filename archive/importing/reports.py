"""What an import did, file by file: the report the CLI prints and the window shows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FileReport:
    """What importing one file did."""

    path: str
    status: str = "added"  # added, updated, duplicate, failed
    message: str = ""  # English, for the terminal
    reason: str = ""  # what ``message`` says, as a code the GUI translates
    detail: str = ""  # the particulars ``reason`` needs (a size, a file name)
    encoding: str | None = None
    articles: list[int] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)
    leftovers: int = 0


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.files)

    def as_json(self) -> dict:
        """The ``import --json`` document (../shared/docs/headless.md)."""
        done = [f for f in self.files if f.status in ("added", "updated")]
        return {
            "files": len(self.files),
            "articles_added": sum(len(f.articles) for f in done),
            "captions_added": sum(len(f.captions) for f in done),
            "duplicates": self.count("duplicate"),
            "updated": self.count("updated"),
            "cancelled": self.cancelled,
            "errors": [
                {"path": f.path, "message": f.message}
                for f in self.files
                if f.status == "failed"
            ],
            "sources": [
                {
                    "path": f.path,
                    "encoding": f.encoding,
                    "status": f.status,
                    "articles": f.articles,
                    "captions": f.captions,
                    "leftovers": f.leftovers,
                }
                for f in self.files
                if f.status != "failed"
            ],
        }
