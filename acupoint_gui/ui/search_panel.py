"""One search box for codes, names, pinyin, characters and symptoms, plus browsing by region."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..model.points import Point
from ..model.search import REGION_LABELS, PointSearch, SearchFilter

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
        self.box.setPlaceholderText("Search: BL23, B54, Kidney Shu, shenshu, 肾俞, sciatica…")
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName("Search points")
        self.region = QComboBox()
        self.region.setObjectName("regionFilter")
        self.region.setAccessibleName("Browse by region")
        self.region.addItem("All regions", ALL)
        for key, label in REGION_LABELS.items():
            if search.by_region(key):
                self.region.addItem(label, key)
        self.symptom = QComboBox()
        self.symptom.setObjectName("symptomFilter")
        self.symptom.setAccessibleName("Browse by symptom")
        self.symptom.addItem("Any symptom", ALL)
        for word in search.symptoms():
            self.symptom.addItem(word.capitalize(), word)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName("Matching points")
        # Two lines an entry (code and name, then pinyin), wrapped in a narrow dock rather than
        # cut: "Foot Point (while sleeping)" and "(while sitting)" are two different points.
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
            warning = "  ⚠ avoid in pregnancy" if point.code in self.warned else ""
            item = QListWidgetItem(f"{point.code}  {point.name}\n{point.pinyin}{warning}")
            item.setToolTip(f"{point.code} {point.name} ({point.pinyin}){warning}")
            item.setData(Qt.ItemDataRole.UserRole, point.code)
            self.results.addItem(item)
        filtering = bool(self.box.text().strip() or self.symptom.currentData() or self.region.currentData())
        if filtering:
            self.status.setText(
                "No point matches." if not found else f"{len(found)} matching point{'s' if len(found) != 1 else ''}"
            )
        else:
            self.status.setText(f"All {len(found)} points")
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

    def _chosen(self, item: QListWidgetItem) -> None:
        self.pointChosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
