"""Setting up a workshop and recording who came, keeping every attendance change."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainer.countries import COUNTRIES, find_country
from trainer.errors import UserError
from trainer.people.service import MESSAGES as PEOPLE_MESSAGES, clean_text
from trainer.progress.scoring import normalize_text
from trainer.storage.database import Database
from trainer.storage.models import (
    ATTENDANCE_STATUSES, Attendance, AttendanceChange, Enrollment, Participant, Tombstone, Workshop, WorkshopSession,
    fact_id, tombstone_id, utc_now,
)

START_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

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
    "bad-dates": {
        "en": "the workshop ends ({ends}) before it starts ({starts})",
        "es": "el taller termina ({ends}) antes de empezar ({starts})",
    },
    "bad-start-time": {
        "en": "start time '{value}' is not a 24-hour time such as 09:00 or 14:30",
        "es": "la hora de inicio '{value}' no es una hora de 24 horas como 09:00 o 14:30",
    },
    "unknown-module": {"en": "course '{course}' has no module '{module}'", "es": "el curso '{course}' no tiene el módulo '{module}'"},
    "session-has-attendance": {
        "en": "the session of {day} already has {count} attendance mark(s), so it cannot be removed; change its date or "
              "hours instead",
        "es": "la sesión del {day} ya tiene {count} marca(s) de asistencia, así que no se puede eliminar; cambie su fecha "
              "u horas en su lugar",
    },
    "ambiguous-workshop": {
        "en": "'{key}' matches {count} workshops; use the id shown by 'trainer workshop list'",
        "es": "'{key}' coincide con {count} talleres; use el id que muestra 'trainer workshop list'",
    },
    "ambiguous-session": {
        "en": "'{key}' matches {count} sessions; use more characters of the id shown by 'trainer workshop show'",
        "es": "'{key}' coincide con {count} sesiones; use más caracteres del id que muestra 'trainer workshop show'",
    },
}

STATUS_LABELS = {
    "present": {"en": "present", "es": "presente"},
    "late": {"en": "late", "es": "tarde"},
    "excused": {"en": "excused", "es": "justificada"},
    "absent": {"en": "absent", "es": "ausente"},
}

WORKSHOP_FIELDS = ("title", "place", "country", "course_id", "module_ids", "starts_on", "ends_on", "attendance_threshold",
                   "trainer_id")
SESSION_FIELDS = ("date", "start_time", "hours", "title")


def _check_workshop(workshop: Workshop) -> None:
    """The rules a workshop's fields obey, the same when it is created and when it is edited."""
    workshop.title = clean_text(workshop.title or "", "title")
    workshop.place = clean_text(workshop.place or "", "place")
    country = (workshop.country or "").strip()
    workshop.country = (find_country(country) or country.upper()) if country else ""  # DE, DEU, Alemania, Germany
    if not workshop.title:
        raise UserError(MESSAGES, "title-required")
    if not 0 <= workshop.attendance_threshold <= 100:
        raise UserError(MESSAGES, "bad-threshold")
    if workshop.country and workshop.country not in COUNTRIES:
        raise UserError(PEOPLE_MESSAGES, "bad-country", value=workshop.country)
    if workshop.starts_on and workshop.ends_on and workshop.ends_on < workshop.starts_on:
        raise UserError(MESSAGES, "bad-dates", starts=workshop.starts_on, ends=workshop.ends_on)


def _check_session(row: WorkshopSession) -> None:
    if not 0 < row.hours <= 12:
        raise UserError(MESSAGES, "bad-hours")
    if not START_TIME.match(row.start_time or ""):
        raise UserError(MESSAGES, "bad-start-time", value=row.start_time)


def check_modules(course, module_ids: list[str]) -> list[str]:
    """The module ids a workshop teaches, checked against its course (a `trainer.courses.model.Course`)."""
    for module_id in module_ids:
        if course.module(module_id) is None:
            raise UserError(MESSAGES, "unknown-module", course=course.id, module=module_id)
    return list(module_ids)


def create_workshop(
    db: Database, title: str, course_id: str, *, place: str = "", country: str = "", module_ids: list[str] | None = None,
    starts_on: date | None = None, ends_on: date | None = None, attendance_threshold: int = 80,
    trainer_id: str | None = None,
) -> Workshop:
    workshop = Workshop(
        origin_device_id=db.device_id(), title=title, place=place, country=country, course_id=course_id,
        module_ids=list(module_ids or []), starts_on=starts_on, ends_on=ends_on,
        attendance_threshold=attendance_threshold, trainer_id=trainer_id,
    )
    _check_workshop(workshop)
    with db.session() as session:
        session.add(workshop)
    return workshop


def update_workshop(db: Database, workshop_id: str, **changes) -> Workshop:
    """Change some of a workshop's fields (names as in WORKSHOP_FIELDS); the result obeys the same rules as a new one."""
    unknown = set(changes) - set(WORKSHOP_FIELDS)
    if unknown:
        raise TypeError(f"not workshop fields: {sorted(unknown)}")
    with db.session() as session:
        workshop = load_workshop(session, workshop_id)
        for name, value in changes.items():
            setattr(workshop, name, list(value) if name == "module_ids" else value)
        _check_workshop(workshop)
        return workshop


def load_workshop(session: Session, workshop_id: str) -> Workshop:
    """The workshop inside an open database session, or the user-facing error if there is none."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise UserError(MESSAGES, "unknown-workshop", key=workshop_id)
    return workshop


def get_workshop(db: Database, workshop_id: str) -> Workshop:
    """The workshop with its sessions loaded (in date order)."""
    with db.session() as session:
        workshop = load_workshop(session, workshop_id)
        list(workshop.sessions)  # loaded now: the caller reads them after this database session has closed
        return workshop


def find_workshop(db: Database, key: str) -> Workshop:
    """The one workshop whose id starts with `key` or whose title equals it (ignoring case and accents)."""
    key = key.strip()
    with db.session() as session:
        matches = list(session.scalars(select(Workshop.id).where(Workshop.id.startswith(key.lower())))) if key else []
        if not matches:  # compared in Python: SQLite's lower() leaves "Á" and "Ñ" alone
            wanted = normalize_text(key)
            matches = [i for i, title in session.execute(select(Workshop.id, Workshop.title)) if normalize_text(title) == wanted]
    if not matches:
        raise UserError(MESSAGES, "unknown-workshop", key=key)
    if len(matches) > 1:
        raise UserError(MESSAGES, "ambiguous-workshop", key=key, count=len(matches))
    return get_workshop(db, matches[0])


@dataclass(frozen=True)
class WorkshopListing:
    """One line of the workshop list: the workshop and the counts a trainer looks for."""

    workshop: Workshop
    sessions: int
    hours: float
    enrolled: int
    first_day: date | None
    last_day: date | None

    def when(self, today: date) -> str:
        """'upcoming', 'current' or 'past' on `today`; a workshop with no dates at all counts as current."""
        if self.first_day and today < self.first_day:
            return "upcoming"
        if self.last_day and today > self.last_day:
            return "past"
        return "current"


def list_workshops(db: Database, when: str | None = None, today: date | None = None) -> list[WorkshopListing]:
    """Workshops, newest first; `when` keeps only 'upcoming', 'current' or 'past' ones.

    A workshop's days are its own start and end dates, or else those of its first and last session.
    """
    today = today or date.today()
    with db.session() as session:
        sessions = (select(WorkshopSession.workshop_id, func.count().label("n"), func.sum(WorkshopSession.hours).label("h"),
                           func.min(WorkshopSession.date).label("first"), func.max(WorkshopSession.date).label("last"))
                    .group_by(WorkshopSession.workshop_id).subquery())
        enrolled = (select(Enrollment.workshop_id, func.count().label("n"))
                    .group_by(Enrollment.workshop_id).subquery())
        rows = session.execute(
            select(Workshop, sessions.c.n, sessions.c.h, sessions.c.first, sessions.c.last, enrolled.c.n)
            .outerjoin(sessions, sessions.c.workshop_id == Workshop.id)
            .outerjoin(enrolled, enrolled.c.workshop_id == Workshop.id)
        ).all()
    listings = [
        WorkshopListing(workshop, count or 0, float(hours or 0), people or 0, workshop.starts_on or first,
                        workshop.ends_on or last)
        for workshop, count, hours, first, last, people in rows
    ]
    listings.sort(key=lambda item: (item.first_day or date.max, item.workshop.created_at), reverse=True)
    return [item for item in listings if when is None or item.when(today) == when]


def add_session(db: Database, workshop_id: str, day: date, hours: float, start_time: str = "09:00",
                title: str = "") -> WorkshopSession:
    row = WorkshopSession(
        workshop_id=workshop_id, origin_device_id=db.device_id(), date=day, hours=hours, start_time=start_time,
        title=clean_text(title, "title"),
    )
    _check_session(row)
    with db.session() as session:
        load_workshop(session, workshop_id)
        session.add(row)
    return row


def load_session(session: Session, session_id: str) -> WorkshopSession:
    """The workshop session inside an open database session, or the user-facing error if there is none."""
    row = session.get(WorkshopSession, session_id)
    if row is None:
        raise UserError(MESSAGES, "unknown-session", key=session_id)
    return row


def update_session(db: Database, session_id: str, **changes) -> WorkshopSession:
    """Change a session's date, start time, hours or title; its attendance marks stay with it."""
    unknown = set(changes) - set(SESSION_FIELDS)
    if unknown:
        raise TypeError(f"not session fields: {sorted(unknown)}")
    with db.session() as session:
        row = load_session(session, session_id)
        for name, value in changes.items():
            setattr(row, name, clean_text(value, "title") if name == "title" else value)
        _check_session(row)
        return row


def bury(session: Session, device_id: str, table_name: str, row_id: str, deleted_by_id: str | None = None) -> None:
    """Record, in the deleting transaction, that a travelling row was deleted: its tombstone travels in bundles,
    so an older bundle that still has the row does not bring it back (docs/bundles.md)."""
    stone_id = tombstone_id(table_name, row_id)
    if session.get(Tombstone, stone_id) is None:
        session.add(Tombstone(id=stone_id, table_name=table_name, row_id=row_id, deleted_by_id=deleted_by_id,
                              origin_device_id=device_id))


def remove_session(db: Database, session_id: str, removed_by_id: str | None = None) -> None:
    """Remove a session planned by mistake; one with attendance marks is kept, so no record of who came is lost.

    The removal travels (a tombstone): a bundle that still has the session does not bring it back.
    """
    with db.session() as session:
        row = load_session(session, session_id)
        marks = session.scalar(select(func.count()).select_from(Attendance).where(Attendance.session_id == session_id))
        if marks:
            raise UserError(MESSAGES, "session-has-attendance", day=row.date, count=marks)
        bury(session, db.device_id(), "workshop_sessions", row.id, removed_by_id)
        session.delete(row)


def find_session(db: Database, key: str) -> WorkshopSession:
    """The one session whose id starts with `key` (the CLI shows the first 8 characters)."""
    key = key.strip().lower()
    with db.session() as session:
        matches = list(session.scalars(select(WorkshopSession).where(WorkshopSession.id.startswith(key)))) if key else []
    if not matches:
        raise UserError(MESSAGES, "unknown-session", key=key)
    if len(matches) > 1:
        raise UserError(MESSAGES, "ambiguous-session", key=key, count=len(matches))
    return matches[0]


def again_id(table_name: str, row_id: str) -> str:
    """The id of a fact recorded again after its row was deleted: a new row, so an old bundle that still holds the
    deleted one cannot bring it back, and the same id on every laptop that records it again after that deletion
    (docs/bundles.md, "Removed, then added again")."""
    return fact_id("again", table_name, row_id)


def enrollment_ids(workshop_id: str, participant_id: str, removed: Callable[[str], bool]) -> list[str]:
    """The ids one person's enrolment in a workshop has had, oldest first: every removed one (`removed(id)`: a
    tombstone names it), then the one in force or to be made."""
    ids = [fact_id("enrollment", workshop_id, participant_id)]
    while removed(ids[-1]):
        ids.append(again_id("enrollments", ids[-1]))
    return ids


def mark_id(session_id: str, participant_id: str, workshop_id: str, enrollment_id: str) -> str:
    """The id of a person's mark at a session while enrolled under `enrollment_id`: marks of a re-enrolment are new
    rows too, so the removal of the earlier enrolment's marks does not take them."""
    if enrollment_id == fact_id("enrollment", workshop_id, participant_id):
        return fact_id("attendance", session_id, participant_id)
    return fact_id("attendance", session_id, enrollment_id)


def _enrollment_id(session: Session, workshop_id: str, participant_id: str) -> str:
    """The id of the person's enrolment in force, or the one a new enrolment gets."""
    return enrollment_ids(workshop_id, participant_id,
                          lambda row_id: session.get(Tombstone, tombstone_id("enrollments", row_id)) is not None)[-1]


def enrol_in(session: Session, device_id: str, workshop_id: str, participant_id: str) -> bool:
    """Enrol one person inside an open database session (for callers that save more in the same transaction).

    Someone taken off the roster earlier is enrolled again as a new row (`again_id`)."""
    enrollment_id = _enrollment_id(session, workshop_id, participant_id)
    if session.get(Enrollment, enrollment_id) is not None:
        return False
    session.add(Enrollment(id=enrollment_id, workshop_id=workshop_id, participant_id=participant_id,
                           origin_device_id=device_id))
    return True


def enrol(db: Database, workshop_id: str, participant_ids: list[str]) -> int:
    """Enrol people in a workshop; enrolling someone twice changes nothing. Returns how many were new."""
    device = db.device_id()
    with db.session() as session:
        load_workshop(session, workshop_id)
        return sum(enrol_in(session, device, workshop_id, participant_id) for participant_id in participant_ids)


def unenrol(db: Database, workshop_id: str, participant_ids: list[str], removed_by_id: str | None = None) -> int:
    """Take people off a workshop's roster, with their attendance marks at its sessions (their history stays).

    The removals travel (tombstones), so no bundle puts them back. Returns how many were enrolled.
    """
    device = db.device_id()
    with db.session() as session:
        load_workshop(session, workshop_id)
        session_ids = list(session.scalars(select(WorkshopSession.id).where(WorkshopSession.workshop_id == workshop_id)))
        removed = 0
        for participant_id in dict.fromkeys(participant_ids):
            enrollment = session.scalar(select(Enrollment).where(Enrollment.workshop_id == workshop_id,
                                                                 Enrollment.participant_id == participant_id))
            if enrollment is None:
                continue
            marks = session.scalars(select(Attendance).where(Attendance.participant_id == participant_id,
                                                              Attendance.session_id.in_(session_ids))).all()
            for mark in marks:
                bury(session, device, "attendance", mark.id, removed_by_id)
                session.delete(mark)
            bury(session, device, "enrollments", enrollment.id, removed_by_id)
            session.delete(enrollment)
            removed += 1
        return removed


def roster(db: Database, workshop_id: str) -> list[Participant]:
    with db.session() as session:
        query = (select(Participant).join(Enrollment, Enrollment.participant_id == Participant.id)
                 .where(Enrollment.workshop_id == workshop_id).order_by(Participant.name))
        return list(session.scalars(query))


def record_attendance(db: Database, session_id: str, participant_id: str, status: str, marked_by_id: str | None = None) -> Attendance:
    """Set one person's mark for one session; the previous mark stays in the change history."""
    if status not in ATTENDANCE_STATUSES:
        raise UserError(MESSAGES, "bad-status", value=status)
    device = db.device_id()
    with db.session() as session:
        workshop_session = session.get(WorkshopSession, session_id)
        if workshop_session is None:
            raise UserError(MESSAGES, "unknown-session", key=session_id)
        workshop_id = workshop_session.workshop_id
        enrollment_id = session.scalar(select(Enrollment.id).where(Enrollment.workshop_id == workshop_id,
                                                                   Enrollment.participant_id == participant_id))
        if enrollment_id is None:
            person = session.get(Participant, participant_id)
            raise UserError(MESSAGES, "not-enrolled", name=person.name if person else participant_id)
        attendance_id = mark_id(session_id, participant_id, workshop_id, enrollment_id)
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
    """Every mark one person was given at one session, oldest first (also those of an enrolment since removed)."""
    with db.session() as session:
        query = (select(AttendanceChange)
                 .where(AttendanceChange.session_id == session_id, AttendanceChange.participant_id == participant_id)
                 .order_by(AttendanceChange.changed_at))
        return list(session.scalars(query))


ATTENDED = ("present", "late")


def local_day(stored: datetime) -> date:
    """The calendar day, on this computer's clock, of a stored time (stored times are naive UTC)."""
    return stored.replace(tzinfo=timezone.utc).astimezone().date()


def counts_for(held: WorkshopSession, enrolled_at: datetime, marked: bool, first_taken: datetime | None) -> bool:
    """Whether a held session counts in one person's attendance rate (the rule, stated in README, "Workshops").

    It does not count only when all three hold: they have no mark at it, they were enrolled after its day, and
    its attendance was taken on its day (`first_taken`, the time of its first mark, on or before that day), so the
    roster of that day was the one marked. A walk-in enrolled on day 2 is thus not counted absent on day 1; but
    attendance typed in after the workshop counts every session for everyone (there, no mark means did not
    come, whenever the person was typed in), and so does a session whose attendance was never taken. A mark,
    absent included, always counts.
    """
    if marked or held.date >= local_day(enrolled_at):
        return True
    return first_taken is None or local_day(first_taken) > held.date


@dataclass(frozen=True)
class AttendanceSummary:
    """One person's attendance over the workshop's sessions held so far while they were enrolled."""

    sessions_held: int
    sessions_attended: int
    hours_held: float
    hours_attended: float
    counted: frozenset[str] = frozenset()  # ids of the sessions held that count for this person (`counts_for`)

    @property
    def rate(self) -> float:
        """Share of the counted held hours attended, 0..100. Present and late count as attended; excused and absent
        do not."""
        return round(100.0 * self.hours_attended / self.hours_held, 1) if self.hours_held else 0.0


def attendance_summaries(db: Database, workshop_id: str, as_of: date | None = None) -> dict[str, AttendanceSummary]:
    """Attendance of every enrolled participant, counting sessions dated up to `as_of` (default: all) that were
    held while they were enrolled (`counts_for`)."""
    with db.session() as session:
        sessions = list(session.scalars(select(WorkshopSession).where(WorkshopSession.workshop_id == workshop_id)))
        held = [s for s in sessions if as_of is None or s.date <= as_of]
        held_ids = [s.id for s in held]
        people = session.execute(select(Enrollment.participant_id, Enrollment.enrolled_at)
                                 .where(Enrollment.workshop_id == workshop_id)).all()
        marks = session.execute(select(Attendance.participant_id, Attendance.session_id, Attendance.status)
                                .where(Attendance.session_id.in_(held_ids))).all()
        first_taken = dict(session.execute(
            select(AttendanceChange.session_id, func.min(AttendanceChange.changed_at))
            .where(AttendanceChange.session_id.in_(held_ids)).group_by(AttendanceChange.session_id)).all())
    status = {(participant_id, session_id): mark for participant_id, session_id, mark in marks}
    summaries = {}
    for person, enrolled_at in people:
        counted = [s for s in held if counts_for(s, enrolled_at, (person, s.id) in status, first_taken.get(s.id))]
        attended = [s for s in counted if status.get((person, s.id)) in ATTENDED]
        summaries[person] = AttendanceSummary(len(counted), len(attended), sum(s.hours for s in counted),
                                              sum(s.hours for s in attended), frozenset(s.id for s in counted))
    return summaries
