"""First start and "Who is learning?": choose the language, pick or create a profile, enter a PIN."""

import shiboken6
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from trainer.countries import country_choices, country_name
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


def profile_text(person, lang: str, pin_mark: str) -> str:
    """A profile (a Participant or a ProfileRow) as lists show it: the name (and a mark when it has a PIN), then organization and country."""
    name = f"{person.name}  {pin_mark}" if pin_mark else person.name
    details = " · ".join(part for part in (person.organization, country_name(person.country, lang)
                                           if person.country else "") if part)
    return f"{name}\n{details}" if details else name


class ProfileList(QAbstractListModel):
    """The profiles as plain tuples (trainer.people.profile_rows), filtered by what is typed in search.

    Thousands of rows cost one Python list: the view asks only for the rows it shows."""

    def __init__(self, lang: str, pin_mark: str, parent=None):
        super().__init__(parent)
        self.lang, self.pin_mark = lang, pin_mark
        self.everyone: list = []
        self.rows: list = []
        self.search = ""

    def set_rows(self, rows: list) -> None:
        self.everyone = rows
        self.set_search(self.search)

    def set_search(self, text: str) -> None:
        from trainer.people.service import profile_matches

        self.beginResetModel()
        self.search = text
        self.rows = profile_matches(self.everyone, text)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        from trainer.people.service import ProfileRow

        row = ProfileRow(*self.rows[index.row()])
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return profile_text(row, self.lang, self.pin_mark if row.has_pin else "")
        if role == Qt.UserRole:
            return row
        return None


class ProfilesScreen(QWidget):
    """'Who is learning?': the profiles on this laptop, recently used first, with search as you type (there may be
    30,000 on an office database, so they load off the GUI thread). Choosing one may ask for its PIN."""

    chosen = Signal(object)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.loading = False
        self.opening = False
        self.load_number = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(heading(self.tr("Who is learning?"), 24))
        layout.addWidget(muted(self.tr("Choose your profile, or create one if this is your first time.")))
        self.set_up_hint = muted(self.tr("Trainers: this laptop has no trainer or organizer yet. Set up your "
                                         "organization first with Trainer ▸ Set up the organization on this laptop…"))
        self.set_up_hint.setWordWrap(True)
        self.set_up_hint.hide()  # until the load says whether this laptop has a trainer
        layout.addWidget(self.set_up_hint)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or organization"))
        self.search.setAccessibleName(self.tr("Search profiles"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self.choose)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.model = ProfileList(context.lang, self.tr("(PIN)"), self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.setStyleSheet("QListView::item { padding: 10px; }")
        self.list.setUniformItemSizes(True)  # 30,000 rows are laid out without measuring each,
        self.list.setLayoutMode(QListView.Batched)  # a batch at a time between events, never all at once
        self.list.setBatchSize(500)
        self.list.setEditTriggers(QListView.NoEditTriggers)
        self.list.activated.connect(lambda _index: self.choose())
        layout.addWidget(self.list, 1)
        self.status = muted("")
        layout.addWidget(self.status)
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
        """Load the profiles in the background; a load still running is ignored when it ends."""
        from trainer.gui.operations import run_in_background
        from trainer.people.service import profile_rows
        from trainer.trust import has_leaders

        db, lang = self.context.database, self.context.lang
        self.load_number += 1
        number = self.load_number

        def work(progress):
            country_name("GT", lang)  # the first name read loads every country's names (50 ms): here, not on screen
            return profile_rows(db), has_leaders(db)

        self.loading = True
        self.show_state()
        run_in_background(work, lambda result: self.loaded(number, *result), self.failed)

    def loaded(self, number: int, rows: list, leaders_here: bool) -> None:
        if not shiboken6.isValid(self) or number != self.load_number:  # the screen closed, or a newer load runs
            return
        self.loading = False
        self.set_up_hint.setVisible(not leaders_here)
        self.model.set_rows(rows)
        self.show_state()
        if self.model.rowCount():
            self.list.setFocus()
        else:
            self.new_button.setFocus()

    def failed(self, error: Exception) -> None:
        from trainer.gui.console.common import error_text

        if shiboken6.isValid(self):
            self.loading = self.opening = False
            self.status.setText(error_text(error, self.context.lang))
            self.status.show()

    def filter(self, text: str) -> None:
        self.model.set_search(text)
        self.show_state()

    def show_state(self) -> None:
        """The first match chosen (Enter opens it), and a line saying why the list is empty, if it is."""
        count = self.model.rowCount()
        if count:
            self.list.setCurrentIndex(self.model.index(0))
        self.open_button.setEnabled(count > 0 and not self.opening)
        if self.loading:
            text = self.tr("Loading the profiles…")
        elif not count and self.search.text().strip():
            text = self.tr("No profile matches “{search}”.").format(search=self.search.text().strip())
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def eventFilter(self, watched, event) -> bool:
        """Up, Down, Page Up and Page Down in the search field move through the list, so typing then Enter works."""
        if watched is self.search and event.type() == QEvent.KeyPress and event.key() in (
                Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def choose(self) -> None:
        index = self.list.currentIndex()
        if self.opening or not index.isValid():
            return
        row = index.data(Qt.UserRole)
        if not row.has_pin:
            self.open_profile(row.id)
            return
        self.dialog = PinDialog(self.context.database, [(row.id, row.name)],
                                profile_pin_check(self.context.database), self.context.lang, self)
        self.dialog.proved.connect(lambda _result: self.open_profile(row.id))
        self.dialog.open()

    def open_profile(self, participant_id: str) -> None:
        """Open a profile (read off the GUI thread), first taking over what this laptop kept for profiles merged
        into it (where they stopped)."""
        from trainer.bundles.participants import former_ids
        from trainer.gui.operations import run_in_background
        from trainer.people.service import get_participant

        db = self.context.database

        def work(progress):
            return get_participant(db, participant_id), former_ids(db, participant_id)

        self.opening = True
        self.show_state()
        run_in_background(work, lambda result: self.opened(*result), self.failed)

    def opened(self, person, merged_ids: list[str]) -> None:
        if not shiboken6.isValid(self):
            return
        self.opening = False
        for merged_id in merged_ids:
            self.context.preferences.adopt_profile(person.id, merged_id)
        self.chosen.emit(person)

    def create_profile(self) -> None:
        self.dialog = ProfileDialog(self.context, self)
        self.dialog.accepted.connect(self.created)
        self.dialog.open()

    def created(self) -> None:
        self.refresh()
        self.open_profile(self.dialog.person.id)


# -- PINs ----------------------------------------------------------------------------------------------------


class PinRefused(Exception):
    """A PIN check said no: the PIN was wrong (`tried`), or a delay runs; `wait_seconds` before the next try."""

    def __init__(self, wait_seconds: int = 0, tried: bool = True):
        super().__init__(wait_seconds)
        self.wait_seconds, self.tried = wait_seconds, tried


def remaining_wait(db, participant_id: str) -> int:
    """Seconds before this profile's PIN may be tried again (the delay after wrong tries survives a restart)."""
    from trainer.people.service import accounts
    from trainer.storage.models import utc_now

    account = accounts(db).get(participant_id)
    if account is None or account.locked_until is None:
        return 0
    left = (account.locked_until - utc_now()).total_seconds()
    return max(0, int(left + 0.999))


def profile_pin_check(db):
    """A learner's PIN, to open their profile: `check(participant_id, pin)` for PinDialog."""

    def check(participant_id: str, pin: str):
        from trainer.people.service import verify_pin

        result = verify_pin(db, participant_id, pin)
        if not result.ok:
            raise PinRefused(result.wait_seconds)
        return participant_id

    return check


def leader_pin_check(db, action: str):
    """A trainer's or organizer's PIN, which makes the `trainer.trust.Proof` an action needs."""

    def check(participant_id: str, pin: str):
        from trainer.trust import prove

        try:
            return prove(db, participant_id, pin, action)
        except UserError as error:
            if error.code == "wait":
                raise PinRefused(int(error.params.get("seconds", 0))) from None
            if error.code == "wrong-pin":
                raise PinRefused(0) from None
            raise

    return check


def wait_text(seconds: int) -> str:
    """'45 s', '2 min 05 s': how long before the next try."""
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s"


class PinDialog(QDialog):
    """Asks for a PIN and checks it off the GUI thread (a check takes a moment on purpose).

    `people` is [(participant id, name)]: one person ("PIN for Ana:"), or several to choose from (the
    trainers and organizers of this laptop). `check(participant_id, pin)` runs in the background and returns
    what `proved` carries (a `Proof` for trainers), or raises PinRefused. A wrong PIN says so; after several,
    the dialog counts down the wait the core imposes, with OK disabled until it is over.
    """

    proved = Signal(object)

    def __init__(self, db, people: list[tuple[str, str]], check, lang: str, parent=None, intro: str = "",
                 title: str = ""):
        from PySide6.QtCore import QRegularExpression, QTimer
        from PySide6.QtGui import QRegularExpressionValidator

        super().__init__(parent)
        self.db, self.people, self.check_pin, self.lang = db, people, check, lang
        self.checking = False
        self.closed = False
        self.deadline = 0.0
        self.setWindowTitle(title or self.tr("PIN"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(muted(intro))
        form = QFormLayout()
        self.person = QComboBox()
        for participant_id, name in people:
            self.person.addItem(name, participant_id)
        self.person.setAccessibleName(self.tr("Trainer or organizer"))
        self.person.currentIndexChanged.connect(lambda _index: self.person_changed())
        if len(people) > 1:
            form.addRow(self.tr("&Who are you?"), self.person)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.pin))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        form.addRow(self.pin_label, self.pin)
        layout.addLayout(form)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        self.wait = QLabel()
        self.wait.setWordWrap(True)
        font = self.wait.font()
        font.setBold(True)
        self.wait.setFont(font)
        self.wait.hide()
        layout.addWidget(self.wait)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.person_changed()

    @property
    def participant_id(self) -> str:
        return self.person.currentData()

    def person_changed(self) -> None:
        name = self.person.currentText()
        self.pin_label.setText(self.tr("&PIN for {name}:").format(name=name) if len(self.people) == 1
                               else self.tr("&PIN:"))
        self.error.hide()
        self.pin.clear()
        self.start_wait(remaining_wait(self.db, self.participant_id) if self.participant_id else 0)

    # -- the wait after wrong tries -------------------------------------------------------------------------

    def start_wait(self, seconds: int) -> None:
        import time

        self.deadline = time.monotonic() + seconds if seconds > 0 else 0.0
        if seconds > 0:
            self.timer.start()
        self.tick()

    def seconds_left(self) -> int:
        import time

        return max(0, int(self.deadline - time.monotonic() + 0.999)) if self.deadline else 0

    def tick(self) -> None:
        left = self.seconds_left()
        shown = self.wait.isVisibleTo(self)
        if left:
            text = self.tr("Too many wrong PINs. Wait {time} before trying again.").format(time=wait_text(left))
            self.wait.setText(text)
            self.wait.setAccessibleName(text)
            self.wait.show()
        else:
            self.deadline = 0.0
            self.timer.stop()
            self.wait.hide()
        if shown != bool(left):
            self.fit()
        self.update_buttons()

    def fit(self) -> None:
        """Grow or shrink to the lines shown (wrapped texts need their whole height)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            height = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
            self.resize(self.width(), max(height, layout.minimumSize().height()))

    def update_buttons(self) -> None:
        idle = not self.checking
        self.ok_button.setEnabled(idle and not self.deadline and bool(self.participant_id))
        self.pin.setEnabled(idle)
        self.person.setEnabled(idle)

    # -- checking ---------------------------------------------------------------------------------------------

    def check(self) -> None:
        from trainer.gui.operations import run_in_background

        if self.checking or self.deadline or not self.participant_id:
            return
        db, participant_id, pin, check = self.db, self.participant_id, self.pin.text(), self.check_pin

        def work(progress):
            wait = remaining_wait(db, participant_id)  # a delay running (another window, the CLI): not tried
            if wait:
                raise PinRefused(wait, tried=False)
            return check(participant_id, pin)

        self.checking = True
        self.error.hide()
        self.ok_button.setText(self.tr("Checking…"))
        self.update_buttons()
        run_in_background(work, self.passed, self.refused)

    def reject(self) -> None:
        self.closed = True
        super().reject()

    def _done_checking(self) -> bool:
        """Back from the check; False when the dialog was closed meanwhile (the answer is then ignored)."""
        self.checking = False
        self.ok_button.setText(self.tr("OK"))
        self.update_buttons()
        return not self.closed

    def passed(self, result) -> None:
        self.pin.clear()
        if not self._done_checking():
            return
        self.accept()
        self.proved.emit(result)

    def refused(self, error: Exception) -> None:
        if not self._done_checking():
            return
        self.pin.clear()
        if isinstance(error, PinRefused):
            if error.tried:
                self.error.show_error(self.tr("That PIN is not right. Try again."))
            self.start_wait(error.wait_seconds)
        else:
            from trainer.gui.console.common import error_text

            self.error.show_error(error_text(error, self.lang))
        self.fit()
        self.pin.setFocus()


class ProfileDialog(QDialog):
    """The new-profile form. Only the name is required; a PIN keeps others out of a shared laptop profile.

    No role is offered: trainers and organizers are made by one of them in the console (trainer.trust).
    """

    SECTORS = ("private", "public", "academic", "other")

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.person = None
        self.saving = False
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
        for code, name in country_choices(context.lang):
            self.country.addItem(name, code)
        self.sex = QComboBox()
        for label, code in ((self.tr("Prefer not to say"), None), (self.tr("Female"), "female"),
                            (self.tr("Male"), "male"), (self.tr("Other"), "other")):
            self.sex.addItem(label, code)
        self.email = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(self.tr("optional, 4 to 8 digits"))
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.Password)
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("&Organization"), self.organization),
                              (self.tr("&Sector"), self.sector), (self.tr("Countr&y"), self.country),
                              (self.tr("Se&x"), self.sex), (self.tr("&E-mail"), self.email),
                              (self.tr("&PIN"), self.pin), (self.tr("PIN a&gain"), self.pin_again)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("Create profile"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self, anyway: bool = False) -> None:
        """Check the form, then save off the GUI thread (a PIN is hashed slowly on purpose).

        Unless `anyway`, someone already here with the same name and e-mail or organization (from the roster, or
        an earlier profile) is offered first: a second profile of one person is not enrolled, so its work does
        not count.
        """
        from trainer.gui.operations import run_in_background
        from trainer.people.service import ProfileInput, accounts, add_participant, likely_matches

        if self.saving:
            return
        if self.pin.text() != self.pin_again.text():
            self.error.show_error(self.tr("The two PINs are not the same."))
            return
        profile = ProfileInput(
            name=self.name.text(), organization=self.organization.text(), sector=self.sector.currentData(),
            country=self.country.currentData(), sex=self.sex.currentData(), email=self.email.text(),
            language=self.context.lang, pin=self.pin.text() or None,
        )
        try:
            profile = profile.cleaned()  # every field checked at once, before anything runs
        except UserError as error:
            self.error.show_error(error.message(self.context.lang))
            return
        db = self.context.database

        def work(progress):
            matches = [] if anyway else likely_matches(db, profile)
            if matches:
                held = accounts(db)
                return [(person, person.id in held and held[person.id].pin_hash is not None) for person in matches]
            return add_participant(db, profile)

        self.saving = True
        self.save_button.setEnabled(False)
        self.error.hide()
        run_in_background(work, self.saved, self.failed)

    def saved(self, result) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(result, list):
            self.match_dialog = SamePersonDialog(result, self.context.lang, self)
            self.match_dialog.this_is_me.connect(self.open_existing)
            self.match_dialog.new_anyway.connect(lambda: self.save(anyway=True))
            self.match_dialog.open()
            return
        self.person = result
        self.accept()

    def open_existing(self, person, has_pin: bool) -> None:
        """The person said the profile found is theirs: open it, with its PIN if it has one (as from the list)."""
        if not has_pin:
            self.person = person
            self.accept()
            return
        self.pin_dialog = PinDialog(self.context.database, [(person.id, person.name)],
                                    profile_pin_check(self.context.database), self.context.lang, self)
        self.pin_dialog.proved.connect(lambda _result: self.saved(person))
        self.pin_dialog.open()

    def failed(self, error: Exception) -> None:
        from trainer.gui.console.common import error_text

        self.saving = False
        self.save_button.setEnabled(True)
        self.error.show_error(error_text(error, self.context.lang))


class SamePersonDialog(QDialog):
    """"Is this you?": profiles already here with the name and e-mail or organization just typed.

    `matches` is [(participant, has a PIN)]. "This is me" hands back the chosen one (the caller asks its PIN);
    "New profile anyway" asks for a new profile all the same.
    """

    this_is_me = Signal(object, bool)
    new_anyway = Signal()

    def __init__(self, matches: list, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Is this you?"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Is this you?"), 18))
        intro = muted(self.tr("This laptop already has a profile with this name and the same e-mail or "
                              "organization, for example from the workshop's list. If it is yours, open it: "
                              "your work counts only on one profile."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles found"))
        self.list.setStyleSheet("QListWidget::item { padding: 6px; }")
        for person, has_pin in matches:
            item = QListWidgetItem(profile_text(person, lang, self.tr("(PIN)") if has_pin else ""))
            item.setData(Qt.UserRole, (person, has_pin))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.choose())
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Back"))
        self.me_button = self.buttons.addButton(self.tr("&This is me"), QDialogButtonBox.AcceptRole)
        self.anyway_button = self.buttons.addButton(self.tr("&New profile anyway"), QDialogButtonBox.ActionRole)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.anyway_button.clicked.connect(self.create_anyway)
        layout.addWidget(self.buttons)
        self.me_button.setDefault(True)  # once in the dialog: a button knows its dialog only then

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.accept()
        self.this_is_me.emit(*item.data(Qt.UserRole))

    def create_anyway(self) -> None:
        self.accept()
        self.new_anyway.emit()
