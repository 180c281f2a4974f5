"""Every attack of the trust issue, played end to end: refused, with its rule named, and nothing changed.

The attacker is a participant with a laptop of her own: its device key is valid, she edits its database at will
and signs whatever she likes with it (`forge`). The office laptop holds a trainer, a workshop, a roster with the
attacker and a victim, the victim's passed quiz and her genuine certificate.
"""

import base64
import hashlib
import json
import os
import shutil
import zipfile
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.bundles.conftest import PASSPHRASE, signed_certificate
from tests.cli_proof import PIN, make_organizer
from trainer.bundles import archive
from trainer.bundles.keys import device_signing_key, key_file, public_key_text
from trainer.bundles.rows import TABLES, encode_row
from trainer.bundles.service import (
    approve_sender, export_organizer_bundle, export_participant_bundle, export_workshop_bundle, import_bundles, inspect,
)
from trainer.certificates.verification import verify_statement
from trainer.errors import UserError
from trainer.people.service import ProfileInput, accounts, add_participant
from trainer.progress.service import course_progress, record_attempt
from trainer.storage.database import Database
from trainer.storage.models import Base, Certificate, fact_id, new_id, utc_now
from trainer.trust import approve_device, prove
from trainer.workshops.service import create_workshop, enrol


def right_answers(quiz) -> dict[str, object]:
    """Every question of `quiz` answered right."""
    def right(question):
        if question.type == "single":
            return next(o.id for o in question.options if o.correct)
        if question.type == "multiple":
            return [o.id for o in question.options if o.correct]
        if question.type == "text":
            return next(iter(question.answers.values()))[0]
        return question.answer
    return {question.id: right(question) for question in quiz.questions}


def everything(db: Database) -> dict[str, list]:
    """Every row of every table, local ones included (accounts, devices, trust events)."""
    with db.session() as session:
        return {name: sorted(tuple(map(str, row)) for row in session.execute(select(table)))
                for name, table in Base.metadata.tables.items()}


@dataclass
class Field:
    office: Database
    attacker_laptop: Database
    trainer_id: str
    eva: str  # the attacker, on the roster
    bea: str  # the victim, on the roster, with a passed quiz and a certificate
    workshop_id: str
    bea_attempt: dict


def rows(db: Database, table: str, **where) -> list[dict]:
    with db.session() as session:
        found = session.execute(select(TABLES[table]).filter_by(**where)).mappings()
        return [encode_row(TABLES[table], row) for row in found]


@pytest.fixture
def field(laptop, example_course, tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_KEY_PASSPHRASE", PASSPHRASE)
    office = laptop("office")
    station = laptop("station")  # the classroom laptop Bea studied on, approved like the office
    trainer = make_organizer(office, "Rosa Díaz")
    eva = add_participant(office, ProfileInput(name="Eva Mala", country="GT"))
    bea = add_participant(office, ProfileInput(name="Bea Buena", country="GT"))
    workshop = create_workshop(office, "Taller Antigua", example_course.id, country="GT")
    enrol(office, workshop.id, [eva.id, bea.id])
    prepared = export_workshop_bundle(office, workshop.id, example_course, tmp_path / "taller.trainer")
    import_bundles(station, [prepared])
    record_attempt(station, bea.id, example_course, "basics-quiz", right_answers(example_course.quiz("basics-quiz")))
    assert all(r.ok for r in import_bundles(office, [export_participant_bundle(station, bea.id, tmp_path / "b.trainer")]))
    signed_certificate(office, bea.id, workshop.id, name="Bea Buena")
    attacker_laptop = laptop("eva-laptop", trusted=False)  # nobody approved it: it is hers
    approve_sender(attacker_laptop, None, prepared)
    import_bundles(attacker_laptop, [prepared])
    (bea_attempt,) = rows(office, "quiz_attempts", participant_id=bea.id)
    assert bea_attempt["passed"] is True
    return Field(office, attacker_laptop, trainer.id, eva.id, bea.id, workshop.id, bea_attempt)


def forge(field: Field, tmp_path, tables: dict, subject: str | None = None, kind: str = "participant",
          name: str = "forged", version: int | None = None):
    """A bundle with whatever rows the attacker chose, validly signed by her own laptop's key."""
    subject_id = subject or field.eva
    manifest = {"kind": kind, "device": {"id": field.attacker_laptop.device_id(), "name": "eva-laptop"},
                "subject": {"participant_id": subject_id, "name": "x"} if kind == "participant"
                else {"workshops": [{"id": field.workshop_id, "title": "x"}]}}
    key = device_signing_key(field.attacker_laptop)
    if version is None:
        return archive.write_archive(tmp_path / f"{name}.trainer", manifest, tables, key)
    original = archive.FORMAT_VERSION
    archive.FORMAT_VERSION = version
    try:
        return archive.write_archive(tmp_path / f"{name}.trainer", manifest, tables, key)
    finally:
        archive.FORMAT_VERSION = original


def refused(office: Database, path, *expected: str, proof=None) -> UserError:
    """Importing `path` is refused, naming the rule (each text in either language), and changes nothing at all."""
    before = everything(office)
    (result,) = import_bundles(office, [path], proof=proof)
    assert not result.ok, f"{path.name} was imported"
    both = result.error.message("en") + " / " + result.error.message("es")
    for text in expected:
        assert text in both, both
    assert everything(office) == before
    return result.error


def profile(db: Database, participant_id: str) -> dict:
    (row,) = rows(db, "participants", id=participant_id)
    return row


def test_a_participant_bundle_cannot_raise_its_sender_to_organizer(field, tmp_path):
    eva = {**profile(field.office, field.eva), "role": "organizer", "pin_hash": "scrypt$1024$8$1$c2FsdA==$ZGln"}
    path = forge(field, tmp_path, {"participants": [eva]}, version=1)  # the format that still had roles
    (result,) = import_bundles(field.office, [path])
    assert result.ok  # her own profile, as the office has it: roles and PIN hashes no longer travel at all
    assert field.eva not in accounts(field.office)
    with zipfile.ZipFile(path, "a") as stick:  # nor can a table of accounts ride along
        stick.writestr("data/accounts.json", b"[]")
    refused(field.office, path, "unexpected entry 'data/accounts.json'")


def test_a_participant_bundle_cannot_set_the_trainers_pin_or_speak_for_her(field, tmp_path):
    rosa = {**profile(field.office, field.trainer_id), "role": "organizer", "pin_hash": "scrypt$1024$8$1$c2FsdA==$ZGln"}
    path = forge(field, tmp_path, {"participants": [rosa]}, subject=field.trainer_id, version=1)
    refused(field.office, path, "speaks for Rosa Díaz, who was neither registered on that laptop nor enrolled",
            "habla por Rosa Díaz")


def test_a_participant_bundle_cannot_merge_the_trainer_into_the_attacker(field, tmp_path):
    alias = {"id": fact_id("alias", field.trainer_id, field.eva), "merged_id": field.trainer_id,
             "participant_id": field.eva, "profile": profile(field.office, field.trainer_id),
             "merged_at": "2026-03-02T10:00:00.000000", "merged_by_id": None,
             "origin_device_id": field.attacker_laptop.device_id()}
    path = forge(field, tmp_path, {"participant_aliases": [alias]})
    refused(field.office, path, "may not decide that two people are one", "no puede decidir que dos personas son una")


def test_a_participant_bundle_cannot_move_a_certificate(field, tmp_path):
    (certificate,) = rows(field.office, "certificates")
    path = forge(field, tmp_path, {"certificates": [{**certificate, "participant_id": field.eva}]})
    refused(field.office, path, "not 'certificates'", "no 'certificates'")


def test_a_participant_bundle_cannot_zero_a_victims_passed_quiz(field, tmp_path):
    zeroed = {**field.bea_attempt, "score": 0.0, "passed": False}
    as_victim = forge(field, tmp_path, {"quiz_attempts": [zeroed]}, subject=field.bea, name="as-victim")
    refused(field.office, as_victim, f"carries quiz_attempts row {zeroed['id']} recorded on another laptop")
    as_herself = forge(field, tmp_path, {"quiz_attempts": [zeroed]}, name="as-herself")
    refused(field.office, as_herself, "speaks only for its own learner, but carries records of another person")


def test_a_participant_bundle_cannot_add_2000_people_or_rename_everyone(field, tmp_path):
    device = field.attacker_laptop.device_id()
    crowd = [{**profile(field.office, field.eva), "id": new_id(), "name": f"Fantasma {i}", "origin_device_id": device}
             for i in range(2000)]
    refused(field.office, forge(field, tmp_path, {"participants": crowd}, name="crowd"), "another person")
    renamed = [{**row, "name": "Renamed", "updated_at": "2030-01-01T00:00:00.000000"} for row in rows(field.office, "participants")]
    refused(field.office, forge(field, tmp_path, {"participants": renamed}, name="renamed"), "another person")
    own = [row for row in renamed if row["id"] == field.eva]
    (result,) = import_bundles(field.office, [forge(field, tmp_path, {"participants": own}, name="own")])
    assert result.ok and result.inspection.profiles_left_out == 1  # a profile the trainer made is not hers to edit
    assert profile(field.office, field.eva)["name"] == "Eva Mala"


def test_passing_attempts_without_answers_count_for_nothing(field, tmp_path, example_course):
    device = field.attacker_laptop.device_id()
    attempt = {"id": new_id(), "participant_id": field.eva, "course_id": "example", "course_version": "1.0.0",
               "module_id": "basics", "quiz_id": "basics-quiz", "mode": "app", "started_at": "2026-03-02T10:00:00.000000",
               "finished_at": "2026-03-02T10:05:00.000000", "score": 100.0, "passed": True, "origin_device_id": device}
    (result,) = import_bundles(field.office, [forge(field, tmp_path, {"quiz_attempts": [attempt]})])
    assert result.ok and result.inspection.rescored == 1
    (stored,) = rows(field.office, "quiz_attempts", participant_id=field.eva)
    assert (stored["score"], stored["passed"]) == (0.0, False)
    assert not course_progress(field.office, field.eva, example_course).modules[0].passed
    wrong = {"id": new_id(), "attempt_id": attempt["id"], "question_id": "who-ships", "response": "bank",
             "score": 1.0, "answered_at": "2026-03-02T10:01:00.000000"}
    second = {**attempt, "id": new_id()}
    (result,) = import_bundles(field.office, [forge(field, tmp_path, {
        "quiz_attempts": [second], "quiz_answers": [{**wrong, "attempt_id": second["id"]}]}, name="wrong")])
    assert result.ok
    (answer,) = rows(field.office, "quiz_answers", attempt_id=second["id"])
    assert answer["score"] == 0.0  # scored here, from the answer and this laptop's course
    paper = {**attempt, "id": new_id(), "mode": "paper"}
    refused(field.office, forge(field, tmp_path, {"quiz_attempts": [paper]}, name="paper"), "paper results")


def test_an_organizer_bundle_from_an_unknown_laptop_brings_nothing(field, tmp_path, monkeypatch):
    (genuine,) = rows(field.office, "certificates")
    office_home, eva_home = os.environ["TRAINER_HOME"], tmp_path / "eva-home"  # her laptop's own folder and keys
    (eva_home / "keys").mkdir(parents=True)
    shutil.copy(key_file(field.attacker_laptop.device_id()), eva_home / "keys")
    monkeypatch.setenv("TRAINER_HOME", str(eva_home))
    key_id, _ = signed_certificate(field.attacker_laptop, field.eva, field.workshop_id, code="TRN-AAAA-BBBB",
                                   name="Eva Mala")
    with field.attacker_laptop.session() as session:
        session.add(Certificate(**{**{k: v for k, v in genuine.items() if k not in ("issued_at", "revoked_at")},
                                   "revoked_reason": "fraude", "revoked_at": utc_now(), "issued_at": utc_now()}))
    path = export_organizer_bundle(field.attacker_laptop, tmp_path / "forged-office.trainer")
    forged = rows(field.attacker_laptop, "certificates", code="TRN-AAAA-BBBB")[0]
    monkeypatch.setenv("TRAINER_HOME", office_home)
    with pytest.raises(UserError, match="not signed by the key that issued it"):
        inspect(field.office, path)  # looking inside already shows the forged revocation
    refused(field.office, path, "accepted only once a trainer here approves that laptop",
            proof=prove(field.office, field.trainer_id, PIN))
    verdict = verify_statement(field.office, f"{forged['statement']}|{forged['signature']}")
    assert verdict.status == "unknown key"  # its key was never trusted, not even offered


def test_even_an_approved_laptop_cannot_forge_a_revocation(field, tmp_path):
    (genuine,) = rows(field.office, "certificates")
    revoked = {**genuine, "revoked_at": "2026-03-09T10:00:00.000000", "revoked_reason": "fraude"}
    helper = forge(field, tmp_path, {"certificates": [revoked]}, kind="organizer", name="unsigned")
    proof = prove(field.office, field.trainer_id, PIN)
    approve_device(field.office, proof, field.attacker_laptop.device_id(), "eva-laptop",
                   public_key_text(device_signing_key(field.attacker_laptop)))  # a trainer approved it by mistake
    refused(field.office, helper, "revocation of certificate TRN-7K3Q-M9XA is not signed by the key that issued it",
            proof=proof)
    signed_badly = {**revoked, "revocation_signature": "A" * 86}
    refused(field.office, forge(field, tmp_path, {"certificates": [signed_badly]}, kind="organizer", name="bad-sig"),
            "is not signed by the key that issued it", proof=proof)
    moved = {**genuine, "participant_id": field.eva}
    refused(field.office, forge(field, tmp_path, {"certificates": [moved]}, kind="organizer", name="moved"),
            "differs from the one issued", proof=proof)


def test_a_bundle_claiming_this_laptops_own_id_is_refused_and_export_still_works(field, tmp_path):
    manifest = {"kind": "participant", "device": {"id": field.office.device_id(), "name": "office"},
                "subject": {"participant_id": field.eva, "name": "x"}}
    path = archive.write_archive(tmp_path / "me.trainer", manifest, {}, device_signing_key(field.attacker_laptop))
    refused(field.office, path, "claims to come from this laptop but is signed with another key")
    assert export_organizer_bundle(field.office, tmp_path / "still-works.trainer").exists()
    proof = prove(field.office, field.trainer_id, PIN)
    (own,) = import_bundles(field.office, [tmp_path / "still-works.trainer"], proof=proof)
    assert own.ok and not own.inspection.report.changes_anything  # its own bundle: nothing new


def test_workshop_bundles_carry_no_pin_hash_or_role(field, tmp_path, example_course):
    path = export_workshop_bundle(field.office, field.workshop_id, example_course, tmp_path / "w.trainer")
    with zipfile.ZipFile(path) as bundle:
        text = b"".join(bundle.read(name) for name in bundle.namelist())
    assert b"scrypt$" not in text and b'"role"' not in text and b"pin_hash" not in text


def test_a_poisoned_file_never_stops_the_rest_of_the_stick(field, tmp_path, example_course):
    deep = b"[" * 200_000 + b"]" * 200_000
    manifest = {"kind": "participant", "device": {"id": field.attacker_laptop.device_id(), "name": "eva-laptop"},
                "subject": {"participant_id": field.eva, "name": "x"}}
    poisoned = archive.write_archive(tmp_path / "a-poison.trainer", manifest, {}, device_signing_key(field.attacker_laptop))
    with zipfile.ZipFile(poisoned) as original:
        entries = {name: original.read(name) for name in original.namelist()}
    manifest_json = json.loads(entries["manifest.json"])
    manifest_json["entries"]["data/quiz_answers.json"] = {"sha256": hashlib.sha256(deep).hexdigest(), "size": len(deep)}
    data = json.dumps(manifest_json).encode()
    key = device_signing_key(field.attacker_laptop)
    with zipfile.ZipFile(poisoned, "w", zipfile.ZIP_DEFLATED) as stick:
        stick.writestr("manifest.json", data)
        stick.writestr("manifest.sig", base64.b64encode(key.sign(data)))
        stick.writestr("data/quiz_answers.json", deep)
    record_attempt(field.attacker_laptop, field.eva, example_course, "basics-quiz", {"who-ships": "shop"})
    good = export_participant_bundle(field.attacker_laptop, field.eva, tmp_path / "b-good.trainer")
    first, second = import_bundles(field.office, [poisoned, good])
    assert not first.ok and "not a JSON list of rows" in first.error.message("en")
    assert second.ok and second.inspection.report.tables["quiz_attempts"].added == 1


def test_a_name_with_terminal_escapes_is_refused_in_any_bundle(field, tmp_path):
    eva = {**profile(field.office, field.eva), "name": "Eva\x1b]0;pwned\x07"}
    refused(field.office, forge(field, tmp_path, {"participants": [eva]}), "control characters",
            "caracteres de control")


def _changed(before: dict[str, list[dict]], after: dict[str, list[dict]]) -> list[tuple[str, dict]]:
    """(table, row) for every row that is new or different after an import."""
    changed = []
    for table, rows_after in after.items():
        old = {row["id"]: row for row in before[table]}
        changed += [(table, row) for row in rows_after if old.get(row["id"]) != row]
    return changed


def _snapshot(db: Database) -> dict[str, list[dict]]:
    from tests.bundles.conftest import snapshot

    return snapshot(db)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_whatever_an_unapproved_laptop_signs_it_changes_only_its_own_learners_records(field, tmp_path_factory, data):
    office, attacker = field.office, field.attacker_laptop.device_id()
    people = [field.eva, field.bea, field.trainer_id, "00000000-0000-4000-8000-00000000000a"]
    subject = data.draw(st.sampled_from(people))
    # mostly rows about the subject, made on the attacker's laptop: the cases that get past the first checks
    person = st.sampled_from([subject] * 16 + people)
    origin = st.sampled_from([attacker] * 10 + [field.office.device_id(), "elsewhere"])
    stamp = st.sampled_from(["2020-01-01T00:00:00.000000", "2026-03-02T10:00:00.000000", "2031-01-01T00:00:00.000000"])
    existing = _snapshot(office)

    def profile_row(draw_id, draw_origin):
        base = profile(office, field.eva)
        return {**base, "id": draw_id, "origin_device_id": draw_origin, "name": data.draw(st.sampled_from(
            ["Eva Mala", "Renamed", "王伟"])), "updated_at": data.draw(stamp)}

    tables: dict[str, list[dict]] = {}
    for _ in range(data.draw(st.integers(0, 3))):
        tables.setdefault("participants", []).append(profile_row(data.draw(person), data.draw(origin)))
    for _ in range(data.draw(st.integers(0, 3))):
        who, lesson = data.draw(person), data.draw(st.sampled_from(["welcome", "online-order"]))
        tables.setdefault("lesson_completions", []).append({
            "id": fact_id("lesson", who, "example", lesson), "participant_id": who, "course_id": "example",
            "lesson_id": lesson, "completed_at": data.draw(stamp), "origin_device_id": data.draw(origin)})
    attempts = []
    for _ in range(data.draw(st.integers(0, 3))):
        if data.draw(st.booleans()):
            attempt = {**field.bea_attempt, "score": 0.0, "passed": False}  # the victim's pass, zeroed
        else:
            attempt = {"id": new_id(), "participant_id": data.draw(person), "course_id": "example",
                       "course_version": "1.0.0", "module_id": "basics", "quiz_id": "basics-quiz",
                       "mode": data.draw(st.sampled_from(["app", "paper"])), "started_at": data.draw(stamp),
                       "finished_at": data.draw(st.sampled_from([None, "2026-03-02T10:05:00.000000"])),
                       "score": 100.0, "passed": True, "origin_device_id": data.draw(origin)}
        attempts.append(attempt)
    if attempts:
        tables["quiz_attempts"] = list({a["id"]: a for a in attempts}.values())
        tables["quiz_answers"] = [{"id": new_id(), "attempt_id": a["id"], "question_id": "who-ships",
                                   "response": data.draw(st.sampled_from(["shop", "bank"])), "score": 1.0,
                                   "answered_at": "2026-03-02T10:01:00.000000"} for a in tables["quiz_attempts"]
                                  if data.draw(st.booleans())]
    foreign = st.lists(st.sampled_from(["certificates", "enrollments", "workshops"]), max_size=2)
    for table in data.draw(st.one_of(st.just([]), st.just([]), foreign)):
        if existing[table]:
            tables[table] = [{**existing[table][0], "participant_id": field.eva} if "participant_id" in existing[table][0]
                             else {**existing[table][0], "title": "Hacked"}]
    folder = tmp_path_factory.mktemp("attack")
    path = forge(field, folder, tables, subject=subject)
    before = _snapshot(office)
    (result,) = import_bundles(office, [path])
    after = _snapshot(office)
    if not result.ok:
        assert after == before  # refused whole
        return
    attempts_here = {row["id"]: row for row in after["quiz_attempts"]}
    own_people = {field.eva, field.bea} | {p["id"] for p in after["participants"] if p["origin_device_id"] == attacker}
    for table, row in _changed(before, after):
        if table == "participants":
            assert row["origin_device_id"] == attacker, row
            continue
        assert table in ("lesson_completions", "quiz_attempts", "quiz_answers"), (table, row)
        owner = attempts_here[row["attempt_id"]] if table == "quiz_answers" else row
        assert owner["participant_id"] in own_people and owner["origin_device_id"] == attacker, (table, row)
        if table == "quiz_attempts" and row["finished_at"] is not None:
            answers = [a for a in after["quiz_answers"] if a["attempt_id"] == row["id"]]
            assert row["passed"] is False or len(answers) == 2, row  # no pass without every answer right


def tombstone(table: str, row_id: str) -> dict:
    from trainer.storage.models import tombstone_id

    return {"id": tombstone_id(table, row_id), "table_name": table, "row_id": row_id,
            "deleted_at": "2026-03-09T10:00:00.000000", "deleted_by_id": None, "origin_device_id": "eva-laptop"}


def test_a_participant_bundle_cannot_delete_anything(field, tmp_path):
    enrolment = fact_id("enrollment", field.workshop_id, field.bea)
    path = forge(field, tmp_path, {"tombstones": [tombstone("enrollments", enrolment)]})
    refused(field.office, path, "may carry only its learners' lesson completions, quiz attempts and answers, "
                                "not 'tombstones'", "no 'tombstones'")
    assert rows(field.office, "enrollments", id=enrolment)


def test_even_an_approved_laptop_deletes_only_rows_its_kind_of_bundle_may_carry(field, tmp_path):
    proof = prove(field.office, field.trainer_id, PIN)
    approve_device(field.office, proof, field.attacker_laptop.device_id(), "eva-laptop",
                   public_key_text(device_signing_key(field.attacker_laptop)))  # a trainer approved it by mistake
    mark = tombstone("attendance", fact_id("attendance", "any-session", field.bea))
    refused(field.office, forge(field, tmp_path, {"tombstones": [mark]}, kind="workshop", name="mark"),
            "a workshop bundle may not delete rows of 'attendance'", proof=proof)
    (certificate,) = rows(field.office, "certificates")
    for table, row_id in (("certificates", certificate["id"]), ("participants", field.bea),
                          ("quiz_attempts", field.bea_attempt["id"])):
        path = forge(field, tmp_path, {"tombstones": [tombstone(table, row_id)]}, kind="organizer", name=table)
        refused(field.office, path, f"may not delete rows of '{table}'", "no puede eliminar filas", proof=proof)
    enrolment = fact_id("enrollment", field.workshop_id, field.bea)
    odd = {**tombstone("enrollments", enrolment), "id": new_id()}  # not the id of that row's tombstone
    refused(field.office, forge(field, tmp_path, {"tombstones": [odd]}, kind="organizer", name="odd"),
            "does not name a row of a table whose deletions travel", proof=proof)
    # A workshop bundle from an approved laptop may take someone off the roster: that is what the kind carries.
    path = forge(field, tmp_path, {"tombstones": [tombstone("enrollments", enrolment)]}, kind="workshop", name="ok")
    (result,) = import_bundles(field.office, [path], proof=proof)
    assert result.ok and not rows(field.office, "enrollments", id=enrolment)


def test_forgetting_a_laptops_key_also_forgets_its_approval(field, tmp_path, laptop):
    """After `forget-device` (a reinstalled laptop), a stranger's key under that id does not inherit the approval."""
    from trainer.bundles.keys import forget_device_key

    helper = laptop("helper", trusted=False)
    proof = prove(field.office, field.trainer_id, PIN)
    approve_device(field.office, proof, helper.device_id(), "helper", public_key_text(device_signing_key(helper)))
    forget_device_key(field.office, helper.device_id())
    impostor = Ed25519PrivateKey.generate()  # claims the helper laptop's id with a key of its own
    manifest = {"kind": "organizer", "device": {"id": helper.device_id(), "name": "helper"},
                "subject": {"workshops": []}}
    path = archive.write_archive(tmp_path / "impostor.trainer", manifest, {"workshops": [
        {**rows(field.office, "workshops")[0], "title": "Taller falso", "updated_at": "2031-01-01T00:00:00.000000"}]},
        impostor)
    refused(field.office, path, "accepted only once a trainer here approves that laptop", proof=proof)
