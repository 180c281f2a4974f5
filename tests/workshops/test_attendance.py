"""Enrolling people and taking attendance, with every change kept."""

from datetime import date

import pytest

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.workshops.service import (
    add_session, attendance_history, attendance_summaries, create_workshop, enrol, record_attendance, roster,
)


@pytest.fixture
def workshop(db):
    workshop = create_workshop(db, "Taller Sololá", "example", place="Sololá", country="gt",
                               starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6))
    session = add_session(db, workshop.id, date(2026, 3, 2), 4)
    return workshop, session


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
