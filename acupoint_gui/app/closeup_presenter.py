"""Close-ups in the window: "Show close-up" and "Find it" in the point details, the close-up a
zoomed-in map offers, and the guide played on the close-up (its words read aloud when Voice is
on, its measures in the person's own finger widths when they have measured them).

The close-ups, the guides and their widgets load the first time one is wanted, never before
the first frame. The pane goes beside the body figure, or in its place on a small screen
(:class:`~acupoint_gui.ui.figure_area.FigureArea` decides by its width).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Signal

from ..model.geometry import Figure
from ..model.points import Atlas, Point, Side
from ..model.settings import Settings
from ..ui.body_map import BodyMapWidget
from ..ui.detail_panel import DetailPanel
from ..ui.theme import Theme
from .settings_keeper import SettingsKeeper

if TYPE_CHECKING:  # loaded when a close-up is first wanted
    from ..model.closeup_regions import Region
    from ..model.find_it import FindIt
    from ..printing.side_captions import SideCaptions
    from ..ui.closeup_pane import CloseupPane
    from ..ui.figure_area import FigureArea

# Zoomed out further than this share of the figure in view, no close-up is near: nothing to
# load or work out (a close-up's region is at most a fifth of its figure).
NOTHING_NEAR = 0.5


class CloseupPresenter(QObject):
    notice = Signal(str)
    pointChosen = Signal(str, Side)  # a marker clicked on the close-up: the details follow
    guideStarted = Signal(str)  # a guide began playing (the point's code)
    guideLeft = Signal()  # Esc, Done or Start pressing ended a guide
    paneClosed = Signal()  # the person went back to the whole body

    def __init__(
        self,
        atlas: Atlas,
        points_path: Path,
        figures: Mapping[str, Figure],
        details: DetailPanel,
        body_map: BodyMapWidget,
        *,
        settings: SettingsKeeper,
        place: Callable[[CloseupPane], FigureArea],
        theme: Theme,
        say: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.atlas, self.points_path, self.figures = atlas, points_path, figures
        self.details, self.body_map, self.settings = details, body_map, settings
        self.place, self.theme, self.say, self.clock = place, theme, say, clock
        self.pane: CloseupPane | None = None
        self.area: FigureArea | None = None
        self._find_it: FindIt | None = None
        self._failed = False
        self._regions: dict[tuple[str, str], list[Region]] = {}
        self._offered: tuple[str, str] | None = None  # the close-up the map offers: (name, side)
        self._standing: tuple[str, str] | None = None  # a point's close-up offered while the pane is closed
        self._guide_code = ""
        self._shown_point: tuple[str, str] | None = None  # the point the pane marks, and its side
        details.add_find_buttons()
        details.closeupRequested.connect(self.show_point)
        details.findItRequested.connect(self.find_it)
        body_map.partInView.connect(self._part_in_view)
        body_map.follow_part_in_view()
        body_map.closeupOfferTaken.connect(self._take_offer)

    # --- the data and the pane, made on first use -----------------------------------------
    def data(self) -> FindIt | None:
        """The close-ups and guides, read once; ``None`` (and a notice, once) if they cannot be."""
        if self._find_it is None and not self._failed:
            from ..model.find_it_loader import load_find_it
            from ..model.problems import DataError

            try:
                self._find_it = load_find_it(self.atlas, self.points_path)
            except (DataError, OSError) as exc:
                self._failed = True
                self.notice.emit(self.tr("The close-ups could not be read: {0}").format(exc))
        return self._find_it

    def _ensure_pane(self) -> CloseupPane | None:
        if self.pane is not None:
            return self.pane
        find_it = self.data()
        if find_it is None:
            return None
        from ..ui.closeup_pane import CloseupPane

        pane = CloseupPane(find_it, self.theme, clock=self.clock)
        pane.closeRequested.connect(self.close)
        pane.findItRequested.connect(self._find_shown)
        pane.pointActivated.connect(lambda code, side: self.pointChosen.emit(code, Side(side)))
        pane.guideStepChanged.connect(self._guide_step)
        pane.guideLeft.connect(self._guide_left)
        pane.reduceMotionChanged.connect(lambda on: self.settings.update(reduced_motion=on))
        self.pane = pane
        self.area = self.place(pane)
        return pane

    # --- what the person asked for ---------------------------------------------------------
    def show_point(self, code: str, side: str = "") -> bool:
        """The point's close-up (its guide's), the point marked and its landmarks named."""
        from ..model.closeups import closeup_title
        from ..model.guide_frames import found_from, found_from_words

        point = self.atlas.find(code)
        pane = self._ensure_pane()
        find_it = self._find_it
        if point is None or pane is None or find_it is None or not find_it.views_of(point.code):
            return False
        where = self._side(point, side)
        self._shown_point = (point.code, where.value)
        marks = found_from(find_it, point.code, where)
        view = find_it.views_of(point.code)[0]
        title = self.tr("{0} {1} — close-up: {2}").format(point.code, point.name, closeup_title(view))
        pane.show_closeup(
            view,
            where.value,
            title=title,
            chosen=point.code,
            chosen_side=side if side in ("left", "right") else "",
            found_from=marks,
            about=found_from_words(marks),
            can_find=True,
            side_captions=self._side_captions(view, where),
        )
        self._open()
        return True

    def show_region(self, closeup: str, side: str = "") -> bool:
        """A close-up for itself (from the map's offer); the point in the details marked if it is on it."""
        from ..model.closeups import closeup_title

        shown = self.details.shown_point()
        find_it = self.data()
        if find_it is None:
            return False
        if shown is not None and closeup in find_it.views_of(shown.code)[:1]:
            return self.show_point(shown.code, side or (self.details.shown_side() or Side.RIGHT).value)
        pane = self._ensure_pane()
        if pane is None:
            return False
        self._shown_point = None
        title = self.tr("Close-up: {0}").format(closeup_title(closeup))
        shows = Side.LEFT if side == "left" else Side.RIGHT
        pane.show_closeup(closeup, shows.value, title=title, side_captions=self._side_captions(closeup, shows))
        self._open()
        return True

    def find_it(self, code: str, side: str = "", *, banner: str = "", go_label: str = "") -> bool:
        """Play the point's guide on its close-up (with ``banner``: during a session, the line
        saying the timer waits and the button to go on)."""
        point = self.atlas.find(code)
        if point is None or not self.show_point(code, side) or self.pane is None or self._find_it is None:
            return False
        self._guide_code = point.code
        reduce_motion = self.settings.current.reduced_motion
        where = self._side(point, side)
        captions = self._side_captions(self._find_it.guide(point.code).view, where)
        self.pane.play_guide(
            point, where.value, reduce_motion=reduce_motion, banner=banner, go_label=go_label, side_captions=captions
        )
        self.guideStarted.emit(point.code)
        return True

    def show_guide_banner(self, banner: str, go_label: str) -> None:
        """Over the guide playing: a line (the timer waits) and the button that ends it."""
        if self.pane is not None:
            self.pane.show_banner(banner, go_label)

    def close(self) -> None:
        """Back to the whole body."""
        if self.pane is not None:
            self.pane.leave_guide()
        if self.area is not None and self.area.pane_shown():
            self.area.hide_pane()
            self.paneClosed.emit()
        self._refresh_offer()

    def leave_guide(self) -> None:
        if self.pane is not None:
            self.pane.leave_guide()

    def follow_point(self, code: str) -> None:
        """The details show another point: an open close-up follows it (a guide is left alone)."""
        if self.shown() and self.pane is not None and not self.pane.guide_playing():
            side = self.details.shown_side()
            self.show_point(code, side.value if side is not None else "")

    def offer_point(self, code: str, side: str) -> None:
        """While the pane is closed, the map offers this point's close-up (a session's step)."""
        find_it = self.data()
        views = find_it.views_of(code) if find_it is not None else ()
        self._standing = (code, side) if views else None
        self._refresh_offer()

    def apply_settings(self, settings: Settings) -> None:
        if self.pane is not None:
            self.pane.set_reduce_motion(settings.reduced_motion)
            guide = self.pane.player.frame if self.pane.player is not None else None
            self.pane.set_side_captions(  # pressing for someone else: "Their left"
                self._side_captions(self.pane.view.view, self.pane.view.side),
                self._side_captions(guide.view, guide.side) if guide is not None else None,
            )

    # --- what is shown (presenters and tests) ---------------------------------------------
    def shown(self) -> bool:
        return self.area is not None and self.area.pane_shown()

    def guide_playing(self) -> bool:
        return self.pane is not None and self.pane.guide_playing() and self.shown()

    # --- inside ----------------------------------------------------------------------------
    def _side(self, point: Point, side: str) -> Side:
        if point.is_bilateral and side in ("left", "right"):
            return Side(side)
        return point.sides()[0]

    def _side_captions(self, view: str, side: Side) -> SideCaptions:
        """The words under a close-up saying which side is which, the partner's when pressing
        for someone else."""
        from ..model.figure_sides import sides_seen
        from ..printing.side_captions import SideCaptions, side_captions

        figure = self._find_it.figures.get(view) if self._find_it is not None else None
        if figure is None:
            return SideCaptions()
        return side_captions(sides_seen(figure, side), partner=self.settings.current.partner_mode)

    def _open(self) -> None:
        if self.area is not None:
            self.area.show_pane()
        self._refresh_offer()

    def _find_shown(self) -> None:
        """ "Find it" on the pane: the point it marks."""
        if self._shown_point is not None:
            self.find_it(*self._shown_point)

    def _guide_step(self, step: int, words: str) -> None:
        from ..model.finger_widths import PersonalMeasure
        from ..model.guide_notes import guide_note

        find_it = self._find_it
        if find_it is None or self._guide_code not in find_it.guides:
            return
        current = self.settings.current
        guide = find_it.guide(self._guide_code)
        shown = guide.steps[step] if 0 <= step < len(guide.steps) else None
        note = ""
        if shown is not None:
            person = PersonalMeasure(current.finger_measure, current.finger_millimetres)
            note = guide_note(step, shown.show, shown.cun, person, partner=current.partner_mode)
        if self.pane is not None:
            self.pane.set_guide_note(note)
        self.say(f"{words} {note}".strip())

    def _guide_left(self) -> None:
        if self.pane is not None:
            self.pane.leave_guide()
        self.guideLeft.emit()

    def _part_in_view(self, view: str, shows: str, rect: QRectF) -> None:
        """Zoomed in on a region with a close-up: the map offers it (it never switches by itself)."""
        offered = None
        figure = self.figures.get(view)
        if figure is not None and rect.width() * rect.height() < NOTHING_NEAR * figure.view_box[2] * figure.view_box[3]:
            offered = self._closeup_in_view(figure, shows, rect)
        self._offered = offered
        self._refresh_offer()

    def _closeup_in_view(self, figure: Figure, shows: str, rect: QRectF) -> tuple[str, str] | None:
        from ..model.closeup_regions import closeup_in_view, closeup_regions

        find_it = self.data()
        if find_it is None:
            return None
        key = (figure.view, shows)
        if key not in self._regions:
            self._regions[key] = closeup_regions(find_it.figures, figure, shows)
        region = closeup_in_view(self._regions[key], (rect.x(), rect.y(), rect.width(), rect.height()))
        return (region.closeup, region.side) if region is not None else None

    def _refresh_offer(self) -> None:
        from ..model.closeups import closeup_title

        text = ""
        if self._offered is not None and not self._showing(self._offered[0]):
            name, side = self._offered
            title = closeup_title(name)
            text = self.tr("Show close-up: {0}").format(title)
            if side:
                words = self.tr("left side") if side == "left" else self.tr("right side")
                text = self.tr("Show close-up: {0} ({1})").format(title, words)
        elif self._standing is not None and not self.shown():
            text = self.tr("Show close-up: {0}").format(self._standing[0])
        self.body_map.offer_closeup(text)

    def _showing(self, closeup: str) -> bool:
        return self.shown() and self.pane is not None and self.pane.shown_view() == closeup

    def _take_offer(self) -> None:
        if self._offered is not None and not self._showing(self._offered[0]):
            self.show_region(*self._offered)
        elif self._standing is not None:
            self.show_point(*self._standing)
