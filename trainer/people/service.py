"""Creating, finding and protecting participant profiles."""

import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from trainer.countries import COUNTRIES
from trainer.errors import UserError
from trainer.i18n import LANGUAGES
from trainer.people.pins import PIN_PATTERN, hash_pin, pin_matches
from trainer.progress.scoring import normalize_text
from trainer.storage.database import Database
from trainer.storage.models import ROLES, SECTORS, SEXES, Participant

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

MESSAGES = {
    "name-required": {"en": "a name is required", "es": "el nombre es obligatorio"},
    "bad-sector": {
        "en": "sector '{value}' is not one of: public, private, academic, other",
        "es": "el sector '{value}' no es uno de: public (público), private (privado), academic (académico), other (otro)",
    },
    "bad-country": {
        "en": "country '{value}' is not a known two-letter code (GT, CR, MX...)",
        "es": "el país '{value}' no es un código de dos letras conocido (GT, CR, MX...)",
    },
    "bad-sex": {
        "en": "sex '{value}' is not one of: female, male, other (or leave it empty)",
        "es": "el sexo '{value}' no es uno de: female (mujer), male (hombre), other (otro) (o déjelo vacío)",
    },
    "bad-email": {"en": "'{value}' is not an e-mail address", "es": "'{value}' no es una dirección de correo"},
    "bad-language": {"en": "language '{value}' is not es or en", "es": "el idioma '{value}' no es es ni en"},
    "bad-role": {
        "en": "role '{value}' is not one of: participant, trainer, organizer",
        "es": "el rol '{value}' no es uno de: participant, trainer, organizer",
    },
    "bad-pin": {"en": "a PIN is 4 to 8 digits", "es": "un PIN tiene de 4 a 8 dígitos"},
    "not-found": {
        "en": "no participant matches '{key}'; see 'trainer participants list'",
        "es": "ningún participante coincide con '{key}'; vea 'trainer participants list'",
    },
    "ambiguous": {
        "en": "'{key}' matches {count} participants; use the id shown by 'trainer participants list'",
        "es": "'{key}' coincide con {count} participantes; use el id que muestra 'trainer participants list'",
    },
}


@dataclass
class ProfileInput:
    """What a person types in the profile form or a roster row."""

    name: str
    organization: str = ""
    sector: str = "other"
    country: str = ""
    sex: str | None = None
    email: str | None = None
    language: str = "es"
    role: str = "participant"
    pin: str | None = None

    def cleaned(self) -> "ProfileInput":
        """The input with spaces trimmed and codes normalised, or a UserError naming the first bad field."""
        name = " ".join(self.name.split())
        if not name:
            raise UserError(MESSAGES, "name-required")
        sector = (self.sector or "other").strip().lower()
        if sector not in SECTORS:
            raise UserError(MESSAGES, "bad-sector", value=self.sector)
        country = (self.country or "").strip().upper()
        if country and country not in COUNTRIES:
            raise UserError(MESSAGES, "bad-country", value=self.country)
        sex = (self.sex or "").strip().lower() or None
        if sex is not None and sex not in SEXES:
            raise UserError(MESSAGES, "bad-sex", value=self.sex)
        email = (self.email or "").strip() or None
        if email is not None and not EMAIL_PATTERN.match(email):
            raise UserError(MESSAGES, "bad-email", value=self.email)
        language = (self.language or "es").strip().lower()
        if language not in LANGUAGES:
            raise UserError(MESSAGES, "bad-language", value=self.language)
        role = (self.role or "participant").strip().lower()
        if role not in ROLES:
            raise UserError(MESSAGES, "bad-role", value=self.role)
        pin = (self.pin or "").strip() or None
        if pin is not None and not PIN_PATTERN.match(pin):
            raise UserError(MESSAGES, "bad-pin")
        return ProfileInput(name, " ".join(self.organization.split()), sector, country, sex, email, language, role, pin)


def add_participant(db: Database, profile: ProfileInput) -> Participant:
    clean = profile.cleaned()
    participant = Participant(
        origin_device_id=db.device_id(), name=clean.name, organization=clean.organization, sector=clean.sector,
        country=clean.country, sex=clean.sex, email=clean.email, language=clean.language, role=clean.role,
        pin_hash=hash_pin(clean.pin) if clean.pin else None,
    )
    with db.session() as session:
        session.add(participant)
    return participant


def list_participants(db: Database, search: str = "") -> list[Participant]:
    with db.session() as session:
        query = select(Participant).order_by(func.lower(Participant.name))
        if search:
            pattern = f"%{search.strip()}%"
            query = query.where(or_(Participant.name.ilike(pattern), Participant.organization.ilike(pattern)))
        return list(session.scalars(query))


def get_participant(db: Database, participant_id: str) -> Participant | None:
    with db.session() as session:
        return session.get(Participant, participant_id)


def find_participant(db: Database, key: str) -> Participant:
    """The one participant whose id starts with `key` or whose name equals it (ignoring case and accents)."""
    key = key.strip()
    with db.session() as session:
        matches = list(session.scalars(select(Participant).where(Participant.id.startswith(key.lower()))))
        if not matches:  # compared in Python: SQLite's lower() leaves "Á" and "Ñ" alone
            wanted = normalize_text(key)
            matches = [p for p in session.scalars(select(Participant)) if normalize_text(p.name) == wanted]
    if not matches:
        raise UserError(MESSAGES, "not-found", key=key)
    if len(matches) > 1:
        raise UserError(MESSAGES, "ambiguous", key=key, count=len(matches))
    return matches[0]


def set_pin(db: Database, participant_id: str, pin: str | None) -> None:
    """Set or (with None) remove a profile's PIN."""
    if pin is not None and not PIN_PATTERN.match(pin):
        raise UserError(MESSAGES, "bad-pin")
    with db.session() as session:
        session.get(Participant, participant_id).pin_hash = hash_pin(pin) if pin else None


def check_pin(participant: Participant, pin: str) -> bool:
    """True when the profile has no PIN, or `pin` is its PIN."""
    return participant.pin_hash is None or pin_matches(pin, participant.pin_hash)


def set_language(db: Database, participant_id: str, language: str) -> None:
    """The profile's interface language, so the app opens in it next time."""
    if language not in LANGUAGES:
        raise UserError(MESSAGES, "bad-language", value=language)
    with db.session() as session:
        session.get(Participant, participant_id).language = language
