"""Enrolling people and taking attendance, with every change kept."""

from datetime import date, datetime, time, timedelta

import pytest

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.reports.attendance import attendance_report
from trainer.storage.models import AttendanceChange
from trainer.workshops.service import (
    add_session, attendance_history, attendance_summaries, create_workshop, enrol, record_attendance, roster,
)


@pytest.fixture
def workshop(db):
    workshop = create_workshop(db, "Taller Sololá", "example", place="Sololá", country="gt",
                               starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6))
    session = add_session(db, workshop.id, date(2026, 3, 2), 4)
    return workshop, session


def taken_on_the_day(db, held):
    """As if the session's marks so far had been given on its day, at noon (tests run on one day)."""
    with db.session() as session:
        for change in session.query(AttendanceChange).filter_by(session_id=held.id):
            change.changed_at = datetime.combine(held.date, time(12))


def test_enrolling_twice_changes_nothing(db, workshop):
    ana = add_participant(db, ProfileInput(name="Ana"))
    assert enrol(db, workshop[0].id, [ana.id]) == 1
    assert enrol(db, workshop[0].id, [ana.id]) == 0
    assert [p.name for p in roster(db, workshop[0].id)] == ["Ana"]


def test_attendance_changes_are_all_kept(db, workshop):
    ana = add_participant(db, ProfileInput(name="Ana"))
    trainer = add_participant(db, ProfileInput(name="Rosa"))
    enrol(db, workshop[0].id, [ana.id])
    record_attendance(db, workshop[1].id, ana.id, "absent", trainer.id)
    record_attendance(db, workshop[1].id, ana.id, "absent", trainer.id)  # same mark again: no new change
    mark = record_attendance(db, workshop[1].id, ana.id, "late", trainer.id)
    assert mark.status == "late"
    history = attendance_history(db, workshop[1].id, ana.id)
    assert [(h.status, h.changed_by_id) for h in history] == [("absent", trainer.id), ("late", trainer.id)]


def test_attendance_needs_enrollment_and_a_known_status(db, workshop):
    ana = add_participant(db, ProfileInput(name="Ana"))
    with pytest.raises(UserError) as error:
        record_attendance(db, workshop[1].id, ana.id, "present")
    assert error.value.message("es") == "Ana no está inscrito en este taller; inscríbalo primero"
    enrol(db, workshop[0].id, [ana.id])
    with pytest.raises(UserError) as error:
        record_attendance(db, workshop[1].id, ana.id, "here")
    assert error.value.code == "bad-status"


def test_workshop_input_is_checked(db):
    with pytest.raises(UserError):
        create_workshop(db, " ", "example")
    with pytest.raises(UserError):
        create_workshop(db, "T", "example", attendance_threshold=120)
    workshop = create_workshop(db, "T", "example")
    with pytest.raises(UserError):
        add_session(db, workshop.id, date(2026, 1, 1), 0)


def test_attendance_rate_counts_hours_of_sessions_held(db, workshop):
    first_workshop, first = workshop
    second = add_session(db, first_workshop.id, date(2026, 3, 3), 2)
    later = add_session(db, first_workshop.id, date(2026, 3, 4), 4)
    ana = add_participant(db, ProfileInput(name="Ana"))
    bea = add_participant(db, ProfileInput(name="Bea"))
    enrol(db, first_workshop.id, [ana.id, bea.id])
    record_attendance(db, first.id, ana.id, "late")
    record_attendance(db, second.id, ana.id, "excused")
    record_attendance(db, later.id, ana.id, "present")
    record_attendance(db, first.id, bea.id, "absent")
    so_far = attendance_summaries(db, first_workshop.id, as_of=date(2026, 3, 3))
    assert so_far[ana.id].rate == round(100 * 4 / 6, 1) and so_far[ana.id].sessions_attended == 1
    assert so_far[bea.id].rate == 0.0 and so_far[bea.id].sessions_held == 2
    whole = attendance_summaries(db, first_workshop.id)
    assert (whole[ana.id].hours_attended, whole[ana.id].hours_held, whole[ana.id].rate) == (8, 10, 80.0)


def test_a_walk_in_on_day_two_is_not_counted_absent_on_day_one(db):
    """Issue 12, item 6: a walk-in who came to the one session held while enrolled has 100 % (1 of 1)."""
    today = date.today()
    workshop = create_workshop(db, "Taller Sololá", "example", country="GT")
    day1 = add_session(db, workshop.id, today - timedelta(days=1), 4)
    day2 = add_session(db, workshop.id, today, 4)
    ana = add_participant(db, ProfileInput(name="Ana"))
    walk_in = add_participant(db, ProfileInput(name="Zoila"))
    enrol(db, workshop.id, [ana.id])
    record_attendance(db, day1.id, ana.id, "present")
    taken_on_the_day(db, day1)  # day 1's attendance was taken on day 1
    enrol(db, workshop.id, [walk_in.id])  # she arrives on day 2, during the session
    record_attendance(db, day2.id, ana.id, "absent")
    record_attendance(db, day2.id, walk_in.id, "present")

    summaries = attendance_summaries(db, workshop.id)
    assert (summaries[walk_in.id].sessions_attended, summaries[walk_in.id].sessions_held) == (1, 1)
    assert summaries[walk_in.id].rate == 100.0
    assert (summaries[ana.id].sessions_attended, summaries[ana.id].sessions_held, summaries[ana.id].rate) == (1, 2, 50.0)

    report = attendance_report(db, workshop.id, "en", as_of=today)
    figures, sessions, people = report.tables
    rows = {row[0]: row for row in people.rows}
    assert rows["Zoila"][2:] == ["–", "P", 1, 4, 4, 100.0, "Yes"]
    assert rows["Ana"][2:] == ["P", "A", 1, 4, 8, 50.0, "No"]
    assert [row[-2:] for row in sessions.rows] == [[0, 100.0], [0, 50.0]]  # day 1: 1 of 1 expected came
    assert dict(figures.rows)["Participants at or above 80 %"] == 1


def test_a_roster_typed_in_after_the_workshop_counts_every_session(db):
    """Typed in afterwards (roster, then the marks): a session without a mark is one they missed, not one before
    they enrolled, so nobody reaches 100 % by not being marked."""
    workshop = create_workshop(db, "Taller Sololá", "example", country="GT")
    day1, day2 = add_session(db, workshop.id, date(2026, 3, 2), 4), add_session(db, workshop.id, date(2026, 3, 3), 4)
    ana = add_participant(db, ProfileInput(name="Ana"))
    bea = add_participant(db, ProfileInput(name="Bea"))
    enrol(db, workshop.id, [ana.id, bea.id])
    record_attendance(db, day1.id, ana.id, "absent")
    record_attendance(db, day2.id, ana.id, "present")
    record_attendance(db, day2.id, bea.id, "present")
    summaries = attendance_summaries(db, workshop.id)
    assert (summaries[ana.id].sessions_attended, summaries[ana.id].sessions_held, summaries[ana.id].rate) == (1, 2, 50.0)
    assert (summaries[bea.id].sessions_attended, summaries[bea.id].sessions_held, summaries[bea.id].rate) == (1, 2, 50.0)


def test_a_session_whose_attendance_was_taken_later_counts_for_everyone_enrolled(db):
    """Day 1 typed in on day 2, after a walk-in was added: nothing shows who was on the roster on day 1, so day 1
    counts for the walk-in too (absent unless marked): the rule never raises a rate by guessing."""
    today = date.today()
    workshop = create_workshop(db, "Taller Sololá", "example", country="GT")
    day1 = add_session(db, workshop.id, today - timedelta(days=1), 4)
    day2 = add_session(db, workshop.id, today, 4)
    ana, zoila = add_participant(db, ProfileInput(name="Ana")), add_participant(db, ProfileInput(name="Zoila"))
    enrol(db, workshop.id, [ana.id, zoila.id])
    record_attendance(db, day1.id, ana.id, "present")
    record_attendance(db, day2.id, zoila.id, "present")
    summary = attendance_summaries(db, workshop.id)[zoila.id]
    assert (summary.sessions_attended, summary.sessions_held, summary.rate) == (1, 2, 50.0)
