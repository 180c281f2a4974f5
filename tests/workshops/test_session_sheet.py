"""Taking attendance for one session: the sheet, the totals, quick marking and the readable change log."""

from datetime import date, datetime

import pytest

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.workshops.attendance_sheet import (
    LogEntry, attendance_log, mark_everyone_unmarked, parse_status, session_sheet,
)
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance


@pytest.fixture
def session_with_people(db):
    workshop = create_workshop(db, "Taller", "example")
    held = add_session(db, workshop.id, date(2026, 3, 2), 4, title="Firmas")
    people = [add_participant(db, ProfileInput(name=name)) for name in ("Pedro", "Óscar", "ana")]
    trainer = add_participant(db, ProfileInput(name="Rosa"))
    enrol(db, workshop.id, [p.id for p in people])
    return held, {p.name: p for p in people}, trainer


def test_the_sheet_lists_everyone_enrolled_by_name_with_their_mark(db, session_with_people):
    held, people, trainer = session_with_people
    record_attendance(db, held.id, people["ana"].id, "late", trainer.id)
    sheet = session_sheet(db, held.id)
    assert [(row.name, row.status, row.marked_by) for row in sheet.rows] == [
        ("ana", "late", "Rosa"), ("Óscar", None, None), ("Pedro", None, None)]
    assert sheet.totals == {"present": 0, "late": 1, "excused": 0, "absent": 0, "unmarked": 2}
    assert mark_everyone_unmarked(db, held.id, "present", trainer.id) == 2
    assert session_sheet(db, held.id).totals == {"present": 2, "late": 1, "excused": 0, "absent": 0, "unmarked": 0}


@pytest.mark.parametrize("typed, status", [("P", "present"), ("presente", "present"), ("T", "late"), ("l", "late"),
                                           ("Justificada", "excused"), ("e", "excused"), ("A", "absent"),
                                           (" ausente ", "absent")])
def test_marks_can_be_typed_in_either_language(typed, status):
    assert parse_status(typed) == status


def test_an_unknown_mark_is_refused():
    with pytest.raises(UserError) as error:
        parse_status("x")
    assert error.value.code == "bad-status"


def test_the_log_keeps_every_change_with_who_and_what_before(db, session_with_people):
    held, people, trainer = session_with_people
    record_attendance(db, held.id, people["ana"].id, "absent", trainer.id)
    record_attendance(db, held.id, people["Óscar"].id, "present")
    record_attendance(db, held.id, people["ana"].id, "late", trainer.id)
    log = attendance_log(db, held.id)
    assert [(e.participant_name, e.previous_status, e.status, e.changed_by) for e in log] == [
        ("ana", None, "absent", "Rosa"), ("Óscar", None, "present", None), ("ana", "absent", "late", "Rosa")]
    assert [e.status for e in attendance_log(db, held.id, people["ana"].id)] == ["absent", "late"]
    assert all(e.device_id == db.device_id() for e in log)


def test_a_log_line_reads_as_a_sentence():
    entry = LogEntry(datetime(2026, 3, 2, 15, 14), "id", "Ana Núñez", "late", "absent", "Rosa", "device")
    assert entry.describe("es").endswith(" — Ana Núñez: ausente → tarde (por Rosa)")
    assert entry.describe("en").endswith(" — Ana Núñez: absent → late (by Rosa)")
    assert entry.describe("en")[:10] == "2026-03-02"
