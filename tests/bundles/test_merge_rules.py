"""The merge rules of docs/bundles.md, as a trainer meets them when laptops disagree."""

from datetime import date, datetime

import pytest
from sqlalchemy import update

from tests.bundles.conftest import signed_certificate, snapshot
from trainer.certificates.revocation import sign_revocation
from trainer.bundles.conflicts import find_conflict, list_conflicts, resolve_conflict
from trainer.bundles.participants import merge_participants
from trainer.bundles.service import export_organizer_bundle, export_participant_bundle, export_workshop_bundle, import_bundles
from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant, list_participants
from trainer.progress.service import complete_lesson, course_progress, record_attempt
from trainer.storage.models import Attendance, Certificate, LessonCompletion, Participant
from trainer.workshops.service import (
    add_session, attendance_history, attendance_summaries, create_workshop, enrol, record_attendance,
)


@pytest.fixture
def two_trainers(laptop, example_course, tmp_path):
    """A lead trainer's laptop and a co-trainer's laptop prepared from it with a workshop bundle."""
    lead = laptop("lead")
    ana = add_participant(lead, ProfileInput(name="Ana Núñez", country="GT"))
    workshop = create_workshop(lead, "Taller Antigua", example_course.id)
    first = add_session(lead, workshop.id, date(2026, 3, 2), 4)
    enrol(lead, workshop.id, [ana.id])
    helper = laptop("helper")
    import_bundles(helper, [export_workshop_bundle(lead, workshop.id, example_course, tmp_path / "w.trainer")])
    return lead, helper, workshop, first, ana


def organizer(db, tmp_path, name):
    return export_organizer_bundle(db, tmp_path / f"{name}.trainer")


def test_the_same_lesson_done_on_two_laptops_is_one_completion(two_trainers, laptop, example_course, tmp_path):
    lead, helper, _, _, ana = two_trainers
    complete_lesson(helper, ana.id, example_course, "welcome")
    complete_lesson(lead, ana.id, example_course, "welcome")
    office = laptop("office")
    import_bundles(office, [organizer(lead, tmp_path, "lead"), organizer(helper, tmp_path, "helper")])
    rows = snapshot(office)["lesson_completions"]
    assert len(rows) == 1
    with helper.session() as session:
        first = session.get(LessonCompletion, rows[0]["id"])
    assert rows[0]["origin_device_id"] == helper.device_id()  # the earlier completion is the one kept
    assert datetime.fromisoformat(rows[0]["completed_at"]) == first.completed_at


def test_an_attendance_mark_set_differently_on_two_laptops(two_trainers, laptop, tmp_path):
    lead, helper, workshop, first, ana = two_trainers
    record_attendance(lead, first.id, ana.id, "present")
    record_attendance(helper, first.id, ana.id, "absent")  # later: this one wins by the rule
    bundles = [organizer(lead, tmp_path, "lead"), organizer(helper, tmp_path, "helper")]
    one, other = laptop("office-1"), laptop("office-2")
    import_bundles(one, bundles)
    import_bundles(other, bundles[::-1])
    assert snapshot(one) == snapshot(other)

    (conflict,) = list_conflicts(one)
    assert (conflict.table_name, conflict.current["status"]) == ("attendance", "absent")
    assert conflict.subject == "Ana Núñez — 2026-03-02 (Taller Antigua)"
    (losing,) = conflict.others
    assert [(d.column, d.current, d.other) for d in losing.differences] == [("status", "absent", "present")]
    assert [c.status for c in attendance_history(one, first.id, ana.id)] == ["present", "absent"]  # both kept

    resolve_conflict(one, losing.conflict_id, "other")
    assert attendance_summaries(one, workshop.id)[ana.id].sessions_attended == 1
    assert list_conflicts(one) == []
    assert [c.status for c in attendance_history(one, first.id, ana.id)][-1] == "present"
    # the decision travels: the second office takes it from the first office's bundle
    import_bundles(other, [organizer(one, tmp_path, "office-1")])
    assert attendance_summaries(other, workshop.id)[ana.id].sessions_attended == 1
    assert list_conflicts(other) == []
    assert len(list_conflicts(other, include_resolved=True)) == 1


def test_equal_times_are_settled_by_device_id(two_trainers, laptop, tmp_path):
    lead, helper, _, first, ana = two_trainers
    record_attendance(lead, first.id, ana.id, "present")
    record_attendance(helper, first.id, ana.id, "excused")
    same = datetime(2026, 3, 2, 9, 0)
    for db in (lead, helper):
        with db.session() as session:
            session.execute(update(Attendance).values(marked_at=same))
    office = laptop("office")
    import_bundles(office, [organizer(helper, tmp_path, "helper"), organizer(lead, tmp_path, "lead")])
    winner = max((lead, helper), key=lambda db: db.device_id())
    expected = "present" if winner is lead else "excused"
    assert snapshot(office)["attendance"][0]["status"] == expected


def test_a_profile_edited_on_two_laptops_keeps_the_latest_and_lists_the_other(two_trainers, laptop, tmp_path):
    lead, helper, _, _, ana = two_trainers
    with helper.session() as session:
        session.get(Participant, ana.id).organization = "Cooperativa Sololá"
    with lead.session() as session:
        session.get(Participant, ana.id).email = "ana@example.org"  # later
    import_bundles(lead, [organizer(helper, tmp_path, "helper")])
    (conflict,) = list_conflicts(lead)
    assert conflict.current["email"] == "ana@example.org" and conflict.current["organization"] == ""
    assert {d.column: d.other for d in conflict.others[0].differences} == {
        "organization": "Cooperativa Sololá", "email": None}
    resolve_conflict(lead, find_conflict(lead, conflict.others[0].conflict_id[:8]), "current")
    assert list_conflicts(lead) == []
    with pytest.raises(UserError, match="choose 'current' or 'other'"):
        resolve_conflict(lead, conflict.others[0].conflict_id, "both")


def test_one_person_on_two_laptops_is_merged_with_all_history(two_trainers, laptop, example_course, tmp_path):
    lead, helper, workshop, first, ana = two_trainers
    # Ana sat at a laptop that did not have her profile and registered again
    station = laptop("station")
    twin = add_participant(station, ProfileInput(name="Ana Nuñez", country="GT"))
    complete_lesson(station, twin.id, example_course, "welcome")
    complete_lesson(lead, ana.id, example_course, "welcome")
    record_attempt(station, twin.id, example_course, "basics-quiz", {"who-ships": "shop"})
    record_attendance(lead, first.id, ana.id, "present")
    import_bundles(lead, [export_participant_bundle(station, twin.id, tmp_path / "twin.trainer")])
    assert len(list_participants(lead)) == 2

    assert merge_participants(lead, ana.id, twin.id) == 2  # one completion and one attempt moved
    assert [p.id for p in list_participants(lead)] == [ana.id]
    progress = course_progress(lead, ana.id, example_course)
    assert progress.lessons_done == 1 and progress.module("basics").attempts == 1
    with pytest.raises(UserError, match="already one participant"):
        merge_participants(lead, twin.id, ana.id)

    # the station still knows Ana by her other id: what it sends later lands on the kept profile
    complete_lesson(station, twin.id, example_course, "online-order")
    import_bundles(lead, [export_participant_bundle(station, twin.id, tmp_path / "later.trainer")])
    assert [p.id for p in list_participants(lead)] == [ana.id]
    assert course_progress(lead, ana.id, example_course).lessons_done == 2

    # an office gets the same result whichever bundle comes first
    bundles = [organizer(lead, tmp_path, "lead"), export_participant_bundle(station, twin.id, tmp_path / "s.trainer")]
    one, other = laptop("office-1"), laptop("office-2")
    import_bundles(one, bundles)
    import_bundles(other, bundles[::-1])
    assert snapshot(one) == snapshot(other)
    assert [p.id for p in list_participants(one)] == [ana.id]


def test_two_laptops_merging_in_opposite_directions_agree(laptop, example_course, tmp_path):
    first, second = laptop("first"), laptop("second")
    ana = add_participant(first, ProfileInput(name="Ana"))
    twin = add_participant(first, ProfileInput(name="Ana N."))
    complete_lesson(first, twin.id, example_course, "welcome")
    import_bundles(second, [organizer(first, tmp_path, "first")])
    merge_participants(first, ana.id, twin.id)
    merge_participants(second, twin.id, ana.id)
    import_bundles(first, [organizer(second, tmp_path, "second")])
    import_bundles(second, [organizer(first, tmp_path, "first-again")])
    assert snapshot(first) == snapshot(second)
    (kept,) = list_participants(first)
    assert kept.id == min(ana.id, twin.id)
    assert course_progress(first, kept.id, example_course).lessons_done == 1


def test_a_revocation_is_never_undone_by_an_older_copy(two_trainers, laptop, tmp_path):
    lead, helper, workshop, _, ana = two_trainers
    _, private_key = signed_certificate(lead, ana.id, workshop.id)
    import_bundles(helper, [organizer(lead, tmp_path, "issued")])
    with lead.session() as session:
        certificate = session.query(Certificate).one()
        certificate.revoked_at, certificate.revoked_reason = datetime(2026, 3, 9), "issued by mistake"
        certificate.revocation_signature = sign_revocation(private_key, certificate.code, certificate.revoked_at,
                                                           certificate.revoked_reason)
    office = laptop("office")
    import_bundles(office, [organizer(lead, tmp_path, "revoked"), organizer(helper, tmp_path, "old-copy")])
    (row,) = snapshot(office)["certificates"]
    assert row["revoked_reason"] == "issued by mistake"
