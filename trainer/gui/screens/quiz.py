"""The quiz player: every question type, one at a time or all on one page, feedback right away or at
the end. Each answer is handed to the single background writer (trainer.gui.saving) the moment it is given:
the window never waits for the disk, each question says in words whether its answer is saved yet, and the
score is computed only once every answer is written."""

from datetime import timezone

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton,
    QScrollArea, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QHeaderView, QGroupBox,
)

from trainer.gui.saving import FAILED, NOT_SAVED_YET, SAVED, SAVING, writer_for
from trainer.gui.widgets import heading, muted
from trainer.i18n import pick


def local_time(moment) -> str:
    """A stored UTC time, shown in the laptop's time zone and the interface language's format."""
    utc = QDateTime(moment.replace(tzinfo=timezone.utc).date(), moment.time(), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.ShortFormat)


def percent(value: float) -> str:
    return QLocale().toString(float(value), "f", 0) + " %"


class QuestionWidget(QFrame):
    """One question: its input, and after checking, whether it was right and why."""

    answered = Signal(str, object)  # question id, response
    submitted = Signal(str)  # question id: Enter pressed in a typed answer

    def __init__(self, question, number: int, total: int, lang: str, country: str | None = None, parent=None):
        super().__init__(parent)
        self.question, self.lang, self.country = question, lang, country
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("Question {n} of {total}").format(n=number, total=total)))
        prompt = QLabel(pick(question.prompt, lang))
        prompt.setWordWrap(True)
        prompt.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(prompt)
        self.inputs: dict[str, QWidget] = {}
        self.group = QButtonGroup(self)
        kind = question.type
        if kind == "multiple":
            layout.addWidget(muted(self.tr("Tick all that apply.")))
        if kind in ("single", "multiple"):
            for option in question.options:
                button = QRadioButton(pick(option.text, lang)) if kind == "single" else QCheckBox(pick(option.text, lang))
                button.setAccessibleName(pick(option.text, lang))
                button.toggled.connect(self._changed)
                if kind == "single":
                    self.group.addButton(button)
                self.inputs[option.id] = button
                layout.addWidget(button)
        elif kind == "true_false":
            for value, label in ((True, self.tr("True")), (False, self.tr("False"))):
                button = QRadioButton(label)
                button.toggled.connect(self._changed)
                self.group.addButton(button)
                self.inputs[str(value)] = button
                layout.addWidget(button)
        else:
            row = QHBoxLayout()
            self.line = QLineEdit()
            self.line.setAccessibleName(self.tr("Your answer"))
            self.line.setPlaceholderText(self.tr("Type a number") if kind == "numeric" else self.tr("Type your answer"))
            self.line.textEdited.connect(self._changed)
            self.line.returnPressed.connect(lambda: self.submitted.emit(question.id))
            row.addWidget(self.line, 1)
            if kind == "numeric" and question.unit:
                row.addWidget(QLabel(pick(question.unit, lang)))
            layout.addLayout(row)
            self.number_hint = muted("")  # asks to rewrite a number that reads two ways (trainer.locale)
            self.number_hint.setWordWrap(True)
            self.number_hint.hide()
            layout.addWidget(self.number_hint)
        self.save_state = muted("")
        self.save_state.setTextFormat(Qt.PlainText)
        self.save_state.setWordWrap(True)
        self.state = None
        layout.addWidget(self.save_state)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.PlainText)
        self.feedback.setAutoFillBackground(True)  # the palette's alternate base: readable in a light or dark theme
        self.feedback.setBackgroundRole(QPalette.AlternateBase)
        self.feedback.setForegroundRole(QPalette.Text)
        self.feedback.setFrameShape(QFrame.StyledPanel)
        self.feedback.setMargin(8)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def response(self):
        kind = self.question.type
        if kind == "single":
            return next((oid for oid, b in self.inputs.items() if b.isChecked()), None)
        if kind == "multiple":
            return [oid for oid, b in self.inputs.items() if b.isChecked()]
        if kind == "true_false":
            return next(((oid == "True") for oid, b in self.inputs.items() if b.isChecked()), None)
        text = self.line.text().strip()
        if kind == "numeric" and text:
            from trainer.progress.scoring import numeric_response

            number = numeric_response(text, self.lang, self.country)  # read by the learner's language and country
            return text if number is None else number
        return text or None

    def set_response(self, response) -> None:
        """Put back a saved answer (resuming an attempt) without saving it again."""
        self.blockSignals(True)
        kind = self.question.type
        if kind == "single" and response in self.inputs:
            self.inputs[response].setChecked(True)
        elif kind == "multiple":
            for oid in response or []:
                if oid in self.inputs:
                    self.inputs[oid].setChecked(True)
        elif kind == "true_false" and response is not None:
            self.inputs[str(bool(response))].setChecked(True)
        elif kind in ("numeric", "text"):
            from trainer.locale import format_typed

            self.line.setText("" if response is None else format_typed(response, self.lang, self.country)
                              if isinstance(response, float) else str(response))
            if kind == "numeric":
                self._show_number_hint()
        self.blockSignals(False)

    def _changed(self, *_args) -> None:
        if self.signalsBlocked():
            return
        self.answered.emit(self.question.id, self.response())
        if self.question.type == "numeric":
            self._show_number_hint()

    def _show_number_hint(self) -> None:
        """Ask for a number that reads two ways here ("2,500") to be rewritten, before it is scored by both."""
        from trainer.errors import UserError
        from trainer.locale import parse_number

        message = ""
        try:
            parse_number(self.line.text(), self.lang, self.country)
        except UserError as error:
            message = error.message(self.lang) if error.code == "ambiguous-number" else ""
        self.number_hint.setText(message)
        self.number_hint.setVisible(bool(message))

    def set_save_state(self, state: str, why: str = "") -> None:
        """Say in words whether this answer is on disk yet."""
        self.state = state
        if state == SAVING:
            text = self.tr("Saving…")
        elif state == NOT_SAVED_YET:
            text = self.tr("⚠ Not saved yet — will retry. Your answer stays here.")
        elif state == SAVED:
            text = self.tr("✓ Saved")
        else:
            text = self.tr("✗ Not saved: {reason}").format(reason=why)
        self.save_state.setText(text)
        self.save_state.setAccessibleName(text)

    def show_feedback(self, score: float) -> None:
        """Lock the question and say whether it was right, what the chosen option means, and why."""
        lang, question = self.lang, self.question
        if score >= 1:
            verdict = self.tr("✓ Correct.")
        elif score > 0:
            verdict = self.tr("◐ Partly right ({score} %).").format(score=QLocale().toString(score * 100, "f", 0))
        else:
            verdict = self.tr("✗ Not right.")
        lines = [verdict]
        if score < 1 and question.type == "multiple":
            lines.append(self.tr("Right answers:"))
            lines += [f"• {pick(o.text, lang)}" for o in question.options if o.correct]
        elif score < 1:
            lines.append(self.tr("Right answer: {answer}").format(answer=self.correct_answer()))
        chosen = self.response()
        chosen_ids = chosen if isinstance(chosen, list) else [chosen]
        for option in question.options:
            if option.id in chosen_ids and option.feedback:
                lines.append(pick(option.feedback, lang))
        lines.append(pick(question.explanation, lang))
        self.feedback.setText("\n".join(lines))
        self.feedback.setAccessibleName(self.feedback.text())
        self.feedback.show()
        for widget in self.inputs.values():
            widget.setEnabled(False)
        if hasattr(self, "line"):
            self.line.setReadOnly(True)

    def correct_answer(self) -> str:
        question, lang = self.question, self.lang
        if question.type == "single":
            return next(pick(o.text, lang) for o in question.options if o.correct)
        if question.type == "true_false":
            return self.tr("True") if question.answer else self.tr("False")
        if question.type == "numeric":
            from trainer.locale import format_number

            text = format_number(question.answer, lang, 6)
            return f"{text} {pick(question.unit, lang)}".strip() if question.unit else text
        return pick({k: v[0] for k, v in question.answers.items() if v}, lang)


class QuizScreen(QWidget):
    back_to_course = Signal(str)

    def __init__(self, context, course, quiz_id: str, parent=None):
        super().__init__(parent)
        self.context, self.course = context, course
        self.quiz = course.quiz(quiz_id)
        self.attempt_id = None
        self.finishing = False
        self.writer = writer_for(context.database)
        self.writer.state_changed.connect(self._save_state_changed)
        self.writer.idle.connect(self._writer_idle)
        self.waiting_for_writer = False
        self.widgets: list[QuestionWidget] = []
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(pick(self.quiz.title, context.lang), 22))
        layout.addWidget(self.pages, 1)
        self.show_intro()

    # -- intro ---------------------------------------------------------------------------------------

    def show_intro(self) -> None:
        from trainer.progress.service import attempts

        context, quiz = self.context, self.quiz
        self.widgets = []
        if not self.writer.flush():  # earlier answers still on their way to the disk: read once they are there
            self.waiting_for_writer = True
            page = QWidget()
            layout = QVBoxLayout(page)
            self.wait_label = QLabel(self.tr("Saving your earlier answers… The database is busy; this page opens "
                                             "as soon as they are written."))
            self.wait_label.setWordWrap(True)
            layout.addWidget(self.wait_label)
            layout.addStretch(1)
            self._replace_page(page)
            return
        self.waiting_for_writer = False
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("{count} questions · you pass with {mark} · about {minutes} min").format(
            count=len(quiz.questions), mark=percent(quiz.pass_mark), minutes=quiz.minutes)))
        history = attempts(context.database, context.participant.id, self.course.id, quiz.id)
        finished = [a for a in history if a.finished_at is not None]
        self.unfinished = next((a for a in reversed(history) if a.finished_at is None), None)
        if finished:
            layout.addWidget(QLabel(self.tr("<b>Your attempts</b>")))
            table = QTableWidget(len(finished), 3)
            table.setHorizontalHeaderLabels([self.tr("Finished"), self.tr("Score"), self.tr("Result")])
            table.setAccessibleName(self.tr("Your attempts"))
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.NoEditTriggers)
            for row, attempt in enumerate(reversed(finished)):
                table.setItem(row, 0, QTableWidgetItem(local_time(attempt.finished_at)))
                table.setItem(row, 1, QTableWidgetItem(percent(attempt.score)))
                table.setItem(row, 2, QTableWidgetItem(self.tr("✓ Passed") if attempt.passed else self.tr("✗ Not passed")))
            table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
            table.setMaximumHeight(40 + 30 * min(len(finished), 5))
            layout.addWidget(table)
        one, immediate = context.preferences.quiz_options(context.participant.id)
        options = QGroupBox(self.tr("How do you want to take it?"))
        grid = QVBoxLayout(options)
        self.one_at_a_time = QRadioButton(self.tr("&One question at a time"))
        self.all_at_once = QRadioButton(self.tr("&All questions on one page"))
        (self.one_at_a_time if one else self.all_at_once).setChecked(True)
        layout_group = QButtonGroup(options)
        layout_group.addButton(self.one_at_a_time)
        layout_group.addButton(self.all_at_once)
        self.immediate = QRadioButton(self.tr("See if I am right &after each question"))
        self.at_end = QRadioButton(self.tr("See the results at the &end"))
        (self.immediate if immediate else self.at_end).setChecked(True)
        feedback_group = QButtonGroup(options)
        feedback_group.addButton(self.immediate)
        feedback_group.addButton(self.at_end)
        for widget in (self.one_at_a_time, self.all_at_once, self.immediate, self.at_end):
            grid.addWidget(widget)
        layout.addWidget(options)
        buttons = QHBoxLayout()
        if self.unfinished is not None:
            resume = QPushButton(self.tr("&Resume where you stopped"))
            resume.clicked.connect(lambda: self.start(resume=True))
            buttons.addWidget(resume)
            resume.setDefault(True)
        start = QPushButton(self.tr("&Start the quiz") if not finished else self.tr("&Retake the quiz"))
        start.clicked.connect(lambda: self.start(resume=False))
        buttons.addWidget(start)
        if self.unfinished is None:
            start.setDefault(True)
        buttons.addStretch(1)
        back = QPushButton(self.tr("Back to the course"))
        back.clicked.connect(lambda: self.back_to_course.emit(self.course.id))
        buttons.addWidget(back)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._replace_page(page)
        (self.findChild(QPushButton) or start).setFocus()

    def _replace_page(self, page: QWidget) -> None:
        while self.pages.count():
            old = self.pages.widget(0)
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.addWidget(page)

    # -- answering -----------------------------------------------------------------------------------

    def _writer_idle(self) -> None:
        if self.waiting_for_writer:
            self.show_intro()

    def start(self, resume: bool) -> None:
        from trainer.progress.journal import entry
        from trainer.progress.service import attempt_responses, start_attempt
        from trainer.storage.models import new_id

        context = self.context
        self.finishing = False
        self.writer.lang = context.lang
        self.writer.guard_close(self.window())
        self.one = self.one_at_a_time.isChecked()
        self.feedback_now = self.immediate.isChecked()
        context.preferences.set_quiz_options(context.participant.id, self.one, self.feedback_now)
        if resume and self.unfinished is not None:
            self.attempt_id = self.unfinished.id
            saved = attempt_responses(context.database, self.attempt_id)
        else:
            self.attempt_id = attempt_id = new_id()
            participant_id, course, quiz_id = context.participant.id, self.course, self.quiz.id
            self.writer.submit(f"attempt:{attempt_id}", lambda db: start_attempt(
                db, participant_id, course, quiz_id, attempt_id=attempt_id), owner=self,
                journal=entry("start_attempt", course.id, participant_id=participant_id, quiz_id=quiz_id,
                              attempt_id=attempt_id))
            saved = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        total = len(self.quiz.questions)
        self.widgets = [QuestionWidget(q, n, total, context.lang, context.country)
                        for n, q in enumerate(self.quiz.questions, 1)]
        self.checked: set[str] = set()
        for widget in self.widgets:
            if widget.question.id in saved:
                widget.set_response(saved[widget.question.id])
                widget.set_save_state(SAVED)
            widget.answered.connect(self.save)
            widget.submitted.connect(self.submit)
        self.stack = QStackedWidget()
        if self.one:
            for widget in self.widgets:
                holder = QScrollArea()
                holder.setWidgetResizable(True)
                holder.setFrameShape(QFrame.NoFrame)
                holder.setWidget(widget)
                self.stack.addWidget(holder)
            layout.addWidget(self.stack, 1)
            first_open = next((i for i, w in enumerate(self.widgets) if w.question.id not in saved), 0)
            self.stack.setCurrentIndex(first_open)
        else:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            inner = QWidget()
            column = QVBoxLayout(inner)
            for widget in self.widgets:
                column.addWidget(widget)
            column.addStretch(1)
            scroll.setWidget(inner)
            layout.addWidget(scroll, 1)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.check_button = QPushButton(self.tr("&Check answer"))
        self.check_button.clicked.connect(self.check_current)
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.clicked.connect(lambda: self.go(+1))
        self.finish_button = QPushButton(self.tr("&Finish and see my score"))
        self.finish_button.clicked.connect(self.finish)
        self.saved_label = muted("")
        bar.addWidget(self.back_button)
        bar.addWidget(self.saved_label, 1)
        bar.addWidget(self.check_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.finish_button)
        layout.addLayout(bar)
        self._replace_page(page)
        self.update_buttons()

    def current(self) -> QuestionWidget | None:
        return self.widgets[self.stack.currentIndex()] if self.one else None

    def go(self, step: int) -> None:
        index = max(0, min(len(self.widgets) - 1, self.stack.currentIndex() + step))
        self.stack.setCurrentIndex(index)
        self.update_buttons()

    def update_buttons(self) -> None:
        if self.one:
            index = self.stack.currentIndex()
            self.back_button.setVisible(True)
            self.back_button.setEnabled(index > 0)
            self.next_button.setVisible(index < len(self.widgets) - 1)
            current = self.current()
            self.check_button.setVisible(self.feedback_now)
            self.check_button.setEnabled(current.question.id not in self.checked and current.response() not in (None, []))
            self.finish_button.setVisible(index == len(self.widgets) - 1)
            focus = current.inputs and next(iter(current.inputs.values())) or getattr(current, "line", None)
            if focus is not None and focus.isEnabled():
                focus.setFocus()
        else:
            self.back_button.hide()
            self.next_button.hide()
            self.check_button.hide()

    def save(self, question_id: str, response) -> None:
        """Queue the answer for the writer and carry on: the question shows "Saving…" until it is on disk."""
        from trainer.progress.scoring import score_response
        from trainer.progress.journal import entry
        from trainer.progress.service import save_answer

        if self.finishing:
            return
        attempt_id, course = self.attempt_id, self.course
        self.writer.submit(f"answer:{attempt_id}:{question_id}",
                           lambda db: save_answer(db, attempt_id, course, question_id, response), owner=self,
                           journal=entry("save_answer", course.id, attempt_id=attempt_id, question_id=question_id,
                                         response=response))
        score = score_response(self.quiz.question(question_id), response)
        if self.one:
            self.update_buttons()
        elif self.feedback_now and self.quiz.question(question_id).type in ("single", "true_false"):
            widget = next(w for w in self.widgets if w.question.id == question_id)
            self.checked.add(question_id)
            widget.show_feedback(score)

    def _widget(self, question_id: str) -> QuestionWidget | None:
        return next((w for w in self.widgets if w.question.id == question_id), None)

    def _save_state_changed(self, key: str, state: str, why: str) -> None:
        if self.attempt_id is None or not self.widgets:
            return
        prefix = f"answer:{self.attempt_id}:"
        if key.startswith(prefix):
            widget = self._widget(key[len(prefix):])
            if widget is not None:
                widget.set_save_state(state, why)
        elif key not in (f"attempt:{self.attempt_id}", f"finish:{self.attempt_id}"):
            return
        self._show_save_summary(state if key.startswith(("attempt:", "finish:")) else None)

    def _show_save_summary(self, other_state: str | None = None) -> None:
        """One line under the questions: are all answers on disk, and if not, why and what happens next."""
        states = [w.state for w in self.widgets if w.state is not None]
        if NOT_SAVED_YET in states or other_state == NOT_SAVED_YET:
            text = self.tr("⚠ Some answers are not saved yet: the database is busy (another program is writing) or "
                           "the disk is full. They stay on screen and Trainer keeps trying to save them.")
        elif FAILED in states:
            text = self.tr("✗ Some answers could not be saved. Look at the questions marked ✗.")
        elif SAVING in states or other_state == SAVING:
            text = self.tr("Saving…")
        elif states:
            text = self.tr("✓ All answers saved.")
        else:
            text = ""
        if self.finishing and text != self.tr("✓ All answers saved."):
            text = self.tr("Saving your answers before computing the score…") + " " + text
        self.saved_label.setText(text)
        self.saved_label.setAccessibleName(text)

    def submit(self, question_id: str) -> None:
        """Enter in a typed answer: check it (when feedback comes right away), then move on as the buttons would."""
        from trainer.progress.scoring import score_response

        widget = self._widget(question_id)
        if widget is None or self.finishing or widget.response() is None:
            return
        if self.one:
            if self.feedback_now and question_id not in self.checked:
                self.check_current()
            elif self.next_button.isVisible():
                self.go(+1)
            else:
                self.finish()
            return
        if self.feedback_now and question_id not in self.checked:
            self.checked.add(question_id)
            widget.show_feedback(score_response(widget.question, widget.response()))
        later = self.widgets[self.widgets.index(widget) + 1:]
        if later:
            focus = next(iter(later[0].inputs.values()), None) or later[0].line
            focus.setFocus()
        else:
            self.finish_button.setFocus()

    def check_current(self) -> None:
        from trainer.progress.scoring import score_response

        widget = self.current()
        if widget is None or widget.question.id in self.checked:
            return
        self.checked.add(widget.question.id)
        widget.show_feedback(score_response(widget.question, widget.response()))
        self.update_buttons()
        self.next_button.setFocus() if self.next_button.isVisible() else self.finish_button.setFocus()

    def finish(self) -> None:
        from trainer.progress.journal import entry
        from trainer.progress.service import finish_attempt

        unanswered = sum(1 for w in self.widgets if w.response() in (None, []))
        if unanswered:
            answer = QMessageBox.question(self, self.tr("Finish the quiz?"), self.tr(
                "{count} question(s) have no answer and will count as wrong. Finish anyway?").format(count=unanswered))
            if answer != QMessageBox.Yes:
                return
        # Queued behind every answer (one writer, in order), so the score counts all of them.
        self.finishing = True
        self._lock_answers(True)
        attempt_id, course = self.attempt_id, self.course
        self.writer.submit(f"finish:{attempt_id}", lambda db: finish_attempt(db, attempt_id, course), owner=self,
                           on_done=self._finished, on_error=self._finish_failed,
                           journal=entry("finish_attempt", course.id, attempt_id=attempt_id))
        self._show_save_summary()
        self.writer.flush()  # a free database: the score shows at once

    def _lock_answers(self, locked: bool) -> None:
        """While the score is being computed, the answers it counts cannot change."""
        self.finish_button.setEnabled(not locked)
        for widget in self.widgets:
            if widget.question.id in self.checked:
                continue  # already showing its feedback, and locked for good
            for control in list(widget.inputs.values()) + ([widget.line] if hasattr(widget, "line") else []):
                control.setEnabled(not locked)

    def _finished(self, result) -> None:
        self.finishing = False
        self.context.changed.emit()
        self.show_results(result)

    def _finish_failed(self, error: Exception) -> None:
        self.finishing = False
        self._lock_answers(False)
        QMessageBox.warning(self, self.tr("The quiz could not be finished"), self.writer.describe(error))

    # -- results -------------------------------------------------------------------------------------

    def show_results(self, result) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        verdict = (self.tr("✓ Passed: {score} (you needed {mark})") if result.passed
                   else self.tr("✗ Not passed yet: {score} (you need {mark})"))
        self.verdict = heading(verdict.format(score=percent(result.score), mark=percent(result.pass_mark)), 18)
        layout.addWidget(self.verdict)
        if not result.passed:
            layout.addWidget(muted(self.tr("Read the explanations below, review the lessons, and take the quiz again.")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        if self.one:  # out of their pages first: a page would keep moving its question back to its own top-left
            for index in range(self.stack.count()):
                self.stack.widget(index).takeWidget()
        for widget in self.widgets:
            widget.setParent(None)
            widget.show_feedback(result.question_scores[widget.question.id])
            column.addWidget(widget)
            widget.show()  # taken out of a shown page, a widget stays hidden until shown again
        column.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        retake = QPushButton(self.tr("&Retake the quiz"))
        retake.clicked.connect(self.show_intro)
        back = QPushButton(self.tr("Back to the &course"))
        back.clicked.connect(lambda: self.back_to_course.emit(self.course.id))
        back.setDefault(True)
        buttons.addWidget(retake)
        buttons.addStretch(1)
        buttons.addWidget(back)
        layout.addLayout(buttons)
        self._replace_page(page)
        back.setFocus()
