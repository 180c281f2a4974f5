"""The organization's Ed25519 signing key, the public keys this laptop trusts, and the ones bundles offer.

Everything lives in `data_dir()/keys/`:
- `organization-key.pem`: the private key, always encrypted (AES-256-GCM under scrypt, see
  `_private_file`) with a passphrase of at least 8 characters that is never stored: signing asks for
  it (argument or TRAINER_KEY_PASSPHRASE). A copied key folder is useless without it; forgetting it
  means making a new key. A key written unencrypted by an older version is encrypted the first time
  it is opened with a passphrase.
- `organization-key.pub`: its public key, in the same form `export_public_key` writes.
- `trusted/<KEY-ID>.pub`: other organizations' public keys a person chose to trust (imported from a
  file, or approved after a bundle offered them), so that their certificates verify here too.
- `offered/<KEY-ID>.pub`: keys that arrived in a bundle. Anyone can make a key and put any name in
  it, so an offered key verifies nothing until a trainer compares its fingerprint with the
  organization (in person or by phone) and approves it.

A key id is a short name for the public key: 8 characters of the certificate-code alphabet taken
from SHA-256 of its 32 raw bytes. Its fingerprint (16 digits, `key_fingerprint`) is what people
read aloud to compare.
"""

import base64
import binascii
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trainer.certificates.codes import ALPHABET, LENGTH
from trainer.errors import UserError
from trainer.files import atomic_write, write_once
from trainer.paths import data_dir

PASSPHRASE_VARIABLE = "TRAINER_KEY_PASSPHRASE"
KEY_SCRYPT_N = 2**17
WRAPPED_BEGIN, WRAPPED_END = "-----BEGIN TRAINER ENCRYPTED PRIVATE KEY-----", "-----END TRAINER ENCRYPTED PRIVATE KEY-----"
MIN_PASSPHRASE_LENGTH = 8
MAX_KEY_FILE_BYTES = 16_384
MAX_LABEL_LENGTH = 200
HEADER = "Trainer certificate key"
KEY_ID_PATTERN = re.compile(rf"^[{ALPHABET}]{{{LENGTH}}}$")

MESSAGES = {
    "key-locked": {
        "en": "signing certificates needs the passphrase of the organization's key ({path}); type it when asked, "
              "or set TRAINER_KEY_PASSPHRASE",
        "es": "para firmar certificados se necesita la frase de contraseña de la clave de la organización ({path}); "
              "escríbala cuando se le pida o defina TRAINER_KEY_PASSPHRASE",
    },
    "bad-passphrase": {
        "en": "that passphrase does not open the organization's key {path}; check it (capitals and spaces count)",
        "es": "esa frase de contraseña no abre la clave de la organización {path}; revísela (cuentan las mayúsculas "
              "y los espacios)",
    },
    "short-passphrase": {
        "en": "the passphrase of the organization's key needs at least {minimum} characters (it has {length}); "
              "a few words you will remember work well",
        "es": "la frase de contraseña de la clave de la organización necesita al menos {minimum} caracteres (tiene "
              "{length}); unas cuantas palabras que usted recuerde funcionan bien",
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
    "offered-not-a-key": {
        "en": "{offered_by} offered a file that is not a Trainer public key; it was left out",
        "es": "{offered_by} ofreció un archivo que no es una clave pública de Trainer; no se tomó en cuenta",
    },
    "not-offered": {
        "en": "no key {key_id} was offered to this laptop; see the offered keys with: trainer keys offered",
        "es": "no se ofreció ninguna clave {key_id} a esta computadora; vea las claves ofrecidas con: "
              "trainer keys offered",
    },
    "no-own-key": {
        "en": "this laptop has no organization key yet: it is made, encrypted, when the organization is set up",
        "es": "esta computadora aún no tiene clave de la organización: se crea, cifrada, al configurar la organización",
    },
    "unknown-key-id": {
        "en": "this laptop knows no key {key_id}; see 'trainer keys list' and 'trainer keys offered'",
        "es": "esta computadora no conoce ninguna clave {key_id}; vea 'trainer keys list' y 'trainer keys offered'",
    },
}


@dataclass(frozen=True)
class PublicKey:
    """A public key and what its file says: the organization's name and, for an offered key, who offered it."""

    key_id: str
    key: Ed25519PublicKey
    organization: str
    own: bool
    offered_by: str = ""

    @property
    def fingerprint(self) -> str:
        return public_key_fingerprint(self.key)


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    number = int.from_bytes(hashlib.sha256(raw).digest()[:8], "big")
    letters = []
    for _ in range(LENGTH):
        number, index = divmod(number, len(ALPHABET))
        letters.append(ALPHABET[index])
    return "".join(letters)


def public_key_fingerprint(public_key: Ed25519PublicKey) -> str:
    """16 digits in four groups, the same form as a laptop's fingerprint: easy to read aloud and compare."""
    from trainer.trust import fingerprint

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return fingerprint(base64.b64encode(raw).decode("ascii"))


def keys_dir() -> Path:
    path = data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _private_path() -> Path:
    return keys_dir() / "organization-key.pem"


def _own_public_path() -> Path:
    return keys_dir() / "organization-key.pub"


def _folder(name: str) -> Path:
    path = keys_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def _trusted_dir() -> Path:
    return _folder("trusted")


def _offered_dir() -> Path:
    return _folder("offered")


def _label(text: str) -> str:
    """One printable line: labels come from files anyone can write, and end up in a terminal."""
    shown = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    return " ".join(shown.split())[:MAX_LABEL_LENGTH]


def _public_file(public_key: Ed25519PublicKey, organization: str, offered_by: str = "") -> bytes:
    pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    lines = [HEADER, f"Key id: {key_id(public_key)}", f"Organization: {_label(organization)}"]
    if offered_by:
        lines.append(f"Offered by: {_label(offered_by)}")
    return ("\n".join(lines) + "\n").encode() + pem


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UserError(MESSAGES, "short-passphrase", minimum=MIN_PASSPHRASE_LENGTH, length=len(passphrase))


def _private_file(private_key: Ed25519PrivateKey, passphrase: str) -> bytes:
    """The private key as stored: encrypted, always (there is deliberately no other way to write it).

    PKCS#8's own encryption derives its key with 2,048 rounds of PBKDF2, cheap to guess through; this
    wraps the key with AES-256-GCM under scrypt (N=2^17, r=8: about 0.4 s and 128 MiB per guess).
    """
    if not passphrase:
        raise ValueError("the organization's private key is never written unencrypted")
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = private_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
    box = {"kdf": "scrypt", "n": KEY_SCRYPT_N, "r": 8, "p": 1, "salt": _b64(salt), "nonce": _b64(nonce),
           "data": _b64(AESGCM(_wrapping_key(passphrase, salt, KEY_SCRYPT_N, 8, 1)).encrypt(nonce, secret, None))}
    body = base64.encodebytes(json.dumps(box, sort_keys=True).encode()).decode()
    return f"{WRAPPED_BEGIN}\n{body}{WRAPPED_END}\n".encode()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _wrapping_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=2**31 - 1)


def _unwrap(data: bytes, passphrase: str, path: Path) -> Ed25519PrivateKey:
    """The key inside a wrapped file; a wrong passphrase fails GCM's check."""
    try:
        text = data.decode("ascii").strip()
        box = json.loads(base64.b64decode(text[len(WRAPPED_BEGIN):-len(WRAPPED_END)]))
        n, r, p = int(box["n"]), int(box["r"]), int(box["p"])
        if box["kdf"] != "scrypt" or n > 2**20 or r > 16 or p > 4:
            raise ValueError("unknown key derivation")
        wrapping = _wrapping_key(passphrase, base64.b64decode(box["salt"]), n, r, p)
        secret = AESGCM(wrapping).decrypt(base64.b64decode(box["nonce"]), base64.b64decode(box["data"]), None)
    except InvalidTag as error:
        raise UserError(MESSAGES, "bad-passphrase", path=path) from error
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error) as error:
        raise UserError(MESSAGES, "damaged-key", path=path, detail=error) from error
    return serialization.load_der_private_key(secret, None)


def _configured_passphrase(passphrase: str | None) -> str | None:
    return passphrase if passphrase else (os.environ.get(PASSPHRASE_VARIABLE) or None)


def _create_private_key(path: Path, passphrase: str) -> None:
    """Write a new key unless another process got there first (whose key everyone then uses)."""
    write_once(path, _private_file(Ed25519PrivateKey.generate(), passphrase))


def _load_private_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    """Open the key with `passphrase`; a key stored unencrypted or in PKCS#8's weaker form is rewrapped on the way."""
    data = path.read_bytes()
    first_line = data.split(b"\n", 1)[0]
    wrapped = first_line.strip() == WRAPPED_BEGIN.encode()
    encrypted = b"ENCRYPTED" in first_line
    try:
        if wrapped:
            key = _unwrap(data, passphrase, path)
        else:
            key = serialization.load_pem_private_key(data, passphrase.encode("utf-8") if encrypted else None)
    except (ValueError, TypeError) as error:
        if encrypted:
            raise UserError(MESSAGES, "bad-passphrase", path=path) from error
        raise UserError(MESSAGES, "damaged-key", path=path, detail=error) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(MESSAGES, "damaged-key", path=path, detail="not Ed25519")
    if not wrapped:
        if not encrypted:
            _check_passphrase(passphrase)
        atomic_write(path, _private_file(key, passphrase), private=True)
    return key


def _write_own_public(key: Ed25519PrivateKey, organization: str, *, replace: bool) -> None:
    if replace or not _own_public_path().exists():
        atomic_write(_own_public_path(), _public_file(key.public_key(), organization))


def create_signing_key(organization: str, passphrase: str) -> str:
    """Make the organization's key pair, encrypted with `passphrase`; returns its key id.

    If the key exists already, `passphrase` must open it (an old unencrypted key is encrypted with
    it), so setting up twice never replaces a key whose certificates are out in the world.
    """
    passphrase = passphrase or ""
    _check_passphrase(passphrase)
    path = _private_path()
    if not path.exists():
        _create_private_key(path, passphrase)
    key = _load_private_key(path, passphrase)
    _write_own_public(key, organization, replace=True)
    return key_id(key.public_key())


def signing_key(organization: str, passphrase: str | None = None) -> tuple[str, Ed25519PrivateKey]:
    """This organization's key id and private key, opened with `passphrase` or TRAINER_KEY_PASSPHRASE.

    Without a passphrase it refuses ("key-locked"), even when there is no key yet: a key is only
    ever made encrypted.
    """
    passphrase = _configured_passphrase(passphrase)
    path = _private_path()
    if not passphrase:
        raise UserError(MESSAGES, "key-locked", path=path)
    if not path.exists():
        create_signing_key(organization, passphrase)
    key = _load_private_key(path, passphrase)
    _write_own_public(key, organization, replace=False)
    return key_id(key.public_key()), key


def own_key_id() -> str | None:
    """The id of this laptop's organization key, read from its public half (no passphrase needed), or None."""
    if not _own_public_path().exists():
        return None
    key, _, _ = _read_public_file(_own_public_path())
    return key_id(key)


def _parse_public(data: bytes) -> tuple[Ed25519PublicKey, str, str] | None:
    """The key, organization label and offered-by label of a public key file's bytes, or None if it is not one."""
    if len(data) > MAX_KEY_FILE_BYTES:
        return None
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        return None
    if not isinstance(key, Ed25519PublicKey):
        return None

    def field(name: bytes) -> str:
        found = re.search(rb"^" + name + rb": *(.*)$", data, re.MULTILINE)
        return _label(found.group(1).decode("utf-8", "replace")) if found else ""

    return key, field(b"Organization"), field(b"Offered by")


def _read_public_file(path: Path) -> tuple[Ed25519PublicKey, str, str]:
    """The key and labels of a public key file, or a UserError naming the file."""
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise UserError(MESSAGES, "not-a-key", path=path)
        data = path.read_bytes()
    except OSError as error:
        raise UserError(MESSAGES, "unreadable-file", path=path, detail=error.strerror or error) from error
    parsed = _parse_public(data)
    if parsed is None:
        raise UserError(MESSAGES, "not-a-key", path=path)
    return parsed


def known_keys() -> dict[str, PublicKey]:
    """Every public key this laptop verifies with: its own (if any) and the trusted ones, by key id.

    Offered keys are not among them: see `offered_keys`.
    """
    found = {}
    for path in sorted(_trusted_dir().glob("*.pub")):
        key, organization, offered_by = _read_public_file(path)
        found[key_id(key)] = PublicKey(key_id(key), key, organization, own=False, offered_by=offered_by)
    if _own_public_path().exists():
        key, organization, _ = _read_public_file(_own_public_path())
        found[key_id(key)] = PublicKey(key_id(key), key, organization, own=True)
    return found


def offered_keys() -> dict[str, PublicKey]:
    """Keys that bundles offered and nobody here approved yet, by key id. They verify nothing."""
    found = {}
    known = known_keys()
    for path in sorted(_offered_dir().glob("*.pub")):
        try:
            parsed = _parse_public(path.read_bytes()) if path.stat().st_size <= MAX_KEY_FILE_BYTES else None
        except OSError:
            parsed = None
        if parsed is None or key_id(parsed[0]) in known:
            continue  # a damaged file, or one trusted meanwhile: nothing to approve
        key, organization, offered_by = parsed
        found[key_id(key)] = PublicKey(key_id(key), key, organization, own=False, offered_by=offered_by)
    return found


def _normal_key_id(text: str) -> str:
    return "".join(str(text).split()).upper()


def key_fingerprint(key_id_text: str) -> str:
    """The fingerprint of a known or offered key, to compare aloud with the organization that owns it."""
    wanted = _normal_key_id(key_id_text)
    key = known_keys().get(wanted) or offered_keys().get(wanted)
    if key is None:
        raise UserError(MESSAGES, "unknown-key-id", key_id=key_id_text)
    return key.fingerprint


def offer_public_key(data: bytes, offered_by: str) -> tuple[PublicKey, bool]:
    """Keep a public key that arrived in a bundle as offered (never trusted); returns it and whether it is new.

    A key this laptop already trusts (or its own) is returned as it is, with False.
    """
    parsed = _parse_public(data)
    if parsed is None:
        raise UserError(MESSAGES, "offered-not-a-key", offered_by=_label(offered_by) or "?")
    key, organization, _ = parsed
    ident = key_id(key)
    known = known_keys().get(ident)
    if known is not None:
        return known, False
    already = offered_keys().get(ident)
    if already is not None:
        return already, False
    offered = PublicKey(ident, key, organization, own=False, offered_by=_label(offered_by))
    atomic_write(_offered_dir() / f"{ident}.pub", _public_file(key, organization, offered.offered_by))
    return offered, True


def approve_offered_key(key_id_text: str) -> PublicKey:
    """Trust an offered key from now on (after a person compared its fingerprint with the organization)."""
    wanted = _normal_key_id(key_id_text)
    known = known_keys().get(wanted)
    if known is not None:
        return known
    offered = offered_keys().get(wanted) if KEY_ID_PATTERN.match(wanted) else None
    if offered is None:
        raise UserError(MESSAGES, "not-offered", key_id=key_id_text)
    atomic_write(_trusted_dir() / f"{wanted}.pub", _public_file(offered.key, offered.organization, offered.offered_by))
    (_offered_dir() / f"{wanted}.pub").unlink(missing_ok=True)
    return offered


def export_public_key(path: Path, organization: str, passphrase: str | None = None) -> str:
    """Write this organization's public key to `path`; returns its key id.

    Needs no passphrase once the key exists (its public half is kept beside it).
    """
    if not _own_public_path().exists():
        if not _private_path().exists():
            raise UserError(MESSAGES, "no-own-key")
        signing_key(organization, passphrase)  # the public half went missing: rebuild it from the private key
    key, _, _ = _read_public_file(_own_public_path())
    atomic_write(Path(path), _public_file(key, organization))
    return key_id(key)


def import_public_key(path: Path) -> tuple[PublicKey, bool]:
    """Trust the public key in `path` from now on; returns it and whether it was new to this laptop."""
    key, organization, _ = _read_public_file(Path(path))
    known = known_keys().get(key_id(key))
    if known is not None:
        return known, False
    atomic_write(_trusted_dir() / f"{key_id(key)}.pub", _public_file(key, organization))
    (_offered_dir() / f"{key_id(key)}.pub").unlink(missing_ok=True)
    return PublicKey(key_id(key), key, organization, own=False), True
