"""The tray icon: time left at a glance, and the session controls without the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


def tray_icon(active: bool) -> QIcon:
    """A ring with a dot, drawn here: no image files needed."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#D55E00" if active else "#0072B2")
    painter.setPen(QPen(colour, 6))
    painter.drawEllipse(QPointF(32, 32), 24, 24)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(32, 32), 10, 10)
    painter.end()
    return QIcon(pixmap)


class SessionTray(QObject):
    pauseToggled = Signal()
    skipRequested = Signal()
    openRequested = Signal()
    quitRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(tray_icon(False), self)
        self.menu = QMenu()
        self.status = QAction(self.tr("No session running"), self.menu)
        self.status.setEnabled(False)
        self.pause = QAction(self.tr("Pause"), self.menu)
        self.skip = QAction(self.tr("Skip to next step"), self.menu)
        open_window = QAction(self.tr("Open Acupoint"), self.menu)
        quit_app = QAction(self.tr("Quit"), self.menu)
        for action in (self.status, self.pause, self.skip):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(open_window)
        self.menu.addAction(quit_app)
        self.pause.triggered.connect(self.pauseToggled)
        self.skip.triggered.connect(self.skipRequested)
        open_window.triggered.connect(self.openRequested)
        quit_app.triggered.connect(self.quitRequested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.setToolTip("Acupoint")
        self.show_state(None, running=False, paused=False)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.openRequested.emit()

    def show_state(self, text: str | None, *, running: bool, paused: bool) -> None:
        label = text or self.tr("No session running")
        self.status.setText(label)
        self.icon.setToolTip(self.tr("Acupoint — %1").replace("%1", label))
        self.pause.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause.setEnabled(running)
        self.skip.setEnabled(running)
        self.icon.setIcon(tray_icon(running and not paused))

    def show(self) -> None:
        self.icon.show()

    def is_shown(self) -> bool:
        return self.icon.isVisible()

    def status_text(self) -> str:
        """What the tray's menu and tooltip say about the session."""
        return self.status.text()

    def notify(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10000)
