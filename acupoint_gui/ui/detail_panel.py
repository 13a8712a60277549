"""The detail panel: everything about one point; "Show close-up", "Find it", "Add to routine"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..model.points import Atlas, Point, Side
from .button_rows import ButtonRows
from .theme import Theme

LIST_INDENT = 18  # pixels


class DetailPanel(QWidget):
    addToRoutineRequested = Signal(str)  # code
    closeupRequested = Signal(str, str)  # code, side ("" on the midline or when not known)
    findItRequested = Signal(str, str)  # code, side

    def __init__(self, atlas: Atlas, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.atlas = atlas
        self.theme = theme
        self.point: Point | None = None
        self.side: Side | None = None
        self.pregnant = False
        self.browser = QTextBrowser()
        self.browser.setObjectName("detailText")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName("Point details")
        # Lists indent by a finger's width, not Qt's 40 px: the dock is narrow and the
        # directions are numbered lists.
        self.browser.document().setIndentWidth(LIST_INDENT)
        self.placeholder = QLabel(
            "Click a point on the body, or search for one, to see where it is and how to press it."
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton("Add to routine")
        self.add_button.setObjectName("addToRoutine")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        # How to find the point on your own body: its close-up, and the guide played on it.
        self.closeup_button = QPushButton(self.tr("Show close-up"))
        self.closeup_button.setObjectName("showCloseup")
        self.closeup_button.setToolTip(
            self.tr("The point on a close-up of its region, and the landmarks it is found from")
        )
        self.find_button = QPushButton(self.tr("Find it"))
        self.find_button.setObjectName("findIt")
        self.find_button.setToolTip(self.tr("Step by step: how to find this point on your own body"))
        self.closeup_button.clicked.connect(lambda: self._ask(self.closeupRequested))
        self.find_button.clicked.connect(lambda: self._ask(self.findItRequested))
        buttons = ButtonRows()
        for button in (self.closeup_button, self.find_button, self.add_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.browser.hide()

    def show_point(self, point: Point | None, side: Side | None = None) -> None:
        self.point, self.side = point, side
        for button in (self.closeup_button, self.find_button, self.add_button):
            button.setEnabled(point is not None)
        if point is None:
            self.browser.hide()
            self.placeholder.show()
            return
        from .point_html import point_html  # with html's entity tables: not needed for the first frame

        self.placeholder.hide()
        self.browser.show()
        self.browser.setHtml(
            point_html(
                self.atlas, point, self.theme, side=side, pregnant=self.pregnant, text_pt=self.font().pointSizeF()
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self.point is not None:  # headings follow the font
            self.show_point(self.point, self.side)
        super().changeEvent(event)

    def set_pregnant(self, pregnant: bool) -> None:
        self.pregnant = pregnant
        self.show_point(self.point, self.side)

    def shown_point(self) -> Point | None:
        return self.point

    def shown_side(self) -> Side | None:
        return self.side

    def tab_order(self) -> list[QWidget]:
        return [self.browser, self.closeup_button, self.find_button, self.add_button]

    def text(self) -> str:
        return self.browser.toPlainText()

    def _ask(self, signal: SignalInstance) -> None:
        if self.point is not None:
            signal.emit(self.point.code, self.side.value if self.side is not None else "")

    def _add(self) -> None:
        if self.point is not None:
            self.addToRoutineRequested.emit(self.point.code)
