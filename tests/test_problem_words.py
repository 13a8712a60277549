"""A broken routines file is described in words a person understands, line by line. No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.problem_words import in_words, problems_in_words
from acupoint_gui.model.problems import DataError, Problem
from acupoint_gui.model.routine_file import load_routines

HEAD = "schema: 1\nroutines:\n  - id: mine\n    name: Mine\n"


def words_for(catalog: Catalog, tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "shared.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_routines(path, catalog.atlas)
    return [in_words(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colon inside an unquoted name: YAML says "mapping values are not allowed in this context".
        (
            "schema: 1\nroutines:\n  - id: mine\n    name: Hips: evening\n",
            "Line 4: A colon (:) is out of place. If a name or a text contains “: ”, put it in quotes",
        ),
        ("schema: 1\nroutines:\n\t- id: mine\n", "Line 3: A tab is used to indent this line: YAML needs spaces."),
        (HEAD + "  steps:\n", "Line 5: The indentation does not line up with the lines above."),
        ('schema: 1\nroutines:\n  - id: mine\n    name: "Mine\n', "The file ends too early: a quotation mark or"),
        (
            HEAD + "    steps:\n      - {point: BL23, seconds_per_side: 30\n",
            # libyaml notices at the end of the file, the line after the last
            "Line 7: A “{ … }” is not closed, or a comma is missing between its entries.",
        ),
        ("schema: 1\nroutines\n  - id: mine\n", "Line 3: A line has no colon: each field is written “field: value”."),
        ("a: `x\n", "Line 1: A value cannot start with “`” unless it is in quotes."),
        ("", "Line 1: The file is empty."),
    ],
)
def test_yaml_mistakes_say_what_to_look_for(catalog: Catalog, tmp_path: Path, text: str, expected: str) -> None:
    [sentence] = words_for(catalog, tmp_path, text)
    assert sentence.startswith("Line ") and expected in sentence, sentence
    assert "YAML:" not in sentence and "token" not in sentence and "mapping values" not in sentence


def test_field_problems_name_the_routine_the_step_and_the_field(catalog: Catalog, tmp_path: Path) -> None:
    sentences = words_for(
        catalog,
        tmp_path,
        "schema: 1\nroutines:\n  - id: mine\n    colour: red\n    steps:\n"
        "      - {point: ZZ9, seconds_per_side: 30}\n      - {point: BL23, seconds_per_side: 0}\n"
        "      - {seconds_per_side: 30}\n",
    )
    assert sentences == [
        "Line 3, routine 1: The name is missing.",
        "Line 6, routine 1, step 1: Acupoint has no point “ZZ9”.",
        "Line 7, routine 1, step 2: The seconds per side must be between 5 and 300, not 0.",
        "Line 8, routine 1, step 3: The point is missing.",
        "Line 4, routine 1: “colour” is not a field Acupoint knows (is it misspelt?).",
    ]


def test_a_file_for_another_version_says_so(catalog: Catalog, tmp_path: Path) -> None:
    [sentence] = words_for(catalog, tmp_path, HEAD.replace("schema: 1", "schema: 2") + "    steps: []\n")[:1]
    assert sentence == "Line 1: This file is for another version of Acupoint (schema 2; this one reads 1)."


def test_a_file_that_cannot_be_read_or_is_not_text(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(DataError) as caught:
        load_routines(tmp_path, catalog.atlas)  # a folder
    assert in_words(caught.value.problems[0]).startswith("Line 1: The file cannot be read: ")
    binary = tmp_path / "x.yaml"
    binary.write_bytes(b"\x00\x01")
    with pytest.raises(DataError) as caught:
        load_routines(binary, catalog.atlas)
    assert in_words(caught.value.problems[0]) == "Line 1: This is not a text file."


def test_problems_are_listed_in_the_order_of_their_lines() -> None:
    problems = [Problem("f.yaml", line, "routines[0].name", "missing") for line in (9, 3, 5)]
    assert [line.split(",")[0] for line in problems_in_words(problems)] == ["Line 3", "Line 5", "Line 9"]


def test_many_problems_end_with_how_many_more() -> None:
    problems = [Problem("f.yaml", n, "", "file is empty") for n in range(1, 21)]
    lines = problems_in_words(problems, 15)
    assert len(lines) == 16 and lines[-1] == "… and 5 more problems."


def test_check_data_keeps_file_line_and_field(catalog: Catalog, tmp_path: Path) -> None:
    """The words are for dialogs; the problems themselves still print as FILE:LINE: field: message."""
    path = tmp_path / "shared.yaml"
    path.write_text("schema: 1\nroutines:\n\t- id: mine\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_routines(path, catalog.atlas)
    assert str(caught.value.problems[0]) == (
        f"{path}:3: (file): not valid YAML: found character '\\t' that cannot start any token"
    )
