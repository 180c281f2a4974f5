"""The signed statement a certificate carries: its facts, frozen at issue time, as one line of text.

Version 1 is sixteen fields separated by "|":

    TRN1|TRN-7K3Q-M9XA|María Pérez|completion|Comercio electrónico para exportar|16|2026-03-02/2026-03-06|
    Sololá, Guatemala|Rosa Díaz|Trainer|2026-03-06|es|ecommerce-export|signatures,payments|K4M8Q2ZX|<signature>

that is: version, code, name, kind (completion or participation), course title in the participant's
language, hours, the workshop's dates (empty for a course certificate without a workshop), place,
trainer, organization, issue date, language, course id, module ids, key id, and the Ed25519
signature (base64url, 86 characters) of the UTF-8 bytes of everything before the last "|".

Plain text rather than encoded JSON: a phone's QR reader shows the facts to whoever scans the
paper, and the whole line stays under about 400 characters even for long names, small enough for
a QR code a phone reads easily. Fields are cleaned on issue (no "|", no line breaks, Unicode NFC)
so that splitting is unambiguous and a copy that went through another program still verifies.
"""

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer.certificates.codes import ALPHABET, LENGTH, code_core, display_code
from trainer.errors import UserError
from trainer.i18n import pick

VERSION = "TRN1"
KINDS = ("completion", "participation")
SEPARATOR = "|"
FIELD_COUNT = 16
HOURS_PATTERN = re.compile(r"^\d{1,4}(\.\d{1,2})?$")
ID_LIST_PATTERN = re.compile(r"^[a-z0-9-]{1,64}(,[a-z0-9-]{1,64})*$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")
SIGNATURE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{86}$")

FIELDS = {
    "code": {"en": "code", "es": "código"},
    "name": {"en": "name", "es": "nombre"},
    "kind": {"en": "kind of certificate", "es": "tipo de certificado"},
    "hours": {"en": "hours", "es": "horas"},
    "period": {"en": "dates", "es": "fechas"},
    "issued": {"en": "issue date", "es": "fecha de emisión"},
    "language": {"en": "language", "es": "idioma"},
    "course": {"en": "course id", "es": "id del curso"},
    "modules": {"en": "modules", "es": "módulos"},
    "key": {"en": "key id", "es": "id de clave"},
    "signature": {"en": "signature", "es": "firma"},
}

KIND_NAMES = {
    "completion": {"en": "completion", "es": "aprobación"},
    "participation": {"en": "participation", "es": "participación"},
}

FACT_NAMES = {  # the facts issuing again may change (not the code, issue date or key), as a trainer reads them
    "name": FIELDS["name"],
    "kind": FIELDS["kind"],
    "course": {"en": "course", "es": "curso"},
    "hours": FIELDS["hours"],
    "period": FIELDS["period"],
    "place": {"en": "place", "es": "lugar"},
    "trainer": {"en": "trainer", "es": "capacitador(a)"},
    "organization": {"en": "organization", "es": "organización"},
    "language": FIELDS["language"],
    "course_id": FIELDS["course"],
    "module_ids": FIELDS["modules"],
}
NOTHING = {"en": "(none)", "es": "(vacío)"}

MESSAGES = {
    "not-a-statement": {
        "en": "this is not a Trainer certificate statement (it should start with {version}|)",
        "es": "esto no es una declaración de certificado de Trainer (debería empezar con {version}|)",
    },
    "incomplete": {
        "en": "the statement has {count} of its {expected} parts: it was cut off or damaged when copied",
        "es": "la declaración tiene {count} de sus {expected} partes: se cortó o dañó al copiarla",
    },
    **{f"bad-{field}": {
        "en": f"the statement's {names['en']} '{{value}}' is not valid: it was cut off, damaged or altered",
        "es": f"el campo {names['es']} '{{value}}' de la declaración no es válido: se cortó, se dañó o se alteró",
    } for field, names in FIELDS.items()},
}


@dataclass(frozen=True)
class Facts:
    """What a certificate states, exactly as signed."""

    code: str
    name: str
    kind: str
    course: str
    hours: float
    period: tuple[date, date] | None
    place: str
    trainer: str
    organization: str
    issued_on: date
    language: str
    course_id: str
    module_ids: tuple[str, ...]
    key_id: str


@dataclass(frozen=True)
class SignedStatement:
    facts: Facts
    text: str
    signature: str

    @property
    def token(self) -> str:
        """The whole line: what the QR code holds and `trainer verify` accepts."""
        return f"{self.text}{SEPARATOR}{self.signature}"


def clean_field(text: str) -> str:
    """A field as it can be signed: NFC, single spaces, no separator."""
    return unicodedata.normalize("NFC", " ".join(str(text).replace(SEPARATOR, "/").split()))


def hours_text(hours: float) -> str:
    return f"{round(hours, 2):g}"


def _period_text(period: tuple[date, date] | None) -> str:
    if period is None:
        return ""
    start, end = period
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"


def statement_text(facts: Facts) -> str:
    """The signed part of the statement."""
    fields = (
        VERSION, facts.code, facts.name, facts.kind, facts.course, hours_text(facts.hours), _period_text(facts.period),
        facts.place, facts.trainer, facts.organization, facts.issued_on.isoformat(), facts.language, facts.course_id,
        ",".join(facts.module_ids), facts.key_id,
    )
    return SEPARATOR.join(clean_field(field) for field in fields)


def _fact_texts(facts: Facts) -> dict[str, str]:
    """Each of FACT_NAMES as the statement signs it."""
    return {
        "name": facts.name, "kind": facts.kind, "course": facts.course, "hours": hours_text(facts.hours),
        "period": _period_text(facts.period), "place": facts.place, "trainer": facts.trainer,
        "organization": facts.organization, "language": facts.language, "course_id": facts.course_id,
        "module_ids": ",".join(facts.module_ids),
    }


def differences(old: Facts, new: Facts) -> tuple[tuple[str, str, str], ...]:
    """(fact, old text, new text) for each fact of FACT_NAMES that `new` states otherwise than `old`."""
    before, after = _fact_texts(old), _fact_texts(new)
    return tuple((fact, clean_field(before[fact]), clean_field(after[fact])) for fact in FACT_NAMES
                 if clean_field(before[fact]) != clean_field(after[fact]))


def difference_text(fact: str, old: str, new: str, lang: str) -> str:
    """One difference as a trainer reads it: «name: “Maria Perez” → “María Pérez”»."""
    def shown(value: str) -> str:
        if not value:
            return pick(NOTHING, lang)
        return f"“{pick(KIND_NAMES[value], lang) if fact == 'kind' and value in KIND_NAMES else value}”"

    return f"{pick(FACT_NAMES[fact], lang)}: {shown(old)} → {shown(new)}"


def sign(facts: Facts, private_key: Ed25519PrivateKey) -> SignedStatement:
    text = statement_text(facts)
    signature = base64.urlsafe_b64encode(private_key.sign(text.encode("utf-8"))).rstrip(b"=").decode("ascii")
    return SignedStatement(parse_statement(f"{text}{SEPARATOR}{signature}").facts, text, signature)


def signature_matches(statement: SignedStatement, public_key: Ed25519PublicKey) -> bool:
    try:
        raw = base64.urlsafe_b64decode(statement.signature + "==")
        if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != statement.signature:
            return False  # another spelling of the same bytes: accept one spelling only
        public_key.verify(raw, statement.text.encode("utf-8"))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def _bad(field: str, value: str) -> UserError:
    return UserError(MESSAGES, f"bad-{field}", value=value)


def _date(value: str, field: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(field, value) from None


def parse_statement(token: str) -> SignedStatement:
    """Split a statement line into its facts and signature, or a UserError saying how it is damaged.

    Checks the form only; whether the signature is right is `signature_matches`.
    """
    token = unicodedata.normalize("NFC", token.strip())
    if not token.startswith(VERSION + SEPARATOR):
        raise UserError(MESSAGES, "not-a-statement", version=VERSION)
    parts = token.split(SEPARATOR)
    if len(parts) != FIELD_COUNT:
        raise UserError(MESSAGES, "incomplete", count=len(parts), expected=FIELD_COUNT)
    (_, code, name, kind, course, hours, period, place, trainer, organization, issued_on, language, course_id,
     module_ids, key, signature) = parts

    if display_code(code_core(code)) != code:
        raise _bad("code", code)
    if not name:
        raise _bad("name", name)
    if kind not in KINDS:
        raise _bad("kind", kind)
    if not HOURS_PATTERN.match(hours):
        raise _bad("hours", hours)
    dates = tuple(_date(value, "period") for value in period.split("/")) if period else None
    if dates is not None and (len(dates) > 2 or dates[0] > dates[-1]):
        raise _bad("period", period)
    if not LANGUAGE_PATTERN.match(language):
        raise _bad("language", language)
    if not ID_LIST_PATTERN.match(course_id) or "," in course_id:
        raise _bad("course", course_id)
    if not ID_LIST_PATTERN.match(module_ids):
        raise _bad("modules", module_ids)
    if len(key) != LENGTH or any(c not in ALPHABET for c in key):
        raise _bad("key", key)
    if not SIGNATURE_PATTERN.match(signature):
        raise _bad("signature", signature[:12] + "…" if len(signature) > 12 else signature)
    facts = Facts(
        code=code, name=name, kind=kind, course=course, hours=float(hours),
        period=(dates[0], dates[-1]) if dates else None, place=place, trainer=trainer, organization=organization,
        issued_on=_date(issued_on, "issued"), language=language, course_id=course_id,
        module_ids=tuple(module_ids.split(",")), key_id=key,
    )
    return SignedStatement(facts, SEPARATOR.join(parts[:-1]), signature)
