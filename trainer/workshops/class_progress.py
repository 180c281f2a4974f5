"""The trainer's view of a whole class: every participant x every module taught, and who is at risk.

Built from three bulk queries whatever the class size (people, lesson
completions, finished quiz attempts), then the per-module rules of
`trainer.progress.service` are applied in memory, so a module is "passed" here
exactly when it is passed on the participant's own screen.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from trainer.courses.model import Course, Module
from trainer.errors import UserError
from trainer.i18n import pick
from trainer.progress.scoring import normalize_text
from trainer.progress.service import NOT_STARTED, PASSED, ModuleProgress, module_progress
from trainer.storage.database import Database
from trainer.storage.models import Enrollment, LessonCompletion, Participant, QuizAttempt
from trainer.workshops.service import AttendanceSummary, attendance_summaries, load_workshop

RISK_TEXT = {
    "low-attendance": {
        "en": "attendance {rate:.0f} % is below the workshop's {threshold} %",
        "es": "asistencia de {rate:.0f} %, por debajo del {threshold} % del taller",
    },
    "failed-quiz": {
        "en": "failed the quiz of '{module}' and has not passed it yet",
        "es": "reprobó la evaluación de '{module}' y aún no la aprueba",
    },
}

MESSAGES = {
    "bad-sort": {
        "en": "cannot sort by '{key}'; use one of: {keys} or module:<module id>",
        "es": "no se puede ordenar por '{key}'; use uno de: {keys} o module:<id del módulo>",
    },
}

STATE_ORDER = {NOT_STARTED: 0, "in_progress": 1, PASSED: 2}


@dataclass(frozen=True)
class RiskReason:
    """Why a participant needs the trainer's attention, as a value a screen can show in either language."""

    code: str
    rate: float = 0.0
    threshold: int = 0
    module_id: str = ""
    module_title: dict = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return pick(RISK_TEXT[self.code], lang).format(rate=self.rate, threshold=self.threshold,
                                                      module=pick(self.module_title, lang) or self.module_id)


@dataclass
class ProgressRow:
    participant_id: str
    name: str
    organization: str
    country: str
    sector: str
    sex: str | None
    attendance: AttendanceSummary
    modules: list[ModuleProgress]
    risks: list[RiskReason]

    @property
    def lessons_done(self) -> int:
        return sum(m.lessons_done for m in self.modules)

    @property
    def lessons_total(self) -> int:
        return sum(m.lessons_total for m in self.modules)

    @property
    def modules_passed(self) -> int:
        return sum(m.passed for m in self.modules)

    @property
    def completed(self) -> bool:
        """Every module the workshop teaches is passed."""
        return bool(self.modules) and all(m.passed for m in self.modules)

    @property
    def at_risk(self) -> bool:
        return bool(self.risks)

    def module(self, module_id: str) -> ModuleProgress | None:
        return next((m for m in self.modules if m.module_id == module_id), None)


SORT_KEYS = ("name", "organization", "attendance", "lessons", "passed", "risk")


@dataclass
class ClassProgress:
    workshop_id: str
    course_id: str
    modules: list[Module]
    threshold: int
    rows: list[ProgressRow]

    def sorted(self, key: str = "name", descending: bool = False) -> list[ProgressRow]:
        """The rows ordered by one of SORT_KEYS or 'module:<id>' (state, then best score); ties by name."""
        if key not in SORT_KEYS and not key.startswith("module:"):
            raise UserError(MESSAGES, "bad-sort", key=key, keys=", ".join(SORT_KEYS))
        if key.startswith("module:"):
            module_id = key.split(":", 1)[1]

            def value(row):
                cell = row.module(module_id)
                return (STATE_ORDER[cell.state], cell.best_score or 0.0, cell.lessons_done) if cell else (-1, 0.0, 0)
        else:
            value = {
                "name": lambda row: normalize_text(row.name),
                "organization": lambda row: normalize_text(row.organization),
                "attendance": lambda row: row.attendance.rate,
                "lessons": lambda row: row.lessons_done,
                "passed": lambda row: row.modules_passed,
                "risk": lambda row: len(row.risks),
            }[key]
        return sorted(self.rows, key=value, reverse=descending)  # rows are by name already, and sorting is stable

    @property
    def at_risk(self) -> list[ProgressRow]:
        return [row for row in self.rows if row.at_risk]


def taught_modules(course: Course, module_ids: list[str]) -> list[Module]:
    """The modules a workshop teaches, in course order: those it names that the course still has, or all of them."""
    wanted = set(module_ids or ())
    return [m for m in course.modules if not wanted or m.id in wanted]


def class_progress(db: Database, workshop_id: str, course: Course, as_of: date | None = None) -> ClassProgress:
    """Progress of everyone enrolled; attendance counts sessions held up to `as_of` (default: today)."""
    as_of = as_of or date.today()
    with db.session() as session:
        workshop = load_workshop(session, workshop_id)
        enrolled = select(Enrollment.participant_id).where(Enrollment.workshop_id == workshop_id)
        people = session.execute(
            select(Participant.id, Participant.name, Participant.organization, Participant.country, Participant.sector,
                   Participant.sex)
            .where(Participant.id.in_(enrolled))
        ).all()
        completions = session.execute(
            select(LessonCompletion.participant_id, LessonCompletion.lesson_id)
            .where(LessonCompletion.participant_id.in_(enrolled), LessonCompletion.course_id == course.id)
        ).all()
        finished = session.execute(
            select(QuizAttempt.participant_id, QuizAttempt.quiz_id, QuizAttempt.score, QuizAttempt.passed)
            .where(QuizAttempt.participant_id.in_(enrolled), QuizAttempt.course_id == course.id,
                   QuizAttempt.finished_at.is_not(None))
            .order_by(QuizAttempt.finished_at)
        ).all()
        threshold, module_ids = workshop.attendance_threshold, list(workshop.module_ids or [])
    attendance = attendance_summaries(db, workshop_id, as_of=as_of)
    done: dict[str, set[str]] = defaultdict(set)
    for participant_id, lesson_id in completions:
        done[participant_id].add(lesson_id)
    attempts: dict[str, list] = defaultdict(list)
    for attempt in finished:
        attempts[attempt.participant_id].append(attempt)
    modules = taught_modules(course, module_ids)
    rows = []
    for person in sorted(people, key=lambda p: (normalize_text(p.name), p.id)):
        cells = [module_progress(module, done[person.id], attempts[person.id]) for module in modules]
        summary = attendance.get(person.id) or AttendanceSummary(0, 0, 0.0, 0.0)
        rows.append(ProgressRow(person.id, person.name, person.organization, person.country, person.sector, person.sex,
                                summary, cells, _risks(summary, threshold, modules, cells)))
    return ClassProgress(workshop_id, course.id, modules, threshold, rows)


def _risks(summary: AttendanceSummary, threshold: int, modules: list[Module], cells: list[ModuleProgress]) -> list[RiskReason]:
    risks = []
    if summary.sessions_held and summary.rate < threshold:
        risks.append(RiskReason("low-attendance", rate=summary.rate, threshold=threshold))
    for module, cell in zip(modules, cells):
        if cell.has_quiz and cell.attempts and not cell.passed:
            risks.append(RiskReason("failed-quiz", module_id=module.id, module_title=dict(module.title)))
    return risks
