"""What the printed sheet says where, read from the PDF as a person reads it: the numbered
badges on the figures match the table, the words Left and Right sit on the person's own
sides, and a pregnancy sheet explains its grey badges.

Words and positions come from ``pdftotext -bbox``; a badge is a number printed on an orange
(or, for a point to leave out, grey) disc, found from the rendered page's pixels.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from acupoint_gui.model.catalog import Catalog

from .pdf_words import Word, page_words, render_page, same_line, share_of_colour
from .test_sheet import make

ORANGE = QColor("#D55E00")  # a badge
GREY = QColor("#9a9a9a")  # a badge of a point to leave out in pregnancy
PREGNANCY_KEY_START = "Grey numbers are points traditionally left out in pregnancy"
CODE = re.compile(r"^[A-Z]{2,3}[0-9]{1,2}$")
TITLE_WORDS = {"Front", "Back", "Right", "Left", "side", "sole"}
# each figure's title, and which markers it shows: (view, the person's sides)
FIGURES = {
    "Front": ("front", {"left", "right", "midline"}),
    "Back": ("back", {"left", "right", "midline"}),
    "Right side": ("side", {"right", "midline"}),
    "Left side": ("side", {"left"}),
    "Right sole": ("sole", {"right", "midline"}),
    "Left sole": ("sole", {"left"}),
}


def figure_titles(words: list[Word]) -> list[Word]:
    """The line under the figures holding nothing but their titles ("Right side" as one)."""
    for word in words:
        if word.text not in ("Front", "Back", "side", "sole"):
            continue
        line = sorted((w for w in words if same_line(w, word)), key=lambda w: w.x0)
        if not all(w.text in TITLE_WORDS for w in line):
            continue
        titles: list[Word] = []
        for w in line:
            if w.text in ("side", "sole") and titles and titles[-1].text in ("Right", "Left"):
                first = titles.pop()
                w = Word(f"{first.text} {w.text}", first.x0, min(first.y0, w.y0), w.x1, max(first.y1, w.y1))
            titles.append(w)
        return titles
    return []


def table_rows(pages: list[list[Word]]) -> dict[int, str]:
    """The table's ``#`` column: number → point code, from every page the table is on."""
    rows: dict[int, str] = {}
    for words in pages:
        hashes = [w for w in words if w.text == "#" and any(v.text == "Point" and same_line(v, w) for v in words)]
        for hash_mark in hashes:
            for number in words:
                if number.text.isdigit() and abs(number.x0 - hash_mark.x0) < 2 and number.cy > hash_mark.cy:
                    right = sorted((w for w in words if same_line(w, number) and w.x0 > number.x1), key=lambda w: w.x0)
                    assert right and CODE.match(right[0].text), f"row {number.text} has no point code: {right[:3]}"
                    assert int(number.text) not in rows, f"row {number.text} twice"
                    rows[int(number.text)] = right[0].text
    return rows


def badges(words: list[Word], page: QImage) -> list[tuple[Word, str]]:
    """Numbers printed on a badge's disc, with the disc's colour ("orange" or "grey")."""
    found = []
    for word in words:
        if not word.text.isdigit():
            continue
        orange, grey = share_of_colour(page, word, ORANGE), share_of_colour(page, word, GREY)
        if max(orange, grey) >= 0.3:
            found.append((word, "orange" if orange > grey else "grey"))
    return found


def nearest(titles: list[Word], word: Word) -> Word:
    return min(titles, key=lambda title: abs(title.cx - word.cx))


def clearly_under(titles: list[Word], word: Word) -> Word | None:
    """The figure a badge is on, when it is at most half as far from that figure's title as
    from any other. (A badge moved clear of crowded neighbours may sit between two figures,
    with a line to its point: then only its number is counted.)"""
    first, *others = sorted(titles, key=lambda title: abs(title.cx - word.cx))
    if not others or abs(first.cx - word.cx) <= 0.5 * min(abs(t.cx - word.cx) for t in others):
        return first
    return None


SHEETS = [
    pytest.param(("--routine", "hip-low-back-five"), id="hip-low-back-five"),
    pytest.param(("--routine", "eleven-points", "--large-print"), id="eleven-points-large"),
    pytest.param(("--routine", "sciatica-points", "--page-size", "Letter"), id="sciatica-letter"),
    pytest.param(("--points", "LI4,BL23,GB30,KI1,BL60", "--pregnant"), id="pregnant"),
]


@pytest.mark.parametrize("args", SHEETS)
def test_every_badge_matches_the_table(
    qapp: QApplication, catalog: Catalog, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Each point in the table has its number on every figure that shows it, once per marker,
    on that figure; no other number is on a figure."""
    pdf = make(tmp_path, "sheet", *args)
    pages = page_words(pdf)
    rows = table_rows(pages)
    assert sorted(rows) == list(range(1, len(rows) + 1)), f"the table is numbered 1..n: {rows}"
    titles = figure_titles(pages[0])
    assert titles, "the figures' titles are on the first page"
    shown = {title.text for title in titles}
    expected: Counter[tuple[str, str]] = Counter()
    for number, code in rows.items():
        for marker in catalog.markers_of(code):
            where = [
                name for name, (view, sides) in FIGURES.items() if view == marker.view and marker.side.value in sides
            ]
            assert where and where[0] in shown, f"{code} {marker.side.value} on the {marker.view}: figure not printed"
            expected[(where[0], str(number))] += 1
    found = [word for word, _ in badges(pages[0], render_page(pdf, 1, tmp_path))]
    numbers = Counter(number for _, number in expected.elements())
    got = Counter(word.text for word in found)
    assert got == numbers, f"badges missing {dict(numbers - got)}, unexpected {dict(got - numbers)}"
    placed = Counter((title.text, word.text) for word in found if (title := clearly_under(titles, word)))
    assert not placed - expected, f"badges on a figure that does not show that point: {placed - expected}"


@pytest.mark.parametrize("args", [*SHEETS[:2], pytest.param(("--points", "BL23"), id="one-point")])
def test_left_and_right_are_the_persons_own_under_front_and_back(tmp_path: Path, args: tuple[str, ...]) -> None:
    """Front: the person's right is on the viewer's left. Back: on the viewer's right."""
    words = page_words(make(tmp_path, "sheet", *args))[0]
    titles = [t for t in figure_titles(words) if t.text in ("Front", "Back")]
    assert titles, "a front or back figure"
    under = [
        w
        for w in words
        if w.text in ("Left", "Right")
        and any(a.text in ("◂", "▸") and same_line(a, w) for a in words)
        and 0 < w.cy - titles[0].cy < 25
    ]
    for title in titles:
        mine = sorted((w for w in under if nearest(titles, w) is title), key=lambda w: w.x0)
        viewer_left_to_right = ["Right", "Left"] if title.text == "Front" else ["Left", "Right"]
        assert [w.text for w in mine] == viewer_left_to_right, f"under {title.text}: {[w.text for w in mine]}"
        assert mine[0].cx < title.cx < mine[1].cx, f"under {title.text}: the words are not either side of it"
    if len(titles) == 2:  # the front's "Left ▸" and the back's "◂ Left" must not read as one label
        front_last = max((w for w in under if nearest(titles, w) is titles[0]), key=lambda w: w.x1)
        back_first = min((w for w in under if nearest(titles, w) is titles[1]), key=lambda w: w.x0)
        assert back_first.x0 - front_last.x1 >= 25, "the two figures' words run together"


def test_each_side_and_sole_figure_shows_the_side_its_title_says(
    qapp: QApplication, catalog: Catalog, tmp_path: Path
) -> None:
    """The left figures are the right ones mirrored: a badge sits on the side of its figure's
    middle where that side's marker is (BL60 behind the ankle, GB29 in front of the hip)."""
    pdf = make(tmp_path, "sides", "--points", "GB29,BL60,BL62,KI1")
    pages = page_words(pdf)
    rows = table_rows(pages)
    titles = figure_titles(pages[0])
    checked = 0
    for word, _ in badges(pages[0], render_page(pdf, 1, tmp_path)):
        title = clearly_under(titles, word)
        if title is None or title.text in ("Front", "Back"):
            continue
        view, sides = FIGURES[title.text]
        left, _, width, _ = catalog.figures[view].view_box
        [marker] = [m for m in catalog.markers_of(rows[int(word.text)]) if m.view == view and m.side.value in sides]
        offset = (marker.x - (left + width / 2)) / width  # of the figure's width, + is the viewer's right
        assert abs(offset) > 0.01
        assert (word.cx > title.cx) == (offset > 0), (
            f"badge {word.text} ({marker.code}) under {title.text!r} is on the wrong side of the figure's middle"
        )
        checked += 1
    assert checked >= 8, "each of the four points on both side or sole figures"


def test_a_pregnancy_sheet_explains_its_grey_badges(qapp: QApplication, catalog: Catalog, tmp_path: Path) -> None:
    pdf = make(tmp_path, "pregnant", "--points", "LI4,BL23,GB30,KI1,BL60", "--pregnant")
    pages = page_words(pdf)
    rows = table_rows(pages)
    leave_out = {
        number for number, code in rows.items() if catalog.atlas.point(code).pregnancy.value == "contraindicated"
    }
    assert leave_out, "the example has points to leave out"
    colours = {(word.text, colour) for word, colour in badges(pages[0], render_page(pdf, 1, tmp_path))}
    wanted = {(str(n), "grey" if n in leave_out else "orange") for n in rows}
    assert colours == wanted, f"badge colours {sorted(colours)}; wanted grey for {sorted(leave_out)} only"
    text = [" ".join(w.text for w in words) for words in pages]
    heading = next(i for i, page in enumerate(text) if "The points, in the order to press them" in page)
    page = text[heading]
    assert PREGNANCY_KEY_START in page, "the key to the grey numbers is with the table"
    assert page.index("in the order to press them") < page.index(PREGNANCY_KEY_START) < page.index("# Point")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--points", "LI4,BL23"), id="not-pregnant"),
        pytest.param(("--points", "BL23,BL40", "--pregnant"), id="pregnant-nothing-to-leave-out"),
    ],
)
def test_no_grey_key_where_nothing_is_grey(qapp: QApplication, tmp_path: Path, args: tuple[str, ...]) -> None:
    pdf = make(tmp_path, "sheet", *args)
    pages = page_words(pdf)
    assert PREGNANCY_KEY_START not in " ".join(w.text for words in pages for w in words)
    assert {colour for _, colour in badges(pages[0], render_page(pdf, 1, tmp_path))} == {"orange"}


def test_each_rows_closeup_says_which_side_it_shows(qapp: QApplication, tmp_path: Path) -> None:
    """A row's close-up shows one side's point: under the knee (one side only) "Your left side";
    under the low back, "◂ Left" and "Right ▸", with the point drawn on the Left word's half."""
    pdf = make(tmp_path, "closeup-sides", "--points", "BL40,BL28")
    pages = page_words(pdf)

    def row(code: str) -> tuple[int, Word]:
        """The page a row is on, and its code in the Point column."""
        for index, words in enumerate(pages):
            for word in words:
                if word.text == code and any(w.text.isdigit() and same_line(w, word) and w.x1 < word.x0 for w in words):
                    return index, word
        raise AssertionError(f"no row for {code}")

    page, code = row("BL40")
    words = pages[page]
    (your,) = [w for w in words if w.text == "Your" and w.y0 > code.y1]
    line = sorted((w for w in words if same_line(w, your)), key=lambda w: w.x0)
    assert [w.text for w in line[:3]] == ["Your", "left", "side"], [w.text for w in line]
    assert abs(your.x0 - code.x0) < 100, "in the Point column, under the close-up"

    page, code = row("BL28")
    words = pages[page]
    (left,) = [
        w
        for w in words
        if w.text == "Left"
        and w.y0 > code.y1
        and abs(w.x0 - code.x0) < 100
        and any(a.text == "◂" and same_line(a, w) for a in words)
    ]
    (right,) = [w for w in words if w.text == "Right" and same_line(w, left)]
    assert any(a.text == "▸" and same_line(a, right) and a.x0 > right.x1 for a in words)
    assert left.x1 < right.x0
    image = render_page(pdf, page + 1, tmp_path)
    orange = [
        x
        for x in range(int(left.x0), int(right.x1))
        for y in range(int(left.y0) - 60, int(left.y0))
        if share_of_colour(image, Word("", x, y, x, y), ORANGE, margin=0) > 0.5
    ]
    assert orange, "BL28 drawn above its words"
    assert max(orange) < (left.x0 + right.x1) / 2, "their left BL28 is on the half that says Left"
