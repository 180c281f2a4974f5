"""Creating, finding and protecting participant profiles."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import func, or_, select, union_all

from trainer.countries import find_country
from trainer.errors import UserError
from trainer.i18n import LANGUAGES
from trainer.people.pins import PIN_PATTERN, hash_pin, pin_matches
from trainer.progress.scoring import normalize_text
from trainer.roster.identity import identity_key, known_people
from trainer.storage.database import Database
from trainer.storage.models import (
    ROLES, SECTORS, SEXES, Account, LessonCompletion, Participant, QuizAttempt, utc_now,
)

MAX_NAME_LENGTH = 200  # the column's size: a longer name would make every bundle from this laptop unimportable
# Invisible characters that change how text is shown (bidi overrides, zero-width) or drive a terminal.
_HIDDEN = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}
_KEPT_FORMAT = {"\u200c", "\u200d"}  # zero-width (non-)joiners that Persian, Indic and emoji spelling need
PIN_DELAY_FREE_TRIES = 3
PIN_DELAY_MAX = timedelta(hours=1)

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

MESSAGES = {
    "name-required": {"en": "a name is required", "es": "el nombre es obligatorio"},
    "bad-sector": {
        "en": "sector '{value}' is not one of: public, private, academic, other",
        "es": "el sector '{value}' no es uno de: public (público), private (privado), academic (académico), other (otro)",
    },
    "bad-country": {
        "en": "country '{value}' is not one we know: write its code (GT, DE) or its name (Guatemala, Germany)",
        "es": "el país '{value}' no es uno que conozcamos: escriba su código (GT, DE) o su nombre (Guatemala, Alemania)",
    },
    "bad-sex": {
        "en": "sex '{value}' is not one of: female, male, other (or leave it empty)",
        "es": "el sexo '{value}' no es uno de: female (mujer), male (hombre), other (otro) (o déjelo vacío)",
    },
    "bad-email": {"en": "'{value}' is not an e-mail address", "es": "'{value}' no es una dirección de correo"},
    "bad-language": {"en": "language '{value}' is not es or en", "es": "el idioma '{value}' no es es ni en"},
    "name-too-long": {
        "en": "{field} has {length} characters; at most {limit} are allowed",
        "es": "{field} tiene {length} caracteres; se permiten como máximo {limit}",
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
    "merge-raises-role": {
        "en": "{other} is {role} on this laptop and {keep} is not, and a merge never gives a role: keep {other}'s "
              "profile and merge {keep} into it",
        "es": "{other} es {role} en esta computadora y {keep} no, y unir perfiles nunca da un rol: conserve el perfil "
              "de {other} y una a {keep} con él",
    },
}
ROLE_LABELS = {  # what "merge-raises-role" calls each role
    "trainer": {"en": "a trainer", "es": "capacitador"},
    "organizer": {"en": "an organizer", "es": "organizador"},
}

FIELD_LABELS = {  # what "name-too-long" calls each field
    "name": {"en": "the name", "es": "el nombre"},
    "organization": {"en": "the organization", "es": "la organización"},
    "title": {"en": "the title", "es": "el título"},
    "place": {"en": "the place", "es": "el lugar"},
}


def has_hidden_characters(text: str) -> bool:
    return any(unicodedata.category(c) in _HIDDEN and c not in _KEPT_FORMAT for c in text)


def clean_text(text: str, field: str = "name", limit: int = MAX_NAME_LENGTH) -> str:
    """One line of text as it may be stored and printed: no control or invisible characters, single spaces.

    Control characters and terminal escapes become spaces (so they never reach
    a terminal or a PDF); a text still longer than `limit` is refused.
    """
    shown = "".join(" " if unicodedata.category(c) in _HIDDEN and c not in _KEPT_FORMAT else c for c in text or "")
    shown = " ".join(shown.split())
    if len(shown) > limit:
        label = FIELD_LABELS.get(field, {})
        catalog = {"name-too-long": {lang: text.replace("{field}", label.get(lang, field))
                                     for lang, text in MESSAGES["name-too-long"].items()}}
        raise UserError(catalog, "name-too-long", length=len(shown), limit=limit)
    return shown


@dataclass
class ProfileInput:
    """What a person types in the profile form or a roster row (a role is granted, never typed: trainer.trust)."""

    name: str
    organization: str = ""
    sector: str = "other"
    country: str = ""
    sex: str | None = None
    email: str | None = None
    language: str = "es"
    pin: str | None = None

    def cleaned(self) -> "ProfileInput":
        """The input with spaces trimmed and codes normalised, or a UserError naming the first bad field."""
        name = clean_text(self.name, "name")
        if not name:
            raise UserError(MESSAGES, "name-required")
        sector = (self.sector or "other").strip().lower()
        if sector not in SECTORS:
            raise UserError(MESSAGES, "bad-sector", value=self.sector)
        country = find_country(self.country) if (self.country or "").strip() else ""  # DE, DEU, Alemania, Germany
        if country is None:
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
        pin = (self.pin or "").strip() or None
        if pin is not None and not PIN_PATTERN.match(pin):
            raise UserError(MESSAGES, "bad-pin")
        organization = clean_text(self.organization, "organization")
        return ProfileInput(name, organization, sector, country, sex, email, language, pin)


def add_participant(db: Database, profile: ProfileInput) -> Participant:
    """A new participant profile made on this laptop (with its PIN, if one was given)."""
    clean = profile.cleaned()
    participant = Participant(
        origin_device_id=db.device_id(), name=clean.name, organization=clean.organization, sector=clean.sector,
        country=clean.country, sex=clean.sex, email=clean.email, language=clean.language,
    )
    pin_hash = hash_pin(clean.pin) if clean.pin else None
    with db.session() as session:
        session.add(participant)
        if pin_hash:
            session.flush()
            session.add(Account(participant_id=participant.id, role="participant", pin_hash=pin_hash, failed_tries=0))
    return participant


def likely_matches(db: Database, profile: ProfileInput) -> list[Participant]:
    """Profiles here that are probably the person about to be registered, by the roster's rule of one person
    (trainer.roster.identity: same name and e-mail, or same name and organization), so "New profile" and
    `participants add` can ask "is this you?" instead of making a second profile whose work does not count."""
    clean = profile.cleaned()
    keys = (identity_key(clean.name, clean.email, clean.organization),
            identity_key(clean.name, None, clean.organization))
    with db.session() as session:
        known = known_people(session)
        return [session.get(Participant, found) for found in dict.fromkeys(known[key] for key in keys if key in known)]


def list_participants(db: Database, search: str = "") -> list[Participant]:
    with db.session() as session:
        query = select(Participant).order_by(func.lower(Participant.name))
        if search:
            pattern = f"%{search.strip()}%"
            query = query.where(or_(Participant.name.ilike(pattern), Participant.organization.ilike(pattern)))
        return list(session.scalars(query))


class ProfileRow(NamedTuple):
    """The fields of a row of `profile_rows` (`ProfileRow(*row)` reads one); `key` is what search compares."""

    id: str
    name: str
    organization: str
    country: str
    has_pin: bool
    last_used: datetime | None
    key: str


def _last_used():
    """When each profile last did something here: its latest lesson completion or quiz attempt (one grouped query)."""
    done = select(LessonCompletion.participant_id.label("participant_id"),
                  func.max(LessonCompletion.completed_at).label("at")).group_by(LessonCompletion.participant_id)
    tried = select(QuizAttempt.participant_id, func.max(QuizAttempt.started_at)).group_by(QuizAttempt.participant_id)
    used = union_all(done, tried).subquery()
    return select(used.c.participant_id, func.max(used.c.at).label("at")).group_by(used.c.participant_id).subquery()


def profile_rows(db: Database, search: str = "", page_size: int = 1000) -> list[tuple]:
    """Every profile as a plain tuple of ProfileRow's fields: the most recently used first, then by name.

    One query through Core, read `page_size` rows at a time, so a background fetch of 30,000 profiles never holds
    the interpreter lock long enough to freeze the window; plain tuples of plain values, which the garbage
    collector stops tracking, so keeping 30,000 of them adds nothing to its full collections. Names are sorted
    here, ignoring case and accents (SQLite's lower() leaves "Á" after "z"). `search` keeps those whose name or
    organization contains it (as `profile_matches`)."""
    last = _last_used()
    query = (select(Participant.id, Participant.name, Participant.organization, Participant.country,
                    Account.pin_hash.is_not(None), last.c.at)
             .outerjoin(Account, Account.participant_id == Participant.id)
             .outerjoin(last, last.c.participant_id == Participant.id))
    found = []
    with db.session() as session:
        result = session.execute(query, execution_options={"yield_per": page_size})
        for page in result.partitions():
            found += [(pid, name, organization or "", country or "", bool(has_pin), at,
                       normalize_text(f"{name} {organization or ''}"))
                      for pid, name, organization, country, has_pin, at in page]
    found.sort(key=itemgetter(6))  # by name (then organization): one string each, sorted in about 30 ms...
    found.sort(key=lambda row: row[5] or datetime.min, reverse=True)  # ...within the latest use (a stable sort)
    return profile_matches(found, search) if search.strip() else found


def profile_matches(rows: list[tuple], search: str) -> list[tuple]:
    """The rows of `profile_rows` whose name or organization contains `search`, ignoring case, accents and spacing
    ("nunez" finds "Núñez"), in their order: cheap enough to run on every key typed over 30,000 rows."""
    needle = normalize_text(search)
    return [row for row in rows if needle in row[-1]] if needle else list(rows)


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


def account(session, participant_id: str) -> Account:
    """The profile's local account (a participant with no PIN until something is set)."""
    found = session.get(Account, participant_id)
    if found is None:
        found = Account(participant_id=participant_id, role="participant", failed_tries=0)
        session.add(found)
    return found


def accounts(db: Database) -> dict[str, Account]:
    """Every profile that has a PIN or a role here, by participant id."""
    with db.session() as session:
        return {a.participant_id: a for a in session.scalars(select(Account))}


def role_of(db: Database, participant_id: str) -> str:
    with db.session() as session:
        found = session.get(Account, participant_id)
        return found.role if found else "participant"


def set_pin(db: Database, participant_id: str, pin: str | None, pattern: re.Pattern = PIN_PATTERN) -> None:
    """Set or (with None) remove a profile's PIN."""
    if pin is not None and not pattern.match(pin):
        raise UserError(MESSAGES, "bad-pin")
    pin_hash = hash_pin(pin) if pin else None
    with db.session() as session:
        if session.get(Participant, participant_id) is None:
            raise UserError(MESSAGES, "not-found", key=participant_id)
        found = account(session, participant_id)
        found.pin_hash, found.failed_tries, found.locked_until = pin_hash, 0, None


def refuse_raising_role(session, keep_id: str, other_id: str) -> None:
    """A merge never gives the kept profile a higher role than it has (roles are granted, never gained:
    trainer.trust), so merging a trainer's profile into a participant's is refused, naming the way round."""
    kept, merged = session.get(Account, keep_id), session.get(Account, other_id)
    kept_role = kept.role if kept is not None else "participant"
    if merged is not None and ROLES.index(merged.role) > ROLES.index(kept_role):
        catalog = {"merge-raises-role": {lang: text.replace("{role}", ROLE_LABELS[merged.role][lang])
                                         for lang, text in MESSAGES["merge-raises-role"].items()}}
        raise UserError(catalog, "merge-raises-role", keep=session.get(Participant, keep_id).name,
                        other=session.get(Participant, other_id).name)


def merge_accounts(session, keep_id: str, other_id: str) -> None:
    """When `other_id` is merged into `keep_id` (here or on the laptop a merge came from): the kept profile keeps
    its PIN and role, or takes the other's PIN when it has none, with the other's wrong-try delay so a merge
    never resets one. The other's account goes: a role is never carried over."""
    merged = session.get(Account, other_id)
    if merged is None:
        return
    kept = session.get(Account, keep_id)
    if merged.pin_hash and (kept is None or kept.pin_hash is None):
        kept = account(session, keep_id)
        kept.pin_hash, kept.failed_tries, kept.locked_until = merged.pin_hash, merged.failed_tries, merged.locked_until
    session.delete(merged)


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_seconds: int = 0  # when not ok: how long before the next try is heard (0: try again now)


def pin_delay(failed_tries: int) -> timedelta:
    """The wait after this many wrong tries in a row: none for the first three, then 30 s doubling up to an hour."""
    if failed_tries < PIN_DELAY_FREE_TRIES:
        return timedelta(0)
    return min(timedelta(seconds=30 * 2 ** (failed_tries - PIN_DELAY_FREE_TRIES)), PIN_DELAY_MAX)


def verify_pin(db: Database, participant_id: str, pin: str) -> PinCheck:
    """Check a PIN, slowing down guesses: a wrong try is recorded before the answer, so a restart resets nothing.

    A profile with no PIN opens with any input. While a delay runs, no try is checked at all.
    """
    with db.session() as session:
        found = session.get(Account, participant_id)
        if found is None or found.pin_hash is None:
            return PinCheck(True)
        now = utc_now()
        if found.locked_until is not None and found.locked_until > now:
            return PinCheck(False, max(1, int((found.locked_until - now).total_seconds() + 0.999)))
        stored = found.pin_hash
    right = pin_matches(pin, stored)
    with db.session() as session:
        found = session.get(Account, participant_id)
        if right:
            found.failed_tries, found.locked_until = 0, None
            return PinCheck(True)
        found.failed_tries += 1
        delay = pin_delay(found.failed_tries)
        found.locked_until = utc_now() + delay if delay else None
        return PinCheck(False, int(delay.total_seconds()))


def set_language(db: Database, participant_id: str, language: str) -> None:
    """The profile's interface language, so the app opens in it next time."""
    if language not in LANGUAGES:
        raise UserError(MESSAGES, "bad-language", value=language)
    with db.session() as session:
        session.get(Participant, participant_id).language = language
