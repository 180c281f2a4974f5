"""The `.trainer` file: written signed and atomically; read back only after every check has passed.

Layout (docs/bundles.md): `manifest.json` (kind, origin device and its public
key, and the size, row count and SHA-256 of every other entry), `manifest.sig`
(the device's Ed25519 signature of the manifest's exact bytes, base64), one
`data/<table>.json` array of rows per table and, in organizer bundles,
`keys/<KEY-ID>.pub` public key files of the organization that issued the
certificates. Nothing is ever extracted to disk: entries are read into memory
by name, within the size limits below.
"""

import base64
import binascii
import hashlib
import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer import __version__
from trainer.bundles.keys import public_key_text, signature_is_valid
from trainer.bundles.rows import TABLES, TIME_FORMAT, canonical_json, decode_row, encode_row
from trainer.errors import UserError
from trainer.files import atomic_write, file_stem
from trainer.i18n import pick
from trainer.storage.models import new_id, utc_now

FORMAT = "trainer-bundle"
FORMAT_VERSION = 3  # 2: profiles carry no role or PIN hash (local secrets); certificates carry a signed revocation
# 3: tombstones (data/tombstones.json): deletions travel. A version 2 bundle has none and reads as it is.
SUFFIX = ".trainer"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_BUNDLE_BYTES = 64 * 2**20  # the file on the stick
MAX_UNPACKED_BYTES = 256 * 2**20  # all entries together, uncompressed (zip bombs)
MAX_ENTRIES = 64
MAX_MANIFEST_BYTES = 2**20
MAX_KEY_FILE_BYTES = 16_384
KEY_ENTRY = re.compile(r"^keys/[A-Z0-9]{1,64}\.pub$")

# The kinds of bundle. Which tables each may carry, and from whom, is a trust rule (trainer.trust.KIND_TABLES):
# the format reads any travelling table, so that a bundle breaking the rule is refused in words that name it.
KINDS = ("participant", "workshop", "organizer")
# What each kind is called, and the first word of its default file name, in each language. Files are found by
# their suffix, never by that word, so a stick with "progress-…" and "progreso-…" files imports them all.
KIND_NAMES = {
    "participant": {"en": "participant", "es": "participante"},
    "workshop": {"en": "workshop", "es": "taller"},
    "organizer": {"en": "organizer", "es": "organizador"},
}
FILE_WORDS = {
    "participant": {"en": "progress", "es": "progreso"},
    "workshop": {"en": "workshop", "es": "taller"},
    "organizer": {"en": "organizer", "es": "organizador"},
}


def file_name_stem(kind: str, name: str, lang: str) -> str:
    """'progreso-jose-nunez': a readable, portable file name for a bundle of `kind` about `name`, in `lang`."""
    word = pick(FILE_WORDS[kind], lang)
    return f"{word}-{file_stem(name.lower(), word, 40)}"

MESSAGES = {
    "missing": {"en": "{path}: no such file", "es": "{path}: el archivo no existe"},
    "too-big": {
        "en": "{path}: {size} MiB is more than the {limit} MiB a bundle may have; export fewer workshops per bundle",
        "es": "{path}: {size} MiB es más de los {limit} MiB que puede tener un paquete; exporte menos talleres por paquete",
    },
    "damaged": {
        "en": "{path}: the file is damaged or incomplete (was the USB stick removed before the copy finished?)",
        "es": "{path}: el archivo está dañado o incompleto (¿se retiró la memoria USB antes de terminar la copia?)",
    },
    "unsafe-entry": {
        "en": "{path}: entry '{entry}' points outside the bundle; the file is not a genuine Trainer bundle",
        "es": "{path}: la entrada '{entry}' apunta fuera del paquete; el archivo no es un paquete genuino de Trainer",
    },
    "unexpected-entry": {
        "en": "{path}: unexpected entry '{entry}'; the file is not a genuine Trainer bundle",
        "es": "{path}: entrada inesperada '{entry}'; el archivo no es un paquete genuino de Trainer",
    },
    "too-many-entries": {
        "en": "{path}: {count} entries, more than the {limit} a bundle has",
        "es": "{path}: {count} entradas, más de las {limit} que tiene un paquete",
    },
    "unpacks-too-big": {
        "en": "{path}: unpacks to more than {limit} MiB (entry '{entry}'); refused as a possible zip bomb",
        "es": "{path}: se descomprime en más de {limit} MiB (entrada '{entry}'); se rechaza como posible bomba zip",
    },
    "not-bundle": {
        "en": "{path}: not a Trainer bundle ({detail})",
        "es": "{path}: no es un paquete de Trainer ({detail})",
    },
    "newer-format": {
        "en": "{path}: made by a newer Trainer (bundle format {version}; this Trainer reads up to {supported}); "
              "update Trainer on this laptop and import again",
        "es": "{path}: lo creó un Trainer más nuevo (formato de paquete {version}; este Trainer lee hasta {supported}); "
              "actualice Trainer en esta laptop e importe de nuevo",
    },
    "bad-signature": {
        "en": "{path}: the signature does not match the contents; the bundle was altered after it was made. "
              "Nothing was imported",
        "es": "{path}: la firma no coincide con el contenido; el paquete se modificó después de crearse. "
              "No se importó nada",
    },
    "bad-checksum": {
        "en": "{path}: entry '{entry}' does not match its checksum; the bundle was altered or damaged. Nothing was imported",
        "es": "{path}: la entrada '{entry}' no coincide con su suma de verificación; el paquete se modificó o dañó. "
              "No se importó nada",
    },
}

NOT_BUNDLE_DETAIL = {
    "no-manifest": {"en": "it has no manifest.json", "es": "no tiene manifest.json"},
    "no-signature": {"en": "it has no manifest.sig", "es": "no tiene manifest.sig"},
    "manifest": {"en": "its manifest is not valid: {field}", "es": "su manifiesto no es válido: {field}"},
    "rows": {"en": "entry '{entry}' is not a JSON list of rows", "es": "la entrada '{entry}' no es una lista JSON de filas"},
    "key": {"en": "entry '{entry}' is not an Ed25519 public key", "es": "la entrada '{entry}' no es una clave pública Ed25519"},
}


class NotABundle(UserError):
    """'Not a Trainer bundle', with the reason in the user's language."""

    def __init__(self, path: Path, detail: str, **params):
        self.detail, self.detail_params = detail, params
        super().__init__(MESSAGES, "not-bundle", path=path, detail=detail)

    def message(self, lang: str = "en") -> str:
        texts = NOT_BUNDLE_DETAIL[self.detail]
        detail = texts.get(lang, texts["en"]).format(**self.detail_params)
        catalog = self.catalog[self.code]
        return catalog.get(lang, catalog["en"]).format(path=self.params["path"], detail=detail)


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check: its manifest, its rows (canonical JSON form and database values), its key files."""

    path: Path
    manifest: dict
    encoded: dict[str, list[dict]]
    rows: dict[str, list[dict]]
    key_files: dict[str, bytes]  # key id -> public key file of the organization that issued its certificates

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def device(self) -> dict:
        return self.manifest["device"]

    @property
    def created_at(self) -> datetime:
        return datetime.strptime(self.manifest["created_at"], TIME_FORMAT)


def write_archive(path: Path, manifest: dict, tables: dict[str, list[dict]], key: Ed25519PrivateKey,
                  key_files: dict[str, bytes] | None = None) -> Path:
    """Write the signed bundle atomically: a pulled stick leaves the old file or none, never half of one."""
    entries = {f"data/{name}.json": canonical_json(rows) for name, rows in tables.items()}
    entries.update({f"keys/{key_id}.pub": data for key_id, data in (key_files or {}).items()})
    manifest = {
        **manifest, "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "bundle_id": new_id(), "created_at": utc_now().strftime(TIME_FORMAT),
        "device": {**manifest["device"], "public_key": public_key_text(key)},
        "entries": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                    for name, data in entries.items()},
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode()

    def write(stream) -> None:
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(SIGNATURE, base64.b64encode(key.sign(manifest_bytes)))
            for name, data in entries.items():
                archive.writestr(name, data)

    return atomic_write(path, write)


def peek_kind(path: Path) -> str | None:
    """The kind a bundle's manifest claims, unchecked (None if it cannot tell): only to choose an import order."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST_BYTES:
                return None
            kind = json.loads(archive.read(info)).get("kind")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, AttributeError, RecursionError, EOFError, zlib.error):
        return None
    return kind if kind in KINDS else None


def _is_safe(name: str) -> bool:
    pure = PurePosixPath(name)
    return bool(name) and "\\" not in name and ":" not in name and not pure.is_absolute() and ".." not in pure.parts


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """At most `limit` + 1 bytes, whatever the entry's header claims: a longer result means too long."""
    with archive.open(info) as stream:
        return stream.read(limit + 1)


def _manifest(path: Path, data: bytes) -> dict:
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise NotABundle(path, "manifest", field="JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotABundle(path, "manifest", field="format")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise NotABundle(path, "manifest", field="format_version")
    if version > FORMAT_VERSION:
        raise UserError(MESSAGES, "newer-format", path=path, version=version, supported=FORMAT_VERSION)
    device = manifest.get("device")
    if not isinstance(device, dict) or not all(isinstance(device.get(k), str) for k in ("id", "name", "public_key")) \
            or not 0 < len(device["id"]) <= 36 or len(device["public_key"]) > 64:
        raise NotABundle(path, "manifest", field="device")
    if manifest.get("kind") not in KINDS:
        raise NotABundle(path, "manifest", field="kind")
    try:
        datetime.strptime(manifest.get("created_at"), TIME_FORMAT)
    except (TypeError, ValueError):
        raise NotABundle(path, "manifest", field="created_at") from None
    subject = manifest.get("subject", {})
    if not isinstance(subject, dict) or (
            manifest.get("kind") == "participant" and not isinstance(subject.get("participant_id"), str)):
        raise NotABundle(path, "manifest", field="subject")
    course = manifest.get("course")
    if course is not None and not (isinstance(course, dict) and all(isinstance(course.get(k), str) for k in ("id", "version"))):
        raise NotABundle(path, "manifest", field="course")
    entries = manifest.get("entries")
    allowed = {f"data/{table}.json" for table in TABLES}
    if version < 3:  # tombstones came with version 3
        allowed.discard("data/tombstones.json")
    if not isinstance(entries, dict) or not all(
            name in allowed or (manifest["kind"] == "organizer" and KEY_ENTRY.match(name)) for name in entries):
        raise NotABundle(path, "manifest", field="entries")
    for entry in entries.values():
        if not (isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and isinstance(entry.get("size"), int)
                and 0 <= entry["size"] <= MAX_UNPACKED_BYTES):
            raise NotABundle(path, "manifest", field="entries")
    return manifest


def read_archive(path: Path) -> Bundle:
    """Open, check and decode a bundle; any failure is a UserError saying why, before anything is merged."""
    path = Path(path)
    if not path.is_file():
        raise UserError(MESSAGES, "missing", path=path)
    size = path.stat().st_size
    if size > MAX_BUNDLE_BYTES:
        raise UserError(MESSAGES, "too-big", path=path, size=round(size / 2**20, 1), limit=MAX_BUNDLE_BYTES // 2**20)
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_checked(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, OSError, NotImplementedError):
        raise UserError(MESSAGES, "damaged", path=path) from None


def _read_checked(path: Path, archive: zipfile.ZipFile) -> Bundle:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UserError(MESSAGES, "too-many-entries", path=path, count=len(infos), limit=MAX_ENTRIES)
    names = {}
    unpacked = 0
    for info in infos:
        if not _is_safe(info.filename):
            raise UserError(MESSAGES, "unsafe-entry", path=path, entry=info.filename)
        if info.filename in names:
            raise UserError(MESSAGES, "unexpected-entry", path=path, entry=info.filename)
        names[info.filename] = info
        unpacked += info.file_size
        if unpacked > MAX_UNPACKED_BYTES:
            raise UserError(MESSAGES, "unpacks-too-big", path=path, limit=MAX_UNPACKED_BYTES // 2**20,
                            entry=info.filename)
    if MANIFEST not in names:
        raise NotABundle(path, "no-manifest")
    if SIGNATURE not in names:
        raise NotABundle(path, "no-signature")
    manifest_bytes = _read(archive, names[MANIFEST], MAX_MANIFEST_BYTES)
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise NotABundle(path, "manifest", field="size")
    manifest = _manifest(path, manifest_bytes)
    for name in names:
        if name not in (MANIFEST, SIGNATURE) and name not in manifest["entries"]:
            raise UserError(MESSAGES, "unexpected-entry", path=path, entry=name)
    try:
        signature = base64.b64decode(_read(archive, names[SIGNATURE], 1024), validate=True)
    except binascii.Error:
        signature = b""
    if not signature_is_valid(manifest["device"]["public_key"], manifest_bytes, signature):
        raise UserError(MESSAGES, "bad-signature", path=path)
    encoded, rows, key_files = {}, {}, {}
    for name, expected in sorted(manifest["entries"].items()):
        if name not in names:
            raise UserError(MESSAGES, "bad-checksum", path=path, entry=name)
        data = _read(archive, names[name], expected["size"])
        if len(data) != expected["size"] or hashlib.sha256(data).hexdigest() != expected["sha256"]:
            raise UserError(MESSAGES, "bad-checksum", path=path, entry=name)
        if KEY_ENTRY.match(name):
            key_files[name[len("keys/"):-len(".pub")]] = _public_key_file(path, name, data)
            continue
        table_name = name[len("data/"):-len(".json")]
        try:
            table_rows = json.loads(data, parse_constant=_no_constants)
        except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python parses
            table_rows = None
        if not isinstance(table_rows, list):
            raise NotABundle(path, "rows", entry=name)
        if manifest["format_version"] == 1:
            table_rows = [_from_version_1(table_name, row) for row in table_rows]
        table = TABLES[table_name]
        rows[table_name] = [decode_row(table, row, f"{path.name}, {name}", index)
                            for index, row in enumerate(table_rows, start=1)]
        encoded[table_name] = [encode_row(table, row) for row in rows[table_name]]  # canonical: 80 and 80.0 alike
    return Bundle(path, manifest, encoded, rows, key_files)


LOCAL_PROFILE_COLUMNS = ("role", "pin_hash")  # in version 1 profiles; now local to each laptop (trainer.trust)


def _from_version_1(table_name: str, row):
    """A version 1 row in the current shape: profiles lose role and PIN hash, certificates gain a revocation signature.

    The role and PIN a version 1 bundle carried are ignored: on every laptop they are granted there.
    """
    if not isinstance(row, dict):
        return row
    if table_name == "participants":
        return {k: v for k, v in row.items() if k not in LOCAL_PROFILE_COLUMNS}
    if table_name == "participant_aliases" and isinstance(row.get("profile"), dict):
        return {**row, "profile": _from_version_1("participants", row["profile"])}
    if table_name == "merge_conflicts" and isinstance(row.get("version"), dict):
        return {**row, "version": _from_version_1(row.get("table_name"), row["version"])}
    if table_name == "certificates":
        return {"revocation_signature": None, **row}
    return row


def _public_key_file(path: Path, name: str, data: bytes) -> bytes:
    try:
        key = serialization.load_pem_public_key(data) if len(data) <= MAX_KEY_FILE_BYTES else None
    except ValueError:
        key = None
    if not isinstance(key, Ed25519PublicKey):
        raise NotABundle(path, "key", entry=name)
    return data


def _no_constants(name: str):
    raise ValueError(name)
