"""Hash & Sign lab: real SHA-256 and Ed25519, and a toy certification authority.

The learner hashes a document, changes one character, signs, tampers and
verifies, then watches a certificate being issued and revoked. Every step is
tied to the reliability criteria of the UNCITRAL Model Law on Electronic
Signatures (2001), art. 6(3)(a)-(d), so the law and the mathematics are seen
together. Nothing here touches the network.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

from trainer.i18n import pick
from trainer.labs.common import Text, UnknownChoiceError

# Source: UNCITRAL Model Law on Electronic Signatures (2001), art. 6(3); wording
# checked against verbatim national enactments (curriculum facts, module 1, fact 2).
MLES_6_3: dict[str, Text] = {
    "a": {
        "es": "Los datos de creación de la firma están vinculados al firmante y a ninguna otra persona.",
        "en": "The signature-creation data are linked to the signatory and to no other person.",
    },
    "b": {
        "es": "Al momento de firmar, esos datos estaban bajo el control del firmante y de nadie más.",
        "en": "At the time of signing, that data was under the control of the signatory and of no other person.",
    },
    "c": {
        "es": "Cualquier alteración de la firma electrónica hecha después de firmar es detectable.",
        "en": "Any alteration to the electronic signature made after signing is detectable.",
    },
    "d": {
        "es": "Cuando la firma sirve para garantizar la integridad de la información, cualquier "
              "alteración de esa información hecha después de firmar es detectable.",
        "en": "Where a purpose of the signature is to assure the integrity of the information, any "
              "alteration to that information made after signing is detectable.",
    },
}


@dataclass(frozen=True)
class Step:
    """One action of the lab, the lesson it teaches and the art. 6(3) letters it illustrates."""

    id: str
    title: Text
    lesson: Text
    criteria: tuple[str, ...]


# Sources: SHA-256, FIPS 180-2 (2002), now FIPS 180-4 (facts, module 1, fact 10);
# private key signs, public key verifies (fact 11); MLES arts. 8-11 duties (fact 2).
STEPS: tuple[Step, ...] = (
    Step("hash", {
        "es": "Calcular la huella (hash) del documento",
        "en": "Hash the document",
    }, {
        "es": "SHA-256 convierte cualquier texto en una huella de 256 bits (64 caracteres "
              "hexadecimales). El mismo texto produce siempre la misma huella, y en la práctica es "
              "imposible encontrar otro texto con la misma huella.",
        "en": "SHA-256 turns any text into a 256-bit digest (64 hexadecimal characters). The same "
              "text always gives the same digest, and finding another text with the same digest is "
              "computationally infeasible.",
    }, ("d",)),
    Step("change-one-character", {
        "es": "Cambiar un solo carácter",
        "en": "Change one character",
    }, {
        "es": "Basta cambiar una coma o una cifra para que cambie cerca de la mitad de los 256 bits "
              "de la huella; por eso casi todos los caracteres hexadecimales salen distintos. "
              "Ninguna alteración pasa desapercibida.",
        "en": "Changing one comma or digit flips about half of the digest's 256 bits, so nearly "
              "every hexadecimal character comes out different. No alteration goes unnoticed.",
    }, ("d",)),
    Step("make-keys", {
        "es": "Generar un par de claves",
        "en": "Generate a key pair",
    }, {
        "es": "La clave privada es el dato de creación de la firma: se genera en el equipo del "
              "firmante y solo él la guarda. La clave pública se comparte con quien deba verificar.",
        "en": "The private key is the signature-creation data: it is generated on the signatory's "
              "own device and only the signatory keeps it. The public key is shared with whoever "
              "needs to verify.",
    }, ("a", "b")),
    Step("sign", {
        "es": "Firmar con la clave privada",
        "en": "Sign with the private key",
    }, {
        "es": "El firmante firma el documento con su clave privada (Ed25519 aplica internamente "
              "SHA-512 al mensaje). Sin esa clave nadie puede producir la misma firma.",
        "en": "The signatory signs the document with the private key (Ed25519 applies SHA-512 to "
              "the message internally). Without that key nobody can produce the same signature.",
    }, ("a", "b")),
    Step("verify-untouched", {
        "es": "Verificar el documento intacto",
        "en": "Verify the untouched document",
    }, {
        "es": "Con la clave pública del firmante, la verificación confirma que la firma salió de su "
              "clave privada y que el texto no cambió.",
        "en": "With the signatory's public key, verification confirms that the signature came from "
              "the matching private key and that the text has not changed.",
    }, ("a", "d")),
    Step("verify-tampered-text", {
        "es": "Verificar después de alterar el texto",
        "en": "Verify after tampering with the text",
    }, {
        "es": "Un solo carácter distinto hace fallar la verificación: la alteración de la "
              "información firmada es detectable.",
        "en": "A single different character makes verification fail: the alteration of the signed "
              "information is detectable.",
    }, ("d",)),
    Step("verify-tampered-signature", {
        "es": "Verificar después de alterar la firma",
        "en": "Verify after tampering with the signature",
    }, {
        "es": "Si se cambia un solo bit de la firma, la verificación falla: la alteración de la "
              "firma misma también es detectable.",
        "en": "Change a single bit of the signature and verification fails: an alteration to the "
              "signature itself is detectable too.",
    }, ("c",)),
    Step("verify-wrong-key", {
        "es": "Verificar con la clave pública de otra persona",
        "en": "Verify with someone else's public key",
    }, {
        "es": "La firma solo corresponde al par de claves de su firmante: con la clave pública de "
              "otra persona la verificación falla.",
        "en": "The signature belongs to its signatory's key pair only: with another person's public "
              "key, verification fails.",
    }, ("a",)),
    Step("ca-issue", {
        "es": "La autoridad de certificación emite un certificado",
        "en": "The certification authority issues a certificate",
    }, {
        "es": "El certificado, firmado por la autoridad, une el nombre del titular con su clave "
              "pública: así un tercero sabe de quién es la clave. La Ley Modelo es neutral "
              "tecnológicamente y el art. 6(3) no exige certificados, pero un certificado de un "
              "prestador confiable ayuda a demostrar el vínculo con el firmante.",
        "en": "The certificate, signed by the authority, binds the holder's name to their public "
              "key, so a third party knows whose key it is. The Model Law is technology-neutral and "
              "art. 6(3) does not require certificates, but one from a trusted provider helps prove "
              "the link to the signatory.",
    }, ("a",)),
    Step("ca-revoke", {
        "es": "La autoridad revoca el certificado",
        "en": "The authority revokes the certificate",
    }, {
        "es": "Si la clave privada se pierde o la roban, el titular ya no tiene el control "
              "exclusivo. La autoridad revoca el certificado y quien verifique ve en la lista de "
              "revocación que ya no debe confiar en esa clave. La Ley Modelo (arts. 8 a 11) fija "
              "deberes para el firmante, el prestador de servicios de certificación y la parte que "
              "confía en la firma.",
        "en": "If the private key is lost or stolen, the holder no longer has sole control. The "
              "authority revokes the certificate, and whoever verifies sees on the revocation list "
              "that the key must no longer be trusted. The Model Law (arts. 8-11) sets duties for "
              "the signatory, the certification service provider and the relying party.",
    }, ("b",)),
)


def sha256_hex(text: str) -> str:
    """The SHA-256 digest of `text` (UTF-8), as the 64 hex characters learners compare by eye."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DigestComparison:
    """Two digests side by side, with what differs, to show how far one small change spreads."""

    before: str
    after: str
    differing_positions: tuple[int, ...]
    differing_bits: int

    def summary(self, lang: str) -> str:
        positions, bits = len(self.differing_positions), self.differing_bits
        share = round(100 * bits / 256)
        return pick({
            "es": f"Cambiaron {positions} de 64 caracteres hexadecimales y {bits} de 256 bits ({share} %).",
            "en": f"{positions} of 64 hexadecimal characters and {bits} of 256 bits ({share}%) changed.",
        }, lang)


def compare_digests(original: str, changed: str) -> DigestComparison:
    """Hash both texts and mark the differing hex positions (0-based) so a screen can highlight them.

    About half the bits flip for any change, so about 15 in 16 hex characters differ.
    """
    before, after = sha256_hex(original), sha256_hex(changed)
    positions = tuple(i for i, (x, y) in enumerate(zip(before, after)) if x != y)
    bits = bin(int(before, 16) ^ int(after, 16)).count("1")
    return DigestComparison(before, after, positions, bits)


def tamper(text: str) -> str:
    """`text` with one character changed: the first digit if any, as a fraudster would alter an amount."""
    for i, char in enumerate(text):
        if char.isdigit():
            return text[:i] + str((int(char) + 1) % 10) + text[i + 1:]
    for i, char in enumerate(text):
        if char.isalpha() and char.swapcase() != char:
            return text[:i] + char.swapcase() + text[i + 1:]
    return text[:-1] + ("." if text[-1:] != "." else ",")


def generate_key_pair() -> tuple[Ed25519PrivateKey, Ed25519PublicKey]:
    """A fresh Ed25519 key pair (private, public); each learner gets their own, never stored."""
    private_key = Ed25519PrivateKey.generate()
    return private_key, private_key.public_key()


def key_hex(public_key: Ed25519PublicKey) -> str:
    """The raw 32-byte public key in hex, short enough to show and compare on screen."""
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def sign(private_key: Ed25519PrivateKey, text: str) -> bytes:
    """The 64-byte Ed25519 signature of `text` (UTF-8)."""
    return private_key.sign(text.encode("utf-8"))


def verify(public_key: Ed25519PublicKey, text: str, signature: bytes) -> bool:
    """True only if `signature` was made on exactly `text` with the private key matching `public_key`."""
    try:
        public_key.verify(signature, text.encode("utf-8"))
    except InvalidSignature:
        return False
    return True


def tamper_signature(signature: bytes) -> bytes:
    """`signature` with one bit flipped, to show that altering the signature is detectable too."""
    return bytes([signature[0] ^ 1]) + signature[1:]


class CertStatus(StrEnum):
    """What a relying party learns when checking a certificate with the authority."""

    VALID = "valid"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_ISSUED_BY_CA = "not-issued-by-ca"

    def explain(self, lang: str) -> str:
        return pick(_STATUS_TEXT[self], lang)


_STATUS_TEXT: dict[CertStatus, Text] = {
    CertStatus.VALID: {
        "es": "Válido: la autoridad lo firmó, está vigente y no figura en la lista de revocación.",
        "en": "Valid: the authority signed it, it is within its validity period and not on the revocation list.",
    },
    CertStatus.REVOKED: {
        "es": "Revocado: figura en la lista de revocación de la autoridad; no confíe en esa clave.",
        "en": "Revoked: it is on the authority's revocation list; do not trust that key.",
    },
    CertStatus.EXPIRED: {
        "es": "Fuera de vigencia: la fecha de la verificación no está dentro de su período de validez.",
        "en": "Out of validity: the date of the check is outside its validity period.",
    },
    CertStatus.NOT_ISSUED_BY_CA: {
        "es": "No emitido por esta autoridad: su firma no corresponde a la clave de la autoridad "
              "(certificado falso o alterado).",
        "en": "Not issued by this authority: its signature does not match the authority's key "
              "(a forged or altered certificate).",
    },
}


class ToyCA:
    """A certification authority small enough to watch: real X.509 certificates signed with Ed25519.

    It keeps its revocation list in memory: a classroom stand-in for a
    provider's published list, not a real PKI.
    """

    def __init__(self, name: str = "CA de práctica / Practice CA", valid_days: int = 365):
        self.name = name
        self.valid_days = valid_days
        self._key = Ed25519PrivateKey.generate()
        self.revoked: dict[int, datetime] = {}

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self._key.public_key()

    def issue(self, subject: str, public_key: Ed25519PublicKey, now: datetime | None = None) -> x509.Certificate:
        """A certificate binding `subject` to `public_key`, signed by this authority."""
        start = now or datetime.now(timezone.utc)
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.name)]))
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + timedelta(days=self.valid_days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(self._key, algorithm=None)
        )

    def revoke(self, certificate: x509.Certificate, now: datetime | None = None) -> None:
        """Put `certificate` on the revocation list; only certificates this authority issued."""
        if not self._signed_by_me(certificate):
            raise UnknownChoiceError({
                "es": "Esta autoridad no emitió ese certificado, así que no puede revocarlo.",
                "en": "This authority did not issue that certificate, so it cannot revoke it.",
            })
        self.revoked[certificate.serial_number] = now or datetime.now(timezone.utc)

    def check(self, certificate: x509.Certificate, now: datetime | None = None) -> CertStatus:
        """The status a relying party should act on: signature first, then revocation, then dates."""
        if not self._signed_by_me(certificate):
            return CertStatus.NOT_ISSUED_BY_CA
        if certificate.serial_number in self.revoked:
            return CertStatus.REVOKED
        at = now or datetime.now(timezone.utc)
        if not certificate.not_valid_before_utc <= at <= certificate.not_valid_after_utc:
            return CertStatus.EXPIRED
        return CertStatus.VALID

    def _signed_by_me(self, certificate: x509.Certificate) -> bool:
        try:
            self.public_key.verify(certificate.signature, certificate.tbs_certificate_bytes)
        except InvalidSignature:
            return False
        return True


def describe_certificate(certificate: x509.Certificate, lang: str) -> str:
    """One line a learner can read: who holds which key, who vouches for it, until when."""
    holder = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    issuer = certificate.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    key = key_hex(certificate.public_key())
    until = certificate.not_valid_after_utc.date().isoformat()
    serial = f"{certificate.serial_number:x}"[:8]
    return pick({
        "es": f"Certificado {serial}…: titular «{holder}», clave pública {key[:16]}…, "
              f"emitido por «{issuer}», válido hasta {until}.",
        "en": f"Certificate {serial}…: holder '{holder}', public key {key[:16]}…, "
              f"issued by '{issuer}', valid until {until}.",
    }, lang)
