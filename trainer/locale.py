"""Numbers and dates as the reader's language writes them, from CLDR data through Babel.

Showing: one style per language everywhere (GUI, CLI, reports, certificates): Spanish "7,9 h", English
"7.9 h", whole numbers without ".0". It follows the language only, because a certificate's page text is
checked against its signed facts by language alone, and the same report must read the same on every laptop.

Reading what a learner typed: Spanish speakers are split (Mexico, Central America, the Dominican Republic,
Peru write 2.5; Argentina, Chile, Colombia, Venezuela write 2,5), so the rule is:
1. Text with only one possible reading is read that way: "1.234,5" = 1234.5, "1,234.5" = 1234.5,
   "2,5" = 2.5, "0,500" = 0.5 (thousands never start with 0).
2. Text a lone "." or "," before exactly three digits makes ambiguous ("2,500", "1.234") is read by the
   learner's language in their country (es_AR: 2.5; es_MX: 2500; English: 2500) when CLDR has that locale.
3. Otherwise (Spanish without a country, or a country CLDR has no Spanish for) the text has two readings and
   no single number: `parse_number` asks the writer to rewrite it, and a quiz answer stored that way is right
   when one of its readings is right (see trainer.progress.scoring).
"""

import math
import re
from datetime import date
from functools import cache

from trainer.errors import UserError

# The locale each language is shown in; Spanish's decimal comma is what certificates have always printed.
SHOWN_IN = {"es": "es", "en": "en"}
# The decimal mark a language settles without a country: English writes 2.5; Spanish has no single answer.
MARK_WITHOUT_COUNTRY = {"en": "."}

MESSAGES = {
    "not-a-number": {"en": "'{value}' is not a number", "es": "'{value}' no es un número"},
    "ambiguous-number": {
        "en": "'{value}' can be read two ways: write {whole} if it is thousands, or {decimal} if it has decimals",
        "es": "'{value}' puede leerse de dos maneras: escriba {whole} si son miles, o {decimal} si tiene decimales",
    },
}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_SHAPE = re.compile(r"[+-]?[\d.,]*\d")


def _reading(digits: str, mark: str) -> float | None:
    """The value of `digits` (sign stripped) with `mark` as decimal mark and the other mark or a space grouping
    thousands, or None when the text is not written that way."""
    whole, _, fraction = digits.partition(mark) if mark in digits else (digits, "", "")
    if mark in fraction or (mark in digits and not fraction.isdigit()):
        return None
    groups = re.split(r"[ .,]", whole)
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and groups[0][0] != "0"
                                and all(len(group) == 3 for group in groups[1:])):
        return None
    if not all(group.isdigit() for group in groups) and not (whole == "" and fraction):
        return None
    return float(f"{''.join(groups) or '0'}.{fraction or '0'}")


def readings(text: str) -> dict[str, float]:
    """Decimal mark -> value, for each way `text` can be read as a number: {} for no number, two different
    values for an ambiguous one ("2,500": {",": 2.5, ".": 2500.0})."""
    plain = _SPACES.sub(" ", str(text).strip().replace("\u2212", "-"))
    compact = plain.replace(" ", "")
    if not _SHAPE.fullmatch(compact):
        return {}
    sign = -1.0 if compact.startswith("-") else 1.0
    digits = plain.lstrip("+-").strip()
    found = {mark: _reading(digits, mark) for mark in (".", ",")}
    # a number too long for a float is no number: stored as infinity it would break every bundle that carries it
    return {mark: sign * value for mark, value in found.items() if value is not None and math.isfinite(value)}


def decimal_mark(lang: str | None, country: str | None = None) -> str | None:
    """The decimal mark a learner of `lang` in `country` writes (CLDR's es_AR: ","; es_MX: "."), or None when
    nothing settles it (Spanish without a country)."""
    from babel import localedata
    from babel.numbers import get_decimal_symbol

    name = f"{lang}_{country.upper()}" if lang and country else ""
    if name and localedata.exists(name):
        return get_decimal_symbol(name)
    return MARK_WITHOUT_COUNTRY.get(lang)


def _rewrites(value: str, found: dict[str, float]) -> dict[str, str]:
    """The two unambiguous ways of writing an ambiguous number: thousands without a separator, and the
    decimal reading with the writer's own mark and no trailing zeros (or one more digit if three remain)."""
    mark = "," if "," in value else "."
    whole, _, fraction = value.strip().rpartition(mark)
    fraction = fraction.rstrip("0")
    decimal = f"{whole}{mark}{fraction}" if fraction else whole
    if len(fraction) == 3:
        decimal += "0"
    return {"whole": str(int(found["," if mark == "." else "."])), "decimal": decimal}


def parse_number(text: str, lang: str | None, country: str | None = None) -> float:
    """The number a learner of `lang` in `country` typed, by the rule above; a UserError when it is no number
    or could be two numbers nothing settles."""
    found = readings(text)
    values = set(found.values())
    if not values:
        raise UserError(MESSAGES, "not-a-number", value=str(text).strip())
    if len(values) == 1:
        return values.pop()
    mark = decimal_mark(lang, country)
    if mark is None:
        raise UserError(MESSAGES, "ambiguous-number", value=str(text).strip(), **_rewrites(str(text), found))
    return found[mark]


def format_typed(value: float, lang: str | None, country: str | None = None) -> str:
    """A stored answer written back into its box (resuming a quiz) so this learner reads the same number: their
    decimal mark, no grouping, and a fourth decimal where three would read as thousands ("1.2340")."""
    mark = decimal_mark(lang, country)
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if mark is None and len(text.partition(".")[2]) == 3:
        text += "0"
    return text.replace(".", mark or ".")


@cache
def _symbols(lang: str) -> dict[int, str]:
    """Python's ',' and '.' -> the language's group and decimal symbols, from CLDR."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = SHOWN_IN.get(lang, "en")
    return {ord(","): get_group_symbol(locale), ord("."): get_decimal_symbol(locale)}


def format_number(value: float, lang: str, decimals: int = 2) -> str:
    """'7,9' / '7.9', '8' (never '8.0'), '1.234,5' / '1,234.5': at most `decimals` decimals, thousands grouped.
    Formatted by Python with CLDR's symbols: a report's table formats thousands of cells, and Babel's own
    formatter costs 45 µs a number."""
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return ("0" if text == "-0" else text).translate(_symbols(lang))


def format_hours(value: float, lang: str) -> str:
    """'7,9 h' / '7.9 h', '8 h': hours wherever they are shown next to other figures."""
    return f"{format_number(value, lang)} h"


def format_date_long(day: date, lang: str) -> str:
    """'4 de diciembre de 2026' / 'December 4, 2026'."""
    from babel.dates import format_date

    return format_date(day, "long", locale=SHOWN_IN.get(lang, "en"))


def format_day_month(day: date, lang: str) -> str:
    """'2 mar' / 'Mar 2': a day in a table header, where the year is the report's."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", day, locale=SHOWN_IN.get(lang, "en"))
