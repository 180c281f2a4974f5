"""Issuing again: the same facts reprint the same certificate, whoever issues and from where; changed facts
replace a certificate already handed out only once the trainer confirmed exactly those changes; and nothing
is issued in the name of an organization nobody named."""

import pytest
from pypdf import PdfReader
from sqlalchemy import delete

from tests.certificates.conftest import TRAINER_NAME
from tests.cli_proof import PROOF_BOOKKEEPING, make_organizer, snapshot
from trainer.certificates.issuing import (
    ReissueNeeded, issue_certificate, issue_workshop_certificates, list_certificates,
)
from trainer.certificates.organization import NAME_SETTING
from trainer.certificates.verification import REVOKED, VALID, verify_code
from trainer.errors import UserError
from trainer.storage.models import Participant, Setting


def page_text(path, page=0) -> str:
    return " ".join(PdfReader(path).pages[page].extract_text().split())


def rename(db, participant_id, name):
    with db.session() as session:
        session.get(Participant, participant_id).name = name


def pdfs(exports):
    return sorted((exports / "certificates").rglob("*.pdf"))


def issued_in_the_console(room):
    """What the console's "Issue all eligible" does: the trainer's proof, no trainer typed, no change confirmed."""
    return issue_workshop_certificates(room.db, room.workshop.id, room.course, one_file=True,
                                       issued_by_id=room.proof.actor_id, reissue=())


def valid_codes(db) -> set[str]:
    return {c.code for c in list_certificates(db) if not c.revoked}


# -- the bug: a CLI batch after the console revoked every certificate handed out ------------------------------


def test_a_cli_batch_after_the_console_reprints_the_same_certificates(room, cli, exports):
    room.graduate("Ana")
    room.graduate("Bea")
    first = issued_in_the_console(room)
    codes = {o.certificate.code for o in first.outcomes}
    assert {o.certificate.facts.trainer for o in first.outcomes} == {TRAINER_NAME}

    code, out, err = cli("--lang", "es", "certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 0, err
    assert "0 nuevos, 2 reimpresos, 0 reemitidos" in out
    assert all(f"reimpreso  {number}" in out for number in codes)
    assert valid_codes(room.db) == codes and not any(c.revoked for c in list_certificates(room.db))
    for number in codes:
        verdict = verify_code(room.db, number)
        assert verdict.status == VALID and verdict.facts.trainer == TRAINER_NAME


def test_a_workshop_without_a_trainer_keeps_the_trainer_its_certificates_name(room, cli, exports, monkeypatch):
    """A workshop made in the console names no trainer: Rosa issued there; the office's Juan reprints in the CLI."""
    from trainer.workshops.service import update_workshop

    update_workshop(room.db, room.workshop.id, trainer_id=None)
    room.graduate("Ana")
    first = issued_in_the_console(room)
    [number] = [o.certificate.code for o in first.outcomes]
    make_organizer(room.db, "Juan Office", "975310")
    monkeypatch.setenv("TRAINER_AS", "Juan Office")
    monkeypatch.setenv("TRAINER_PIN", "975310")

    code, out, err = cli("certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 0, err
    assert "0 new, 1 reprinted, 0 reissued" in out
    assert valid_codes(room.db) == {number} and verify_code(room.db, number).facts.trainer == TRAINER_NAME


# -- changed facts need --reissue, and say what changes ------------------------------------------------------


def test_a_corrected_name_is_listed_and_changes_nothing_without_reissue(room, cli, exports):
    room.graduate("Ana")
    bea = room.graduate("Bea Ibanez")
    first = issued_in_the_console(room)
    old = next(o.certificate.code for o in first.outcomes if o.certificate.participant_id == bea.id)
    rename(room.db, bea.id, "Bea Ibáñez")
    before, files = snapshot(room.db, PROOF_BOOKKEEPING), {p: p.read_bytes() for p in pdfs(exports)}

    code, out, err = cli("certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 2 and out == ""
    assert f"{old}  Bea Ibanez: name: “Bea Ibanez” → “Bea Ibáñez”" in err
    assert err.rstrip().endswith("run the same command with --reissue.") and "Ana" not in err
    assert snapshot(room.db, PROOF_BOOKKEEPING) == before and {p: p.read_bytes() for p in pdfs(exports)} == files

    code, out, err = cli("--lang", "es", "certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 2 and "--reissue" in err
    assert f"{old}  Bea Ibanez: nombre: “Bea Ibanez” → “Bea Ibáñez”" in err


def test_reissue_replaces_only_what_changed_and_revokes_the_old_one(room, cli, exports):
    ana = room.graduate("Ana")
    bea = room.graduate("Bea Ibanez")
    first = {o.certificate.participant_id: o.certificate.code for o in issued_in_the_console(room).outcomes}
    rename(room.db, bea.id, "Bea Ibáñez")

    code, out, err = cli("certificates", "batch", "--workshop", room.workshop.id[:8], "--reissue")
    assert code == 0, err
    assert "0 new, 1 reprinted, 1 reissued (the old ones revoked)" in out
    assert f"(replaces {first[bea.id]}: name: “Bea Ibanez” → “Bea Ibáñez”)" in out
    assert f"reprinted  {first[ana.id]}  Ana" in out
    assert verify_code(room.db, first[ana.id]).status == VALID
    assert verify_code(room.db, first[bea.id]).status == REVOKED
    [new] = valid_codes(room.db) - {first[ana.id]}
    assert verify_code(room.db, new).facts.name == "Bea Ibáñez"


def test_another_trainer_is_typed_with_trainer_and_printed(room, cli, exports, tmp_path):
    maria = room.graduate()
    old, _ = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id,
                               issued_by_id=room.proof.actor_id, reissue=False)
    code, _, err = cli("certificates", "issue", maria.id[:8], "--workshop", room.workshop.id[:8], "--trainer",
                       "Marta  Coc")
    assert code == 2 and f"trainer: “{TRAINER_NAME}” → “Marta Coc”" in err
    assert err.rstrip().endswith('with --reissue. To keep the trainer they state instead, add --trainer "NAME".')
    assert valid_codes(room.db) == {old.certificate.code}

    code, out, err = cli("certificates", "issue", maria.id[:8], "--workshop", room.workshop.id[:8], "--trainer",
                         "Marta Coc", "--reissue", "--out", str(tmp_path))
    assert code == 0, err
    assert f"replacing {old.certificate.code}" in out
    assert f"changed: trainer: “{TRAINER_NAME}” → “Marta Coc”" in out
    path = out.splitlines()[0].rsplit(": ", 1)[1]
    assert "Marta Coc" in page_text(path) and TRAINER_NAME not in page_text(path)
    code, _, err = cli("certificates", "issue", maria.id[:8], "--workshop", room.workshop.id[:8], "--trainer", " ")
    assert code == 2 and "the trainer's name on certificates must have 1 to 120 characters" in err


# -- the service: what the console asks about, and confirmed changes only ------------------------------------


def test_only_the_changes_a_trainer_confirmed_are_made(room, exports):
    ana, bea = room.graduate("Ana"), room.graduate("Bea")
    first = {o.certificate.participant_id: o.certificate.code for o in issued_in_the_console(room).outcomes}
    rename(room.db, ana.id, "Ana María")
    with pytest.raises(ReissueNeeded) as asked:
        issue_workshop_certificates(room.db, room.workshop.id, room.course, reissue=False)
    [change] = asked.value.changes
    assert (change.participant_id, change.code, change.name) == (ana.id, first[ana.id], "Ana")
    assert change.differences == (("name", "Ana", "Ana María"),)

    rename(room.db, bea.id, "Beatriz")  # meanwhile, another correction the trainer did not see
    with pytest.raises(ReissueNeeded) as refused:
        issue_workshop_certificates(room.db, room.workshop.id, room.course, reissue=(change,))
    assert {c.participant_id for c in refused.value.changes} == {ana.id, bea.id}
    assert valid_codes(room.db) == set(first.values())
    done = issue_workshop_certificates(room.db, room.workshop.id, room.course, reissue=refused.value.changes)
    assert sorted(o.status for o in done.outcomes) == ["reissued", "reissued"]
    assert valid_codes(room.db).isdisjoint(first.values())


def test_better_attendance_is_a_change_to_confirm(room, exports):
    ana = room.person("Ana")
    room.attend(ana, "pppp-")
    from tests.certificates.conftest import pass_basics

    pass_basics(room.db, room.course, ana.id)
    first, _ = issue_certificate(room.db, ana.id, room.course, workshop_id=room.workshop.id, reissue=False)
    room.attend(ana, "----p")
    with pytest.raises(ReissueNeeded) as refused:
        issue_certificate(room.db, ana.id, room.course, workshop_id=room.workshop.id, reissue=False)
    assert ("hours", "8", "10") in refused.value.changes[0].differences
    assert valid_codes(room.db) == {first.certificate.code}


# -- the organization must be named before the first certificate --------------------------------------------


def forget_the_name(db):
    """A laptop whose organizer predates the set-up naming the organization: it shows the app's name."""
    with db.session() as session:
        session.execute(delete(Setting).where(Setting.key == NAME_SETTING))


def test_nothing_is_issued_for_an_organization_nobody_named(room, cli, exports):
    forget_the_name(room.db)
    room.graduate("Ana")
    before = snapshot(room.db, PROOF_BOOKKEEPING)
    code, _, err = cli("certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 2 and 'name it first: trainer certificates organization --name "NAME"' in err
    code, _, err = cli("--lang", "es", "certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 2 and 'trainer certificates organization --name "NOMBRE"' in err
    assert snapshot(room.db, PROOF_BOOKKEEPING) == before and not exports.exists()
    with pytest.raises(UserError) as error:
        issue_workshop_certificates(room.db, room.workshop.id, room.course)
    assert error.value.code == "not-named" and snapshot(room.db, PROOF_BOOKKEEPING) == before

    code, out, _ = cli("certificates", "organization")
    assert code == 0 and "Not named yet: no certificate is issued until it is." in out
    code, out, _ = cli("certificates", "organization", "--name", "Trainer")  # keeping the name, on purpose
    assert code == 0 and "Not named yet" not in out
    code, out, err = cli("certificates", "batch", "--workshop", room.workshop.id[:8])
    assert code == 0 and "1 new" in out, err
    [certificate] = list_certificates(room.db)
    assert certificate.facts.organization == "Trainer"
