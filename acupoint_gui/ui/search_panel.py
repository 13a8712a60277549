"""One search box for codes, names, pinyin, characters and symptoms, plus browsing by region."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..model.languages import ENGLISH
from ..model.points import Point
from ..model.search import REGION_LABELS, PointSearch, SearchFilter, region_label
from ..model.wording import current_language

ALL = ""


class SearchBox(QLineEdit):
    """Down arrow moves into the results, as in every search field people know."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    pointChosen = Signal(str)  # code
    filterChanged = Signal(SearchFilter)

    def __init__(self, search: PointSearch, points: tuple[Point, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.search = search
        self.points = points
        self.warned: set[str] = set()
        self.box = SearchBox()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search: BL23, B54, Kidney Shu, shenshu, 肾俞, sciatica…"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search points"))
        self.region = QComboBox()
        self.region.setObjectName("regionFilter")
        self.region.setAccessibleName(self.tr("Browse by region"))
        self.region.addItem(self.tr("All regions"), ALL)
        for key in REGION_LABELS:
            if search.by_region(key):
                self.region.addItem(region_label(key), key)
        self.symptom = QComboBox()
        self.symptom.setObjectName("symptomFilter")
        self.symptom.setAccessibleName(self.tr("Browse by symptom"))
        self.symptom.addItem(self.tr("Any symptom"), ALL)
        for word in search.symptoms():
            self.symptom.addItem(word.capitalize(), word)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Matching points"))
        # Two lines an entry (code and name, then pinyin), wrapped in a narrow dock rather than
        # cut: "Foot Point (while sleeping)" and "(while sitting)" are two different points.
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The list's own measure is right for Latin text; a CJK line, in a fallback font, is
        # taller than the list's font says, and the view cut "BL23 肾俞 / Shènshū" to "BL23 肾俞…".
        # Then each entry is measured as laid out, again at each new width.
        self._measure = current_language() != ENGLISH
        if self._measure:
            self.results.installEventFilter(self)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.region)
        layout.addWidget(self.symptom)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.box.textChanged.connect(self._update)
        self.box.returnPressed.connect(self.choose_first)
        self.box.downPressed.connect(self._focus_results)
        self.region.currentIndexChanged.connect(self._update)
        self.symptom.currentIndexChanged.connect(self._update)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self._update()

    def matches(self) -> list[Point]:
        query = self.box.text().strip()
        symptom = self.symptom.currentData() or ""
        region = self.region.currentData() or ""
        if query:
            found = [hit.point for hit in self.search.search(query)]
        elif symptom:
            found = [hit.point for hit in self.search.search(symptom)]
        else:
            found = list(self.points)
        if query and symptom:
            by_symptom = {hit.point.code for hit in self.search.search(symptom)}
            found = [p for p in found if p.code in by_symptom]
        if region:
            found = [p for p in found if p.region == region]
        return found

    def _update(self) -> None:
        found = self.matches()
        self.results.clear()
        for point in found:
            warning = self.tr("  ⚠ avoid in pregnancy") if point.code in self.warned else ""
            text = f"{point.code}  {point.name}\n{point.pinyin}{warning}"
            item = QListWidgetItem(text)
            if self._measure:
                item.setSizeHint(QSize(0, self._text_height(text)))
            item.setToolTip(f"{point.code} {point.name} ({point.pinyin}){warning}")
            item.setData(Qt.ItemDataRole.UserRole, point.code)
            self.results.addItem(item)
        filtering = bool(self.box.text().strip() or self.symptom.currentData() or self.region.currentData())
        if filtering:
            self.status.setText(
                self.tr("No point matches.") if not found else self.tr("%n matching point(s)", "", len(found))
            )
        else:
            self.status.setText(self.tr("All %n point(s)", "", len(found)))
        self.filterChanged.emit(SearchFilter(filtering, frozenset(p.code for p in found)))

    def set_warned(self, codes: set[str]) -> None:
        """Mark these points in the list (e.g. contraindicated in pregnancy)."""
        self.warned = set(codes)
        self._update()

    def show_selected(self, code: str | None) -> None:
        """Highlight the point shown elsewhere (the map, a session) if it is in the list; no signal."""
        self.results.clearSelection()
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == code:
                self.results.setCurrentItem(item)
                self.results.scrollToItem(item)
                return

    def tab_order(self) -> list[QWidget]:
        return [self.box, self.region, self.symptom, self.results]

    def query(self) -> str:
        """What is typed in the search box."""
        return self.box.text()

    def focus_search(self) -> None:
        """The keyboard in the search box, its text selected so typing replaces it."""
        self.box.setFocus()
        self.box.selectAll()

    def choose_first(self) -> None:
        if self.results.count():
            self._chosen(self.results.item(0))

    def _focus_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _text_height(self, text: str) -> int:
        """An entry's height as laid out at the list's width (less a scroll bar's), fallback fonts included."""
        scroll_bar = self.results.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(40, self.results.contentsRect().width() - scroll_bar - 8)
        height = 0.0
        for paragraph in text.split("\n"):
            layout = QTextLayout(paragraph, self.results.font())
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as the list wraps
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                height += line.height()
            layout.endLayout()
        return math.ceil(height) + 2

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.Resize:
            for row in range(self.results.count()):  # narrower: more lines an entry
                item = self.results.item(row)
                item.setSizeHint(QSize(0, self._text_height(item.text())))
        return super().eventFilter(watched, event)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.pointChosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
