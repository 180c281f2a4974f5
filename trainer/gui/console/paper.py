"""Paper mode: print handouts, quiz sheets and answer keys; type the paper results back in, in a grid."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from trainer.gui.console.common import ERROR_BACKGROUND, ERROR_MARK, FileActions, Section, compact, error_text
from trainer.gui.operations import run_in_background
from trainer.gui.widgets import ErrorLine, heading, muted
from trainer.i18n import pick


def check_and_record(db, workshop_id: str, course, quiz, rows, marks: bool, progress):
    """Check the grid; record it only when every cell is right. Returns (scores, attempts or None)."""
    from trainer.paper.score_grid import read_score_grid
    from trainer.paper.scores import record_paper_scores

    scores = read_score_grid(db, workshop_id, quiz, rows, marks=marks)
    if scores.problems:
        return scores, None
    return scores, record_paper_scores(db, course, scores, progress.report)


class PaperSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.course = None
        self.people: list = []
        self.busy = False
        self.title = heading(self.tr("Paper mode"), 15)
        self.module = QComboBox()
        self.module.currentIndexChanged.connect(lambda _index: self.module_chosen())
        self.lesson = QComboBox()
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.language = QComboBox()
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(self.lang), 0))
        choices = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Module:"), self.module, 3), (self.tr("&Lesson:"), self.lesson, 3),
                                      (self.tr("Pape&r:"), self.paper, 1), (self.tr("Lan&guage:"), self.language, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            choices.addWidget(label)
            choices.addWidget(widget, stretch)

        self.handout_button = QPushButton(self.tr("Lesson &handout (PDF)"))
        self.quiz_button = QPushButton(self.tr("&Quiz sheet (PDF)"))
        self.key_button = QPushButton(self.tr("&Answer key (PDF)"))
        self.template_button = QPushButton(self.tr("&Score sheet (CSV)"))
        self.handout_button.clicked.connect(self.write_handout)
        self.quiz_button.clicked.connect(lambda: self.write_quiz(False))
        self.key_button.clicked.connect(lambda: self.write_quiz(True))
        self.template_button.clicked.connect(self.write_template)
        documents = QHBoxLayout()
        for button in (self.handout_button, self.quiz_button, self.key_button, self.template_button):
            documents.addWidget(button)
        documents.addStretch(1)
        self.writing = QLabel()
        self.file_error = ErrorLine()
        self.file_actions = FileActions(printable=True)

        scores_box = QGroupBox(self.tr("Type paper scores"))
        self.answers_mode = QRadioButton(self.tr("Answers as &written (A, B, V/F, numbers, words)"))
        self.marks_mode = QRadioButton(self.tr("Right (1) or wrong (&0)"))
        self.answers_mode.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.answers_mode)
        modes.addButton(self.marks_mode)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.answers_mode)
        mode_row.addWidget(self.marks_mode)
        mode_row.addStretch(1)
        self.grid = QTableWidget()
        self.grid.setAccessibleName(self.tr("Paper scores: one row per person, one column per question"))
        self.grid.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                                  | QAbstractItemView.EditKeyPressed)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        compact(self.grid)
        self.grid_hint = muted(self.tr("Type what each person answered and press Tab for the next question. "
                                       "Leave a row empty for someone who did not take the quiz."))
        self.check_button = QPushButton(self.tr("&Check"))
        self.record_button = QPushButton(self.tr("R&ecord scores"))
        self.check_button.clicked.connect(lambda: self.submit(record=False))
        self.record_button.clicked.connect(lambda: self.submit(record=True))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.problems.itemActivated.connect(self.go_to_problem)
        self.scores_result = QLabel()
        self.scores_result.setWordWrap(True)
        score_buttons = QHBoxLayout()
        score_buttons.addWidget(self.check_button)
        score_buttons.addWidget(self.record_button)
        score_buttons.addWidget(self.scores_result, 1)
        scores_layout = QVBoxLayout(scores_box)
        scores_layout.addLayout(mode_row)
        scores_layout.addWidget(self.grid_hint)
        scores_layout.addWidget(self.grid, 1)
        scores_layout.addWidget(self.problems)
        scores_layout.addLayout(score_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(choices)
        layout.addLayout(documents)
        layout.addWidget(self.writing)
        layout.addWidget(self.file_error)
        layout.addWidget(self.file_actions)
        layout.addWidget(scores_box, 1)

    # -- choices ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from trainer.workshops.class_progress import taught_modules
        from trainer.workshops.service import roster

        workshop = self.console.workshop()
        self.course = self.context.course(workshop.course_id) if workshop else None
        chosen = self.module.currentData()
        self.module.blockSignals(True)
        self.module.clear()
        if workshop is None:
            self.title.setText(self.tr("Paper mode"))
        else:
            self.title.setText(self.tr("Paper mode: {workshop}").format(workshop=workshop.title))
        if self.course is not None:
            for module in taught_modules(self.course, workshop.module_ids):
                self.module.addItem(pick(module.title, self.lang), module.id)
        self.module.setCurrentIndex(max(self.module.findData(chosen), 0))
        self.module.blockSignals(False)
        self.people = roster(self.db, workshop.id) if workshop else []
        if workshop is not None and self.course is None:
            self.file_error.show_error(self.tr("The course of this workshop ({course}) is not installed on this "
                                               "laptop.").format(course=workshop.course_id))
        self.module_chosen()

    def chosen_module(self):
        return self.course.module(self.module.currentData()) if self.course and self.module.currentData() else None

    def module_chosen(self) -> None:
        module = self.chosen_module()
        self.lesson.clear()
        if module is not None:
            self.lesson.addItem(self.tr("The whole module"), module.id)
            for lesson in module.lessons:
                self.lesson.addItem(pick(lesson.title, self.lang), lesson.id)
        has_quiz = module is not None and module.quiz is not None
        self.handout_button.setEnabled(module is not None)
        for widget in (self.quiz_button, self.key_button, self.template_button, self.grid, self.check_button,
                       self.record_button):
            widget.setEnabled(has_quiz and not self.busy)
        self.build_grid()

    def build_grid(self) -> None:
        module = self.chosen_module()
        quiz = module.quiz if module else None
        questions = quiz.questions if quiz else ()
        self.grid.clear()
        self.grid.setRowCount(len(self.people))
        self.grid.setColumnCount(len(questions))
        self.grid.setHorizontalHeaderLabels([str(n) for n in range(1, len(questions) + 1)])
        self.grid.setVerticalHeaderLabels([person.name for person in self.people])
        for column, question in enumerate(questions):
            self.grid.horizontalHeaderItem(column).setToolTip(pick(question.prompt, self.lang))
            self.grid.setColumnWidth(column, 52)
        for row in range(len(self.people)):
            for column in range(len(questions)):
                self.grid.setItem(row, column, QTableWidgetItem(""))
        self.problems.clear()
        self.problems.hide()
        self.scores_result.clear()

    # -- documents -------------------------------------------------------------------------------------

    def write(self, work, what: str) -> None:
        """Write a file off the GUI thread, then offer to open it."""
        if self.busy:
            return
        self.busy = True
        self.file_error.hide()
        self.file_actions.hide()
        self.writing.setText(self.tr("Writing the {what}…").format(what=what))
        run_in_background(work, self.written, self.write_failed)

    def written(self, path) -> None:
        self.busy = False
        self.writing.clear()
        self.file_actions.show_file(path)

    def write_failed(self, error: Exception) -> None:
        self.busy = False
        self.writing.clear()
        self.file_error.show_error(error_text(error, self.lang))

    def _document_options(self):
        workshop = self.console.workshop()
        return self.course, self.language.currentData(), self.paper.currentData(), workshop

    def write_handout(self) -> None:
        from trainer.paper.handout import lesson_handout

        course, lang, paper, workshop = self._document_options()
        key = self.lesson.currentData()
        if course is None or not key:
            return
        self.write(lambda progress: lesson_handout(course, key, lang, workshop.country or None, paper,
                                                   subtitle=workshop.title, progress=progress.report),
                   self.tr("handout"))

    def write_quiz(self, answer_key: bool) -> None:
        from trainer.paper.quiz_sheet import quiz_sheet

        course, lang, paper, workshop = self._document_options()
        module = self.chosen_module()
        if module is None or module.quiz is None:
            return
        quiz_id = module.quiz.id
        self.write(lambda progress: quiz_sheet(course, quiz_id, lang, paper, answer_key, subtitle=workshop.title,
                                               progress=progress.report),
                   self.tr("answer key") if answer_key else self.tr("quiz sheet"))

    def write_template(self) -> None:
        from trainer.paper.scores import score_sheet_template

        course, lang, _paper, workshop = self._document_options()
        module = self.chosen_module()
        if module is None or module.quiz is None:
            return
        db, quiz = self.db, module.quiz
        self.write(lambda progress: score_sheet_template(db, workshop.id, quiz, lang), self.tr("score sheet"))

    # -- typed scores ----------------------------------------------------------------------------------

    def grid_rows(self) -> list[tuple[str, list[str]]]:
        return [(person.id, [self.grid.item(row, column).text().strip() if self.grid.item(row, column) else ""
                             for column in range(self.grid.columnCount())])
                for row, person in enumerate(self.people)]

    def submit(self, record: bool) -> None:
        """Check every cell; with `record`, save the attempts when nothing is wrong (off the GUI thread)."""
        from trainer.paper.score_grid import read_score_grid

        module = self.chosen_module()
        if module is None or module.quiz is None or self.busy:
            return
        if self.grid.state() == QAbstractItemView.EditingState:
            self.grid.commitData(self.grid.focusWidget())
        db, workshop_id, course, quiz = self.db, self.console.workshop_id, self.course, module.quiz
        rows, marks = self.grid_rows(), self.marks_mode.isChecked()
        if not record:
            self.show_problems(read_score_grid(db, workshop_id, quiz, rows, marks=marks))
            return
        self.busy = True
        self.record_button.setEnabled(False)
        self.scores_result.setText(self.tr("Recording…"))
        run_in_background(lambda progress: check_and_record(db, workshop_id, course, quiz, rows, marks, progress),
                          self.recorded, self.record_failed)

    def show_problems(self, scores) -> bool:
        """Mark the cells with problems (tint, tooltip and the list below); True when there are none."""
        from trainer.paper.score_grid import problem_cell

        names = {person.id: person.name for person in self.people}
        for row in range(self.grid.rowCount()):
            self.grid.verticalHeaderItem(row).setText(self.people[row].name)
            for column in range(self.grid.columnCount()):
                item = self.grid.item(row, column)
                item.setBackground(Qt.transparent)
                item.setToolTip("")
        self.problems.clear()
        for problem in scores.problems:
            row, column = problem_cell(problem)
            message = problem.error.message(self.lang)
            if 0 <= row < self.grid.rowCount():
                header = self.grid.verticalHeaderItem(row)
                header.setText(f"{ERROR_MARK} {names[self.people[row].id]}")
                cells = range(self.grid.columnCount()) if column is None else (column,)
                for cell in cells:
                    self.grid.item(row, cell).setBackground(ERROR_BACKGROUND)
                    self.grid.item(row, cell).setToolTip(message)
                where = self.people[row].name if column is None else self.tr("{name}, question {number}").format(
                    name=self.people[row].name, number=column + 1)
            else:
                where = self.tr("Grid")
            entry = QListWidgetItem(f"{ERROR_MARK} {where}: {message}")
            entry.setData(Qt.UserRole, (row, column or 0))
            self.problems.addItem(entry)
        self.problems.setVisible(bool(scores.problems))
        if scores.problems:
            self.scores_result.setText(self.tr("{count} problem(s): nothing was recorded. Correct the cells marked "
                                               "⚠ and try again.").format(count=len(scores.problems)))
        else:
            self.scores_result.setText(self.tr("✓ No problems: {count} result(s) ready to record.").format(
                count=len(scores.results)))
        return not scores.problems

    def go_to_problem(self, item) -> None:
        row, column = item.data(Qt.UserRole)
        if 0 <= row < self.grid.rowCount():
            self.grid.setCurrentCell(row, column)
            self.grid.setFocus()

    def recorded(self, outcome) -> None:
        self.busy = False
        self.record_button.setEnabled(True)
        scores, attempts = outcome
        if not self.show_problems(scores):
            return
        passed = sum(attempt.passed for attempt in attempts)
        self.build_grid()  # recorded: an empty grid, so the same sheets are not typed in twice
        self.scores_result.setText(self.tr("✓ {count} paper result(s) recorded; {passed} passed.").format(
            count=len(attempts), passed=passed))
        self.data_saved()

    def record_failed(self, error: Exception) -> None:
        self.busy = False
        self.record_button.setEnabled(True)
        self.scores_result.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
