"""Paper mode: print handouts, quiz sheets and answer keys; type the paper results back in, in a grid."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QTableView, QVBoxLayout,
)

from trainer.gui.console.common import (
    ERROR_BACKGROUND, ERROR_MARK, FileActions, SaveState, Section, compact, error_text,
)
from trainer.gui.console.roster import roster_rows
from trainer.gui.operations import run_in_background
from trainer.gui.theme import tint
from trainer.gui.widgets import ErrorLine, heading, muted
from trainer.i18n import pick
from trainer.paper.scores import number_list


def check_and_record(db, workshop_id: str, course, quiz, rows, marks: bool):
    """Check the grid; record it only when every cell is right. Returns (scores, attempts or None)."""
    from trainer.paper.score_grid import read_score_grid
    from trainer.paper.scores import record_paper_scores

    scores = read_score_grid(db, workshop_id, quiz, rows, marks=marks)
    if scores.problems:
        return scores, None
    return scores, record_paper_scores(db, course, scores)


class PaperScores(QAbstractTableModel):
    """What was typed from the paper sheets: a list of lists of text, one row per person, one column per question.
    Cells with a problem are tinted and carry its message; the names of people with a problem are marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: list[str] = []
        self.prompts: list[str] = []
        self.cells: list[list[str]] = []
        self.problems: dict[tuple[int, int], str] = {}  # (row, column): the message
        self.marked: set[int] = set()  # rows whose name shows the problem mark

    def reset(self, names: list[str], prompts: list[str]) -> None:
        """Empty cells for these people and questions."""
        self.beginResetModel()
        self.names, self.prompts = names, prompts
        self.cells = [[""] * len(prompts) for _name in names]
        self.problems, self.marked = {}, set()
        self.endResetModel()

    def mark(self, problems: dict[tuple[int, int], str], marked: set[int]) -> None:
        """Show these problems instead of the previous ones."""
        self.problems, self.marked = problems, marked
        if self.cells and self.prompts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.cells) - 1, len(self.prompts) - 1),
                                  [Qt.BackgroundRole, Qt.ForegroundRole, Qt.ToolTipRole])
            self.headerDataChanged.emit(Qt.Vertical, 0, len(self.cells) - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.prompts)

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable

    def data(self, index, role=Qt.DisplayRole):
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self.cells[index.row()][index.column()]
        problem = self.problems.get((index.row(), index.column()))
        if problem is None:
            return None
        if role == Qt.ToolTipRole:
            return problem
        if role in (Qt.BackgroundRole, Qt.ForegroundRole):
            return tint(ERROR_BACKGROUND, QGuiApplication.palette())[0 if role == Qt.BackgroundRole else 1]
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        self.cells[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index, [Qt.DisplayRole, Qt.EditRole])
        return True

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and section < len(self.prompts):
            if role == Qt.DisplayRole:
                return str(section + 1)
            if role == Qt.ToolTipRole:
                return self.prompts[section]
        if orientation == Qt.Vertical and section < len(self.names):
            if role == Qt.DisplayRole:
                return f"{ERROR_MARK} {self.names[section]}" if section in self.marked else self.names[section]
            if role == Qt.ToolTipRole:
                return self.names[section]
        return super().headerData(section, orientation, role)


class PaperGrid(QTableView):
    """One row per person, one column per question. Tab on a row's last cell goes to the next person only when the
    row is complete (or empty: not taken); otherwise it goes back to the row's first empty cell and says so, so a
    half-typed row never runs into the next person unnoticed. Delete and Backspace clear the selected cells."""

    held = Signal(int)  # Tab stayed on this row
    held_row: int | None = None  # the last row Tab stayed on, warned about until it is complete or empty

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setModel(PaperScores(self))

    def texts(self, row: int) -> list[str]:
        return [text.strip() for text in self.model().cells[row]]

    def empty_columns(self, row: int) -> list[int]:
        return [column for column, text in enumerate(self.texts(row)) if not text]

    def setCurrentCell(self, row: int, column: int) -> None:
        self.setCurrentIndex(self.model().index(row, column))

    def moveCursor(self, action, modifiers):
        current = self.currentIndex()
        columns = self.model().columnCount()
        if action != QAbstractItemView.MoveNext or not current.isValid() or current.column() != columns - 1:
            return super().moveCursor(action, modifiers)
        row = current.row()
        empty = self.empty_columns(row)
        if empty and len(empty) < columns:
            self.held_row = row
            self.held.emit(row)
            return self.model().index(row, empty[0])
        if row == self.model().rowCount() - 1:
            return current  # the last person: Check or Record comes next, not a jump back to the first
        return self.model().index(row + 1, 0)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and self.state() != QAbstractItemView.EditingState:
            for index in self.selectedIndexes() or [self.currentIndex()]:
                if index.isValid():
                    self.model().setData(index, "")
            event.accept()
            return
        super().keyPressEvent(event)


class PaperSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.course = None
        self.people: list = []  # the roster as (id, name, ...) tuples, by name
        self.loads = 0
        self.loading = False
        self.busy = False
        self.save_key: str | None = None  # the grid's results waiting in the background writer
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
        choices = QGridLayout()  # two lines, so long Spanish module titles are not cut on a small screen
        for index, (text, widget) in enumerate(((self.tr("&Module:"), self.module), (self.tr("Pape&r:"), self.paper),
                                                (self.tr("&Lesson:"), self.lesson),
                                                (self.tr("Lan&guage:"), self.language))):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            choices.addWidget(label, index // 2, (index % 2) * 2)
            choices.addWidget(widget, index // 2, (index % 2) * 2 + 1)
        choices.setColumnStretch(1, 3)
        choices.setColumnStretch(3, 1)

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
        self.grid = PaperGrid()
        self.grid.setAccessibleName(self.tr("Paper scores: one row per person, one column per question"))
        self.grid.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                                  | QAbstractItemView.EditKeyPressed)
        self.grid.setSelectionMode(QAbstractItemView.ExtendedSelection)
        compact(self.grid)
        # every question fits the width when it can; narrow screens scroll sideways rather than cut a column
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("A, B") + 12)
        self.grid.verticalHeader().setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.grid.verticalHeader().setTextElideMode(Qt.ElideRight)
        self.scores = self.grid.model()
        self.grid.selectionModel().currentChanged.connect(lambda current, _previous: self.show_row_state(current.row()))
        self.scores.dataChanged.connect(lambda top_left, _bottom_right, roles: self.typed(top_left.row(), roles))
        self.grid.held.connect(self.show_row_state)
        self.grid_hint = muted(self.tr("Type what each person answered and press Tab for the next question; type - "
                                       "for a question left blank. Tab goes on to the next person once the row is "
                                       "complete. Leave a row empty for someone who did not take the quiz. Delete "
                                       "clears the selected cells."))
        self.row_state = muted("")
        self.row_state.setAccessibleName(self.tr("The current person's row"))
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
        self.save_state = SaveState()
        score_buttons = QHBoxLayout()
        score_buttons.addWidget(self.check_button)
        score_buttons.addWidget(self.record_button)
        score_buttons.addWidget(self.scores_result, 1)
        scores_layout = QVBoxLayout(scores_box)
        scores_layout.addLayout(mode_row)
        scores_layout.addWidget(self.grid_hint)
        scores_layout.addWidget(self.grid, 1)
        scores_layout.addWidget(self.row_state)
        scores_layout.addWidget(self.problems)
        scores_layout.addLayout(score_buttons)
        scores_layout.addWidget(self.save_state)

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
        """The workshop's modules now; its roster is fetched off the GUI thread and the grid filled when it arrives."""
        from trainer.workshops.class_progress import taught_modules

        if self.save_key is not None:  # the typed grid is being recorded: rebuild once it is saved
            self.stale = True
            return
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
        self.people = []
        self.loads += 1
        if workshop is not None and self.course is None:
            self.file_error.show_error(self.tr("The course of this workshop ({course}) is not installed on this "
                                               "laptop.").format(course=workshop.course_id))
        self.module_chosen()
        if workshop is not None:
            load, db, workshop_id = self.loads, self.db, workshop.id
            self.loading = True
            run_in_background(lambda _progress: roster_rows(db, workshop_id),
                              lambda people: self.people_loaded(load, people),
                              lambda error: self.load_failed(load, error))

    def people_loaded(self, load: int, people: list) -> None:
        if load != self.loads:  # a newer load is on its way
            return
        self.loading = False
        if self.save_key is not None:  # the typed grid is being recorded: rebuild once it is saved
            self.stale = True
            return
        self.people = people
        self.build_grid()

    def load_failed(self, load: int, error: Exception) -> None:
        if load == self.loads:
            self.loading = False
            self.file_error.show_error(error_text(error, self.lang))

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
        self.grid.held_row = None
        self.scores.reset([person.name for person in self.people], [pick(q.prompt, self.lang) for q in questions])
        self.problems.clear()
        self.problems.hide()
        self.scores_result.clear()
        self.row_state.clear()

    def show_row_state(self, row: int) -> None:
        """Under the grid, in words: how much of the current person's row is typed and which questions are left."""
        if not 0 <= row < len(self.people) or not self.scores.columnCount():
            self.row_state.clear()
            return
        name, count = self.people[row].name, self.scores.columnCount()
        empty = self.grid.empty_columns(row)
        numbers = number_list([column + 1 for column in empty])
        if empty and len(empty) < count and row == self.grid.held_row:
            text = self.tr("⚠ {name}'s row is not complete: question(s) {numbers} still empty. Type - for a question "
                           "left blank, or clear the whole row if {name} did not take the quiz.").format(
                name=name, numbers=numbers)
        elif len(empty) == count:
            text = self.tr("{name}: nothing typed (an empty row means {name} did not take the quiz).").format(
                name=name)
        elif empty:
            text = self.tr("{name}: {typed} of {count} typed; still empty: {numbers}.").format(
                name=name, typed=count - len(empty), count=count, numbers=numbers)
        else:
            text = self.tr("✓ {name}: all {count} questions typed.").format(name=name, count=count)
        self.row_state.setText(text)
        self.row_state.setAccessibleName(text)

    def typed(self, row: int, roles) -> None:
        if not roles or Qt.DisplayRole in roles:  # a cell's text, not only its problem tint
            self.show_row_state(row)

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
        return [(person.id, self.grid.texts(row)) for row, person in enumerate(self.people)]

    def submit(self, record: bool) -> None:
        """Check every cell; with `record`, hand the check and the attempts to the background writer, which saves
        them when nothing is wrong (and keeps trying while the database is busy)."""
        from trainer.paper.score_grid import read_score_grid

        module = self.chosen_module()
        if module is None or module.quiz is None or self.busy:
            return
        if self.grid.state() == QAbstractItemView.EditingState:
            self.grid.commitData(self.grid.focusWidget())
        workshop_id, course, quiz = self.console.workshop_id, self.course, module.quiz
        rows, marks = self.grid_rows(), self.marks_mode.isChecked()
        if not record:
            self.show_problems(read_score_grid(self.db, workshop_id, quiz, rows, marks=marks))
            return
        self.save_key, self.busy = f"paper:{workshop_id}:{quiz.id}", True
        self.scores_result.clear()
        # while they wait, the typed scores stay on screen and nothing that would rebuild the grid can be used
        self.save_in_background(self.save_key, lambda db: check_and_record(db, workshop_id, course, quiz, rows, marks),
                                self.recorded, self.record_failed, self.save_state,
                                locked=(self.grid, self.check_button, self.record_button, self.module,
                                        self.answers_mode, self.marks_mode))

    def recording_ended(self) -> None:
        self.save_key, self.busy = None, False
        self.save_state.forget()  # the result line says what was recorded, or why not

    def show_problems(self, scores) -> bool:
        """Mark the cells with problems (tint, tooltip and the list below); True when there are none."""
        from trainer.paper.score_grid import problem_cell

        cells_marked, names_marked = {}, set()
        self.problems.clear()
        for problem in scores.problems:
            row, column = problem_cell(problem)
            message = problem.error.message(self.lang)
            incomplete = problem.error.code == "incomplete-row"
            if 0 <= row < len(self.people):
                names_marked.add(row)
                if incomplete:  # the empty cells are the ones to fill
                    cells = self.grid.empty_columns(row)
                else:
                    cells = range(self.scores.columnCount()) if column is None else (column,)
                for cell in cells:
                    cells_marked[(row, cell)] = message
                where = self.people[row].name if column is None else self.tr("{name}, question {number}").format(
                    name=self.people[row].name, number=column + 1)
            else:
                where = self.tr("Grid")
            entry = QListWidgetItem(f"{ERROR_MARK} {message}" if incomplete else f"{ERROR_MARK} {where}: {message}")
            entry.setData(Qt.UserRole, (row, cells[0] if incomplete else column or 0))
            self.problems.addItem(entry)
        self.scores.mark(cells_marked, names_marked)
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
        if 0 <= row < self.scores.rowCount():
            self.grid.setCurrentCell(row, column)
            self.grid.setFocus()

    def recorded(self, outcome) -> None:
        self.recording_ended()
        scores, attempts = outcome
        if not self.show_problems(scores):
            return
        passed = sum(attempt.passed for attempt in attempts)
        if self.stale:
            self.reload()  # the roster or workshop changed while the results were being saved: an empty grid
        else:
            self.build_grid()  # recorded: an empty grid, so the same sheets are not typed in twice
        self.scores_result.setText(self.tr("✓ {count} paper result(s) recorded; {passed} passed.").format(
            count=len(attempts), passed=passed))
        self.data_saved()

    def record_failed(self, error: Exception) -> None:
        self.recording_ended()
        self.scores_result.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
