"""Issue 15's bench rows, measured (bench/run.py prints them): a guide frame drawn on a
close-up at 1920×1080, and switching to a close-up never shown before."""

from __future__ import annotations

import sys
from collections.abc import Callable

Median = Callable[[Callable[[], object], int], float]  # bench/run.py's median_ms


def measure_closeups(repeats: int, median_ms: Median) -> tuple[float, float, float]:
    """The median guide frame, a blank fill of the same image (the baseline) and a switch, in ms."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.model.find_it_loader import load_find_it
    from acupoint_gui.model.guide_frames import guide_frame
    from acupoint_gui.model.points import Side
    from acupoint_gui.printing import closeup_figure
    from acupoint_gui.ui.closeup_view import CloseupView
    from acupoint_gui.ui.guide_player import Backdrop, paint_frame
    from acupoint_gui.ui.theme import current_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = load_catalog()
    find_it = load_find_it(catalog.atlas)
    theme = current_theme()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    moments = iter(i * 0.033 for i in range(1_000_000))
    backdrop = Backdrop()  # as the guide's canvas keeps it between frames

    def guide_step() -> None:  # the measure step, mid-animation: fingers, arrows, pulsing dots
        frame = guide_frame(find_it, "BL52", Side.LEFT, 3, next(moments) % 1.2)
        painter = QPainter(image)
        paint_frame(painter, QRectF(0, 0, 1920, 1080), find_it, frame, theme, backdrop=backdrop)
        painter.end()

    def blank() -> None:
        image.fill(QColor("white"))

    guide_step()  # warm-up: the close-up's SVG is read once
    frame_ms = median_ms(guide_step, repeats * 4)
    blank_ms = median_ms(blank, repeats * 4)
    view = CloseupView(find_it.figures, find_it.markers, theme)
    view.resize(1920, 1080)
    views = iter(list(find_it.figures) * 1000)

    def switch() -> None:  # a close-up never shown before: its SVG read, then a full frame
        closeup_figure._renderers.clear()
        view.show_closeup(next(views))
        view.render(image)

    switch_ms = median_ms(switch, repeats * 3)
    app.processEvents()
    return frame_ms, blank_ms, switch_ms
