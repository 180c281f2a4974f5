"""Setting up the organization on a laptop that has no trainer or organizer yet (Trainer menu).

One dialog names the organization (and its logo), its first organizer with a
PIN of 6 to 8 digits, and the passphrase that protects the key certificates
are signed with. `trainer.trust.set_up_organization` does the work, off the
GUI thread; the passphrase is never stored.
"""

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from trainer.countries import COUNTRIES, country_name
from trainer.errors import UserError
from trainer.gui.widgets import ErrorLine, muted

LEADER_PIN = re.compile(r"^\d{6,8}$")
MIN_PASSPHRASE = 8


def secret_field(name: str, placeholder: str = "") -> QLineEdit:
    """A line whose text is not shown (PINs, passphrases)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setAccessibleName(name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def warning_label(text: str) -> QLabel:
    """A plain warning that must be read: a sign, bold, wrapped; it does not rely on its colour."""
    label = QLabel(f"⚠ {text}")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold; color: #7a4a00;")
    label.setAccessibleName(text)
    return label


class SetUpDialog(QDialog):
    """The organization, its first organizer (PIN twice) and the signing key's passphrase (twice)."""

    done_setting_up = Signal(object)  # the first organizer's trainer.trust.Proof

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.logo_path: Path | None = None
        self.running = False
        self.setWindowTitle(self.tr("Set up the organization on this laptop"))
        self.setMinimumWidth(600)

        self.org_name = QLineEdit()
        self.org_name.setAccessibleName(self.tr("Organization name"))
        self.logo_label = QLabel(self.tr("(default logo)"))
        self.logo_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        org_box = QGroupBox(self.tr("Organization (printed on certificates)"))
        org_form = QFormLayout(org_box)
        org_form.addRow(self.tr("&Name:"), self.org_name)
        org_form.addRow(self.tr("Logo (optional):"), logo_row)

        self.name = QLineEdit()
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("empty: the organization above"))
        self.country = QComboBox()
        self.country.addItem(self.tr("(choose)"), "")
        for code in sorted(COUNTRIES, key=lambda c: country_name(c, context.lang)):
            self.country.addItem(country_name(code, context.lang), code)
        self.email = QLineEdit()
        self.pin = secret_field(self.tr("PIN"), self.tr("6 to 8 digits"))
        self.pin_again = secret_field(self.tr("PIN again"))
        person_box = QGroupBox(self.tr("First organizer (you)"))
        person_layout = QVBoxLayout(person_box)
        person_form = QFormLayout()
        person_layout.addLayout(person_form)
        for label, widget in ((self.tr("Your na&me:"), self.name), (self.tr("Your or&ganization:"), self.organization),
                              (self.tr("Countr&y:"), self.country), (self.tr("&E-mail:"), self.email),
                              (self.tr("&PIN:"), self.pin), (self.tr("PIN &again:"), self.pin_again)):
            person_form.addRow(label, widget)
            if not widget.accessibleName():
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        person_layout.addWidget(muted(self.tr("You type this PIN to open the trainer console. In the console you "
                                              "can make other people trainers or organizers.")))

        self.passphrase = secret_field(self.tr("Passphrase"), self.tr("at least 8 characters"))
        self.passphrase_again = secret_field(self.tr("Passphrase again"))
        key_box = QGroupBox(self.tr("Passphrase for signing certificates"))
        key_layout = QVBoxLayout(key_box)
        key_form = QFormLayout()
        key_form.addRow(self.tr("Pa&ssphrase:"), self.passphrase)
        key_form.addRow(self.tr("Passp&hrase again:"), self.passphrase_again)
        key_layout.addLayout(key_form)
        self.warning = warning_label(self.tr(
            "Write the passphrase down and keep it somewhere safe. It cannot be recovered: nobody can reset it, "
            "and without it this laptop cannot sign certificates for the organization. It is asked for each time "
            "certificates are signed."))
        key_layout.addWidget(self.warning)

        self.error = ErrorLine()
        self.status = muted("")
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.set_up_button = self.buttons.addButton(self.tr("Se&t up"), QDialogButtonBox.AcceptRole)
        self.set_up_button.setDefault(True)
        self.buttons.accepted.connect(self.set_up)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(muted(self.tr(
            "This laptop has no trainer or organizer yet. Name the organization that signs the certificates and "
            "its first organizer. Afterwards, only a trainer or organizer of this laptop can give these roles.")))
        body_layout.addWidget(org_box)
        body_layout.addWidget(person_box)
        body_layout.addWidget(key_box)
        body_layout.addStretch(1)
        self.scroll = QScrollArea()  # a small screen scrolls the form instead of squeezing it
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)  # outside the scrolled form: always in sight
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.body = body
        self.org_name.setFocus()

    def showEvent(self, event) -> None:
        """As tall as the form, within the screen (a window is otherwise held to 2/3 of the screen's height)."""
        super().showEvent(event)
        if getattr(self, "_sized", False):
            return
        self._sized = True
        width = max(self.minimumWidth(), self.width())
        margins = self.layout().contentsMargins()
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()  # measured as if it showed: no re-wrap
        body = self.body.heightForWidth(width - margins.left() - margins.right() - scrollbar)
        wanted = (body if body > 0 else self.body.sizeHint().height()) + self.buttons.sizeHint().height() \
            + self.layout().spacing() + margins.top() + margins.bottom() + 8
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(wanted, screen.height() - 60) if screen else wanted
        self.resize(width, height)
        if screen is not None:
            self.move(screen.center().x() - width // 2, max(screen.top(), screen.center().y() - height // 2))

    # -- the logo (tests replace the chooser) ------------------------------------------------------------

    def choose_logo_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the organization's logo"), str(Path.home()),
                                                    self.tr("Images (*.png *.jpg *.jpeg)"),
                                                    options=QFileDialog.DontUseNativeDialog)
        return Path(path) if path else None

    def choose_logo(self) -> None:
        path = self.choose_logo_file()
        if path is not None:
            self.logo_path = path
            self.logo_label.setText(path.name)
            self.logo_label.setToolTip(str(path))

    # -- setting up ----------------------------------------------------------------------------------------

    def problem(self) -> str | None:
        """What to fix before anything runs, in the order of the form."""
        if not self.org_name.text().strip():
            return self.tr("The organization needs a name.")
        if not self.name.text().strip():
            return self.tr("Type your name: you are the first organizer.")
        if not LEADER_PIN.match(self.pin.text()):
            return self.tr("The PIN must have 6 to 8 digits.")
        if self.pin.text() != self.pin_again.text():
            return self.tr("The two PINs are not the same.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {count} characters.").format(count=MIN_PASSPHRASE)
        if self.passphrase.text() != self.passphrase_again.text():
            return self.tr("The two passphrases are not the same.")
        return None

    def set_up(self) -> None:
        from trainer.gui.operations import run_in_background
        from trainer.people.service import ProfileInput
        from trainer.trust import set_up_organization

        if self.running:
            return
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return
        leader = ProfileInput(name=self.name.text(), organization=self.organization.text() or self.org_name.text(),
                              country=self.country.currentData(), email=self.email.text(),
                              language=self.context.lang)
        try:
            leader.cleaned()
        except UserError as error:
            self.error.show_error(error.message(self.context.lang))
            return
        db, name, pin, passphrase = self.context.database, self.org_name.text(), self.pin.text(), \
            self.passphrase.text()
        logo = str(self.logo_path) if self.logo_path else None
        self.running = True
        self.error.hide()
        self.status.setText(self.tr("Setting up: making the organization's signing key…"))
        self.status.show()
        self.update_buttons()
        run_in_background(lambda progress: set_up_organization(db, name, leader, pin, passphrase, logo),
                          self.finished_setting_up, self.failed)

    def update_buttons(self) -> None:
        self.set_up_button.setEnabled(not self.running)
        self.cancel_button.setEnabled(not self.running)

    def forget_secrets(self) -> None:
        for field in (self.pin, self.pin_again, self.passphrase, self.passphrase_again):
            field.clear()

    def finished_setting_up(self, proof) -> None:
        self.running = False
        self.forget_secrets()
        self.update_buttons()
        self.done_setting_up.emit(proof)
        self.accept()

    def failed(self, error: Exception) -> None:
        from trainer.gui.console.common import error_text

        self.running = False
        self.status.hide()
        self.update_buttons()
        self.error.show_error(error_text(error, self.context.lang))

    def reject(self) -> None:
        if self.running:  # the key is being made: closing now would hide whether it worked
            return
        self.forget_secrets()
        super().reject()
