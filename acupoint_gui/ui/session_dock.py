"""The session dock: choose a routine, then follow it at a glance.

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

from .breathing import BreathingCue
from .button_rows import ButtonRows


def duration_words(seconds: float) -> str:
    """A length in words, rounded as people say it: "45 seconds", "10 minutes", "1 hour 5 minutes"."""
    if seconds < 90:
        whole = round(seconds)
        return f"{whole} second{'' if whole == 1 else 's'}"
    hours, minutes = divmod(round(seconds / 60), 60)
    words = [f"{hours} hour{'' if hours == 1 else 's'}"] if hours else []
    if minutes or not hours:
        words.append(f"{minutes} minute{'' if minutes == 1 else 's'}")
    return " ".join(words)


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))  # 0.2 s left still shows 0:01, like every countdown
    return f"{whole // 60}:{whole % 60:02d}"


class SessionDock(QWidget):
    startRequested = Signal(str)  # routine id
    pauseToggled = Signal()
    skipRequested = Signal()
    previousRequested = Signal()
    stopRequested = Signal()
    editRequested = Signal(str)  # routine id ("" for a new one)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPanel")
        self.routine = QComboBox()
        self.routine.setObjectName("routineChooser")
        self.routine.setAccessibleName("Routine")
        self.routine.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A long routine name is shortened in a narrow panel rather than widening it.
        self.routine.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.routine.setMinimumContentsLength(12)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setObjectName("editRoutine")
        self.edit_button.setToolTip("Make your own routine, or change one of yours")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("routineSummary")

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
        self.countdown.setAccessibleName("Time left on this point")
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
        self.progress.setAccessibleName("Progress through the routine")
        self.progress.setTextVisible(True)
        self.next_step = QLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        self.breathing = BreathingCue()
        self.sound = QCheckBox("Sound")
        self.sound.setObjectName("soundOn")
        self.sound.setToolTip("Short sounds at the start, when to switch sides, at each new point and at the end")
        self.voice = QCheckBox("Voice")
        self.voice.setObjectName("voiceOn")
        self.voice.setToolTip("Say each step aloud, for pressing with your eyes closed")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volume")
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName("Volume")

        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("startSession")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("pauseSession")
        self.previous_button = QPushButton("◀ Previous")
        self.previous_button.setObjectName("previousStep")
        self.skip_button = QPushButton("Skip ▶")
        self.skip_button.setObjectName("skipStep")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopSession")
        for button, tip in (
            (self.pause_button, "Pause or resume (Space)"),
            (self.previous_button, "Back to the previous step (←)"),
            (self.skip_button, "Skip to the next step (→)"),
            (self.stop_button, "Stop the session (Esc)"),
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
        layout.addWidget(self.start_button)
        layout.addWidget(self.current)
        layout.addWidget(self.countdown)
        layout.addWidget(self.instruction)
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
        layout.addWidget(self.breathing, 1)
        layout.addStretch()  # takes up any spare height before a session (the cue takes it during one)

        self.start_button.clicked.connect(self._start)
        self.pause_button.clicked.connect(self.pauseToggled)
        self.skip_button.clicked.connect(self.skipRequested)
        self.previous_button.clicked.connect(self.previousRequested)
        self.stop_button.clicked.connect(self.stopRequested)
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.routine_id()))
        self._session_widgets: tuple[QWidget, ...] = (
            self.countdown,
            self.instruction,
            self.progress,
            self.next_step,
            self.breathing,
            *self.controls(),
        )
        self.set_running(False)

    def controls(self) -> tuple[QPushButton, ...]:
        """The session's buttons, in the order they are shown and tabbed through."""
        return (self.previous_button, self.pause_button, self.skip_button, self.stop_button)

    def set_routines(self, routines: list[tuple[str, str]], selected: str = "") -> None:
        """``(id, label)`` pairs, in the order to show them."""
        self.routine.blockSignals(True)
        self.routine.clear()
        for routine_id, label in routines:
            self.routine.addItem(label, routine_id)
        index = self.routine.findData(selected)
        self.routine.setCurrentIndex(max(index, 0))
        self.routine.blockSignals(False)
        self.routine.currentIndexChanged.emit(self.routine.currentIndex())

    def routine_id(self) -> str:
        return str(self.routine.currentData() or "")

    def _start(self) -> None:
        if self.routine_id():
            self.startRequested.emit(self.routine_id())

    def set_running(self, running: bool, paused: bool = False) -> None:
        """Before and after a session the panel is compact (routine, summary, Start), so the point
        details below it keep their room on a small screen; a session brings out the countdown,
        the breathing cue and its controls."""
        for widget in self._session_widgets:
            widget.setVisible(running)
        self.start_button.setVisible(not running)
        # The routine's summary is for choosing it; during a session the progress bar and
        # "Next:" say where you are, and on a short screen the point details need the room.
        self.summary.setVisible(not running)
        self.routine.setEnabled(not running)
        self.edit_button.setEnabled(not running)
        for button in self.controls():
            button.setEnabled(running)
        self.pause_button.setText("Resume" if paused else "Pause")
        self.breathing.set_paused(paused)

    def show_step(self, title: str, instruction: str, position: int, total: int, next_text: str) -> None:
        self.current.setText(title)
        self.current.show()
        self.instruction.setText(instruction)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(position)
        self.progress.setFormat(f"Step {position} of {total}")
        self.next_step.setText(next_text)

    def show_seconds_left(self, seconds: float) -> None:
        text = clock_text(seconds)
        if self.countdown.text() != text:
            self.countdown.setText(text)

    def show_finished(self, message: str) -> None:
        self.current.setText(message)
        self.current.show()
        self.instruction.setText("")
        self.next_step.setText("")
        self.countdown.setText("0:00")
        self.breathing.show_breath(None)
        self.set_running(False)
