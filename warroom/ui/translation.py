"""The language of the widgets, chosen once before the first window opens.

The language is the one chosen under View > Language (kept in the settings),
else the system's (``warroom.core.i18n.system_language``). For it, Qt is given
our translations (``resources/i18n/warroom_<lang>.qm``, compiled from the
``.ts`` sources by ``make translations``) and its own (``qtbase_<lang>.qm``,
so the buttons of standard dialogs match), the core speaks the same language
through ``warroom.core.i18n.activate``, and ``QLocale`` formats dates and
numbers the way that language writes them.

A checkout where the ``.qm`` files were never built still starts: in English,
with one line in the log that says why.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from warroom.core import i18n
from warroom.core.language import LANGUAGES, SOURCE
from warroom.core.resources import resource
from warroom.ui.settings import settings

log = logging.getLogger(__name__)

SETTING = "language"
# The locale each language formats with when the system's locale speaks another one.
_LOCALES = {"de": "de_DE", "ja": "ja_JP"}

# Kept so the translators live as long as they are installed, and can be removed.
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language set under View > Language, else the system's."""
    stored = str(settings().value(SETTING, "") or "")
    return stored if stored in LANGUAGES else i18n.system_language()


def choose_language(lang: str) -> None:
    """Remember ``lang`` for the next start (View > Language)."""
    settings().setValue(SETTING, lang if lang in LANGUAGES else SOURCE)


def qm_path(lang: str) -> Path:
    return resource("i18n", f"warroom_{lang}.qm")


def install_language(app: QCoreApplication, lang: str) -> str:
    """Speak ``lang`` in the widgets and the core; the language actually installed.

    Any language installed before is removed first. A missing or unreadable
    ``.qm`` leaves everything in English (logged, never raised).
    """
    remove_language(app)
    if lang not in LANGUAGES:
        lang = SOURCE
    # English needs no translation but its plurals ("1 incident", "2 incidents"): without
    # warroom_en.qm a count reads "1 incident(s)".
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        _install(app, ours)
        qt_own = QTranslator(app)
        translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Without Qt's own file only the standard buttons stay English.
        if lang != SOURCE and qt_own.load(f"qtbase_{lang}", translations):
            _install(app, qt_own)
    elif lang != SOURCE:
        log.warning(
            "no translations for %r at %s (run `make translations`); speaking English",
            lang,
            qm_path(lang),
        )
        lang = SOURCE
    i18n.activate(lang)
    system = QLocale.system()
    # A German seat on an English system still writes 14.05.2026; an English seat keeps
    # the system's formats (en_US, en_GB, or a language warroom does not speak).
    same = lang == SOURCE or system.name().split("_")[0] == lang
    QLocale.setDefault(system if same else QLocale(_LOCALES[lang]))
    return lang


def remove_language(app: QCoreApplication) -> None:
    """Back to the English source (tests switch languages within one process)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.activate(SOURCE)
    QLocale.setDefault(QLocale.system())


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
