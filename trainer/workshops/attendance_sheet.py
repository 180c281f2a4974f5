"""One session's attendance as a trainer sees it: everyone enrolled, their mark, the totals and the change log.

Marks are set through `record_attendance` (which keeps every change); this
module only reads them back in the shape a screen or the CLI shows, in bulk.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select

from trainer.errors import UserError
from trainer.i18n import pick
from trainer.progress.scoring import normalize_text
from trainer.storage.database import Database
from trainer.storage.models import ATTENDANCE_STATUSES, Attendance, AttendanceChange, Enrollment, Participant
from trainer.workshops.service import MESSAGES, STATUS_LABELS, load_session, record_attendance

UNMARKED = "unmarked"

# What a trainer may type for each status, in either language (first letters included, for the keyboard grid).
STATUS_WORDS = {
    "present": ("present", "presente", "p"),
    "late": ("late", "tarde", "l", "t"),
    "excused": ("excused", "justificada", "justificado", "e", "j"),
    "absent": ("absent", "ausente", "a"),
}

LOG_LINE = {
    "en": "{when} — {name}: {change}{by}",
    "es": "{when} — {name}: {change}{by}",
}
BY = {"en": " (by {who})", "es": " (por {who})"}


def parse_status(text: str) -> str:
    """The attendance status meant by what was typed ('P', 'tarde', 'justificada', 'absent'...)."""
    wanted = " ".join(text.split()).casefold()
    for status, words in STATUS_WORDS.items():
        if wanted in words:
            return status
    raise UserError(MESSAGES, "bad-status", value=text)


def status_label(status: str | None, lang: str) -> str:
    return pick(STATUS_LABELS[status], lang) if status in STATUS_LABELS else ""


@dataclass(frozen=True)
class SheetRow:
    participant_id: str
    name: str
    organization: str
    status: str | None
    marked_at: datetime | None
    marked_by: str | None


@dataclass(frozen=True)
class SessionSheet:
    """Everyone enrolled in the session's workshop, by name, with their current mark (None: not marked yet)."""

    session_id: str
    workshop_id: str
    date: date
    start_time: str
    hours: float
    title: str
    rows: list[SheetRow]

    @property
    def totals(self) -> dict[str, int]:
        """How many people have each status, plus 'unmarked'; always every key, in a fixed order."""
        counts = Counter(row.status or UNMARKED for row in self.rows)
        return {status: counts[status] for status in (*ATTENDANCE_STATUSES, UNMARKED)}


def session_sheet(db: Database, session_id: str) -> SessionSheet:
    with db.session() as session:
        held = load_session(session, session_id)
        marker = select(Participant.id, Participant.name).subquery()
        rows = session.execute(
            select(Participant.id, Participant.name, Participant.organization, Attendance.status, Attendance.marked_at,
                   marker.c.name)
            .join(Enrollment, Enrollment.participant_id == Participant.id)
            .outerjoin(Attendance, (Attendance.participant_id == Participant.id) & (Attendance.session_id == session_id))
            .outerjoin(marker, marker.c.id == Attendance.marked_by_id)
            .where(Enrollment.workshop_id == held.workshop_id)
        ).all()
    rows = sorted(rows, key=lambda row: (normalize_text(row.name), row.id))  # Óscar among the O's, not after Z
    return SessionSheet(held.id, held.workshop_id, held.date, held.start_time, held.hours, held.title,
                        [SheetRow(*row) for row in rows])


def mark_everyone_unmarked(db: Database, session_id: str, status: str, marked_by_id: str | None = None) -> int:
    """Give every person with no mark yet the same mark ('present' at the start of a session). Returns how many."""
    unmarked = [row.participant_id for row in session_sheet(db, session_id).rows if row.status is None]
    for participant_id in unmarked:
        record_attendance(db, session_id, participant_id, status, marked_by_id)
    return len(unmarked)


@dataclass(frozen=True)
class LogEntry:
    """One attendance change: who was marked what (and what before), by whom, when, on which laptop."""

    changed_at: datetime
    participant_id: str
    participant_name: str
    status: str
    previous_status: str | None
    changed_by: str | None
    device_id: str

    def describe(self, lang: str) -> str:
        """'2026-03-02 09:14 — Ana Núñez: ausente → tarde (por Rosa)', in the computer's local time."""
        local = self.changed_at.replace(tzinfo=timezone.utc).astimezone()
        change = status_label(self.status, lang)
        if self.previous_status:
            change = f"{status_label(self.previous_status, lang)} → {change}"
        by = pick(BY, lang).format(who=self.changed_by) if self.changed_by else ""
        return pick(LOG_LINE, lang).format(when=f"{local:%Y-%m-%d %H:%M}", name=self.participant_name, change=change, by=by)


def attendance_log(db: Database, session_id: str, participant_id: str | None = None) -> list[LogEntry]:
    """Every mark set at a session (or for one person there), oldest first, with names instead of ids."""
    with db.session() as session:
        load_session(session, session_id)
        marked = select(Participant.id, Participant.name).subquery()
        marker = select(Participant.id, Participant.name).subquery()
        query = (select(AttendanceChange, marked.c.name, marker.c.name)
                 .outerjoin(marked, marked.c.id == AttendanceChange.participant_id)
                 .outerjoin(marker, marker.c.id == AttendanceChange.changed_by_id)
                 .where(AttendanceChange.session_id == session_id)
                 .order_by(AttendanceChange.changed_at, AttendanceChange.id))
        if participant_id:
            query = query.where(AttendanceChange.participant_id == participant_id)
        rows = session.execute(query).all()
    previous: dict[str, str] = {}
    entries = []
    for change, name, by in rows:
        entries.append(LogEntry(change.changed_at, change.participant_id, name or change.participant_id, change.status,
                                previous.get(change.participant_id), by, change.origin_device_id))
        previous[change.participant_id] = change.status
    return entries
