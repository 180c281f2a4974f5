"""One person, one profile: "is this you?" before a second profile, and merges that keep the PIN, never raise a
role, and follow removals made under the merged-away id."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.bundles.conftest import laptop, new_laptop  # noqa: F401 (fixtures)
from tests.bundles.conftest import snapshot as travelling
from tests.cli_proof import ORGANIZER, make_organizer, organizer, snapshot  # noqa: F401 (fixture)
from tests.test_cli import run
from trainer.bundles.participants import former_ids, merge_participants
from trainer.bundles.service import export_organizer_bundle, import_bundles
from trainer.errors import UserError
from trainer.people.service import (
    ProfileInput, accounts, add_participant, likely_matches, list_participants, role_of, verify_pin,
)
from trainer.storage.database import open_database
from trainer.storage.models import Tombstone
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance, roster, unenrol


def test_a_profile_typed_differently_is_found_by_name_and_e_mail_or_organization(db):
    ana = add_participant(db, ProfileInput(name="Ana Núñez", organization="Cooperativa Sololá",
                                           email="ana@solola.example"))
    typed = ProfileInput(name="ana  NÚÑEZ", organization="", email="ANA@solola.example")
    assert [p.id for p in likely_matches(db, typed)] == [ana.id]
    by_organization = ProfileInput(name="Ana Nunez", organization="cooperativa  solola")
    assert [p.id for p in likely_matches(db, by_organization)] == [ana.id]
    assert likely_matches(db, ProfileInput(name="Ana Núñez", organization="Café Copán")) == []
    assert likely_matches(db, ProfileInput(name="Ana Pérez", email="ana@solola.example")) == []


def test_the_command_line_refuses_a_likely_second_profile_unless_told(capsys, organizer):  # noqa: F811
    code, _, _ = run(capsys, "participants", "add", "Ana Núñez", "--org", "Cooperativa Sololá",
                     "--email", "ana@solola.example")
    assert code == 0
    db = open_database()
    before = snapshot(db)
    code, out, err = run(capsys, "participants", "add", "ana  NÚÑEZ", "--org", "Cooperativa Sololá",
                         "--email", "Ana@Solola.example")
    assert code == 2 and out == ""
    assert "probably already on this laptop: Ana Núñez · Cooperativa Sololá · ana@solola.example" in err
    assert "--new-anyway" in err and snapshot(db) == before
    code, _, err = run(capsys, "--lang", "es", "participants", "add", "Ana Nunez", "--org", "Cooperativa Solola")
    assert code == 2 and "probablemente ya está en esta computadora" in err
    code, out, _ = run(capsys, "participants", "add", "ana  NÚÑEZ", "--org", "Cooperativa Sololá", "--new-anyway")
    assert code == 0 and out.startswith("Added ana NÚÑEZ (")
    assert sorted(p.name for p in list_participants(db)) == sorted(["Ana Núñez", "ana NÚÑEZ", ORGANIZER])
    db.dispose()


def test_a_merge_keeps_the_kept_pin_or_takes_the_other_one(db):
    ana = add_participant(db, ProfileInput(name="Ana Núñez"))
    twin = add_participant(db, ProfileInput(name="Ana Nuñez", pin="4826"))
    merge_participants(db, ana.id, twin.id)
    assert verify_pin(db, ana.id, "1111").ok is False and verify_pin(db, ana.id, "4826").ok
    assert set(accounts(db)) == {ana.id}  # the merged-away profile's PIN is not left behind

    rosa = add_participant(db, ProfileInput(name="Rosa", pin="1357"))
    copy = add_participant(db, ProfileInput(name="Rosa D.", pin="2468"))
    merge_participants(db, rosa.id, copy.id)
    assert verify_pin(db, rosa.id, "1357").ok and not verify_pin(db, rosa.id, "2468").ok


def test_a_pin_taken_over_keeps_its_wrong_try_delay(db):
    ana = add_participant(db, ProfileInput(name="Ana"))
    twin = add_participant(db, ProfileInput(name="Ana N.", pin="4826"))
    for _ in range(4):
        verify_pin(db, twin.id, "0000")
    merge_participants(db, ana.id, twin.id)
    check = verify_pin(db, ana.id, "4826")
    assert not check.ok and check.wait_seconds > 0  # the merge did not reset the guessing delay


def test_a_merge_never_raises_a_role(db):
    rosa = make_organizer(db)
    copy = add_participant(db, ProfileInput(name="Rosa D."))
    before = snapshot(db)
    with pytest.raises(UserError) as error:
        merge_participants(db, copy.id, rosa.id)  # would make the participant profile an organizer
    assert error.value.code == "merge-raises-role"
    assert "Rosa Díaz is an organizer on this laptop and Rosa D. is not" in error.value.message("en")
    assert "es organizador en esta computadora" in error.value.message("es")
    assert snapshot(db) == before and role_of(db, rosa.id) == "organizer"

    merge_participants(db, rosa.id, copy.id)  # the other way round is the trainer's decision to make
    assert role_of(db, rosa.id) == "organizer" and [p.id for p in list_participants(db)] == [rosa.id]
    assert verify_pin(db, rosa.id, "246810").ok


def test_the_merged_away_ids_are_known_to_the_kept_profile(db):
    ana = add_participant(db, ProfileInput(name="Ana"))
    twin = add_participant(db, ProfileInput(name="Ana N."))
    third = add_participant(db, ProfileInput(name="A. Núñez"))
    merge_participants(db, ana.id, twin.id)
    merge_participants(db, ana.id, third.id)
    assert former_ids(db, ana.id) == sorted([twin.id, third.id]) and former_ids(db, twin.id) == []


@pytest.fixture
def class_of_two(laptop, example_course):
    """A workshop with one session where Ana is on the roster under a second profile of hers (twin)."""
    lead = laptop("lead")
    ana = add_participant(lead, ProfileInput(name="Ana Núñez", country="GT"))
    twin = add_participant(lead, ProfileInput(name="Ana Nuñez", country="GT"))
    workshop = create_workshop(lead, "Taller Antigua", example_course.id)
    first = add_session(lead, workshop.id, date(2026, 3, 2), 4)
    enrol(lead, workshop.id, [twin.id])
    record_attendance(lead, first.id, twin.id, "present")
    return lead, workshop, first, ana, twin


def test_a_removal_under_the_merged_away_id_applies_to_the_kept_person(class_of_two, laptop, tmp_path):
    lead, workshop, first, ana, twin = class_of_two
    # a co-trainer's laptop got the roster before the removal, and made the same merge on its own
    helper = laptop("helper")
    import_bundles(helper, [export_organizer_bundle(lead, tmp_path / "before.trainer")])
    record_attendance(helper, first.id, twin.id, "present")
    merge_participants(helper, ana.id, twin.id)
    assert [p.id for p in roster(helper, workshop.id)] == [ana.id]

    unenrol(lead, workshop.id, [twin.id])  # the trainer takes the person off this workshop
    merge_participants(lead, ana.id, twin.id)
    assert roster(lead, workshop.id) == []
    with lead.session() as session:
        names = {(s.table_name, s.row_id) for s in session.scalars(select(Tombstone))}
    assert len(names) == 4  # the enrolment and the mark, under each id

    # the helper's bundle still has Ana enrolled, under the kept id: it does not bring her back
    import_bundles(lead, [export_organizer_bundle(helper, tmp_path / "helper.trainer")])
    assert roster(lead, workshop.id) == []
    # and the removal reaches the helper, and an office that receives both in either order
    lead_bundle = export_organizer_bundle(lead, tmp_path / "lead.trainer")
    import_bundles(helper, [lead_bundle])
    assert roster(helper, workshop.id) == []
    helper_bundle = export_organizer_bundle(helper, tmp_path / "helper-again.trainer")
    one, other = laptop("office-1"), laptop("office-2")
    import_bundles(one, [lead_bundle, helper_bundle])
    import_bundles(other, [helper_bundle, lead_bundle])
    assert roster(one, workshop.id) == [] and travelling(one) == travelling(other)
    assert travelling(one)["attendance"] == []


def test_a_merge_that_arrives_in_a_bundle_keeps_the_pin_on_that_laptop(laptop, example_course, tmp_path):
    from trainer.bundles.service import export_participant_bundle, export_workshop_bundle

    lead, station = laptop("lead"), laptop("station")
    ana = add_participant(lead, ProfileInput(name="Ana Núñez", country="GT"))
    workshop = create_workshop(lead, "Taller Antigua", example_course.id)
    enrol(lead, workshop.id, [ana.id])
    import_bundles(station, [export_workshop_bundle(lead, workshop.id, example_course, tmp_path / "w.trainer")])
    twin = add_participant(station, ProfileInput(name="Ana Nuñez", country="GT", pin="4826"))  # she typed it again
    import_bundles(lead, [export_participant_bundle(station, twin.id, tmp_path / "twin.trainer")])
    merge_participants(lead, ana.id, twin.id)

    import_bundles(station, [export_workshop_bundle(lead, workshop.id, example_course, tmp_path / "again.trainer")])
    assert [p.id for p in list_participants(station)] == [ana.id]
    assert set(accounts(station)) == {ana.id} and verify_pin(station, ana.id, "4826").ok
