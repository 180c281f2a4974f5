"""Taking attendance: one keystroke per person (P, T/L, J/E, A), the next unmarked person selected after each.

Letters of both languages are read by `parse_status`, so a trainer used to
"presente, tarde, justificada, ausente" and one used to "present, late,
excused, absent" both type what they think.

Marks are saved by the database's one background writer: a mark shows at once,
"not saved yet" until it is saved, so a database locked by another program
never freezes the sheet.
"""

from dataclasses import replace
from datetime import date

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QTableView, QVBoxLayout,
)

from trainer.errors import UserError
from trainer.gui.console.common import PersonFields, SaveState, Section, compact, error_text
from trainer.gui.theme import tint
from trainer.gui.widgets import ErrorLine, heading, muted
from trainer.locale import format_hours
from trainer.progress.scoring import normalize_text
from trainer.workshops.attendance_sheet import UNMARKED, parse_status, status_label

SYMBOLS = {"present": "✓", "late": "◑", "excused": "◇", "absent": "✗", UNMARKED: "—"}
COLORS = {"present": QColor("#dcefdc"), "late": QColor("#fff1c7"), "excused": QColor("#e3ecf8"),
          "absent": QColor("#fde2e1")}


def default_session(sessions: list, today: date):
    """Today's session, else the next one, else the last one held."""
    for held in sessions:
        if held.date == today:
            return held
    upcoming = [held for held in sessions if held.date > today]
    if upcoming:
        return min(upcoming, key=lambda held: (held.date, held.start_time))
    return max(sessions, key=lambda held: (held.date, held.start_time)) if sessions else None


class AttendanceModel(QAbstractTableModel):
    """The session sheet's rows; the mark column shows a symbol and a word, so it reads without colour."""

    def __init__(self, lang: str, headers: list[str], unmarked: str, unsaved: str, parent=None):
        super().__init__(parent)
        self.lang, self.headers, self.unmarked, self.unsaved = lang, headers, unmarked, unsaved
        self.sheet = None
        self.keys: list[str] = []
        self.unsaved_ids: set[str] = set()  # people whose mark the writer has not saved yet

    def set_sheet(self, sheet) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.keys = [normalize_text(f"{row.name} {row.organization}") for row in sheet.rows] if sheet else []
        self.endResetModel()

    def set_saved(self, participant_id: str, saved: bool) -> None:
        (self.unsaved_ids.discard if saved else self.unsaved_ids.add)(participant_id)
        row = self.row_of(participant_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def rows(self):
        return self.sheet.rows if self.sheet else []

    def set_status(self, row: int, status: str) -> None:
        rows = list(self.sheet.rows)
        rows[row] = replace(rows[row], status=status)
        self.sheet = replace(self.sheet, rows=rows)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, participant_id: str) -> int:
        return next((i for i, row in enumerate(self.rows()) if row.participant_id == participant_id), -1)

    def mark_text(self, status: str | None) -> str:
        if status is None:
            return f"{SYMBOLS[UNMARKED]} {self.unmarked}"
        return f"{SYMBOLS[status]} {status_label(status, self.lang)}"

    def cell_text(self, row) -> str:
        text = self.mark_text(row.status)
        return f"{text} · {self.unsaved}" if row.participant_id in self.unsaved_ids else text

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        row = self.rows()[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return (str(index.row() + 1), row.name, row.organization, self.cell_text(row))[column]
        if role in (Qt.BackgroundRole, Qt.ForegroundRole) and column == 3 and row.status:
            return tint(COLORS[row.status], QGuiApplication.palette())[0 if role == Qt.BackgroundRole else 1]
        if role == Qt.AccessibleTextRole:
            return f"{row.name}: {self.cell_text(row)}"
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


class NameFilter(QSortFilterProxyModel):
    """Keeps the rows whose name or organization contains what was typed, ignoring case and accents."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = normalize_text(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        return not self.needle or self.needle in self.sourceModel().keys[source_row]


class AttendanceSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.title = heading(self.tr("Attendance"), 15)
        self.sessions: list = []
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Session"))
        self.session.activated.connect(lambda _index: self.load_sheet())
        session_label = QLabel(self.tr("&Session:"))
        session_label.setBuddy(self.session)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        self.totals.setStyleSheet("font-weight: bold; padding: 4px 0;")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type part of a name; Esc clears"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a person"))
        self.filter.textChanged.connect(self.filter_changed)
        self.filter.installEventFilter(self)
        filter_label = QLabel(self.tr("&Find:"))
        filter_label.setBuddy(self.filter)
        QShortcut(QKeySequence.Find, self, activated=self.focus_filter, context=Qt.WidgetWithChildrenShortcut)

        self.model = AttendanceModel(self.lang, ["#", self.tr("Name"), self.tr("Organization"), self.tr("Mark")],
                                     self.tr("not marked"), self.tr("not saved yet"))
        self.unsaved: dict[str, tuple[str, str]] = {}  # person -> (session, mark) handed to the writer, not saved yet
        self.proxy = NameFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People and their marks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        compact(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)  # the number and mark columns are sized once per load
        self.table.installEventFilter(self)

        self.keys_hint = muted(self.tr("Keys: P present · T or L late · J or E excused · A absent · "
                                       "Ctrl+F find · Esc clears the search"))
        self.keys_hint.setWordWrap(True)
        self.rule = muted(self.tr("Attendance % counts the sessions held while a person was enrolled: someone "
                                  "added on day 2 is not counted absent on day 1 if day 1 was taken on its day."))
        self.rule.setWordWrap(True)
        self.save_state = SaveState()
        self.save_state.setAccessibleName(self.tr("Saving marks"))
        self.all_present_button = QPushButton(self.tr("Mark everyone else &present"))
        self.all_present_button.clicked.connect(self.mark_everyone_present)
        self.walk_in_button = QPushButton(self.tr("Add a &walk-in…"))
        self.walk_in_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.history_button = QPushButton(self.tr("&History of this person"))
        self.history_button.setShortcut(QKeySequence("Ctrl+H"))
        self.history_button.clicked.connect(self.show_history)
        self.error = ErrorLine()
        self.dialog = None
        self.busy = False

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(session_label)
        top.addWidget(self.session, 1)
        search = QHBoxLayout()
        search.addWidget(filter_label)
        search.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        for button in (self.all_present_button, self.walk_in_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.rule)
        layout.addWidget(self.save_state)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for before, after in ((self.session, self.filter), (self.filter, self.table),
                              (self.table, self.all_present_button)):
            self.setTabOrder(before, after)

    # -- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        workshop = self.console.workshop()
        self.sessions = list(workshop.sessions) if workshop else []
        chosen = self.session.currentData()
        self.session.clear()
        today = date.today()
        for held in self.sessions:
            text = f"{held.date.isoformat()} · {held.start_time} · {format_hours(held.hours, self.lang)}"
            if held.title:
                text += f" · {held.title}"
            if held.date == today:
                text += " · " + self.tr("today")
            self.session.addItem(text, held.id)
        if chosen not in [held.id for held in self.sessions]:
            first = default_session(self.sessions, today)
            chosen = first.id if first else None
        self.session.setCurrentIndex(max(self.session.findData(chosen), 0))
        for widget in (self.all_present_button, self.walk_in_button, self.history_button, self.filter, self.table):
            widget.setEnabled(bool(self.sessions))
        if workshop is None:
            self.title.setText(self.tr("Attendance"))
        else:
            self.title.setText(self.tr("Attendance: {workshop}").format(workshop=workshop.title))
        self.load_sheet()

    def load_sheet(self, select_id: str | None = None) -> None:
        from trainer.workshops.attendance_sheet import session_sheet

        session_id = self.session.currentData()
        self.error.hide()
        if not session_id:
            self.model.set_sheet(None)
            self.totals.setText(self.tr("This workshop has no sessions yet: add them in the section Workshops."))
            return
        self.model.set_sheet(session_sheet(self.db, session_id))
        for participant_id, (marked_in, status) in self.unsaved.items():  # the sheet shows what is on its way too
            row = self.model.row_of(participant_id)
            if marked_in == session_id and row >= 0:
                self.model.set_status(row, status)
        self.table.resizeColumnToContents(0)
        widest = f"{self.model.mark_text('excused')} · {self.model.unsaved}"  # a mark still on its way
        self.table.setColumnWidth(3, max(self.table.sizeHintForColumn(3),
                                         self.fontMetrics().horizontalAdvance(widest) + 24))
        self.show_totals()
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            self.select_source_row(row)
        else:
            self.select_next_unmarked(-1)

    def show_totals(self) -> None:
        totals = self.model.sheet.totals
        parts = [f"{SYMBOLS[status]} {status_label(status, self.lang).capitalize()}: {totals[status]}"
                 for status in ("present", "late", "excused", "absent")]
        parts.append(f"{SYMBOLS[UNMARKED]} " + self.tr("Not marked: {count}").format(count=totals[UNMARKED]))
        self.totals.setText("     ".join(parts))
        self.totals.setAccessibleName(", ".join(parts))

    # -- marking ---------------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.KeyPress:
            return False
        key, text = event.key(), event.text()
        if watched is self.filter:
            if key == Qt.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
            if key in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter) and self.proxy.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            return False
        if watched is self.table:
            if key == Qt.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
            if text and text.isalpha() and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
                try:
                    status = parse_status(text)
                except UserError:
                    return True  # other letters would jump to a name; here they do nothing
                self.mark_current(status)
                return True
        return False

    def current_source_row(self) -> int:
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def mark_current(self, status: str) -> None:
        """Show the mark at once, "not saved yet", and hand it to the background writer."""
        from trainer.workshops.service import record_attendance

        row = self.current_source_row()
        if row < 0:
            return
        person = self.model.rows()[row]
        session_id, participant_id, before = self.model.sheet.session_id, person.participant_id, person.status
        marker = self.actor_id()
        self.error.hide()
        self.unsaved[participant_id] = (session_id, status)
        self.model.set_status(row, status)
        self.model.set_saved(participant_id, False)
        self.show_totals()

        def saved(_mark) -> None:
            if self.unsaved.get(participant_id) == (session_id, status):  # not marked again meanwhile
                del self.unsaved[participant_id]
                self.model.set_saved(participant_id, True)
            self.data_saved()

        def refused(error: Exception) -> None:
            if self.unsaved.get(participant_id) == (session_id, status):
                del self.unsaved[participant_id]
                self.model.set_saved(participant_id, True)
                back = self.model.row_of(participant_id)
                if back >= 0 and self.model.sheet.session_id == session_id:
                    self.model.set_status(back, before)
                    self.show_totals()
            self.error.show_error(error_text(error, self.lang))

        self.save_in_background(f"attendance:{session_id}:{participant_id}",
                                lambda db: record_attendance(db, session_id, participant_id, status, marker),
                                saved, refused, self.save_state)
        if self.filter.text():  # looked someone up: ready to look up the next one
            self.filter.selectAll()
            self.filter.setFocus()
        else:
            self.select_next_unmarked(self.table.currentIndex().row())

    def select_next_unmarked(self, after: int) -> None:
        """Select the first unmarked row below `after` (a row of the table as shown), wrapping to the top."""
        count = self.proxy.rowCount()
        if not count:
            return
        rows = self.model.rows()
        order = list(range(after + 1, count)) + list(range(0, after + 1))
        target = next((r for r in order if rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()].status is None),
                      min(after + 1, count - 1) if after >= 0 else 0)
        self.table.selectRow(target)
        self.table.scrollTo(self.proxy.index(target, 0))

    def select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def mark_everyone_present(self) -> None:
        """Everyone not marked yet is present: by the background writer, after the marks given before it."""
        from trainer.workshops.attendance_sheet import mark_everyone_unmarked

        session_id = self.model.sheet.session_id if self.model.sheet else None
        if not session_id or self.busy:
            return
        marker = self.actor_id()
        self.busy = True
        self.save_in_background(f"attendance-rest:{session_id}",
                                lambda db: mark_everyone_unmarked(db, session_id, "present", marker),
                                self.marked_everyone, self.failed, self.save_state, locked=(self.all_present_button,))

    def marked_everyone(self, _count: int) -> None:
        self.busy = False
        self.data_saved()
        self.load_sheet()
        self.table.setFocus()

    def failed(self, error: Exception) -> None:
        self.busy = False
        self.error.show_error(error_text(error, self.lang))

    # -- walk-ins and history --------------------------------------------------------------------------

    def add_walk_in(self) -> None:
        self.dialog = WalkInDialog(self)
        self.dialog.open()

    def walk_in_added(self, person) -> None:
        """The walk-in is on the roster and marked present at the session being taken: show them selected."""
        self.data_saved()
        self.filter.clear()
        self.load_sheet(select_id=person.id)
        self.table.setFocus()

    def show_history(self) -> None:
        from trainer.workshops.attendance_sheet import attendance_log

        row = self.current_source_row()
        if row < 0:
            return
        person = self.model.rows()[row]
        groups = []
        for held in self.sessions:
            entries = attendance_log(self.db, held.id, person.participant_id)
            if entries:
                title = self.tr("Session of {day}, {start}").format(day=held.date.isoformat(), start=held.start_time)
                groups.append((title, [entry.describe(self.lang) for entry in entries]))
        self.dialog = HistoryDialog(person.name, groups, self)
        self.dialog.open()


class WalkInDialog(QDialog):
    """Someone not on the roster arrived at the session being taken: add, enrol and mark them present there."""

    def __init__(self, section: AttendanceSection):
        super().__init__(section)
        self.section = section
        self.setWindowTitle(self.tr("Add a walk-in"))
        self.setMinimumWidth(900)
        self.fields = PersonFields(section.lang)
        workshop = section.console.workshop()
        self.fields.set_country(workshop.country if workshop else "")
        self.fields.submitted.connect(self.save)
        held = next((held for held in section.sessions if held.id == section.session.currentData()), None)
        self.where = muted(self.tr("They are enrolled and marked present at the session of {day}, {start}.").format(
            day=held.date.isoformat(), start=held.start_time) if held else "")
        self.error = ErrorLine()
        self.state = SaveState()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("Add, enrol and mark present"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.where)
        layout.addWidget(self.error)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self.fields.name.setFocus()

    def save(self) -> None:
        """Checked here (a refusal shows at once), saved by the background writer; the dialog closes when saved."""
        from trainer.roster.enrolment import add_walk_in

        section = self.section
        try:
            profile = self.fields.profile().cleaned()
        except UserError as error:
            self.error.show_error(error.message(section.lang))
            return
        if not self.save_button.isEnabled() or section.model.sheet is None:
            return
        self.error.hide()
        workshop_id, session_id, marker = section.console.workshop_id, section.model.sheet.session_id, section.actor_id()
        section.save_in_background(f"walk-in:{session_id}",
                                   lambda db: add_walk_in(db, workshop_id, profile, session_id, marker),
                                   self.saved, self.refused, self.state, locked=(self.save_button,))

    def saved(self, person) -> None:
        if shiboken6.isValid(self):  # cancelled meanwhile: the walk-in is saved all the same
            self.accept()
        self.section.walk_in_added(person)

    def refused(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self.error.show_error(error_text(error, self.section.lang))


class HistoryDialog(QDialog):
    """Every attendance change of one person in this workshop, oldest first, with who made it."""

    def __init__(self, name: str, groups: list[tuple[str, list[str]]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {name}").format(name=name))
        self.setMinimumSize(620, 320)
        self.list = QListWidget()
        self.list.setAccessibleName(self.windowTitle())
        for title, lines in groups:  # each session's title in bold, then its changes, oldest first
            header = QListWidgetItem(title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemIsEnabled)
            self.list.addItem(header)
            self.list.addItems([f"    {line}" for line in lines])
        if not groups:
            self.list.addItem(self.tr("No attendance marked yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
