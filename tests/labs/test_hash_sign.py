from datetime import datetime, timedelta, timezone

import pytest

from trainer.labs.common import LabInputError
from trainer.labs.hash_sign import (
    MLES_6_3, STEPS, CertStatus, ToyCA, compare_digests, describe_certificate, generate_key_pair,
    key_hex, sha256_hex, sign, tamper, tamper_signature, verify,
)

INVOICE = "Factura 001: 12 sombreros, US$ 480"


def test_sha256_matches_the_fips_test_vector():
    assert sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_tamper_changes_exactly_one_character_preferring_a_digit():
    changed = tamper(INVOICE)
    assert len(changed) == len(INVOICE)
    assert [i for i, (a, b) in enumerate(zip(INVOICE, changed)) if a != b] == [INVOICE.index("0")]
    assert tamper("hola") == "Hola"
    assert tamper("...") == "..,"


def test_one_changed_character_changes_about_half_the_digest():
    result = compare_digests(INVOICE, tamper(INVOICE))
    assert result.before == sha256_hex(INVOICE) and result.after == sha256_hex(tamper(INVOICE))
    assert 64 <= result.differing_bits <= 192
    assert len(result.differing_positions) >= 48
    for i in range(64):
        assert (result.before[i] != result.after[i]) == (i in result.differing_positions)


def test_same_text_gives_same_digest_and_no_differences():
    result = compare_digests(INVOICE, INVOICE)
    assert result.differing_positions == () and result.differing_bits == 0
    assert "0 de 64" in result.summary("es") and "0 of 64" in result.summary("en")


def test_untouched_document_verifies():
    private_key, public_key = generate_key_pair()
    assert verify(public_key, INVOICE, sign(private_key, INVOICE))


def test_tampered_text_fails_verification():
    private_key, public_key = generate_key_pair()
    assert not verify(public_key, tamper(INVOICE), sign(private_key, INVOICE))


def test_tampered_signature_fails_verification():
    private_key, public_key = generate_key_pair()
    signature = sign(private_key, INVOICE)
    assert tamper_signature(signature) != signature
    assert not verify(public_key, INVOICE, tamper_signature(signature))


def test_wrong_public_key_fails_verification():
    private_key, _ = generate_key_pair()
    _, someone_elses_key = generate_key_pair()
    assert not verify(someone_elses_key, INVOICE, sign(private_key, INVOICE))


def test_every_step_maps_to_art_6_3_criteria_in_both_languages():
    covered = set()
    for step in STEPS:
        assert step.criteria and set(step.criteria) <= set(MLES_6_3)
        for text in (step.title, step.lesson):
            assert text["es"] and text["en"] and text["es"] != text["en"]
        covered |= set(step.criteria)
    assert covered == {"a", "b", "c", "d"}
    by_id = {step.id: step for step in STEPS}
    assert by_id["verify-tampered-text"].criteria == ("d",)
    assert by_id["verify-tampered-signature"].criteria == ("c",)


def test_ca_issues_a_valid_certificate_binding_the_subject_to_the_key():
    ca = ToyCA()
    _, public_key = generate_key_pair()
    certificate = ca.issue("Cooperativa El Sombrero", public_key)
    assert ca.check(certificate) is CertStatus.VALID
    assert key_hex(certificate.public_key()) == key_hex(public_key)
    assert "Cooperativa El Sombrero" in describe_certificate(certificate, "es")
    assert "holder 'Cooperativa El Sombrero'" in describe_certificate(certificate, "en")


def test_revoked_certificate_reports_revoked_and_others_stay_valid():
    ca = ToyCA()
    revoked = ca.issue("Ana", generate_key_pair()[1])
    kept = ca.issue("Luis", generate_key_pair()[1])
    ca.revoke(revoked)
    assert ca.check(revoked) is CertStatus.REVOKED
    assert ca.check(kept) is CertStatus.VALID
    assert "revocación" in CertStatus.REVOKED.explain("es")
    assert "revocation" in CertStatus.REVOKED.explain("en")


def test_certificate_from_another_authority_is_rejected_and_cannot_be_revoked():
    ca, impostor = ToyCA(), ToyCA(name=ToyCA().name)
    forged = impostor.issue("Ana", generate_key_pair()[1])
    assert ca.check(forged) is CertStatus.NOT_ISSUED_BY_CA
    with pytest.raises(LabInputError) as error:
        ca.revoke(forged)
    assert error.value.text("es") != error.value.text("en")


def test_certificate_outside_its_validity_period_is_reported():
    ca = ToyCA(valid_days=30)
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    certificate = ca.issue("Ana", generate_key_pair()[1], now=start)
    assert ca.check(certificate, now=start + timedelta(days=10)) is CertStatus.VALID
    assert ca.check(certificate, now=start + timedelta(days=31)) is CertStatus.EXPIRED
    assert ca.check(certificate, now=start - timedelta(days=1)) is CertStatus.EXPIRED
