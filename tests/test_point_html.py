"""The point details say where each statement comes from, and never present advice as a source's."""

from __future__ import annotations

from html import escape

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.points import Side
from acupoint_gui.ui.point_html import CLAIMS_NOTE, FINGERS_NOTE, GENERAL_ADVICE, point_html
from acupoint_gui.ui.theme import current_theme


def test_a_caution_no_article_gives_is_marked_as_general_advice(qtbot: QtBot, catalog: Catalog) -> None:
    atlas = catalog.atlas
    bl40 = atlas.point("BL40")
    html = point_html(atlas, bl40, current_theme())
    uncited = next(c for c in bl40.cautions if not c.sources)  # varicose veins: Acupoint's own advice
    cited = next(c for c in bl40.cautions if c.sources)  # nerves and vessels: the five-points article
    assert uncited.text in html and uncited.text + GENERAL_ADVICE in html
    assert cited.text + GENERAL_ADVICE not in html
    assert atlas.source(cited.sources[0]).title in html


def test_claims_of_help_with_numbness_come_with_the_warning(qtbot: QtBot, catalog: Catalog) -> None:
    atlas = catalog.atlas
    gb30 = atlas.point("GB30")
    assert any("umbness" in claim.text for claim in gb30.indications)
    html = point_html(atlas, gb30, current_theme())
    assert escape(CLAIMS_NOTE) in html
    assert html.index("What the articles say it helps") < html.index("needs a doctor first")


def test_the_directions_point_to_the_finger_measures(qtbot: QtBot, catalog: Catalog) -> None:
    atlas = catalog.atlas
    html = point_html(atlas, atlas.point("BL23"), current_theme())
    assert html.index("How to find it") < html.index(escape(FINGERS_NOTE)) < html.index("How to press")


def test_the_safety_notice_says_which_parts_are_not_from_the_articles(catalog: Catalog) -> None:
    from acupoint_gui.ui.safety_dialog import NOT_FROM_THE_ARTICLES, safety_html

    html = safety_html(catalog.atlas.safety)
    assert "Murphy" in html and "Hsieh" in html  # the studies, named
    assert html.index("What the evidence says") < html.index(escape(NOT_FROM_THE_ARTICLES))
    assert all(escape(flag) in html for flag in catalog.atlas.safety.red_flags)
    assert escape(catalog.atlas.safety.red_flags_source) in html, "the warning signs' own source, named"


def test_the_safety_notice_opens_big_enough_to_read_without_scrolling(qtbot: QtBot, catalog: Catalog) -> None:
    from PySide6.QtGui import QGuiApplication

    from acupoint_gui.ui.safety_dialog import SafetyDialog

    dialog = SafetyDialog(catalog.atlas.safety, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() < screen.height(), "this screen has the room"
    assert dialog.text.verticalScrollBar().maximum() == 0, "every warning sign in view, no scrolling"


def test_headings_and_notes_grow_with_the_panel_font(qtbot: QtBot, catalog: Catalog) -> None:
    from PySide6.QtGui import QFont, QTextCursor

    from acupoint_gui.ui.detail_panel import DetailPanel

    panel = DetailPanel(catalog.atlas, current_theme())
    qtbot.addWidget(panel)
    panel.show_point(catalog.atlas.point("BL23"), Side.LEFT)

    def heading_pt() -> float:
        cursor = QTextCursor(panel.browser.document())  # at the start: in the h1
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return cursor.charFormat().fontPointSize()

    normal = heading_pt()
    assert normal == round(panel.font().pointSizeF() * 2.2)
    large = QFont(panel.font())
    large.setPointSizeF(panel.font().pointSizeF() * 1.6)
    panel.setFont(large)  # as a larger system font would
    assert heading_pt() == round(large.pointSizeF() * 2.2) > normal


def test_map_words_follow_the_application_font() -> None:
    from PySide6.QtGui import QFont

    from acupoint_gui.ui.body_map.figure_scene import CAPTION_SCALE, LANDMARK_SCALE, map_font

    base = QFont().pointSizeF()
    assert map_font(CAPTION_SCALE, bold=True).pointSizeF() == pytest.approx(base * CAPTION_SCALE)
    assert map_font(LANDMARK_SCALE).pointSizeF() < base < map_font(CAPTION_SCALE).pointSizeF()


@pytest.mark.parametrize(
    ("code", "standard", "article"),
    [
        ("LR3", "Great Rushing", "Foot Point (while sleeping)"),
        ("KI1", "Gushing Spring", "Foot Point (while sitting)"),
        ("LI4", "Joining Valley", "Hand Point"),
        ("BL39", "Outside of the Crook", "Knee Back Points"),
    ],
)
def test_the_standard_name_comes_first_and_the_articles_label_is_said_to_be_theirs(
    qtbot: QtBot, catalog: Catalog, code: str, standard: str, article: str
) -> None:
    point = catalog.atlas.point(code)
    assert point.name == standard
    html = point_html(catalog.atlas, point, current_theme())
    heading = html[html.index("<h1>") : html.index("</h1>")]
    assert standard in heading and article not in heading
    assert f"The articles call it “{article}”" in html.replace("&quot;", '"')
