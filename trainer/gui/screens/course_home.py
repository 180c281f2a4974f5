"""Course home: the modules with their progress, where to continue, and how long is left."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from trainer.gui.widgets import ProgressBar, heading, muted
from trainer.i18n import pick


def duration(minutes: int) -> str:
    """A time estimate as a learner says it: "about 1 h 20 min"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("Duration", "about {h} h {m} min").format(h=hours, m=rest)
    if hours:
        return QCoreApplication.translate("Duration", "about {h} h").format(h=hours)
    return QCoreApplication.translate("Duration", "about {m} min").format(m=rest)


class CourseHome(QWidget):
    open_lesson = Signal(str, str)  # course id, lesson id
    open_quiz = Signal(str, str)
    open_lab = Signal(str, str)
    course_chosen = Signal(str)

    def __init__(self, context, course, parent=None):
        super().__init__(parent)
        self.context, self.course = context, course
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        if len(context.courses) > 1:
            row = QHBoxLayout()
            label = QLabel(self.tr("C&ourse:"))
            picker = QComboBox()
            for other in context.courses:
                picker.addItem(pick(other.title, context.lang), other.id)
            picker.setCurrentIndex(picker.findData(course.id))
            picker.currentIndexChanged.connect(lambda _: self.course_chosen.emit(picker.currentData()))
            label.setBuddy(picker)
            picker.setAccessibleName(self.tr("Course"))
            row.addWidget(label)
            row.addWidget(picker, 1)
            outer.addLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.refresh()
        context.changed.connect(self.refresh)

    def refresh(self) -> None:
        from trainer.progress.service import course_progress, next_lesson_id

        context, course = self.context, self.course
        progress = course_progress(context.database, context.participant.id, course)
        self.done = progress.done_lesson_ids
        if self.body.layout() is not None:
            QWidget().setLayout(self.body.layout())  # drop the old layout and its widgets
        layout = QVBoxLayout(self.body)
        layout.addWidget(heading(pick(course.title, context.lang), 22))
        layout.addWidget(muted(pick(course.description, context.lang)))

        summary = QHBoxLayout()
        self.overall = overall = ProgressBar()
        overall.set(progress.fraction, self.tr(
            "{percent} % · {done} of {total} lessons · {passed} of {modules} modules passed").format(
            percent=progress.percent, done=progress.lessons_done, total=progress.lessons_total,
            passed=progress.modules_passed, modules=len(progress.modules)), progress.done)
        summary.addWidget(overall, 1)
        left = QLabel(self.tr("Course complete") if progress.done
                      else self.tr("Time left: {time}").format(time=duration(progress.minutes_left)))
        summary.addWidget(left)
        layout.addLayout(summary)

        resume_id = context.preferences.last_lesson(context.participant.id, course.id)
        if resume_id not in progress.done_lesson_ids or course.lesson(resume_id or "") is None:
            resume_id = next_lesson_id(course, progress) or resume_id
        if resume_id and course.lesson(resume_id):
            lesson = course.lesson(resume_id)
            label = self.tr("Start: {title}") if not progress.lessons_done else self.tr("Continue where you left off: {title}")
            self.continue_button = QPushButton(label.format(title=pick(lesson.title, context.lang)))
            self.continue_button.setStyleSheet("font-size: 15px; padding: 8px 16px; text-align: left;")
            self.continue_button.setDefault(True)
            self.continue_button.clicked.connect(lambda: self.open_lesson.emit(course.id, resume_id))
            layout.addWidget(self.continue_button)
            self.continue_button.setFocus()

        for number, (module, module_progress) in enumerate(zip(course.modules, progress.modules), start=1):
            layout.addWidget(self._module_card(number, module, module_progress))
        layout.addStretch(1)

    def _module_card(self, number, module, mp) -> QFrame:
        lang = self.context.lang
        card = QFrame()
        card.setFrameShape(QFrame.StyledPanel)
        card.setAccessibleName(pick(module.title, lang))
        grid = QGridLayout(card)
        state = {"not_started": self.tr("Not started"), "in_progress": self.tr("In progress"),
                 "passed": self.tr("✓ Passed")}[mp.state]
        title = heading(self.tr("Module {n}: {title}").format(n=number, title=pick(module.title, lang)), 15)
        grid.addWidget(title, 0, 0, 1, 2)
        state_label = QLabel(state)
        state_label.setAlignment(Qt.AlignRight | Qt.AlignTop)
        grid.addWidget(state_label, 0, 2)
        grid.addWidget(muted(pick(module.summary, lang)), 1, 0, 1, 3)
        bar = ProgressBar()
        bar.set(mp.lessons_fraction, self.tr("{done} of {total} lessons").format(done=mp.lessons_done, total=mp.lessons_total),
                mp.lessons_done == mp.lessons_total)
        grid.addWidget(bar, 2, 0, 1, 2)
        if mp.has_quiz:
            if mp.best_score is None:
                quiz_text = self.tr("Quiz not taken yet (pass mark {mark:.0f} %)").format(mark=mp.pass_mark)
            else:
                quiz_text = self.tr("Quiz: best {best:.0f} % of {mark:.0f} % needed, {count} attempt(s)").format(
                    best=mp.best_score, mark=mp.pass_mark, count=mp.attempts)
            grid.addWidget(QLabel(quiz_text), 2, 2)
        grid.addWidget(QLabel(self.tr("Time left: {time}").format(time=duration(mp.minutes_left))
                              if mp.minutes_left else ""), 3, 0)
        buttons = QHBoxLayout()
        first_open = next((l.id for l in module.lessons if l.id not in self.done), module.lessons[0].id)
        lessons = QPushButton(self.tr("Lessons"))
        lessons.setAccessibleName(self.tr("Lessons of module {n}").format(n=number))
        lessons.clicked.connect(lambda: self.open_lesson.emit(self.course.id, first_open))
        buttons.addWidget(lessons)
        for lab in module.labs:
            button = QPushButton(pick(lab.title, lang))
            button.clicked.connect(lambda _=False, lab_id=lab.id: self.open_lab.emit(self.course.id, lab_id))
            buttons.addWidget(button)
        if module.quiz:
            quiz = QPushButton(self.tr("Quiz"))
            quiz.setAccessibleName(self.tr("Quiz of module {n}").format(n=number))
            quiz.clicked.connect(lambda: self.open_quiz.emit(self.course.id, module.quiz.id))
            buttons.addWidget(quiz)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return card
