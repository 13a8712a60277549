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
FUZZ = "tests/test_fuzz_validator.py"

MUTATIONS: tuple[Mutation, ...] = (
    Mutation(
        "swap-map-side-words",
        "the map says 'Left' under the front figure's right side, and so on",
        (
            Edit(
                "acupoint_gui/ui/body_map/figure_scene.py",
                'viewer_left, viewer_right = (right, left) if panel.view == "front" else (left, right)',
                'viewer_left, viewer_right = (left, right) if panel.view == "front" else (right, left)',
            ),
        ),
        (f"{MAP}::test_front_and_back_say_left_and_right_on_the_persons_own_sides",),
        ("is not on the side of the person's",),
    ),
    Mutation(
        "swap-map-side-titles",
        "the map titles the right side figure 'Left side' and the left one 'Right side'",
        (
            Edit(
                "acupoint_gui/ui/body_map/figure_scene.py",
                'Panel("side", "right", QT_TRANSLATE_NOOP("FigureScene", "Right side")),',
                'Panel("side", "right", QT_TRANSLATE_NOOP("FigureScene", "Left side")),',
            ),
            Edit(
                "acupoint_gui/ui/body_map/figure_scene.py",
                'Panel("side", "left", QT_TRANSLATE_NOOP("FigureScene", "Left side")),',
                'Panel("side", "left", QT_TRANSLATE_NOOP("FigureScene", "Right side")),',
            ),
        ),
        (f"{MAP}::test_each_side_figure_is_titled_with_the_side_it_shows",),
        ("side: the title", "is over the"),
    ),
    Mutation(
        "hide-markers",
        "every marker on the map is painted transparent",
        (Edit("acupoint_gui/ui/body_map/marker_item.py", "fill: QColor = theme.marker", "fill = QColor(0, 0, 0, 0)"),),
        (f"{MAP}::test_every_marker_is_visible_in_the_marker_colour",),
        ("markers a person cannot see",),
    ),
    Mutation(
        "leave-out-markers-look-ordinary",
        "in pregnancy, points to leave out look like every other marker on the map",
        (Edit("acupoint_gui/ui/body_map/marker_item.py", "        if self.warn:\n", "        if False:\n"),),
        (f"{MAP}::test_points_to_leave_out_in_pregnancy_look_different",),
        ("looks the same when it is to be left out",),
    ),
    Mutation(
        "swap-sheet-side-words",
        "the printed sheet says 'Left' under the front figure's right side",
        (
            Edit(
                "acupoint_gui/printing/sheet.py",
                'QT_TRANSLATE_NOOP("Sheet", "Right"),\n        QT_TRANSLATE_NOOP("Sheet", "Left"),\n    ),\n    ("ba',
                'QT_TRANSLATE_NOOP("Sheet", "Left"),\n        QT_TRANSLATE_NOOP("Sheet", "Right"),\n    ),\n    ("ba',
            ),
        ),
        (f"{SHEET}::test_left_and_right_are_the_persons_own_under_front_and_back",),
        ("under Front: ['Left', 'Right']",),
    ),
    Mutation(
        "swap-sheet-side-titles",
        "the printed sheet titles the right side figure 'Left side' and the left one 'Right side'",
        (
            Edit(
                "acupoint_gui/printing/sheet.py",
                '("side", False): (QT_TRANSLATE_NOOP("Sheet", "Right side"), "", ""),',
                '("side", False): (QT_TRANSLATE_NOOP("Sheet", "Left side"), "", ""),',
            ),
            Edit(
                "acupoint_gui/printing/sheet.py",
                '("side", True): (QT_TRANSLATE_NOOP("Sheet", "Left side"), "", ""),',
                '("side", True): (QT_TRANSLATE_NOOP("Sheet", "Right side"), "", ""),',
            ),
        ),
        (f"{SHEET}::test_each_side_and_sole_figure_shows_the_side_its_title_says",),
        ("is on the wrong side of the figure's middle",),
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
                "acupoint_gui/printing/sheet_table.py",
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
            Edit("acupoint_gui/app/session_runner.py", "            self._display.stop()\n", "            pass\n"),
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
    Mutation(
        "yaml-tag-let-through",
        "a data file with a YAML tag ('!!python/name:...') is read as if the tag were not there",
        (
            Edit(
                "acupoint_gui/model/yaml_source.py",
                "    problems.append(Problem(filename, node.start_mark.line + 1, path, "
                'f"YAML tag {tag!r} is not allowed"))\n'
                "    return None\n",
                "    return str(raw)\n",
            ),
        ),
        (
            f"{FUZZ}::test_a_yaml_tag_is_refused_as_the_reason",
            "tests/test_fuzz_loaders.py::test_explicit_nasty_inputs_are_refused_for_what_they_are",
        ),
        ("schema: must be a whole number, not text",),
    ),
    Mutation(
        "unknown-keys-ignored",
        "a misspelt field in a data file is silently ignored",
        (
            Edit(
                "acupoint_gui/model/fields.py",
                'self.problems.add(self.line_of(key), self.sub(key), "unknown field")',
                "pass",
            ),
        ),
        (f"{FUZZ}::test_an_unknown_key_is_named",),
        ("no problem names", "(unknown field)"),
    ),
    Mutation(
        "no-range-check",
        "a number out of range (seconds_per_side: 1000000) is accepted",
        (Edit("acupoint_gui/model/fields.py", "if not low <= value <= high:", "if False:"),),
        (f"{FUZZ}::test_a_number_out_of_range_is_named",),
        ("no problem names", "(between)"),
    ),
    Mutation(
        "duplicate-codes-allowed",
        "two points with the same code are both accepted",
        (Edit("acupoint_gui/model/loader.py", "            if key in names:\n", "            if False:\n"),),
        (f"{FUZZ}::test_a_duplicate_code_or_alias_is_named",),
        ("no problem names", "(duplicate code)"),
    ),
    Mutation(
        "type-problem-on-the-wrong-line",
        "'must be text' is reported a hundred lines away from the field",
        (
            Edit(
                "acupoint_gui/model/fields.py",
                'self.problems.add(node.line, self.sub(key), f"must be text, not {describe(node)}")',
                'self.problems.add(node.line + 100, self.sub(key), f"must be text, not {describe(node)}")',
            ),
        ),
        (f"{FUZZ}::test_a_value_of_the_wrong_type_is_named",),
        ("must be text, not",),
    ),
    Mutation(
        "landmark-problem-on-the-wrong-line",
        "'the figure has no landmark' is reported on the first line of the file",
        (
            Edit(
                "acupoint_gui/model/geometry.py",
                'Problem(filename, rule.line, path, f"the {rule.view} figure has no landmark {missing[0]!r}")',
                'Problem(filename, 1, path, f"the {rule.view} figure has no landmark {missing[0]!r}")',
            ),
        ),
        (f"{FUZZ}::test_a_landmark_the_figure_lacks_is_named",),
        ("f.yaml:1: points[", "the field is on lines"),
    ),
    Mutation(
        "reduced-motion-draws-nothing",
        "with reduced motion on, the breathing cue is blank",
        (
            Edit(
                "acupoint_gui/ui/breathing.py",
                "        if self.reduced_motion:\n",
                "        if self.reduced_motion:\n            painter.end()\n            return\n",
            ),
        ),
        ("tests/test_breathing_cue.py::test_reduced_motion_shows_the_words_and_a_bar_as_long_as_the_breath",),
        ("no bar is drawn",),
    ),
    Mutation(
        "reduced-motion-bar-stands-still",
        "with reduced motion on, the bar stays full whatever the breath",
        (
            Edit(
                "acupoint_gui/ui/breathing.py",
                "filled.setWidth(bar.width() * self.state.size)",
                "filled.setWidth(bar.width())",
            ),
        ),
        ("tests/test_breathing_cue.py::test_reduced_motion_shows_the_words_and_a_bar_as_long_as_the_breath",),
        ("for size 0.5",),
    ),
    Mutation(
        "usage-block-on-argument-mistake",
        "a mistyped date prints argparse's usage block and a Python-worded error",
        (
            Edit(
                "acupoint_gui/arguments.py",
                '        self.exit(2, f"{self.prog}: {text}.',
                '        super().error(message)\n        self.exit(2, f"{self.prog}: {text}.',
            ),
        ),
        ("tests/test_cli_mistakes.py::test_a_mistake_is_one_line_and_a_failure[sheet-bad-date]",),
        ("usage: acupoint-gui sheet",),
    ),
    Mutation(
        "output-check-leaves-its-probe",
        "checking that a folder takes new files leaves a stray hidden file in it",
        (Edit("acupoint_gui/model/named_files.py", "        Path(probe).unlink()\n", "        pass\n"),),
        ("tests/test_cli_mistakes.py::test_a_mistake_is_one_line_and_a_failure[sheet-bad-code]",),
        ("no file, partial or temporary, left behind",),
    ),
    Mutation(
        "cautions-below-the-fold",
        "a point's cautions come after the directions, below the first screen of the details",
        (
            Edit(
                "acupoint_gui/ui/point_html.py",
                "            _cautions(point, citations, pregnant),\n            _first_screen(point, citations),\n",
                "            _first_screen(point, citations),\n            _cautions(point, citations, pregnant),\n",
            ),
        ),
        ("tests/test_point_html.py::test_the_cautions_are_never_below_the_fold",),
        ("is below the fold",),
    ),
    Mutation(
        "a-source-title-after-every-claim",
        "the details put a claim's full article titles after it again, instead of a small number",
        (
            Edit(
                "acupoint_gui/ui/point_html.py",
                "    mark = marks(citations.cite(sources))\n",
                "    mark = marks(citations.cite(sources)) and '; '.join(citations.title(s) for s in sources)\n",
            ),
        ),
        ("tests/test_point_html.py::test_every_claim_carries_the_numbers_of_its_own_sources",),
        ('<span class="ref">[1]</span>\' in',),
    ),
    Mutation(
        "guide-time-counted-as-pressing",
        "a session's find-it guide plays while the step's countdown runs on",
        (
            Edit(
                "acupoint_gui/app/session_closeup_presenter.py",
                "            self.runner.toggle_pause()  # before any time passes: the step keeps all its seconds\n",
                "            pass\n",
            ),
        ),
        ("tests/test_find_it_sessions.py::test_the_guide_waits_before_each_points_first_press",),
        ("the timer waits",),
    ),
    Mutation(
        "guide-arrows-skip-the-session",
        "→ in a session's find-it guide skips to the next step of the session instead of the guide's",
        (
            Edit(
                "acupoint_gui/ui/guide_player.py",
                "isinstance(event, QKeyEvent) and event.key() in GUIDE_KEYS:\n            event.accept()",
                "isinstance(event, QKeyEvent) and event.key() in ():\n            event.accept()",
            ),
        ),
        ("tests/test_find_it_sessions.py::test_esc_and_the_sessions_own_resume_also_start_pressing",),
        ("steps the guide, not the session",),
    ),
    Mutation(
        "paused-words-cut",
        "a narrow session panel cuts 'Paused: breathe normally' to 'aused: breathe normall'",
        (
            Edit(
                "acupoint_gui/ui/breathing.py",
                "        if wide > rect.width() * 0.95 > 0:",
                "        if False:",
            ),
        ),
        ("tests/test_breathing_cue.py::test_the_paused_words_fit_a_narrow_panel_uncut",),
        ("the words run from",),
    ),
    Mutation(
        "report-loses-a-session-a-week",
        "the progress report counts one session fewer in every week with sessions",
        (
            Edit(
                "acupoint_gui/model/history_query.py",
                "periods.append(Period(start, end, row[1], row[2], row[3], finished=row[4]))",
                "periods.append(Period(start, end, row[1] - 1, row[2], row[3], finished=row[4]))",
            ),
        ),
        ("tests/test_report_command.py::test_report_on_eight_weeks_counts_each_week",),
        ("104 sessions)",),
    ),
    Mutation(
        "sheet-without-the-practitioner",
        "a sheet printed for a client leaves out the practitioner's name, the client's and the note",
        (
            Edit(
                "acupoint_gui/printing/sheet.py",
                "    layout_handout(layout, content.handout)\n",
                "",
            ),
        ),
        ("tests/test_report_command.py::test_practitioner_and_client_are_on_page_one_of_the_sheet",),
        ("From: Ann Lee, Riverside Clinic",),
    ),
    Mutation(
        "presser-facing-them-same-side",
        "pressing for someone you face, the app says their left is on your left",
        (
            Edit(
                "acupoint_gui/model/step_wording.py",
                '"where-front": QT_TRANSLATE_NOOP("StepWords", "Their own {side}: on your {other} as you face them."),',
                '"where-front": QT_TRANSLATE_NOOP("StepWords", "Their own {side}: on your {side} as you face them."),',
            ),
        ),
        ("tests/test_partner_wording.py::test_every_step_is_worded_for_the_presser",),
        ("on your left as you face them",),
    ),
    Mutation(
        "presser-view-swaps-their-sides",
        "the presser's view of a back point labels their left on the presser's right",
        (
            Edit(
                "acupoint_gui/ui/presser_view.py",
                "(their_left, their_right) if behind else (their_right, their_left)",
                "(their_right, their_left) if behind else (their_left, their_right)",
            ),
        ),
        ("tests/test_partner_ui.py::test_the_presser_sees_the_partners_side_where_it_is_from_where_they_stand",),
        ("assert (",),
    ),
    Mutation(
        "practice-distance-in-figure-units",
        "practice says how far off a click was in drawing units, not in cun on the close-up's scale",
        (
            Edit(
                "acupoint_gui/model/practice.py",
                "return math.hypot(a[0] - b[0], a[1] - b[1]) / figure.units_per_cun",
                "return math.hypot(a[0] - b[0], a[1] - b[1]) / 50.0",
            ),
        ),
        ("tests/test_practice.py::test_the_distance_is_in_cun_on_the_close_ups_own_scale",),
        ("assert 0.",),
    ),
    Mutation(
        "practice-other-panel-not-the-wrong-side",
        "practice takes a click on the other side's picture as the side asked for",
        (
            Edit(
                "acupoint_gui/model/practice.py",
                "        clicked = shown.shows\n",
                "        clicked = asked\n",
            ),
        ),
        ("tests/test_practice.py::test_mirrored_views_score_the_same_distance_and_the_other_panel_is_the_wrong_side",),
        ("wrong_side=False",),
    ),
)
