"""The point sheet, laid out once and drawn on any paged device: preview, printer or PDF.

:func:`render_sheet` is the only drawing path. It paginates in two passes (measure, then
draw) so every page can say "Page 2 of 3", and a table row never splits across pages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter

from ..model.catalog import Catalog
from ..model.geometry import Figure
from ..model.points import Side
from ..model.sheet_content import SheetContent
from ..model.wording import QT_TRANSLATE_NOOP, current_language
from .figures import Label, draw_figure
from .handout_block import layout_handout
from .sheet_layout import SheetLayout, bullet_columns, paint_pages
from .sheet_table import PREGNANCY_KEY, PREGNANCY_WARNING, layout_table

__all__ = ["PREGNANCY_KEY", "PREGNANCY_WARNING", "page_margins", "render_sheet"]

MARGIN_MM = 15.0


def render_sheet(device: QPagedPaintDevice, catalog: Catalog, content: SheetContent) -> int:
    """Draw the sheet on ``device`` (a QPrinter or QPdfWriter); return the number of pages."""
    layout = _best_layout(device, catalog, content)

    return paint_pages(device, layout, lambda painter, number, total: _footer(painter, layout, content, number, total))


def _layout_header(layout: SheetLayout, content: SheetContent) -> None:
    layout.text(content.title, layout.font(18, bold=True), gap_after=2)
    # The date is kept in one piece (no-break spaces): "25 November" / "2026" on two lines reads badly.
    day = QDate(content.date.year, content.date.month, content.date.day)
    date_format = QCoreApplication.translate("Sheet", "d MMMM yyyy", "the sheet's date, as QLocale writes it")
    when = QLocale(current_language()).toString(day, date_format).replace(" ", "\u00a0")
    sub = content.subtitle + (" \u00a0 ·\u00a0" if content.subtitle else "") + when  # the dot goes with the date
    layout.text(sub, layout.font(10), gap_after=8, colour=QColor("#444444"))
    layout_handout(layout, content.handout)
    layout.text(content.instructions_heading, layout.font(12, bold=True), gap_after=2, keep_with_next=40)
    _bullets_in_two_columns(layout, list(content.instructions), layout.font(9.5))
    layout.y += layout.pt(6)


def _bullets_in_two_columns(layout: SheetLayout, lines: list[str], font: QFont) -> None:
    """Short instructions side by side, so the figures and the table start higher up."""
    layout.place(*bullet_columns(layout, lines, font))


FIGURE_HEIGHTS_PT = (300.0, 260.0, 220.0, 180.0, 150.0, 120.0, 100.0)


def _best_layout(device: QPagedPaintDevice, catalog: Catalog, content: SheetContent) -> SheetLayout:
    """The layout with the fewest pages, keeping the figures as large as that allows."""
    best: SheetLayout | None = None
    for figure_height in FIGURE_HEIGHTS_PT:
        layout = SheetLayout(device, content.large_print)
        if best is not None and not _captions_fit(layout, catalog, content, figure_height):
            break  # smaller figures than this would have their titles run together
        _layout_header(layout, content)
        _layout_figures(layout, catalog, content, figure_height)
        layout_table(layout, content)
        # Safety and sources before the footnotes: they matter more, and the notes (each kept
        # whole, not all together) then flow to the end instead of leaving a block alone there.
        _layout_safety(layout, content)
        _layout_sources(layout, content)
        _layout_notes(layout, content)
        if best is None or len(layout.pages) < len(best.pages):
            best = layout
    assert best is not None
    return best


Panels = tuple[list[tuple[str, bool]], list[float], float, float]  # (view, mirrored)s, widths, height, gap


def _panels(layout: SheetLayout, catalog: Catalog, content: SheetContent, figure_height_pt: float) -> Panels:
    """The figures side by side: which, each one's width, their height and the gap between."""
    panels: list[tuple[str, bool]] = []
    for view in content.views:
        panels.append((view, False))
        if view in ("side", "sole"):
            panels.append((view, True))
    weights = [catalog.figures[v].view_box[2] / catalog.figures[v].view_box[3] for v, _ in panels]
    gap = layout.pt(8)
    height = layout.pt(figure_height_pt * layout.scale**0.5)
    widths = [w * height for w in weights]
    total = sum(widths) + gap * (len(panels) - 1)
    if total > layout.width:
        factor = layout.width / total
        height *= factor
        widths = [w * factor for w in widths]
    return panels, widths, height, gap


def _captions_fit(layout: SheetLayout, catalog: Catalog, content: SheetContent, figure_height_pt: float) -> bool:
    """Whether each figure's title fits its width (and a gap), and the Left and Right under it
    stay well apart from the next figure's (they must not read as one label)."""
    panels, widths, _, gap = _panels(layout, catalog, content, figure_height_pt)
    caption_font, side_font = layout.font(9, bold=True), layout.font(7.5)
    for (view, mirrored), width in zip(panels, widths, strict=True):
        title, left_word, right_word = _caption(view, mirrored, partner=content.partner)
        needed = layout.text_width(title, caption_font)
        if left_word:
            words = sum(layout.text_width(word, side_font) for word in (f"◂ {left_word}", f"{right_word} ▸"))
            needed = max(needed, words + layout.pt(6 + 25))
        if needed > width + gap:
            return False
    return True


def _layout_figures(layout: SheetLayout, catalog: Catalog, content: SheetContent, figure_height_pt: float) -> None:
    numbers = {sp.point.code: sp.number for sp in content.points}
    leave_out = {sp.point.code for sp in content.points if sp.warn_pregnancy}
    panels, widths, height, gap = _panels(layout, catalog, content, figure_height_pt)
    total = sum(widths) + gap * (len(panels) - 1)
    caption_font = layout.font(9, bold=True)
    caption_h = layout.text_height(
        QCoreApplication.translate("Sheet", "Front"), caption_font, layout.width
    ) + layout.pt(2)
    side_font = layout.font(7.5)
    side_h = layout.text_height(QCoreApplication.translate("Sheet", "Right"), side_font, layout.width) + layout.pt(2)
    radius = layout.pt(6.5 * layout.scale)
    number_pt = 7.5 * layout.scale

    def draw(painter: QPainter, y: float) -> None:
        x = (layout.width - total) / 2
        for (view, mirrored), width in zip(panels, widths, strict=True):
            figure = catalog.figures[view]
            labels = [
                Label(m, str(numbers[m.code]), muted=m.code in leave_out)
                for m in catalog.markers
                if m.view == view and m.code in numbers and _shown(view, mirrored, m.side)
            ]
            drawn = draw_figure(
                painter,
                figure,
                QRectF(x, y, width, height),
                labels,
                mirrored=mirrored,
                marker_radius=radius,
                font_size=number_pt,
            )
            painter.setFont(caption_font)
            painter.setPen(QColor("#111111"))
            title, left_word, right_word = _caption(view, mirrored, partner=content.partner)
            centre = int(Qt.AlignmentFlag.AlignHCenter)
            painter.drawText(QRectF(x - gap / 2, y + height, width + gap, caption_h), centre, title)
            if left_word:
                # Left and right are the person's own: say which is which under each figure.
                painter.setFont(side_font)
                painter.setPen(QColor("#444444"))
                # Under the body itself, not the figure's whole box, so that the words of two
                # figures side by side ("Left ▸" and "◂ Left") never run together.
                words = (f"◂ {left_word}", f"{right_word} ▸")
                band = _body_band(figure, drawn, y + height + caption_h, side_h)
                needed = sum(layout.text_width(word, side_font) for word in words) + layout.pt(6)
                if band.width() < needed:
                    band.adjust(-(needed - band.width()) / 2, 0, (needed - band.width()) / 2, 0)
                painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft), words[0])
                painter.drawText(band, int(Qt.AlignmentFlag.AlignRight), words[1])
            x += width + gap

    layout.place(height + caption_h + side_h + layout.pt(8), draw)


def _body_band(figure: Figure, drawn: QRectF, top: float, height: float) -> QRectF:
    """The strip under the body's outline (arms included), in page units."""
    left, _, width, _ = figure.view_box
    xs = [x for x, _ in figure.silhouette] or [left, left + width]
    scale = drawn.width() / width
    return QRectF(drawn.left() + (min(xs) - left) * scale, top, (max(xs) - min(xs)) * scale, height)


def _shown(view: str, mirrored: bool, side: Side) -> bool:
    if view not in ("side", "sole"):
        return True
    return (side is Side.LEFT) == mirrored


_CAPTIONS = {
    ("front", False): (
        QT_TRANSLATE_NOOP("Sheet", "Front"),
        QT_TRANSLATE_NOOP("Sheet", "Right"),
        QT_TRANSLATE_NOOP("Sheet", "Left"),
    ),
    ("back", False): (
        QT_TRANSLATE_NOOP("Sheet", "Back"),
        QT_TRANSLATE_NOOP("Sheet", "Left"),
        QT_TRANSLATE_NOOP("Sheet", "Right"),
    ),
    ("side", False): (QT_TRANSLATE_NOOP("Sheet", "Right side"), "", ""),
    ("side", True): (QT_TRANSLATE_NOOP("Sheet", "Left side"), "", ""),
    ("sole", False): (QT_TRANSLATE_NOOP("Sheet", "Right sole"), "", ""),
    ("sole", True): (QT_TRANSLATE_NOOP("Sheet", "Left sole"), "", ""),
}
_PARTNER_CAPTIONS = {
    ("front", False): (
        QT_TRANSLATE_NOOP("Sheet", "Front"),
        QT_TRANSLATE_NOOP("Sheet", "Their right"),
        QT_TRANSLATE_NOOP("Sheet", "Their left"),
    ),
    ("back", False): (
        QT_TRANSLATE_NOOP("Sheet", "Back"),
        QT_TRANSLATE_NOOP("Sheet", "Their left"),
        QT_TRANSLATE_NOOP("Sheet", "Their right"),
    ),
    ("side", False): (QT_TRANSLATE_NOOP("Sheet", "Their right side"), "", ""),
    ("side", True): (QT_TRANSLATE_NOOP("Sheet", "Their left side"), "", ""),
    ("sole", False): (QT_TRANSLATE_NOOP("Sheet", "Their right sole"), "", ""),
    ("sole", True): (QT_TRANSLATE_NOOP("Sheet", "Their left sole"), "", ""),
}


def _caption(view: str, mirrored: bool, *, partner: bool = False) -> tuple[str, str, str]:
    """The title under a figure, and the person's side shown on the viewer's left and right
    (for a presser, ``partner``: the partner's, "Their left")."""
    words = (_PARTNER_CAPTIONS if partner else _CAPTIONS)[(view, mirrored)]
    title, left, right = (_tr(word) if word else "" for word in words)
    return title, left, right


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sheet", text)


NOTES_HEADING = QT_TRANSLATE_NOOP("Sheet", "Notes: where the sources differ, and how the articles' points were matched")


def _layout_notes(layout: SheetLayout, content: SheetContent) -> None:
    """The footnotes the table's "See note … below" lines point to, each kept whole on a page."""
    if not content.notes:
        return
    layout.text(_tr(NOTES_HEADING), layout.font(10, bold=True), gap_after=2, keep_with_next=30)
    font = layout.font(7.5)
    for note in content.notes:
        layout.text(
            QCoreApplication.translate("Sheet", "{number}. {codes}: {text}").format(
                number=note.number, codes=", ".join(note.codes), text=note.text
            ),
            font,
            gap_after=1.5,
            colour=QColor("#222222"),
        )
    layout.y += layout.pt(4)


def _layout_safety(layout: SheetLayout, content: SheetContent) -> None:
    heading = QCoreApplication.translate("Sheet", "Safety")
    flags_intro = QCoreApplication.translate(
        "Sheet", "See a doctor first if you have (general medical advice, see Sources):"
    )
    big, plain, bold = layout.font(12, bold=True), layout.font(9.5), layout.font(9.5, bold=True)
    flags_height, draw_flags = bullet_columns(layout, list(content.red_flags), plain)
    block = (
        layout.text_height(heading, big, layout.width)
        + layout.text_height(content.notice, plain, layout.width)
        + layout.text_height(flags_intro, bold, layout.width)
        + flags_height
        + layout.text_height(content.see_a_doctor, bold, layout.width)
        + layout.pt(2 + 3 + 1 + 3 + 8)  # every gap below, the last one's included: place() counts it
    )
    if block > layout.room() and layout.y > 0:
        layout.new_page()  # the warning signs and what to do about them are read together
    layout.text(heading, big, gap_after=2)
    layout.text(content.notice, plain, gap_after=3)
    layout.text(flags_intro, bold, gap_after=1)
    layout.place(flags_height, draw_flags)
    layout.y += layout.pt(3)
    layout.text(content.see_a_doctor, bold, gap_after=8)


def _layout_sources(layout: SheetLayout, content: SheetContent) -> None:
    layout.text(
        QCoreApplication.translate("Sheet", "Sources"), layout.font(10, bold=True), gap_after=1, keep_with_next=30
    )
    # The warning signs' own source closes the list: they are not from the articles.
    sources = QCoreApplication.translate("Sheet", "{sources}.").format(
        sources=QCoreApplication.translate("Sheet", "; ").join(content.sources)
    )
    sources += f" {content.red_flags_source}" if content.red_flags_source else ""
    layout.text(sources, layout.font(8), colour=QColor("#333333"), gap_after=10)


def _footer(painter: QPainter, layout: SheetLayout, content: SheetContent, number: int, total: int) -> None:
    painter.setFont(layout.font(8))
    painter.setPen(QColor("#555555"))
    rect = QRectF(0, layout.height - layout.footer + layout.pt(4), layout.width, layout.footer)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), f"Acupoint · {content.title}")
    page = QCoreApplication.translate("Sheet", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), page)


def page_margins() -> QMarginsF:
    return QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
