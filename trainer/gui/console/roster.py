"""The roster: who is enrolled, a keyboard-only quick add, and importing a spreadsheet after a preview."""

from collections import namedtuple
from itertools import count
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from trainer.countries import country_name
from trainer.errors import UserError
from trainer.gui.console.common import (
    ERROR_MARK, OK_TEXT, PersonFields, SaveState, Section, TextTableModel, compact, error_text,
)
from trainer.gui.operations import run_in_background
from trainer.gui.widgets import ErrorLine, heading, muted


Enrolled = namedtuple("Enrolled", "id name organization sector country sex email role")
PAGE = 2000  # rows a fetch turns into tuples at a time: a few milliseconds, so the window never waits on it


def roster_rows(db, workshop_id: str) -> list[Enrolled]:
    """Everyone enrolled in the workshop with their role here, by name, as plain tuples (off the GUI thread).

    Core selects a page at a time (keyset on name and id) rather than ORM objects in one go: a 30,000-person roster
    never holds the interpreter lock long enough to freeze the window."""
    from sqlalchemy import select, tuple_

    from trainer.storage.models import Account, Enrollment, Participant

    query = (select(Participant.id, Participant.name, Participant.organization, Participant.sector,
                    Participant.country, Participant.sex, Participant.email, Account.role)
             .join(Enrollment, Enrollment.participant_id == Participant.id)
             .outerjoin(Account, Account.participant_id == Participant.id)
             .where(Enrollment.workshop_id == workshop_id)
             .order_by(Participant.name, Participant.id).limit(PAGE))
    people: list[Enrolled] = []
    while True:
        after = query if not people else query.where(tuple_(Participant.name, Participant.id)
                                                      > (people[-1].name, people[-1].id))
        with db.session() as session:
            page = session.execute(after).all()
        people.extend(map(Enrolled._make, page))
        if len(page) < PAGE:
            return people


def roster_table(people: list[Enrolled], lang: str, labels: dict) -> tuple[list[tuple], list[str]]:
    """The roster's rows of text and, for the search, each row's words in lower case (off the GUI thread).
    `labels` holds the translated sector, sex and role names, made on the GUI thread."""
    countries: dict[str, str] = {}
    rows, words = [], []
    for p in people:
        if p.country and p.country not in countries:
            countries[p.country] = country_name(p.country, lang)
        row = (p.name, p.organization, labels["sector"].get(p.sector, "") if p.sector else "",
               countries.get(p.country, ""), labels["sex"].get(p.sex, "") if p.sex else "", p.email or "",
               labels["role"].get(p.role, ""))
        rows.append(row)
        words.append(" ".join((p.name, p.organization, p.email or "")).casefold())
    return rows, words


def read_roster_file(path: Path, default_country: str, lang: str):
    """The sheet, its guessed mapping and the preview (off the GUI thread: a big XLSX takes seconds)."""
    from trainer.roster.columns import guess_mapping
    from trainer.roster.preview import preview
    from trainer.roster.spreadsheet import read_spreadsheet

    sheet = read_spreadsheet(path)
    mapping = guess_mapping(sheet.headers)
    return preview(sheet, mapping, default_country, lang)


class RosterSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.title = heading(self.tr("Roster"), 15)
        self.count = muted("")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, organization or e-mail"))
        self.search.setAccessibleName(self.tr("Search the roster"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.show_rows())
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.model = TextTableModel([self.tr("Name"), self.tr("Organization"), self.tr("Sector"), self.tr("Country"),
                                     self.tr("Sex"), self.tr("E-mail"), self.tr("Role here")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People enrolled"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        compact(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        quick = QGroupBox(self.tr("Quick add: type, press Enter, type the next person"))
        self.fields = PersonFields(self.lang)
        self.fields.submitted.connect(self.quick_add)
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.clicked.connect(self.quick_add)
        self.quick_error = ErrorLine()
        self.quick_done = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.fields, 1)
        row.addWidget(self.add_button, 0, Qt.AlignBottom)
        quick_layout = QVBoxLayout(quick)
        quick_layout.addLayout(row)
        quick_layout.addWidget(self.quick_error)
        quick_layout.addWidget(self.quick_done)
        self.save_state = SaveState()
        self.save_state.setAccessibleName(self.tr("Saving"))
        quick_layout.addWidget(self.save_state)
        self.added_count = count(1)

        self.role_button = QPushButton(self.tr("Ma&ke trainer…"))
        self.role_button.setToolTip(self.tr("Make the chosen person a trainer or organizer of this laptop (or a "
                                            "participant again)"))
        self.role_button.clicked.connect(self.ask_role)
        self.role_status = QLabel()
        self.role_status.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_role_button())
        self.import_button = QPushButton(self.tr("&Import spreadsheet (CSV, XLSX)…"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.clicked.connect(self.choose_file)
        self.import_result = QLabel()
        self.import_result.setWordWrap(True)
        self.import_error = ErrorLine()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.role_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        search_row = QHBoxLayout()
        search_row.addWidget(self.count, 1)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        layout.addWidget(self.import_result)
        layout.addWidget(self.import_error)
        layout.addWidget(self.role_status)
        layout.addWidget(self.table, 1)
        layout.addWidget(quick)
        self.dialog = None
        self.role_dialog = None
        self.granting = False
        self.country_for = None
        self.people: list[Enrolled] = []  # everyone enrolled, by name
        self.rows: list[tuple] = []  # their rows of text, and below their words for the search
        self.words: list[str] = []
        self.loads = 0
        self.loading = False
        self.update_role_button()

    def refresh(self) -> None:
        """Fetch the roster off the GUI thread; the table shows it when it arrives."""
        workshop = self.console.workshop()
        enabled = workshop is not None
        for widget in (self.fields, self.add_button, self.import_button):
            widget.setEnabled(enabled)
        self.loads += 1
        if workshop is None:
            self.title.setText(self.tr("Roster"))
            self.loaded(self.loads, ([], [], []))
            self.count.setText(self.tr("Create a workshop first (section Workshops)."))
            return
        self.title.setText(self.tr("Roster: {workshop}").format(workshop=workshop.title))
        if self.country_for != workshop.id:  # the workshop's country first; then what the trainer last chose
            self.country_for = workshop.id
            self.fields.set_country(workshop.country)
        load, db, workshop_id, lang = self.loads, self.db, workshop.id, self.lang
        labels = {"sector": {code: self._text(self.fields.sector, code) for code in PersonFields.SECTORS},
                  "sex": {self.fields.sex.itemData(i): self.fields.sex.itemText(i)
                          for i in range(self.fields.sex.count()) if self.fields.sex.itemData(i)},
                  "role": {role: self.role_text(role) for role in ("trainer", "organizer")}}

        def work(_progress):
            people = roster_rows(db, workshop_id)
            return (people, *roster_table(people, lang, labels))

        self.loading = True
        if not self.people:
            self.count.setText(self.tr("Loading the roster…"))
        run_in_background(work, lambda result: self.loaded(load, result), lambda error: self.load_failed(load, error))

    def loaded(self, load: int, result) -> None:
        if load != self.loads:  # a newer load is on its way
            return
        self.loading = False
        self.people, self.rows, self.words = result
        self.show_rows()
        self.table.resizeColumnsToContents()

    def load_failed(self, load: int, error: Exception) -> None:
        if load != self.loads:
            return
        self.loading = False
        self.count.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")

    def show_rows(self) -> None:
        """The rows matching the search (every word typed, in any order), or everyone."""
        wanted = self.search.text().casefold().split()
        if wanted:
            shown = [i for i, words in enumerate(self.words) if all(word in words for word in wanted)]
            self.model.set_rows([self.rows[i] for i in shown], keys=[self.people[i] for i in shown])
            self.count.setText(self.tr("People enrolled: {count} · matching the search: {shown}").format(
                count=len(self.people), shown=len(shown)))
        else:
            self.model.set_rows(self.rows, keys=self.people)
            self.count.setText(self.tr("People enrolled: {count}").format(count=len(self.people)))
        self.update_role_button()

    def role_text(self, role: str | None) -> str:
        return {"trainer": self.tr("Trainer"), "organizer": self.tr("Organizer")}.get(role, "")

    @staticmethod
    def _text(combo: QComboBox, code) -> str:
        index = combo.findData(code)
        return combo.itemText(index) if index >= 0 and code else ""

    # -- quick add ------------------------------------------------------------------------------------

    def quick_add(self) -> None:
        """Checked here (a refusal shows at once and keeps what was typed); saved by the background writer, so the
        next person can be typed while it saves, even if another program holds the database."""
        from trainer.roster.enrolment import add_and_enrol

        self.quick_error.hide()
        try:
            profile = self.fields.profile().cleaned()
        except UserError as error:
            self.quick_error.show_error(error.message(self.lang))
            return
        workshop_id = self.console.workshop_id
        self.quick_done.setText(self.tr("{name}: not saved yet").format(name=profile.name))
        self.fields.clear_for_next()

        def added(result) -> None:
            person, new = result
            text = self.tr("✓ {name} added") if new else self.tr("✓ {name} was already known: enrolled")
            self.quick_done.setText(text.format(name=person.name))
            self.data_saved()
            self.refresh()

        def refused(error: Exception) -> None:
            self.quick_done.clear()
            self.quick_error.show_error(self.tr("{name} was not added: {why}").format(
                name=profile.name, why=error_text(error, self.lang)))

        self.save_in_background(f"roster-add:{next(self.added_count)}",
                                lambda db: add_and_enrol(db, workshop_id, profile), added, refused, self.save_state)

    # -- roles -------------------------------------------------------------------------------------------

    def selected_person(self) -> Enrolled | None:
        row = self.table.currentIndex().row()
        return self.model.keys[row] if 0 <= row < len(self.model.keys) else None

    def update_role_button(self) -> None:
        self.role_button.setEnabled(self.context.proof is not None and not self.granting
                                    and self.selected_person() is not None)

    def ask_role(self) -> None:
        from trainer.people.service import role_of

        person = self.selected_person()
        if person is None or self.context.proof is None:
            return
        self.role_dialog = RoleDialog(person.name, role_of(self.db, person.id), self)
        self.role_dialog.chosen.connect(lambda role, pin: self.grant(person, role, pin))
        self.role_dialog.open()

    def grant(self, person, role: str, pin: str | None) -> None:
        """Give the role off the GUI thread (a new PIN is hashed slowly on purpose)."""
        from trainer.trust import grant_role

        db, proof = self.db, self.context.proof
        if proof is None:
            return
        self.granting = True
        self.role_status.setText(self.tr("Saving the role of {name}…").format(name=person.name))
        self.update_role_button()

        def granted(_result) -> None:
            self.granting = False
            done = {"trainer": self.tr("✓ {name} is now a trainer on this laptop: they open the console with "
                                       "their new PIN."),
                    "organizer": self.tr("✓ {name} is now an organizer on this laptop: they open the console with "
                                         "their new PIN."),
                    "participant": self.tr("✓ {name} is a participant again: they can no longer open the "
                                           "console.")}[role]
            self.role_status.setText(done.format(name=person.name))
            self.refresh()
            self.context.roles_changed.emit()

        def failed(error: Exception) -> None:
            self.granting = False
            self.role_status.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
            self.update_role_button()

        run_in_background(lambda progress: grant_role(db, proof, person.id, role, pin), granted, failed)

    # -- import -----------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a roster"), str(Path.home()), self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read the file off the GUI thread, then show the preview."""
        workshop = self.console.workshop()
        self.import_error.hide()
        self.import_result.setText(self.tr("Reading {file}…").format(file=path.name))
        self.import_button.setEnabled(False)
        run_in_background(lambda progress: read_roster_file(path, workshop.country, self.lang),
                          self.show_preview, self.read_failed)

    def read_failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        self.import_result.clear()
        self.import_error.show_error(error_text(error, self.lang))

    def show_preview(self, roster_preview) -> None:
        self.import_button.setEnabled(True)
        self.import_result.clear()
        self.dialog = ImportPreviewDialog(self, roster_preview)
        self.dialog.imported.connect(self.imported)
        self.dialog.open()

    def imported(self, result) -> None:
        self.import_result.setText(OK_TEXT + " " + result.summary(self.lang))
        self.data_saved()
        self.refresh()


class ImportPreviewDialog(QDialog):
    """What the file holds and how it will be read: columns (changeable), rows with their problems, and a count."""

    imported = Signal(object)

    def __init__(self, section: RosterSection, roster_preview, parent=None):
        super().__init__(parent or section)
        self.section = section
        self.lang = section.lang
        self.preview = roster_preview
        self.job = None
        self.setWindowTitle(self.tr("Import {file}").format(file=roster_preview.sheet.path.name))
        self.resize(1000, 660)
        headers = roster_preview.sheet.headers

        mapping_box = QGroupBox(self.tr("Columns: what each one holds (change it if the guess is wrong)"))
        grid = QGridLayout()
        self.combos: list[QComboBox] = []
        from trainer.roster.columns import FIELDS, column_letter, field_label

        for index, header in enumerate(headers):
            label = QLabel(f"{column_letter(index)} · {header or '—'}")
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "ignore")
            for field in FIELDS:
                combo.addItem(field_label(field, self.lang), field)
            combo.setAccessibleName(self.tr("Column {letter}: {header}").format(letter=column_letter(index),
                                                                               header=header))
            label.setBuddy(combo)
            combo.activated.connect(lambda _i, index=index, combo=combo: self.remap(index, combo.currentData()))
            grid.addWidget(label, (index // 4) * 2, index % 4)
            grid.addWidget(combo, (index // 4) * 2 + 1, index % 4)
            self.combos.append(combo)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(150)
        scroll.setFrameShape(QScrollArea.NoFrame)
        QVBoxLayout(mapping_box).addWidget(scroll)

        self.count = QLabel()
        self.count.setWordWrap(True)
        self.file_error = ErrorLine()
        self.model = TextTableModel([])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.verticalHeader().hide()
        compact(self.table)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.skip = QCheckBox(self.tr("&Skip bad rows (import only the rows without errors)"))
        self.skip.toggled.connect(self.update_buttons)
        self.bar = QProgressBar()
        self.bar.hide()
        self.error = ErrorLine()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(mapping_box)
        layout.addWidget(self.count)
        layout.addWidget(self.file_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_preview(roster_preview)

    def remap(self, index: int, field: str) -> None:
        """Re-read every row with column `index` holding `field` (off the GUI thread: a file may be long)."""
        from trainer.roster.columns import apply_overrides, column_letter
        from trainer.roster.preview import preview

        sheet = self.preview.sheet
        mapping = apply_overrides(sheet.headers, self.preview.mapping, [f"{column_letter(index)}={field}"])
        country, lang = self.section.console.workshop().country, self.lang
        self.import_button.setEnabled(False)
        self.job = run_in_background(lambda progress: preview(sheet, mapping, country, lang), self.show_preview,
                                     self.failed)

    def show_preview(self, roster_preview) -> None:
        self.job = None
        self.preview = roster_preview
        by_column = {index: field for field, index in roster_preview.mapping.items()}
        for index, combo in enumerate(self.combos):
            combo.setCurrentIndex(max(combo.findData(by_column.get(index, "ignore")), 0))
        sheet = roster_preview.sheet
        from trainer.roster.columns import column_letter

        headers = [self.tr("Row"), self.tr("Check")] + [
            f"{column_letter(i)} · {h}" + (f" → {self.combos[i].currentText()}" if i in by_column else "")
            for i, h in enumerate(sheet.headers)]
        self.model.set_headers(headers)
        cells = {row.number: row.cells for row in sheet.rows}
        rows, tips, flagged = [], [], []
        for row in roster_preview.rows:
            problems = "; ".join(p.error.message(self.lang) for p in row.problems)
            if row.profile is None:
                check = f"{ERROR_MARK} {problems}"
            elif row.duplicate_of is not None:
                check = "= " + problems
            else:
                check = OK_TEXT
            rows.append([str(row.number), check, *cells.get(row.number, ())])
            tips.append("\n".join(p.message(self.lang) for p in row.problems))
            flagged.append(row.profile is None)
        self.model.set_rows(rows, tips=tips, flagged=flagged)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 360))
        good = len(roster_preview.importable)
        bad = len(roster_preview.bad_rows)
        repeated = sum(row.duplicate_of is not None for row in roster_preview.rows)
        self.count.setText(self.tr("{rows} rows · ready to import: {good} · with errors (marked ⚠): {bad} · "
                                   "repeated (imported once): {repeated}").format(
            rows=len(roster_preview.rows), good=good, bad=bad, repeated=repeated))
        if roster_preview.file_problems:
            self.file_error.show_error(roster_preview.file_problems[0].message(self.lang))
        else:
            self.file_error.hide()
        self.update_buttons()

    def can_import(self) -> bool:
        p = self.preview
        return (self.job is None and not p.file_problems and bool(p.importable)
                and (not p.errors or self.skip.isChecked()))

    def update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())

    def start_import(self) -> None:
        from trainer.roster.enrolment import import_roster

        if not self.can_import():
            return
        db, workshop_id, roster_preview, skip = self.section.db, self.section.console.workshop_id, self.preview, \
            self.skip.isChecked()
        self.import_button.setEnabled(False)
        self.skip.setEnabled(False)
        self.bar.show()
        self.bar.setRange(0, 0)
        self.job = run_in_background(
            lambda progress: import_roster(db, workshop_id, roster_preview, skip, progress.report),
            self.import_done, self.failed, self.progressed)

    def progressed(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def import_done(self, result) -> None:
        self.job = None
        self.imported.emit(result)
        self.accept()

    def failed(self, error: Exception) -> None:
        self.job = None
        self.bar.hide()
        self.skip.setEnabled(True)
        self.error.show_error(error_text(error, self.lang))
        self.update_buttons()

    def cancel(self) -> None:
        """Cancelling an import in progress saves nothing (it is one transaction)."""
        if self.job is not None:
            self.job.cancelled = True
        self.reject()


class RoleDialog(QDialog):
    """A person's role on this laptop; a trainer or organizer gets a new PIN of 6 to 8 digits, typed twice."""

    chosen = Signal(str, object)  # role, PIN (None for a participant)

    def __init__(self, name: str, current: str, parent=None):
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

        from trainer.gui.organization import secret_field

        super().__init__(parent)
        self.setWindowTitle(self.tr("Role of {name}").format(name=name))
        self.setMinimumWidth(460)
        self.role = QComboBox()
        for label, code in ((self.tr("Trainer"), "trainer"), (self.tr("Organizer"), "organizer"),
                            (self.tr("Participant"), "participant")):
            self.role.addItem(label, code)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setCurrentIndex(max(self.role.findData(current if current != "participant" else "trainer"), 0))
        self.role.currentIndexChanged.connect(lambda _index: self.role_changed())
        self.pin = secret_field(self.tr("New PIN"), self.tr("6 to 8 digits"))
        self.pin_again = secret_field(self.tr("New PIN again"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("New &PIN:"), self.pin)
        self.form.addRow(self.tr("New PIN a&gain:"), self.pin_again)
        self.explain = muted("")
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.save_button = self.buttons.addButton(self.tr("&Save role"), QDialogButtonBox.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name = name
        self.role_changed()

    def leading(self) -> bool:
        return self.role.currentData() in ("trainer", "organizer")

    def role_changed(self) -> None:
        leading = self.leading()
        for field in (self.pin, self.pin_again):
            field.setEnabled(leading)
            if not leading:
                field.clear()
        self.error.hide()
        self.explain.setText(self.tr(
            "{name} will open the trainer console with this PIN; tell it to them in private.").format(
            name=self.name) if leading else self.tr("{name} will no longer open the trainer console.").format(
            name=self.name))

    def save(self) -> None:
        import re

        pin = None
        if self.leading():
            if not re.fullmatch(r"\d{6,8}", self.pin.text()):
                self.error.show_error(self.tr("The PIN must have 6 to 8 digits."))
                return
            if self.pin.text() != self.pin_again.text():
                self.error.show_error(self.tr("The two PINs are not the same."))
                return
            pin = self.pin.text()
        role = self.role.currentData()
        self.pin.clear()
        self.pin_again.clear()
        self.chosen.emit(role, pin)
        self.accept()
