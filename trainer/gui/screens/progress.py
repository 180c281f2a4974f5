"""My progress: the course and each module at a glance, drawn with Qt, and the learner's certificates.

The figures are the one progress definition of `trainer.progress.service`, so the ring reads what the
trainer's class grid, the reports and certificate eligibility say."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from trainer.gui.screens.course_home import duration
from trainer.gui.widgets import PASSED_COLOR, PROGRESS_COLOR, TRACK_COLOR, ProgressBar, heading, muted
from trainer.i18n import pick
from trainer.locale import format_date_long, format_number


class Ring(QWidget):
    """The course's progress as a ring with the percentage written in the middle."""

    def __init__(self, value: float, caption: str, passed: bool, parent=None):
        super().__init__(parent)
        self.value, self.caption, self.passed = value, caption, passed
        self.setMinimumSize(170, 170)
        self.setAccessibleName(caption)

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        side = min(self.width(), self.height()) - 20
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(QPen(TRACK_COLOR, 16))
        painter.drawArc(rect, 0, 360 * 16)
        painter.setPen(QPen(PASSED_COLOR if self.passed else PROGRESS_COLOR, 16, Qt.SolidLine, Qt.RoundCap))
        painter.drawArc(rect, 90 * 16, -int(360 * 16 * self.value))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.WindowText))  # drawn on the window: its text colour
        painter.drawText(rect, Qt.AlignCenter, self.caption)


class ProgressScreen(QWidget):
    def __init__(self, context, course, parent=None):
        super().__init__(parent)
        self.context, self.course = context, course
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # at 1024x600 the certificates list goes below the fold
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        scroll.setWidget(self.body)
        outer.addWidget(scroll)
        self.refresh()
        context.changed.connect(self.refresh)

    def refresh(self) -> None:
        from trainer.progress.service import course_progress

        context, course = self.context, self.course
        if self.body.layout() is not None:
            QWidget().setLayout(self.body.layout())  # drop the old layout and its widgets, nested ones too
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(24, 16, 24, 16)
        progress = course_progress(context.database, context.participant.id, course)
        layout.addWidget(heading(self.tr("My progress: {name}").format(name=context.participant.name), 22))
        layout.addWidget(muted(pick(course.title, context.lang)))
        top = QHBoxLayout()
        self.ring = Ring(progress.fraction, f"{progress.percent} %", progress.done)
        top.addWidget(self.ring)
        facts = QVBoxLayout()
        facts.addWidget(QLabel(self.tr("{done} of {total} lessons done").format(
            done=progress.lessons_done, total=progress.lessons_total)))
        facts.addWidget(QLabel(self.tr("{passed} of {modules} module quizzes passed").format(
            passed=progress.modules_passed, modules=len(progress.modules))))
        facts.addWidget(QLabel(self.tr("✓ Course complete") if progress.done
                               else self.tr("Time left: {time}").format(time=duration(progress.minutes_left))))
        facts.addStretch(1)
        top.addLayout(facts, 1)
        layout.addLayout(top)
        self.rule = muted(self.tr("Each module counts the same and is complete once its quiz is passed; until then "
                                  "its lessons read count toward it."))
        layout.addWidget(self.rule)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Module</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Lessons</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Quiz (best score)</b>")), 0, 2)
        grid.addWidget(QLabel(self.tr("<b>State</b>")), 0, 3)
        states = {"not_started": self.tr("Not started"), "in_progress": self.tr("In progress"), "passed": self.tr("✓ Passed")}
        for row, (module, mp) in enumerate(zip(course.modules, progress.modules), start=1):
            name = QLabel(pick(module.title, context.lang))
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            lessons = ProgressBar()
            lessons.set(mp.lessons_fraction, f"{mp.lessons_done}/{mp.lessons_total}", mp.lessons_done == mp.lessons_total)
            grid.addWidget(lessons, row, 1)
            quiz = ProgressBar()
            if mp.has_quiz:
                best = mp.best_score or 0.0
                text = f"{best:.0f} % / {mp.pass_mark:.0f} %" if mp.best_score is not None else self.tr("not taken")
                quiz.set(best / 100, text, mp.passed)
            grid.addWidget(quiz, row, 2)
            grid.addWidget(QLabel(states[mp.state]), row, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)
        layout.addWidget(heading(self.tr("My certificates"), 16))
        layout.addWidget(self._certificates())
        layout.addStretch(1)

    def _certificates(self) -> QWidget:
        from trainer.certificates.issuing import participant_certificates

        certificates = participant_certificates(self.context.database, self.context.participant.id)
        if not certificates:
            return muted(self.tr("No certificate yet. Pass every module quiz and your trainer can issue one."))
        box = QWidget()
        column = QVBoxLayout(box)
        kinds = {"completion": self.tr("Completion"), "participation": self.tr("Participation")}
        for certificate in certificates:
            facts = certificate.statement.facts
            issued = format_date_long(facts.issued_on, self.context.lang)
            line = self.tr("{kind}: {course} · {hours} h · {date} · code {code}").format(
                kind=kinds.get(facts.kind, facts.kind), course=facts.course, hours=format_number(facts.hours, self.context.lang), date=issued,
                code=certificate.code)
            if certificate.revoked_at is not None:
                line = self.tr("{line} — revoked: {reason}").format(line=line, reason=certificate.revoked_reason or "")
            label = QLabel(("✗ " if certificate.revoked_at else "✓ ") + line)
            label.setWordWrap(True)
            label.setTextInteractionFlags(label.textInteractionFlags() | Qt.TextSelectableByMouse)
            column.addWidget(label)
        return box
