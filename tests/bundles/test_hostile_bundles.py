"""A bundle from outside is hostile until checked: each bad one is refused with a reason and changes nothing."""

import hashlib
import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from tests.bundles.conftest import snapshot
from trainer.bundles import archive
from trainer.bundles.keys import device_signing_key
from trainer.bundles.service import export_participant_bundle, import_bundles, inspect
from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import record_attempt
from trainer.storage.models import Device


@pytest.fixture
def genuine(laptop, example_course, tmp_path):
    """A participant's laptop, a genuine bundle from it, and an office laptop that already holds other data."""
    station = laptop("station")
    ana = add_participant(station, ProfileInput(name="Ana Núñez", country="GT"))
    record_attempt(station, ana.id, example_course, "basics-quiz", {"who-ships": "shop"})
    office = laptop("office")
    add_participant(office, ProfileInput(name="Already here"))
    return station, export_participant_bundle(station, ana.id, tmp_path / "ana.trainer"), office


def devices(db):
    with db.session() as session:
        return [(d.id, d.public_key) for d in session.scalars(select(Device).order_by(Device.id))]


def refused(office, path, expected_en: str, expected_es: str) -> None:
    """Importing `path` is refused with this reason in both languages and leaves every row as it was."""
    before, known = snapshot(office), devices(office)
    (result,) = import_bundles(office, [path])
    assert not result.ok
    assert expected_en in result.error.message("en"), result.error.message("en")
    assert expected_es in result.error.message("es"), result.error.message("es")
    with pytest.raises(UserError):
        inspect(office, path)
    assert snapshot(office) == before and devices(office) == known


def rewrite(source, target, replace=None, add=None):
    """A copy of a bundle with some entries replaced (bytes) and some added, the rest byte for byte."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info.filename, replace.get(info.filename, original.read(info.filename)))
        for name, data in add.items():
            copy.writestr(name, data)
    return target


def test_the_genuine_bundle_goes_in(genuine):
    _, path, office = genuine
    (result,) = import_bundles(office, [path])
    assert result.ok


def test_an_entry_that_escapes_the_folder(genuine, tmp_path):
    _, path, office = genuine
    evil = rewrite(path, tmp_path / "evil.trainer", add={"../../home/user/.bashrc": b"rm -rf ~"})
    refused(office, evil, "entry '../../home/user/.bashrc' points outside the bundle",
            "la entrada '../../home/user/.bashrc' apunta fuera del paquete")
    absolute = rewrite(path, tmp_path / "absolute.trainer", add={"/etc/cron.d/evil": b"x"})
    refused(office, absolute, "points outside the bundle", "apunta fuera del paquete")


def test_a_file_too_big_for_a_bundle(genuine, tmp_path):
    _, _, office = genuine
    huge = tmp_path / "huge.trainer"
    with huge.open("wb") as stream:
        stream.truncate(archive.MAX_BUNDLE_BYTES + 1)  # sparse: costs no disk
    refused(office, huge, "more than the 64 MiB a bundle may have", "más de los 64 MiB que puede tener un paquete")


def test_a_zip_bomb_is_refused_by_its_unpacked_size(genuine, tmp_path, monkeypatch):
    _, path, office = genuine
    monkeypatch.setattr(archive, "MAX_UNPACKED_BYTES", 2**20)  # the check, at a size a test can afford
    bomb = rewrite(path, tmp_path / "bomb.trainer", add={"data/zeros.json": b"0" * (2 * 2**20)})
    assert bomb.stat().st_size < 100_000
    refused(office, bomb, "unpacks to more than 1 MiB", "se descomprime en más de 1 MiB")


def test_a_truncated_file(genuine, tmp_path):
    _, path, office = genuine
    cut = tmp_path / "cut.trainer"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    refused(office, cut, "damaged or incomplete", "dañado o incompleto")


def test_a_bundle_from_a_newer_format(genuine, tmp_path):
    _, path, office = genuine
    with zipfile.ZipFile(path) as original:
        manifest = json.loads(original.read("manifest.json"))
    manifest["format_version"] = archive.FORMAT_VERSION + 1
    newer = rewrite(path, tmp_path / "newer.trainer", replace={"manifest.json": json.dumps(manifest).encode()})
    refused(office, newer, f"made by a newer Trainer (bundle format {archive.FORMAT_VERSION + 1}; "
                           f"this Trainer reads up to {archive.FORMAT_VERSION})",
            "lo creó un Trainer más nuevo")


def test_a_tampered_row_fails_its_checksum(genuine, tmp_path):
    _, path, office = genuine
    with zipfile.ZipFile(path) as original:
        attempts = json.loads(original.read("data/quiz_attempts.json"))
    attempts[0]["score"], attempts[0]["passed"] = 100.0, True
    tampered = rewrite(path, tmp_path / "tampered.trainer",
                       replace={"data/quiz_attempts.json": json.dumps(attempts).encode()})
    refused(office, tampered, "entry 'data/quiz_attempts.json' does not match its checksum",
            "la entrada 'data/quiz_attempts.json' no coincide con su suma de verificación")


def test_a_tampered_manifest_fails_the_signature(genuine, tmp_path):
    _, path, office = genuine
    with zipfile.ZipFile(path) as original:
        manifest = json.loads(original.read("manifest.json"))
        attempts = json.loads(original.read("data/quiz_attempts.json"))
    attempts[0]["score"] = 100.0
    data = json.dumps(attempts).encode()
    manifest["entries"]["data/quiz_attempts.json"].update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    forged = rewrite(path, tmp_path / "forged.trainer", replace={
        "manifest.json": json.dumps(manifest).encode(), "data/quiz_attempts.json": data})
    refused(office, forged, "the signature does not match the contents", "la firma no coincide con el contenido")


def forge(path, target, device_id: str, key: Ed25519PrivateKey):
    """The same rows, re-signed by another key while still claiming `device_id`."""
    bundle = archive.read_archive(path)
    manifest = {k: v for k, v in bundle.manifest.items() if k not in ("entries", "format", "format_version")}
    manifest["device"] = {"id": device_id, "name": "station"}
    return archive.write_archive(target, manifest, bundle.encoded, key)


def test_a_known_device_signing_with_another_key(genuine, tmp_path):
    station, path, office = genuine
    assert import_bundles(office, [path])[0].ok  # the office now knows the station's key
    impostor = forge(path, tmp_path / "impostor.trainer", station.device_id(), Ed25519PrivateKey.generate())
    refused(office, impostor, "signed with a different key from the one recorded for that laptop",
            "firmado con una clave distinta de la registrada para esa laptop")


def test_a_bundle_claiming_to_be_this_very_laptop(genuine, tmp_path):
    station, path, _ = genuine
    impostor = forge(path, tmp_path / "me.trainer", station.device_id(), Ed25519PrivateKey.generate())
    refused(station, impostor, "claims to come from this laptop but is signed with another key",
            "dice venir de esta laptop pero está firmado con otra clave")


def test_a_row_with_a_bad_value_names_the_row_and_column(genuine, tmp_path, laptop):
    station, path, office = genuine
    bundle = archive.read_archive(path)
    tables = dict(bundle.encoded)
    tables["quiz_attempts"] = [{**tables["quiz_attempts"][0], "started_at": "yesterday"}]
    manifest = {k: v for k, v in bundle.manifest.items() if k not in ("entries", "format", "format_version")}
    bad = archive.write_archive(tmp_path / "bad.trainer", manifest, tables, device_signing_key(station))
    refused(office, bad, "data/quiz_attempts.json, row 1, column 'started_at': 'yesterday' is not a time",
            "fila 1, columna 'started_at': 'yesterday' no es una hora")


def test_a_file_that_is_not_a_bundle(genuine, tmp_path):
    _, _, office = genuine
    other = tmp_path / "photos.trainer"
    with zipfile.ZipFile(other, "w") as photos:
        photos.writestr("IMG_0001.jpg", b"\xff\xd8")
    refused(office, other, "not a Trainer bundle (it has no manifest.json)", "no es un paquete de Trainer")


def test_a_kept_version_that_is_not_one(genuine, tmp_path):
    station, _, office = genuine
    fake = {"id": "x", "table_name": "quiz_attempts", "row_id": "x", "version": {"id": "x"}, "resolved_at": None,
            "resolved_by_id": None, "origin_device_id": station.device_id()}
    bad = archive.write_archive(tmp_path / "bad.trainer", {"kind": "organizer", "device": {
        "id": station.device_id(), "name": "station"}}, {"merge_conflicts": [fake]}, device_signing_key(station))
    refused(office, bad, "kept version x is not a version of a row", "la versión guardada x no es una versión")
