"""What the labs share: bilingual texts, input errors a learner can read, money in cents.

Texts are dicts keyed by language (`{"es": ..., "en": ...}`); screens choose
one with `trainer.i18n.pick`. Money is `Decimal` so that a split of a sale adds
up to the cent, which a float cannot promise.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from trainer.i18n import pick

Text = dict[str, str]

CENT = Decimal("0.01")


class LabInputError(ValueError):
    """A learner's input the lab cannot use, explained in every language.

    `str(error)` is the English text, for logs; screens show `error.text(lang)`.
    """

    def __init__(self, texts: Text):
        super().__init__(texts["en"])
        self.texts = texts

    def text(self, lang: str) -> str:
        return pick(self.texts, lang)


class InvalidAmountError(LabInputError):
    """An amount or rate below zero, or not a number at all."""


class UnknownChoiceError(LabInputError):
    """A code or id the lab does not know (an Incoterm, an inbox item, a stage...)."""


def amount(value: float | int | str | Decimal, what: Text) -> Decimal:
    """`value` as an exact Decimal, refusing negatives and non-numbers before any arithmetic.

    `what` names the field in each language so the message says which box is wrong.
    """
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise InvalidAmountError({
            "es": f"{what['es']}: «{value}» no es un número válido.",
            "en": f"{what['en']}: '{value}' is not a valid number.",
        })
    if number < 0:
        raise InvalidAmountError({
            "es": f"{what['es']}: no se admiten valores negativos (recibido: {value}).",
            "en": f"{what['en']}: negative values are not allowed (got {value}).",
        })
    return number


def to_cents(value: Decimal) -> Decimal:
    """Rounded half-up to the cent, as an invoice shows it."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def unknown(kind: Text, value: object, known: list[str]) -> UnknownChoiceError:
    """The error for a value outside `known`, listing what would have been accepted.

    `kind` carries its article in Spanish ("el Incoterm", "la etapa") so the sentence agrees.
    """
    options = ", ".join(known)
    return UnknownChoiceError({
        "es": f"No se reconoce {kind['es']} «{value}». Valores posibles: {options}.",
        "en": f"Unknown {kind['en']} '{value}'. Possible values: {options}.",
    })
