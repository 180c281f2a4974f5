"""Issuing, printing, re-issuing and revoking, as a trainer does at the end of a workshop."""

from datetime import date

import pytest
from pypdf import PdfReader

from tests.certificates.conftest import LONG_NAME, PASSPHRASE, pass_basics
from trainer.certificates.issuing import (
    issue_certificate, issue_workshop_certificates, list_certificates, participant_certificates, reprint_certificate,
    revoke_certificate,
)
from trainer.certificates.keys import PASSPHRASE_VARIABLE, known_keys
from trainer.certificates.revocation import revocation_signature_matches
from trainer.certificates.verification import REVOKED, VALID, verify_code
from trainer.errors import UserError
from trainer.storage.models import Certificate, Participant, TrustEvent


def page_text(path, page=0) -> str:
    return " ".join(PdfReader(path).pages[page].extract_text().split())


def certificate_rows(db) -> int:
    with db.session() as session:
        return session.query(Certificate).count()


def row(db, code) -> Certificate:
    with db.session() as session:
        return session.query(Certificate).filter_by(code=code).one()


def revocation_is_signed_by_our_key(db, code) -> bool:
    stored = row(db, code)
    [own] = [key for key in known_keys().values() if key.own]
    return revocation_signature_matches(stored.code, stored.revoked_at, stored.revoked_reason,
                                        stored.revocation_signature, own.key)


def rename(db, participant_id, name):
    with db.session() as session:
        session.get(Participant, participant_id).name = name


@pytest.mark.parametrize("paper, size", [("a4", (842, 595)), ("letter", (792, 612))])
def test_the_pdf_states_name_course_hours_code_dates_place_and_trainer(room, exports, paper, size):
    maria = room.graduate()
    outcome, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id, paper=paper)
    assert path.parent.parent == exports / "certificates" and path.name.startswith("Maria-de-los-Angeles")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size  # landscape
    text = page_text(path)
    for expected in (LONG_NAME, "Curso de ejemplo: cómo funciona Trainer", "10 horas de asistencia", outcome.certificate.code,
                     "CERTIFICADO DE APROBACIÓN", "del 2 al 6 de marzo de 2026", "Sololá, Guatemala", "Rosa Elena Pérez",
                     "Lo básico", "Práctica", "TRAINER"):
        assert expected in text, expected


def test_the_certificate_speaks_the_participants_language(room, exports):
    john = room.graduate("John Smith", language="en")
    outcome, path = issue_certificate(room.db, john.id, room.course, workshop_id=room.workshop.id)
    text = page_text(path)
    assert "CERTIFICATE OF COMPLETION" in text and "Example course: how Trainer works" in text
    assert "10 hours attended" in text and "2–6 March 2026" in text and "The basics" in text


def test_the_fonts_are_embedded(room, exports):
    maria = room.graduate()
    _, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    fonts = [font.get_object() for font in PdfReader(path).pages[0]["/Resources"]["/Font"].values()]
    assert {font["/BaseFont"].split("+")[-1] for font in fonts} == {
        "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSans"}
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


def test_a_course_certificate_without_workshop_states_the_course_hours(db, example_course, exports):
    from tests.certificates.conftest import pass_everything
    from trainer.certificates.organization import set_organization
    from trainer.people.service import ProfileInput, add_participant

    ana = add_participant(db, ProfileInput(name="Ana Núñez"))
    pass_everything(db, example_course, ana.id)
    set_organization(db, "Cooperativa Tejidos del Lago")
    outcome, path = issue_certificate(db, ana.id, example_course, passphrase=PASSPHRASE)  # the key is made now
    assert outcome.certificate.facts.period is None and outcome.certificate.workshop_id is None
    assert "Duración del curso: 1 hora" in page_text(path)
    assert path.parent == exports / "certificates" / "example"


def test_someone_not_eligible_is_told_why_and_nothing_is_written(room, exports):
    ana = room.person("Ana")
    room.attend(ana, "pp---")
    with pytest.raises(UserError) as error:
        issue_certificate(room.db, ana.id, room.course, workshop_id=room.workshop.id)
    assert error.value.message("es").startswith("Ana aún no puede recibir este certificado: asistió 4 de 10 horas")
    assert certificate_rows(room.db) == 0 and not exports.exists()


def test_issuing_again_with_nothing_changed_keeps_the_same_certificate(room, exports):
    maria = room.graduate()
    first, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    again, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id, paper="letter")
    assert (first.status, again.status) == ("new", "unchanged")
    assert again.certificate.code == first.certificate.code and certificate_rows(room.db) == 1
    assert first.certificate.code in page_text(path)


def test_the_record_is_frozen_when_the_name_changes_later(room, exports):
    maria = room.graduate()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    rename(room.db, maria.id, "María Domínguez")
    [kept] = participant_certificates(room.db, maria.id)
    assert kept.facts.name == LONG_NAME
    verdict = verify_code(room.db, outcome.certificate.code)
    assert verdict.status == VALID and verdict.facts.name == LONG_NAME
    assert LONG_NAME in page_text(reprint_certificate(room.db, outcome.certificate.code, room.course))


def test_reissuing_after_a_correction_revokes_the_old_certificate(room, exports):
    maria = room.graduate()
    old, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    rename(room.db, maria.id, "María Domínguez")
    new, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    assert new.status == "reissued" and new.replaced.code == old.certificate.code
    assert "María Domínguez" in page_text(path)
    certificates = participant_certificates(room.db, maria.id)
    assert [(c.code, c.revoked, c.revoked_reason) for c in certificates] == [
        (new.certificate.code, False, None), (old.certificate.code, True, "reissued")]
    verdict = verify_code(room.db, old.certificate.code)
    assert verdict.status == REVOKED
    assert verdict.message("en").endswith(f"replaced by a corrected certificate, {new.certificate.code}")
    assert revocation_is_signed_by_our_key(room.db, old.certificate.code)  # the replacement's revocation travels too


def test_better_attendance_turns_participation_into_completion(room, exports):
    ana = room.person("Ana")
    room.attend(ana, "ppppp")
    first, _ = issue_certificate(room.db, ana.id, room.course, workshop_id=room.workshop.id)
    assert first.certificate.facts.kind == "participation"
    from tests.certificates.conftest import pass_everything

    pass_everything(room.db, room.course, ana.id)
    second, _ = issue_certificate(room.db, ana.id, room.course, workshop_id=room.workshop.id)
    assert second.status == "reissued" and second.certificate.facts.kind == "completion"


def test_revoking_needs_a_reason_and_happens_once(room, exports):
    maria = room.graduate()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    code = outcome.certificate.code
    with pytest.raises(UserError) as error:
        revoke_certificate(room.db, code, "   ")
    assert error.value.code == "reason-required"
    revoked = revoke_certificate(room.db, code.lower(), "Asistencia mal registrada")
    assert revoked.revoked and revoked.revoked_reason == "Asistencia mal registrada"
    assert revoked.revocation_signature == row(room.db, code).revocation_signature
    with pytest.raises(UserError) as error:
        revoke_certificate(room.db, code, "otra vez")
    assert error.value.message("en").startswith(f"certificate {code} was already revoked on ")
    with pytest.raises(UserError) as error:
        revoke_certificate(room.db, "TRN-2222-2222", "x")
    assert "see 'trainer certificates list'" in error.value.message("en")


def test_a_batch_writes_one_file_per_person_or_one_file_to_print(room, exports):
    names = ["Ana Núñez", "Bea Ibáñez", LONG_NAME]
    people = [room.graduate(name) for name in names]
    late = room.person("Carlos")
    room.attend(late, "p----")
    calls = []
    result = issue_workshop_certificates(room.db, room.workshop.id, room.course,
                                         progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert [o.status for o in result.outcomes] == ["new"] * 3
    assert list(result.not_eligible) == [late.id]
    assert sorted(p.name for p in result.files) == sorted(p.name for p in result.files[0].parent.iterdir())
    assert len(result.files) == 3 and all(p.suffix == ".pdf" for p in result.files)

    printable = issue_workshop_certificates(room.db, room.workshop.id, room.course, one_file=True, paper="letter")
    assert [o.status for o in printable.outcomes] == ["unchanged"] * 3
    [path] = printable.files
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    assert [page_text(path, i).count(name) >= 1 for i, name in enumerate(sorted(names))] == [True] * 3
    assert certificate_rows(room.db) == 3 and {c.participant_id for c in list_certificates(room.db)} == {
        p.id for p in people}


def test_cancelling_a_batch_leaves_no_file_and_no_certificate(room, exports):
    for name in ("Ana", "Bea", "Carla"):
        room.graduate(name)

    class Cancelled(Exception):
        pass

    def cancel_at_second(done, total):
        if done == 2:
            raise Cancelled()

    for one_file in (False, True):
        with pytest.raises(Cancelled):
            issue_workshop_certificates(room.db, room.workshop.id, room.course, one_file=one_file,
                                        progress=cancel_at_second)
        assert certificate_rows(room.db) == 0
        assert not exports.exists() or not any(p.is_file() for p in exports.rglob("*"))


def test_a_batch_where_nobody_is_eligible_says_how_to_see_why(room, exports):
    room.person("Ana")
    with pytest.raises(UserError) as error:
        issue_workshop_certificates(room.db, room.workshop.id, room.course)
    assert "trainer certificates check" in error.value.message("en")


def test_a_batch_reissues_only_what_changed(room, exports):
    ana, bea = room.graduate("Ana"), room.graduate("Bea")
    first = issue_workshop_certificates(room.db, room.workshop.id, room.course)
    rename(room.db, bea.id, "Beatriz")
    second = issue_workshop_certificates(room.db, room.workshop.id, room.course)
    statuses = {o.certificate.participant_id: o.status for o in second.outcomes}
    assert statuses == {ana.id: "unchanged", bea.id: "reissued"}
    assert certificate_rows(room.db) == 3
    assert len([c for c in list_certificates(room.db) if not c.revoked]) == 2
    assert {o.certificate.code for o in first.outcomes} & {o.certificate.code for o in second.outcomes} == {
        next(o.certificate.code for o in first.outcomes if o.certificate.participant_id == ana.id)}


def test_a_subset_workshop_certificate_lists_only_its_modules(db, example_course, exports):
    from tests.certificates.conftest import make_room

    room = make_room(db, example_course, module_ids=["basics"])
    ana = room.person("Ana")
    room.attend(ana, "ppppp")
    pass_basics(db, example_course, ana.id)
    outcome, path = issue_certificate(db, ana.id, example_course, workshop_id=room.workshop.id, passphrase=PASSPHRASE)
    assert outcome.certificate.facts.module_ids == ("basics",)
    text = page_text(path)
    assert "Lo básico" in text and "Práctica" not in text


def test_the_issue_date_is_today(room, exports):
    maria = room.graduate()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    assert outcome.certificate.facts.issued_on == date.today()


def test_a_bad_paper_size_changes_nothing(room, exports):
    maria = room.graduate()
    with pytest.raises(UserError) as error:
        issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id, paper="a3")
    assert error.value.message("es") == "el papel 'a3' no es uno de: a4, letter (carta)"
    assert certificate_rows(room.db) == 0


def test_a_revocation_is_signed_by_the_organization_and_says_who(room, exports):
    maria = room.graduate()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id,
                                   issued_by_id=room.proof.actor_id)
    code = outcome.certificate.code
    assert row(room.db, code).issued_by_id == room.trainer.id
    revoke_certificate(room.db, code, "Nombre mal escrito", passphrase=PASSPHRASE, revoked_by_id=room.proof.actor_id)
    assert revocation_is_signed_by_our_key(room.db, code)
    stored = row(room.db, code)
    [own] = [key for key in known_keys().values() if key.own]
    for forged in ({"reason": "Fraude"}, {"revoked_at": stored.revoked_at.replace(year=2020)}, {"code": "TRN-2222-2222"}):
        facts = {"code": stored.code, "revoked_at": stored.revoked_at, "reason": stored.revoked_reason, **forged}
        assert not revocation_signature_matches(**facts, signature=stored.revocation_signature, public_key=own.key)
    assert not revocation_signature_matches(code, stored.revoked_at, stored.revoked_reason, None, own.key)
    assert not revocation_signature_matches(code, None, stored.revoked_reason, stored.revocation_signature, own.key)
    with room.db.session() as session:
        [event] = session.query(TrustEvent).filter_by(action="certificate-revoked").all()
    assert event.actor_id == room.trainer.id and event.detail == f"{code}: Nombre mal escrito"


def test_revoking_needs_the_passphrase(room, exports, monkeypatch):
    maria = room.graduate()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    with pytest.raises(UserError) as error:
        revoke_certificate(room.db, outcome.certificate.code, "Nombre mal escrito")
    assert error.value.code == "key-locked"
    with pytest.raises(UserError) as error:
        revoke_certificate(room.db, outcome.certificate.code, "Nombre mal escrito", passphrase="not the passphrase")
    assert error.value.code == "bad-passphrase"
    assert not row(room.db, outcome.certificate.code).revoked_at  # nothing changed


def test_issuing_needs_the_passphrase_and_writes_nothing_without_it(room, exports, monkeypatch):
    maria = room.graduate()
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    with pytest.raises(UserError) as error:
        issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    assert "TRAINER_KEY_PASSPHRASE" in error.value.message("en")
    assert certificate_rows(room.db) == 0 and not exports.exists()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id, passphrase=PASSPHRASE)
    assert outcome.status == "new"


def test_only_the_issuing_organization_can_revoke_a_certificate(room, exports, tmp_path, monkeypatch):
    maria = room.graduate()
    outcome, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    code = outcome.certificate.code
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "other-organization"))  # same records, another key
    with pytest.raises(UserError) as error:
        revoke_certificate(room.db, code, "No nos gusta")
    assert error.value.message("en") == (
        f"certificate {code} was issued by Trainer with key {outcome.certificate.facts.key_id}, not with this laptop's "
        "organization key; only the issuing organization can revoke it")
    assert error.value.message("es").endswith("solo la organización que lo emitió puede revocarlo")
    assert not row(room.db, code).revoked_at


def test_another_organizations_certificate_is_never_revoked_by_reissuing(room, exports, tmp_path, monkeypatch):
    maria = room.graduate()
    theirs, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "other-organization"))
    rename(room.db, maria.id, "María Domínguez")
    ours, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    assert ours.status == "new" and ours.certificate.facts.key_id != theirs.certificate.facts.key_id
    assert not row(room.db, theirs.certificate.code).revoked_at
