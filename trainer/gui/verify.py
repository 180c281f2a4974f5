"""Checking a certificate on this laptop: by the code on the paper, the text of its QR code, or its PDF.

The answer is a symbol and a word, large (not a colour alone), with why, and the
signed facts laid out so a person can compare them line by line with the paper.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from trainer.gui.console.common import error_text
from trainer.gui.operations import run_in_background
from trainer.gui.widgets import heading, muted

COLORS = {"valid": "#1b5e20", "altered": "#a4161a", "revoked": "#a4161a", "unknown key": "#6a4c00",
          "unknown code": "#6a4c00", "error": "#a4161a"}
SYMBOLS = {"valid": "✓", "altered": "✗", "revoked": "⊘", "unknown key": "?", "unknown code": "?", "error": "⚠"}


class VerifyDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.verdicts: list = []
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

        self.facts_box = QGroupBox(self.tr("What the certificate states (signed)"))
        self.facts = QFormLayout(self.facts_box)
        self.facts.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fact_values: dict[str, QLabel] = {}
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
            self.facts.addRow(label, value)
            self.fact_values[key] = value
        self.compare = muted(self.tr("Compare each line with the paper: any difference means the paper was changed "
                                     "after it was signed."))

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Verify a certificate"), 16))
        layout.addWidget(muted(self.tr("Type the code printed on the certificate, paste the text a phone's QR reader "
                                       "shows, or choose the certificate's PDF. Nothing leaves this laptop.")))
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addWidget(self.facts_box)
        layout.addWidget(self.compare)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.clear_answer()

    # -- asking --------------------------------------------------------------------------------------------

    def choose_pdf(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a certificate PDF"), str(Path.home()),
                                                    self.tr("PDF files (*.pdf)"),
                                                    options=QFileDialog.DontUseNativeDialog)
        return Path(path) if path else None

    def verify_typed(self) -> None:
        from trainer.certificates.verification import verify

        subject = self.subject.text().strip()
        self.subject.setCursorPosition(0)  # a long QR text shows its beginning: TRN1|TRN-…
        if subject:
            db = self.context.database
            self.run(lambda progress: verify(db, subject))

    def verify_chosen_pdf(self) -> None:
        path = self.choose_pdf()
        if path is not None:
            self.verify_pdf(path)

    def verify_pdf(self, path: Path) -> None:
        from trainer.certificates.verification import verify_pdf

        db = self.context.database
        self.subject.setText(str(path))
        self.run(lambda progress: verify_pdf(db, path))

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
                "error": self.tr("Cannot check")}[status]

    def answered(self, verdicts: list) -> None:
        self._idle()
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
        self.set_status(verdict.status, verdict.message(self.context.lang))
        self.show_facts(verdict.facts)
        signed = verdict.status in ("valid", "revoked")
        self.facts_box.setTitle(self.tr("What the certificate states (signed)") if signed else
                                self.tr("What it says (not confirmed by a valid signature)"))
        self.compare.setVisible(signed)

    def failed(self, error: Exception) -> None:
        self._idle()
        self.verdicts = []
        self.set_status("error", error_text(error, self.context.lang))
        self.show_facts(None)

    def set_status(self, status: str, why: str) -> None:
        self.status = status
        text = f"{SYMBOLS[status]}  {self.word(status)}"
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {COLORS[status]};")
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
        self.verdicts = []
        self.status = None
        self.verdict.clear()
        self.why.clear()
        self.page_label.hide()
        self.page_choice.hide()
        self.answer.hide()
        self.compare.hide()
        self.show_facts(None)
