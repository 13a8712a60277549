"""Pressing for someone else in the window: one switch (menu and panel), the steps, the voice and
the presser's view of the point; pressing alone; the sheet in partner wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.points import Side
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui.actions import ActionId
from acupoint_gui.ui.presser_view import PresserView

from .conftest import run_python
from .fakes import start_routine
from .pdf_words import page_words, same_line
from .test_sound import FakeSpeech

ROUTINE = Routine("r", "R", None, "", (RoutineStep("BL23", 30), RoutineStep("CV6", 60)))
MARKER = QColor("#D55E00")


def marker_columns(image: QImage) -> list[int]:
    """The columns where the point's marker colour is."""
    found = []
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - MARKER.red())
                + abs(pixel.green() - MARKER.green())
                + abs(pixel.blue() - MARKER.blue())
                < 40
            ):
                found.append(x)
                break
    return found


def test_the_menu_and_the_panel_are_one_switch(app: Acupoint) -> None:
    panel = app.first.session_panel
    action = app.window.actions_by_id[ActionId.PARTNER_MODE]

    def shown() -> tuple[bool, bool, bool]:
        return app.settings.partner_mode, action.isChecked(), panel.partner.isChecked()

    assert shown() == (False, False, False)
    panel.partner.setChecked(True)
    assert shown() == (True, True, True)
    action.setChecked(False)
    assert shown() == (False, False, False)
    action.trigger()
    assert shown() == (True, True, True)
    assert not panel.alone.isEnabled(), "pressing for someone, every point can be reached"


def test_a_session_for_someone_else_is_worded_and_said_for_the_presser(app: Acupoint) -> None:
    speech = FakeSpeech()
    app.features.cues.player._speech = speech
    panel = app.first.session_panel
    panel.voice.setChecked(True)
    panel.partner.setChecked(True)
    assert start_routine(app, ROUTINE)
    assert panel.current.text() == "BL23 · Kidney Shu — your partner's left side"
    assert panel.instruction.text().endswith("Ask your partner to breathe slowly.")
    assert speech.said[0] == "Your partner's left side, on your left. Bladder 23, Kidney Shu. 30 seconds."
    view = panel.step_figure
    assert isinstance(view, PresserView) and not view.isHidden()
    assert view.marker is not None and (view.marker.code, view.marker.side) == ("BL23", Side.LEFT)
    assert (view.stand, view.viewer_left) == ("As you stand behind them", "their left")
    # The picture says where the side is; the same in words is for a point it cannot show.
    assert panel.where.text() == "Their own left: on your left as you stand behind them."
    assert panel.where.isHidden()
    app.runner.skip()
    assert panel.where.text() == "Their own right: on your right as you stand behind them."
    assert view.marker.side is Side.RIGHT
    app.runner.skip()  # CV6, on the midline: no side to place, and a front point
    assert panel.where.isHidden() and panel.current.text() == "CV6 · Sea of Energy"
    app.runner.stop()
    assert view.isHidden()


def test_a_point_the_presser_view_cannot_show_is_placed_in_words(app: Acupoint) -> None:
    panel = app.first.session_panel
    panel.partner.setChecked(True)
    assert start_routine(app, Routine("k", "K", None, "", (RoutineStep("KI1", 30),)))
    assert panel.current.text() == "KI1 · Gushing Spring — your partner's left side"
    assert panel.where.text() == "Their own left, as they feel it." and not panel.where.isHidden()
    assert panel.step_figure is None or panel.step_figure.isHidden()


def test_the_tray_says_whose_side_it_is(app: Acupoint) -> None:
    app.first.session_panel.partner.setChecked(True)
    assert start_routine(app, ROUTINE)
    app.runner.poll()
    assert app.features.tray.step_label == "BL23 Kidney Shu, your partner's left side"
    app.runner.stop()
    app.first.session_panel.partner.setChecked(False)
    assert start_routine(app, ROUTINE)
    assert app.features.tray.step_label == "BL23 Kidney Shu, left side"


def test_pressing_for_oneself_shows_no_presser_view(app: Acupoint) -> None:
    assert start_routine(app, ROUTINE)
    panel = app.first.session_panel
    assert panel.current.text() == "BL23 · Kidney Shu — left side"
    assert panel.where.isHidden()
    assert panel.step_figure is None or panel.step_figure.isHidden()


@pytest.mark.parametrize(
    ("code", "view", "side", "on_the_left"),
    [
        ("BL23", "back", Side.LEFT, True),  # standing behind: their left is on your left
        ("BL23", "back", Side.RIGHT, False),
        ("LR3", "front", Side.LEFT, False),  # facing them: their left is on your right
        ("LR3", "front", Side.RIGHT, True),
    ],
)
def test_the_presser_sees_the_partners_side_where_it_is_from_where_they_stand(
    qapp: object, catalog: Catalog, *, code: str, view: str, side: Side, on_the_left: bool
) -> None:
    """The back figure as the presser behind sees it is the back as drawn, not mirrored (a
    mirrored back would put their left on the presser's right); the front as the presser
    facing them sees it is the front as drawn."""
    presser = PresserView(catalog.figures)
    presser.resize(300, 130)
    (marker,) = [m for m in catalog.markers if m.code == code and m.view == view and m.side is side]
    presser.show_marker(marker)
    image = presser.grab().toImage()
    columns = marker_columns(image)
    assert columns, "the point is drawn"
    middle = sum(columns) / len(columns)
    assert (middle < image.width() / 2) == on_the_left, f"{code} {side.value}: marker at x={middle:.0f}"
    their_side = "their left" if side is Side.LEFT else "their right"
    assert (presser.viewer_left == their_side) == on_the_left
    assert presser.stand == ("As you stand behind them" if view == "back" else "As you face them")


def test_pressing_alone_leaves_out_what_a_partner_helps_with(app: Acupoint) -> None:
    panel = app.first.session_panel
    routine = Routine("r2", "Two", None, "", (RoutineStep("BL23", 30), RoutineStep("BL40", 30)))
    app.first.library.adopt([routine])
    app.first.routines.refresh("r2")
    assert "A partner helps with BL23." in panel.summary.text()
    panel.alone.setChecked(True)
    assert app.settings.alone_only
    assert "Left out, pressing alone: BL23." in panel.summary.text()
    assert app.features.sessions.start("r2")
    assert {step.point for step in app.runner.steps} == {"BL40"}
    app.runner.stop()
    only = Routine("r3", "Only BL23", None, "", (RoutineStep("BL23", 30),))
    app.first.library.adopt([routine, only])
    app.first.routines.refresh("r3")
    assert not panel.start_button.isEnabled()
    assert panel.start_reason.text().startswith("Nothing to press alone")


def test_the_sheet_in_partner_wording_names_their_sides_under_each_figure(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = run_python(
        "-m", "acupoint_gui", "sheet", "--routine", "hip-low-back-five", "--partner", "--output", str(out), timeout=180
    )
    assert result.returncode == 0, result.stderr
    words = page_words(out)[0]
    text = " ".join(w.text for w in words)
    assert "Pressing for someone else: left and right are always your partner's own." in text
    # The figures' titles: "Front" and "Back" side by side (the words appear in the text too).
    front, back = next(
        (f, b) for f in words for b in words if (f.text, b.text) == ("Front", "Back") and same_line(f, b)
    )
    under = [w for w in words if w.text == "Their" and w.y0 > back.y1 and w.y0 - back.y1 < 20]
    assert len(under) == 4, [w.text for w in under]
    for title, first in ((back, "left"), (front, "right")):
        near = sorted((w for w in under if abs(w.cx - title.cx) < 80), key=lambda w: w.x0)
        followers = [next(v for v in words if same_line(v, w) and v.x0 > w.x1 and v.x0 - w.x1 < 8) for w in near]
        assert [f.text for f in followers] == [first, "right" if first == "left" else "left"], title.text
    assert "A partner helps." not in text
