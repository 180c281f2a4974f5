"""The Hash & Sign lab's screen: hash, change one character, sign, tamper, verify, then a toy CA.

The steps come from `trainer.labs.hash_sign.STEPS` and are taken in order:
each one opens when the one before it is done, and each shows the art. 6(3)
criterion of the UNCITRAL Model Law on Electronic Signatures it illustrates.
"""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from trainer.i18n import pick
from trainer.labs.hash_sign import (
    MLES_6_3, STEPS, CertStatus, ToyCA, compare_digests, describe_certificate, generate_key_pair, key_hex,
    sha256_hex, sign, tamper, tamper_signature, verify,
)
from trainer.gui.labs.widgets import LabFooter, Verdict, heading, monospace, paragraph, scrolling

_HIGHLIGHT = "background-color:#ffe9a8; color:#000000;"


def grouped(hex_text: str, size: int = 8) -> str:
    """Hex digits in groups of `size`, so a learner can find a position by eye."""
    return " ".join(hex_text[i:i + size] for i in range(0, len(hex_text), size))


def comparison_html(comparison, labels: tuple[str, str, str], family: str) -> str:
    """Both digests and a row of ^ under every differing hex digit; changed digits are also bold and underlined."""
    changed = set(comparison.differing_positions)

    def digits(digest: str) -> str:
        out = []
        for i, char in enumerate(digest):
            if i and i % 8 == 0:
                out.append(" ")
            out.append(f'<span style="{_HIGHLIGHT}"><b><u>{char}</u></b></span>' if i in changed else char)
        return "".join(out)

    markers = "".join((" " if i and i % 8 == 0 else "") + ("^" if i in changed else " ") for i in range(64))
    cell = f'style="font-family:\'{family}\'; white-space:pre;"'
    rows = [(labels[0], digits(comparison.before)), (labels[1], digits(comparison.after)), (labels[2], markers)]
    body = "".join(f'<tr><td valign="middle">{escape(label)}&nbsp;</td><td {cell}>{value}</td></tr>'
                   for label, value in rows)
    return f'<table cellspacing="0" cellpadding="1">{body}</table>'


class HashSignScreen(QWidget):
    """A wizard over the ten steps: a step list on the left, the current step on the right, Back and Next below."""

    finished = Signal(float)

    def __init__(self, lab, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lab, self.lang = lab, lang
        self.done: set[str] = set()
        self.private_key = self.public_key = self.signature = self.other_public_key = None
        self.signed_text = ""
        self.ca = ToyCA()
        self.certificate = None
        self.mono_family = monospace().family()

        builders = {
            "hash": self._build_hash, "change-one-character": self._build_change,
            "make-keys": self._build_keys, "sign": self._build_sign,
            "verify-untouched": self._build_verify_untouched, "verify-tampered-text": self._build_verify_tampered_text,
            "verify-tampered-signature": self._build_verify_tampered_signature,
            "verify-wrong-key": self._build_verify_wrong_key, "ca-issue": self._build_ca_issue,
            "ca-revoke": self._build_ca_revoke,
        }
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setWordWrap(True)
        self.step_list.setFixedWidth(250)
        self.step_list.setSpacing(2)
        self.pages = QStackedWidget()
        for number, step in enumerate(STEPS, 1):
            self.pages.addWidget(scrolling(self._page(number, step, builders[step.id])))
            self.step_list.addItem(QListWidgetItem())

        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.back_button.clicked.connect(lambda: self._step_by(-1))
        self.next_button.clicked.connect(lambda: self._step_by(1))
        self.position_label = QLabel()
        self.footer = LabFooter(lang)
        self.footer.finish_clicked.connect(self._finish)

        steps_column = QVBoxLayout()
        steps_title = QLabel(self.tr("Ste&ps"))
        steps_title.setBuddy(self.step_list)
        steps_column.addWidget(steps_title)
        steps_column.addWidget(self.step_list)
        body = QHBoxLayout()
        body.addLayout(steps_column)
        body.addWidget(self.pages, 1)
        navigation = QHBoxLayout()
        navigation.addWidget(self.back_button)
        navigation.addStretch()
        navigation.addWidget(self.position_label)
        navigation.addStretch()
        navigation.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(pick(lab.title, lang)))
        layout.addLayout(body, 1)
        layout.addLayout(navigation)
        layout.addWidget(self.footer)

        self.step_list.currentRowChanged.connect(self.go_to)
        self.page_focus = {
            "hash": self.document_edit, "change-one-character": self.tamper_button, "make-keys": self.keys_button,
            "sign": self.sign_button, "verify-untouched": self.verify_untouched_button,
            "verify-tampered-text": self.verify_tampered_text_button,
            "verify-tampered-signature": self.verify_tampered_signature_button,
            "verify-wrong-key": self.verify_wrong_key_button, "ca-issue": self.holder_edit,
            "ca-revoke": self.revoke_button,
        }
        self.document_edit.setPlainText(str(lab.params.get("document") or self.tr("Invoice 001: 12 hats, US$ 480")))
        self._complete("hash")
        self.go_to(0)

    # -- navigation -------------------------------------------------------------------------------

    def reachable(self) -> int:
        """The last step the learner may open: every step up to the first one not yet done."""
        return next((i for i, step in enumerate(STEPS) if step.id not in self.done), len(STEPS) - 1)

    def go_to(self, index: int) -> None:
        if not 0 <= index <= self.reachable():
            self.step_list.setCurrentRow(self.pages.currentIndex())
            return
        self.pages.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        entering = getattr(self, f"_enter_{STEPS[index].id.replace('-', '_')}", None)
        if entering:
            entering()
        self._refresh()

    def _step_by(self, offset: int) -> None:
        """Back or Next, then put the keyboard on what the new step asks the learner to do."""
        self.go_to(self.pages.currentIndex() + offset)
        target = self.page_focus[STEPS[self.pages.currentIndex()].id]
        (target if target.isEnabled() else self.next_button).setFocus()

    def _complete(self, step_id: str) -> None:
        self.done.add(step_id)
        self._refresh()

    def _refresh(self) -> None:
        reachable, current = self.reachable(), self.pages.currentIndex()
        for index, step in enumerate(STEPS):
            item = self.step_list.item(index)
            mark = "✓ " if step.id in self.done else ""
            item.setText(f"{mark}{index + 1}. {pick(step.title, self.lang)}")
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable if index <= reachable else Qt.NoItemFlags)
        self.back_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < len(STEPS) - 1 and STEPS[current].id in self.done)
        self.position_label.setText(self.tr("Step {number} of {total}").format(number=current + 1, total=len(STEPS)))
        if len(self.done) == len(STEPS):
            self.footer.set_status(self.tr("All steps done. Press Finish lab to record it."), True)
        else:
            self.footer.set_status(self.tr("{done} of {total} steps done. Next opens when a step is done.").format(
                done=len(self.done), total=len(STEPS)), False)

    def _finish(self) -> None:
        self.footer.completed(100.0)
        self.finished.emit(100.0)

    # -- pages ------------------------------------------------------------------------------------

    def _page(self, number: int, step, build_action) -> QWidget:
        """One step: its title, what it teaches, what to do, and the art. 6(3) criterion it illustrates."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        title = self.tr("Step {number}: {title}").format(number=number, title=pick(step.title, self.lang))
        layout.addWidget(heading(title, 2))
        layout.addWidget(paragraph(pick(step.lesson, self.lang)))
        build_action(layout)
        law = QGroupBox(self.tr(
            "What this shows in law: UNCITRAL Model Law on Electronic Signatures (2001), art. 6(3)"))
        law_layout = QVBoxLayout(law)
        for letter in step.criteria:
            text = self.tr("Art. 6(3)({letter}): {text}").format(letter=letter, text=pick(MLES_6_3[letter], self.lang))
            criterion = paragraph(text)
            criterion.setObjectName(f"criterion-{letter}")
            law_layout.addWidget(criterion)
        layout.addWidget(law)
        layout.addStretch()
        return page

    def _text_box(self, accessible_name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setAccessibleName(accessible_name)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        return box

    def _hex_label(self) -> QLabel:
        label = QLabel()
        label.setFont(monospace())
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        return label

    def _build_hash(self, layout: QVBoxLayout) -> None:
        self.document_edit = self._text_box(self.tr("Text of the document"))
        title = QLabel(self.tr("&Text of the document (edit it freely):"))
        title.setBuddy(self.document_edit)
        self.digest_label = self._hex_label()
        self.digest_label.setAccessibleName(self.tr("SHA-256 digest"))
        layout.addWidget(title)
        layout.addWidget(self.document_edit)
        layout.addWidget(QLabel(self.tr("Its SHA-256 digest (64 hexadecimal characters):")))
        layout.addWidget(self.digest_label)
        self.document_edit.textChanged.connect(self._document_changed)

    def _document_changed(self) -> None:
        text = self.document_edit.toPlainText()
        self.digest_label.setText(grouped(sha256_hex(text)))
        self.original_label.setText(text)
        self.changed_edit.setPlainText(text)

    def _build_change(self, layout: QVBoxLayout) -> None:
        self.original_label = paragraph()
        self.changed_edit = self._text_box(self.tr("Changed text"))
        changed_title = QLabel(self.tr("C&hanged text (change one character):"))
        changed_title.setBuddy(self.changed_edit)
        self.tamper_button = QPushButton(self.tr("Change one &character for me"))
        self.tamper_button.clicked.connect(
            lambda: self.changed_edit.setPlainText(tamper(self.document_edit.toPlainText())))
        self.comparison_label = QLabel()
        self.comparison_label.setTextFormat(Qt.RichText)
        self.comparison_label.setAccessibleName(self.tr("Digest comparison"))
        self.comparison_summary = paragraph()
        self.comparison_summary.setAccessibleName(self.tr("How much of the digest changed"))
        layout.addWidget(QLabel(self.tr("Original text:")))
        layout.addWidget(self.original_label)
        layout.addWidget(changed_title)
        layout.addWidget(self.changed_edit)
        layout.addWidget(self.tamper_button, 0, Qt.AlignLeft)
        layout.addWidget(self.comparison_label)
        layout.addWidget(self.comparison_summary)
        self.changed_edit.textChanged.connect(self._compare)

    def _compare(self) -> None:
        original, changed = self.document_edit.toPlainText(), self.changed_edit.toPlainText()
        comparison = compare_digests(original, changed)
        labels = (self.tr("Original:"), self.tr("Changed:"), self.tr("Differs:"))
        self.comparison_label.setText(comparison_html(comparison, labels, self.mono_family))
        positions = ", ".join(str(p + 1) for p in comparison.differing_positions) or "—"
        self.comparison_label.setAccessibleDescription(
            self.tr("Hex positions that differ: {positions}").format(positions=positions))
        self.comparison_summary.setText(comparison.summary(self.lang))
        self.changed_positions = comparison.differing_positions
        if original != changed:
            self._complete("change-one-character")
        else:
            self.done.discard("change-one-character")
            self._refresh()

    def _build_keys(self, layout: QVBoxLayout) -> None:
        self.keys_button = QPushButton(self.tr("&Generate key pair"))
        self.keys_button.clicked.connect(self._generate_keys)
        self.public_key_label = self._hex_label()
        self.public_key_label.setAccessibleName(self.tr("Public key"))
        self.private_key_label = paragraph()
        layout.addWidget(self.keys_button, 0, Qt.AlignLeft)
        layout.addWidget(self.public_key_label)
        layout.addWidget(self.private_key_label)

    def _generate_keys(self) -> None:
        self.private_key, self.public_key = generate_key_pair()
        key = grouped(key_hex(self.public_key))
        self.public_key_label.setText(self.tr("Public key (share it): {key}").format(key=key))
        self.private_key_label.setText(self.tr(
            "Private key: made on this computer and kept only in this lab's memory. It is never shown, saved or sent."))
        self.keys_button.setEnabled(False)
        self._complete("make-keys")

    def _build_sign(self, layout: QVBoxLayout) -> None:
        self.to_sign_label = paragraph()
        self.sign_button = QPushButton(self.tr("&Sign with the private key"))
        self.sign_button.clicked.connect(self._sign)
        self.signature_label = self._hex_label()
        self.signature_label.setAccessibleName(self.tr("Signature"))
        layout.addWidget(QLabel(self.tr("Document to sign:")))
        layout.addWidget(self.to_sign_label)
        layout.addWidget(self.sign_button, 0, Qt.AlignLeft)
        layout.addWidget(self.signature_label)

    def _enter_sign(self) -> None:
        self.to_sign_label.setText(self.document_edit.toPlainText())

    def _sign(self) -> None:
        self.signed_text = self.document_edit.toPlainText()
        self.signature = sign(self.private_key, self.signed_text)
        signature = grouped(self.signature.hex())
        self.signature_label.setText(self.tr("Signature (64 bytes): {signature}").format(signature=signature))
        self.tampered_edit.setPlainText(tamper(self.signed_text))
        self._complete("sign")

    def _signature_verdict(self, verdict: Verdict, ok: bool) -> None:
        if ok:
            verdict.set_result(True, self.tr("Valid: the matching private key signed exactly this text."))
        else:
            verdict.set_result(False, self.tr(
                "Verification failed: the signature does not match this text and this public key."))

    def _build_verify_untouched(self, layout: QVBoxLayout) -> None:
        self.untouched_label = paragraph()
        self.verify_untouched_button = QPushButton(self.tr("&Verify"))
        self.untouched_verdict = Verdict()
        self.untouched_verdict.setAccessibleName(self.tr("Verification result"))
        self.verify_untouched_button.clicked.connect(self._verify_untouched)
        layout.addWidget(self.untouched_label)
        layout.addWidget(self.verify_untouched_button, 0, Qt.AlignLeft)
        layout.addWidget(self.untouched_verdict)

    def _enter_verify_untouched(self) -> None:
        self.untouched_label.setText(self.tr("Text received: \"{text}\"\nSigner's public key: {key}…").format(
            text=self.signed_text, key=key_hex(self.public_key)[:16]))

    def _verify_untouched(self) -> None:
        self._signature_verdict(self.untouched_verdict, verify(self.public_key, self.signed_text, self.signature))
        self._complete("verify-untouched")

    def _build_verify_tampered_text(self, layout: QVBoxLayout) -> None:
        self.tampered_edit = self._text_box(self.tr("Text received"))
        title = QLabel(self.tr("&Text received (one character was changed on the way; edit it if you like):"))
        title.setWordWrap(True)
        title.setBuddy(self.tampered_edit)
        self.verify_tampered_text_button = QPushButton(self.tr("&Verify the text received"))
        self.tampered_text_verdict = Verdict()
        self.tampered_text_verdict.setAccessibleName(self.tr("Verification result"))
        self.verify_tampered_text_button.clicked.connect(self._verify_tampered_text)
        layout.addWidget(title)
        layout.addWidget(self.tampered_edit)
        layout.addWidget(self.verify_tampered_text_button, 0, Qt.AlignLeft)
        layout.addWidget(self.tampered_text_verdict)

    def _verify_tampered_text(self) -> None:
        ok = verify(self.public_key, self.tampered_edit.toPlainText(), self.signature)
        self._signature_verdict(self.tampered_text_verdict, ok)
        self._complete("verify-tampered-text")

    def _build_verify_tampered_signature(self, layout: QVBoxLayout) -> None:
        self.tampered_signature_label = QLabel()
        self.tampered_signature_label.setWordWrap(True)
        self.tampered_signature_label.setTextFormat(Qt.RichText)
        self.tampered_signature_label.setAccessibleName(self.tr("Signature received"))
        self.verify_tampered_signature_button = QPushButton(self.tr("&Verify the signature received"))
        self.tampered_signature_verdict = Verdict()
        self.tampered_signature_verdict.setAccessibleName(self.tr("Verification result"))
        self.verify_tampered_signature_button.clicked.connect(self._verify_tampered_signature)
        layout.addWidget(self.tampered_signature_label)
        layout.addWidget(self.verify_tampered_signature_button, 0, Qt.AlignLeft)
        layout.addWidget(self.tampered_signature_verdict)

    def _enter_verify_tampered_signature(self) -> None:
        received = tamper_signature(self.signature).hex()
        digits = f'<span style="{_HIGHLIGHT}"><b><u>{received[:2]}</u></b></span>{grouped(received)[2:]}'
        explanation = self.tr(
            "The text is the original, but the first byte of the signature changed from {before} to {after} "
            "(bold, underlined):").format(before=self.signature.hex()[:2], after=received[:2])
        self.tampered_signature_label.setText(
            f'{escape(explanation)}<br><span style="font-family:\'{self.mono_family}\';">{digits}</span>')

    def _verify_tampered_signature(self) -> None:
        ok = verify(self.public_key, self.signed_text, tamper_signature(self.signature))
        self._signature_verdict(self.tampered_signature_verdict, ok)
        self._complete("verify-tampered-signature")

    def _build_verify_wrong_key(self, layout: QVBoxLayout) -> None:
        self.verify_wrong_key_button = QPushButton(self.tr("&Verify with another person's public key"))
        self.other_key_label = self._hex_label()
        self.wrong_key_verdict = Verdict()
        self.wrong_key_verdict.setAccessibleName(self.tr("Verification result"))
        self.verify_wrong_key_button.clicked.connect(self._verify_wrong_key)
        layout.addWidget(self.verify_wrong_key_button, 0, Qt.AlignLeft)
        layout.addWidget(self.other_key_label)
        layout.addWidget(self.wrong_key_verdict)

    def _verify_wrong_key(self) -> None:
        if self.other_public_key is None:
            self.other_public_key = generate_key_pair()[1]
        self.other_key_label.setText(self.tr("Signer's public key: {mine}…\nPublic key used: {other}…").format(
            mine=key_hex(self.public_key)[:16], other=key_hex(self.other_public_key)[:16]))
        self._signature_verdict(self.wrong_key_verdict, verify(self.other_public_key, self.signed_text, self.signature))
        self._complete("verify-wrong-key")

    def _build_ca_issue(self, layout: QVBoxLayout) -> None:
        self.holder_edit = QLineEdit(self.tr("My export company"))
        self.holder_edit.setAccessibleName(self.tr("Holder's name"))
        holder_title = QLabel(self.tr("&Holder's name:"))
        holder_title.setBuddy(self.holder_edit)
        holder_row = QHBoxLayout()
        holder_row.addWidget(holder_title)
        holder_row.addWidget(self.holder_edit, 1)
        self.issue_button = QPushButton(self.tr("&Issue certificate"))
        self.issue_button.clicked.connect(self._issue)
        self.certificate_label = paragraph()
        self.certificate_label.setAccessibleName(self.tr("Certificate"))
        self.check_button = QPushButton(self.tr("Chec&k the certificate"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self._check_issued)
        self.issued_verdict = Verdict()
        self.issued_verdict.setAccessibleName(self.tr("Certificate status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch()
        layout.addLayout(holder_row)
        layout.addLayout(buttons)
        layout.addWidget(self.certificate_label)
        layout.addWidget(self.issued_verdict)

    def _issue(self) -> None:
        holder = self.holder_edit.text().strip() or self.tr("My export company")
        self.certificate = self.ca.issue(holder, self.public_key)
        self.certificate_label.setText(describe_certificate(self.certificate, self.lang))
        self.issue_button.setEnabled(False)
        self.holder_edit.setEnabled(False)
        self.check_button.setEnabled(True)
        self.check_button.setFocus()

    def _check_issued(self) -> None:
        status = self.ca.check(self.certificate)
        self.issued_verdict.set_result(status is CertStatus.VALID, status.explain(self.lang))
        self._complete("ca-issue")

    def _build_ca_revoke(self, layout: QVBoxLayout) -> None:
        self.revoke_certificate_label = paragraph()
        self.revoke_certificate_label.setAccessibleName(self.tr("Certificate"))
        self.revoke_button = QPushButton(self.tr("&Revoke the certificate"))
        self.revoke_button.clicked.connect(self._revoke)
        self.revoked_label = paragraph()
        self.recheck_button = QPushButton(self.tr("Check it &again"))
        self.recheck_button.setEnabled(False)
        self.recheck_button.clicked.connect(self._check_revoked)
        self.revoked_verdict = Verdict()
        self.revoked_verdict.setAccessibleName(self.tr("Certificate status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.recheck_button)
        buttons.addStretch()
        layout.addWidget(self.revoke_certificate_label)
        layout.addLayout(buttons)
        layout.addWidget(self.revoked_label)
        layout.addWidget(self.revoked_verdict)

    def _enter_ca_revoke(self) -> None:
        self.revoke_certificate_label.setText(describe_certificate(self.certificate, self.lang))

    def _revoke(self) -> None:
        self.ca.revoke(self.certificate)
        self.revoked_label.setText(self.tr("The authority put the certificate on its revocation list."))
        self.revoke_button.setEnabled(False)
        self.recheck_button.setEnabled(True)
        self.recheck_button.setFocus()

    def _check_revoked(self) -> None:
        status = self.ca.check(self.certificate)
        self.revoked_verdict.set_result(status is CertStatus.VALID, status.explain(self.lang))
        self._complete("ca-revoke")
