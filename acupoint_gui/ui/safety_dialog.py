"""The safety notice: what acupressure is and is not, and the red flags that need a doctor."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..model.points import Safety
from ..model.wording import QT_TRANSLATE_NOOP
from .screen_fit import resize_to_fit

# The point texts come from the five articles; these two parts do not, and say so.
NOT_FROM_THE_ARTICLES = QT_TRANSLATE_NOOP(
    "SafetyDialog",
    "The warning signs above are general medical advice, and the studies are named so that you "
    "can look them up: neither comes from the articles the point descriptions are taken from.",
)


def safety_html(safety: Safety) -> str:
    flags = "".join(f"<li>{escape(flag)}</li>" for flag in safety.red_flags)
    # Where the warning signs come from, named: they are not the articles' (see the note below).
    source = f"<p><small>{escape(safety.red_flags_source)}</small></p>" if safety.red_flags_source else ""

    start = escape(QCoreApplication.translate("SafetyDialog", "Before you start"))
    doctor = escape(QCoreApplication.translate("SafetyDialog", "See a doctor first if you have any of these"))
    evidence = escape(QCoreApplication.translate("SafetyDialog", "What the evidence says"))
    not_theirs = escape(QCoreApplication.translate("SafetyDialog", NOT_FROM_THE_ARTICLES))
    return (
        f"<h2>{start}</h2>"
        f"<p>{escape(safety.notice)}</p>"
        f"<h3>{doctor}</h3>"
        f"<ul>{flags}</ul>"
        f"<p><b>{escape(safety.see_a_doctor)}</b></p>"
        f"{source}"
        f"<h3>{evidence}</h3>"
        f"<p>{escape(safety.evidence)}</p>"
        f"<p><i>{not_theirs}</i></p>"
    )


class SafetyDialog(QDialog):
    def __init__(self, safety: Safety, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("safetyDialog")
        self.setWindowTitle(self.tr("Safety and when to see a doctor"))
        text = QTextBrowser()
        text.setOpenLinks(False)
        text.setHtml(safety_html(safety))
        text.setMinimumSize(320, 200)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            self.tr("I understand") if first_run else self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.text = text
        # Big enough to read every warning sign without scrolling, at any font size (the
        # screen permitting): wide for ~75 characters, as tall as the text at that width.
        width = max(520, 75 * self.fontMetrics().averageCharWidth())
        # Measured on a copy: the browser's own document is laid out lazily, a part at a time,
        # so its size can still be short of the whole text here.
        measure = text.document().clone(self)
        measure.setTextWidth(width - 40)
        chrome = buttons.sizeHint().height() + 60
        resize_to_fit(self, width, int(measure.size().height()) + chrome)
