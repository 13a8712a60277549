"""Every window, dialog, the sheet and the progress report in Chinese: no English word left.

The app is started in zh_CN (the translators, the bundled CJK font, the catalog read in Chinese),
then every window and dialog is opened and its words read: labels, buttons, menus, tabs, tables,
tooltips, the map's captions. A word in Latin letters fails the test unless it is a point code
(BL23), a vertebra (L4), a number, the pinyin of a point, a name from the sources list (authors,
journals), or one of the few proper names in :data:`ALLOWED`. Each dialog is also saved as a PNG
in ``tests/artifacts/zh/`` for a person to look at.
"""

from __future__ import annotations

import errno
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.app.practice_presenter import PracticePresenter
from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.points import Side
from acupoint_gui.ui import file_dialogs, messages
from acupoint_gui.ui.actions import ActionId

from .test_practice_ui import click_at

# Proper names and key names that stay as they are in a Chinese window.
ALLOWED = frozenset(
    {
        "Acupoint",  # the app's name
        "PDF",
        "Letter",  # the paper size's own name: 美国信纸 (Letter)
        "A4",
        "Esc",
        "Tab",
        "Shift",
        "Ctrl",
        "Qt",
        "speech-dispatcher",
        "flite",
        "espeak-ng",
        "CSV",
        "chon",  # the word one article writes for cun, quoted in a note
        "English",  # Settings ▸ Language lists each language in its own words
        # the studies the safety notice and About name, as they are cited
        "Murphy",
        "Hsieh",
        "Verhagen",
        "Pain",
        "Medicine",
        "BMJ",
        "European",
        "Spine",
        "Journal",
        "NHS",
    }
)
CODE = re.compile(r"^(?:[A-Z]{1,3}\d{1,2}|[CLST]\d{1,2}|\d+(?:[.,:]\d+)*)$")  # BL23, L4, C7, 0.4
# A word in Latin letters, accented ones too: pinyin "Shènshū" is one word.
WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]*(?:[-'’][A-Za-z0-9\u00c0-\u024f]+)*")
TAG = re.compile(r"<[^>]+>")
STYLE = re.compile(r"<style.*?</style>", re.S)


def proper_names(catalog: Catalog) -> frozenset[str]:
    """The pinyin of the points and every word of the sources list (titles, authors, journals)."""
    from acupoint_gui.model.search import fold

    words: set[str] = set()
    for point in catalog.atlas.points:
        words.update(WORD.findall(fold(point.pinyin)))
        words.update(WORD.findall(point.pinyin))
        for name in (*point.english, *point.aliases):  # the names the English articles use
            words.update(WORD.findall(name))
    for source in catalog.atlas.sources:
        words.update(WORD.findall(source.title))
    return frozenset(words)


def english_words(text: str, names: frozenset[str]) -> list[str]:
    plain = html.unescape(TAG.sub(" ", STYLE.sub(" ", text)))
    plain = re.sub(r"\(&?[A-Z]\)|&(?=\w)", " ", plain)  # a menu's key: 文件(&F)
    plain = re.sub(r"https?://\S+|\S+@\S+|(?:/[\w.-]+)+", " ", plain)  # links and file paths
    return [
        word
        for word in WORD.findall(plain)
        if not CODE.match(word) and word not in ALLOWED and word not in names and word.lower() not in names
    ]


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every word a person can see or hear from ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root and not isinstance(widget, QMenu):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield name + ".windowTitle", widget.windowTitle()
        yield name + ".toolTip", widget.toolTip()
        yield name + ".accessibleName", widget.accessibleName()
        yield name + ".accessibleDescription", widget.accessibleDescription()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.text()
            yield name + ".placeholder", widget.placeholderText()
        elif isinstance(widget, QTextEdit):
            yield name, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name}[{i}]", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}.tab[{i}]", widget.tabText(i)
        elif isinstance(widget, QMenu):
            yield name + ".title", widget.title()
            for action in widget.actions():
                yield f"{name}>{action.objectName()}", action.text()
                yield (
                    f"{name}>{action.objectName()}.toolTip",
                    action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
                )
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from model_texts(name, widget.model())
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                    yield name + ".scene", item.text()
                tip = item.toolTip()
                if tip:
                    yield name + ".scene.toolTip", tip
    for action in root.actions():
        yield "action." + action.objectName(), action.text()


def model_texts(name: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for section in range(columns):
        yield f"{name}.header[{section}]", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), 40)):
        for column in range(columns):
            yield f"{name}[{row},{column}]", str(model.index(row, column, root).data() or "")


SPACED_MARKS = ("。 ", "， ", "： ", "、 ")  # Chinese puts no space after its full-width marks


class Seen:
    """Every dialog that opened, with its words, and each one's picture."""

    def __init__(self, names: frozenset[str], folder: Path) -> None:
        self.names = names
        self.folder = folder
        self.found: list[str] = []
        self.dialogs: list[str] = []

    def read(self, title: str, root: QWidget) -> None:
        root.show()
        QApplication.processEvents()  # the layout catches up with the texts just set
        root.grab().save(str(self.folder / f"{len(self.dialogs):02d}-{title}.png"))
        self.dialogs.append(title)
        for where, text in widget_texts(root):
            for word in english_words(text, self.names):
                self.found.append(f"{title}: {where}: {word!r} in {text[:90]!r}")
            for mark in SPACED_MARKS:  # sentences joined the English way: "…分钟。 出处"
                if mark in text:
                    self.found.append(f"{title}: {where}: a space after {mark[0]!r} in {text[:90]!r}")


@pytest.fixture
def zh_app(qtbot: QtBot, isolated_user_data: Path, english: str) -> Iterator[Acupoint]:
    from acupoint_gui.app.startup import build_app
    from acupoint_gui.language_setup import install_language
    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.printing.fonts import register_bundled_fonts

    from .conftest import acknowledge_safety
    from .fakes import FakeClock

    assert install_language("zh_CN") == "zh_CN"
    register_bundled_fonts()
    try:
        acknowledge_safety(isolated_user_data)
        acupoint = build_app(load_catalog(), isolated_user_data, isolated_user_data / "cache")
        acupoint.runner.clock = FakeClock()
        qtbot.addWidget(acupoint.window)
        yield acupoint
        acupoint.runner.stop()
        acupoint.window.close()
    finally:
        install_language("en")


def test_every_window_and_dialog_is_chinese(
    zh_app: Acupoint, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, artifacts_dir: Path
) -> None:
    folder = artifacts_dir / "zh"
    folder.mkdir(parents=True, exist_ok=True)
    seen = Seen(proper_names(zh_app.catalog), folder)

    def read_dialog(dialog: QDialog) -> int:
        seen.read(type(dialog).__name__, dialog)
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    def read_message(_parent: object, title: str, text: str) -> None:
        for where, words in (("title", title), ("text", text)):
            seen.found.extend(f"message: {where}: {w!r} in {words[:90]!r}" for w in english_words(words, seen.names))
        seen.dialogs.append("message " + title)

    def read_file_dialog(_parent: object, title: str, *_args: object) -> None:
        read_message(None, title, "")

    monkeypatch.setattr(QDialog, "exec", read_dialog)
    monkeypatch.setattr(QMessageBox, "exec", read_dialog)
    for name in ("warn", "critical", "about", "inform"):
        monkeypatch.setattr(messages, name, read_message)
    monkeypatch.setattr(file_dialogs, "ask_save_path", read_file_dialog)
    monkeypatch.setattr(file_dialogs, "ask_open_path", read_file_dialog)
    window = zh_app.window
    window.resize(1280, 800)
    a = window.actions_by_id

    zh_app.first.selection.show_point("BL23")  # the details shown
    seen.read("window-details", window)
    a[ActionId.SHOW_LANDMARKS].setChecked(True)
    seen.read("window-landmarks", window)
    a[ActionId.SHOW_LANDMARKS].setChecked(False)
    for action_id in (
        ActionId.SAFETY,
        ActionId.FINGER_MEASURES,
        ActionId.ABOUT,
        ActionId.BREATHING,
        ActionId.REMINDERS,
        ActionId.HISTORY,
        ActionId.PRINT,
        ActionId.EXPORT_PDF,
        ActionId.PROGRESS_REPORT,
    ):
        a[action_id].trigger()
    zh_app.first.routines.open_editor("")
    a[ActionId.PRACTICE_FIND].trigger()
    practice = window.findChild(PracticePresenter)
    assert practice is not None and practice.dialog is not None
    practice.dialog.resize(820, 680)
    practice.dialog.start.click()  # a question, then an answer 0.4 cun off: the verdict's words
    seen.read("practice-question", practice.dialog)
    click_at(qtbot, practice, 0.0, 0.4)
    seen.read("practice-answer", practice.dialog)
    assert "寸" in practice.dialog.verdict.text(), practice.dialog.verdict.text()
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            seen.read(type(dialog).__name__, dialog)
            dialog.close()
    find_it = zh_app.features.find_it
    assert find_it.closeups.show_point("BL23", "left")  # Show close-up, beside the figure
    seen.read("window-closeup", window)
    assert find_it.closeups.find_it("BL23", "left")  # Find it: the guide, step by step
    seen.read("window-find-it", window)
    find_it.closeups.close()
    a[ActionId.FINGER_WIDTHS].trigger()  # Help ▸ Your finger widths
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            seen.read(type(dialog).__name__, dialog)
            dialog.close()
    a[ActionId.START_SESSION].trigger()
    qtbot.waitUntil(lambda: zh_app.runner.state.active, timeout=3000)
    seen.read("window-session", window)
    a[ActionId.PARTNER_MODE].setChecked(True)
    seen.read("window-partner", window)
    zh_app.runner.stop()
    assert len(seen.dialogs) >= 15, seen.dialogs
    assert not seen.found, "English left in the Chinese window:\n" + "\n".join(seen.found)


def test_the_chinese_sheet_is_chinese_apart_from_codes_and_names(tmp_path: Path, catalog: Catalog) -> None:
    """``sheet --routine hip-low-back-five --language zh_CN``: every word of its text is Chinese
    but the codes, numbers and names (the articles' titles and the names they give a point);
    every font is embedded."""
    import subprocess

    from .conftest import require_tool
    from .test_sheet import make, pdf_text

    pdf = make(tmp_path, "zh", "--routine", "hip-low-back-five", "--language", "zh_CN")
    text = pdf_text(pdf)
    # pdftotext splits a name where the layout breaks a line: the articles' titles, cited whole
    # in the sources, may break anywhere; their words are names.
    names = proper_names(catalog) | {"WHO", "World", "Health", "Organization", "Western", "Pacific", "Region"}
    names |= ALLOWED
    left = english_words(text, names)
    assert not left, f"English words on the Chinese sheet: {sorted(set(left))}"
    assert "穴位" in text and "做法" in text
    fonts = subprocess.run([require_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows), f"a font is not embedded:\n{fonts}"


def test_the_chinese_progress_report_is_chinese(isolated_user_data: Path, tmp_path: Path, artifacts_dir: Path) -> None:
    """``report --language zh_CN``: headings, table, chart, dates and sentences in Chinese; the
    routine names are what the history logged, and the notes are the person's own words."""
    from datetime import date

    from acupoint_gui.model.history_sample import generate_history

    from .conftest import run_python
    from .test_report_command import pdf_text

    with generate_history(
        isolated_user_data / "history.sqlite3", 8 * 7 * 2, last_day=date(2026, 4, 26), per_day=2
    ) as history:  # the person's own notes are their words, in their language
        notes = {
            word for (note,) in history.db.execute("SELECT note FROM sessions") for word in WORD.findall(note or "")
        }
    out = tmp_path / "report.pdf"
    period = ("--from", "2026-03-02", "--to", "2026-04-26")
    result = run_python("-m", "acupoint_gui", "report", "--language", "zh_CN", "--output", str(out), *period)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    (artifacts_dir / "zh").mkdir(parents=True, exist_ok=True)
    (artifacts_dir / "zh" / "report.txt").write_text(text, encoding="utf-8")
    assert "进展报告" in text and "3月2日 – 2026年4月26日" in text
    from acupoint_gui.model.catalog import load_catalog

    names = {word for routine in load_catalog().routines for word in WORD.findall(routine.name)}
    left = english_words(text, proper_names(load_catalog()) | names | notes | ALLOWED)
    assert not left, f"English words in the Chinese report: {sorted(set(left))}"


def test_a_routines_file_that_cannot_be_imported_is_explained_in_chinese(
    zh_app: Acupoint, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ Import routines… with a file that has problems: the heading and every problem in
    Chinese (its line, its routine and step, what is wrong), the file's name apart."""
    path = tmp_path / "shared.yaml"
    path.write_text(
        "schema: 1\nroutines:\n  - id: evening\n    name: Evening\n    steps:\n"
        "      - point: XX99\n        seconds_per_side: 30\n"
        "      - point: BL23\n        seconds_per_side: 0\n      - point: BL23\n",
        encoding="utf-8",
    )
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, title, text: shown.append((title, text)))
    with qtbot.waitSignal(zh_app.first.routines.warning) as blocker:
        zh_app.first.routines.import_file(path)
    title, text = blocker.args or ("", "")
    assert shown == [(title, text)]
    assert "第 6 行，第 1 个方案，第 1 步：Acupoint 中没有穴位“XX99”。" in text, text
    assert "每侧秒数必须在 5 到 300 之间，而不是 0。" in text and "缺少每侧秒数。" in text, text
    names = proper_names(zh_app.catalog)
    left = english_words(title + "\n" + text.replace(path.name, "").replace(str(tmp_path), ""), names)
    assert not left, f"English in the import dialog: {left}\n{text}"


@pytest.mark.parametrize("error", [errno.EACCES, errno.ENOSPC, errno.EROFS, errno.ENOENT, errno.EIO])
def test_a_file_that_cannot_be_written_is_explained_in_chinese(zh_app: Acupoint, error: int) -> None:
    """The sentence of every "not saved", "not exported" and "PDF not written" message box:
    the file, the reason, what to do, in Chinese (an unusual error in the system's words)."""
    from acupoint_gui.model.named_files import input_problem
    from acupoint_gui.model.storage import describe_write_error

    target = Path("/no/such/folder/计划.pdf")
    text = describe_write_error(target, OSError(error, ""))
    assert text.startswith("Acupoint 无法写入 /no/such/folder/计划.pdf：") and text.endswith("文件夹。"), text
    assert not english_words(text, frozenset()), text
    missing = input_problem(Path("/no/such/file.yaml")) or ""
    assert missing == "Acupoint 无法读取 /no/such/file.yaml：没有这个文件。", missing


def test_the_headless_file_errors_stay_english() -> None:
    """No translator installed (the command line, check-data): the English sentences as before."""
    from acupoint_gui.model.storage import describe_write_error

    text = describe_write_error(Path("/no/x.pdf"), OSError(errno.ENOSPC, "No space"))
    assert text == "Acupoint cannot write to /no/x.pdf: the disk is full. Free some space or choose another folder."


def test_points_added_from_the_map_go_to_a_routine_named_in_chinese(zh_app: Acupoint) -> None:
    """The routine Acupoint makes for them is the person's own: named in their language when it
    is made (its id stays the English one), and found again by that name."""
    zh_app.first.selection.show_point("GB30", Side.LEFT)
    zh_app.first.details.add_button.click()
    zh_app.first.selection.show_point("BL23", Side.LEFT)
    zh_app.first.details.add_button.click()
    [mine] = zh_app.first.library.own
    assert (mine.id, mine.name, mine.description) == ("my-routine", "我的方案", "从图上加入的穴位。")
    assert [step.point for step in mine.steps] == ["GB30", "BL23"]


def test_a_data_folder_that_cannot_be_used_is_told_in_chinese(
    zh_app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Raised before any translation is installed (the chosen language is in that folder); told
    in the system's language, installed just for the message."""
    import os

    from acupoint_gui.app.user_folders import DataFolderError, user_data_dir

    monkeypatch.setenv("ACUPOINT_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(DataFolderError) as raised:
        user_data_dir()
    assert "no permission to write there" in str(raised.value), "English on the terminal"
    words = raised.value.words()
    assert "没有写入权限" in words and str(tmp_path) in words
    told = words.replace(str(tmp_path), "").replace("ACUPOINT_DATA_DIR", "")  # a path and a variable's name
    assert english_words(told, proper_names(zh_app.catalog)) == []
