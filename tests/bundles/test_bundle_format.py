"""The documented bundle format (docs/bundles.md) stays what old and new laptops expect."""

import json
import zipfile
from datetime import date, datetime

from trainer.bundles.archive import FORMAT_VERSION, read_archive, write_archive
from trainer.bundles.rows import TABLES, decode_row, encode_row

# The columns of format version 3, as docs/bundles.md lists them. A migration that changes a table that
# travels must raise FORMAT_VERSION and teach trainer/bundles/archive.py to read older bundles.
FORMAT_3 = {
    "participants": "id origin_device_id name organization sector country sex email language created_at updated_at",
    "participant_aliases": "id merged_id participant_id profile merged_at merged_by_id origin_device_id",
    "workshops": "id origin_device_id title place country course_id module_ids starts_on ends_on attendance_threshold "
                 "trainer_id created_at updated_at",
    "workshop_sessions": "id workshop_id origin_device_id date start_time hours title updated_at",
    "enrollments": "id workshop_id participant_id enrolled_at origin_device_id",
    "lesson_completions": "id participant_id course_id lesson_id completed_at origin_device_id",
    "quiz_attempts": "id participant_id course_id course_version module_id quiz_id mode started_at finished_at score "
                     "passed origin_device_id",
    "quiz_answers": "id attempt_id question_id response score answered_at",
    "attendance": "id session_id participant_id status marked_by_id marked_at origin_device_id",
    "attendance_changes": "id attendance_id session_id participant_id status changed_by_id changed_at origin_device_id",
    "certificates": "id code participant_id workshop_id course_id kind statement signature key_id issued_at issued_by_id "
                    "revoked_at revoked_reason revocation_signature origin_device_id",
    "merge_conflicts": "id table_name row_id version resolved_at resolved_by_id origin_device_id",
    "tombstones": "id table_name row_id deleted_at deleted_by_id origin_device_id",  # new in version 3
}


def test_the_tables_that_travel_still_have_the_columns_of_this_format_version():
    assert FORMAT_VERSION == 3
    assert {name: " ".join(c.name for c in table.columns) for name, table in TABLES.items()} == FORMAT_3


def test_a_version_1_bundle_still_reads_but_its_roles_and_pin_hashes_are_dropped(tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from trainer.bundles import archive

    profile = {"id": "p1", "origin_device_id": "d1", "name": "Rosa", "organization": "", "sector": "other",
               "country": "GT", "sex": None, "email": None, "language": "es", "role": "organizer",
               "pin_hash": "scrypt$16384$8$1$c2FsdA==$ZGlnZXN0", "created_at": "2026-03-01T09:30:00.000000",
               "updated_at": "2026-03-01T09:30:00.000000"}
    monkeypatch.setattr(archive, "FORMAT_VERSION", 1)
    path = write_archive(tmp_path / "old.trainer", {"kind": "workshop", "device": {"id": "d1", "name": "Aula 3"}},
                         {"participants": [profile]}, Ed25519PrivateKey.generate())
    monkeypatch.undo()
    (row,) = read_archive(path).encoded["participants"]
    assert "role" not in row and "pin_hash" not in row and row["name"] == "Rosa"


def test_a_version_2_bundle_still_reads_it_simply_has_no_tombstones(tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from trainer.bundles import archive
    from trainer.errors import UserError

    session = {"id": "s1", "workshop_id": "w1", "origin_device_id": "d1", "date": "2026-03-02", "start_time": "09:00",
               "hours": 4.0, "title": "", "updated_at": "2026-03-01T09:30:00.000000"}
    stone = {"id": "t1", "table_name": "workshop_sessions", "row_id": "s1", "deleted_at": "2026-03-01T09:30:00.000000",
             "deleted_by_id": None, "origin_device_id": "d1"}
    monkeypatch.setattr(archive, "FORMAT_VERSION", 2)
    old = write_archive(tmp_path / "old.trainer", {"kind": "organizer", "device": {"id": "d1", "name": "Aula 3"}},
                        {"workshop_sessions": [session]}, Ed25519PrivateKey.generate())
    odd = write_archive(tmp_path / "odd.trainer", {"kind": "organizer", "device": {"id": "d1", "name": "Aula 3"}},
                        {"tombstones": [stone]}, Ed25519PrivateKey.generate())
    monkeypatch.undo()
    bundle = read_archive(old)
    assert bundle.manifest["format_version"] == 2 and bundle.encoded == {"workshop_sessions": [session]}
    try:  # tombstones came with version 3: a version 2 bundle that claims some is not a bundle this Trainer made
        read_archive(odd)
    except UserError:
        pass
    else:
        raise AssertionError("a version 2 bundle with tombstones was read")


def test_values_of_every_kind_survive_the_trip_exactly():
    table = TABLES["workshops"]
    row = {"id": "w1", "origin_device_id": "d1", "title": "Taller «Antigua» ñ", "place": "", "country": "GT",
           "course_id": "example", "module_ids": ["basics", "practice"], "starts_on": date(2026, 3, 2), "ends_on": None,
           "attendance_threshold": 80, "trainer_id": None, "created_at": datetime(2026, 3, 1, 9, 30),
           "updated_at": datetime(2026, 3, 1, 9, 30, 0, 123456)}
    encoded = encode_row(table, row)
    assert encoded["created_at"] == "2026-03-01T09:30:00.000000" and encoded["starts_on"] == "2026-03-02"
    assert decode_row(table, json.loads(json.dumps(encoded)), "test", 1) == row


def test_the_manifest_lists_and_checksums_every_entry(tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = write_archive(tmp_path / "b.trainer", {"kind": "participant", "device": {"id": "d1", "name": "Aula 3"},
                                                  "subject": {"participant_id": "p1", "name": "Ana"}},
                         {"participants": []}, Ed25519PrivateKey.generate())
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["data/participants.json", "manifest.json", "manifest.sig"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "trainer-bundle" and manifest["format_version"] == FORMAT_VERSION
    assert set(manifest["entries"]["data/participants.json"]) == {"sha256", "size"}
    assert read_archive(path).rows == {"participants": []}
