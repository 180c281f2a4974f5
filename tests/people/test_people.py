"""Profiles on a shared laptop: clear errors for bad input, PINs that are never stored in clear."""

import pytest
from sqlalchemy import select

from trainer.errors import UserError
from trainer.people.service import (
    ProfileInput, accounts, add_participant, find_participant, list_participants, set_pin, verify_pin,
)
from trainer.storage.models import Participant


def test_profile_is_cleaned_and_saved(db):
    person = add_participant(db, ProfileInput(
        name="  José   Peña ", organization="Café Copán", sector="Private", country="hn", sex="male",
        email="jose@cafe.example", language="es"))
    saved = list_participants(db)[0]
    assert (saved.name, saved.sector, saved.country, saved.sex) == ("José Peña", "private", "HN", "male")
    assert saved.origin_device_id == db.device_id() and len(saved.id) == 36
    assert find_participant(db, "josé peña").id == person.id
    assert find_participant(db, person.id[:8]).id == person.id


@pytest.mark.parametrize("field, value, code", [
    ("name", "   ", "name-required"),
    ("sector", "government", "bad-sector"),
    ("country", "XX", "bad-country"),
    ("sex", "f", "bad-sex"),
    ("email", "not-an-email", "bad-email"),
    ("language", "pt", "bad-language"),
    ("name", "x" * 201, "name-too-long"),
    ("organization", "y" * 201, "name-too-long"),
    ("pin", "12a4", "bad-pin"),
])
def test_bad_input_is_refused_with_a_translated_message_and_saves_nothing(db, field, value, code):
    fields = {"name": "Ana", field: value}
    with pytest.raises(UserError) as error:
        add_participant(db, ProfileInput(**fields))
    assert error.value.code == code
    assert error.value.message("es") != error.value.message("en")
    with db.session() as session:
        assert session.scalars(select(Participant)).all() == []


def test_pin_is_stored_only_as_a_salted_slow_hash_in_the_local_accounts(db):
    ana = add_participant(db, ProfileInput(name="Ana", pin="4821"))
    bea = add_participant(db, ProfileInput(name="Bea", pin="4821"))
    stored = accounts(db)
    assert "4821" not in stored[ana.id].pin_hash and stored[ana.id].pin_hash.startswith("scrypt$")
    assert stored[ana.id].pin_hash != stored[bea.id].pin_hash  # salted
    assert not hasattr(ana, "pin_hash")  # the profile, which travels, holds no secret
    assert verify_pin(db, ana.id, "4821").ok and not verify_pin(db, ana.id, "1111").ok
    set_pin(db, ana.id, None)
    assert verify_pin(db, ana.id, "anything").ok


def test_search_and_ambiguous_names(db):
    add_participant(db, ProfileInput(name="Ana", organization="Cooperativa Sololá"))
    add_participant(db, ProfileInput(name="Ana"))
    assert [p.name for p in list_participants(db, "sololá")] == ["Ana"]
    with pytest.raises(UserError) as error:
        find_participant(db, "ana")
    assert error.value.code == "ambiguous"
    with pytest.raises(UserError) as error:
        find_participant(db, "Zoe")
    assert "trainer participants list" in error.value.message("en")


def test_names_with_accents_are_found_however_they_are_typed(db):
    person = add_participant(db, ProfileInput(name="María de los Ángeles Ñúñez"))
    assert find_participant(db, "MARÍA DE LOS ÁNGELES ÑÚÑEZ").id == person.id
    assert find_participant(db, "maria de los angeles nunez").id == person.id


def test_control_characters_and_terminal_escapes_never_reach_a_name(db):
    person = add_participant(db, ProfileInput(name="Ana\x1b[2J\u202eNúñez\x00", organization="Coop\tSololá\n"))
    assert (person.name, person.organization) == ("Ana [2J Núñez", "Coop Sololá")


def test_names_in_every_script_stay_apart(db):
    wang = add_participant(db, ProfileInput(name="王伟"))
    li = add_participant(db, ProfileInput(name="李娜"))
    ivan = add_participant(db, ProfileInput(name="Иван Петров"))
    assert find_participant(db, "王伟").id == wang.id and find_participant(db, "李娜").id == li.id
    assert find_participant(db, "иван петров").id == ivan.id
    kiran = add_participant(db, ProfileInput(name="किरण"))
    add_participant(db, ProfileInput(name="करण"))
    assert find_participant(db, "किरण").id == kiran.id
