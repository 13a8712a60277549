"""Questions the app asks in the middle of something: each returns the answer as an enum.

QMessageBox is loaded when a question is first asked; the first frame needs none.
"""

from __future__ import annotations

from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("questions", text)


class KeepAvoided(Enum):
    LEAVE_OUT = auto()
    KEEP = auto()
    CANCEL = auto()


class CloseChoice(Enum):
    TO_TRAY = auto()  # keep the session running, hidden in the tray
    STOP = auto()  # stop the session and close
    STAY = auto()  # do not close


def ask_keep_avoided(parent: QWidget, names: list[str]) -> KeepAvoided:
    """Whether to keep points avoided in pregnancy for this session. Enter leaves them out."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Points to avoid in pregnancy"))
    box.setText(
        _tr("This routine includes points traditionally avoided in pregnancy: %1.").replace("%1", ", ".join(names))
    )
    box.setInformativeText(_tr("They will be left out of this session unless you choose to keep them."))
    leave = box.addButton(_tr("Leave them out"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("Keep them this time"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(leave)
    box.exec()
    clicked = box.clickedButton()
    if clicked is leave:
        return KeepAvoided.LEAVE_OUT
    if clicked is keep:
        return KeepAvoided.KEEP
    return KeepAvoided.CANCEL


def close_question(parent: QWidget, *, tray: bool) -> tuple[QMessageBox, QPushButton | None, QPushButton]:
    """The question asked when the window is closed mid-session, and its keep and stop buttons.

    Enter never ends a session: the default keeps it running (in the tray, or in the window).
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("closeQuestion")
    box.setWindowTitle(_tr("A session is running"))
    box.setIcon(QMessageBox.Icon.Question)
    keep: QPushButton | None = None
    if tray:
        box.setText(_tr("Keep the session running in the tray?"))
        keep = box.addButton(_tr("Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setText(_tr("A session is running. Stop it and close Acupoint?"))
    stop = box.addButton(_tr("Stop and close"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep if keep is not None else cancel)
    return box, keep, stop


def ask_close_during_session(parent: QWidget, *, tray: bool) -> CloseChoice:
    """Ask :func:`close_question` and return the answer."""
    box, keep, stop = close_question(parent, tray=tray)
    box.exec()
    clicked = box.clickedButton()
    if keep is not None and clicked is keep:
        return CloseChoice.TO_TRAY
    return CloseChoice.STOP if clicked is stop else CloseChoice.STAY


def ask_routine_name(parent: QWidget, current: str) -> str | None:
    """A new name for a routine, starting from ``current``; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(
        parent, _tr("Rename routine"), _tr("New name for “%1”:").replace("%1", current), text=current
    )
    return name if ok else None


def delete_question(parent: QWidget, name: str) -> tuple[QMessageBox, QPushButton]:
    """The question asked before a routine is deleted, and its Delete button.

    Enter never deletes: the default button is Cancel.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("deleteRoutineQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Delete routine"))
    box.setText(_tr("Delete your routine “%1”?").replace("%1", name))
    box.setInformativeText(_tr("This cannot be undone. Your past sessions with it stay in your history."))
    delete = box.addButton(_tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, delete


def confirm_delete_routine(parent: QWidget, name: str) -> bool:
    """Ask :func:`delete_question`; True only when Delete was clicked."""
    box, delete = delete_question(parent, name)
    box.exec()
    return box.clickedButton() is delete
