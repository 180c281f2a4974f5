"""First start and "Who is learning?": choose the language, pick or create a profile, enter a PIN."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from trainer.countries import COUNTRIES, country_name
from trainer.errors import UserError
from trainer.gui.widgets import ErrorLine, heading, muted


class LanguageScreen(QWidget):
    """Shown once, before anything else: in both languages, since none is chosen yet."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = heading("Trainer", 32)
        title.setAlignment(Qt.AlignCenter)
        layout.addWidget(title)
        question = heading("Elija su idioma · Choose your language", 16)
        question.setAlignment(Qt.AlignCenter)
        layout.addWidget(question)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for lang, label in (("es", "&Español"), ("en", "E&nglish")):
            button = QPushButton(label)
            button.setMinimumSize(220, 70)
            button.setStyleSheet("font-size: 20px;")
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(lambda _=False, lang=lang: self.chosen.emit(lang))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)


class ProfilesScreen(QWidget):
    """'Who is learning?': the profiles on this laptop. Choosing one may ask for its PIN."""

    chosen = Signal(object)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(heading(self.tr("Who is learning?"), 24))
        layout.addWidget(muted(self.tr("Choose your profile, or create one if this is your first time.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.setStyleSheet("QListWidget::item { padding: 10px; }")
        self.list.itemActivated.connect(lambda item: self.choose())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New profile"))
        self.new_button.setShortcut(QKeySequence.New)
        self.new_button.clicked.connect(self.create_profile)
        self.open_button = QPushButton(self.tr("&Continue"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.choose)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key_Return), self.list, activated=self.choose)
        self.refresh()

    def refresh(self) -> None:
        from trainer.people.service import list_participants

        self.list.clear()
        for person in list_participants(self.context.database):
            details = " · ".join(part for part in (person.organization, country_name(person.country, self.context.lang)
                                                   if person.country else "") if part)
            lock = "  " + self.tr("(PIN)") if person.pin_hash else ""
            item = QListWidgetItem(f"{person.name}{lock}\n{details}" if details else f"{person.name}{lock}")
            item.setData(Qt.UserRole, person)
            self.list.addItem(item)
        self.open_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.new_button.setFocus()

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        person = item.data(Qt.UserRole)
        if not person.pin_hash:
            self.chosen.emit(person)
            return
        self.dialog = PinDialog(person, self)
        self.dialog.accepted.connect(lambda: self.chosen.emit(person))
        self.dialog.open()

    def create_profile(self) -> None:
        self.dialog = ProfileDialog(self.context, self)
        self.dialog.accepted.connect(self.created)
        self.dialog.open()

    def created(self) -> None:
        self.refresh()
        self.chosen.emit(self.dialog.person)


class PinDialog(QDialog):
    """Asks for a profile's PIN; a wrong PIN says so and lets the learner try again."""

    def __init__(self, person, parent=None):
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("PIN"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        form.addRow(self.tr("PIN for {name}:").format(name=person.name), self.pin)
        layout.addLayout(form)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        from trainer.people.service import check_pin

        if check_pin(self.person, self.pin.text()):
            self.accept()
        else:
            self.pin.clear()
            self.error.show_error(self.tr("That PIN is not right. Try again."))


class ProfileDialog(QDialog):
    """The new-profile form. Only the name is required; a PIN keeps others out of a shared laptop profile."""

    SECTORS = ("private", "public", "academic", "other")

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.person = None
        self.setWindowTitle(self.tr("New profile"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.name = QLineEdit()
        self.organization = QLineEdit()
        self.sector = QComboBox()
        labels = {"private": self.tr("Private sector"), "public": self.tr("Public sector"),
                  "academic": self.tr("Academic"), "other": self.tr("Other")}
        for code in self.SECTORS:
            self.sector.addItem(labels[code], code)
        self.country = QComboBox()
        self.country.addItem(self.tr("(choose)"), "")
        for code in sorted(COUNTRIES, key=lambda c: country_name(c, context.lang)):
            self.country.addItem(country_name(code, context.lang), code)
        self.sex = QComboBox()
        for label, code in ((self.tr("Prefer not to say"), None), (self.tr("Female"), "female"),
                            (self.tr("Male"), "male"), (self.tr("Other"), "other")):
            self.sex.addItem(label, code)
        self.email = QLineEdit()
        self.role = QComboBox()
        for label, code in ((self.tr("Participant"), "participant"), (self.tr("Trainer"), "trainer"),
                            (self.tr("Organizer"), "organizer")):
            self.role.addItem(label, code)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(self.tr("optional, 4 to 8 digits"))
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.Password)
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("&Organization"), self.organization),
                              (self.tr("&Sector"), self.sector), (self.tr("Countr&y"), self.country),
                              (self.tr("Se&x"), self.sex), (self.tr("&E-mail"), self.email),
                              (self.tr("&Role"), self.role), (self.tr("&PIN"), self.pin),
                              (self.tr("PIN a&gain"), self.pin_again)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.error = ErrorLine()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Create profile"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        from trainer.people.service import ProfileInput, add_participant

        if self.pin.text() != self.pin_again.text():
            self.error.show_error(self.tr("The two PINs are not the same."))
            return
        if self.role.currentData() != "participant" and not self.pin.text():
            self.error.show_error(self.tr("Trainers and organizers need a PIN: it keeps the console closed to others."))
            return
        profile = ProfileInput(
            name=self.name.text(), organization=self.organization.text(), sector=self.sector.currentData(),
            country=self.country.currentData(), sex=self.sex.currentData(), email=self.email.text(),
            language=self.context.lang, role=self.role.currentData(), pin=self.pin.text() or None,
        )
        try:
            self.person = add_participant(self.context.database, profile)
        except UserError as error:
            self.error.show_error(error.message(self.context.lang))
            return
        self.accept()
