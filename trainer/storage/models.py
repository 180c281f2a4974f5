"""SQLAlchemy models of everything Trainer records.

Rows that travel between laptops carry a globally unique `id` and the
`origin_device_id` that created them. Where a row records a fact that two
laptops could record independently (one person's attendance at one session,
one person's completion of one lesson), its id is derived from that fact, so
the two copies merge instead of doubling.
"""

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

FACT_NAMESPACE = uuid.UUID("6f1c2a9e-51d4-4a0b-9d5e-0c7a3b1e2f48")

SECTORS = ("public", "private", "academic", "other")
SEXES = ("female", "male", "other")
ROLES = ("participant", "trainer", "organizer")
ATTENDANCE_STATUSES = ("present", "late", "excused", "absent")


def new_id() -> str:
    return str(uuid.uuid4())


def fact_id(kind: str, *parts: str) -> str:
    """A stable id for a fact, the same on every laptop that records it."""
    return str(uuid.uuid5(FACT_NAMESPACE, "/".join((kind, *parts))))


def utc_now() -> datetime:
    """Naive UTC: SQLite keeps no time zone, so every stored time is UTC by rule."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Local key/value facts about this installation (its device id, the chosen language)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Device(Base):
    """A laptop this database knows: itself, and every laptop a bundle came from.

    `public_key` is the device's Ed25519 key (base64), recorded the first time a
    bundle from it is imported; a later bundle claiming the same device with
    another key is refused. Knowing a key only lets that laptop hand in its own
    learners' records; `approved_at` is set when a trainer here compared its
    fingerprint, and only then may it bring workshop or organizer data
    (trainer.trust, docs/trust.md).
    """

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    public_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    key_recorded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approved_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Account(Base):
    """What a profile may do on this laptop, and its PIN: local facts that never travel in a bundle.

    A role other than participant is granted by a trainer or organizer of this
    laptop (or by the organization set-up on a laptop that has none), never
    chosen; `failed_tries` and `locked_until` slow down PIN guessing across restarts.
    """

    __tablename__ = "accounts"
    participant_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), default="participant")
    pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    failed_tries: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    granted_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    granted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class TrustEvent(Base):
    """Local, append-only record of every action that needed a trainer's proof: who, what, when."""

    __tablename__ = "trust_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")


class Participant(Base):
    __tablename__ = "participants"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    organization: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(16), default="other")
    country: Mapped[str] = mapped_column(String(2), default="")
    sex: Mapped[str | None] = mapped_column(String(8), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="es")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class LessonCompletion(Base):
    __tablename__ = "lesson_completions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    course_id: Mapped[str] = mapped_column(String(64))
    lesson_id: Mapped[str] = mapped_column(String(64))
    completed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    __table_args__ = (UniqueConstraint("participant_id", "course_id", "lesson_id"),)


class QuizAttempt(Base):
    __tablename__ = "quiz_attempts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    course_id: Mapped[str] = mapped_column(String(64))
    course_version: Mapped[str] = mapped_column(String(32))
    module_id: Mapped[str] = mapped_column(String(64))
    quiz_id: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16), default="app")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    answers: Mapped[list["QuizAnswer"]] = relationship(back_populates="attempt", cascade="all, delete-orphan")


class QuizAnswer(Base):
    __tablename__ = "quiz_answers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("quiz_attempts.id"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    response: Mapped[object] = mapped_column(JSON)
    score: Mapped[float] = mapped_column(Float)
    answered_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    attempt: Mapped[QuizAttempt] = relationship(back_populates="answers")


class Workshop(Base):
    __tablename__ = "workshops"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    course_id: Mapped[str] = mapped_column(String(64))
    module_ids: Mapped[list] = mapped_column(JSON, default=list)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    attendance_threshold: Mapped[int] = mapped_column(Integer, default=80)
    trainer_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    sessions: Mapped[list["WorkshopSession"]] = relationship(
        back_populates="workshop", order_by="WorkshopSession.date", cascade="all, delete-orphan"
    )


class WorkshopSession(Base):
    __tablename__ = "workshop_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="09:00")
    hours: Mapped[float] = mapped_column(Float, default=4.0)
    title: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, default=utc_now, onupdate=utc_now)
    workshop: Mapped[Workshop] = relationship(back_populates="sessions")


class Enrollment(Base):
    __tablename__ = "enrollments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    __table_args__ = (UniqueConstraint("workshop_id", "participant_id"),)


class Attendance(Base):
    """The current mark of one person at one session; every change is kept in AttendanceChange."""

    __tablename__ = "attendance"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("workshop_sessions.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    status: Mapped[str] = mapped_column(String(8))
    marked_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    marked_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)


class AttendanceChange(Base):
    """Append-only history of attendance marks: who set what, when, on which laptop."""

    __tablename__ = "attendance_changes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    attendance_id: Mapped[str] = mapped_column(String(36), index=True)
    session_id: Mapped[str] = mapped_column(String(36))
    participant_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(8))
    changed_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    origin_device_id: Mapped[str] = mapped_column(String(36))


class Certificate(Base):
    """An issued certificate, frozen at issue time: `statement` is exactly what was signed."""

    __tablename__ = "certificates"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    course_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    statement: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    issued_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    revocation_signature: Mapped[str | None] = mapped_column(String(200), nullable=True)
    origin_device_id: Mapped[str] = mapped_column(String(36))


class ParticipantAlias(Base):
    """The trainer's decision that `merged_id` is the same person as `participant_id` (a fact: it travels).

    Everything recorded under either id ends up under one of them (docs/bundles.md
    says which); `profile` keeps the merged profile as it was at the merge.
    """

    __tablename__ = "participant_aliases"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    merged_id: Mapped[str] = mapped_column(String(36), index=True)
    participant_id: Mapped[str] = mapped_column(String(36), index=True)
    profile: Mapped[dict] = mapped_column(JSON)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    merged_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    origin_device_id: Mapped[str] = mapped_column(String(36))


class MergeConflict(Base):
    """A version of a row that lost a merge, kept so that nothing is silently overwritten.

    `version` is the whole losing row as a bundle carries it; the trainer lists
    these and may put a losing version back (trainer.bundles.conflicts).
    """

    __tablename__ = "merge_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[dict] = mapped_column(JSON)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    origin_device_id: Mapped[str] = mapped_column(String(36))


# Tables whose rows the services delete and whose deletions travel as tombstones (docs/bundles.md).
TOMBSTONED_TABLES = ("workshop_sessions", "enrollments", "attendance")


def tombstone_id(table_name: str, row_id: str) -> str:
    """The id of the tombstone of one row: the same on every laptop that deletes it."""
    return fact_id("tombstone", table_name, row_id)


class Tombstone(Base):
    """The fact that a row was deleted: it travels, so an older bundle that still has the row does not bring it back.

    A tombstone beats every version of its row (docs/bundles.md, merge rules);
    tombstones of one row merge into the earliest.
    """

    __tablename__ = "tombstones"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    deleted_by_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    origin_device_id: Mapped[str] = mapped_column(String(36))
