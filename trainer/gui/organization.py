"""Naming the organization that signs the certificates.

SetUpDialog (Trainer menu, on a laptop that has no trainer or organizer yet) names the organization
(and its logo), its first organizer with a PIN of 6 to 8 digits, and the passphrase that protects
the key certificates are signed with. `trainer.trust.set_up_organization` does the work, off the
GUI thread; the passphrase is never stored.

OrganizationDialog asks for the name before the first certificate when nobody has given one (a
laptop set up before the set-up named it): certificates would otherwise state the app's own name.
"""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from trainer.countries import country_choices
from trainer.errors import UserError
from trainer.gui.theme import text_color
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


def ask_logo_file(parent) -> Path | None:
    """The file dialog to choose the organization's logo (PNG or JPEG); None when cancelled."""
    translate = QCoreApplication.translate
    path, _filter = QFileDialog.getOpenFileName(parent, translate("LogoFile", "Choose the organization's logo"),
                                                str(Path.home()), translate("LogoFile", "Images (*.png *.jpg *.jpeg)"),
                                                options=QFileDialog.DontUseNativeDialog)
    return Path(path) if path else None


def warning_label(text: str) -> QLabel:
    """A plain warning that must be read: a sign, bold, wrapped; it does not rely on its colour."""
    label = QLabel(f"⚠ {text}")
    label.setWordWrap(True)
    label.setStyleSheet(f"font-weight: bold; color: {text_color('#7a4a00', label.palette())};")
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
        self.logo_label = QLabel(self.tr("(the Trainer app's logo)"))
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
        for code, name in country_choices(context.lang):
            self.country.addItem(name, code)
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
        return ask_logo_file(self)

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


class OrganizationDialog(QDialog):
    """The organization's name (and logo) before the first certificate, when nobody has named it yet.

    Emits `chosen(name, logo)`: logo is None to keep the current one, "" for none, or an image's path.
    """

    chosen = Signal(str, object)

    def __init__(self, logo: Path | None, parent=None):
        from trainer.certificates.organization import DEFAULT_NAME

        super().__init__(parent)
        self.logo_choice: str | None = None
        self.setWindowTitle(self.tr("Name the organization on the certificates"))
        self.setMinimumWidth(520)
        self.intro = QLabel(self.tr("Certificates state the organization that issues them, and nobody has named it "
                                    "on this laptop yet: they would say “{default}”, the name of the app. Type the "
                                    "organization's name as it must be printed.").format(default=DEFAULT_NAME))
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Organization name"))
        self.name.setPlaceholderText(self.tr("e.g. Cámara de Comercio de Sololá"))
        self.logo_label = QLabel(self.logo_text(logo))
        self.logo_label.setWordWrap(True)
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.no_logo_button = QPushButton(self.tr("No lo&go"))
        self.no_logo_button.clicked.connect(lambda: self.set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.no_logo_button)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Logo:"), logo_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.save_button = self.buttons.addButton(self.tr("&Save and continue"), QDialogButtonBox.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def logo_text(self, logo: Path | None) -> str:
        from trainer.certificates.organization import DEFAULT_LOGO

        if logo is None:
            return self.tr("(none)")
        return self.tr("(the Trainer app's logo)") if logo == DEFAULT_LOGO else logo.name

    def choose_logo_file(self) -> Path | None:
        return ask_logo_file(self)

    def choose_logo(self) -> None:
        path = self.choose_logo_file()
        if path is not None:
            self.set_logo(str(path))

    def set_logo(self, logo: str) -> None:
        self.logo_choice = logo
        self.logo_label.setText(Path(logo).name if logo else self.tr("(none)"))

    def accept(self) -> None:
        if not self.name.text().strip():
            return
        super().accept()
        self.chosen.emit(self.name.text(), self.logo_choice)
