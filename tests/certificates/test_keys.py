"""The organization's key: made once, kept private, shared only as a public key."""

import stat
import sys

import pytest

from trainer.certificates.issuing import issue_certificate
from trainer.certificates.keys import (
    PASSPHRASE_VARIABLE, export_public_key, import_public_key, keys_dir, known_keys, signing_key,
)
from trainer.certificates.verification import UNKNOWN_KEY, VALID, verify_statement
from trainer.errors import UserError


def private_key_file():
    return keys_dir() / "organization-key.pem"


def test_the_key_pair_is_made_on_first_use_and_kept(isolated):
    assert known_keys() == {}
    first_id, _ = signing_key("Cooperativa")
    second_id, _ = signing_key("Cooperativa")
    assert first_id == second_id and len(first_id) == 8
    assert list(known_keys()) == [first_id] and known_keys()[first_id].own
    assert private_key_file().read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are a POSIX notion")
def test_the_private_key_file_is_readable_by_its_owner_only(isolated):
    signing_key("Cooperativa")
    assert stat.S_IMODE(private_key_file().stat().st_mode) == 0o600


def test_with_a_passphrase_the_key_is_encrypted_and_needs_it(isolated, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "cafe con leche")
    key_id, _ = signing_key("Cooperativa")
    assert private_key_file().read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert signing_key("Cooperativa")[0] == key_id
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    with pytest.raises(UserError) as error:
        signing_key("Cooperativa")
    assert "set TRAINER_KEY_PASSPHRASE" in error.value.message("en")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "wrong")
    with pytest.raises(UserError) as error:
        signing_key("Cooperativa")
    assert error.value.message("es").startswith("TRAINER_KEY_PASSPHRASE no abre la clave")
    assert list(known_keys()) == [key_id]  # verifying needs no passphrase


def test_setting_a_passphrase_later_encrypts_the_existing_key(isolated, monkeypatch):
    key_id, _ = signing_key("Cooperativa")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "cafe con leche")
    assert signing_key("Cooperativa")[0] == key_id
    assert private_key_file().read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")


def test_a_certificate_from_another_laptop_verifies_once_its_key_is_imported(room, exports, tmp_path, monkeypatch):
    from tests.certificates.conftest import LONG_NAME

    maria = room.graduate()
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "office-laptop"))  # the issuing laptop's own data folder
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    exported = tmp_path / "usb" / "cooperativa.pub"
    assert export_public_key(exported, "Cooperativa de Sololá") == outcome.certificate.facts.key_id

    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "field-laptop"))  # a laptop that never saw that key
    token = outcome.certificate.statement.token
    assert verify_statement(room.db, token).status == UNKNOWN_KEY
    key, added = import_public_key(exported)
    assert added and key.organization == "Cooperativa de Sololá" and not key.own
    verdict = verify_statement(room.db, token)
    assert verdict.status == VALID and verdict.facts.name == LONG_NAME
    assert import_public_key(exported) == (key, False)


def test_importing_something_that_is_not_a_public_key_changes_nothing(isolated, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n", encoding="utf-8")
    with pytest.raises(UserError) as error:
        import_public_key(junk)
    assert error.value.message("en").startswith(f"{junk} is not a Trainer public key")
    signing_key("Mine")
    with pytest.raises(UserError) as error:  # a private key is refused too: it must never be passed around
        import_public_key(private_key_file())
    assert "is not a Trainer public key" in error.value.message("en")
    with pytest.raises(UserError) as error:
        import_public_key(tmp_path / "missing.pub")
    assert error.value.message("es").startswith(f"no se puede leer {tmp_path / 'missing.pub'}")
    assert [key.own for key in known_keys().values()] == [True]


def test_two_processes_making_the_first_key_end_up_with_one(isolated):
    from trainer.certificates.keys import _create_private_key

    path = private_key_file()
    _create_private_key(path, None)
    first = path.read_bytes()
    _create_private_key(path, None)  # the loser of the race keeps the winner's key
    assert path.read_bytes() == first
    assert [p.name for p in keys_dir().iterdir() if p.name.startswith(".new-")] == []
