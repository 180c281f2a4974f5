"""Who may receive a certificate, of which kind, stating how many hours, and why someone may not yet.

The rules, in one place:

Course certificate (no workshop)
- kind "completion" when the course is done by the one progress definition (`trainer.progress.service`:
  every module passed, i.e. its quiz has a passed attempt, or, without a quiz, all its lessons are
  done), exactly when My progress shows 100 %. Otherwise not eligible, naming each module not passed yet.
- It states the course's nominal hours (`hours` in course.toml): there is no attendance to count.

Workshop certificate (for a participant enrolled in the workshop)
- Attendance is met when the person's attendance rate (`attendance_summaries`: the share of the
  workshop's session hours they attended; present and late count, excused and absent do not) is at
  least the workshop's threshold (default 80 %), and they attended at least one session. Every
  session of the workshop counts, including any dated later: a certificate covers the whole
  workshop, so it is issued once the last session's attendance has been taken.
- "completion": attendance met AND done over the modules the workshop teaches (`taught_modules`:
  `Workshop.module_ids`, or every module of the course), exactly as the class grid shows it.
- "participation": attendance met, but some module of the workshop not passed yet.
- Not eligible: attendance not met (even with every module passed: such a person can receive the
  course certificate instead), or not enrolled.
- It states the hours the person attended (sessions marked present or late), not the hours the
  workshop lasted: that is true of that person, and it is the number a funder counts.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from trainer.courses.model import Course
from trainer.errors import UserError
from trainer.i18n import LANGUAGES, pick
from trainer.progress.service import CourseProgress, course_progress
from trainer.storage.database import Database
from trainer.workshops.class_progress import EVERY_SESSION, class_progress

COMPLETION, PARTICIPATION = "completion", "participation"

REASONS = {
    "module-not-passed": {"en": "module '{module}' is not passed yet", "es": "el módulo '{module}' aún no está aprobado"},
    "not-enrolled": {"en": "not enrolled in this workshop", "es": "no está inscrito en este taller"},
    "no-attendance": {"en": "attended no session of this workshop", "es": "no asistió a ninguna sesión de este taller"},
    "attendance-below": {
        "en": "attended {attended} of {held} hours ({rate} %), below the {threshold} % this workshop asks for",
        "es": "asistió {attended} de {held} horas ({rate} %), menos del {threshold} % que pide este taller",
    },
}

MESSAGES = {
    "not-eligible": {
        "en": "{name} cannot receive this certificate yet: {reasons}",
        "es": "{name} aún no puede recibir este certificado: {reasons}",
    },
}


@dataclass(frozen=True)
class Reason:
    """Why someone is not eligible (or gets participation rather than completion); texts in every language."""

    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str) -> str:
        values = {key: pick(value, lang) if isinstance(value, dict) else value for key, value in self.params.items()}
        return pick(REASONS[self.code], lang).format(**values)


@dataclass(frozen=True)
class Eligibility:
    participant_id: str
    kind: str | None
    hours: float
    module_ids: tuple[str, ...]
    reasons: tuple[Reason, ...] = ()

    @property
    def eligible(self) -> bool:
        return self.kind is not None

    def explain(self, lang: str) -> str:
        return "; ".join(reason.message(lang) for reason in self.reasons)

    def refusal(self, name: str) -> UserError:
        """The error to show when someone asks for this person's certificate anyway."""
        catalog = {"not-eligible": {
            lang: pick(MESSAGES["not-eligible"], lang).format(name=name, reasons=self.explain(lang))
            .replace("{", "{{").replace("}", "}}")
            for lang in LANGUAGES
        }}
        return UserError(catalog, "not-eligible")


def _unpassed(progress: CourseProgress, course: Course) -> list[Reason]:
    return [Reason("module-not-passed", {"module": course.module(m.module_id).title})
            for m in progress.modules if not m.passed]


def course_eligibility(db: Database, participant_id: str, course: Course) -> Eligibility:
    progress = course_progress(db, participant_id, course)
    reasons = _unpassed(progress, course)
    module_ids = tuple(m.module_id for m in progress.modules)
    return Eligibility(participant_id, COMPLETION if progress.done else None, course.hours, module_ids, tuple(reasons))


def workshop_eligibility(
    db: Database, workshop_id: str, course: Course, participant_ids: Iterable[str] | None = None,
) -> dict[str, Eligibility]:
    """Eligibility of the given participants (default: everyone enrolled, by name) for this workshop's certificate.

    Read from the class grid's bulk rows with every session counted, so it says what the grid shows and a whole
    class costs the grid's few queries, never one per person."""
    grid = class_progress(db, workshop_id, course, as_of=EVERY_SESSION)
    module_ids = tuple(m.id for m in grid.modules)
    rows = {row.participant_id: row for row in grid.rows}
    result = {}
    for participant_id in (rows if participant_ids is None else participant_ids):
        row = rows.get(participant_id)
        if row is None:
            result[participant_id] = Eligibility(participant_id, None, 0.0, module_ids, (Reason("not-enrolled"),))
            continue
        summary = row.attendance
        if summary.hours_attended == 0:
            attendance = [Reason("no-attendance")]
        elif summary.rate < grid.threshold:
            attendance = [Reason("attendance-below", {
                "attended": f"{summary.hours_attended:g}", "held": f"{summary.hours_held:g}", "rate": f"{summary.rate:g}",
                "threshold": grid.threshold,
            })]
        else:
            attendance = []
        kind = None if attendance else (COMPLETION if row.progress.done else PARTICIPATION)
        result[participant_id] = Eligibility(participant_id, kind, summary.hours_attended, module_ids,
                                             tuple(attendance + _unpassed(row.progress, course)))
    return result
