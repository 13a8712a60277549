"""The point details say where each statement comes from, and never present advice as a source's."""

from __future__ import annotations

import re
from html import escape, unescape

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.citations import Citations, marks
from acupoint_gui.model.points import Atlas, Claim, Point, Side
from acupoint_gui.ui.detail_panel import DetailPanel
from acupoint_gui.ui.point_html import (
    CLAIMS_NOTE,
    FINGERS_NOTE,
    GENERAL_ADVICE,
    MORE_HEADING,
    SOURCES_HEADING,
    TITLE_SCALE,
    point_html,
)
from acupoint_gui.ui.theme import current_theme


def reference_numbers(html: str) -> dict[str, int]:
    """The reference list at the end of the details: full title -> its number."""
    listed = re.findall(r"<p class='src'>\[(\d+)\] ([^<]*)</p>", html)
    return {unescape(title): int(number) for number, title in listed}


def test_a_caution_no_article_gives_is_marked_as_general_advice(qtbot: QtBot, catalog: Catalog) -> None:
    atlas = catalog.atlas
    bl40 = atlas.point("BL40")
    html = point_html(atlas, bl40, current_theme())
    uncited = next(c for c in bl40.cautions if not c.sources)  # varicose veins: Acupoint's own advice
    cited = next(c for c in bl40.cautions if c.sources)  # nerves and vessels: the five-points article
    assert uncited.text in html and f'{uncited.text} <span class="src">{GENERAL_ADVICE}' in html
    assert f'{cited.text} <span class="src">{GENERAL_ADVICE}' not in html
    number = reference_numbers(html)[atlas.source(cited.sources[0]).title]
    assert f'{cited.text} <span class="ref">[{number}]</span>' in html


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
    assert html.index("How to find it") < html.index(escape(FINGERS_NOTE)) < html.index(MORE_HEADING)


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
    assert normal == round(panel.font().pointSizeF() * TITLE_SCALE)
    large = QFont(panel.font())
    large.setPointSizeF(panel.font().pointSizeF() * 1.6)
    panel.setFont(large)  # as a larger system font would
    assert heading_pt() == round(large.pointSizeF() * TITLE_SCALE) > normal


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


def cited_claims(point: Point) -> list[Claim]:
    cautions = [Claim(c.text, c.sources) for c in point.cautions if c.sources]
    return [*cautions, *point.technique.notes, *point.indications, *point.disagreements]


def test_citations_are_numbered_in_the_order_first_cited(catalog: Catalog) -> None:
    citations = Citations(catalog.atlas)
    assert citations.cite(("five-points", "hip-low-back")) == (1, 2)
    assert citations.cite(("hip-low-back", "who-2008", "five-points")) == (2, 3, 1)
    assert marks((3, 1, 1)) == "[1, 3]" and marks(()) == ""
    assert [title for _, title in citations.listed()] == [
        catalog.atlas.source(s).title for s in ("five-points", "hip-low-back", "who-2008")
    ]


@pytest.mark.parametrize("code", ["BL23", "BL40", "GB30", "CV6", "LI4", "BL60"])
def test_every_claim_carries_the_numbers_of_its_own_sources(catalog: Catalog, code: str) -> None:
    atlas = catalog.atlas
    point = atlas.point(code)
    html = point_html(atlas, point, current_theme())
    numbers = reference_numbers(html)
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1)), "numbered 1, 2, 3 … once each"
    for claim in cited_claims(point):
        expected = marks(tuple(numbers[atlas.source(s).title] for s in claim.sources))
        assert f'{escape(claim.text)} <span class="ref">{expected}</span>' in html, claim.text
    for source_id in point.sources:  # where the place and the directions come from, too
        assert atlas.source(source_id).title in numbers
    for title in numbers:  # each full title once, in the list at the end, not after every line
        assert html.count(escape(title)) == 1, title
    assert html.index(SOURCES_HEADING) > html.index(MORE_HEADING)


def every_text(atlas: Atlas, point: Point) -> list[str]:
    """All the words the details must show about ``point`` (nothing may be lost)."""
    return [
        point.code,
        *point.english,
        *point.article_names,
        *point.aliases,
        point.pinyin,
        point.chinese,
        point.channel,
        point.location,
        *point.finding,
        point.who_location,
        point.mapping_note,
        *(c.text for c in point.cautions),
        *(c.text for c in cited_claims(point)),
        *(atlas.source(s).title for s in point.sources),
    ]


@pytest.mark.parametrize("code", ["BL23", "BL52", "BL40", "GB30", "CV6", "LI4", "BL60", "KI1"])
def test_nothing_is_lost_and_the_first_screen_comes_first(catalog: Catalog, code: str) -> None:
    atlas = catalog.atlas
    point = atlas.point(code)
    html = point_html(atlas, point, current_theme())
    for text in every_text(atlas, point):
        assert escape(text) in html, text
    at = html.index
    first = [at(escape(c.text)) for c in point.cautions]
    first += [at("Where it is"), at(escape(point.location)), at("How to press"), at("How to find it")]
    first += [at(escape(step)) for step in point.finding]
    assert first == sorted(first), "cautions, where, how to press, how to find, in that order"
    below = [at(escape(claim.text)) for claim in (*point.indications, *point.disagreements)]
    below += [at(escape(point.who_location)), at(escape(point.aliases[0]))]
    if point.mapping_note:
        below.append(at(escape(point.mapping_note)))
    assert min(below) > at(MORE_HEADING) > max(first), "everything else is below the first screen"


# The detail panel's real size in the window as it first opens (the dock in the right column,
# below the session dock) on a 1280×800 and a 1024×768 screen: grabbed from the real app under
# Xvfb (viewports 319×452 and 248×422).
PANEL_1280 = (353, 500)
PANEL_1024 = (282, 470)


def bottom_in_view(panel: DetailPanel, text: str) -> float:
    """How far down the panel's text the block holding ``text`` ends (in viewport pixels)."""
    document = panel.browser.document()
    found = document.find(text)
    assert not found.isNull(), text
    return float(document.documentLayout().blockBoundingRect(found.block()).bottom())


@pytest.mark.parametrize("pregnant", [False, True])
@pytest.mark.parametrize("size", [PANEL_1280, PANEL_1024], ids=["1280x800", "1024x768"])
def test_the_cautions_are_never_below_the_fold(
    qtbot: QtBot, catalog: Catalog, size: tuple[int, int], pregnant: bool
) -> None:
    from acupoint_gui.printing.fonts import register_bundled_fonts

    register_bundled_fonts()  # as the app does: the characters' font
    panel = DetailPanel(catalog.atlas, current_theme())
    qtbot.addWidget(panel)
    panel.set_pregnant(pregnant)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    for point in catalog.atlas.points:
        panel.show_point(point, Side.LEFT)
        fold = panel.browser.viewport().height()
        assert panel.browser.verticalScrollBar().value() == 0
        seen = [point.location[:30], "How to press"] if size == PANEL_1280 else ["Where it is"]
        last_caution = [point.cautions[-1].text[:30]] if point.cautions else []
        for text in [*last_caution, *seen]:
            assert bottom_in_view(panel, text) <= fold, f"{point.code}: {text!r} is below the fold"
