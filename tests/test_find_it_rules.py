"""The rules behind Find it in the window, without Qt: when a session offers the guide, which
close-up a zoomed map offers, the person's own finger measure and the landmarks named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.closeup_regions import OFFER_SHARE, closeup_in_view, closeup_regions
from acupoint_gui.model.closeups import load_closeup_figures
from acupoint_gui.model.finger_widths import PersonalMeasure, measure_for_you
from acupoint_gui.model.guide_notes import FOR_A_PARTNER, THEIR_FINGERS, guide_note
from acupoint_gui.model.guide_offer import GuideOffers, guide_offered
from acupoint_gui.model.settings import Settings, SettingsStore


# --- the setting ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mode", "first_used", "today", "offered"),
    [
        ("auto", "2026-03-01", date(2026, 3, 1), True),  # the first day
        ("auto", "2026-03-01", date(2026, 3, 7), True),  # the seventh
        ("auto", "2026-03-01", date(2026, 3, 8), False),  # a week later: off by default
        ("auto", "", date(2026, 3, 1), False),  # never opened (tools, tests): off
        ("on", "2025-01-01", date(2026, 3, 8), True),  # the person's choice stays
        ("off", "2026-03-01", date(2026, 3, 1), False),
    ],
)
def test_the_guide_is_offered_in_the_first_week_unless_the_person_chose(
    mode: str, first_used: str, today: date, offered: bool
) -> None:
    settings = Settings(guide_in_sessions=mode, first_used=first_used)
    assert guide_offered(settings, today) is offered


def test_the_setting_and_the_first_day_are_kept_and_checked(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.update(guide_in_sessions="off", first_used="2026-03-01")
    settings, report = SettingsStore(tmp_path / "settings.json").load()
    assert report is None
    assert (settings.guide_in_sessions, settings.first_used) == ("off", "2026-03-01")
    with pytest.raises(ValueError, match="guide_in_sessions must be one of auto, on, off"):
        store.update(guide_in_sessions="sometimes")
    for wrong in ("2026-02-30", "1 March", "20260301"):
        with pytest.raises(ValueError, match="first_used must be a date like"):
            store.update(first_used=wrong)


def test_each_point_is_offered_once_per_session() -> None:
    offers = GuideOffers()
    pressed = ["BL23", "BL23", "GB30", "BL23", "GB30", "CV6"]  # left, right, ..., back again
    assert [offers.first_press(code) for code in pressed] == [True, False, True, False, False, True]


# --- zooming the map ------------------------------------------------------------------------
def test_a_closeup_is_offered_only_when_it_fills_much_of_the_view(catalog: Catalog) -> None:
    closeups = load_closeup_figures()
    back = catalog.figures["back"]
    regions = closeup_regions(closeups, back, "both")
    low_back = next(r for r in regions if r.closeup == "low-back")
    left, top, width, height = low_back.rect
    assert (round(left), round(top), round(width), round(height)) == (150, 338, 200, 180)
    centre = (left + width / 2, top + height / 2)

    def view(scale: float, at: tuple[float, float] = centre) -> tuple[float, float, float, float]:
        w, h = width * scale, height * scale
        return (at[0] - w / 2, at[1] - h / 2, w, h)

    assert closeup_in_view(regions, back.view_box) is None, "the whole figure: nothing offered"
    assert closeup_in_view(regions, view(1.0 / OFFER_SHARE**0.5 * 1.01)) is None, "zoomed in, not far enough"
    assert closeup_in_view(regions, view(1.0 / OFFER_SHARE**0.5 * 0.99)) == low_back
    assert closeup_in_view(regions, view(0.5)) == low_back, "zoomed further in"
    assert closeup_in_view(regions, view(1.0, at=(left - 10, centre[1]))) is None, "the middle of the view is outside"


def test_a_one_sided_closeup_is_offered_for_the_side_in_view(catalog: Catalog) -> None:
    closeups = load_closeup_figures()
    markers = {(m.code, m.view, m.side.value): (m.x, m.y) for m in catalog.markers}
    for code, base, shows, closeup, side in [
        ("BL40", "back", "both", "knee-back", "right"),
        ("BL40", "back", "both", "knee-back", "left"),
        ("BL62", "side", "right", "ankle-outer", "right"),
        ("BL62", "side", "left", "ankle-outer", "left"),
        ("KI1", "sole", "left", "foot-sole", "left"),
        ("CV6", "front", "both", "belly", ""),
    ]:
        x, y = markers[(code, base, side or "midline")]
        regions = closeup_regions(closeups, catalog.figures[base], shows)
        found = closeup_in_view(regions, (x - 20, y - 20, 40, 40))
        assert found is not None and (found.closeup, found.side) == (closeup, side), (code, shows, found)


# --- the person's own measure and the landmarks named ----------------------------------------
def test_a_measure_in_the_persons_own_millimetres() -> None:
    thumb = PersonalMeasure("thumb", 21.0)
    assert measure_for_you(1.0, thumb) == "Your thumb is about 2.1 cm (21 mm) wide."
    assert measure_for_you(1.5, thumb) == "Your two fingers are about 3.2 cm (32 mm) wide."
    assert measure_for_you(3.0, PersonalMeasure("four-fingers", 72.0)) == (
        "Your four fingers are about 7.2 cm (72 mm) wide."
    )
    assert measure_for_you(1.5, None) == ""
    assert measure_for_you(1.5, PersonalMeasure("thumb", 0.0)) == "", "not measured yet"
    assert measure_for_you(1.5, PersonalMeasure("thumb", 140.0)) == "", "a mistyped width is not used"


def test_a_point_is_found_from_its_guides_landmarks_each_named_once(catalog: Catalog) -> None:
    from acupoint_gui.model.find_it_loader import load_find_it
    from acupoint_gui.model.guide_frames import found_from, found_from_words
    from acupoint_gui.model.points import Side

    find_it = load_find_it(catalog.atlas)
    marks = found_from(find_it, "BL23", Side.LEFT)
    assert {m.name for m in marks} == {"iliac-crest", "l2-spinous", "l4-spinous"}
    assert found_from_words(marks) == "Found from: top of the hip bone; L2, elbow level; L4, top of hip bones."
    assert found_from_words(()) == ""


def test_the_guide_note_for_yourself_and_for_a_partner() -> None:
    thumb = PersonalMeasure("thumb", 21.0)
    assert guide_note(0, "posture", 0.0, thumb, partner=False) == ""
    assert guide_note(3, "measure", 1.5, thumb, partner=False) == "Your two fingers are about 3.2 cm (32 mm) wide."
    assert guide_note(0, "posture", 0.0, thumb, partner=True) == FOR_A_PARTNER
    assert guide_note(3, "measure", 1.5, thumb, partner=True) == THEIR_FINGERS
    assert guide_note(2, "landmark", 0.0, thumb, partner=True) == ""
    assert guide_note(4, "point", 0.0, thumb, partner=True) == ""
