"""Reports: attendance, results or the funder summary, exported to CSV, XLSX or PDF off the GUI thread.

Cancel really cancels: the writers stop at the next row and leave no file,
and a file that was finished just as Cancel was pressed is removed.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QPushButton, QRadioButton,
    QVBoxLayout,
)

from trainer.gui.console import workshop_line
from trainer.gui.console.common import FileActions, Section, error_text
from trainer.gui.operations import ProgressJob
from trainer.gui.widgets import ErrorLine, heading, muted

KINDS = ("attendance", "results", "summary")


def build_and_export(db, kind: str, workshop_id: str | None, start: date | None, end: date | None, courses: dict,
                     course, lang: str, fmt: str, paper: str, progress) -> Path:
    """Build the report and write it; a cancel raises out of `progress.report` and leaves no file."""
    if kind == "summary":
        from trainer.reports.summary import funder_summary

        report = funder_summary(db, lang, courses, [workshop_id] if workshop_id else None, start, end,
                                progress=progress.report)
    elif kind == "attendance":
        from trainer.reports.attendance import attendance_report

        report = attendance_report(db, workshop_id, lang)
    else:
        from trainer.reports.results import results_report

        report = results_report(db, workshop_id, course, lang)
    progress.report(0, max(report.row_count, 1))  # a last chance to stop before a file is written
    from trainer.reports.export import export_report

    return export_report(report, fmt, paper=paper, progress=progress.report)


class ReportsSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.job = None
        self.course_ids: dict[str, str] = {}
        self.followed: str | None = None
        self.kind = QComboBox()
        for code, text in zip(KINDS, (self.tr("Attendance"), self.tr("Results"), self.tr("Funder summary"))):
            self.kind.addItem(text, code)
        self.kind.currentIndexChanged.connect(lambda _index: self.update_scope())
        self.kind.currentIndexChanged.connect(lambda _index: self.forget_last_export())
        self.by_workshop = QRadioButton(self.tr("One &workshop:"))
        self.by_dates = QRadioButton(self.tr("All workshops with sessions &between:"))
        self.by_workshop.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.by_workshop)
        scope.addButton(self.by_dates)
        self.by_workshop.toggled.connect(lambda _on: self.update_scope())
        self.workshop = QComboBox()
        self.workshop.setAccessibleName(self.tr("Workshop"))
        self.start = QDateEdit(QDate.currentDate().addMonths(-3))
        self.end = QDateEdit(QDate.currentDate())
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.format = QComboBox()
        for code, text in (("csv", "CSV"), ("xlsx", "XLSX (Excel)"), ("pdf", "PDF")):
            self.format.addItem(text, code)
        self.format.currentIndexChanged.connect(lambda _index: self.update_scope())
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.language = QComboBox()
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(self.lang), 0))  # then the trainer's choice
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = ErrorLine()
        self.file_actions = FileActions(printable=True)

        workshop_row = QHBoxLayout()
        workshop_row.addWidget(self.by_workshop)
        workshop_row.addWidget(self.workshop, 1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.by_dates)
        dates_row.addWidget(self.start)
        dates_row.addWidget(QLabel("–"))
        dates_row.addWidget(self.end)
        dates_row.addStretch(1)
        form = QFormLayout()
        for text, field in ((self.tr("&Report:"), self.kind), (self.tr("&Format:"), self.format),
                            (self.tr("&Paper:"), self.paper), (self.tr("&Language:"), self.language)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        form.insertRow(1, self.tr("Scope:"), workshop_row)
        form.insertRow(2, "", dates_row)
        self.kind_note = muted("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Reports"), 15))
        layout.addWidget(self.kind_note)
        layout.addLayout(form)  # the whole width: a workshop's long title, dates and count read whole
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.file_actions)
        layout.addStretch(1)
        self.update_scope()

    def refresh(self) -> None:
        from trainer.workshops.service import list_workshops

        chosen = self.workshop.currentData()
        if self.console.workshop_id != self.followed:  # the console moved to another workshop: follow it
            chosen, self.followed = self.console.workshop_id, self.console.workshop_id
        self.workshop.clear()
        self.course_ids = {}
        for listing in list_workshops(self.db):
            self.workshop.addItem(workshop_line(listing), listing.workshop.id)
            self.course_ids[listing.workshop.id] = listing.workshop.course_id
        self.workshop.setCurrentIndex(max(self.workshop.findData(chosen), 0))

    def forget_last_export(self) -> None:
        """Another report was chosen: the line about the last file (or its error) is not about this one."""
        if self.job is None:
            self.status.clear()
            self.error.hide()
            self.file_actions.hide()

    def update_scope(self) -> None:
        """Attendance and results are about one workshop; the funder summary may cover a date range instead."""
        summary = self.kind.currentData() == "summary"
        self.by_dates.setEnabled(summary)
        if not summary:
            self.by_workshop.setChecked(True)
        dates = summary and self.by_dates.isChecked()
        self.workshop.setEnabled(not dates)
        self.start.setEnabled(dates)
        self.end.setEnabled(dates)
        self.paper.setEnabled(self.format.currentData() == "pdf")
        notes = {
            "attendance": self.tr("Each person's mark at each session, hours attended and the attendance rate."),
            "results": self.tr("Each person's lessons, quiz scores and modules passed."),
            "summary": self.tr("The counts a funder asks for: people trained by country, sector and sex, hours, "
                               "completions and certificates."),
        }
        self.kind_note.setText(notes[self.kind.currentData()])

    def export(self) -> None:
        if self.job is not None:
            return
        kind, fmt, paper, lang = (self.kind.currentData(), self.format.currentData(), self.paper.currentData(),
                                  self.language.currentData())
        dates = kind == "summary" and self.by_dates.isChecked()
        workshop_id = None if dates else self.workshop.currentData()
        start = _day(self.start.date()) if dates else None
        end = _day(self.end.date()) if dates else None
        self.error.hide()
        self.file_actions.hide()
        if not dates and not workshop_id:
            self.error.show_error(self.tr("Choose a workshop (or, for the funder summary, a date range)."))
            return
        db, courses = self.db, {course.id: course for course in self.context.courses}
        course = None
        if kind == "results":
            course_id = self.course_ids.get(workshop_id, "")
            course = courses.get(course_id)
            if course is None:
                self.error.show_error(self.tr("The course of this workshop ({course}) is not installed on this "
                                              "laptop.").format(course=course_id))
                return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.job = ProgressJob(
            self, self.tr("Export"), self.tr("Building the report…"),
            lambda progress: build_and_export(db, kind, workshop_id, start, end, courses, course, lang, fmt, paper,
                                              progress),
            self.exported, self.failed, self.cancelled)

    def cancelled(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export cancelled: no file was written."))

    def exported(self, path: Path) -> None:
        if self.job is not None and self.job.progress.cancelled:
            Path(path).unlink(missing_ok=True)  # finished just as Cancel was pressed: the trainer said no
            self.cancelled()
            return
        self.job = None
        self.export_button.setEnabled(True)
        self.status.clear()
        self.file_actions.show_file(path)

    def failed(self, error: Exception) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.clear()
        self.error.show_error(error_text(error, self.lang))

    @property
    def busy(self) -> bool:
        return self.job is not None


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
