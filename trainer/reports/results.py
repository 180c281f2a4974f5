"""The results report of one workshop: each person's progress and quiz results, per module and overall.

Built on the class progress grid, so the report says exactly what the
trainer's screen and each learner's own "My progress" say (the one progress
definition of trainer.progress: same percent, pass rule and "done"; same
at-risk reasons).
"""

from collections import Counter
from datetime import date

from sqlalchemy import select

from trainer.courses.model import Course
from trainer.i18n import pick
from trainer.progress.service import IN_PROGRESS, NOT_STARTED, PASSED
from trainer.reports.model import INTEGER, NUMBER, Column, Report, Table
from trainer.reports.wording import workshop_scope, yes_no
from trainer.storage.database import Database
from trainer.storage.models import Certificate, Enrollment
from trainer.workshops.class_progress import class_progress
from trainer.workshops.service import get_workshop

TEXT = {
    "title": {"en": "Results report", "es": "Informe de resultados"},
    "participants": {"en": "Results per participant", "es": "Resultados por participante"},
    "modules": {"en": "Results per module", "es": "Resultados por módulo"},
    "detail": {"en": "Detail per module", "es": "Detalle por módulo"},
    "name": {"en": "Name", "es": "Nombre"},
    "organization": {"en": "Organization", "es": "Organización"},
    "attendance": {"en": "Attendance %", "es": "Asistencia %"},
    "progress": {"en": "Progress %", "es": "Avance %"},
    "lessons-done": {"en": "Lessons done", "es": "Lecciones hechas"},
    "lessons-total": {"en": "Lessons in total", "es": "Lecciones en total"},
    "modules-passed": {"en": "Modules passed", "es": "Módulos aprobados"},
    "modules-total": {"en": "Modules in total", "es": "Módulos en total"},
    "completed": {"en": "Completed", "es": "Completó"},
    "certificate": {"en": "Certificate", "es": "Certificado"},
    "risk": {"en": "Needs attention", "es": "Requiere atención"},
    "risks": {"en": "Who needs attention", "es": "Quiénes requieren atención"},
    "reason": {"en": "Reason", "es": "Motivo"},
    "module": {"en": "Module", "es": "Módulo"},
    "state": {"en": "State", "es": "Estado"},
    "best": {"en": "Best score %", "es": "Mejor nota %"},
    "attempts": {"en": "Quiz attempts", "es": "Intentos de evaluación"},
    "passed-count": {"en": "Passed", "es": "Aprobaron"},
    "in-progress-count": {"en": "In progress", "es": "En curso"},
    "not-started-count": {"en": "Not started", "es": "Sin empezar"},
    "average-best": {"en": "Average best score %", "es": "Mejor nota media %"},
    "pass-mark": {"en": "Pass mark %", "es": "Nota para aprobar %"},
    NOT_STARTED: {"en": "not started", "es": "sin empezar"},
    IN_PROGRESS: {"en": "in progress", "es": "en curso"},
    PASSED: {"en": "passed", "es": "aprobado"},
}


def results_report(db: Database, workshop_id: str, course: Course, lang: str, as_of: date | None = None) -> Report:
    workshop = get_workshop(db, workshop_id)
    grid = class_progress(db, workshop_id, course, as_of=as_of)
    with db.session() as session:
        certified = set(session.scalars(
            select(Certificate.participant_id)
            .join(Enrollment, Enrollment.participant_id == Certificate.participant_id)
            .where(Enrollment.workshop_id == workshop_id, Certificate.revoked_at.is_(None),
                   (Certificate.workshop_id == workshop_id) | (Certificate.course_id == course.id))
        ))
    t = {key: pick(text, lang) for key, text in TEXT.items()}

    people = [[
        row.name, row.organization, row.attendance.rate if row.attendance.sessions_held else None, row.progress.percent,
        row.progress.lessons_done, row.progress.lessons_total, row.progress.modules_passed, len(row.progress.modules),
        yes_no(row.progress.done, lang),
        yes_no(row.participant_id in certified, lang), yes_no(row.at_risk, lang),
    ] for row in grid.rows]
    people_table = Table(t["participants"], [
        Column(t["name"]), Column(t["organization"]), Column(t["attendance"], NUMBER), Column(t["progress"], INTEGER),
        Column(t["lessons-done"], INTEGER),
        Column(t["lessons-total"], INTEGER), Column(t["modules-passed"], INTEGER), Column(t["modules-total"], INTEGER),
        Column(t["completed"]), Column(t["certificate"]), Column(t["risk"]),
    ], people)
    risk_table = Table(t["risks"], [Column(t["name"]), Column(t["organization"]), Column(t["reason"])], [
        [row.name, row.organization, risk.message(lang)] for row in grid.rows for risk in row.risks
    ])

    module_rows = []
    for index, module in enumerate(grid.modules):
        cells = [row.progress.modules[index] for row in grid.rows]
        states = Counter(cell.state for cell in cells)
        best = [cell.best_score for cell in cells if cell.best_score is not None]
        module_rows.append([
            pick(module.title, lang), module.quiz.pass_mark if module.quiz else None, states[PASSED], states[IN_PROGRESS],
            states[NOT_STARTED], round(sum(best) / len(best), 1) if best else None, sum(cell.attempts for cell in cells),
        ])
    module_table = Table(t["modules"], [
        Column(t["module"]), Column(t["pass-mark"], NUMBER), Column(t["passed-count"], INTEGER),
        Column(t["in-progress-count"], INTEGER), Column(t["not-started-count"], INTEGER), Column(t["average-best"], NUMBER),
        Column(t["attempts"], INTEGER),
    ], module_rows)

    detail = [[
        row.name, pick(module.title, lang), t[cell.state], cell.lessons_done, cell.lessons_total,
        cell.best_score, cell.attempts,
    ] for row in grid.rows for module, cell in zip(grid.modules, row.progress.modules)]
    detail_table = Table(t["detail"], [
        Column(t["name"]), Column(t["module"]), Column(t["state"]), Column(t["lessons-done"], INTEGER),
        Column(t["lessons-total"], INTEGER), Column(t["best"], NUMBER), Column(t["attempts"], INTEGER),
    ], detail)

    return Report("results", lang, t["title"], f"{workshop_scope(workshop, lang)} · {pick(course.title, lang)}",
                  workshop.title, [people_table, risk_table, module_table, detail_table])
