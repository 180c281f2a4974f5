"""Every country a participant can come from, with its Spanish and English name, keyed by ISO 3166-1 alpha-2.

The list is CLDR's (through Babel), so a participant from Germany or Portugal
is as welcome as one from Guatemala, and names stay maintained upstream. One
list serves profiles, roster import, the CLI, the course validator (country
notes are keyed by code) and the reports.
"""

import re
import unicodedata
from collections.abc import Iterator, Mapping
from functools import cache

# CLDR territories that are not ISO 3166-1 countries: macro-regions (EU, UN...), exceptionally reserved codes
# (Ascension, Canary Islands...) and private-use codes (Kosovo's XK among them), so a stored code is always ISO.
NOT_ISO = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"})

# Names already printed on certificates (a certificate's place is a signed fact) where CLDR abbreviates
# ("St. Kitts & Nevis"): kept spelled out so re-issuing the same facts reprints rather than revokes.
SPELLED_OUT = {
    "AG": {"en": "Antigua and Barbuda"},
    "KN": {"en": "Saint Kitts and Nevis"},
    "LC": {"en": "Saint Lucia"},
    "VC": {"en": "Saint Vincent and the Grenadines"},
    "TT": {"en": "Trinidad and Tobago"},
}


@cache
def _cldr_names() -> dict[str, dict[str, str]]:
    """Code -> {"es": name, "en": name} as CLDR spells them, read on first use (about 60 ms, so not at start-up)."""
    from babel import Locale

    spanish, english = Locale.parse("es").territories, Locale.parse("en").territories
    return {code: {"es": spanish[code], "en": english[code]}
            for code in sorted(english) if len(code) == 2 and code.isalpha() and code not in NOT_ISO}


@cache
def _territories() -> dict[str, dict[str, str]]:
    return {code: {**names, **SPELLED_OUT.get(code, {})} for code, names in _cldr_names().items()}


class _Countries(Mapping):
    """The country table as a read-only mapping that reads CLDR only when first asked."""

    def __getitem__(self, code: str) -> dict[str, str]:
        return _territories()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(_territories())

    def __len__(self) -> int:
        return len(_territories())

    def __contains__(self, code) -> bool:
        return code in _territories()


COUNTRIES: Mapping[str, dict[str, str]] = _Countries()


def country_name(code: str, lang: str) -> str:
    """The country's name in `lang`, or the code itself for a code we do not list."""
    names = COUNTRIES.get(code.upper())
    return names.get(lang, names["en"]) if names else code


def country_choices(lang: str) -> list[tuple[str, str]]:
    """(code, name) for a country picker, in alphabetical order of the name as a reader of `lang` expects
    (accents ignored, so "Islas Åland" sits among the I's)."""
    return sorted(((code, country_name(code, lang)) for code in COUNTRIES), key=lambda pair: name_key(pair[1]))


@cache
def _names() -> dict[str, str]:
    """Every way of writing a country we recognise, reduced by `name_key`, -> its code."""
    from babel.core import get_global

    keys = {}
    for alias, targets in get_global("territory_aliases").items():  # alpha-3 codes: DEU, GTM
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in COUNTRIES:
            keys[name_key(alias)] = targets[0]
    for table in (_cldr_names(), _territories()):  # CLDR's spelling too where SPELLED_OUT differs
        for code, names in table.items():
            for name in names.values():
                keys[name_key(name)] = code
    return keys


def name_key(text: str) -> str:
    """A name reduced to lowercase ASCII words: 'Perú' == 'peru', 'St. Lucia' == 'Saint Lucia', '&' == 'and'."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
    words = re.sub(r"[^a-z0-9&]+", " ", ascii_text).replace("&", " and ").split()
    return " ".join("saint" if word == "st" else "and" if word == "y" else word for word in words)


def find_country(text: str) -> str | None:
    """The ISO code a country's code (DE, DEU) or name in Spanish or English ('Alemania', 'germany') stands for,
    accents and case ignored; None when it names no country."""
    value = str(text).strip()
    if value.upper() in COUNTRIES:
        return value.upper()
    return _names().get(name_key(value))
