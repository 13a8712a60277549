"""The languages Acupoint speaks, and which one to use: the setting, else the system's. No Qt.

A language is named as Qt and the ``.ts`` files name it (``zh_CN``); English is ``en``, the
language the sources are written in. A language is listed here only when it is complete: the
window, the model's words (``translations/acupoint_LANG.ts``) and every text of the data files.
"""

from __future__ import annotations

from collections.abc import Iterable

ENGLISH = "en"
# Each language in its own words, as the Settings ▸ Language menu lists it.
LANGUAGES: dict[str, str] = {ENGLISH: "English", "zh_CN": "中文（简体）"}


def language_named(name: str) -> str | None:
    """The language a locale or command-line name means: ``zh_CN.UTF-8``, ``zh-Hans-CN``, ``zh``
    → ``zh_CN``; ``en_GB`` → ``en``; ``None`` for one Acupoint does not have."""
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    if not base:
        return None
    if base in LANGUAGES:
        return base
    parts = base.split("_")
    language = parts[0].lower()
    if language == "zh":
        # Traditional Chinese (Taiwan, Hong Kong, Macao, or "Hant") is another written language.
        rest = {part.upper() for part in parts[1:]}
        return None if rest & {"TW", "HK", "MO", "HANT"} else "zh_CN"
    return language if language in LANGUAGES else None


def choose_language(setting: str, system: Iterable[str]) -> str:
    """The language to use: the setting when it names one (``""`` follows the system), else the
    first of the system's preferred languages that Acupoint has, else English."""
    if setting in LANGUAGES:
        return setting
    for name in system:
        language = language_named(name)
        if language is not None:
            return language
    return ENGLISH
