"""The progress report, laid out once and drawn on any paged device: preview, printer or PDF.

The same layout as the point sheet (:class:`~.sheet_layout.SheetLayout`: measured, then
placed, nothing split across pages), the same page-1 box for who it is for and from
(:mod:`.handout_block`), and the same all-or-nothing PDF writer (:mod:`.output`).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from ..model.languages import ENGLISH
from ..model.progress_report import ReportContent, ReportWords, day_words, pain_words, period_label, period_words
from ..model.wording import QT_TRANSLATE_NOOP, current_language
from .handout_block import layout_handout
from .report_chart import draw_pain_chart
from .sheet_layout import WRAP, SheetLayout, bullet_columns, paint_pages

ABOUT = QT_TRANSLATE_NOOP(
    "Report",
    "About these numbers: pain is the person's own score from 0 (no pain) to 10 (the worst imaginable), "
    "given in Acupoint just before and just after a session, when they chose to give one. Averages are of "
    "the scores given. Acupoint records them; it does not judge what they mean.",
)
GRAIN_WORDS = {
    "week": QT_TRANSLATE_NOOP("Report", "Week"),
    "month": QT_TRANSLATE_NOOP("Report", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Report", "Quarter"),
    "year": QT_TRANSLATE_NOOP("Report", "Year"),
}
# "per week": the chart's and the table's headings
PER_WORDS = {
    "week": (
        QT_TRANSLATE_NOOP("Report", "Pain before and after sessions, and sessions, per week"),
        QT_TRANSLATE_NOOP("Report", "Sessions per week"),
    ),
    "month": (
        QT_TRANSLATE_NOOP("Report", "Pain before and after sessions, and sessions, per month"),
        QT_TRANSLATE_NOOP("Report", "Sessions per month"),
    ),
    "quarter": (
        QT_TRANSLATE_NOOP("Report", "Pain before and after sessions, and sessions, per quarter"),
        QT_TRANSLATE_NOOP("Report", "Sessions per quarter"),
    ),
    "year": (
        QT_TRANSLATE_NOOP("Report", "Pain before and after sessions, and sessions, per year"),
        QT_TRANSLATE_NOOP("Report", "Sessions per year"),
    ),
}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Report", text, disambiguation, n)


def render_report(device: QPagedPaintDevice, content: ReportContent) -> int:
    """Draw the report on ``device`` (a QPrinter or QPdfWriter); return the number of pages."""
    layout = SheetLayout(device, large=False)
    _header(layout, content)
    _chart(layout, content)
    _table(layout, content)
    _routines(layout, content)
    _notes(layout, content)
    layout.text(_tr(ABOUT), layout.font(8), colour=QColor("#444444"), gap_after=0)
    return paint_pages(device, layout, lambda painter, number, total: _footer(painter, layout, content, number, total))


def _header(layout: SheetLayout, content: ReportContent) -> None:
    layout.text(content.title, layout.font(18, bold=True), gap_after=2)
    made = QCoreApplication.translate("Report", "made {day}").format(day=day_words(content.made))
    when = f"{period_words(content.first, content.last)} \u00a0·\u00a0 {made}"
    layout.text(when, layout.font(10), gap_after=8, colour=QColor("#444444"))
    layout_handout(layout, content.handout, about_client=True)
    layout.text(
        QCoreApplication.translate("Report", "In short"), layout.font(12, bold=True), gap_after=2, keep_with_next=40
    )
    for line in content.summary:
        layout.text(line, layout.font(10), bullet=True, gap_after=2)
    layout.y += layout.pt(6)


def _chart(layout: SheetLayout, content: ReportContent) -> None:
    layout.text(
        _tr(PER_WORDS.get(content.grain.value, PER_WORDS["week"])[0]),
        layout.font(12, bold=True),
        gap_after=4,
        keep_with_next=200,
    )
    labels = [period_label(p, content.first, content.last, content.grain) for p in content.periods]
    height = layout.pt(190)
    font = layout.font(8)

    def draw(painter: QPainter, y: float) -> None:
        draw_pain_chart(painter, QRectF(0, y, layout.width, height), content.periods, labels, font=font, unit=layout.pt)

    layout.place(height + layout.pt(12), draw)


def _table(layout: SheetLayout, content: ReportContent) -> None:
    """One row per period: its days, sessions, how many went to the end, average pain."""
    heading = _tr(GRAIN_WORDS.get(content.grain.value, GRAIN_WORDS["week"]))
    columns = (
        (heading, 0.30),
        (QCoreApplication.translate("Report", "Sessions"), 0.16),
        (QCoreApplication.translate("Report", "To the end"), 0.16),
        (QCoreApplication.translate("Report", "Pain before"), 0.19),
        (QCoreApplication.translate("Report", "Pain after"), 0.19),
    )
    plain, bold = layout.font(9), layout.font(9, bold=True)
    row_h = layout.text_height("0", plain, layout.width) + layout.pt(3)
    rows = [
        (
            period_label(p, content.first, content.last, content.grain),
            str(p.sessions),
            str(p.finished) if p.sessions else "–",
            f"{p.pain_before:.1f}" if p.pain_before is not None else "–",
            f"{p.pain_after:.1f}" if p.pain_after is not None else "–",
        )
        for p in content.periods
    ]
    layout.text(
        _tr(PER_WORDS.get(content.grain.value, PER_WORDS["week"])[1]),
        layout.font(12, bold=True),
        gap_after=2,
        keep_with_next=60,
    )

    def draw_row(cells: tuple[str, ...], font_bold: bool, shade: bool) -> None:
        def draw(painter: QPainter, y: float) -> None:
            if shade:
                painter.fillRect(QRectF(0, y, layout.width, row_h), QColor("#F2F2F2"))
            painter.setFont(bold if font_bold else plain)
            painter.setPen(QColor("#111111"))
            x = 0.0
            for index, (cell, (_, share)) in enumerate(zip(cells, columns, strict=True)):
                width = layout.width * share
                align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
                inner = QRectF(x + layout.pt(3), y + layout.pt(1.5), width - layout.pt(10), row_h)
                painter.drawText(inner, int(align), cell)
                x += width
            if font_bold:
                painter.setPen(QPen(QColor("#777777"), layout.pt(0.6)))
                painter.drawLine(0, int(y + row_h), int(layout.width), int(y + row_h))

        layout.place(row_h, draw)

    draw_row(tuple(name for name, _ in columns), True, False)
    for number, row in enumerate(rows):
        draw_row(row, False, number % 2 == 1)
    total = content.sessions
    finished = sum(p.finished for p in content.periods)
    draw_row((QCoreApplication.translate("Report", "All"), str(total), str(finished), "", ""), True, False)
    layout.y += layout.pt(10)


def _section(layout: SheetLayout, title: str) -> None:
    """A section's heading, kept with the first lines under it."""
    layout.text(title, layout.font(12, bold=True), gap_after=2, keep_with_next=30)


def _routines(layout: SheetLayout, content: ReportContent) -> None:
    if not content.routines:
        return
    _section(layout, QCoreApplication.translate("Report", "The routines used"))
    lines = []
    for routine in content.routines:
        sessions = ReportWords.tr("%n session(s)", "", routine.sessions)
        if routine.codes:
            line = QCoreApplication.translate("Report", "{name} ({sessions}): {points}")
        else:
            line = QCoreApplication.translate("Report", "{name} ({sessions})")
        points = QCoreApplication.translate("Report", ", ").join(routine.codes)
        lines.append(line.format(name=routine.name, sessions=sessions, points=points))
    layout.place(*bullet_columns(layout, lines, layout.font(9.5)))
    layout.y += layout.pt(8)


def _notes(layout: SheetLayout, content: ReportContent) -> None:
    if not content.notes:
        return
    _section(layout, QCoreApplication.translate("Report", "Notes written after sessions"))
    if content.notes_left_out:
        older = content.notes_left_out
        if older == 1:
            left_out = ReportWords.tr("The {shown} most recent; 1 older note is in Acupoint's session history.")
        else:
            left_out = ReportWords.tr(
                "The {shown} most recent; %n older notes are in Acupoint's session history.", "", older
            )
        layout.text(
            left_out.format(shown=len(content.notes)),
            layout.font(9),
            colour=QColor("#444444"),
            gap_after=3,
        )
    bold, plain = layout.font(9, bold=True), layout.font(9)
    widest = _note_when(datetime(2026, 9, 30, 22, 0))
    when_width = layout.text_width(f"{widest} · {pain_words(10, 10)}", bold) + layout.pt(8)
    text_width = layout.width - when_width
    for note in content.notes:
        when = _note_when(note.when)
        scores = pain_words(note.pain_before, note.pain_after)
        label = f"{when} · {scores}" if scores else when
        height = max(layout.text_height(note.text, plain, text_width), layout.text_height(label, bold, when_width))

        def draw(painter: QPainter, y: float, label: str = label, text: str = note.text, h: float = height) -> None:
            painter.setPen(QColor("#111111"))
            painter.setFont(bold)
            painter.drawText(QRectF(0, y, when_width, h + 2), WRAP, label)
            painter.setFont(plain)
            painter.drawText(QRectF(when_width, y, text_width, h + 2), WRAP, text)

        layout.place(height + layout.pt(3), draw)
    layout.y += layout.pt(8)


def _footer(painter: QPainter, layout: SheetLayout, content: ReportContent, number: int, total: int) -> None:
    painter.setFont(layout.font(8))
    painter.setPen(QColor("#555555"))
    rect = QRectF(0, layout.height - layout.footer + layout.pt(4), layout.width, layout.footer)
    if content.handout.client:
        title = QCoreApplication.translate("Report", "{title} for {client}").format(
            title=content.title, client=content.handout.client
        )
    else:
        title = content.title
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), f"Acupoint · {title}")
    page = QCoreApplication.translate("Report", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), page)


def _note_when(when: datetime) -> str:
    """``"Wed 30 Sep, 22:00"``; in another language, as it writes a day and a time."""
    if current_language() == ENGLISH:
        return f"{when:%a} {when.day} {when:%b}, {when:%H:%M}"
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QLocale(current_language()).toString(
        moment, QCoreApplication.translate("Report", "ddd d MMM, HH:mm", "QLocale's date format")
    )
