"""Read YAML into a small tree that remembers line numbers, safely.

Only YAML's plain data types are built: strings, numbers, booleans, null, lists and maps.
Any other tag (``!!python/object/apply:...`` and friends) is reported as a problem and never
constructed. Anchors and aliases are refused too, which rules out "billion laughs" bombs, and
a duplicate key in a map is an error rather than a silent overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .problems import DataError, Problem

try:  # the C parser is much faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024
"""Data files are a few hundred kilobytes at most; anything far bigger is a mistake."""

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class YScalar:
    value: Scalar
    line: int


@dataclass(frozen=True)
class YSeq:
    items: tuple[YNode, ...]
    line: int


@dataclass(frozen=True)
class YMap:
    items: dict[str, YNode]
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)


YNode = YScalar | YSeq | YMap


def decode(data: bytes, filename: str) -> str:
    """Bytes to text, or a :class:`DataError` that says what is wrong with them."""
    if len(data) > MAX_BYTES:
        raise DataError([Problem(filename, 1, "", f"file is too large ({len(data):,} bytes; at most {MAX_BYTES:,})")])
    if b"\x00" in data:
        raise DataError([Problem(filename, 1, "", "file is binary, not YAML text")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError([Problem(filename, line, "", "file is not UTF-8 text")]) from None


def parse(text: str, filename: str) -> YNode:
    """Parse YAML text into a line-numbered tree, or raise :class:`DataError`."""
    if len(text) > MAX_BYTES:
        raise DataError([Problem(filename, 1, "", f"file is too large (at most {MAX_BYTES:,} bytes)")])
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise DataError([Problem(filename, line, "", f"not valid YAML: {_yaml_problem(exc, text)}")]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem(filename, 1, "", f"not valid YAML: {exc}")]) from None
    except (ValueError, RecursionError) as exc:  # e.g. characters YAML forbids, absurd nesting
        raise DataError([Problem(filename, 1, "", f"not valid YAML: {exc}")]) from None
    if root is None:
        raise DataError([Problem(filename, 1, "", "file is empty")])
    problems: list[Problem] = []
    tree = _convert(root, filename, "", problems, set())
    if problems:
        raise DataError(problems)
    return tree


def _yaml_problem(exc: yaml.MarkedYAMLError, text: str) -> str:
    problem = exc.problem or str(exc)
    mark = exc.problem_mark
    # libyaml leaves out the character it stopped at (a tab, say); name it, as PyYAML's own parser does.
    if problem == "found character that cannot start any token" and mark is not None and 0 <= mark.index < len(text):
        return f"found character {text[mark.index]!r} that cannot start any token"
    return problem


def _convert(node: yaml.Node, filename: str, path: str, problems: list[Problem], seen: set[int]) -> YNode:
    line = node.start_mark.line + 1
    if id(node) in seen:
        problems.append(Problem(filename, line, path, "YAML anchors and aliases are not allowed"))
        return YScalar(None, line)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        return _convert_map(node, filename, path, problems, seen)
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _SEQ:
            problems.append(Problem(filename, line, path, f"YAML tag {node.tag!r} is not allowed"))
        items = tuple(_convert(child, filename, f"{path}[{i}]", problems, seen) for i, child in enumerate(node.value))
        return YSeq(items, line)
    assert isinstance(node, yaml.ScalarNode)
    return YScalar(_scalar(node, filename, path, problems), line)


def _convert_map(node: yaml.MappingNode, filename: str, path: str, problems: list[Problem], seen: set[int]) -> YMap:
    line = node.start_mark.line + 1
    if node.tag != _MAP:
        problems.append(Problem(filename, line, path, f"YAML tag {node.tag!r} is not allowed"))
    items: dict[str, YNode] = {}
    key_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            problems.append(Problem(filename, key_line, path, "map keys must be plain words"))
            continue
        key = str(key_node.value)
        child_path = f"{path}.{key}" if path else key
        if key in items:
            problems.append(
                Problem(filename, key_line, child_path, f"duplicate key (first given on line {key_lines[key]})")
            )
            continue
        key_lines[key] = key_line
        items[key] = _convert(value_node, filename, child_path, problems, seen)
    return YMap(items, line, key_lines)


def _scalar(node: yaml.ScalarNode, filename: str, path: str, problems: list[Problem]) -> Scalar:
    tag, raw = node.tag, node.value
    if tag in (_STR, _TIMESTAMP):
        return str(raw)
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return str(raw).lower() in ("true", "yes", "on")
    if tag == _INT:
        try:
            return int(str(raw).replace("_", ""), 0)
        except ValueError:
            return str(raw)
    if tag == _FLOAT:
        try:
            return float(str(raw).replace("_", ""))
        except ValueError:
            return str(raw)
    problems.append(Problem(filename, node.start_mark.line + 1, path, f"YAML tag {tag!r} is not allowed"))
    return None
