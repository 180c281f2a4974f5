"""`trainer certificates`, `trainer verify` and `trainer keys` as a trainer types them.

The room's organizer is named by TRAINER_AS with TRAINER_PIN, and the key's passphrase is in
TRAINER_KEY_PASSPHRASE, as in a trainer's shell; tests that need otherwise remove them.
"""

from dataclasses import replace

import pytest

from tests.certificates.conftest import LONG_NAME, PIN, TRAINER_NAME
from trainer.cli import build_parser
from trainer.storage.models import Certificate, TrustEvent


def test_issue_list_verify_and_revoke(room, cli):
    maria = room.graduate()
    code, out, _ = cli("certificates", "issue", maria.id[:8], "--workshop", "TALLER SOLOLÁ", "--paper", "letter")
    assert code == 0 and out.startswith("Issued TRN-") and f"(completion) to {LONG_NAME}: " in out
    number = out.split()[1]
    code, out, _ = cli("certificates", "list")
    assert number in out and "valid" in out and LONG_NAME in out

    code, out, _ = cli("--lang", "es", "verify", number)
    assert code == 0 and out.startswith(f"{number}: válido: firmado por Trainer")
    assert "Nombre:" in out and "10 horas" in out and "del 2 al 6 de marzo de 2026" in out

    code, out, _ = cli("certificates", "revoke", number, "--reason", "Nombre mal escrito")
    assert code == 0 and out.startswith(f"Revoked {number}")
    code, out, _ = cli("verify", number)
    assert code == 1 and "revoked on" in out and "Nombre mal escrito" in out
    with room.db.session() as session:
        stored = session.query(Certificate).filter_by(code=number).one()
        assert stored.issued_by_id == room.trainer.id and stored.revocation_signature
        assert session.query(TrustEvent).filter_by(action="certificate-revoked").one().actor_id == room.trainer.id


def test_verify_a_pdf_and_the_text_of_a_qr_code(room, cli, exports):
    from trainer.certificates.issuing import issue_certificate

    maria = room.graduate()
    outcome, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    code, out, _ = cli("verify", str(path))
    assert code == 0 and "valid" in out
    assert out.startswith(f"{path}: checking the signed statement written into the file (the same text as its QR code)")
    assert "The page shows these signed facts" in out
    code, out, _ = cli("verify", "-", stdin=outcome.certificate.statement.token + "\n")
    assert code == 0 and LONG_NAME in out
    code, out, _ = cli("verify", outcome.certificate.statement.token.replace("|10|", "|99|"))
    assert code == 1 and "altered" in out


def test_batch_and_check(room, cli):
    room.graduate("Ana")
    late = room.person("Bea")
    room.attend(late, "p----")
    code, out, _ = cli("certificates", "check", "--workshop", room.workshop.id[:6])
    assert code == 0 and "completion    Ana" in out and "Bea: attended 2 of 10 hours (20 %)" in out
    code, out, _ = cli("--lang", "es", "certificates", "batch", "--workshop", "taller sololá", "--one-file")
    assert code == 0
    assert "nuevo" in out and "Ana" in out and "aún no     Bea" in out
    assert "1 nuevos, 0 reimpresos, 0 reemitidos (los anteriores quedan revocados), 1 aún no cumplen" in out


def test_a_pdf_whose_page_was_changed_is_refused(room, cli, tmp_path):
    from trainer.certificates.issuing import issue_certificate, module_titles
    from trainer.certificates.pdf import CertificatePage, render_certificates

    maria = room.graduate()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    genuine = outcome.certificate.statement
    shown = replace(genuine, facts=replace(genuine.facts, name="Juan Carlos Pérez López"))
    forged = tmp_path / "certificado.pdf"
    forged.write_bytes(render_certificates([CertificatePage(shown, module_titles(room.course, genuine.facts))]))
    code, out, _ = cli("--lang", "es", "verify", str(forged))
    assert code == 1
    assert f"{genuine.facts.code}: la página no coincide con su declaración firmada: la página 1 no muestra" in out
    assert f"Nombre:        {LONG_NAME}" in out  # the signed facts, to set against the paper


def test_signing_commands_need_a_trainer_and_the_passphrase(room, cli, monkeypatch):
    maria = room.graduate()
    monkeypatch.delenv("TRAINER_AS")
    code, _, err = cli("certificates", "issue", maria.id[:8], "--workshop", room.workshop.id[:8])
    assert code == 2 and "add --as \"NAME\"" in err
    code, _, err = cli("--as", TRAINER_NAME, "certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 0
    monkeypatch.setenv("TRAINER_PIN", "000000")
    code, _, err = cli("--as", TRAINER_NAME, "certificates", "revoke", "TRN-2222-2222", "--reason", "x")
    assert code == 2 and "that PIN is not right" in err
    monkeypatch.setenv("TRAINER_PIN", PIN)
    monkeypatch.delenv("TRAINER_KEY_PASSPHRASE")
    code, _, err = cli("--lang", "es", "--as", TRAINER_NAME, "certificates", "issue", maria.id[:8], "--workshop",
                       room.workshop.id[:8], stdin="")
    assert code == 2 and "frase de contraseña de la clave de la organización" in err
    code, _, err = cli("--as", maria.name, "certificates", "organization", "--name", "Otra")
    assert code == 2 and "is not a trainer or organizer on this laptop" in err
    code, out, _ = cli("certificates", "organization")  # looking needs no one
    assert code == 0 and out.startswith("Organization: Trainer")


def test_read_only_commands_need_no_trainer(room, cli, monkeypatch, tmp_path):
    room.graduate("Ana")
    monkeypatch.delenv("TRAINER_AS")
    monkeypatch.delenv("TRAINER_PIN")
    monkeypatch.delenv("TRAINER_KEY_PASSPHRASE")
    for command in (["certificates", "check", "--workshop", room.workshop.id[:8]], ["certificates", "list"],
                    ["keys", "list"], ["keys", "offered"], ["keys", "export", str(tmp_path / "org.pub")],
                    ["verify", "TRN-2222-2222"]):
        code, _, err = cli(*command)
        assert code in (0, 1) and err == "", command


def test_keys_export_import_and_list(cli, tmp_path, monkeypatch):
    from trainer.certificates.keys import known_keys

    exported = tmp_path / "org.pub"
    code, out, _ = cli("keys", "export", str(exported))
    [own] = known_keys().values()
    assert code == 0 and "trainer keys import" in out and exported.is_file() and own.fingerprint in out
    with monkeypatch.context() as without_trainer:
        without_trainer.delenv("TRAINER_AS")
        code, _, err = cli("keys", "import", str(exported))  # deciding whom to believe needs a trainer
        assert code == 2 and "needs a trainer or organizer" in err
    code, out, _ = cli("keys", "import", str(exported))
    assert code == 0 and "already known; nothing changed" in out
    code, out, _ = cli("keys", "list")
    assert "this laptop's own key" in out and "Trainer" in out and own.fingerprint in out
    junk = tmp_path / "junk.pub"
    junk.write_text("junk", encoding="utf-8")
    code, _, err = cli("--lang", "es", "keys", "import", str(junk))
    assert code == 2 and f"{junk} no es una clave pública de Trainer" in err


def test_offered_keys_are_listed_and_approved_by_a_trainer(room, cli, tmp_path, monkeypatch):
    from trainer.certificates.keys import create_signing_key, export_public_key, known_keys, offer_public_key

    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "atitlan-laptop"))
    create_signing_key("Cooperativa de Atitlán", "their own passphrase")
    export_public_key(tmp_path / "atitlan.pub", "Cooperativa de Atitlán")
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "office"))
    key, _ = offer_public_key((tmp_path / "atitlan.pub").read_bytes(), "laptop 'Aula 2'")

    code, out, _ = cli("keys", "offered")
    assert code == 0 and out.startswith(f"{key.key_id}  fingerprint {key.fingerprint}  Cooperativa de Atitlán  "
                                        "(offered by laptop 'Aula 2')")
    assert "approve it with: trainer keys approve KEY-ID" in out
    code, out, _ = cli("--lang", "es", "keys", "offered")
    assert f"huella {key.fingerprint}" in out and "trainer keys approve ID-DE-CLAVE" in out
    code, out, _ = cli("keys", "list")
    assert key.key_id not in out  # offered is not trusted

    monkeypatch.delenv("TRAINER_AS")
    code, _, err = cli("keys", "approve", key.key_id)
    assert code == 2 and "needs a trainer or organizer" in err and key.key_id not in known_keys()
    code, out, _ = cli("--as", TRAINER_NAME, "keys", "approve", key.key_id.lower())
    assert code == 0 and out.startswith(f"This laptop now trusts key {key.key_id} (Cooperativa de Atitlán, "
                                        f"fingerprint {key.fingerprint})")
    assert key.key_id in known_keys()
    code, out, _ = cli("keys", "offered")
    assert out == "No key is waiting for approval.\n"
    with room.db.session() as session:
        event = session.query(TrustEvent).filter_by(action="key-trusted").one()
    assert event.actor_id == room.trainer.id and key.fingerprint in event.detail
    code, _, err = cli("--lang", "es", "--as", TRAINER_NAME, "keys", "approve", "K4M8Q2ZX")
    assert code == 2 and "no se ofreció ninguna clave K4M8Q2ZX" in err


def test_the_organization_can_be_named(cli):
    code, out, _ = cli("certificates", "organization", "--name", "Cooperativa de Sololá", "--no-logo")
    assert code == 0 and out == "Organization: Cooperativa de Sololá\nLogo: (none)\n"


def test_errors_say_what_to_do(room, cli):
    code, _, err = cli("certificates", "issue", "Rosa Elena Pérez")
    assert code == 2 and "--course ID, or --workshop ID" in err
    code, _, err = cli("certificates", "batch", "--workshop", "nowhere")
    assert code == 2 and "no workshop 'nowhere'" in err
    code, _, err = cli("certificates", "revoke", "TRN-2222-2222", "--reason", "x")
    assert code == 2 and "see 'trainer certificates list'" in err
    code, out, _ = cli("verify", "TRN-22")
    assert code == 1 and "is not a whole code" in out


@pytest.mark.parametrize("command", [
    ["certificates"], ["certificates", "issue"], ["certificates", "batch"], ["certificates", "check"],
    ["certificates", "revoke"], ["certificates", "list"], ["certificates", "organization"], ["verify"],
    ["keys"], ["keys", "export"], ["keys", "import"], ["keys", "list"], ["keys", "offered"], ["keys", "approve"],
])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0 and "usage: trainer" in capsys.readouterr().out
