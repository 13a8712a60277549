"""Translations: the .ts files are complete, English plurals read right, languages are chosen as said,
and a data file that promises a translation is checked for each of its texts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from acupoint_gui.model import wording
from acupoint_gui.model.languages import choose_language, language_named
from acupoint_gui.model.loader import load_atlas
from acupoint_gui.model.problems import DataError
from acupoint_gui.model.step_wording import duration_words, seconds_words

from .conftest import ROOT

TRANSLATIONS = ROOT / "translations"


def messages(ts_file: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.parametrize("ts_file", sorted(TRANSLATIONS.glob("acupoint_*.ts")), ids=lambda p: p.name)
def test_no_translation_is_unfinished_or_empty(ts_file: Path) -> None:
    problems = []
    for context, message in messages(ts_file):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {message.findtext('source')!r}")
    assert not problems, (
        f"{ts_file.name}: {len(problems)} entries to translate (run tools/update_translations.py, then "
        "translate them):\n" + "\n".join(problems)
    )


def test_the_english_plurals_are_the_models_own_rule() -> None:
    """The English .qm (Qt) and the model's English without Qt say the same thing."""
    plurals = [m for _c, m in messages(TRANSLATIONS / "acupoint_en.ts") if m.get("numerus") == "yes"]
    assert plurals, "the English file holds the plurals"
    for message in plurals:
        source = message.findtext("source") or ""
        forms = [form.text for form in message.iter("numerusform")]
        assert forms == [wording.english("", source, None, 1), wording.english("", source, None, 2)], source


def test_english_without_qt_reads_as_english() -> None:
    assert duration_words(1) == "1 second"
    assert duration_words(45) == "45 seconds"
    assert duration_words(3900) == "1 hour 5 minutes"
    assert seconds_words(120) == "2 minutes"


def test_the_model_speaks_the_translators_language() -> None:
    wording.use_translator(lambda context, source, _d, _n: f"[{context}] {source}", "xx")
    try:
        assert duration_words(30) == "[StepWords] 30 second(s)"
        assert wording.current_language() == "xx"
    finally:
        wording.use_translator(None)
    assert wording.current_language() == "en"


@pytest.mark.parametrize(
    ("names", "setting", "chosen"),
    [
        (["zh_CN.UTF-8"], "", "zh_CN"),
        (["zh-Hans-CN", "en-US"], "", "zh_CN"),
        (["zh_TW"], "", "en"),  # traditional Chinese is not simplified Chinese
        (["de_DE", "en_GB"], "", "en"),
        (["zh_CN"], "en", "en"),  # Settings ▸ Language wins
        (["en_US"], "zh_CN", "zh_CN"),
        ([], "", "en"),
    ],
)
def test_the_language_follows_the_setting_then_the_system(names: list[str], setting: str, chosen: str) -> None:
    assert choose_language(setting, names) == chosen


def test_a_language_named_on_the_command_line() -> None:
    assert language_named("zh_CN") == "zh_CN"
    assert language_named("zh") == "zh_CN"
    assert language_named("fr") is None


def _points_file(tmp_path: Path, location: str, languages: str = "[en, zh_CN]") -> Path:
    text = (ROOT / "tests" / "fixtures" / "minimal_points.yaml").read_text(encoding="utf-8")
    assert "\nlocation: " not in text
    path = tmp_path / "points.yaml"
    lines = text.splitlines()
    out = [f"languages: {languages}"] if languages else []
    for line in lines:
        if line.strip().startswith("location:") and location:
            indent = line[: len(line) - len(line.lstrip())]
            line = f"{indent}location: {location}"
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_a_missing_translation_is_reported_with_its_line(tmp_path: Path) -> None:
    path = _points_file(tmp_path, '{en: "On the back."}')
    with pytest.raises(DataError) as caught:
        load_atlas(path)
    found = [p for p in caught.value.problems if p.path.endswith("location.zh_CN")]
    assert found, caught.value.problems
    line = path.read_text(encoding="utf-8").splitlines()[found[0].line - 1]
    assert "On the back." in line
    assert "missing translation" in str(found[0])


def test_an_empty_translation_is_reported(tmp_path: Path) -> None:
    path = _points_file(tmp_path, '{en: "On the back.", zh_CN: ""}')
    with pytest.raises(DataError) as caught:
        load_atlas(path)
    assert any("empty translation" in str(p) for p in caught.value.problems)


def test_the_translation_is_read_in_the_models_language(tmp_path: Path) -> None:
    path = _points_file(tmp_path, '{en: "On the back.", zh_CN: "在背部。"}', languages="")
    assert load_atlas(path).points[0].location == "On the back."
    wording.use_translator(lambda _c, source, _d, _n: source, "zh_CN")
    try:
        assert load_atlas(path).points[0].location == "在背部。"
    finally:
        wording.use_translator(None)


def test_sentences_are_spaced_as_english_writes_them_and_as_chinese_does_not() -> None:
    from acupoint_gui.model.wording import sentences, space_between

    assert sentences("20 steps.", "", "Source: X.") == "20 steps. Source: X."
    assert sentences("共 20 步。", "出处：X。") == "共 20 步。出处：X。"
    assert space_between("左侧", "（以被按压者本人为准）") == ""
    assert space_between("left side", "(the person's own)") == " "
    assert space_between("", "text") == ""
