"""Interface language: Clipfile's .qm files plus Qt's, by locale or --lang."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("zh_CN", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context`` and hand it back (Qt's
    name, which lupdate reads; PySide6 types its own as returning object)."""
    return source


def pick_language(requested: str | None) -> str:
    """``requested`` if given, else zh_CN on a Chinese system and en elsewhere."""
    if requested:
        return requested
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Clipfile's and Qt's translators for ``language``; returns them."""
    translators = []
    folder = resources.files("resources") / "translations"
    with resources.as_file(folder / f"clipfile_{language}.qm") as qm:
        own = QTranslator(app)
        if own.load(str(qm)):
            translators.append(own)
    qt = QTranslator(app)
    if qt.load(
        f"qtbase_{language}",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return translators


def number(n: int) -> str:
    """A count as the interface's language writes it: 40,000."""
    return QLocale().toString(n)
