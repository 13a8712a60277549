"""Acupoint in a language: Qt's translators for the window, Qt's own dialogs and the model's words.

Used by the window and by the commands that draw (``sheet``, ``guide``, ``render-map``), before
anything with words is made: widgets take their texts when they are built, and the catalog is
read in the language of the model's words.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import paths
from .model import wording
from .model.languages import ENGLISH, choose_language, language_named
from .translation_files import find_qm

_installed: list[QTranslator] = []


def system_languages() -> list[str]:
    """The languages the system prefers, first first (``LANGUAGE``, then ``LC_ALL``/``LANG`` via Qt)."""
    preferred = [name for name in os.environ.get("LANGUAGE", "").split(":") if name]
    return [*preferred, *QLocale.system().uiLanguages(), QLocale.system().name()]


def language_for(setting: str) -> str:
    """The language to use: the Settings ▸ Language choice, else the system's."""
    return choose_language(setting, system_languages())


def compiled_translations_dir() -> Path:
    """Where a checkout's ``.ts`` files are compiled: the cache, as :mod:`.app.user_folders` has it."""
    override = os.environ.get("ACUPOINT_DATA_DIR")
    if override:
        return Path(override) / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "Acupoint" / "Acupoint"


def install_language(language: str) -> str:
    """Translate everything into ``language`` from now on; return the language installed (English
    when Acupoint has no such translation). Call it again to change: the old translators go."""
    app = QCoreApplication.instance()
    assert app is not None, "a QCoreApplication comes first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language_named(language) or ENGLISH
    qm = find_qm(language, paths.translations_dir(), compiled_translations_dir())
    if qm is None and language != ENGLISH:
        language = ENGLISH
        qm = find_qm(language, paths.translations_dir(), compiled_translations_dir())
    if language != ENGLISH:
        # Qt's own words (the buttons of standard dialogs, the print dialog).
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    if qm is not None:
        own = QTranslator(app)
        if own.load(str(qm)):
            _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    if language != ENGLISH:  # dates and numbers as the language writes them; English keeps the system's
        QLocale.setDefault(QLocale(language))
    # The model's English needs no translator: its plurals follow the English rule without a .qm.
    wording.use_translator(None if language == ENGLISH else _translate, language)
    return language


def _translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)
