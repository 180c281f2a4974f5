"""Setting up a workshop and recording who came, keeping every attendance change."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from trainer.errors import UserError
from trainer.storage.database import Database
from trainer.storage.models import (
    ATTENDANCE_STATUSES, Attendance, AttendanceChange, Enrollment, Participant, Workshop, WorkshopSession, fact_id, utc_now,
)

MESSAGES = {
    "title-required": {"en": "a workshop needs a title", "es": "el taller necesita un título"},
    "bad-threshold": {
        "en": "the attendance threshold must be between 0 and 100 %",
        "es": "el umbral de asistencia debe estar entre 0 y 100 %",
    },
    "bad-hours": {"en": "a session lasts more than 0 and at most 12 hours", "es": "una sesión dura más de 0 y como máximo 12 horas"},
    "bad-status": {
        "en": "attendance '{value}' is not one of: present, late, excused, absent",
        "es": "la asistencia '{value}' no es una de: present (presente), late (tarde), excused (justificada), absent (ausente)",
    },
    "unknown-workshop": {"en": "no workshop '{key}'", "es": "no existe el taller '{key}'"},
    "unknown-session": {"en": "no session '{key}'", "es": "no existe la sesión '{key}'"},
    "not-enrolled": {
        "en": "{name} is not enrolled in this workshop; enrol them first",
        "es": "{name} no está inscrito en este taller; inscríbalo primero",
    },
}


def create_workshop(
    db: Database, title: str, course_id: str, *, place: str = "", country: str = "", module_ids: list[str] | None = None,
    starts_on: date | None = None, ends_on: date | None = None, attendance_threshold: int = 80,
    trainer_id: str | None = None,
) -> Workshop:
    if not title.strip():
        raise UserError(MESSAGES, "title-required")
    if not 0 <= attendance_threshold <= 100:
        raise UserError(MESSAGES, "bad-threshold")
    workshop = Workshop(
        origin_device_id=db.device_id(), title=title.strip(), place=place.strip(), country=country.upper(),
        course_id=course_id, module_ids=list(module_ids or []), starts_on=starts_on, ends_on=ends_on,
        attendance_threshold=attendance_threshold, trainer_id=trainer_id,
    )
    with db.session() as session:
        session.add(workshop)
    return workshop


def add_session(db: Database, workshop_id: str, day: date, hours: float, start_time: str = "09:00", title: str = "") -> WorkshopSession:
    if not 0 < hours <= 12:
        raise UserError(MESSAGES, "bad-hours")
    with db.session() as session:
        if session.get(Workshop, workshop_id) is None:
            raise UserError(MESSAGES, "unknown-workshop", key=workshop_id)
        row = WorkshopSession(
            workshop_id=workshop_id, origin_device_id=db.device_id(), date=day, hours=hours, start_time=start_time,
            title=title,
        )
        session.add(row)
    return row


def enrol(db: Database, workshop_id: str, participant_ids: list[str]) -> int:
    """Enrol people in a workshop; enrolling someone twice changes nothing. Returns how many were new."""
    added = 0
    with db.session() as session:
        if session.get(Workshop, workshop_id) is None:
            raise UserError(MESSAGES, "unknown-workshop", key=workshop_id)
        for participant_id in participant_ids:
            enrollment_id = fact_id("enrollment", workshop_id, participant_id)
            if session.get(Enrollment, enrollment_id) is None:
                session.add(Enrollment(
                    id=enrollment_id, workshop_id=workshop_id, participant_id=participant_id,
                    origin_device_id=db.device_id(),
                ))
                added += 1
    return added


def roster(db: Database, workshop_id: str) -> list[Participant]:
    with db.session() as session:
        query = (select(Participant).join(Enrollment, Enrollment.participant_id == Participant.id)
                 .where(Enrollment.workshop_id == workshop_id).order_by(Participant.name))
        return list(session.scalars(query))


def record_attendance(db: Database, session_id: str, participant_id: str, status: str, marked_by_id: str | None = None) -> Attendance:
    """Set one person's mark for one session; the previous mark stays in the change history."""
    if status not in ATTENDANCE_STATUSES:
        raise UserError(MESSAGES, "bad-status", value=status)
    attendance_id = fact_id("attendance", session_id, participant_id)
    device = db.device_id()
    with db.session() as session:
        workshop_session = session.get(WorkshopSession, session_id)
        if workshop_session is None:
            raise UserError(MESSAGES, "unknown-session", key=session_id)
        if session.get(Enrollment, fact_id("enrollment", workshop_session.workshop_id, participant_id)) is None:
            person = session.get(Participant, participant_id)
            raise UserError(MESSAGES, "not-enrolled", name=person.name if person else participant_id)
        mark = session.get(Attendance, attendance_id)
        if mark is None:
            mark = Attendance(id=attendance_id, session_id=session_id, participant_id=participant_id, status=status,
                              marked_by_id=marked_by_id, origin_device_id=device)
            session.add(mark)
        elif mark.status == status:
            return mark
        else:
            mark.status, mark.marked_by_id, mark.marked_at = status, marked_by_id, utc_now()
        session.add(AttendanceChange(
            attendance_id=attendance_id, session_id=session_id, participant_id=participant_id, status=status,
            changed_by_id=marked_by_id, origin_device_id=device,
        ))
        return mark


def attendance_history(db: Database, session_id: str, participant_id: str) -> list[AttendanceChange]:
    with db.session() as session:
        query = (select(AttendanceChange)
                 .where(AttendanceChange.attendance_id == fact_id("attendance", session_id, participant_id))
                 .order_by(AttendanceChange.changed_at))
        return list(session.scalars(query))


ATTENDED = ("present", "late")


@dataclass(frozen=True)
class AttendanceSummary:
    """One person's attendance over a workshop's sessions held so far."""

    sessions_held: int
    sessions_attended: int
    hours_held: float
    hours_attended: float

    @property
    def rate(self) -> float:
        """Share of held hours attended, 0..100. Present and late count as attended; excused and absent do not."""
        return round(100.0 * self.hours_attended / self.hours_held, 1) if self.hours_held else 0.0


def attendance_summaries(db: Database, workshop_id: str, as_of: date | None = None) -> dict[str, AttendanceSummary]:
    """Attendance of every enrolled participant, counting sessions dated up to `as_of` (default: all)."""
    with db.session() as session:
        sessions = list(session.scalars(select(WorkshopSession).where(WorkshopSession.workshop_id == workshop_id)))
        held = [s for s in sessions if as_of is None or s.date <= as_of]
        hours = {s.id: s.hours for s in held}
        people = session.scalars(select(Enrollment.participant_id).where(Enrollment.workshop_id == workshop_id)).all()
        marks = session.execute(select(Attendance.participant_id, Attendance.session_id, Attendance.status)
                                .where(Attendance.session_id.in_(list(hours)))).all()
    attended: dict[str, list[str]] = {person: [] for person in people}
    for participant_id, session_id, status in marks:
        if status in ATTENDED and participant_id in attended:
            attended[participant_id].append(session_id)
    total = sum(hours.values())
    return {
        person: AttendanceSummary(len(held), len(ids), total, sum(hours[i] for i in ids))
        for person, ids in attended.items()
    }
