"""Checking a certificate with no internet: by its code, its statement (the QR code's text) or its PDF.

Each answer comes with why, in Spanish and English:
- valid: the signature matches a key this laptop knows, and this laptop has not revoked it. When
  this laptop has no record of the certificate (it was issued elsewhere), the answer says that a
  revocation by the issuer cannot be known here.
- altered: the statement is damaged, or its signature does not match what it says: a name,
  course, hours or date was changed after signing.
- revoked: genuine, but revoked on this laptop, with the date and the reason.
- unknown key: signed with a key this laptop does not trust; import the issuer's public key. When
  a bundle offered that key, the answer says so and how to approve it after comparing fingerprints:
  a key anyone could have made verifies nothing until a person vouches for it.
- unknown code: no certificate with that code on this laptop (a code alone proves nothing
  elsewhere: a laptop can only look up the certificates it knows).
- page does not match its signed statement (PDF only): the statement is genuine, but the page's
  text lacks a signed name, code, course, hours or organization: someone changed the page and
  kept the statement (and QR code) of a real certificate.

A PDF is checked through the statements written into it (the same text as the QR code). The
signature covers the statement, not the drawing, so the page text (read with pypdf) is compared
with it too; when the text cannot be read, the verdict says so and a person compares by eye.
"""

import io
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from trainer.certificates.codes import code_core, display_code
from trainer.certificates.issuing import REISSUED, IssuedCertificate, find_certificate
from trainer.certificates.keys import PublicKey, known_keys, offered_keys
from trainer.certificates.pdf import embedded_statements, format_hours
from trainer.certificates.statement import Facts, SignedStatement, parse_statement, signature_matches
from trainer.errors import UserError
from trainer.i18n import LANGUAGES, pick
from trainer.storage.database import Database
from trainer.storage.models import Certificate

VALID, ALTERED, REVOKED, UNKNOWN_KEY, UNKNOWN_CODE = "valid", "altered", "revoked", "unknown key", "unknown code"
PAGE_MISMATCH = "page does not match its signed statement"
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
    "offered-key": {
        "en": "unknown key: it was signed with key {key_id} ({organization}), which a bundle from {offered_by} offered "
              "to this laptop; nobody here has approved it yet. Compare its fingerprint {fingerprint} with that "
              "organization (in person or by phone), then approve it with: trainer keys approve {key_id}",
        "es": "clave desconocida: se firmó con la clave {key_id} ({organization}), que un paquete de {offered_by} le "
              "ofreció a esta computadora; nadie de aquí la ha aprobado todavía. Compare su huella {fingerprint} con "
              "esa organización (en persona o por teléfono) y luego apruébela con: trainer keys approve {key_id}",
    },
    "page-mismatch": {
        "en": "page does not match its signed statement: page {page} does not show what was signed ({differences}); "
              "the page was changed after signing, so only the signed facts count",
        "es": "la página no coincide con su declaración firmada: la página {page} no muestra lo que se firmó "
              "({differences}); la página se modificó después de firmarla, así que solo valen los datos firmados",
    },
    "page-missing": {
        "en": "page does not match its signed statement: the file has no page {page} for this statement",
        "es": "la página no coincide con su declaración firmada: el archivo no tiene una página {page} para esta "
              "declaración",
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

COMPARED = {  # the facts a page must show, as named in a verdict
    "name": {"en": "name", "es": "nombre"},
    "code": {"en": "code", "es": "código"},
    "course": {"en": "course", "es": "curso"},
    "hours": {"en": "hours", "es": "horas"},
    "organization": {"en": "organization", "es": "organización"},
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
    page: int | None = None  # its page, for a PDF
    page_checked: bool | None = None  # PDF: True when its page text was read and matches; None: not a PDF

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
        offered = offered_keys().get(facts.key_id)
        if offered is not None:
            return _verdict(UNKNOWN_KEY, "offered-key", facts, key_id=facts.key_id, fingerprint=offered.fingerprint,
                            organization=offered.organization or facts.organization, offered_by=offered.offered_by or "?")
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
    pages = page_texts(data)
    return [_check_page(verify_statement(db, text), index + 1, pages) for index, text in enumerate(statements)]


def page_texts(data: bytes) -> list[str] | None:
    """The text of each page of a PDF, or None when it cannot be read (pypdf missing, or a PDF it cannot parse)."""
    try:
        from pypdf import PdfReader

        return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    except Exception:  # pypdf raises many kinds for odd files; the statement has been checked regardless
        return None


def _normal(text: str) -> str:
    """Text compared without whitespace: wrapped lines and spaced capitals read back with other spaces."""
    return "".join(unicodedata.normalize("NFC", text).split())


def _shown(signed: str, page: str) -> bool:
    """Whether the page shows `signed`, or the start of it cut with "…" as a long text is on the page."""
    wanted = _normal(signed)
    if wanted in page:
        return True
    shortest = max(12, len(wanted) // 2)  # a long name or title loses its end, never most of it
    return "…" in page and any(wanted[:length] + "…" in page for length in range(len(wanted) - 1, shortest - 1, -1))


def page_differences(facts: Facts, text: str) -> list[tuple[str, str]]:
    """The signed facts (field, value) a page's text does not show, as the page draws them."""
    page = _normal(text)
    expected = (("name", facts.name, facts.name), ("code", facts.code, facts.code),
                ("course", facts.course, facts.course), ("hours", format_hours(facts.hours, facts.language), None),
                ("organization", facts.organization, facts.organization.upper()))  # a heading in capitals
    return [(field, value) for field, value, drawn in expected if not _shown(drawn or value, page)]


def _check_page(verdict: Verdict, page: int, texts: list[str] | None) -> Verdict:
    """A genuine statement's verdict, checked against what its page shows."""
    if not verdict.valid:
        return replace(verdict, page=page)
    if texts is not None and page > len(texts):
        return replace(_verdict(PAGE_MISMATCH, "page-missing", verdict.facts, verdict.key, page=page), page=page,
                       page_checked=True)
    if texts is None or not _normal(texts[page - 1]):
        return replace(verdict, page=page, page_checked=False)  # no readable text: a person compares by eye
    differences = page_differences(verdict.facts, texts[page - 1])
    if not differences:
        return replace(verdict, page=page, page_checked=True)
    listed = {lang: ", ".join(f"{pick(COMPARED[field], lang)} “{value}”" for field, value in differences)
              for lang in LANGUAGES}
    return replace(_verdict(PAGE_MISMATCH, "page-mismatch", verdict.facts, verdict.key, page=page,
                            differences=listed), page=page, page_checked=True)


def verify(db: Database, subject: str) -> list[Verdict]:
    """Check whatever `trainer verify` was given: a statement line, a PDF file, or a code."""
    if "|" in subject:
        return [verify_statement(db, subject)]
    if Path(subject).is_file() or subject.lower().endswith(".pdf"):
        return verify_pdf(db, Path(subject))
    return [verify_code(db, subject)]
