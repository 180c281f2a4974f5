"""Words every report uses, in Spanish and English: yes/no, groups, dates and the line saying what a report covers."""

from datetime import date

from trainer.countries import country_name
from trainer.i18n import pick

YES = {"en": "Yes", "es": "Sí"}
NO = {"en": "No", "es": "No"}
NOT_STATED = {"en": "Not stated", "es": "No indicado"}

SECTORS = {
    "public": {"en": "Public", "es": "Público"},
    "private": {"en": "Private", "es": "Privado"},
    "academic": {"en": "Academic", "es": "Académico"},
    "other": {"en": "Other", "es": "Otro"},
}
SEXES = {
    "female": {"en": "Women", "es": "Mujeres"},
    "male": {"en": "Men", "es": "Hombres"},
    "other": {"en": "Other", "es": "Otro"},
}
PERIOD = {
    "both": {"en": "from {start} to {end}", "es": "del {start} al {end}"},
    "start": {"en": "from {start}", "es": "desde el {start}"},
    "end": {"en": "up to {end}", "es": "hasta el {end}"},
    "none": {"en": "all dates", "es": "todas las fechas"},
}


def yes_no(value: bool, lang: str) -> str:
    return pick(YES if value else NO, lang)


def sector_label(sector: str | None, lang: str) -> str:
    return pick(SECTORS.get(sector or "", NOT_STATED), lang)


def sex_label(sex: str | None, lang: str) -> str:
    return pick(SEXES.get(sex or "", NOT_STATED), lang)


def country_label(code: str | None, lang: str) -> str:
    return country_name(code, lang) if code else pick(NOT_STATED, lang)


def period(start: date | None, end: date | None, lang: str) -> str:
    key = "both" if start and end else "start" if start else "end" if end else "none"
    return pick(PERIOD[key], lang).format(start=start, end=end)


def workshop_scope(workshop, lang: str) -> str:
    """'Taller Sololá · Sololá, Guatemala · del 2026-03-02 al 2026-03-06' (dates: the workshop's, else its sessions')."""
    days = [s.date for s in workshop.sessions]
    first_day, last_day = workshop.starts_on or min(days, default=None), workshop.ends_on or max(days, default=None)
    place = ", ".join(part for part in (workshop.place, country_name(workshop.country, lang) if workshop.country else "")
                      if part)
    return " · ".join(part for part in (workshop.title, place, period(first_day, last_day, lang)) if part)
