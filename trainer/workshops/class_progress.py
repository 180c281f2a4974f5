"""The trainer's view of a whole class: every participant x every module taught, and who is at risk.

Built from three bulk queries whatever the class size (people, lesson
completions, finished quiz attempts), then the one progress definition of
`trainer.progress.service` is applied in memory, so a module is "passed", a
percent reads and a person is "done" here exactly as on the participant's own
screen (over the modules the workshop teaches).
"""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from trainer.courses.model import Course, Module
from trainer.errors import UserError
from trainer.i18n import pick
from trainer.progress.scoring import normalize_text
from trainer.progress.service import NOT_STARTED, PASSED, CourseProgress, ModuleProgress, learning_records
from trainer.storage.database import Database
from trainer.storage.models import Enrollment, Participant
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
    "wrong-course": {
        "en": "workshop '{workshop}' teaches course '{expected}', not '{given}'",
        "es": "el taller '{workshop}' enseña el curso '{expected}', no '{given}'",
    },
    "bad-sort": {
        "en": "cannot sort by '{key}'; use one of: {keys} or module:<module id>",
        "es": "no se puede ordenar por '{key}'; use uno de: {keys} o module:<id del módulo>",
    },
}

STATE_ORDER = {NOT_STARTED: 0, "in_progress": 1, PASSED: 2}
EVERY_SESSION = date.max  # as_of for counting every session, also those dated later (a certificate covers them all)


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
    progress: CourseProgress  # over the modules the workshop teaches
    risks: list[RiskReason]

    @property
    def at_risk(self) -> bool:
        return bool(self.risks)


SORT_KEYS = ("name", "organization", "attendance", "progress", "lessons", "passed", "risk")


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
                cell = row.progress.module(module_id)
                return (STATE_ORDER[cell.state], cell.best_score or 0.0, cell.lessons_done) if cell else (-1, 0.0, 0)
        else:
            value = {
                "name": lambda row: normalize_text(row.name),
                "organization": lambda row: normalize_text(row.organization),
                "attendance": lambda row: row.attendance.rate,
                "progress": lambda row: row.progress.fraction,
                "lessons": lambda row: row.progress.lessons_done,
                "passed": lambda row: row.progress.modules_passed,
                "risk": lambda row: len(row.risks),
            }[key]
        return sorted(self.rows, key=value, reverse=descending)  # rows are by name already, and sorting is stable

    @property
    def at_risk(self) -> list[ProgressRow]:
        return [row for row in self.rows if row.at_risk]


def taught_modules(course: Course, module_ids: list[str] | tuple[str, ...]) -> list[Module]:
    """The modules a workshop teaches, in course order: those it names that the course still has, or all of them
    (also when none of those it names is left)."""
    wanted = set(module_ids or ())
    return [m for m in course.modules if m.id in wanted] or list(course.modules)


def class_progress(db: Database, workshop_id: str, course: Course, as_of: date | None = None) -> ClassProgress:
    """Progress of everyone enrolled; attendance counts sessions held up to `as_of` (default: today).

    Certificate eligibility reads these same rows, so a fixed number of queries serves a class of any size."""
    as_of = as_of or date.today()
    with db.session() as session:
        workshop = load_workshop(session, workshop_id)
        if workshop.course_id != course.id:
            raise UserError(MESSAGES, "wrong-course", workshop=workshop.title, expected=workshop.course_id,
                            given=course.id)
        enrolled = select(Enrollment.participant_id).where(Enrollment.workshop_id == workshop_id)
        people = session.execute(
            select(Participant.id, Participant.name, Participant.organization, Participant.country, Participant.sector,
                   Participant.sex)
            .where(Participant.id.in_(enrolled))
        ).all()
        records = learning_records(session, course.id, enrolled)
        threshold, module_ids = workshop.attendance_threshold, list(workshop.module_ids or [])
    attendance = attendance_summaries(db, workshop_id, as_of=as_of)
    modules = taught_modules(course, module_ids)
    rows = []
    for person in sorted(people, key=lambda p: (normalize_text(p.name), p.id)):
        progress = records.progress(person.id, modules)
        summary = attendance.get(person.id) or AttendanceSummary(0, 0, 0.0, 0.0)
        rows.append(ProgressRow(person.id, person.name, person.organization, person.country, person.sector, person.sex,
                                summary, progress, _risks(summary, threshold, modules, progress.modules)))
    return ClassProgress(workshop_id, course.id, modules, threshold, rows)


def _risks(summary: AttendanceSummary, threshold: int, modules: list[Module], cells: list[ModuleProgress]) -> list[RiskReason]:
    risks = []
    if summary.sessions_held and summary.rate < threshold:
        risks.append(RiskReason("low-attendance", rate=summary.rate, threshold=threshold))
    for module, cell in zip(modules, cells):
        if cell.has_quiz and cell.attempts and not cell.passed:
            risks.append(RiskReason("failed-quiz", module_id=module.id, module_title=dict(module.title)))
    return risks
