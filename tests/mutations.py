"""Deliberate breaks of what people see, each with the tests that must notice it.

Each edit names a file, an exact snippet in it (found exactly once) and its replacement. Keep
snippets short but unambiguous; when the code they point at changes, update the mutation (the
check fails with "mutation no longer applies" until then). ``expect`` holds pieces of the
failure messages the named tests give when they catch the break for the right reason.
Run them with ``.venv/bin/python -m tests.mutation_check`` (see that module).
"""

from __future__ import annotations

from typing import NamedTuple


class Edit(NamedTuple):
    file: str
    snippet: str
    replacement: str


class Mutation(NamedTuple):
    name: str
    what: str  # what a person would see
    edits: tuple[Edit, ...]
    tests: tuple[str, ...]  # pytest node ids (a prefix matches every parameter)
    expect: tuple[str, ...]  # what the failure output says (every one of them)


MAP = "tests/test_map_semantics.py"
SHEET = "tests/test_sheet_semantics.py"
E2E = "tests/test_e2e_xvfb.py::test_real_window_click_search_session_print"

MUTATIONS: tuple[Mutation, ...] = (
    Mutation(
        "swap-map-side-words",
        "the map says 'Left' under the front figure's right side, and so on",
        (
            Edit(
                "acupoint_gui/ui/body_map/figure_scene.py",
                'viewer_left, viewer_right = ("Right", "Left") if panel.view == "front" else ("Left", "Right")',
                'viewer_left, viewer_right = ("Left", "Right") if panel.view == "front" else ("Right", "Left")',
            ),
        ),
        (f"{MAP}::test_front_and_back_say_left_and_right_on_the_persons_own_sides",),
        ("is not on the side of the person's",),
    ),
    Mutation(
        "hide-markers",
        "every marker on the map is painted transparent",
        (Edit("acupoint_gui/ui/body_map/marker_item.py", "fill: QColor = theme.marker", "fill = QColor(0, 0, 0, 0)"),),
        (f"{MAP}::test_every_marker_is_visible_in_the_marker_colour",),
        ("markers a person cannot see",),
    ),
    Mutation(
        "swap-sheet-side-words",
        "the printed sheet says 'Left' under the front figure's right side",
        (
            Edit(
                "acupoint_gui/printing/sheet.py",
                '("front", False): ("Front", "Right", "Left"),',
                '("front", False): ("Front", "Left", "Right"),',
            ),
        ),
        (f"{SHEET}::test_left_and_right_are_the_persons_own_under_front_and_back",),
        ("under Front: ['Left', 'Right']",),
    ),
    Mutation(
        "blank-badges",
        "the sheet's badges are empty discs, without their numbers",
        (
            Edit(
                "acupoint_gui/printing/figures.py",
                "painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)",
                'painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "")',
            ),
        ),
        (f"{SHEET}::test_every_badge_matches_the_table[hip-low-back-five]",),
        ("badges missing",),
    ),
    Mutation(
        "last-point-without-badges",
        "the last point in the table has no badge on any figure",
        (
            Edit(
                "acupoint_gui/printing/sheet.py",
                "numbers = {sp.point.code: sp.number for sp in content.points}",
                "numbers = {sp.point.code: sp.number for sp in content.points[:-1]}",
            ),
        ),
        (f"{SHEET}::test_every_badge_matches_the_table[hip-low-back-five]",),
        ("badges missing {'5': 2}",),
    ),
    Mutation(
        "no-pregnancy-key",
        "a pregnancy sheet has grey badges and no word on what grey means",
        (
            Edit(
                "acupoint_gui/printing/sheet.py",
                "    if any(sp.warn_pregnancy for sp in content.points):\n",
                "    if False:\n",
            ),
        ),
        (f"{SHEET}::test_a_pregnancy_sheet_explains_its_grey_badges",),
        ("the key to the grey numbers is with the table",),
    ),
    Mutation(
        "no-grey-badges",
        "points to leave out in pregnancy get ordinary orange badges",
        (Edit("acupoint_gui/printing/sheet.py", "muted=m.code in leave_out", "muted=False"),),
        (f"{SHEET}::test_a_pregnancy_sheet_explains_its_grey_badges",),
        ("wanted grey for",),
    ),
    Mutation(
        "count-while-paused",
        "the countdown and the tray's time left keep running while the session is paused",
        (
            Edit(
                "acupoint_gui/model/session.py",
                "            return self._remaining\n",
                "            return max(self._deadline - self._clock(), 0.0)\n",
            ),
            Edit("acupoint_gui/app/session_controller.py", "            self._display.stop()\n", "            pass\n"),
        ),
        (E2E,),
        ("the countdown moved while paused", "the tray's time left moved while paused"),
    ),
    Mutation(
        "udp-at-start",
        "one UDP packet as the app starts",
        (
            Edit(
                "acupoint_gui/cli.py",
                "    arguments = sys.argv[1:] if argv is None else list(argv)\n",
                "    arguments = sys.argv[1:] if argv is None else list(argv)\n"
                "    import socket\n"
                "\n"
                "    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', 9))\n",
            ),
        ),
        ("tests/test_no_network.py::test_the_window_opens_without_network",),
        ("socket(AF_INET", "sendto("),
    ),
    Mutation(
        "tcp-at-session-start",
        "a TCP connection attempt when a session starts",
        (
            Edit(
                "acupoint_gui/model/session.py",
                "    def start(self) -> list[SessionEvent]:\n",
                "    def start(self) -> list[SessionEvent]:\n"
                "        import socket\n"
                "\n"
                "        try:\n"
                "            socket.create_connection(('127.0.0.1', 9), timeout=1).close()\n"
                "        except OSError:\n"
                "            pass\n",
            ),
        ),
        (E2E,),
        ("network use during the end-to-end run", "connect("),
    ),
)
