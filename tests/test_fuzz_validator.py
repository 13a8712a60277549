"""Fuzzing that reaches the validator: the bundled data files, still well-formed YAML, with one
value made wrong — a wrong type, a number out of range, an unknown key, a missing key, a
duplicate code or alias, a landmark the figure does not have, a YAML tag.

Beyond "no crash", every problem reported must point into the file: a line that exists, on
the field it names, and a field path that exists in the document (or, for a missing field,
whose parent does). Where the break is known, a problem must name that very field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupoint_gui import paths
from acupoint_gui.model.find_it_loader import load_find_it
from acupoint_gui.model.geometry import check_against_figures, load_figures
from acupoint_gui.model.loader import load_atlas
from acupoint_gui.model.problems import DataError, Problem
from acupoint_gui.model.routine_file import load_routines

POINTS = yaml.safe_load(paths.points_file().read_bytes())
ROUTINES = yaml.safe_load(paths.routines_file().read_bytes())
ATLAS = load_atlas(paths.points_file())
FIGURES = load_figures(paths.body_maps_dir())
FUZZ = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])

Path = tuple[str | int, ...]
WRONG_FOR_SCALARS = ({"a": 1}, [1, 2], True)  # never right where a text or number belongs
WRONG_FOR_COLLECTIONS = ("text", 7, False)  # never right where a list or map belongs
OUT_OF_RANGE = (-1_000_000, 1_000_000, 10**12)  # outside every number's range in both files
# keys that may be left out (docs/data-format.md): everywhere, and only in some lists
OPTIONAL = {"note", "other", "notes", "mapping_note", "landmarks_used", "toward", "fraction", "lateral_cun"}
OPTIONAL |= {"down_cun", "scale", "source", "description", "rounds", "target_minutes"}
OPTIONAL |= {"red_flags_source", "article_names"}
OPTIONAL |= {"to"}  # a find-it guide's measure in finger widths has none
# ... and only in the entries of some lists: a caution's sources, a routine's instructions and
# their sources (the atlas's own instructions and claims need theirs)
OPTIONAL_IN = {"sources": ("cautions", "instructions"), "instructions": ("routines",)}


# ... and a find-it guide step's fields that only some steps need (what the step shows says)
NEEDED_IN_A_STEP: dict[str, Callable[[dict[str, Any]], bool]] = {
    "landmark": lambda step: step.get("show") == "landmark",
    "from": lambda step: step.get("show") == "measure",
    "cun": lambda step: step.get("show") == "measure" and "to" not in step,
    "direction": lambda step: step.get("show") == "measure" and "to" not in step,
}


def may_be_left_out(path: Path, key: str, owner: dict[str, Any]) -> bool:
    """Whether ``key`` may be missing from the map ``owner`` at ``path``."""
    in_a_list = len(path) >= 2 and isinstance(path[-1], int)
    if in_a_list and path[-2] == "guide" and key in NEEDED_IN_A_STEP:
        return not NEEDED_IN_A_STEP[key](owner)
    return key in OPTIONAL or (in_a_list and path[-2] in OPTIONAL_IN.get(key, ()))


def nodes(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from nodes(child, (*path, index))


def dotted(path: Path) -> str:
    """The loader's way of writing a path: ``points[3].markers[0].origin``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def get(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


def changed(document: Any, path: Path, value: Any) -> Any:
    """A deep copy of ``document`` with the node at ``path`` replaced by ``value``."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(document, dict):
        return {key: changed(child, rest, value) if key == head else child for key, child in document.items()}
    return [changed(child, rest, value) if index == head else child for index, child in enumerate(document)]


class Tagged:
    """A value written with an explicit YAML tag (``!!python/name:os.system`` and friends)."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag, self.value = tag, value


class Dumper(yaml.CSafeDumper):
    pass


def _represent_tagged(dumper: Dumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


Dumper.add_representer(Tagged, _represent_tagged)


def dump(document: Any, flow: bool) -> bytes:
    return yaml.dump(document, Dumper=Dumper, allow_unicode=True, sort_keys=False, default_flow_style=flow).encode()


# --- where a problem points ---------------------------------------------------------------

_PART = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def parts(path: str) -> list[str | int]:
    return [int(index) if index else key for index, key in _PART.findall(path)]


def yaml_node(root: yaml.Node, path: list[str | int]) -> tuple[yaml.Node | None, int | None]:
    """The node at ``path``, and the line of the key that labels it (its own key, or for a
    list item the list's key), or ``(None, None)`` when there is no such node."""
    node, key_line = root, None
    for part in path:
        if isinstance(part, int) and isinstance(node, yaml.SequenceNode) and part < len(node.value):
            node = node.value[part]
        elif isinstance(part, str) and isinstance(node, yaml.MappingNode):
            found = [(k, v) for k, v in node.value if k.value == part]
            if not found:
                return None, None
            key, node = found[0]
            key_line = key.start_mark.line + 1
        else:
            return None, None
    return node, key_line


def lines_of(node: yaml.Node) -> set[int]:
    return set(range(node.start_mark.line + 1, node.end_mark.line + 2))


def assert_located(error: DataError, data: bytes, *, on_the_field: bool = True) -> None:
    """Every problem names a line inside the file and a field path that exists in the
    document (for a missing field, its parent map); with ``on_the_field``, the line is that
    field's (or the key that labels it)."""
    assert error.problems, "a DataError lists its problems"
    text = data.decode("utf-8")
    last_line = len(text.splitlines())
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    assert root is not None
    for problem in error.problems:
        assert problem.file == "f.yaml" and problem.message, problem
        assert 1 <= problem.line <= last_line, f"{problem}: line outside the file (1..{last_line})"
        path = parts(problem.path)
        node, key_line = yaml_node(root, path)
        if node is None and problem.message.startswith("missing"):
            parent, _ = yaml_node(root, path[:-1])
            assert isinstance(parent, yaml.MappingNode), f"{problem}: the missing field's parent is not in the file"
            assert not on_the_field or problem.line in lines_of(parent), f"{problem}: not on the map it is missing from"
            continue
        assert node is not None, f"{problem}: no such field in the document"
        on = lines_of(node) | ({key_line} if key_line else set())
        assert not on_the_field or problem.line in on, f"{problem}: the field is on lines {min(on)}..{max(on)}"


def problems_of(
    data: bytes, *, routines: bool = False, figures: bool = False, on_the_field: bool = True
) -> list[Problem]:
    """The problems found in a points (or routines) file, each checked with
    :func:`assert_located`; ``figures`` also checks the landmarks against the figures."""
    try:
        if routines:
            load_routines("f.yaml", ATLAS, data=data)
            return []
        atlas = load_atlas("f.yaml", data=data)
        if figures:  # checked before the close-ups and guides, as the app loads them
            found = check_against_figures(atlas, FIGURES, "f.yaml")
            if found:
                raise DataError(found)
        load_find_it(atlas, "f.yaml", data=data)  # each point's close-ups and guide, read apart
    except DataError as error:
        assert_located(error, data, on_the_field=on_the_field)
        return list(error.problems)
    return []


def assert_named(problems: list[Problem], path: Path, *words: str) -> None:
    wanted = dotted(path)
    assert any(p.path == wanted and all(w in p.message for w in words) for p in problems), (
        f"no problem names {wanted!r} ({' '.join(words)}); got {[str(p) for p in problems][:8]}"
    )


# --- strategies ----------------------------------------------------------------------------

POINT_NODES = [(path, value) for path, value in nodes(POINTS) if path]
ROUTINE_NODES = [(path, value) for path, value in nodes(ROUTINES) if path]


def scalar_paths(all_nodes: list[tuple[Path, Any]]) -> list[Path]:
    return [path for path, value in all_nodes if not isinstance(value, (dict, list))]


def number_paths(all_nodes: list[tuple[Path, Any]]) -> list[Path]:
    return [p for p, v in all_nodes if isinstance(v, (int, float)) and not isinstance(v, bool)]


def map_paths(all_nodes: list[tuple[Path, Any]]) -> list[Path]:
    return [path for path, value in all_nodes if isinstance(value, dict)]


def collection_paths(all_nodes: list[tuple[Path, Any]]) -> list[Path]:
    return [path for path, value in all_nodes if isinstance(value, (dict, list))]


DOCUMENTS = {"points.yaml": (POINTS, POINT_NODES, False), "routines.yaml": (ROUTINES, ROUTINE_NODES, True)}
FILES = st.sampled_from(sorted(DOCUMENTS))  # a name: hypothesis prints what it draws
KEY = st.from_regex(r"\A[a-z][a-z_]{0,11}\Z").filter(lambda k: k not in ("y", "n", "yes", "no", "on", "off"))


@FUZZ
@given(FILES, st.data(), st.booleans())
def test_a_value_of_the_wrong_type_is_named(file: str, data: st.DataObject, flow: bool) -> None:
    document, all_nodes, routines = DOCUMENTS[file]
    if data.draw(st.booleans(), label="replace a list or map"):
        path = data.draw(st.sampled_from(collection_paths(all_nodes)), label="path")
        value = data.draw(st.sampled_from(WRONG_FOR_COLLECTIONS), label="value")
    else:
        path = data.draw(st.sampled_from(scalar_paths(all_nodes)), label="path")
        value = data.draw(st.sampled_from(WRONG_FOR_SCALARS), label="value")
    problems = problems_of(dump(changed(document, path, value), flow), routines=routines)
    assert_named(problems, path, "must be")


@FUZZ
@given(FILES, st.data(), st.booleans())
def test_a_number_out_of_range_is_named(file: str, data: st.DataObject, flow: bool) -> None:
    document, all_nodes, routines = DOCUMENTS[file]
    path = data.draw(st.sampled_from(number_paths(all_nodes)), label="path")
    value = data.draw(st.sampled_from(OUT_OF_RANGE), label="value")
    problems = problems_of(dump(changed(document, path, value), flow), routines=routines)
    assert_named(problems, path, "between")


@FUZZ
@given(FILES, st.data(), KEY, st.booleans())
def test_an_unknown_key_is_named(file: str, data: st.DataObject, key: str, flow: bool) -> None:
    document, all_nodes, routines = DOCUMENTS[file]
    path = data.draw(st.sampled_from(map_paths(all_nodes)), label="path")
    original = get(document, path)
    if key in original:
        return
    problems = problems_of(dump(changed(document, path, {**original, key: "x"}), flow), routines=routines)
    assert_named(problems, (*path, key), "unknown field")


@FUZZ
@given(FILES, st.data(), st.booleans())
def test_a_missing_key_is_named(file: str, data: st.DataObject, flow: bool) -> None:
    document, all_nodes, routines = DOCUMENTS[file]
    path = data.draw(st.sampled_from([p for p in map_paths(all_nodes) if get(document, p)]), label="path")
    original = get(document, path)
    key = data.draw(st.sampled_from(sorted(original)), label="key")
    without = {k: v for k, v in original.items() if k != key}
    problems = problems_of(dump(changed(document, path, without), flow), routines=routines)
    if not may_be_left_out(path, key, original):
        assert_named(problems, (*path, key), "missing")


POINT_COUNT = len(POINTS["points"])


@FUZZ
@given(st.integers(0, POINT_COUNT - 1), st.integers(0, POINT_COUNT - 1), st.booleans(), st.booleans())
def test_a_duplicate_code_or_alias_is_named(first: int, second: int, as_alias: bool, flow: bool) -> None:
    if first == second:
        return
    code = POINTS["points"][first]["code"]
    if as_alias and POINTS["points"][second]["aliases"]:
        path: Path = ("points", second, "aliases", 0)
    else:
        as_alias = False
        path = ("points", second, "code")
    problems = problems_of(dump(changed(POINTS, path, code), flow))
    if second > first:  # the later one is reported
        assert_named(problems, path, "already" if as_alias else "duplicate code")
    else:
        assert_named(problems, ("points", first, "code"), "duplicate code")


MARKER_PATHS = [
    ("points", p, "markers", m) for p, point in enumerate(POINTS["points"]) for m in range(len(point["markers"]))
]


@FUZZ
@given(st.sampled_from(MARKER_PATHS), st.sampled_from(["origin", "toward"]), st.booleans())
def test_a_landmark_the_figure_lacks_is_named(marker: Path, field: str, flow: bool) -> None:
    rule = get(POINTS, marker)
    if field == "toward" and not rule.get("toward"):
        return
    problems = problems_of(dump(changed(POINTS, (*marker, field), "no-such-bone"), flow), figures=True)
    assert_named(problems, marker, "has no landmark 'no-such-bone")


def with_unknown_landmark_used(index: int, flow: bool) -> bytes:
    used = [*POINTS["points"][index].get("landmarks_used", []), "no-such-bone"]
    return dump(changed(POINTS, ("points", index, "landmarks_used"), used), flow)


@FUZZ
@given(st.integers(0, POINT_COUNT - 1), st.booleans())
def test_a_landmark_used_that_no_figure_has_is_named(index: int, flow: bool) -> None:
    problems = problems_of(with_unknown_landmark_used(index, flow), figures=True)
    assert_named(problems, ("points", index, "landmarks_used"), "has no landmark 'no-such-bone'")


def test_a_landmark_used_problem_is_on_its_line() -> None:
    """problems_of checks that each problem is on its field's lines (the atlas keeps that line)."""
    problems = problems_of(with_unknown_landmark_used(0, False), figures=True)
    assert_named(problems, ("points", 0, "landmarks_used"), "has no landmark 'no-such-bone'")


TAGS = st.sampled_from(
    [
        "tag:yaml.org,2002:python/name:os.system",
        "tag:yaml.org,2002:python/object/apply:os.system",
        "tag:yaml.org,2002:binary",
        "tag:yaml.org,2002:set",
        "!custom",
    ]
)


@FUZZ
@given(FILES, st.data(), TAGS, st.booleans())
def test_a_yaml_tag_is_refused_as_the_reason(file: str, data: st.DataObject, tag: str, flow: bool) -> None:
    """Wherever the tag is, the problem is the tag, at that field — not a complaint about the
    value it would have made."""
    document, all_nodes, routines = DOCUMENTS[file]
    path = data.draw(st.sampled_from([p for p, _ in all_nodes]), label="path")
    problems = problems_of(dump(changed(document, path, Tagged(tag, get(document, path))), flow), routines=routines)
    assert [(p.path, p.message) for p in problems] == [(dotted(path), f"YAML tag {tag!r} is not allowed")]
