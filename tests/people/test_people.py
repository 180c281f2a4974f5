"""Profiles on a shared laptop: clear errors for bad input, PINs that are never stored in clear."""

import pytest
from sqlalchemy import select

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant, check_pin, find_participant, list_participants, set_pin
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
    ("role", "admin", "bad-role"),
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


def test_pin_is_stored_only_as_a_salted_slow_hash(db):
    ana = add_participant(db, ProfileInput(name="Ana", pin="4821"))
    bea = add_participant(db, ProfileInput(name="Bea", pin="4821"))
    assert "4821" not in ana.pin_hash and ana.pin_hash.startswith("scrypt$")
    assert ana.pin_hash != bea.pin_hash  # salted
    assert check_pin(ana, "4821") and not check_pin(ana, "1111")
    set_pin(db, ana.id, None)
    assert check_pin(find_participant(db, "Ana"), "anything")


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
