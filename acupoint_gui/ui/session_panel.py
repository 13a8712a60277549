"""The session panel: choose a routine, then follow it at a glance.

Shows the current point and side, a big countdown, progress, the next step and the breathing
cue. It only displays what it is told and emits what the user asked for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ..model.breathing import BreathState
from ..model.routine_library import RoutineEntry, RoutineSummary
from ..model.session_state import SessionState
from ..model.step_wording import StepText, clock_text, duration_words
from ..model.wording import sentences
from .breathing import BreathingCue
from .button_rows import ButtonRows
from .routine_chooser import RoutineCombo, RoutineMenu
from .wrapped_check import wrapped_check

OWN_ROLE = Qt.ItemDataRole.UserRole + 1  # whether a routine in the chooser is the user's own


class SessionPanel(QWidget):
    startRequested = Signal(str)  # routine id
    pauseToggled = Signal()
    skipRequested = Signal()
    previousRequested = Signal()
    stopRequested = Signal()
    editRequested = Signal(str)  # routine id ("" for a new one)
    renameRequested = Signal(str)  # routine id (one of the user's own)
    deleteRequested = Signal(str)  # routine id (one of the user's own)
    routineChosen = Signal(str)  # routine id
    soundToggled = Signal(bool)
    voiceToggled = Signal(bool)
    volumeChanged = Signal(float)  # 0.0 to 1.0
    partnerToggled = Signal(bool)  # "I am pressing for someone else"
    aloneToggled = Signal(bool)  # "Only points I can reach alone"
    roomChanged = Signal()  # a line appeared or went: the panel may want another height

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPanel")
        self._voice_notice = ""
        self.routine = RoutineCombo()
        self.routine.setObjectName("routineChooser")
        self.routine.setAccessibleName(self.tr("Routine"))
        self.routine.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A long routine name is shortened (at a word, with "…") in a narrow panel rather than widening it.
        self.routine.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.routine.setMinimumContentsLength(12)
        # One button with a menu, so the routine's name keeps the panel's width.
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editRoutine")
        self.edit_button.setAccessibleName(self.tr("Edit routines"))
        self.edit_button.setToolTip(self.tr("Edit, rename or delete a routine of yours, or make a new one"))
        self.routine_menu = RoutineMenu(self.edit_button)
        self.edit_button.setMenu(self.routine_menu)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("routineSummary")
        self.partner = QCheckBox()
        self.partner.setObjectName("partnerMode")
        self.partner.setToolTip(
            self.tr("Steps are worded for you, the presser: your partner's left and right, and where they are from you")
        )
        self.alone = QCheckBox()
        self.alone.setObjectName("aloneOnly")
        self._alone_tip = self.tr("Leave out the points the articles say are hard to reach yourself")
        self.alone.setToolTip(self._alone_tip)

        self.current = QLabel()  # the step being pressed, or how the last session ended
        self.current.setObjectName("currentStep")
        self.current.hide()
        self.current.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.current.setFont(big)
        self.countdown = QLabel("0:00")
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleName(self.tr("Time left on this point"))
        huge = QFont(self.font())
        huge.setPointSizeF(huge.pointSizeF() * 4)
        huge.setBold(True)
        self.countdown.setFont(huge)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction = QLabel()
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("sessionProgress")
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        self.progress.setTextVisible(True)
        self.next_step = QLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        # A pregnancy caution for the point being pressed stays in view during its step.
        self.caution = QLabel()
        self.caution.setObjectName("stepCaution")
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet("QLabel { background: #FFF4CE; color: #5C4400; padding: 4px; }")
        self.caution.hide()
        # Pressing for someone else: where the partner's side is from where the presser stands.
        self.where = QLabel()
        self.where.setObjectName("stepWhere")
        self.where.setWordWrap(True)
        self.where.setStyleSheet("QLabel { background: #E3F0FA; color: #0B3A5C; padding: 4px; }")
        self.where.hide()
        self.step_figure: QWidget | None = None
        self._figure_wanted = False
        self.breathing = BreathingCue()
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setObjectName("soundOn")
        self.voice = QCheckBox(self.tr("Voice"))
        self.voice.setObjectName("voiceOn")
        self._tips = {
            self.sound: self.tr("Short sounds at the start, when to switch sides, at each new point and at the end"),
            self.voice: self.tr("Say each step aloud, for pressing with your eyes closed"),
        }
        for box, tip in self._tips.items():
            box.setToolTip(tip)
        self.audio_notice = QLabel()
        self.audio_notice.setObjectName("audioNotice")
        self.audio_notice.setWordWrap(True)
        self.audio_notice.hide()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volume")
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(self.tr("Volume"))

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("startSession")
        self.start_reason = QLabel()  # why Start is off, when it is
        self.start_reason.setObjectName("startReason")
        self.start_reason.setWordWrap(True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("pauseSession")
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setObjectName("previousStep")
        self.skip_button = QPushButton(self.tr("Skip ▶"))
        self.skip_button.setObjectName("skipStep")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopSession")
        for button, tip in (
            (self.pause_button, self.tr("Pause or resume (Space)")),
            (self.previous_button, self.tr("Back to the previous step (←)")),
            (self.skip_button, self.tr("Skip to the next step (→)")),
            (self.stop_button, self.tr("Stop the session (Esc)")),
        ):
            button.setToolTip(tip)

        chooser = QHBoxLayout()
        chooser.addWidget(self.routine, 1)
        chooser.addWidget(self.edit_button)
        controls = ButtonRows()
        for button in self.controls():
            controls.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        self.partner_row = wrapped_check(self.partner, self.tr("I am pressing for someone else"))
        self.alone_row = wrapped_check(self.alone, self.tr("Only points I can reach alone"))
        layout.addWidget(self.partner_row)
        layout.addWidget(self.alone_row)
        layout.addWidget(self.start_button)
        layout.addWidget(self.start_reason)
        layout.addWidget(self.current)
        layout.addWidget(self.where)
        layout.addWidget(self.countdown)
        layout.addWidget(self.instruction)
        layout.addWidget(self.caution)
        layout.addWidget(self.progress)
        layout.addWidget(self.next_step)
        # The controls come before the breathing cue: when a large font makes the panel taller
        # than the screen, what scrolls out of view is the bottom of the cue, not Pause or Stop.
        layout.addLayout(controls)
        audio = QHBoxLayout()
        audio.addWidget(self.sound)
        audio.addWidget(self.voice)
        audio.addWidget(self.volume, 1)
        layout.addLayout(audio)
        layout.addWidget(self.audio_notice)
        layout.addWidget(self.breathing, 1)
        layout.addStretch()  # takes up any spare height before a session (the cue takes it during one)

        self.start_button.clicked.connect(self._start)
        self.pause_button.clicked.connect(self.pauseToggled)
        self.skip_button.clicked.connect(self.skipRequested)
        self.previous_button.clicked.connect(self.previousRequested)
        self.stop_button.clicked.connect(self.stopRequested)
        self.routine_menu.editChosen.connect(lambda: self.editRequested.emit(self.routine_id()))
        self.routine_menu.newChosen.connect(lambda: self.editRequested.emit(""))
        self.routine_menu.renameChosen.connect(lambda: self.renameRequested.emit(self.routine_id()))
        self.routine_menu.deleteChosen.connect(lambda: self.deleteRequested.emit(self.routine_id()))
        self.routine.currentIndexChanged.connect(lambda _index: self._routine_changed())
        self.sound.toggled.connect(self.soundToggled)
        self.voice.toggled.connect(self.voiceToggled)
        self.volume.valueChanged.connect(lambda value: self.volumeChanged.emit(value / 100))
        self.partner.toggled.connect(self.partnerToggled)
        self.alone.toggled.connect(self.aloneToggled)
        self._session_widgets: tuple[QWidget, ...] = (
            self.countdown,
            self.instruction,
            self.progress,
            self.next_step,
            self.breathing,
            *self.controls(),
        )
        self._start_allowed = True
        self._state = SessionState.IDLE
        self._show_state(SessionState.IDLE)

    def controls(self) -> tuple[QPushButton, ...]:
        """The session's buttons, in the order they are shown and tabbed through."""
        return (self.previous_button, self.pause_button, self.skip_button, self.stop_button)

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them, for the window's focus chain."""
        return [
            self.routine,
            self.edit_button,
            self.partner,
            self.alone,
            self.start_button,
            *self.controls(),
            self.sound,
            self.voice,
            self.volume,
        ]

    # --- choosing a routine -------------------------------------------------------------
    def set_routines(self, routines: list[RoutineEntry], selected: str = "") -> None:
        """The routines to choose from, in order; the user's own are marked. Emits routineChosen."""
        self.routine.blockSignals(True)
        self.routine.clear()
        for entry in routines:
            label = self.tr("%1 (yours)").replace("%1", entry.name) if entry.own else entry.name
            self.routine.addItem(label, entry.id)
            if entry.own:  # a shortened name keeps its mark: "My long evening… (yours)"
                mark = self.tr("%1 (yours)").replace("%1", "")
                self.routine.setItemData(self.routine.count() - 1, mark, RoutineCombo.KEEP_ROLE)
            self.routine.setItemData(self.routine.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            self.routine.setItemData(self.routine.count() - 1, entry.own, OWN_ROLE)
        index = self.routine.findData(selected)
        self.routine.setCurrentIndex(max(index, 0))
        self.routine.blockSignals(False)
        self._routine_changed()

    def routine_id(self) -> str:
        return str(self.routine.currentData() or "")

    def _routine_changed(self) -> None:
        self.routine.setToolTip(self.routine.currentText())
        own = bool(self.routine.currentData(OWN_ROLE))
        self.routine_menu.show_for(own=own, chosen=bool(self.routine_id()))
        self.routineChosen.emit(self.routine_id())

    def show_summary(self, summary: RoutineSummary | None) -> None:
        """What the chosen routine presses and how long it takes (nothing for no routine)."""
        if summary is None:
            self.summary.setText("")
            return
        codes = " → ".join(f"{code} ⚠" if code in summary.avoided else code for code in summary.codes)
        length = self.tr("%1 steps, about %2 in all.").replace("%1", str(summary.step_count))
        text = f"{codes}\n{length.replace('%2', duration_words(summary.seconds))}"
        if summary.source_title:
            text = sentences(text, self.tr("Source: %1.").replace("%1", summary.source_title))
        comma = self.tr(", ")
        if summary.left_out_alone:
            text += "\n" + self.tr("Left out, pressing alone: %1.").replace("%1", comma.join(summary.left_out_alone))
        elif summary.partner_helps:
            text += "\n" + self.tr("A partner helps with %1.").replace("%1", comma.join(summary.partner_helps))
        self.summary.setText(text)

    def show_partner_choices(self, *, partner: bool, alone: bool) -> None:
        """Show whether one presses for someone else, and whether alone (no signals: nothing was
        changed by the user). Pressing for someone, "alone" does not apply and is greyed."""
        for box, value in ((self.partner, partner), (self.alone, alone and not partner)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.alone.setEnabled(not partner and not self._state.active)
        self.alone.setToolTip(
            self.tr("You are pressing for someone else: every point can be reached") if partner else self._alone_tip
        )

    def set_step_figure(self, figure: QWidget) -> None:
        """A picture of the step, under its words during a session (the presser's view of the
        point, say); the panel shows it, it draws itself."""
        if self.step_figure is figure:
            return
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.countdown), figure)
        self.step_figure = figure
        figure.setVisible(self._figure_wanted and self._state.active)

    def show_step_figure(self, visible: bool) -> None:
        """Show the step's picture (during a session) or not. The picture says where the side is
        (the presser's view), so the line that says it in words steps aside for it."""
        self._figure_wanted = visible
        if self.step_figure is not None:
            self.step_figure.setVisible(visible and self._state.active)
        self.where.setVisible(bool(self.where.text()) and not (visible and self.step_figure is not None))
        self.roomChanged.emit()

    def set_start_allowed(self, allowed: bool, reason: str = "") -> None:
        """Start is off, with the reason beside it, when the routine has nothing to press."""
        self._start_allowed = allowed
        self.start_button.setToolTip("" if allowed else reason)
        self.start_reason.setText(reason if not allowed else "")
        self._show_state(self._state)
        self.roomChanged.emit()

    def _start(self) -> None:
        if self.routine_id() and self._start_allowed:
            self.startRequested.emit(self.routine_id())

    # --- sound and voice ----------------------------------------------------------------
    def show_audio(self, *, sound: bool, voice: bool, volume: float) -> None:
        """Show the user's choices (no signals: nothing was changed by the user)."""
        for widget, value in ((self.sound, sound), (self.voice, voice)):
            widget.blockSignals(True)
            widget.setChecked(value and widget.isEnabled())
            widget.blockSignals(False)
        self.volume.blockSignals(True)
        self.volume.setValue(round(volume * 100))
        self.volume.blockSignals(False)

    def set_sound_available(self, available: bool, why: str = "") -> None:
        """With no sound output the Sound and Voice boxes are off and greyed, and the panel says so."""
        self._set_available(self.sound, available, why)
        self.volume.setEnabled(available)
        self._set_available(self.voice, available and self.voice.isEnabled(), why)
        self._show_audio_notice()

    def set_voice_available(self, available: bool, why: str = "", *, notice: str = "") -> None:
        """``notice``: what the panel says instead of "No speech engine found" (no voice for the language)."""
        self._voice_notice = notice
        self._set_available(self.voice, available and self.sound.isEnabled(), why)
        self._show_audio_notice()

    def _set_available(self, box: QCheckBox, available: bool, why: str) -> None:
        box.setEnabled(available)
        if not available:
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
            box.setToolTip(why)
        else:
            box.setToolTip(self._tips[box])

    def _show_audio_notice(self) -> None:
        if not self.sound.isEnabled():
            self.audio_notice.setText(self.tr("No sound output found: the session will be silent."))
        elif not self.voice.isEnabled():
            self.audio_notice.setText(self._voice_notice or self.tr("No speech engine found: steps are not spoken."))
        else:
            self.audio_notice.setText("")
        self.audio_notice.setVisible(bool(self.audio_notice.text()))
        self.roomChanged.emit()

    # --- a running session ----------------------------------------------------------------
    def show_state(self, state: SessionState) -> None:
        """Before and after a session the panel is compact (routine, summary, Start), so the point
        details below it keep their room on a small screen; a session brings out the countdown,
        the breathing cue and its controls. When a session starts, the keyboard goes to Pause."""
        starting = state.active and not self._state.active
        self._show_state(state)
        if starting:  # focus leaves the search box, so Space, ← and → reach the session
            self.pause_button.setFocus()

    def _show_state(self, state: SessionState) -> None:
        self._state = state
        running, paused = state.active, state is SessionState.PAUSED
        for widget in self._session_widgets:
            widget.setVisible(running)
        self.start_button.setVisible(not running)
        self.start_button.setEnabled(self._start_allowed)
        self.start_reason.setVisible(not running and not self._start_allowed)
        # The routine's summary is for choosing it; during a session the progress bar and
        # "Next:" say where you are, and on a short screen the point details need the room.
        self.summary.setVisible(not running)
        self.routine.setEnabled(not running)
        self.edit_button.setEnabled(not running)
        # The choice of who presses is made before a session (its words and steps follow it).
        self.partner_row.setVisible(not running)
        self.alone_row.setVisible(not running)
        self.alone.setEnabled(not running and not self.partner.isChecked())
        if not running:
            self.where.hide()
        if self.step_figure is not None:
            self.step_figure.setVisible(running and self._figure_wanted)
        for button in self.controls():
            button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.breathing.set_paused(paused)

    def is_running(self) -> bool:
        return self._state.active

    def show_step(self, step: StepText) -> None:
        self.current.setText(step.title)
        self.current.show()
        self.instruction.setText(step.instruction)
        self.caution.setText(step.caution)
        self.caution.setVisible(bool(step.caution))
        self.where.setText(step.where)
        self.where.setVisible(bool(step.where))
        self.progress.setRange(0, max(step.total, 1))
        self.progress.setValue(step.position)
        self.progress.setFormat(
            self.tr("Step %1 of %2").replace("%1", str(step.position)).replace("%2", str(step.total))
        )
        self.next_step.setText(step.next)
        self.roomChanged.emit()  # a longer name may have wrapped onto another line

    def show_instruction(self, text: str) -> None:
        """A word in the middle of a step, such as "Switch to the right side."."""
        self.instruction.setText(text)

    def show_seconds_left(self, seconds: float) -> None:
        text = clock_text(seconds)
        if self.countdown.text() != text:
            self.countdown.setText(text)

    def countdown_text(self) -> str:
        return self.countdown.text()

    def show_breath(self, state: BreathState | None) -> None:
        self.breathing.show_breath(state)

    def set_reduced_motion(self, reduced: bool) -> None:
        self.breathing.set_reduced_motion(reduced)

    def show_finished(self, message: str) -> None:
        self.current.setText(message)
        self.current.show()
        self.instruction.setText("")
        self.caution.setText("")
        self.caution.hide()
        self.next_step.setText("")
        self.countdown.setText("0:00")
        self.breathing.show_breath(None)
        self._show_state(SessionState.IDLE)
