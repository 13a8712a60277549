"""The model's words in any language, without Qt: Qt's own ``tr()`` idiom on plain classes.

The model says what it has to say in English, through a class per subject that works like a
QObject's ``tr()``::

    class StepWords(Words): ...
    StepWords.tr("Press firmly")
    StepWords.tr("%n minute(s)", "", minutes)

``pyside6-lupdate`` extracts these calls like any ``Class.tr(...)`` (the class name is the
context, a third argument makes a plural), so the model's sentences sit in the same ``.ts``
files as the window's. At run time the app hands this module Qt's translator
(:func:`use_translator`); until then — the headless commands, the model's tests — the English
is made here, a plural written ``word(s)`` by the English rule (the English ``.qm`` holds the
same forms for Qt, and a test checks that the two agree).

Why not return message objects for the ui to translate: the model composes sentences from
pieces, numbers and plurals (a step, a sheet, a routine's limits), and every signature on the
way to a widget, a sheet or the voice would have to carry them. One translator, set once,
keeps each change a local one (a string wrapped where it is written) and the model free of Qt.
Words chosen from a table made at import time are marked with :func:`QT_TRANSLATE_NOOP` and
translated where they are used: ``StepWords.tr(PRESS_WORDS[pressure])``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source text, disambiguation, n) -> the text in the current language, %n not yet replaced
Translator = Callable[[str, str, "str | None", int], str]

_PLURAL = re.compile(r"\((s|es)\)")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, with ``word(s)`` made singular for one and plural otherwise."""
    if n < 0:
        return source
    return _PLURAL.sub("" if n == 1 else r"\1", source)


_translator: Translator = english
_language = "en"


def use_translator(translator: Translator | None, language: str = "en") -> None:
    """Translate the model's words with ``translator`` (``None``: English again)."""
    global _translator, _language
    _translator = translator or english
    _language = language if translator is not None else "en"


def current_language() -> str:
    """The language the model's words are in: ``"en"`` or ``"zh_CN"``."""
    return _language


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction into ``context``; it is translated where it is used."""
    return source


_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2`` … replaced by ``values`` in one pass (as ``QString.arg``:
    a value that holds "%2" itself is left as it is)."""
    return _PLACE.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0), template
    )


class Words:
    """A subject of the model's words; a subclass's name is the translation context."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = _translator(cls.__name__, source, disambiguation or None, n)
        return text.replace("%n", str(n)) if n >= 0 else text


_CLOSED = "。！？：；，、）」』》"  # Chinese puts no space after these full-width marks
_OPENING = "（「『《"  # nor before these


def space_between(before: str, after: str) -> str:
    """The space between two pieces of text: " " as English writes it, "" where Chinese puts
    none (after a full-width mark that ends a sentence or a clause, before an opening one)."""
    if not before or not after or before.endswith(tuple(_CLOSED)) or after.startswith(tuple(_OPENING)):
        return ""
    return " "


def sentences(*parts: str) -> str:
    """Sentences (already translated) one after another: with a space between them, as English
    writes them, except where Chinese puts none (see :func:`space_between`)."""
    text = ""
    for part in parts:
        if part:
            text += space_between(text, part) + part
    return text
