"""Checking a certificate with no internet: by its code, its statement (the QR code's text) or its PDF.

Each answer comes with why, in Spanish and English:
- valid: the signature matches a key this laptop knows, and this laptop has not revoked it. When
  this laptop has no record of the certificate (it was issued elsewhere), the answer says that a
  revocation by the issuer cannot be known here.
- altered: the statement is damaged, or its signature does not match what it says: a name,
  course, hours or date was changed after signing.
- revoked: genuine, but revoked on this laptop, with the date and the reason.
- unknown key: signed with a key this laptop does not trust; import the issuer's public key.
- unknown code: no certificate with that code on this laptop (a code alone proves nothing
  elsewhere: a laptop can only look up the certificates it knows).

A PDF is checked through the statements written into it; what the page shows is drawn from the
same statement, and the verdict lists the signed facts so a person can compare them with the paper.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from trainer.certificates.codes import code_core, display_code
from trainer.certificates.issuing import REISSUED, IssuedCertificate, find_certificate
from trainer.certificates.keys import PublicKey, known_keys
from trainer.certificates.pdf import embedded_statements
from trainer.certificates.statement import Facts, SignedStatement, parse_statement, signature_matches
from trainer.errors import UserError
from trainer.i18n import LANGUAGES, pick
from trainer.storage.database import Database
from trainer.storage.models import Certificate

VALID, ALTERED, REVOKED, UNKNOWN_KEY, UNKNOWN_CODE = "valid", "altered", "revoked", "unknown key", "unknown code"
MAX_PDF_BYTES = 50_000_000

WHY = {
    "valid": {
        "en": "valid: signed by {organization} with key {key_id}, and not revoked on this laptop",
        "es": "válido: firmado por {organization} con la clave {key_id}, y no revocado en esta computadora",
    },
    "valid-elsewhere": {
        "en": "valid: signed by {organization} with key {key_id}; this laptop has no record of this certificate, "
              "so it cannot know whether the issuer revoked it",
        "es": "válido: firmado por {organization} con la clave {key_id}; esta computadora no tiene registro de este "
              "certificado, así que no puede saber si el emisor lo revocó",
    },
    "damaged": {"en": "altered: {detail}", "es": "alterado: {detail}"},
    "bad-signature": {
        "en": "altered: the signature does not match what the statement says, so something in it (name, course, "
              "hours, dates...) was changed after it was signed with key {key_id}",
        "es": "alterado: la firma no corresponde a lo que dice la declaración, así que algo (nombre, curso, horas, "
              "fechas...) se cambió después de firmarla con la clave {key_id}",
    },
    "record-altered": {
        "en": "altered: this laptop's record of {code} no longer matches its signature; restore the database "
              "from a backup",
        "es": "alterado: el registro de {code} en esta computadora ya no corresponde a su firma; restaure la base "
              "de datos desde una copia de seguridad",
    },
    "revoked": {"en": "revoked on {when}: {reason}", "es": "revocado el {when}: {reason}"},
    "replaced": {
        "en": "revoked on {when}: replaced by a corrected certificate, {new_code}",
        "es": "revocado el {when}: se reemplazó por un certificado corregido, {new_code}",
    },
    "unknown-key": {
        "en": "unknown key: it was signed with key {key_id}, which this laptop does not know; "
              "import the issuer's public key with: trainer keys import FILE",
        "es": "clave desconocida: se firmó con la clave {key_id}, que esta computadora no conoce; "
              "importe la clave pública del emisor con: trainer keys import ARCHIVO",
    },
    "unknown-code": {
        "en": "unknown code: no certificate {code} on this laptop; to check one issued elsewhere, "
              "verify its PDF or the text of its QR code",
        "es": "código desconocido: no hay un certificado {code} en esta computadora; para verificar uno emitido en "
              "otro lugar, verifique su PDF o el texto de su código QR",
    },
    "malformed-code": {
        "en": "unknown code: '{text}' is not a whole code; a code has 8 characters after TRN-, like TRN-7K3Q-M9XA",
        "es": "código desconocido: '{text}' no es un código completo; un código tiene 8 caracteres después de TRN-, "
              "como TRN-7K3Q-M9XA",
    },
}

MESSAGES = {
    "missing-file": {"en": "there is no file {path}", "es": "no existe el archivo {path}"},
    "unreadable-file": {"en": "cannot read {path}: {detail}", "es": "no se puede leer {path}: {detail}"},
    "not-a-pdf": {"en": "{path} is not a PDF file", "es": "{path} no es un archivo PDF"},
    "too-large": {
        "en": "{path} is {size} bytes, too large for a certificate (at most {limit})",
        "es": "{path} pesa {size} bytes, demasiado para un certificado (como máximo {limit})",
    },
    "no-statement": {
        "en": "{path} holds no Trainer certificate statement (it may have been re-saved by another program); "
              "check the code printed on it instead: trainer verify TRN-XXXX-XXXX",
        "es": "{path} no contiene ninguna declaración de certificado de Trainer (quizá otro programa lo volvió a "
              "guardar); verifique mejor el código impreso: trainer verify TRN-XXXX-XXXX",
    },
}


@dataclass(frozen=True)
class Verdict:
    """The answer for one certificate: its status, why (in every language), and the signed facts when readable."""

    status: str
    why: dict[str, str]
    facts: Facts | None = None
    key: PublicKey | None = None

    @property
    def valid(self) -> bool:
        return self.status == VALID

    def message(self, lang: str) -> str:
        return pick(self.why, lang)


def _verdict(status: str, why: str, facts: Facts | None = None, key: PublicKey | None = None, **params) -> Verdict:
    texts = {}
    for lang in LANGUAGES:
        values = {name: pick(value, lang) if isinstance(value, dict) else value for name, value in params.items()}
        texts[lang] = pick(WHY[why], lang).format(**values)
    return Verdict(status, texts, facts, key)


def _revocation(db: Database, record: IssuedCertificate, key: PublicKey) -> Verdict:
    when = f"{record.revoked_at:%Y-%m-%d}"
    if record.revoked_reason == REISSUED:
        with db.session() as session:
            query = select(Certificate.code).where(
                Certificate.participant_id == record.participant_id, Certificate.course_id == record.course_id,
                Certificate.workshop_id.is_(None) if record.workshop_id is None
                else Certificate.workshop_id == record.workshop_id,
                Certificate.revoked_at.is_(None))
            replacement = session.scalar(query)
        if replacement:
            return _verdict(REVOKED, "replaced", record.facts, key, when=when, new_code=replacement)
    return _verdict(REVOKED, "revoked", record.facts, key, when=when, reason=record.revoked_reason)


def _judge(db: Database, statement: SignedStatement, record: IssuedCertificate | None, *, from_record: bool) -> Verdict:
    facts = statement.facts
    key = known_keys().get(facts.key_id)
    if key is None:
        return _verdict(UNKNOWN_KEY, "unknown-key", facts, key_id=facts.key_id)
    if not signature_matches(statement, key.key):
        if from_record:
            return _verdict(ALTERED, "record-altered", facts, key, code=facts.code)
        return _verdict(ALTERED, "bad-signature", facts, key, key_id=facts.key_id)
    if record is not None and record.revoked:
        return _revocation(db, record, key)
    return _verdict(VALID, "valid" if record is not None else "valid-elsewhere", facts, key,
                    organization=key.organization or facts.organization, key_id=key.key_id)


def verify_statement(db: Database, text: str) -> Verdict:
    """Check a statement line, as a QR reader shows it."""
    try:
        statement = parse_statement(text)
    except UserError as error:
        return _verdict(ALTERED, "damaged", detail={lang: error.message(lang) for lang in LANGUAGES})
    return _judge(db, statement, find_certificate(db, statement.facts.code), from_record=False)


def verify_code(db: Database, text: str) -> Verdict:
    """Check a code typed from paper against the certificates this laptop knows."""
    core = code_core(text)
    if not core:
        return _verdict(UNKNOWN_CODE, "malformed-code", text=text.strip())
    record = find_certificate(db, core)
    if record is None:
        return _verdict(UNKNOWN_CODE, "unknown-code", code=display_code(core))
    return _judge(db, record.statement, record, from_record=True)


def verify_pdf(db: Database, path: Path) -> list[Verdict]:
    """Check every certificate in a PDF (one, or a whole printed batch), in page order."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise UserError(MESSAGES, "too-large", path=path, size=size, limit=MAX_PDF_BYTES)
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UserError(MESSAGES, "missing-file", path=path) from error
    except OSError as error:
        raise UserError(MESSAGES, "unreadable-file", path=path, detail=error.strerror or error) from error
    if not data.startswith(b"%PDF"):
        raise UserError(MESSAGES, "not-a-pdf", path=path)
    statements = embedded_statements(data)
    if not statements:
        raise UserError(MESSAGES, "no-statement", path=path)
    return [verify_statement(db, text) for text in statements]


def verify(db: Database, subject: str) -> list[Verdict]:
    """Check whatever `trainer verify` was given: a statement line, a PDF file, or a code."""
    if "|" in subject:
        return [verify_statement(db, subject)]
    if Path(subject).is_file() or subject.lower().endswith(".pdf"):
        return verify_pdf(db, Path(subject))
    return [verify_code(db, subject)]
