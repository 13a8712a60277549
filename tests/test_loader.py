"""The points loader: the bundled file loads, and every rule reports file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupoint_gui.model.loader import load_atlas
from acupoint_gui.model.points import Laterality, Pregnancy
from acupoint_gui.model.problems import DataError
from acupoint_gui.model.yaml_source import MAX_BYTES

FIXTURE = Path(__file__).parent / "fixtures" / "minimal_points.yaml"
TEXT = FIXTURE.read_text(encoding="utf-8")


def problems_of(text: str | bytes) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(DataError) as info:
        load_atlas("points.yaml", data=data)
    return [str(problem) for problem in info.value.problems]


def line_of(fragment: str, text: str = TEXT) -> int:
    """1-based line of the first line containing ``fragment``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def test_minimal_fixture_loads() -> None:
    atlas = load_atlas(FIXTURE)
    assert [p.code for p in atlas.points] == ["BL23", "CV6"]
    bl23 = atlas.point("ub23")
    assert bl23.laterality is Laterality.BILATERAL
    assert bl23.pregnancy is Pregnancy.CAUTION
    # pregnancy cautions are sorted first, whatever the file's order
    assert [c.kind for c in bl23.cautions] == ["pregnancy", "general"]
    assert atlas.point("REN 6").code == "CV6"


def test_unknown_field_is_reported_with_line() -> None:
    text = TEXT.replace("    channel: Bladder\n", "    channel: Bladder\n    chanel: Bladder\n")
    assert problems_of(text) == [f"points.yaml:{line_of('chanel', text)}: points[0].chanel: unknown field"]


def test_missing_field() -> None:
    text = TEXT.replace("    pinyin: Qìhǎi\n", "")
    line = line_of("  - code: CV6", text)
    assert problems_of(text) == [f"points.yaml:{line}: points[1].pinyin: missing"]


def test_wrong_type() -> None:
    text = TEXT.replace(
        "      seconds_per_side: 30\n      motion: circular", "      seconds_per_side: thirty\n      motion: circular"
    )
    line = line_of("seconds_per_side: thirty", text)
    assert problems_of(text) == [
        f"points.yaml:{line}: points[0].technique.seconds_per_side: must be a whole number, not text"
    ]


def test_out_of_range_duration() -> None:
    text = TEXT.replace(
        "      seconds_per_side: 30\n      motion: steady", "      seconds_per_side: 0\n      motion: steady"
    )
    line = line_of("seconds_per_side: 0", text)
    assert problems_of(text) == [
        f"points.yaml:{line}: points[1].technique.seconds_per_side: must be between 1 and 600, not 0"
    ]


def test_duplicate_code() -> None:
    text = TEXT.replace("  - code: CV6", "  - code: BL23")
    line = [i for i, row in enumerate(text.splitlines(), 1) if row == "  - code: BL23"][1]
    first = line_of("  - code: BL23", text)
    assert problems_of(text) == [
        f"points.yaml:{line}: points[1].code: duplicate code 'BL23' (also used on line {first})"
    ]


def test_alias_that_is_another_points_code() -> None:
    text = TEXT.replace("aliases: [REN6]", "aliases: [REN6, B23]")
    line = line_of("aliases: [REN6, B23]", text)
    first = line_of("aliases: [B23, UB23]", text)
    assert problems_of(text) == [
        f"points.yaml:{line}: points[1].aliases[1]: alias 'B23' is already BL23's code or alias (line {first})"
    ]


@pytest.mark.parametrize("alias", ["BL47 (old numbering)", "bl 47", "GB-30"])
def test_alias_that_starts_with_another_points_who_code(alias: str) -> None:
    """Typing BL47 must open BL47 (Hunmen), never the point that was BL47 in an older numbering."""
    text = TEXT.replace("aliases: [B23, UB23]", f"aliases: [B23, UB23, {alias}]")
    line = line_of(f"aliases: [B23, UB23, {alias}]", text)
    code = alias.upper().replace(" ", "").replace("-", "")[:4]
    assert problems_of(text) == [
        f"points.yaml:{line}: points[0].aliases[2]: alias {alias!r} starts with {code}, today's WHO code of "
        "another point; write an old number in its old form (such as B47 or 'Bladder 47 (old numbering)')"
    ]


@pytest.mark.parametrize("alias", ["B47", "Bladder 47 (old numbering)", "BL23 (Kidney Shu)", "LIV3", "Liver 3"])
def test_old_numbers_in_their_old_form_and_other_spellings_are_accepted(alias: str) -> None:
    text = TEXT.replace("aliases: [B23, UB23]", f"aliases: [B23, UB23, {alias}]")
    atlas = load_atlas("points.yaml", data=text.encode("utf-8"))
    assert alias in atlas.point("BL23").aliases


def test_unknown_source() -> None:
    text = TEXT.replace("sources: [article-a, who-2008]", "sources: [article-a, article-z]")
    line = line_of("sources: [article-a, article-z]", text)
    assert problems_of(text) == [f"points.yaml:{line}: points[0].sources[1]: unknown source 'article-z'"]


def test_empty_text() -> None:
    text = TEXT.replace('location: "Two fingers below the navel."', 'location: "  "')
    line = line_of('location: "  "', text)
    assert problems_of(text) == [f"points.yaml:{line}: points[1].location: must not be empty"]


def test_duplicate_yaml_key() -> None:
    text = TEXT.replace("    channel: Bladder\n", "    channel: Bladder\n    channel: Kidney\n")
    line = line_of("channel: Kidney", text)
    assert problems_of(text) == [
        f"points.yaml:{line}: points[0].channel: duplicate key (first given on line {line - 1})"
    ]


def test_every_problem_is_reported_at_once() -> None:
    text = (
        TEXT.replace("    channel: Bladder\n", "    chanel: Bladder\n")
        .replace("pressure: medium", "pressure: hard")
        .replace("sources: [article-a, who-2008]", "sources: [nowhere]")
    )
    problems = problems_of(text)
    assert len(problems) == 4, problems
    assert any("points[0].channel: missing" in p for p in problems)
    assert any("points[0].chanel: unknown field" in p for p in problems)
    assert any("points[1].technique.pressure: must be one of gentle, medium, firm, not 'hard'" in p for p in problems)
    assert any("points[0].sources[0]: unknown source 'nowhere'" in p for p in problems)


def test_bad_code_format() -> None:
    text = TEXT.replace("  - code: CV6", "  - code: cv 6")
    assert problems_of(text) == [
        f"points.yaml:{line_of('code: cv 6', text)}: points[1].code: 'cv 6' is not a WHO code like BL23 or GB30"
    ]


def test_midline_point_cannot_have_lateral_offset() -> None:
    text = TEXT.replace(
        "{view: front, origin: navel, down_cun: 1.5, scale: abdomen}",
        "{view: front, origin: navel, lateral_cun: 1, scale: abdomen}",
    )
    line = line_of("origin: navel, lateral_cun", text)
    assert problems_of(text) == [
        f"points.yaml:{line}: points[1].markers[0].lateral_cun: a midline point cannot be offset to the side"
    ]


def test_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = TEXT.replace("channel: Bladder", f'channel: !!python/object/apply:os.system ["touch {marker}"]')
    problems = problems_of(text)
    line = line_of("!!python/object", text)
    tag = "tag:yaml.org,2002:python/object/apply:os.system"
    assert problems == [f"points.yaml:{line}: points[0].channel: YAML tag '{tag}' is not allowed"]
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 12):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    problems = problems_of("\n".join(lines))
    assert problems, "an alias bomb must be refused"
    assert all("anchors and aliases are not allowed" in p for p in problems[:1])


def test_oversized_file_is_refused() -> None:
    assert problems_of(b"#" * (MAX_BYTES + 1)) == [
        f"points.yaml:1: (file): file is too large ({MAX_BYTES + 1:,} bytes; at most {MAX_BYTES:,})"
    ]


def test_binary_and_wrong_encoding() -> None:
    assert problems_of(b"\x89PNG\r\n\x1a\n\x00\x00") == ["points.yaml:1: (file): file is binary, not YAML text"]
    latin1 = "schema: 1\nname: caf\xe9\n".encode("latin-1")
    assert problems_of(latin1) == ["points.yaml:2: (file): file is not UTF-8 text"]


def test_syntax_error_has_line() -> None:
    text = TEXT.replace("    region: abdomen\n", "    region: [abdomen\n")
    problems = problems_of(text)
    assert len(problems) == 1
    assert problems[0].startswith("points.yaml:") and "not valid YAML" in problems[0]


def test_top_level_not_a_map() -> None:
    assert problems_of("- just\n- a list\n") == ["points.yaml:1: (file): must be a map of fields, not a list"]
