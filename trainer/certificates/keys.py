"""The organization's Ed25519 signing key and the public keys this laptop trusts.

Everything lives in `data_dir()/keys/`:
- `organization-key.pem`: the private key (PKCS#8 PEM), made on first use, file mode 0600.
  When the environment variable TRAINER_KEY_PASSPHRASE is set, the key is
  encrypted with that passphrase (and a key made earlier without one is
  encrypted the first time it is used with the variable set); from then on
  signing needs the same passphrase. Forgetting it means making a new key.
- `organization-key.pub`: its public key, in the same form `export_public_key` writes.
- `trusted/<KEY-ID>.pub`: public keys imported from other laptops, so that
  their certificates verify here too.

A key id is a short fingerprint of the public key: 8 characters of the
certificate-code alphabet taken from SHA-256 of its 32 raw bytes.
"""

import hashlib
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer.certificates.codes import ALPHABET, LENGTH
from trainer.errors import UserError
from trainer.files import atomic_write
from trainer.paths import data_dir

PASSPHRASE_VARIABLE = "TRAINER_KEY_PASSPHRASE"
MAX_KEY_FILE_BYTES = 16_384
HEADER = "Trainer certificate key"

MESSAGES = {
    "key-locked": {
        "en": "the organization's key {path} is protected by a passphrase; set TRAINER_KEY_PASSPHRASE and try again",
        "es": "la clave de la organización {path} está protegida con una frase de contraseña; "
              "defina TRAINER_KEY_PASSPHRASE y vuelva a intentarlo",
    },
    "bad-passphrase": {
        "en": "TRAINER_KEY_PASSPHRASE does not open the organization's key {path}; check the passphrase",
        "es": "TRAINER_KEY_PASSPHRASE no abre la clave de la organización {path}; revise la frase de contraseña",
    },
    "damaged-key": {
        "en": "the organization's key {path} is damaged ({detail}); restore it from a backup",
        "es": "la clave de la organización {path} está dañada ({detail}); restáurela desde una copia de seguridad",
    },
    "unreadable-file": {"en": "cannot read {path}: {detail}", "es": "no se puede leer {path}: {detail}"},
    "not-a-key": {
        "en": "{path} is not a Trainer public key: expected an Ed25519 public key in PEM form, "
              "as written by 'trainer keys export'",
        "es": "{path} no es una clave pública de Trainer: se esperaba una clave pública Ed25519 en formato PEM, "
              "como la que escribe 'trainer keys export'",
    },
}


@dataclass(frozen=True)
class PublicKey:
    key_id: str
    key: Ed25519PublicKey
    organization: str
    own: bool


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    number = int.from_bytes(hashlib.sha256(raw).digest()[:8], "big")
    letters = []
    for _ in range(LENGTH):
        number, index = divmod(number, len(ALPHABET))
        letters.append(ALPHABET[index])
    return "".join(letters)


def keys_dir() -> Path:
    path = data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _private_path() -> Path:
    return keys_dir() / "organization-key.pem"


def _own_public_path() -> Path:
    return keys_dir() / "organization-key.pub"


def _trusted_dir() -> Path:
    path = keys_dir() / "trusted"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _public_file(public_key: Ed25519PublicKey, organization: str) -> bytes:
    pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    label = " ".join(organization.split())[:200]
    return f"{HEADER}\nKey id: {key_id(public_key)}\nOrganization: {label}\n".encode() + pem


def _private_file(private_key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    encryption = (serialization.BestAvailableEncryption(passphrase.encode()) if passphrase
                  else serialization.NoEncryption())
    return private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def _configured_passphrase(passphrase: str | None) -> str | None:
    return passphrase if passphrase is not None else (os.environ.get(PASSPHRASE_VARIABLE) or None)


def _create_private_key(path: Path, passphrase: str | None) -> None:
    """Write a new key unless another process got there first: linking the staged file refuses to overwrite."""
    staged = atomic_write(path.with_name(f".new-{uuid.uuid4().hex}.pem"),
                          _private_file(Ed25519PrivateKey.generate(), passphrase))
    try:
        os.link(staged, path)
    except FileExistsError:
        pass
    finally:
        staged.unlink()


def _load_private_key(path: Path, passphrase: str | None) -> Ed25519PrivateKey:
    data = path.read_bytes()
    encrypted = b"ENCRYPTED" in data.split(b"\n", 1)[0]
    if encrypted and not passphrase:
        raise UserError(MESSAGES, "key-locked", path=path)
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode() if encrypted else None)
    except ValueError as error:
        if encrypted:
            raise UserError(MESSAGES, "bad-passphrase", path=path) from error
        raise UserError(MESSAGES, "damaged-key", path=path, detail=error) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(MESSAGES, "damaged-key", path=path, detail="not Ed25519")
    if passphrase and not encrypted:
        atomic_write(path, _private_file(key, passphrase))
    return key


def signing_key(organization: str, passphrase: str | None = None) -> tuple[str, Ed25519PrivateKey]:
    """This organization's key id and private key, making the key pair on first use."""
    passphrase = _configured_passphrase(passphrase)
    path = _private_path()
    if not path.exists():
        _create_private_key(path, passphrase)
    key = _load_private_key(path, passphrase)
    if not _own_public_path().exists():
        atomic_write(_own_public_path(), _public_file(key.public_key(), organization))
    return key_id(key.public_key()), key


def _read_public_file(path: Path) -> tuple[Ed25519PublicKey, str]:
    """The key and organization label of a public key file, or a UserError naming the file."""
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise UserError(MESSAGES, "not-a-key", path=path)
        data = path.read_bytes()
    except OSError as error:
        raise UserError(MESSAGES, "unreadable-file", path=path, detail=error.strerror or error) from error
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError as error:
        raise UserError(MESSAGES, "not-a-key", path=path) from error
    if not isinstance(key, Ed25519PublicKey):
        raise UserError(MESSAGES, "not-a-key", path=path)
    label = re.search(rb"^Organization: *(.*)$", data, re.MULTILINE)
    return key, label.group(1).decode("utf-8", "replace").strip()[:200] if label else ""


def known_keys() -> dict[str, PublicKey]:
    """Every public key this laptop verifies with: its own (if it has one) and the imported ones, by key id."""
    found = {}
    for path in sorted(_trusted_dir().glob("*.pub")):
        key, organization = _read_public_file(path)
        found[key_id(key)] = PublicKey(key_id(key), key, organization, own=False)
    if _own_public_path().exists():
        key, organization = _read_public_file(_own_public_path())
        found[key_id(key)] = PublicKey(key_id(key), key, organization, own=True)
    return found


def export_public_key(path: Path, organization: str) -> str:
    """Write this organization's public key to `path` (making the key pair if needed); returns its key id."""
    if not _own_public_path().exists():
        signing_key(organization)
    key, _ = _read_public_file(_own_public_path())
    atomic_write(Path(path), _public_file(key, organization))
    return key_id(key)


def import_public_key(path: Path) -> tuple[PublicKey, bool]:
    """Trust the public key in `path` from now on; returns it and whether it was new to this laptop."""
    key, organization = _read_public_file(Path(path))
    known = known_keys().get(key_id(key))
    if known is not None:
        return known, False
    atomic_write(_trusted_dir() / f"{key_id(key)}.pub", _public_file(key, organization))
    return PublicKey(key_id(key), key, organization, own=False), True
