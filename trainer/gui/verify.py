"""Checking a certificate on this laptop: by the code on the paper, the text of its QR code, or its PDF.

The answer is a symbol and a word, large (not a colour alone), with why, and the
signed facts laid out so a person can compare them line by line with the paper.
When a PDF's page does not show what its statement signed, the signed facts are
marked one by one (on the page or not) beside the text the page really shows.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from trainer.gui.console.common import OK_TEXT as OK_MARK, error_text
from trainer.gui.operations import run_in_background
from trainer.gui.theme import text_color
from trainer.gui.widgets import heading, muted

# trainer.certificates.verification.PAGE_MISMATCH (not imported here: that module loads SQLAlchemy)
PAGE_MISMATCH = "page does not match its signed statement"
COLORS = {"valid": "#1b5e20", "altered": "#a4161a", "revoked": "#a4161a", "unknown key": "#6a4c00",
          "unknown code": "#6a4c00", PAGE_MISMATCH: "#a4161a", "error": "#a4161a"}
SYMBOLS = {"valid": "✓", "altered": "✗", "revoked": "⊘", "unknown key": "?", "unknown code": "?",
           PAGE_MISMATCH: "✗", "error": "⚠"}
COMPARED = ("name", "code", "course", "hours", "organization")  # the facts a page is checked for
WRONG_MARK = "✗"
OK_COLOR, WRONG_COLOR = "#1b5e20", "#a4161a"


@dataclass(frozen=True)
class Detail:
    """What the dialog shows beside a verdict: for a page that does not match, its text and the signed facts it
    lacks; for an unknown key, whether a bundle offered it (so it can be approved in the console)."""

    page_text: str | None = None
    missing: tuple[str, ...] = ()
    offered: bool = False


def with_details(verdicts: list, path: Path | None = None) -> tuple[list, list[Detail]]:
    """The verdicts and, for each, what else to show (read off the GUI thread: the PDF and the offered keys)."""
    from trainer.certificates.keys import offered_keys
    from trainer.certificates.verification import UNKNOWN_KEY, page_differences, page_texts

    mismatched = path is not None and any(v.status == PAGE_MISMATCH for v in verdicts)
    texts = page_texts(Path(path).read_bytes()) if mismatched else None
    offered = offered_keys() if any(v.status == UNKNOWN_KEY for v in verdicts) else {}
    details = []
    for verdict in verdicts:
        text = None
        if texts and verdict.status == PAGE_MISMATCH and verdict.page and verdict.page <= len(texts):
            text = texts[verdict.page - 1]
        missing = tuple(field for field, _value in page_differences(verdict.facts, text)) \
            if text is not None and verdict.facts is not None else ()
        details.append(Detail(text, missing, verdict.facts is not None and verdict.facts.key_id in offered))
    return verdicts, details


def verify_subject(db, subject: str) -> tuple[list, list[Detail]]:
    """What `verify` answers for a code, a statement or a PDF's path, with the details to show."""
    from trainer.certificates.verification import verify

    verdicts = verify(db, subject)
    path = Path(subject) if "|" not in subject and Path(subject).is_file() else None
    return with_details(verdicts, path)


def verify_pdf_file(db, path: Path) -> tuple[list, list[Detail]]:
    from trainer.certificates.verification import verify_pdf

    return with_details(verify_pdf(db, path), path)


class VerifyDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.verdicts: list = []
        self.details: list[Detail] = []
        self.busy = False
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.resize(760, 600)

        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("TRN-7K3Q-M9XA, or paste the text a phone shows for the QR code"))
        self.subject.setClearButtonEnabled(True)
        self.subject.setAccessibleName(self.tr("Certificate code or QR code text"))
        self.subject.returnPressed.connect(self.verify_typed)
        subject_label = QLabel(self.tr("&Code or QR text:"))
        subject_label.setBuddy(self.subject)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify_typed)
        self.pdf_button = QPushButton(self.tr("Choose &PDF…"))
        self.pdf_button.setShortcut(QKeySequence.Open)
        self.pdf_button.clicked.connect(self.verify_chosen_pdf)
        row = QHBoxLayout()
        row.addWidget(subject_label)
        row.addWidget(self.subject, 1)
        row.addWidget(self.verify_button)
        row.addWidget(self.pdf_button)

        self.verdict = QLabel()
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hint = QLabel()  # how the page was checked, or where to approve an offered key
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.page_choice = QComboBox()
        self.page_choice.setAccessibleName(self.tr("Certificate in this PDF"))
        self.page_choice.currentIndexChanged.connect(self.show_verdict)
        self.page_label = QLabel(self.tr("Certificate in this P&DF:"))
        self.page_label.setBuddy(self.page_choice)
        pages = QHBoxLayout()
        pages.addWidget(self.page_label)
        pages.addWidget(self.page_choice, 1)
        self.answer = QFrame()
        self.answer.setFrameShape(QFrame.StyledPanel)
        answer_layout = QVBoxLayout(self.answer)
        answer_layout.addLayout(pages)
        answer_layout.addWidget(self.verdict)
        answer_layout.addWidget(self.why)
        answer_layout.addWidget(self.hint)

        self.facts_box = QGroupBox(self.tr("What the certificate states (signed)"))
        self.facts = QFormLayout(self.facts_box)
        self.facts.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fact_values: dict[str, QLabel] = {}
        self.fact_marks: dict[str, QLabel] = {}  # on the page or not, for a page that does not match
        for key, text in (("name", self.tr("Name")), ("kind", self.tr("Certificate")), ("course", self.tr("Course")),
                          ("modules", self.tr("Modules")), ("hours", self.tr("Hours")), ("dates", self.tr("Dates")),
                          ("place", self.tr("Place")), ("trainer", self.tr("Trainer")),
                          ("organization", self.tr("Organization")), ("issued", self.tr("Issued on")),
                          ("code", self.tr("Code"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
            value.setAccessibleName(text)
            label = QLabel(text + ":")
            label.setBuddy(value)
            field = value
            if key in COMPARED:
                mark = QLabel()
                mark.setTextInteractionFlags(Qt.TextSelectableByMouse)
                mark.hide()
                field = QWidget()
                line = QHBoxLayout(field)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(value, 1)
                line.addWidget(mark, 0, Qt.AlignTop)
                self.fact_marks[key] = mark
            self.facts.addRow(label, field)
            self.fact_values[key] = value
        self.compare = muted(self.tr("Compare each line with the paper: any difference means the paper was changed "
                                     "after it was signed."))
        self.page_box = QGroupBox()
        self.page_text = QPlainTextEdit()
        self.page_text.setReadOnly(True)
        self.page_text.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.page_text.setAccessibleName(self.tr("Text of the page, as read from the PDF"))
        page_layout = QVBoxLayout(self.page_box)
        page_layout.addWidget(muted(self.tr("Its text, as read from the PDF:")))
        page_layout.addWidget(self.page_text, 1)
        self.page_box.hide()
        compared = QHBoxLayout()
        compared.addWidget(self.facts_box, 3)
        compared.addWidget(self.page_box, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Verify a certificate"), 16))
        layout.addWidget(muted(self.tr("Type the code printed on the certificate, paste the text a phone's QR reader "
                                       "shows, or choose the certificate's PDF. Nothing leaves this laptop.")))
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addLayout(compared)
        layout.addWidget(self.compare)
        layout.addStretch(1)  # the page's text takes this room when it is shown
        layout.addWidget(buttons)
        self.compared_index = layout.indexOf(compared)
        self.clear_answer()

    # -- asking --------------------------------------------------------------------------------------------

    def choose_pdf(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a certificate PDF"), str(Path.home()),
                                                    self.tr("PDF files (*.pdf)"),
                                                    options=QFileDialog.DontUseNativeDialog)
        return Path(path) if path else None

    def verify_typed(self) -> None:
        subject = self.subject.text().strip()
        self.subject.setCursorPosition(0)  # a long QR text shows its beginning: TRN1|TRN-…
        if subject:
            db = self.context.database
            self.run(lambda progress: verify_subject(db, subject))

    def verify_chosen_pdf(self) -> None:
        path = self.choose_pdf()
        if path is not None:
            self.verify_pdf(path)

    def verify_pdf(self, path: Path) -> None:
        db = self.context.database
        self.subject.setText(str(path))
        self.run(lambda progress: verify_pdf_file(db, path))

    def run(self, work) -> None:
        """Verify off the GUI thread: a PDF may be large, and the keys are read from disk."""
        if self.busy:
            return
        self.busy = True
        self.verify_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.clear_answer()
        self.why.setText(self.tr("Checking…"))
        self.answer.show()
        run_in_background(work, self.answered, self.failed)

    def _idle(self) -> None:
        self.busy = False
        self.verify_button.setEnabled(True)
        self.pdf_button.setEnabled(True)

    # -- the answer ----------------------------------------------------------------------------------------

    def word(self, status: str) -> str:
        return {"valid": self.tr("Valid"), "altered": self.tr("Altered"), "revoked": self.tr("Revoked"),
                "unknown key": self.tr("Unknown key"), "unknown code": self.tr("Unknown code"),
                PAGE_MISMATCH: self.tr("Page does not match"), "error": self.tr("Cannot check")}[status]

    def answered(self, result: tuple[list, list[Detail]]) -> None:
        self._idle()
        verdicts, self.details = result
        self.verdicts = verdicts
        self.page_choice.blockSignals(True)
        self.page_choice.clear()
        for number, verdict in enumerate(verdicts, start=1):
            name = verdict.facts.name if verdict.facts else "?"
            self.page_choice.addItem(f"{number}. {SYMBOLS[verdict.status]} {self.word(verdict.status)} — {name}")
        self.page_choice.blockSignals(False)
        several = len(verdicts) > 1
        self.page_label.setVisible(several)
        self.page_choice.setVisible(several)
        if several:
            valid = sum(v.valid for v in verdicts)
            self.page_label.setText(self.tr("{valid} of {count} certificates in this PDF are valid. "
                                            "Sho&w:").format(valid=valid, count=len(verdicts)))
        first = next((i for i, verdict in enumerate(verdicts) if not verdict.valid), 0)  # a problem first
        self.page_choice.setCurrentIndex(first)
        self.show_verdict(first)

    def show_verdict(self, index: int) -> None:
        if not 0 <= index < len(self.verdicts):
            return
        verdict = self.verdicts[index]
        detail = self.details[index] if index < len(self.details) else Detail()
        self.set_status(verdict.status, verdict.message(self.context.lang))
        self.show_facts(verdict.facts)
        signed = verdict.status in ("valid", "revoked", PAGE_MISMATCH)
        self.facts_box.setTitle(self.tr("What the certificate states (signed)") if signed else
                                self.tr("What it says (not confirmed by a valid signature)"))
        self.compare.setVisible(signed)
        self.show_hint(verdict, detail)
        self.show_page(verdict, detail)

    def show_hint(self, verdict, detail: Detail) -> None:
        """How the PDF's page was checked, or where an offered key is approved in the console."""
        text = ""
        if verdict.status == "valid" and verdict.page_checked is True:
            text = OK_MARK + " " + self.tr("Page {page} shows the signed name, code, course, hours and "
                                          "organization.").format(page=verdict.page)
        elif verdict.status == "valid" and verdict.page_checked is False:
            text = self.tr("The text of page {page} could not be read: compare that page with the facts below by "
                           "eye.").format(page=verdict.page)
        elif verdict.status == "unknown key" and detail.offered:
            text = self.tr("A trainer or organizer approves it in the Trainer console: Certificates ▸ Keys offered "
                           "by bundles ▸ Approve this key…")
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def show_page(self, verdict, detail: Detail) -> None:
        """For a page that does not match: each signed fact marked on the page or not, and what the page says."""
        mismatch = verdict.status == PAGE_MISMATCH and detail.page_text is not None
        for key, mark in self.fact_marks.items():
            missing = key in detail.missing
            mark.setText((WRONG_MARK + " " + self.tr("not on page {page}") if missing else
                          OK_MARK + " " + self.tr("on page {page}")).format(page=verdict.page))
            mark.setStyleSheet(f"color: {text_color(WRONG_COLOR if missing else OK_COLOR, self.palette())}; "
                               "font-weight: bold;")
            mark.setVisible(mismatch)
        self.page_box.setVisible(mismatch)
        self.main_layout.setStretch(self.compared_index, 1 if mismatch else 0)
        self.main_layout.setStretch(self.compared_index + 2, 0 if mismatch else 1)
        if mismatch:
            self.page_box.setTitle(self.tr("What page {page} shows").format(page=verdict.page))
            lines = (line.strip() for line in detail.page_text.splitlines())
            self.page_text.setPlainText("\n".join(line for line in lines if line))

    def failed(self, error: Exception) -> None:
        self._idle()
        self.verdicts, self.details = [], []
        self.set_status("error", error_text(error, self.context.lang))
        self.show_facts(None)
        self.hide_page_check()

    def hide_page_check(self) -> None:
        self.hint.hide()
        self.page_box.hide()
        self.main_layout.setStretch(self.compared_index, 0)
        self.main_layout.setStretch(self.compared_index + 2, 1)
        for mark in self.fact_marks.values():
            mark.hide()

    def set_status(self, status: str, why: str) -> None:
        self.status = status
        text = f"{SYMBOLS[status]}  {self.word(status)}"
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {text_color(COLORS[status], self.palette())};")
        self.verdict.setAccessibleName(text)
        self.why.setText(why)
        self.why.setAccessibleName(why)
        self.answer.show()

    def show_facts(self, facts) -> None:
        from trainer.certificates.issuing import module_titles
        from trainer.certificates.pdf import format_date, format_hours, format_period

        lang = self.context.lang
        values = dict.fromkeys(self.fact_values, "")
        if facts is not None:
            kinds = {"completion": self.tr("Completion"), "participation": self.tr("Participation")}
            values.update(
                name=facts.name, kind=kinds.get(facts.kind, facts.kind), course=facts.course,
                modules=" · ".join(module_titles(self.context.course(facts.course_id), facts)),
                hours=format_hours(facts.hours, lang),
                dates=format_period(*facts.period, lang) if facts.period else "—", place=facts.place or "—",
                trainer=facts.trainer or "—", organization=facts.organization,
                issued=format_date(facts.issued_on, lang), code=facts.code)
        for key, label in self.fact_values.items():
            label.setText(values[key])
        self.facts_box.setEnabled(facts is not None)

    def clear_answer(self) -> None:
        self.verdicts, self.details = [], []
        self.status = None
        self.verdict.clear()
        self.why.clear()
        self.hint.clear()
        self.hide_page_check()
        self.page_label.hide()
        self.page_choice.hide()
        self.answer.hide()
        self.compare.hide()
        self.show_facts(None)
