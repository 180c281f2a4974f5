"""Workshops: the list (current, upcoming, past) and the form to create or edit one and its sessions."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from trainer.countries import country_choices
from trainer.gui.console.common import SaveState, Section, compact, error_text
from trainer.gui.widgets import DateField, ErrorLine, heading, muted
from trainer.i18n import pick
from trainer.locale import format_number


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class WorkshopsSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.editing_id: str | None = None
        self.sessions: list = []
        self.session_writing = False  # a session change is with the background writer: its buttons wait

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Workshop"), self.tr("Days"), self.tr("Sessions"), self.tr("People")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Workshops"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.tree.currentItemChanged.connect(self.tree_choice)
        list_label = QLabel(self.tr("&Workshops"))
        list_label.setBuddy(self.tree)
        self.new_button = QPushButton(self.tr("&New workshop"))
        self.new_button.setShortcut(QKeySequence.New)
        self.new_button.clicked.connect(self.new_workshop)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.tree, 1)
        left.addWidget(self.new_button)

        self.form_title = heading(self.tr("New workshop"), 15)
        self.title = QLineEdit()
        self.place = QLineEdit()
        self.country = QComboBox()
        self.country.addItem("—", "")
        for code, name in country_choices(self.lang):
            self.country.addItem(name, code)
        self.starts = DateField(self.tr("no date (yyyy-mm-dd)"))
        self.ends = DateField(self.tr("no date (yyyy-mm-dd)"))
        self.starts.changed.connect(lambda: self.ends.set_minimum(
            self.starts.value(), self.tr("The workshop would end ({day}) before it starts ({minimum}).")))
        self.course = QComboBox()
        for course in self.context.courses:
            self.course.addItem(pick(course.title, self.lang), course.id)
        self.course.currentIndexChanged.connect(lambda _index: self.show_modules(None))
        self.modules_box = QGroupBox(self.tr("Modules taught"))
        self.modules_layout = QVBoxLayout(self.modules_box)
        self.module_checks: list[QCheckBox] = []
        self.threshold = QSpinBox()
        self.threshold.setRange(-1, 101)  # out-of-range values reach the rule, which explains them
        self.threshold.setSuffix(" %")
        self.threshold.setValue(80)
        self.save_button = QPushButton(self.tr("&Save workshop"))
        self.save_button.setShortcut(QKeySequence.Save)
        self.save_button.clicked.connect(self.save)
        self.error = ErrorLine()
        self.saved = SaveState()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # a long Spanish label goes above its field when narrow
        for text, widget in ((self.tr("&Title"), self.title), (self.tr("&Place"), self.place),
                             (self.tr("Countr&y"), self.country), (self.tr("Sta&rts on"), self.starts),
                             (self.tr("En&ds on"), self.ends), (self.tr("C&ourse"), self.course),
                             (self.tr("Attendance thres&hold"), self.threshold)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        form.insertRow(6, self.modules_box)

        self.sessions_box = QGroupBox(self.tr("Sessions"))
        self.session_table = QTableWidget(0, 4)
        self.session_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Start"), self.tr("Hours"),
                                                      self.tr("Title")])
        self.session_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.session_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.session_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for column in range(3):
            self.session_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.session_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.session_table.verticalHeader().hide()
        compact(self.session_table)
        self.session_table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.session_table.setMaximumHeight(self.fontMetrics().height() * 11)
        self.session_table.setAccessibleName(self.tr("Sessions"))
        self.session_table.currentCellChanged.connect(lambda row, *_: self.show_session(row))
        self.session_date = QDateEdit(QDate.currentDate())
        self.session_date.setCalendarPopup(True)
        self.session_date.setDisplayFormat("yyyy-MM-dd")
        self.session_start = QLineEdit("09:00")
        self.session_start.setPlaceholderText("09:00")
        self.session_hours = QDoubleSpinBox()
        self.session_hours.setRange(0, 24)
        self.session_hours.setSingleStep(0.5)
        self.session_hours.setDecimals(1)
        self.session_hours.setValue(4)
        self.session_title = QLineEdit()
        editor = QGridLayout()  # two fields a line, so the form fits a narrow window in Spanish
        for index, (text, widget) in enumerate(((self.tr("Dat&e"), self.session_date),
                                                (self.tr("Start ti&me"), self.session_start),
                                                (self.tr("Ho&urs"), self.session_hours),
                                                (self.tr("Session tit&le"), self.session_title))):
            label = QLabel(text)
            label.setBuddy(widget)
            editor.addWidget(label, (index // 2) * 2, index % 2)
            editor.addWidget(widget, (index // 2) * 2 + 1, index % 2)
            widget.setAccessibleName(text.replace("&", ""))
        self.add_session_button = QPushButton(self.tr("&Add session"))
        self.change_session_button = QPushButton(self.tr("&Change session"))
        self.remove_session_button = QPushButton(self.tr("Remo&ve session"))
        self.add_session_button.clicked.connect(self.add_session)
        self.change_session_button.clicked.connect(self.change_session)
        self.remove_session_button.clicked.connect(self.remove_session)
        session_buttons = QGridLayout()  # the three buttons wrap to two lines rather than being cut
        session_buttons.addWidget(self.add_session_button, 0, 0)
        session_buttons.addWidget(self.change_session_button, 0, 1)
        session_buttons.addWidget(self.remove_session_button, 1, 0)
        self.session_saved = SaveState()
        self.session_error = ErrorLine()
        self.sessions_hint = muted(self.tr("Save the workshop first, then add its sessions."))
        sessions_layout = QVBoxLayout(self.sessions_box)
        sessions_layout.addWidget(self.sessions_hint)
        sessions_layout.addWidget(self.session_table)
        sessions_layout.addLayout(editor)
        sessions_layout.addLayout(session_buttons)
        sessions_layout.addWidget(self.session_saved)
        sessions_layout.addWidget(self.session_error)

        form_widget = QWidget()
        right = QVBoxLayout(form_widget)
        right.addWidget(self.form_title)
        right.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        buttons.addStretch(0)  # the button keeps its size while the saving words are hidden
        right.addLayout(buttons)
        right.addWidget(self.error)
        right.addWidget(self.sessions_box)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the form wraps to the width; it scrolls down
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(scroll, 1)
        self.show_modules(None)
        self.load_form(None)
        console.workshops_listed.connect(self.listed)

    # -- the list --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the console's list of workshops, asking for a fresh one when data changed since (it arrives in
        `refresh_list`)."""
        if self.console.listings_stale and not self.console.listing:
            self.console.reload_workshops()
        current = self.refresh_list()
        if self.editing_id is not None or current is not None:
            self.load_form(self.console.workshop())

    def listed(self) -> None:
        """The console's list arrived: show it, and the chosen workshop's form unless it is the one being edited."""
        if self.refresh_list() is not None and self.editing_id != self.console.workshop_id:
            self.load_form(self.console.workshop())

    def refresh_list(self):
        """Rebuild the list from the console's; returns the row of the console's workshop, if listed."""
        today = date.today()
        listings = self.console.listings
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        groups = (("current", self.tr("Current")), ("upcoming", self.tr("Upcoming")), ("past", self.tr("Past")))
        for when, label in groups:
            items = [item for item in listings if item.when(today) == when]
            if not items:
                continue
            group = QTreeWidgetItem([f"{label} ({len(items)})"])
            group.setFlags(Qt.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in items:
                days = item.first_day.isoformat() if item.first_day else ""
                if item.last_day and item.last_day != item.first_day:
                    days += f" – {item.last_day.isoformat()}"
                row = QTreeWidgetItem(group, [item.workshop.title, days, str(item.sessions), str(item.enrolled)])
                row.setData(0, Qt.UserRole, item.workshop.id)
                row.setToolTip(0, item.workshop.title)
                if item.workshop.id == self.console.workshop_id:
                    current = row
        self.tree.expandAll()
        if current is not None:
            self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        return current

    def tree_choice(self, item, _previous) -> None:
        workshop_id = item.data(0, Qt.UserRole) if item else None
        if workshop_id == self.console.workshop_id:
            self.load_form(self.console.workshop())
        elif workshop_id:
            self.console.select_workshop(workshop_id)  # every section reloads, this one included

    # -- the workshop form -----------------------------------------------------------------------------

    def new_workshop(self) -> None:
        self.load_form(None)
        self.title.setFocus()

    def load_form(self, workshop) -> None:
        self.editing_id = workshop.id if workshop else None
        self.error.hide()
        self.saved.setText("")
        self.form_title.setText(self.tr("Edit workshop") if workshop else self.tr("New workshop"))
        self.title.setText(workshop.title if workshop else "")
        self.title.setCursorPosition(0)
        self.place.setText(workshop.place if workshop else "")
        self.country.setCurrentIndex(max(self.country.findData(workshop.country if workshop else ""), 0))
        self.starts.set_value(workshop.starts_on if workshop else None)
        self.ends.set_value(workshop.ends_on if workshop else None)
        self.threshold.setValue(workshop.attendance_threshold if workshop else 80)
        if workshop:
            index = self.course.findData(workshop.course_id)
            self.course.blockSignals(True)
            self.course.setCurrentIndex(max(index, 0))
            self.course.blockSignals(False)
        self.show_modules(workshop.module_ids if workshop else None)
        self.sessions = list(workshop.sessions) if workshop else []
        self.show_sessions()

    def show_modules(self, module_ids: list[str] | None) -> None:
        """One checkbox per module of the chosen course; a workshop that names none teaches them all."""
        for check in self.module_checks:
            check.deleteLater()
        self.module_checks = []
        course = self.context.course(self.course.currentData() or "")
        for module in course.modules if course else ():
            check = QCheckBox(pick(module.title, self.lang))
            check.setProperty("module_id", module.id)
            check.setChecked(not module_ids or module.id in module_ids)
            self.modules_layout.addWidget(check)
            self.module_checks.append(check)
        if course is None:
            note = QCheckBox(self.tr("No course is installed on this laptop"))
            note.setEnabled(False)
            self.modules_layout.addWidget(note)
            self.module_checks.append(note)

    def save(self) -> None:
        """Saved by the background writer; the form stays as typed until the workshop is on disk."""
        from trainer.workshops.service import create_workshop, update_workshop

        self.error.hide()
        for field, label in ((self.starts, self.tr("Starts on")), (self.ends, self.tr("Ends on"))):
            if field.value() is None and field.problem():  # not a date; one before the start is the core's to explain
                self.error.show_error(f"{label}: {field.problem()}")
                field.setFocus()
                return
        fields = dict(
            title=self.title.text(), place=self.place.text(), country=self.country.currentData() or "",
            course_id=self.course.currentData() or "", starts_on=self.starts.value(), ends_on=self.ends.value(),
            attendance_threshold=self.threshold.value(),
            module_ids=[check.property("module_id") for check in self.module_checks
                        if check.isChecked() and check.property("module_id")],
        )
        editing_id = self.editing_id

        def work(db):  # may run again after a busy database: it leaves `fields` as they are
            if editing_id:
                return update_workshop(db, editing_id, **fields)
            rest = {name: value for name, value in fields.items() if name not in ("title", "course_id")}
            return create_workshop(db, fields["title"], fields["course_id"], **rest)

        self.save_in_background(f"workshop:{editing_id or 'new'}", work, self.workshop_saved, self.workshop_refused,
                                self.saved, locked=(self.save_button, self.new_button))

    def workshop_saved(self, workshop) -> None:
        self.editing_id = workshop.id
        self.console.workshop_saved(workshop.id, self)
        self.refresh_list()
        self.show_sessions()
        self.saved.setText(self.tr("✓ Saved"))  # the form may have been reloaded meanwhile

    def workshop_refused(self, error: Exception) -> None:
        self.saved.forget()
        self.error.show_error(error_text(error, self.lang))

    # -- sessions --------------------------------------------------------------------------------------

    def show_sessions(self, select: int = 0) -> None:
        saved = self.editing_id is not None
        self.sessions_hint.setVisible(not saved)
        for widget in (self.session_table, self.add_session_button, self.change_session_button,
                       self.remove_session_button, self.session_date, self.session_start, self.session_hours,
                       self.session_title):
            widget.setEnabled(saved)
        self.session_error.hide()
        self.session_table.blockSignals(True)
        self.session_table.setRowCount(len(self.sessions))
        for row, held in enumerate(self.sessions):
            for column, text in enumerate((held.date.isoformat(), held.start_time, format_number(held.hours, self.lang), held.title)):
                self.session_table.setItem(row, column, QTableWidgetItem(text))
        self.session_table.blockSignals(False)
        has_rows = bool(self.sessions)
        self.enable_session_buttons()
        if has_rows:
            self.session_table.selectRow(min(select, len(self.sessions) - 1))
            self.show_session(min(select, len(self.sessions) - 1))
        else:
            self.session_date.setDate(to_qdate(self.starts.value() or date.today()))

    def enable_session_buttons(self) -> None:
        saved, has_rows = self.editing_id is not None and not self.session_writing, bool(self.sessions)
        self.add_session_button.setEnabled(saved)
        self.change_session_button.setEnabled(saved and has_rows)
        self.remove_session_button.setEnabled(saved and has_rows)

    def show_session(self, row: int) -> None:
        if 0 <= row < len(self.sessions):
            held = self.sessions[row]
            self.session_date.setDate(to_qdate(held.date))
            self.session_start.setText(held.start_time)
            self.session_hours.setValue(held.hours)
            self.session_title.setText(held.title)

    def _session_fields(self) -> dict:
        return dict(date=from_qdate(self.session_date.date()), start_time=self.session_start.text().strip(),
                    hours=self.session_hours.value(), title=self.session_title.text())

    def _after_session_change(self, select_id: str | None) -> None:
        self.console.workshop_saved(self.editing_id, self)
        self.refresh_list()
        self.sessions = list(self.console.workshop().sessions)
        ids = [held.id for held in self.sessions]
        self.show_sessions(ids.index(select_id) if select_id in ids else 0)

    def save_session(self, key: str, work, select_id, then=None) -> None:
        """Add, change or remove a session through the background writer; once it is saved the list shows the
        session `select_id(result)`, then `then()` runs."""
        self.session_error.hide()
        locked = (self.add_session_button, self.change_session_button, self.remove_session_button)

        def refused(error: Exception) -> None:
            self.session_writing = False
            self.session_saved.forget()
            self.session_error.show_error(error_text(error, self.lang))
            self.enable_session_buttons()  # the fields stay as typed, to correct

        def saved(result) -> None:
            self.session_writing = False
            self._after_session_change(select_id(result))
            if then is not None:
                then()

        self.session_writing = True
        self.save_in_background(key, work, saved, refused, self.session_saved, locked)

    def add_session(self) -> None:
        from trainer.workshops.service import add_session

        fields, workshop_id = self._session_fields(), self.editing_id

        def next_day() -> None:
            self.session_date.setDate(to_qdate(fields["date"]).addDays(1))  # the next one is most often the day after
            self.session_date.setFocus()

        self.save_session(f"session:add:{workshop_id}", lambda db: add_session(
            db, workshop_id, fields["date"], fields["hours"], fields["start_time"], fields["title"]),
            lambda held: held.id, next_day)

    def change_session(self) -> None:
        from trainer.workshops.service import update_session

        row = self.session_table.currentRow()
        if not 0 <= row < len(self.sessions):
            return
        session_id, fields = self.sessions[row].id, self._session_fields()
        self.save_session(f"session:{session_id}", lambda db: update_session(db, session_id, **fields),
                          lambda _held: session_id)

    def remove_session(self) -> None:
        from trainer.workshops.service import remove_session

        row = self.session_table.currentRow()
        if not 0 <= row < len(self.sessions):
            return
        session_id, before = self.sessions[row].id, self.sessions[row - 1].id if row else None
        self.save_session(f"session:{session_id}", lambda db: remove_session(db, session_id), lambda _none: before)
