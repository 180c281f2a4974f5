"""Checking a certificate with no internet: whatever was changed after signing is caught."""

from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.certificates.conftest import LONG_NAME
from trainer.certificates.issuing import issue_certificate, issue_workshop_certificates, module_titles, revoke_certificate
from trainer.certificates.keys import (
    approve_offered_key, create_signing_key, export_public_key, key_id, offer_public_key, signing_key,
)
from trainer.certificates.pdf import CertificatePage, embedded_statements, render_certificates
from trainer.certificates.statement import parse_statement, sign
from trainer.certificates.verification import (
    ALTERED, PAGE_MISMATCH, REVOKED, UNKNOWN_CODE, UNKNOWN_KEY, VALID, verify, verify_code, verify_pdf,
    verify_statement,
)
from trainer.errors import UserError


@pytest.fixture
def issued(room, exports):
    maria = room.graduate()
    outcome, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    return outcome.certificate, path


def replace_field(token: str, index: int, value: str) -> str:
    fields = token.split("|")
    fields[index] = value
    return "|".join(fields)


def test_a_genuine_statement_code_and_pdf_are_valid(room, issued):
    certificate, path = issued
    for verdict in (verify_statement(room.db, certificate.statement.token), verify_code(room.db, certificate.code),
                    *verify_pdf(room.db, path)):
        assert verdict.status == VALID
        assert verdict.facts.name == LONG_NAME and verdict.facts.hours == 10
        assert verdict.message("es").startswith("válido: firmado por Trainer con la clave ")


def test_what_a_phone_shows_still_verifies_after_copying(room, issued):
    import unicodedata

    token = issued[0].statement.token
    pasted = "  " + unicodedata.normalize("NFD", token) + "\n"  # decomposed accents, stray spaces and newline
    assert verify_statement(room.db, pasted).status == VALID


@pytest.mark.parametrize("index, value, what", [
    (2, "Maria de los Angeles Dominguez Nunez", "name"),
    (3, "participation", "kind"),
    (4, "Maestría en comercio electrónico", "course"),
    (5, "100", "hours"),
    (6, "2026-01-02/2026-03-06", "dates"),
    (7, "Antigua Guatemala, Guatemala", "place"),
    (8, "Otro Instructor", "trainer"),
    (9, "Universidad de San Carlos", "organization"),
    (10, "2025-03-06", "issue date"),
    (12, "other-course", "course id"),
    (13, "basics", "modules"),
])
def test_changing_any_stated_fact_is_caught(room, issued, index, value, what):
    token = issued[0].statement.token
    altered = replace_field(token, index, value)
    assert altered != token, what
    verdict = verify_statement(room.db, altered)
    assert verdict.status == ALTERED, what
    assert "was changed after it was signed" in verdict.message("en")
    assert "se cambió después de firmarla" in verdict.message("es")


def test_a_signature_by_another_key_claiming_ours_is_caught(room, issued):
    forger = Ed25519PrivateKey.generate()
    facts = issued[0].facts
    forged = sign(facts, forger)  # signed by the forger but naming our key id in the statement
    assert forged.facts.key_id == facts.key_id
    assert verify_statement(room.db, forged.token).status == ALTERED


def test_another_spelling_of_the_same_signature_bytes_is_refused(room, issued):
    token = issued[0].statement.token
    last = token[-1]
    # the last base64 character carries 2 unused bits: flipping them keeps the bytes but not the text
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    twin = alphabet[alphabet.index(last) ^ 1]
    assert verify_statement(room.db, token[:-1] + twin).status == ALTERED


def test_a_statement_signed_with_an_unknown_key_says_so(room, issued):
    stranger = Ed25519PrivateKey.generate()
    facts = issued[0].facts
    from dataclasses import replace

    foreign = sign(replace(facts, key_id=key_id(stranger.public_key())), stranger)
    verdict = verify_statement(room.db, foreign.token)
    assert verdict.status == UNKNOWN_KEY
    assert "trainer keys import FILE" in verdict.message("en")
    assert "trainer keys import ARCHIVO" in verdict.message("es")


@pytest.mark.parametrize("cut", [1, 20, 120, 300])
def test_a_truncated_statement_is_damaged_not_valid(room, issued, cut):
    token = issued[0].statement.token
    assert verify_statement(room.db, token[:-cut]).status == ALTERED


def test_a_truncated_statement_says_it_was_cut(room, issued):
    token = issued[0].statement.token
    verdict = verify_statement(room.db, token[: token.index("|completion")])
    assert verdict.message("en") == ("altered: the statement has 3 of its 16 parts: "
                                     "it was cut off or damaged when copied")


def test_codes_are_checked_against_this_laptop(room, issued):
    code = issued[0].code
    assert verify_code(room.db, code.lower().replace("-", " ")).status == VALID
    truncated = verify_code(room.db, code[:-1])
    assert truncated.status == UNKNOWN_CODE and "is not a whole code" in truncated.message("en")
    unknown = verify_code(room.db, "TRN-2222-2222")
    assert unknown.status == UNKNOWN_CODE
    assert unknown.message("es").startswith("código desconocido: no hay un certificado TRN-2222-2222")


def test_a_revoked_certificate_says_when_and_why(room, issued):
    certificate, path = issued
    revoke_certificate(room.db, certificate.code, "Error en el nombre")
    for verdict in (verify_code(room.db, certificate.code), verify_statement(room.db, certificate.statement.token),
                    *verify_pdf(room.db, path)):
        assert verdict.status == REVOKED
        assert verdict.message("es").startswith("revocado el ") and verdict.message("es").endswith("Error en el nombre")


def test_a_tampered_record_on_this_laptop_is_caught(room, issued):
    from trainer.storage.models import Certificate

    with room.db.session() as session:
        row = session.query(Certificate).one()
        row.statement = row.statement.replace("|10|", "|40|")
    verdict = verify_code(room.db, issued[0].code)
    assert verdict.status == ALTERED and "restore the database" in verdict.message("en")


def test_a_pdf_whose_embedded_statement_was_edited_is_altered(room, issued, tmp_path):
    import base64

    _, path = issued
    data = path.read_bytes()
    token = issued[0].statement.token
    encoded = base64.urlsafe_b64encode(token.encode()).rstrip(b"=")
    edited = base64.urlsafe_b64encode(token.replace("|10|", "|90|").encode()).rstrip(b"=")
    assert len(edited) == len(encoded) and encoded in data
    copy = tmp_path / "edited.pdf"
    copy.write_bytes(data.replace(encoded, edited))
    assert [v.status for v in verify_pdf(room.db, copy)] == [ALTERED]


def test_files_that_are_not_certificates_are_refused_clearly(room, tmp_path):
    text = tmp_path / "notes.pdf"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError) as error:
        verify_pdf(room.db, text)
    assert error.value.message("en") == f"{text} is not a PDF file"
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(UserError) as error:
        verify_pdf(room.db, blank)
    assert "trainer verify TRN-XXXX-XXXX" in error.value.message("en")
    with pytest.raises(UserError) as error:
        verify(room.db, str(tmp_path / "missing.pdf"))
    assert error.value.message("es") == f"no existe el archivo {tmp_path / 'missing.pdf'}"


def test_verify_tells_code_statement_and_file_apart(room, issued):
    certificate, path = issued
    assert [v.status for v in verify(room.db, certificate.code)] == [VALID]
    assert [v.status for v in verify(room.db, certificate.statement.token)] == [VALID]
    assert [v.status for v in verify(room.db, str(path))] == [VALID]


def test_statement_fits_a_qr_code_a_phone_reads_easily(room, issued):
    token = issued[0].statement.token
    assert LONG_NAME in token
    assert len(token) < 400
    assert parse_statement(token).facts == issued[0].facts



def test_a_key_a_bundle_offered_verifies_nothing_until_approved(room, issued, tmp_path, monkeypatch):
    certificate, _ = issued
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "impostor-laptop"))  # anyone can make a key and name it
    impostor_id = create_signing_key("Trainer", "the impostor's passphrase")
    export_public_key(tmp_path / "impostor.pub", "Trainer")
    _, impostor = signing_key("Trainer", "the impostor's passphrase")
    forged = sign(replace(certificate.facts, key_id=impostor_id, code="TRN-2345-6789"), impostor)

    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "field-laptop"))
    offered, _ = offer_public_key((tmp_path / "impostor.pub").read_bytes(), "laptop 'Aula 2'")
    verdict = verify_statement(room.db, forged.token)
    assert verdict.status == UNKNOWN_KEY and not verdict.valid
    assert verdict.message("en") == (
        f"unknown key: it was signed with key {impostor_id} (Trainer), which a bundle from laptop 'Aula 2' offered to "
        f"this laptop; nobody here has approved it yet. Compare its fingerprint {offered.fingerprint} with that "
        f"organization (in person or by phone), then approve it with: trainer keys approve {impostor_id}")
    assert verdict.message("es").startswith(f"clave desconocida: se firmó con la clave {impostor_id} (Trainer), que un "
                                            "paquete de laptop 'Aula 2' le ofreció a esta computadora")
    assert f"apruébela con: trainer keys approve {impostor_id}" in verdict.message("es")
    approve_offered_key(impostor_id)  # what a trainer does after the organization confirmed the fingerprint
    assert verify_statement(room.db, forged.token).status == VALID


def forged_page(room, statement, **shown) -> bytes:
    """A PDF carrying a genuine statement (and QR code) whose page shows other facts."""
    visible = replace(statement, facts=replace(statement.facts, **shown))
    return render_certificates([CertificatePage(visible, module_titles(room.course, statement.facts))])


def test_a_genuine_pdf_page_shows_what_was_signed(room, issued):
    _, path = issued
    [verdict] = verify_pdf(room.db, path)
    assert verdict.status == VALID and verdict.page == 1 and verdict.page_checked is True


def test_a_page_whose_name_was_changed_does_not_match_its_statement(room, issued, tmp_path):
    certificate, _ = issued
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forged_page(room, certificate.statement, name="Juan Carlos Pérez López"))
    assert embedded_statements(forged.read_bytes()) == [certificate.statement.token]  # the statement is genuine...
    [verdict] = verify_pdf(room.db, forged)
    assert verdict.status == PAGE_MISMATCH and not verdict.valid  # ...but the page is not
    assert verdict.facts.name == LONG_NAME and verdict.page_checked is True
    assert verdict.message("en") == (
        f"page does not match its signed statement: page 1 does not show what was signed (name “{LONG_NAME}”); "
        "the page was changed after signing, so only the signed facts count")
    assert verdict.message("es").startswith("la página no coincide con su declaración firmada: la página 1 no muestra "
                                            f"lo que se firmó (nombre “{LONG_NAME}”)")


def test_every_changed_fact_on_the_page_is_named(room, issued, tmp_path):
    certificate, _ = issued
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forged_page(room, certificate.statement, hours=40, course="Maestría en comercio",
                                   organization="Universidad de San Carlos"))
    [verdict] = verify_pdf(room.db, forged)
    assert verdict.status == PAGE_MISMATCH
    message = verdict.message("es")
    assert "horas “10 horas”" in message and "curso “Curso de ejemplo" in message
    assert "organización “Trainer”" in message and "nombre" not in message


def test_every_page_of_a_printed_batch_is_compared(room, exports):
    for name in ("Ana Núñez", "Bea Ibáñez", LONG_NAME):
        room.graduate(name)
    result = issue_workshop_certificates(room.db, room.workshop.id, room.course, one_file=True)
    verdicts = verify_pdf(room.db, result.files[0])
    assert [(v.status, v.page, v.page_checked) for v in verdicts] == [(VALID, 1, True), (VALID, 2, True),
                                                                       (VALID, 3, True)]


def test_without_a_readable_page_the_statement_is_still_checked(room, issued, monkeypatch):
    import sys

    _, path = issued
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if pypdf were missing: the page text cannot be read
    [verdict] = verify_pdf(room.db, path)
    assert verdict.status == VALID and verdict.page_checked is False
