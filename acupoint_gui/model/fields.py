"""Typed, line-aware reading of a YAML map, collecting every problem instead of stopping.

A :class:`Fields` wraps one map of the tree made by :mod:`.yaml_source`. Each accessor
returns the value when it is right, or ``None`` after recording a problem with the file,
line and field path. :meth:`Fields.finish` reports keys nobody asked for, so a typo in a
data file is never silently ignored.
"""

from __future__ import annotations

from collections.abc import Iterator

from .problems import Problem
from .yaml_source import YMap, YNode, YScalar, YSeq

_MISSING = object()


class Problems:
    """Collects problems for one file; knows which language its texts are read in.

    ``language`` is the language a translated text is read in (English when a text has no
    translation into it); ``translated`` the languages the file says every text is translated
    into (its top-level ``languages``), so a missing one is a problem.
    """

    def __init__(self, filename: str, language: str = "en") -> None:
        self.filename = filename
        self.items: list[Problem] = []
        self.language = language
        self.translated: tuple[str, ...] = ()

    def add(self, line: int, path: str, message: str) -> None:
        self.items.append(Problem(self.filename, line, path, message))


def describe(node: YNode) -> str:
    if isinstance(node, YMap):
        return "a map"
    if isinstance(node, YSeq):
        return "a list"
    value = node.value
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


class Fields:
    """The fields of one YAML map at ``path``."""

    def __init__(self, node: YMap, path: str, problems: Problems) -> None:
        self.node = node
        self.path = path
        self.problems = problems
        self._used: set[str] = set()

    @classmethod
    def of(cls, node: YNode, path: str, problems: Problems) -> Fields | None:
        """A :class:`Fields` for ``node`` or ``None`` (with a problem) when it is not a map."""
        if isinstance(node, YMap):
            return cls(node, path, problems)
        problems.add(node.line, path, f"must be a map of fields, not {describe(node)}")
        return None

    @property
    def line(self) -> int:
        return self.node.line

    def sub(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def line_of(self, key: str) -> int:
        return self.node.key_lines.get(key, self.node.line)

    def _get(self, key: str, required: bool) -> YNode | None:
        self._used.add(key)
        node = self.node.items.get(key)
        if node is None:
            if required:
                self.problems.add(self.node.line, self.sub(key), "missing")
            return None
        if isinstance(node, YScalar) and node.value is None and not required:
            return None
        return node

    def skip(self, key: str) -> None:
        """Accept ``key`` without reading it here: another module reads it (``find_it``)."""
        self._used.add(key)

    def has(self, key: str) -> bool:
        return key in self.node.items

    def error(self, key: str, message: str) -> None:
        node = self.node.items.get(key)
        self.problems.add(node.line if node is not None else self.node.line, self.sub(key), message)

    def text(
        self, key: str, *, required: bool = True, default: str = "", max_len: int = 5000, translated: bool = False
    ) -> str | None:
        """A text field; with ``translated``, one that may carry its translations: ``{en: ..., zh_CN: ...}``."""
        node = self._get(key, required)
        if node is None:
            return None if required else default
        if translated:
            node = translation(node, self.sub(key), self.problems)
            if node is None:
                return None
        if not isinstance(node, YScalar) or not isinstance(node.value, str):
            self.problems.add(node.line, self.sub(key), f"must be text, not {describe(node)}")
            return None
        value = node.value.strip()
        if not value:
            if required:
                self.problems.add(node.line, self.sub(key), "must not be empty")
                return None
            return default
        if len(value) > max_len:
            self.problems.add(node.line, self.sub(key), f"is too long ({len(value)} characters; at most {max_len})")
            return None
        return value

    def number(
        self, key: str, low: float, high: float, *, required: bool = True, integer: bool = False
    ) -> float | None:
        node = self._get(key, required)
        if node is None:
            return None
        value = node.value if isinstance(node, YScalar) else None
        kind = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
            self.problems.add(node.line, self.sub(key), f"must be {kind}, not {describe(node)}")
            return None
        if not low <= value <= high:
            self.problems.add(node.line, self.sub(key), f"must be between {low:g} and {high:g}, not {value:g}")
            return None
        return value

    def integer(self, key: str, low: int, high: int, *, required: bool = True) -> int | None:
        value = self.number(key, low, high, required=required, integer=True)
        return None if value is None else int(value)

    def choice(self, key: str, choices: tuple[str, ...], *, required: bool = True) -> str | None:
        node = self._get(key, required)
        if node is None:
            return None
        if isinstance(node, YScalar) and isinstance(node.value, str) and node.value in choices:
            return node.value
        shown = node.value if isinstance(node, YScalar) else describe(node)
        self.problems.add(node.line, self.sub(key), f"must be one of {', '.join(choices)}, not {shown!r}")
        return None

    def items(self, key: str, *, required: bool = True, allow_empty: bool = True) -> Iterator[tuple[str, YNode]]:
        """The entries of a list field, with their paths."""
        node = self._get(key, required)
        if node is None:
            return
        if not isinstance(node, YSeq):
            self.problems.add(node.line, self.sub(key), f"must be a list, not {describe(node)}")
            return
        if not node.items and not allow_empty:
            self.problems.add(node.line, self.sub(key), "must not be empty")
        for index, item in enumerate(node.items):
            yield f"{self.sub(key)}[{index}]", item

    def text_list(
        self, key: str, *, required: bool = True, allow_empty: bool = False, translated: bool = False
    ) -> tuple[str, ...]:
        values: list[str] = []
        for path, item in self.items(key, required=required, allow_empty=allow_empty):
            if translated:
                found = translation(item, path, self.problems)
                if found is None:
                    continue
                item = found
            if (
                isinstance(item, YScalar)
                and isinstance(item.value, (str, int, float))
                and not isinstance(item.value, bool)
            ):
                text = str(item.value).strip()
                if text:
                    values.append(text)
                    continue
                self.problems.add(item.line, path, "must not be empty")
            else:
                self.problems.add(item.line, path, f"must be text, not {describe(item)}")
        return tuple(values)

    def fields(self, key: str, *, required: bool = True) -> Fields | None:
        node = self._get(key, required)
        if node is None:
            return None
        return Fields.of(node, self.sub(key), self.problems)

    def finish(self) -> None:
        """Report every key that no accessor asked for."""
        for key in self.node.items:
            if key not in self._used:
                self.problems.add(self.line_of(key), self.sub(key), "unknown field")


def read_languages(top: Fields) -> None:
    """The file's ``languages``: English and the languages every text is translated into. Read
    first, so each text after it is checked for its translations."""
    from .languages import ENGLISH, LANGUAGES

    if not top.has("languages"):
        return
    languages = top.text_list("languages")
    for index, language in enumerate(languages):
        if language not in LANGUAGES:
            top.problems.add(
                top.line_of("languages"),
                f"languages[{index}]",
                f"unknown language {language!r} (known: {', '.join(LANGUAGES)})",
            )
    if languages and languages[0] != ENGLISH:
        top.error("languages", "must start with en: the English text is the one every translation is made from")
    top.problems.translated = tuple(language for language in languages if language in LANGUAGES and language != ENGLISH)


def translation(node: YNode, path: str, problems: Problems) -> YNode | None:
    """The text of ``node`` in ``problems.language``: ``node`` itself when it is plain text (English),
    its entry for the language when it is a map of translations (``{en: ..., zh_CN: ...}``), else
    its English. A translation the file promises (``languages``) that is missing or empty is a
    problem, and so is a language key Acupoint does not know."""
    from .languages import LANGUAGES

    if not isinstance(node, YMap):
        if not isinstance(node, YScalar):
            return node  # the caller says what it should be
        for language in problems.translated:
            problems.add(
                node.line,
                path,
                f"must be written with its {language} translation beside it: {{en: ..., {language}: ...}}",
            )
        return node
    for key in node.items:
        if key not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            problems.add(
                node.key_lines.get(key, node.line), f"{path}.{key}", f"unknown field: a language (one of {known})"
            )
    english = node.items.get("en")
    if english is None:
        problems.add(node.line, f"{path}.en", "missing: the English text comes first")
        return None
    for key, given in node.items.items():
        if not isinstance(given, YScalar) or not isinstance(given.value, str):
            problems.add(given.line, f"{path}.{key}", f"must be text, not {describe(given)}")
            return None
    for language in problems.translated:
        line = node.key_lines.get(language, node.line)
        if language not in node.items:
            problems.add(line, f"{path}.{language}", "missing translation")
        elif not str(getattr(node.items[language], "value", "")).strip():  # every entry is text (checked above)
            problems.add(line, f"{path}.{language}", "empty translation")
    wanted = node.items.get(problems.language)
    if isinstance(wanted, YScalar) and isinstance(wanted.value, str) and wanted.value.strip():
        return wanted
    return english
