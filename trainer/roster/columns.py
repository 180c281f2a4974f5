"""What a roster column can hold, guessed from its header, and how a cell's text becomes a profile value.

Trainers bring spreadsheets made by hand in Spanish or English, so headers
("Nombre", "Institución", "E-mail") and values ("Público", "Mujer", "M",
"Rep. Dominicana", "GTM", "Alemania") are matched without regard to case, accents or
punctuation.
"""

import re
import unicodedata

from trainer.countries import find_country
from trainer.errors import UserError
from trainer.i18n import pick
from trainer.people.service import EMAIL_PATTERN

FIELDS = ("name", "first_name", "last_name", "organization", "sector", "country", "sex", "email", "language")
IGNORE = "ignore"

FIELD_LABELS = {
    "name": {"es": "nombre", "en": "name"},
    "first_name": {"es": "nombres", "en": "first name"},
    "last_name": {"es": "apellidos", "en": "last name"},
    "organization": {"es": "organización", "en": "organization"},
    "sector": {"es": "sector", "en": "sector"},
    "country": {"es": "país", "en": "country"},
    "sex": {"es": "sexo", "en": "sex"},
    "email": {"es": "correo", "en": "e-mail"},
    "language": {"es": "idioma", "en": "language"},
}

HEADER_ALIASES = {
    "name": ("nombre", "nombre completo", "nombres y apellidos", "nombre y apellido", "nombre y apellidos",
             "participante", "name", "full name", "participant", "participant name", "nombre del participante"),
    "first_name": ("nombres", "primer nombre", "first name", "first names", "given name", "given names", "forename"),
    "last_name": ("apellidos", "apellido", "last name", "surname", "family name"),
    "organization": ("organizacion", "institucion", "empresa", "entidad", "cooperativa", "organization", "organisation",
                     "institution", "company", "employer", "nombre de la organizacion", "nombre de la empresa"),
    "sector": ("sector", "tipo de organizacion", "tipo de institucion", "tipo de entidad", "organization type",
               "type of organization", "sector type"),
    "country": ("pais", "country", "pais de residencia", "country of residence"),
    "sex": ("sexo", "genero", "sex", "gender"),
    "email": ("correo", "correo electronico", "correo e", "e mail", "email", "mail", "email address",
              "e mail address", "direccion de correo", "electronic mail"),
    "language": ("idioma", "language", "lengua", "idioma preferido", "preferred language"),
}

SECTOR_WORDS = {
    "public": ("publico", "publica", "public", "sector publico", "public sector", "gobierno", "government", "estatal",
               "estado", "state", "pub"),
    "private": ("privado", "privada", "private", "sector privado", "private sector", "empresa", "empresa privada",
                "business", "priv"),
    "academic": ("academico", "academica", "academia", "academic", "universidad", "university", "educacion",
                 "education", "acad"),
    "other": ("otro", "otra", "other", "ong", "ngo", "sociedad civil", "civil society", "cooperativa", "cooperative",
              "organismo internacional", "international organization"),
}

SEX_WORDS = {
    "female": ("mujer", "femenino", "f", "female", "woman", "fem"),
    "male": ("hombre", "masculino", "m", "male", "man", "h", "masc"),
    "other": ("otro", "otra", "other", "x", "no binario", "non binary", "nonbinary"),
}
SEX_NOT_STATED = ("prefiero no decir", "prefiero no responder", "prefer not to say", "n a", "na", "no indica", "nd")

LANGUAGE_WORDS = {"es": ("es", "espanol", "castellano", "spanish"), "en": ("en", "ingles", "english")}

# Ways trainers write a country that CLDR's names and codes (trainer.countries) do not cover.
COUNTRY_ALIASES = {
    "rep dominicana": "DO", "dominican rep": "DO", "rd": "DO",
    "ee uu": "US", "eeuu": "US", "eua": "US", "estados unidos de america": "US", "united states of america": "US",
    "mejico": "MX", "estados unidos mexicanos": "MX",
}

MESSAGES = {
    "bad-sector": {
        "en": "sector '{value}' is not one of: public, private, academic, other",
        "es": "el sector '{value}' no es uno de: público, privado, académico, otro",
    },
    "bad-sex": {
        "en": "sex '{value}' is not one of: female (F), male (M), other (or leave it empty)",
        "es": "el sexo '{value}' no es uno de: mujer (F), hombre (M), otro (o déjelo vacío)",
    },
    "bad-country": {
        "en": "country '{value}' is not one we know: write its name (Guatemala) or its code (GT)",
        "es": "el país '{value}' no es uno que conozcamos: escriba su nombre (Guatemala) o su código (GT)",
    },
    "bad-email": {"en": "'{value}' is not an e-mail address", "es": "'{value}' no es una dirección de correo"},
    "bad-language": {"en": "language '{value}' is not Spanish (es) or English (en)",
                     "es": "el idioma '{value}' no es español (es) ni inglés (en)"},
    "name-required": {"en": "the name is empty", "es": "el nombre está vacío"},
    "unknown-column": {
        "en": "the file has no column '{column}'; its columns are: {columns}",
        "es": "el archivo no tiene la columna '{column}'; sus columnas son: {columns}",
    },
    "unknown-field": {
        "en": "'{value}' is not a roster field; use one of: {fields}",
        "es": "'{value}' no es un campo de la lista; use uno de: {fields}",
    },
    "bad-override": {
        "en": "'{value}' is not COLUMN=FIELD (for example \"Correo personal=email\")",
        "es": "'{value}' no es COLUMNA=CAMPO (por ejemplo \"Correo personal=email\")",
    },
}


def plain(text: str) -> str:
    """Lowercase ASCII words without punctuation or parenthesised remarks: 'Correo (opcional):' -> 'correo'."""
    text = re.sub(r"\([^)]*\)", " ", str(text))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", ascii_text.casefold()).split())


def field_label(field: str, lang: str) -> str:
    return pick(FIELD_LABELS[field], lang)


def header_field(header: str) -> tuple[str | None, int]:
    """The field a header names and how strongly (characters of the alias it contains; 0: none)."""
    words = f" {plain(header)} "
    best, strength = None, 0
    for field in FIELDS:
        for alias in HEADER_ALIASES[field]:
            if f" {alias} " in words and len(alias) > strength:
                best, strength = field, len(alias) + (1000 if words.strip() == alias else 0)
    return best, strength


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field -> column index, from the headers; each field and each column used at most once, best match first."""
    candidates = []
    for index, header in enumerate(headers):
        field, strength = header_field(header)
        if field:
            candidates.append((-strength, index, field))
    mapping: dict[str, int] = {}
    for _strength, index, field in sorted(candidates):
        if field not in mapping and index not in mapping.values():
            mapping[field] = index
    return mapping


def column_letter(index: int) -> str:
    """'A' for the first column, 'AA' for the 27th, as a spreadsheet program labels them."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def apply_overrides(headers: list[str], mapping: dict[str, int], overrides: list[str]) -> dict[str, int]:
    """The mapping with 'COLUMN=FIELD' choices applied; COLUMN is a header, a letter (C) or a number (3)."""
    result = dict(mapping)
    for override in overrides:
        column, separator, field = override.rpartition("=")
        if not separator or not column.strip():
            raise UserError(MESSAGES, "bad-override", value=override)
        index = _column_index(headers, column.strip())
        field = _field_named(field.strip())
        result = {f: i for f, i in result.items() if i != index and f != field}
        if field != IGNORE:
            result[field] = index
    return result


def _column_index(headers: list[str], key: str) -> int:
    for index, header in enumerate(headers):
        if plain(header) == plain(key) and plain(key):
            return index
    for index in range(len(headers)):
        if key.upper() == column_letter(index) or key == str(index + 1):
            return index
    raise UserError(MESSAGES, "unknown-column", column=key,
                    columns=", ".join(f"{column_letter(i)} '{h}'" for i, h in enumerate(headers)))


def _field_named(key: str) -> str:
    wanted = plain(key).replace(" ", "_")
    if wanted in (IGNORE, "", "ignorar", "_"):
        return IGNORE
    for field in FIELDS:
        if wanted == field or plain(key) in {plain(label) for label in FIELD_LABELS[field].values()}:
            return field
    raise UserError(MESSAGES, "unknown-field", value=key, fields=", ".join((*FIELDS, IGNORE)))


def _lookup(words: dict[str, tuple[str, ...]], value: str) -> str | None:
    key = plain(value)
    return next((code for code, options in words.items() if key in options), None)


def read_sector(value: str) -> str:
    """'Público', 'privada', 'Academia', 'ONG'... -> public, private, academic, other; empty -> other."""
    if not value.strip():
        return "other"
    sector = _lookup(SECTOR_WORDS, value)
    if sector is None:
        raise UserError(MESSAGES, "bad-sector", value=value)
    return sector


def read_sex(value: str) -> str | None:
    """'Mujer', 'F', 'Hombre', 'M', 'Otro'... -> female, male, other; empty or 'prefer not to say' -> None."""
    if not value.strip() or plain(value) in SEX_NOT_STATED:
        return None
    sex = _lookup(SEX_WORDS, value)
    if sex is None:
        raise UserError(MESSAGES, "bad-sex", value=value)
    return sex


def read_country(value: str) -> str:
    """Any country's name in Spanish or English ('Alemania', 'portugal'), its two- or three-letter code (DE, DEU),
    or a usual abbreviation ('Rep. Dominicana', 'EE.UU.') -> the ISO two-letter code."""
    if not value.strip():
        return ""
    code = find_country(value) or COUNTRY_ALIASES.get(plain(value))
    if code is None:
        raise UserError(MESSAGES, "bad-country", value=value)
    return code


def read_email(value: str) -> str | None:
    email = value.strip()
    if not email:
        return None
    if not EMAIL_PATTERN.match(email):
        raise UserError(MESSAGES, "bad-email", value=value)
    return email


def read_language(value: str, default: str = "es") -> str:
    if not value.strip():
        return default
    language = _lookup(LANGUAGE_WORDS, value)
    if language is None:
        raise UserError(MESSAGES, "bad-language", value=value)
    return language


def read_name(value: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise UserError(MESSAGES, "name-required")
    return name
