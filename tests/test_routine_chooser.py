"""A routine's name in a narrow chooser ends at a whole word with "…", never cut without a sign."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.routine_library import RoutineEntry
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui.routine_chooser import elide_words
from acupoint_gui.ui.session_panel import SessionPanel

ELEVEN = "The 11-point article (9 distinct points)"


@pytest.fixture
def metrics(qtbot: QtBot) -> QFontMetrics:
    return QFontMetrics(QFont())


def test_a_name_that_fits_is_left_whole(metrics: QFontMetrics) -> None:
    assert elide_words(ELEVEN, metrics, metrics.horizontalAdvance(ELEVEN)) == ELEVEN


@pytest.mark.parametrize("share", [0.3, 0.5, 0.7, 0.9])
def test_a_long_name_ends_at_a_whole_word_with_an_ellipsis(metrics: QFontMetrics, share: float) -> None:
    width = int(metrics.horizontalAdvance(ELEVEN) * share)
    shown = elide_words(ELEVEN, metrics, width)
    assert shown.endswith("…") and metrics.horizontalAdvance(shown) <= width
    head = shown.removesuffix("…")
    assert ELEVEN.startswith(head) and ELEVEN[len(head)] in " (", f"cut mid-word: {shown!r}"
    assert not head.endswith((" ", "(")), "no dangling space or bracket before the ellipsis"


def test_the_yours_mark_stays_in_view(metrics: QFontMetrics) -> None:
    name = "My long evening routine for the low back and hips (yours)"
    shown = elide_words(name, metrics, metrics.horizontalAdvance("My long evening… (yours)") + 2, " (yours)")
    assert shown == "My long evening… (yours)"


def test_a_single_long_word_is_still_marked_as_cut(metrics: QFontMetrics) -> None:
    word = "Supercalifragilisticexpialidocious"
    shown = elide_words(word, metrics, metrics.horizontalAdvance(word) // 2)
    assert shown.endswith("…") and len(shown) < len(word)


def test_the_chooser_shows_the_full_name_in_its_tooltip_and_a_wide_enough_list(qtbot: QtBot) -> None:
    panel = SessionPanel()
    qtbot.addWidget(panel)
    panel.set_routines([RoutineEntry("short", "Short", False), RoutineEntry("eleven", ELEVEN, False)], "eleven")
    panel.resize(240, 400)
    panel.show()
    qtbot.waitExposed(panel)
    combo = panel.routine
    assert combo.toolTip() == ELEVEN
    shown = combo.shown_text()
    assert shown != ELEVEN and shown.endswith("…") and ELEVEN.startswith(shown.removesuffix("…"))
    combo.showPopup()
    view = combo.view()
    assert view.width() >= view.sizeHintForColumn(0), "the open list shows every name whole"
    combo.hidePopup()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_the_chooser_in_the_window(app: Acupoint, qtbot: QtBot, artifacts_dir: Path, size: tuple[int, int]) -> None:
    """The window as a person sees it, with the longest built-in name and one of yours chosen."""
    routines = app.first.routines
    long_name = "My long evening routine for the low back and hips"
    assert routines.save_own([Routine("mine", long_name, None, "", (RoutineStep("BL23", 30),), target_minutes=10)])
    routines.refresh("eleven-points")
    window, panel = app.first.window, app.first.session_panel
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    width, height = size
    for routine_id, name in (("eleven-points", ELEVEN), ("mine", f"{long_name} (yours)")):
        panel.routine.setCurrentIndex(panel.routine.findData(routine_id))
        shown = panel.routine.shown_text()
        assert panel.routine.toolTip() == name
        assert shown == name or (shown.endswith(("…", "… (yours)")) and name.startswith(shown.split("…")[0]))
        assert window.grab().save(str(artifacts_dir / f"routine-chooser-{routine_id}-{width}x{height}.png"))
