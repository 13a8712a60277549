"""The sheet's table: one row per point, in the order to press them, each with its close-up.

Part of :func:`~.sheet.render_sheet`'s single drawing path: rows are measured on the device,
then drawn where the layout puts them; a row never splits across pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..model.figure_sides import sides_seen
from ..model.guide_frames import frame_region
from ..model.languages import ENGLISH
from ..model.points import articles_call_it
from ..model.sheet_content import SheetContent, SheetPoint, SheetWords
from ..model.step_wording import motion_words
from ..model.wording import QT_TRANSLATE_NOOP, current_language
from .closeup_figure import draw_closeup, draw_guide_frame
from .sheet_layout import WRAP, SheetLayout
from .side_captions import caption_boxes, caption_height, draw_side_captions, side_captions

CLOSEUP_MAX_MM = 30.0  # a row's close-up is at most this tall
CLOSEUP_ASPECT = 3 / 2  # and shows the part of the close-up around the point in this shape
SIDE_WORDS_PT = 6.2  # the words under it that say which side it shows (as its landmarks' names)

PREGNANCY_WARNING = QT_TRANSLATE_NOOP("SheetTable", "⚠ NOT IN PREGNANCY.")
PREGNANCY_KEY = QT_TRANSLATE_NOOP(
    "SheetTable", "Grey numbers are points traditionally left out in pregnancy: do not press them."
)
PRESSURE_WORDS = {
    "gentle": QT_TRANSLATE_NOOP("SheetTable", "Gentle"),
    "medium": QT_TRANSLATE_NOOP("SheetTable", "Medium"),
    "firm": QT_TRANSLATE_NOOP("SheetTable", "Firm"),
}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SheetTable", text, disambiguation, n)


def _columns(layout: SheetLayout) -> list[tuple[str, float]]:
    return [
        ("#", 0.05),
        (QCoreApplication.translate("SheetTable", "Point"), 0.22),
        (QCoreApplication.translate("SheetTable", "Where and how to find it"), 0.43),
        (QCoreApplication.translate("SheetTable", "How to press"), 0.30),
    ]


def _row_texts(sp_number: int, sheet_point: SheetPoint, *, partner: bool = False) -> list[str]:
    point = sheet_point.point
    # A point's characters are one name: word joiners stop a narrow column breaking 膀胱俞 as 膀 / 胱俞.
    chinese = "\u2060".join(point.chinese)
    names = f"{point.code}\n{point.pinyin} {chinese}"
    if current_language() == ENGLISH:  # in Chinese, the characters are the name
        names += f"\n{', '.join(point.english)}"
    if point.article_names:
        names += f"\n{articles_call_it(point)}"
    # Other codes (B23, UB23); in Chinese without the English names among them ("Bladder 23").
    aliases = point.aliases if current_language() == ENGLISH else tuple(a for a in point.aliases if " " not in a)
    if aliases:
        names += "\n" + QCoreApplication.translate("SheetTable", "(also %1)").replace("%1", ", ".join(aliases[:4]))
    if sheet_point.notes:
        numbers, count = ", ".join(str(n) for n in sheet_point.notes), len(sheet_point.notes)
        see = SheetWords.tr("See note(s) %1 below.", "", count)  # the model's plural: English without a .qm too
        names += "\n" + see.replace("%1", numbers)
    finding = point.location + "\n" + "\n".join(f"{i}. {step}" for i, step in enumerate(point.finding, 1))
    technique = point.technique
    pressure = PRESSURE_WORDS.get(technique.pressure)
    press = (
        QCoreApplication.translate("SheetTable", "{pressure}, {motion}; {seconds} s on each side.")
        if point.is_bilateral
        else QCoreApplication.translate("SheetTable", "{pressure}, {motion}; {seconds} s (on the midline).")
    ).format(
        pressure=_tr(pressure) if pressure else technique.pressure.capitalize(),
        motion=motion_words(technique.motion),
        seconds=sheet_point.seconds_per_side,
    )
    helps = {
        "required": QCoreApplication.translate("SheetTable", "Needs a partner."),
        "helpful": QCoreApplication.translate("SheetTable", "A partner helps."),
    }.get(point.partner.value, "")
    if helps and not partner:  # on a sheet for the partner, it goes without saying
        press += f"\n{helps}"
    kept = point.cautions
    if sheet_point.warn_pregnancy:  # one plain warning that leads the pregnancy cautions (the reason)
        kept = tuple(c for c in point.cautions if c.kind != "pregnancy")
    cautions = "\n".join(f"⚠ {c.text}" for c in kept)
    if sheet_point.warn_pregnancy:
        reasons = " ".join(c.text for c in point.cautions if c.kind == "pregnancy")
        cautions = f"{_tr(PREGNANCY_WARNING)} {reasons}".strip() + f"\n{cautions}"
        cautions = cautions.strip()
    if cautions:
        press += f"\n{cautions}"
    return [str(sp_number), names, finding, press]


def layout_table(layout: SheetLayout, content: SheetContent) -> None:
    columns = _columns(layout)
    pad = layout.pt(3)
    head_font = layout.font(9, bold=True)
    body_font = layout.font(8.5)
    widths = [fraction * layout.width for _, fraction in columns]

    def heights(texts: list[str], font: QFont, picture: float = 0.0) -> float:
        cells = [layout.text_height(t, font, w - 2 * pad) for t, w in zip(texts, widths, strict=True)]
        if picture:  # the close-up goes under the point's names
            cells[1] += layout.pt(3) + picture
        return max(cells) + 2 * pad

    def row_op(
        texts: list[str], font: QFont, height: float, shaded: bool, sheet_point: SheetPoint | None = None
    ) -> Callable[[QPainter, float], None]:
        def draw(painter: QPainter, y: float) -> None:
            if shaded:
                painter.fillRect(QRectF(0, y, layout.width, height), QColor("#eef2f6"))
            painter.setPen(QPen(QColor("#9aa5b1"), max(1.0, layout.pt(0.5))))
            painter.drawLine(0, int(y + height), int(layout.width), int(y + height))
            x = 0.0
            painter.setFont(font)
            for text, width in zip(texts, widths, strict=True):
                painter.setPen(QColor("#111111"))
                painter.drawText(QRectF(x + pad, y + pad, width - 2 * pad, height - 2 * pad), WRAP, text)
                x += width
            if sheet_point is not None and sheet_point.closeup is not None:
                names_h = layout.text_height(texts[1], font, widths[1] - 2 * pad)
                box = QRectF(widths[0] + pad, y + pad + names_h + layout.pt(3), widths[1] - 2 * pad, 0)
                box.setHeight(_picture_height(layout, sheet_point, box.width()))
                _draw_closeup(painter, layout, sheet_point, box, partner=content.partner)

        return draw

    header = [name for name, _ in columns]
    header_h = heights(header, head_font)
    rows = [_row_texts(sp.number, sp, partner=content.partner) for sp in content.points]
    title, title_font = (
        QCoreApplication.translate("SheetTable", "The points, in the order to press them"),
        layout.font(12, bold=True),
    )
    first = header_h + (heights(rows[0], body_font) if rows else 0.0)
    if layout.text_height(title, title_font, layout.width) + layout.pt(3) + first > layout.room() and layout.y > 0:
        layout.new_page()  # the heading goes with the table's header and first row, however tall
    layout.text(title, title_font, gap_after=3)
    if any(sp.warn_pregnancy for sp in content.points):
        layout.text(_tr(PREGNANCY_KEY), layout.font(9, bold=True), gap_after=3, colour=QColor("#7a2e00"))
    for index, texts in enumerate(rows):
        sheet_point = content.points[index]
        height = heights(texts, body_font, _picture_height(layout, sheet_point, widths[1] - 2 * pad))
        if index == 0 or height > layout.room():
            # the header goes with the first row of every page the table is on
            if height + header_h > layout.room() and layout.y > 0:
                layout.new_page()
            layout.place(header_h, row_op(header, head_font, header_h, True), keep=False)
        layout.place(height, row_op(texts, body_font, height, False, sheet_point))
    layout.y += layout.pt(8)


def _picture_height(layout: SheetLayout, sheet_point: SheetPoint, width: float) -> float:
    """The close-up's part around the point fills the column's width, up to
    :data:`CLOSEUP_MAX_MM` tall."""
    if sheet_point.closeup is None:
        return 0.0
    _, _, w, h = frame_region(sheet_point.closeup.frame, sheet_point.closeup.figure, aspect=CLOSEUP_ASPECT)
    return min(width * h / w, layout.pt(CLOSEUP_MAX_MM * 72 / 25.4))


def _draw_closeup(
    painter: QPainter, layout: SheetLayout, sheet_point: SheetPoint, box: QRectF, *, partner: bool
) -> None:
    """The point's close-up: the landmark it is found from, the measure and the point; under it,
    which side of the body it shows (the sheet's close-ups show one side's point). The words
    take their line from the picture, so a row is no taller for them."""
    assert sheet_point.closeup is not None
    closeup = sheet_point.closeup
    words = side_captions(sides_seen(closeup.figure, closeup.frame.side), partner=partner)
    font = layout.font(SIDE_WORDS_PT)
    metrics = QFontMetricsF(font, layout.device)
    picture = box.adjusted(0, 0, 0, -caption_height(words, metrics))
    painter.save()
    region = frame_region(closeup.frame, closeup.figure, aspect=CLOSEUP_ASPECT)
    placement = draw_closeup(painter, closeup.figure, picture, mirrored=closeup.frame.mirrored, region=region)
    painter.setPen(QPen(QColor("#9aa5b1"), max(1.0, layout.pt(0.4))))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(placement.drawn)
    draw_guide_frame(painter, placement, closeup.frame, label_px=layout.pt(6.2 * layout.scale), label_area=picture)
    draw_side_captions(painter, caption_boxes(words, placement.drawn, metrics), font, QColor("#333333"))
    painter.restore()
