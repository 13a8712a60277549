"""The detail panel: everything about one point; "Show close-up", "Find it", "Add to routine"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

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
        self.browser.setAccessibleName(self.tr("Point details"))
        # Lists indent by a finger's width, not Qt's 40 px: the dock is narrow and the
        # directions are numbered lists.
        self.browser.document().setIndentWidth(LIST_INDENT)
        self.placeholder = QLabel(
            self.tr("Click a point on the body, or search for one, to see where it is and how to press it.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(self.tr("Add to routine"))
        self.add_button.setObjectName("addToRoutine")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        self.closeup_button: QPushButton | None = None  # added with the features, after the first frame
        self.find_button: QPushButton | None = None
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.browser, 1)
        layout.addLayout(self.buttons)
        self.browser.hide()

    def add_find_buttons(self) -> None:
        """ "Show close-up" and "Find it" beside "Add to routine" (in rows of two when the
        panel is narrow): how to find the point on your own body."""
        if self.closeup_button is not None:
            return
        closeup = self.closeup_button = QPushButton(self.tr("Show close-up"))
        closeup.setObjectName("showCloseup")
        closeup.setToolTip(self.tr("The point on a close-up of its region, and the landmarks it is found from"))
        find = self.find_button = QPushButton(self.tr("Find it"))
        find.setObjectName("findIt")
        find.setToolTip(self.tr("Step by step: how to find this point on your own body"))
        closeup.clicked.connect(lambda: self._ask(self.closeupRequested))
        find.clicked.connect(lambda: self._ask(self.findItRequested))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        self.buttons.removeWidget(self.add_button)  # the first frame's row: taken apart, then dropped
        layout.removeItem(self.buttons)
        self.buttons.setParent(None)
        self.buttons.deleteLater()
        rows = ButtonRows()
        for button in (closeup, find, self.add_button):
            button.setEnabled(self.point is not None)
            rows.addWidget(button)
        layout.addLayout(rows)
        QWidget.setTabOrder(self.browser, closeup)
        QWidget.setTabOrder(closeup, find)
        QWidget.setTabOrder(find, self.add_button)

    def show_point(self, point: Point | None, side: Side | None = None) -> None:
        self.point, self.side = point, side
        for button in (self.closeup_button, self.find_button, self.add_button):
            if button is not None:
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
        return [self.browser, self.add_button]  # "Show close-up" and "Find it" come between, once added

    def text(self) -> str:
        return self.browser.toPlainText()

    def _ask(self, signal: SignalInstance) -> None:
        if self.point is not None:
            signal.emit(self.point.code, self.side.value if self.side is not None else "")

    def _add(self) -> None:
        if self.point is not None:
            self.addToRoutineRequested.emit(self.point.code)
