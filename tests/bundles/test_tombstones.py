"""Deletions travel as tombstones: a removed session, enrolment or mark does not come back from an older bundle."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.bundles.conftest import snapshot
from trainer.bundles.service import export_organizer_bundle, export_workshop_bundle, import_bundles
from trainer.people.service import ProfileInput, add_participant
from trainer.storage.database import Database
from trainer.storage.models import Tombstone, WorkshopSession, tombstone_id
from trainer.workshops.service import (
    add_session, attendance_summaries, create_workshop, enrol, record_attendance, remove_session, roster, unenrol,
)

PEOPLE = 6
FIRST_DAY = date.today() + timedelta(days=7)  # the roster is made before the workshop, so every session counts


def session_ids(db: Database, workshop_id: str) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(WorkshopSession.id).where(WorkshopSession.workshop_id == workshop_id)))


def rates(db: Database, workshop_id: str) -> dict[str, float]:
    return {person: summary.rate for person, summary in attendance_summaries(db, workshop_id).items()}


@pytest.fixture
def classroom(laptop, example_course, tmp_path):
    """The issue's workshop: two days everyone came to, and two sessions planned twice by mistake.

    The trainer's laptop ("lead") prepared a co-trainer's laptop ("helper") before noticing; the helper marked
    one person absent at one of the mistaken sessions. Both exported organizer bundles then.
    """
    lead = laptop("lead")
    people = [add_participant(lead, ProfileInput(name=f"Persona {i}")).id for i in range(PEOPLE)]
    workshop = create_workshop(lead, "Taller Antigua", example_course.id)
    real = [add_session(lead, workshop.id, FIRST_DAY + timedelta(days=i), 4).id for i in range(2)]
    mistaken = [add_session(lead, workshop.id, FIRST_DAY + timedelta(days=i), 4).id for i in range(2)]
    enrol(lead, workshop.id, people)
    for session_id in real:
        for person in people:
            record_attendance(lead, session_id, person, "present")
    helper = laptop("helper")
    assert all(r.ok for r in import_bundles(
        helper, [export_workshop_bundle(lead, workshop.id, example_course, tmp_path / "prepared.trainer")]))
    record_attendance(helper, mistaken[0], people[0], "absent")
    old_lead = export_organizer_bundle(lead, tmp_path / "lead-old.trainer")
    old_helper = export_organizer_bundle(helper, tmp_path / "helper-old.trainer")
    assert set(rates(lead, workshop.id).values()) == {50.0}  # what the issue saw: 300 people at 50 %
    return lead, helper, workshop.id, people, real, mistaken, old_lead, old_helper


def test_a_removed_session_stays_removed_whatever_older_bundle_comes_in(classroom, laptop, tmp_path):
    lead, helper, workshop_id, people, real, mistaken, old_lead, old_helper = classroom
    for session_id in mistaken:
        remove_session(lead, session_id)
    assert set(rates(lead, workshop_id).values()) == {100.0}
    results = import_bundles(lead, [old_helper, old_lead])  # another approved laptop's older bundle, and its own
    assert all(r.ok for r in results)
    assert session_ids(lead, workshop_id) == set(real)
    assert set(rates(lead, workshop_id).values()) == {100.0}
    helper_report = results[0].inspection.report
    assert helper_report.tables["workshop_sessions"].added == 0 and helper_report.tables["attendance"].added == 0

    # The removal reaches the helper's laptop, with the mark it had made at a removed session.
    new_lead = export_organizer_bundle(lead, tmp_path / "lead-new.trainer")
    (result,) = import_bundles(helper, [new_lead])
    # two sessions, the mark at one of them and that mark's change
    assert result.ok and result.inspection.report.deletions == 2 and result.inspection.report.deleted == 4
    assert session_ids(helper, workshop_id) == set(real)
    assert set(rates(helper, workshop_id).values()) == {100.0}
    assert not snapshot(helper)["attendance_changes"] or all(
        c["session_id"] in real for c in snapshot(helper)["attendance_changes"])

    # The office gets the same rows whatever order the bundles come in, and importing again changes nothing.
    bundles = [old_helper, old_lead, new_lead]
    one, other = laptop("office-1"), laptop("office-2")
    assert all(r.ok for r in import_bundles(one, bundles))
    for path in reversed(bundles):
        assert all(r.ok for r in import_bundles(other, [path]))
    assert snapshot(one) == snapshot(other)
    assert session_ids(one, workshop_id) == set(real) and set(rates(one, workshop_id).values()) == {100.0}
    again = import_bundles(one, bundles + [export_organizer_bundle(helper, tmp_path / "helper-new.trainer")])
    assert all(r.ok and not r.inspection.report.changes_anything for r in again)


def test_a_removal_travels_in_workshop_bundles_too(classroom, laptop, example_course, tmp_path):
    lead, helper, workshop_id, _, real, mistaken, _, old_helper = classroom
    remove_session(lead, mistaken[0])
    remove_session(lead, mistaken[1])
    prepared = export_workshop_bundle(lead, workshop_id, example_course, tmp_path / "again.trainer")
    station = laptop("station")
    assert all(r.ok for r in import_bundles(station, [old_helper, prepared]))
    assert session_ids(station, workshop_id) == set(real)


def test_the_removal_is_written_with_the_deletion(classroom):
    lead, _, _, _, _, mistaken, _, _ = classroom
    remove_session(lead, mistaken[0], removed_by_id="someone")
    with lead.session() as session:
        stone = session.get(Tombstone, tombstone_id("workshop_sessions", mistaken[0]))
        assert (stone.table_name, stone.row_id, stone.deleted_by_id, stone.origin_device_id) == (
            "workshop_sessions", mistaken[0], "someone", lead.device_id())
        assert session.get(WorkshopSession, mistaken[0]) is None


def test_tombstones_of_one_row_merge_into_the_earliest(classroom, laptop, tmp_path):
    lead, helper, workshop_id, _, _, mistaken, _, _ = classroom
    remove_session(helper, mistaken[1])  # the helper noticed first
    remove_session(lead, mistaken[1])
    bundles = [export_organizer_bundle(db, tmp_path / f"{name}.trainer") for name, db in (("l", lead), ("h", helper))]
    one, other = laptop("office-1"), laptop("office-2")
    import_bundles(one, bundles)
    import_bundles(other, bundles[::-1])
    stones = snapshot(one)["tombstones"]
    assert snapshot(other)["tombstones"] == stones
    (stone,) = [s for s in stones if s["row_id"] == mistaken[1]]
    assert stone["origin_device_id"] == helper.device_id()


def test_an_unenrolled_person_and_their_marks_stay_removed(classroom, laptop, tmp_path):
    lead, helper, workshop_id, people, real, _, old_lead, old_helper = classroom
    assert unenrol(lead, workshop_id, [people[0], people[0]]) == 1
    assert people[0] not in {p.id for p in roster(lead, workshop_id)}
    assert all(r.ok for r in import_bundles(lead, [old_helper, old_lead]))
    assert people[0] not in {p.id for p in roster(lead, workshop_id)}
    assert people[0] not in rates(lead, workshop_id)
    assert not [a for a in snapshot(lead)["attendance"] if a["participant_id"] == people[0]]
    assert len(snapshot(lead)["attendance_changes"]) >= 2 * PEOPLE  # the history of who came stays

    office = laptop("office")
    new_lead = export_organizer_bundle(lead, tmp_path / "lead-new.trainer")
    assert all(r.ok for r in import_bundles(office, [old_helper, new_lead, old_lead]))
    assert people[0] not in {p.id for p in roster(office, workshop_id)}
    assert set(rates(office, workshop_id)) == set(people[1:])


def marks_of(db: Database, person: str) -> dict[str, str]:
    return {a["session_id"]: a["status"] for a in snapshot(db)["attendance"] if a["participant_id"] == person}


def enrolment_ids(db: Database, person: str) -> list[str]:
    return [e["id"] for e in snapshot(db)["enrollments"] if e["participant_id"] == person]


def test_someone_enrolled_again_travels_and_no_older_bundle_brings_back_the_removed_enrolment(
        classroom, laptop, example_course, tmp_path):
    """Issue 11: re-enrolling after a removal works here and on every laptop, and an old bundle with the first
    enrolment and its marks does not bring them back, whatever the order."""
    lead, helper, workshop_id, people, real, mistaken, old_lead, old_helper = classroom
    ana = people[0]
    (first,) = enrolment_ids(lead, ana)
    unenrol(lead, workshop_id, [ana])
    assert enrol(lead, workshop_id, [ana]) == 1 and enrol(lead, workshop_id, [ana]) == 0
    (again,) = enrolment_ids(lead, ana)
    assert again != first
    record_attendance(lead, real[0], ana, "late")
    assert all(r.ok for r in import_bundles(lead, [old_helper, old_lead]))  # both still hold the first enrolment
    assert enrolment_ids(lead, ana) == [again] and marks_of(lead, ana) == {real[0]: "late"}

    # The co-trainer's laptop, which still has the first enrolment and its marks, gets the roster again.
    prepared = export_workshop_bundle(lead, workshop_id, example_course, tmp_path / "roster-again.trainer")
    assert all(r.ok for r in import_bundles(helper, [prepared]))
    assert enrolment_ids(helper, ana) == [again] and marks_of(helper, ana) == {}
    record_attendance(helper, real[1], ana, "present")
    from_helper = export_organizer_bundle(helper, tmp_path / "helper-new.trainer")
    new_lead = export_organizer_bundle(lead, tmp_path / "lead-new.trainer")

    bundles = [old_helper, old_lead, new_lead, from_helper]
    one, other = laptop("office-1"), laptop("office-2")
    assert all(r.ok for r in import_bundles(one, bundles))
    for path in reversed(bundles):
        assert all(r.ok for r in import_bundles(other, [path]))
    assert snapshot(one) == snapshot(other)
    assert enrolment_ids(one, ana) == [again] and marks_of(one, ana) == {real[0]: "late", real[1]: "present"}
    assert ana in {p.id for p in roster(one, workshop_id)}
    assert all(r.ok and not r.inspection.report.changes_anything for r in import_bundles(one, bundles))

    # Removed a second time and enrolled a third: a third row, and the second one's marks stay removed.
    unenrol(lead, workshop_id, [ana])
    enrol(lead, workshop_id, [ana])
    (third,) = enrolment_ids(lead, ana)
    assert third not in (first, again)
    assert all(r.ok for r in import_bundles(lead, bundles))
    assert enrolment_ids(lead, ana) == [third] and marks_of(lead, ana) == {}


@pytest.fixture
def blank_database(tmp_path):
    """An empty database: a new SQLite file, or a new schema on the PostgreSQL server of TRAINER_TEST_DATABASE_URL."""
    import os
    import uuid

    url = os.environ.get("TRAINER_TEST_DATABASE_URL")
    if not url:
        database = Database(f"sqlite:///{tmp_path / 'blank.sqlite'}")
        yield database
        database.dispose()
        return
    server = Database(url)
    schema = f"tombstones_{uuid.uuid4().hex[:12]}"
    with server.engine.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    database = Database(server.url.update_query_dict({"options": f"-csearch_path={schema}"}))
    yield database
    database.dispose()
    with server.engine.begin() as connection:
        connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    server.dispose()


def test_the_tombstones_migration_keeps_every_row_and_goes_both_ways(blank_database, isolated):
    from alembic import command

    from trainer.storage.database import head_revision

    database = blank_database
    database.migrate("0005")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO workshops (id, origin_device_id, title, place, country, course_id, module_ids, "
            "attendance_threshold, created_at, updated_at) VALUES ('w1', 'd1', 'Taller', '', 'GT', 'example', '[]', 80, "
            "'2026-03-01 09:00:00', '2026-03-01 09:00:00')")
        connection.exec_driver_sql(
            "INSERT INTO workshop_sessions (id, workshop_id, origin_device_id, date, start_time, hours, title, updated_at)"
            " VALUES ('s1', 'w1', 'd1', '2026-03-02', '09:00', 4.0, '', '2026-03-01 09:00:00')")
    database.migrate()
    assert head_revision() == "0006" and database.schema_revision() == "0006"
    with database.session() as session:
        assert session.get(WorkshopSession, "s1").hours == 4.0
        session.add(Tombstone(id=tombstone_id("workshop_sessions", "s0"), table_name="workshop_sessions", row_id="s0",
                              origin_device_id="d1"))
    with database.session() as session:
        assert [s.row_id for s in session.scalars(select(Tombstone))] == ["s0"]
    with database.engine.connect() as connection:
        command.downgrade(database._alembic_config(connection), "0005")
        connection.commit()
    assert database.schema_revision() == "0005"
    database.migrate()
    with database.session() as session:
        assert not list(session.scalars(select(Tombstone))) and session.get(WorkshopSession, "s1") is not None
