"""The organization's key: always encrypted, opened only with its passphrase, shared only as a public key.

Keys other organizations' bundles bring are offered, never trusted until a person approves them.
"""

import stat
import sys

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from trainer.certificates.issuing import issue_certificate
from trainer.certificates.keys import (
    PASSPHRASE_VARIABLE, approve_offered_key, create_signing_key, export_public_key, import_public_key, key_fingerprint,
    keys_dir, known_keys, offer_public_key, offered_keys, signing_key,
)
from trainer.certificates.verification import UNKNOWN_KEY, VALID, verify_statement
from trainer.errors import UserError
from trainer.trust import fingerprint

PASSPHRASE = "cafe con leche y pan"
ENCRYPTED = b"-----BEGIN TRAINER ENCRYPTED PRIVATE KEY-----"  # AES-256-GCM under scrypt, not PKCS#8's PBKDF2


def private_key_file():
    return keys_dir() / "organization-key.pem"


def other_organization_key(tmp_path, name="Cooperativa de Atitlán") -> bytes:
    """The public key file another organization's laptop would export (made in its own data folder)."""
    import os

    home = os.environ["TRAINER_HOME"]
    os.environ["TRAINER_HOME"] = str(tmp_path / "their-laptop")
    try:
        create_signing_key(name, "their own passphrase")
        export_public_key(tmp_path / "theirs.pub", name)
    finally:
        os.environ["TRAINER_HOME"] = home
    return (tmp_path / "theirs.pub").read_bytes()


def test_the_key_is_made_encrypted_and_opens_only_with_its_passphrase(isolated):
    key_id = create_signing_key("Cooperativa", PASSPHRASE)
    assert len(key_id) == 8 and private_key_file().read_bytes().startswith(ENCRYPTED)
    assert PASSPHRASE.encode() not in b"".join(p.read_bytes() for p in keys_dir().rglob("*") if p.is_file())
    assert list(known_keys()) == [key_id] and known_keys()[key_id].own  # verifying needs no passphrase
    assert signing_key("Cooperativa", PASSPHRASE)[0] == key_id
    assert create_signing_key("Cooperativa", PASSPHRASE) == key_id  # setting up again keeps the same key
    with pytest.raises(UserError) as error:
        signing_key("Cooperativa", "not the passphrase")
    assert error.value.message("en").startswith("that passphrase does not open the organization's key")
    assert error.value.message("es").startswith("esa frase de contraseña no abre la clave de la organización")
    with pytest.raises(UserError) as error:  # nor can a second set-up replace a key it cannot open
        create_signing_key("Impostor", "another long passphrase")
    assert error.value.code == "bad-passphrase" and create_signing_key("Cooperativa", PASSPHRASE) == key_id


def test_a_short_passphrase_is_refused_and_nothing_is_written(isolated):
    with pytest.raises(UserError) as error:
        create_signing_key("Cooperativa", "1234567")
    assert error.value.message("en").startswith("the passphrase of the organization's key needs at least 8 "
                                                "characters (it has 7)")
    assert error.value.message("es").startswith("la frase de contraseña de la clave de la organización necesita al "
                                                "menos 8 caracteres (tiene 7)")
    with pytest.raises(UserError):
        signing_key("Cooperativa", "short")
    assert not private_key_file().exists() and known_keys() == {}


def test_without_a_passphrase_signing_is_refused_even_before_there_is_a_key(isolated, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    with pytest.raises(UserError) as error:
        signing_key("Cooperativa")
    assert error.value.code == "key-locked" and "set TRAINER_KEY_PASSPHRASE" in error.value.message("en")
    assert "defina TRAINER_KEY_PASSPHRASE" in error.value.message("es")
    assert not private_key_file().exists()  # no key is ever made unencrypted
    with pytest.raises(UserError) as error:
        export_public_key(isolated / "org.pub", "Cooperativa")
    assert error.value.message("en").startswith("this laptop has no organization key yet")
    create_signing_key("Cooperativa", PASSPHRASE)
    with pytest.raises(UserError) as error:
        signing_key("Cooperativa")
    assert error.value.code == "key-locked"


def test_the_passphrase_may_come_from_the_environment(isolated, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    key_id, _ = signing_key("Cooperativa")  # the first use makes the key, encrypted with it
    assert private_key_file().read_bytes().startswith(ENCRYPTED)
    assert signing_key("Cooperativa", None)[0] == signing_key("Cooperativa", PASSPHRASE)[0] == key_id


def test_a_key_written_unencrypted_by_an_older_version_is_encrypted_when_opened(isolated, monkeypatch):
    legacy = Ed25519PrivateKey.generate()
    private_key_file().write_bytes(legacy.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                        serialization.NoEncryption()))
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    with pytest.raises(UserError) as error:  # even an unencrypted key is not used without a passphrase
        signing_key("Cooperativa")
    assert error.value.code == "key-locked"
    key_id = create_signing_key("Cooperativa", PASSPHRASE)
    assert private_key_file().read_bytes().startswith(ENCRYPTED)
    assert signing_key("Cooperativa", PASSPHRASE)[1].public_key() == legacy.public_key()
    assert list(known_keys()) == [key_id]


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are a POSIX notion")
def test_the_private_key_file_is_readable_by_its_owner_only(isolated):
    create_signing_key("Cooperativa", PASSPHRASE)
    assert stat.S_IMODE(private_key_file().stat().st_mode) == 0o600


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
    create_signing_key("Mine", PASSPHRASE)
    with pytest.raises(UserError) as error:  # a private key is refused too: it must never be passed around
        import_public_key(private_key_file())
    assert "is not a Trainer public key" in error.value.message("en")
    with pytest.raises(UserError) as error:
        import_public_key(tmp_path / "missing.pub")
    assert error.value.message("es").startswith(f"no se puede leer {tmp_path / 'missing.pub'}")
    assert [key.own for key in known_keys().values()] == [True]


def test_a_key_a_bundle_offers_is_kept_apart_until_approved(isolated, tmp_path):
    data = other_organization_key(tmp_path)
    key, new = offer_public_key(data, "laptop Aula 2")
    assert new and key.organization == "Cooperativa de Atitlán" and key.offered_by == "laptop Aula 2"
    assert known_keys() == {} and list(offered_keys()) == [key.key_id]
    assert (keys_dir() / "offered" / f"{key.key_id}.pub").is_file()
    assert offer_public_key(data, "laptop Aula 3") == (key, False)  # offered twice: still one offer

    raw = key.key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    import base64

    assert key_fingerprint(key.key_id.lower()) == key.fingerprint == fingerprint(base64.b64encode(raw).decode())
    assert len(key.fingerprint.replace(" ", "")) == 16

    approved = approve_offered_key(key.key_id)
    assert approved.key_id == key.key_id and offered_keys() == {}
    assert list(known_keys()) == [key.key_id] and not known_keys()[key.key_id].own
    assert offer_public_key(data, "laptop Aula 2") == (known_keys()[key.key_id], False)  # trusted: not offered again
    assert offered_keys() == {}


def test_this_laptops_own_key_is_never_offered(isolated, tmp_path):
    create_signing_key("Cooperativa", PASSPHRASE)
    export_public_key(tmp_path / "mine.pub", "Cooperativa")
    key, new = offer_public_key((tmp_path / "mine.pub").read_bytes(), "laptop Aula 2")
    assert key.own and not new and offered_keys() == {}


def test_offered_junk_and_unknown_ids_say_what_to_do(isolated, tmp_path):
    with pytest.raises(UserError) as error:
        offer_public_key(b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "laptop\x1b[2J Aula 2")
    assert error.value.message("en") == "laptop [2J Aula 2 offered a file that is not a Trainer public key; it was left out"
    with pytest.raises(UserError) as error:
        approve_offered_key("K4M8Q2ZX")
    assert error.value.message("es") == ("no se ofreció ninguna clave K4M8Q2ZX a esta computadora; vea las claves "
                                         "ofrecidas con: trainer keys offered")
    with pytest.raises(UserError) as error:
        key_fingerprint("K4M8Q2ZX")
    assert "trainer keys offered" in error.value.message("en")


def test_an_offered_name_cannot_smuggle_terminal_escapes(isolated, tmp_path):
    data = other_organization_key(tmp_path, name="Cooperativa")
    forged = data.replace(b"Organization: Cooperativa", b"Organization: Cooperativa\x1b]0;owned\x07")
    key, _ = offer_public_key(forged, "laptop\nAula 2")
    assert "\x1b" not in key.organization and key.offered_by == "laptop Aula 2"
    assert "\x1b" not in offered_keys()[key.key_id].organization


def test_importing_an_offered_key_file_trusts_it_and_clears_the_offer(isolated, tmp_path):
    data = other_organization_key(tmp_path)
    key, _ = offer_public_key(data, "laptop Aula 2")
    imported, added = import_public_key(tmp_path / "theirs.pub")
    assert added and imported.key_id == key.key_id and offered_keys() == {}


def test_two_processes_making_the_first_key_end_up_with_one(isolated):
    from trainer.certificates.keys import _create_private_key

    path = private_key_file()
    _create_private_key(path, PASSPHRASE)
    first = path.read_bytes()
    _create_private_key(path, PASSPHRASE)  # the loser of the race keeps the winner's key
    assert path.read_bytes() == first and first.startswith(ENCRYPTED)
    assert [p.name for p in keys_dir().iterdir() if p.name.startswith(".new-")] == []


def test_a_key_in_pkcs8s_weaker_encryption_is_rewrapped_under_scrypt(isolated):
    import base64
    import json

    legacy = Ed25519PrivateKey.generate()
    private_key_file().write_bytes(legacy.private_bytes(  # PBKDF2 with 2,048 rounds: cheap to guess through
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASSPHRASE.encode())))
    with pytest.raises(UserError) as error:
        signing_key("Cooperativa", "not the passphrase")
    assert error.value.code == "bad-passphrase"
    assert signing_key("Cooperativa", PASSPHRASE)[1].public_key() == legacy.public_key()
    stored = private_key_file().read_bytes()
    assert stored.startswith(ENCRYPTED)
    box = json.loads(base64.b64decode(b"".join(stored.splitlines()[1:-1])))
    assert box["kdf"] == "scrypt" and box["r"] == 8 and legacy.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()) not in stored
