"""The attendance report of one workshop: each session's counts and each person's marks, hours and rate.

Rates come from `attendance_summaries` (the one attendance rule): sessions
dated after `as_of` are not held yet, so their marks are blank and they do
not count against anyone; a session held before someone enrolled that does not
count for them (`counts_for`) is shown as a dash.
"""

from collections import Counter
from datetime import date

from sqlalchemy import select

from trainer.i18n import pick
from trainer.locale import format_day_month
from trainer.progress.scoring import normalize_text
from trainer.reports.model import DATE, INTEGER, NUMBER, Column, Report, Table
from trainer.reports.wording import workshop_scope, yes_no
from trainer.storage.database import Database
from trainer.storage.models import ATTENDANCE_STATUSES, Attendance, Enrollment, Participant
from trainer.workshops.service import ATTENDED, STATUS_LABELS, attendance_summaries, get_workshop

TEXT = {
    "title": {"en": "Attendance report", "es": "Informe de asistencia"},
    "figures": {"en": "Key figures", "es": "Cifras clave"},
    "measure": {"en": "Measure", "es": "Medida"},
    "value": {"en": "Value", "es": "Valor"},
    "enrolled": {"en": "Participants enrolled", "es": "Participantes inscritos"},
    "held": {"en": "Sessions held", "es": "Sesiones realizadas"},
    "planned": {"en": "Sessions planned", "es": "Sesiones previstas"},
    "hours-held": {"en": "Hours held", "es": "Horas realizadas"},
    "average": {"en": "Average attendance %", "es": "Asistencia media %"},
    "meeting": {"en": "Participants at or above {threshold} %", "es": "Participantes con {threshold} % o más"},
    "sessions": {"en": "Sessions", "es": "Sesiones"},
    "participants": {"en": "Participants", "es": "Participantes"},
    "number": {"en": "#", "es": "N.º"},
    "date": {"en": "Date", "es": "Fecha"},
    "start": {"en": "Start", "es": "Inicio"},
    "hours": {"en": "Hours", "es": "Horas"},
    "session-title": {"en": "Title", "es": "Título"},
    "unmarked": {"en": "Not marked", "es": "Sin marcar"},
    "rate": {"en": "Attendance %", "es": "Asistencia %"},
    "name": {"en": "Name", "es": "Nombre"},
    "organization": {"en": "Organization", "es": "Organización"},
    "attended": {"en": "Sessions attended", "es": "Sesiones asistidas"},
    "hours-attended": {"en": "Hours attended", "es": "Horas asistidas"},
    "meets": {"en": "Meets {threshold} %", "es": "Cumple {threshold} %"},
    "legend": {
        "en": "Marks: {marks}; empty = not marked or not held yet; {dash} = held before they enrolled, does not "
              "count for them. Present and late count as attended.",
        "es": "Marcas: {marks}; vacío = sin marcar o aún no realizada; {dash} = realizada antes de su inscripción, no "
              "cuenta para esa persona. Presente y tarde cuentan como asistencia.",
    },
}


BEFORE_ENROLMENT = "–"


def status_letter(status: str, lang: str) -> str:
    """P, T, J, A in Spanish; P, L, E, A in English: the first letter of the status's name."""
    return pick(STATUS_LABELS[status], lang)[0].upper()


def cell(status: str | None, before_enrolment: bool, lang: str) -> str:
    """One person's mark at one session: its letter, a dash if held before they enrolled, else empty."""
    if status is not None:
        return status_letter(status, lang)
    return BEFORE_ENROLMENT if before_enrolment else ""


def attendance_report(db: Database, workshop_id: str, lang: str, as_of: date | None = None) -> Report:
    as_of = as_of or date.today()
    workshop = get_workshop(db, workshop_id)
    sessions = list(workshop.sessions)
    session_ids = [s.id for s in sessions]  # plain ids for the per-person loops (ORM attributes cost 1 µs a read)
    held_ids = {s.id for s in sessions if s.date <= as_of}
    with db.session() as session:
        people = session.execute(
            select(Participant.id, Participant.name, Participant.organization)
            .join(Enrollment, Enrollment.participant_id == Participant.id)
            .where(Enrollment.workshop_id == workshop_id)
        ).all()
        marks = session.execute(select(Attendance.participant_id, Attendance.session_id, Attendance.status)
                                .where(Attendance.session_id.in_(list(held_ids)))).all()
    people = sorted(people, key=lambda person: (normalize_text(person.name), person.id))
    summaries = attendance_summaries(db, workshop_id, as_of=as_of)
    mark = {(participant_id, session_id): status for participant_id, session_id, status in marks}
    t = {key: pick(text, lang) for key, text in TEXT.items()}
    threshold = workshop.attendance_threshold

    session_rows = []
    for number, (held, held_id) in enumerate(zip(sessions, session_ids), start=1):
        expected = [person.id for person in people if held_id in summaries[person.id].counted]
        counts = Counter(mark.get((person_id, held_id)) for person_id in expected)
        attended = sum(counts[status] for status in ATTENDED)
        is_held = held_id in held_ids
        session_rows.append([
            number, held.date, held.start_time, held.hours, held.title,
            *([counts[status] for status in ATTENDANCE_STATUSES] if is_held else [None] * len(ATTENDANCE_STATUSES)),
            counts[None] if is_held else None,
            round(100.0 * attended / len(expected), 1) if is_held and expected else None,
        ])
    session_table = Table(t["sessions"], [
        Column(t["number"], INTEGER), Column(t["date"], DATE), Column(t["start"]), Column(t["hours"], NUMBER),
        Column(t["session-title"]), *[Column(pick(STATUS_LABELS[s], lang).capitalize(), INTEGER) for s in ATTENDANCE_STATUSES],
        Column(t["unmarked"], INTEGER), Column(t["rate"], NUMBER),
    ], session_rows)

    person_rows = []
    for person in people:
        summary = summaries[person.id]
        person_rows.append([
            person.name, person.organization,
            *[cell(mark.get((person.id, session_id)), session_id in held_ids and session_id not in summary.counted, lang)
              for session_id in session_ids],
            summary.sessions_attended, summary.hours_attended, summary.hours_held, summary.rate,
            yes_no(summary.rate >= threshold, lang) if summary.sessions_held else "",
        ])
    letters = ", ".join(f"{status_letter(s, lang)} = {pick(STATUS_LABELS[s], lang)}" for s in ATTENDANCE_STATUSES)
    person_table = Table(t["participants"], [
        Column(t["name"]), Column(t["organization"]), *[Column(format_day_month(s.date, lang)) for s in sessions],
        Column(t["attended"], INTEGER), Column(t["hours-attended"], NUMBER), Column(t["hours-held"], NUMBER),
        Column(t["rate"], NUMBER), Column(t["meets"].format(threshold=threshold)),
    ], person_rows, note=t["legend"].format(marks=letters, dash=BEFORE_ENROLMENT))

    rates = [summaries[p.id].rate for p in people if summaries[p.id].sessions_held]  # enrolled after every session: none
    hours_held = sum(s.hours for s in sessions if s.id in held_ids)
    figures = Table(t["figures"], [Column(t["measure"]), Column(t["value"], NUMBER)], [
        [t["enrolled"], len(people)],
        [t["held"], len(held_ids)],
        [t["planned"], len(sessions)],
        [t["hours-held"], hours_held],
        [t["average"], round(sum(rates) / len(rates), 1) if rates else None],
        [t["meeting"].format(threshold=threshold), sum(rate >= threshold for rate in rates) if held_ids else None],
    ])
    return Report("attendance", lang, t["title"], workshop_scope(workshop, lang), workshop.title,
                  [figures, session_table, person_table])
