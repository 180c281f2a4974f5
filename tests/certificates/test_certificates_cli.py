"""`trainer certificates`, `trainer verify` and `trainer keys` as a trainer types them."""

import io

import pytest

from tests.certificates.conftest import LONG_NAME
from trainer.cli import build_parser, main


@pytest.fixture
def cli(room, exports, monkeypatch, capsys):
    """Run the command line against the room's database; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("TRAINER_DATABASE_URL", room.db.url.render_as_string(hide_password=False))

    def run(*argv, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


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


def test_verify_a_pdf_and_the_text_of_a_qr_code(room, cli, exports):
    from trainer.certificates.issuing import issue_certificate

    maria = room.graduate()
    outcome, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    code, out, _ = cli("verify", str(path))
    assert code == 0 and "valid" in out
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
    assert "1 nuevos, 0 reemitidos, 0 sin cambios, 1 aún no cumplen" in out


def test_keys_export_import_and_list(cli, tmp_path):
    exported = tmp_path / "org.pub"
    code, out, _ = cli("keys", "export", str(exported))
    assert code == 0 and "trainer keys import" in out and exported.is_file()
    code, out, _ = cli("keys", "import", str(exported))
    assert code == 0 and "already known; nothing changed" in out
    code, out, _ = cli("keys", "list")
    assert "this laptop's own key" in out and "Trainer" in out
    junk = tmp_path / "junk.pub"
    junk.write_text("junk", encoding="utf-8")
    code, _, err = cli("--lang", "es", "keys", "import", str(junk))
    assert code == 2 and f"{junk} no es una clave pública de Trainer" in err


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
    ["keys"], ["keys", "export"], ["keys", "import"], ["keys", "list"],
])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0 and "usage: trainer" in capsys.readouterr().out
