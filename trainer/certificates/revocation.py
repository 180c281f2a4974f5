"""Signed revocations: proof that the issuing organization itself revoked a certificate.

A revocation travels in bundles to laptops that know the certificate; the signature lets them
refuse one that another laptop made up. What is signed is one fixed-format UTF-8 line:

    TRN-REVOKED|TRN-7K3Q-M9XA|2026-03-09T14:05:00.123456|Nombre mal escrito

(the code, when it was revoked in UTC to the microsecond, and the reason, last so it may hold
anything), signed with the organization key that signed the certificate.
"""

import base64
import binascii
import unicodedata
from datetime import datetime, timezone

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "TRN-REVOKED"


def _utc(moment: datetime) -> datetime:
    """Naive UTC, as the database stores times."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def revocation_text(code: str, revoked_at: datetime, reason: str) -> bytes:
    """The exact bytes a revocation's signature covers."""
    fields = (PREFIX, code.strip(), _utc(revoked_at).strftime("%Y-%m-%dT%H:%M:%S.%f"), reason)
    return unicodedata.normalize("NFC", "|".join(fields)).encode("utf-8")


def sign_revocation(private_key: Ed25519PrivateKey, code: str, revoked_at: datetime, reason: str) -> str:
    """The signature (base64url, no padding) of this revocation by the organization key."""
    signature = private_key.sign(revocation_text(code, revoked_at, reason))
    return base64.urlsafe_b64encode(signature).rstrip(b"=").decode("ascii")


def revocation_signature_matches(code: str, revoked_at: datetime, reason: str, signature: str | None,
                                 public_key: Ed25519PublicKey) -> bool:
    """Whether `signature` is this key's signature of exactly this revocation (False when there is none)."""
    if not signature or revoked_at is None:
        return False
    try:
        raw = base64.urlsafe_b64decode(signature + "==")
        if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != signature:
            return False  # another spelling of the same bytes: accept one spelling only
        public_key.verify(raw, revocation_text(code, revoked_at, reason))
    except (InvalidSignature, binascii.Error, ValueError, TypeError):
        return False
    return True
