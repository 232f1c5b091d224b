#!/usr/bin/env python3
"""Fill the translations lupdate left unfinished.

    .ci/translate.py            list what is unfinished in clipfile_zh_CN.ts
    .ci/translate.py FILE.json  apply {"source": "翻译", …} to clipfile_zh_CN.ts
                                (a source with %n takes ["单数", "复数"] or one form)

The English file needs no words: its unfinished messages are marked done (the
source is the text), numerus forms are written as English plurals. Run
.ci/translations afterwards to rebuild the .qm files.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def unfinished(tree: ET.ElementTree):
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield context.findtext("name"), message, translation


def english() -> None:
    path = FOLDER / "clipfile_en.ts"
    tree = ET.parse(path)
    for _, message, translation in unfinished(tree):
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            source = message.findtext("source")
            for form in list(translation):
                translation.remove(form)
            singular = re.sub(r"\((\w+)\)", "", source)
            plural = re.sub(r"\((\w+)\)", r"\1", source)
            for text in (singular, plural):
                ET.SubElement(translation, "numerusform").text = text
    _write(tree, path)


def chinese(mapping: dict[str, object]) -> list[str]:
    path = FOLDER / "clipfile_zh_CN.ts"
    missing, tree = [], ET.parse(path)
    for context, message, translation in unfinished(tree):
        source = message.findtext("source")
        if source not in mapping:
            missing.append(f"{context}: {source}")
            continue
        value = mapping[source]
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            forms = value if isinstance(value, list) else [value]
            ET.SubElement(translation, "numerusform").text = forms[0]
        else:
            translation.text = value if isinstance(value, str) else value[0]
    _write(tree, path)
    return missing


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        "utf-8",
    )


def main() -> int:
    english()
    mapping = (
        json.loads(Path(sys.argv[1]).read_text("utf-8")) if len(sys.argv) > 1 else {}
    )
    missing = chinese(mapping)
    for line in missing:
        print(line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
