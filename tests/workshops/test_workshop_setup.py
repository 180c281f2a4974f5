"""Setting up workshops and their sessions, and finding them again."""

from datetime import date

import pytest

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.workshops.service import (
    add_session, check_modules, create_workshop, enrol, find_session, find_workshop, get_workshop, list_workshops,
    record_attendance, remove_session, update_session, update_workshop,
)


def test_a_workshop_is_edited_under_the_same_rules_as_it_was_created(db):
    workshop = create_workshop(db, "Taller Sololá", "example", country="gt", starts_on=date(2026, 3, 2))
    edited = update_workshop(db, workshop.id, place=" Panajachel ", module_ids=["basics"], attendance_threshold=75,
                             ends_on=date(2026, 3, 6))
    assert (edited.place, edited.module_ids, edited.attendance_threshold) == ("Panajachel", ["basics"], 75)
    for bad, code in [({"title": "  "}, "title-required"), ({"attendance_threshold": 101}, "bad-threshold"),
                      ({"country": "XX"}, "bad-country"), ({"ends_on": date(2026, 3, 1)}, "bad-dates")]:
        with pytest.raises(UserError) as error:
            update_workshop(db, workshop.id, **bad)
        assert error.value.code == code
    kept = get_workshop(db, workshop.id)
    assert (kept.title, kept.country, kept.ends_on, kept.attendance_threshold) == ("Taller Sololá", "GT",
                                                                                  date(2026, 3, 6), 75)
    with pytest.raises(UserError) as error:
        create_workshop(db, "T", "example", starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 1))
    assert error.value.message("es") == "el taller termina (2026-03-01) antes de empezar (2026-03-02)"


def test_modules_taught_must_exist_in_the_course(example_course):
    assert check_modules(example_course, ["practice"]) == ["practice"]
    with pytest.raises(UserError) as error:
        check_modules(example_course, ["basics", "payments"])
    assert error.value.message("en") == "course 'example' has no module 'payments'"


def test_sessions_are_added_edited_and_removed_until_attendance_is_taken(db):
    workshop = create_workshop(db, "Taller", "example")
    first = add_session(db, workshop.id, date(2026, 3, 3), 4, "14:00", " Pagos ")
    second = add_session(db, workshop.id, date(2026, 3, 2), 3.5)
    assert [(s.date, s.start_time, s.title) for s in get_workshop(db, workshop.id).sessions] == [
        (date(2026, 3, 2), "09:00", ""), (date(2026, 3, 3), "14:00", "Pagos")]
    update_session(db, second.id, date=date(2026, 3, 4), start_time="08:30")
    assert [s.id for s in get_workshop(db, workshop.id).sessions] == [first.id, second.id]
    with pytest.raises(UserError) as error:
        update_session(db, second.id, start_time="8.30")
    assert error.value.message("en") == "start time '8.30' is not a 24-hour time such as 09:00 or 14:30"
    with pytest.raises(UserError):
        add_session(db, workshop.id, date(2026, 3, 5), 13)
    ana = add_participant(db, ProfileInput(name="Ana"))
    enrol(db, workshop.id, [ana.id])
    record_attendance(db, first.id, ana.id, "present")
    with pytest.raises(UserError) as error:
        remove_session(db, first.id)
    assert error.value.message("es") == ("la sesión del 2026-03-03 ya tiene 1 marca(s) de asistencia, así que no se "
                                         "puede eliminar; cambie su fecha u horas en su lugar")
    remove_session(db, second.id)
    assert [s.id for s in get_workshop(db, workshop.id).sessions] == [first.id]


def test_workshops_are_listed_as_upcoming_current_or_past(db):
    past = create_workshop(db, "Antigua 2025", "example", starts_on=date(2025, 5, 5), ends_on=date(2025, 5, 9))
    current = create_workshop(db, "Sololá", "example")
    add_session(db, current.id, date(2026, 3, 2), 4)
    add_session(db, current.id, date(2026, 3, 6), 4)
    upcoming = create_workshop(db, "Cobán", "example", starts_on=date(2026, 6, 1))
    ana = add_participant(db, ProfileInput(name="Ana"))
    enrol(db, current.id, [ana.id])
    today = date(2026, 3, 4)
    listings = list_workshops(db, today=today)
    assert [item.workshop.title for item in listings] == ["Cobán", "Sololá", "Antigua 2025"]
    sololá = listings[1]
    assert (sololá.sessions, sololá.hours, sololá.enrolled, sololá.first_day, sololá.last_day) == (
        2, 8.0, 1, date(2026, 3, 2), date(2026, 3, 6))
    assert [i.workshop.id for i in list_workshops(db, "past", today)] == [past.id]
    assert [i.workshop.id for i in list_workshops(db, "current", today)] == [current.id]
    assert [i.workshop.id for i in list_workshops(db, "upcoming", today)] == [upcoming.id]


def test_workshops_and_sessions_are_found_by_what_the_cli_shows(db):
    workshop = create_workshop(db, "Taller Sololá", "example")
    held = add_session(db, workshop.id, date(2026, 3, 2), 4)
    assert find_workshop(db, "taller sololá").id == workshop.id
    assert find_workshop(db, workshop.id[:8]).id == workshop.id
    assert find_session(db, held.id[:8]).id == held.id
    create_workshop(db, "Taller Sololá", "example")
    with pytest.raises(UserError) as error:
        find_workshop(db, "Taller Sololá")
    assert error.value.code == "ambiguous-workshop"
    with pytest.raises(UserError) as error:
        find_session(db, "zzz")
    assert error.value.message("en") == "no session 'zzz'"
