"""This laptop's Ed25519 key pair, which signs its bundles, and trust on first use of other laptops' keys.

The private key lives in the data folder (`keys/device-<device id>.pem`, file
mode 0600), never in the database, so a copied database cannot sign as this
laptop. A receiving laptop records a device's public key the first time it
imports a bundle from it and refuses a later bundle that claims the same device
with another key.
"""

import base64
import binascii
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from trainer.errors import UserError
from trainer.files import write_once
from trainer.paths import data_dir
from trainer.storage.database import Database
from trainer.storage.models import Device, utc_now

MESSAGES = {
    "key-missing": {
        "en": "this database's device {device} signs with a key that is not in {folder}; copy the file "
              "device-{device}.pem there from the computer that made it (see README, 'An office PostgreSQL server')",
        "es": "el dispositivo {device} de esta base de datos firma con una clave que no está en {folder}; copie allí el "
              "archivo device-{device}.pem desde la computadora que lo creó (vea README, 'An office PostgreSQL server')",
    },
    "key-mismatch": {
        "en": "the bundle says it comes from laptop '{name}' ({device}), but it is signed with a different key from "
              "the one recorded for that laptop on {since}; it may be forged. If that laptop was reinstalled, run "
              "'trainer bundle forget-device {device}' and import again",
        "es": "el paquete dice venir de la laptop '{name}' ({device}), pero está firmado con una clave distinta de la "
              "registrada para esa laptop el {since}; podría ser falso. Si esa laptop se reinstaló, ejecute "
              "'trainer bundle forget-device {device}' e importe de nuevo",
    },
    "unknown-device": {"en": "no known device '{device}'", "es": "no hay un dispositivo conocido '{device}'"},
    "own-device": {
        "en": "{device} is this laptop itself; its own key is never forgotten",
        "es": "{device} es esta misma laptop; su propia clave nunca se olvida",
    },
}


def key_file(device_id: str):
    return data_dir() / "keys" / f"device-{device_id}.pem"


def public_key_text(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def device_signing_key(db: Database) -> Ed25519PrivateKey:
    """This database's device key, created on first use (and its public half recorded in `devices`)."""
    device_id = db.device_id()
    path = key_file(device_id)
    with db.session() as session:
        device = session.get(Device, device_id)
        if not path.exists():
            if device.public_key:
                raise UserError(MESSAGES, "key-missing", device=device_id, folder=path.parent)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_once(path, Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if device.public_key is None:
            device.public_key, device.key_recorded_at = public_key_text(private), utc_now()
        elif device.public_key != public_key_text(private):
            raise UserError(MESSAGES, "key-missing", device=device_id, folder=path.parent)
    return private


def signature_is_valid(public_key: str, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True)).verify(signature, data)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def trust_device(session: Session, device_id: str, name: str, public_key: str) -> bool:
    """Record a device's key on first sight; refuse another key for a known device. True if it was new."""
    device = session.get(Device, device_id)
    if device is not None and device.public_key is not None:
        if device.public_key != public_key:
            since = f"{device.key_recorded_at:%Y-%m-%d}" if device.key_recorded_at else "?"
            raise UserError(MESSAGES, "key-mismatch", name=name, device=device_id, since=since)
        return False
    if device is None:
        device = Device(id=device_id, name=name[:200] or device_id, created_at=utc_now())
        session.add(device)
    device.public_key, device.key_recorded_at = public_key, utc_now()
    return True


def forget_device_key(db: Database, device_id: str) -> None:
    """Forget a laptop's recorded key (it was reinstalled): its next bundle's key is recorded again.

    Its approval goes with the key: whoever sends the next bundle under that laptop's id must be approved
    again by comparing the new fingerprint, or a stranger's key would inherit the old laptop's trust.
    """
    with db.session() as session:
        device = session.get(Device, device_id)
        if device_id == db.device_id():
            raise UserError(MESSAGES, "own-device", device=device_id)
        if device is None:
            raise UserError(MESSAGES, "unknown-device", device=device_id)
        device.public_key, device.key_recorded_at = None, None
        device.approved_at, device.approved_by_id = None, None
