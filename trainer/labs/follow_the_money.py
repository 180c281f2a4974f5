"""Follow the money lab: where a card payment goes, who keeps what, how to win a chargeback.

Four exercises on one sale: put the five stages of a card payment in order,
split the sale into fees with illustrative rates, choose the evidence that
answers an "item not received" chargeback, and compare card payments with the
local methods buyers in Mexico, Brazil and Costa Rica use.
"""

import random
from dataclasses import dataclass
from decimal import Decimal

from trainer.i18n import pick
from trainer.labs.common import LabInputError, Text, UnknownChoiceError, amount, to_cents, unknown


@dataclass(frozen=True)
class Stage:
    id: str
    name: Text
    description: Text


# Source: processor documentation (Checkout.com, Fiserv) summarised in the
# curriculum facts, module 2, fact 1: authorization holds the funds in seconds;
# capture, clearing, settlement and funding follow, typically in 1-2 business
# days; the acquirer pays interchange to the issuer.
STAGES: tuple[Stage, ...] = (
    Stage("authorization", {"es": "Autorización", "en": "Authorization"}, {
        "es": "El banco emisor de la tarjeta aprueba la compra y retiene los fondos en la cuenta "
              "del tarjetahabiente. Toma segundos.",
        "en": "The card issuer approves the purchase and holds the funds on the cardholder's "
              "account. It takes seconds.",
    }),
    Stage("capture", {"es": "Captura", "en": "Capture"}, {
        "es": "El comercio confirma la venta (por ejemplo, al despachar el pedido) y pide cobrar "
              "el monto autorizado.",
        "en": "The merchant confirms the sale (for example, when the order ships) and asks to "
              "collect the authorized amount.",
    }),
    Stage("clearing", {"es": "Compensación", "en": "Clearing"}, {
        "es": "El adquirente envía la transacción por la red de la marca al emisor, que la "
              "registra y calcula los montos y las tarifas.",
        "en": "The acquirer sends the transaction through the card network to the issuer, which "
              "records it and works out the amounts and fees.",
    }),
    Stage("settlement", {"es": "Liquidación", "en": "Settlement"}, {
        "es": "El emisor transfiere el dinero al adquirente a través de la red, descontando la "
              "tasa de intercambio que el adquirente le paga.",
        "en": "The issuer transfers the money to the acquirer through the network, less the "
              "interchange fee the acquirer pays it.",
    }),
    Stage("funding", {"es": "Abono al comercio", "en": "Funding"}, {
        "es": "El adquirente deposita el dinero en la cuenta del comercio, menos sus comisiones; "
              "por lo general entre 1 y 2 días hábiles después.",
        "en": "The acquirer deposits the money in the merchant's account, less its fees; "
              "typically 1-2 business days later.",
    }),
)

STAGE_IDS = tuple(stage.id for stage in STAGES)


def scrambled_stage_ids(seed: int | None = None) -> list[str]:
    """The stage ids in an order that is never already right, to start the exercise from."""
    rng = random.Random(seed)
    order = list(STAGE_IDS)
    while tuple(order) == STAGE_IDS:
        rng.shuffle(order)
    return order


@dataclass(frozen=True)
class OrderCheck:
    """Which places (0-based) of the learner's order hold the wrong stage."""

    wrong_positions: tuple[int, ...]

    @property
    def correct(self) -> bool:
        return not self.wrong_positions

    def message(self, lang: str) -> str:
        if self.correct:
            return pick({
                "es": "¡Correcto! Ese es el recorrido del dinero.",
                "en": "Correct! That is how the money travels.",
            }, lang)
        places = ", ".join(str(p + 1) for p in self.wrong_positions)
        return pick({
            "es": f"Revise las posiciones {places}: la autorización retiene los fondos y el abono al "
                  f"comercio llega al final.",
            "en": f"Check positions {places}: authorization holds the funds and funding to the "
                  f"merchant comes last.",
        }, lang)


def check_order(user_order: list[str]) -> OrderCheck:
    """Compare the learner's order of stage ids with the real one, position by position."""
    if sorted(user_order) != sorted(STAGE_IDS):
        raise UnknownChoiceError({
            "es": f"Ordene exactamente las cinco etapas ({', '.join(STAGE_IDS)}), cada una una vez.",
            "en": f"Order exactly the five stages ({', '.join(STAGE_IDS)}), each one once.",
        })
    return OrderCheck(tuple(i for i, (got, want) in enumerate(zip(user_order, STAGE_IDS)) if got != want))


@dataclass(frozen=True)
class FeeRates:
    """Percentages of the sale taken at each step; `note` says where they come from."""

    interchange: float
    scheme_fee: float
    acquirer_markup: float
    note: Text


# ILLUSTRATIVE rates for the exercise only: round numbers of a plausible size,
# not the price list of any card brand, issuer or acquirer.
ILLUSTRATIVE_RATES = FeeRates(interchange=1.80, scheme_fee=0.15, acquirer_markup=0.80, note={
    "es": "Tasas ilustrativas para el ejercicio: no son las tarifas reales de ninguna marca, banco "
          "ni adquirente. Las reales dependen del tipo de tarjeta, el país y el contrato.",
    "en": "Illustrative rates for the exercise: not the real fees of any card brand, bank or "
          "acquirer. Real ones depend on the card type, the country and the contract.",
})


@dataclass(frozen=True)
class FeeLine:
    id: str
    label: Text
    receiver: Text
    rate: float | None
    amount: Decimal


@dataclass(frozen=True)
class FeeSplit:
    """Where each cent of a sale goes; the lines add up exactly to `sale`."""

    sale: Decimal
    lines: tuple[FeeLine, ...]
    note: Text


def split_fees(sale_amount: float, rates: FeeRates = ILLUSTRATIVE_RATES) -> FeeSplit:
    """Split a card sale into interchange, scheme fee, acquirer markup and what the merchant keeps.

    Each fee is rounded to the cent and the merchant gets the remainder, so the
    parts always add up to the sale.
    """
    sale = amount(sale_amount, {"es": "El monto de la venta", "en": "The sale amount"})
    percents = [
        amount(rates.interchange, {"es": "La tasa de intercambio", "en": "The interchange rate"}),
        amount(rates.scheme_fee, {"es": "La tarifa de la marca", "en": "The scheme fee"}),
        amount(rates.acquirer_markup, {"es": "El margen del adquirente", "en": "The acquirer markup"}),
    ]
    if sum(percents) > 100:
        raise LabInputError({
            "es": "Las tasas suman más del 100 % de la venta.",
            "en": "The rates add up to more than 100% of the sale.",
        })
    fees = [to_cents(sale * p / 100) for p in percents]
    lines = (
        FeeLine("interchange", {"es": "Tasa de intercambio", "en": "Interchange"},
                {"es": "Banco emisor", "en": "Issuing bank"}, rates.interchange, fees[0]),
        FeeLine("scheme-fee", {"es": "Tarifa de la marca", "en": "Scheme fee"},
                {"es": "Red de la marca (Visa, Mastercard...)", "en": "Card network (Visa, Mastercard...)"},
                rates.scheme_fee, fees[1]),
        FeeLine("acquirer-markup", {"es": "Margen del adquirente", "en": "Acquirer markup"},
                {"es": "Adquirente", "en": "Acquirer"}, rates.acquirer_markup, fees[2]),
        FeeLine("merchant-net", {"es": "Neto para el comercio", "en": "Merchant net"},
                {"es": "Comercio", "en": "Merchant"}, None, to_cents(sale) - sum(fees)),
    )
    return FeeSplit(to_cents(sale), lines, rates.note)


CHARGEBACK_CASE: Text = {
    "es": "Una clienta en Estados Unidos compró con tarjeta dos sombreros de paja por US$ 96. Tres "
          "semanas después, su banco abre un contracargo por «artículo no recibido». Usted puede "
          "responder con pruebas (representación). Elija las que enviaría.",
    "en": "A customer in the United States bought two straw hats for US$96 by card. Three weeks "
          "later her bank opens an \"item not received\" chargeback. You may answer with evidence "
          "(representment). Choose what you would send.",
}


@dataclass(frozen=True)
class Evidence:
    """A document the merchant could send; `weight` is its worth in this lab's scoring."""

    id: str
    label: Text
    weight: int
    verdict: str  # "strong" | "supporting" | "weak" | "irrelevant"
    explanation: Text


VERDICTS: dict[str, Text] = {
    "strong": {"es": "Prueba fuerte", "en": "Strong evidence"},
    "supporting": {"es": "Prueba de apoyo", "en": "Supporting evidence"},
    "weak": {"es": "Prueba débil", "en": "Weak evidence"},
    "irrelevant": {"es": "No sirve para este reclamo", "en": "Does not answer this claim"},
}

# Source for what wins: the merchant answers with evidence (representment),
# and the defence rests on delivery proof, the 3DS result and a device/IP match
# (curriculum facts, module 2 facts 2 and 6, module 3 fact 9). Weights are this
# lab's teaching choice: irrelevant papers cost a point because they bury the
# proof the analyst needs.
EVIDENCE: tuple[Evidence, ...] = (
    Evidence("tracking-delivered", {
        "es": "Número de guía con confirmación de entrega del transportista en la dirección de la clienta",
        "en": "Tracking number with the carrier's delivery confirmation at the customer's address",
    }, 3, "strong", {
        "es": "Responde directamente al reclamo: el paquete llegó a la dirección que ella indicó.",
        "en": "Answers the claim directly: the parcel reached the address she gave.",
    }),
    Evidence("delivery-signature", {
        "es": "Firma de la clienta al recibir el paquete",
        "en": "The customer's signature on delivery",
    }, 3, "strong", {
        "es": "Muestra quién recibió el paquete y cuándo; junto con la guía es la mejor defensa.",
        "en": "Shows who received the parcel and when; with the tracking it is the best defence.",
    }),
    Evidence("3ds-result", {
        "es": "Resultado de la autenticación 3-D Secure de la compra",
        "en": "The 3-D Secure authentication result of the purchase",
    }, 1, "supporting", {
        "es": "Prueba que la titular autenticó la compra, lo que protege contra contracargos por "
              "fraude; pero no prueba la entrega, que es lo que se reclama aquí.",
        "en": "Proves the cardholder authenticated the purchase, which shields against fraud "
              "chargebacks; but it does not prove delivery, which is what is claimed here.",
    }),
    Evidence("device-ip-match", {
        "es": "Mismo dispositivo y dirección IP que en compras anteriores de la clienta sin reclamos",
        "en": "Same device and IP address as the customer's earlier, undisputed purchases",
    }, 1, "supporting", {
        "es": "Indica que fue ella quien compró; ayuda, pero no demuestra que el paquete llegó.",
        "en": "Suggests she made the purchase herself; it helps but does not show the parcel arrived.",
    }),
    Evidence("tracking-in-transit", {
        "es": "Guía que solo muestra «en tránsito», sin escaneo de entrega",
        "en": "Tracking that only shows \"in transit\", with no delivery scan",
    }, 0, "weak", {
        "es": "Demuestra que usted despachó, no que el paquete llegó; incluso puede respaldar a la clienta.",
        "en": "Shows that you shipped, not that it arrived; it may even support the customer.",
    }),
    Evidence("product-page", {
        "es": "Captura de pantalla de la página del producto",
        "en": "Screenshot of the product page",
    }, -1, "irrelevant", {
        "es": "Describe lo que se vendió, no si se entregó.",
        "en": "Describes what was sold, not whether it was delivered.",
    }),
    Evidence("thank-you-email", {
        "es": "Correo genérico de «gracias por su compra»",
        "en": "A generic \"thank you for your order\" email",
    }, -1, "irrelevant", {
        "es": "Se envía a todos los clientes al comprar; no dice nada de la entrega.",
        "en": "Every customer gets it at checkout; it says nothing about delivery.",
    }),
    Evidence("return-policy", {
        "es": "Su política de devoluciones",
        "en": "Your return policy",
    }, -1, "irrelevant", {
        "es": "Sirve en reclamos de devolución, no cuando la clienta dice que nunca recibió nada.",
        "en": "Useful in return disputes, not when the customer says nothing ever arrived.",
    }),
)

_EVIDENCE_BY_ID = {item.id: item for item in EVIDENCE}
DELIVERY_PROOF = ("tracking-delivered", "delivery-signature")


@dataclass(frozen=True)
class EvidenceScore:
    """The learner's file of evidence, item by item, and how convincing it is overall."""

    selected: tuple[str, ...]
    points: int
    max_points: int

    @property
    def percent(self) -> float:
        return 100 * max(self.points, 0) / self.max_points

    @property
    def proves_delivery(self) -> bool:
        return any(item in self.selected for item in DELIVERY_PROOF)

    def message(self, lang: str) -> str:
        if self.proves_delivery:
            return pick({
                "es": "Su respuesta incluye prueba de entrega: es lo que contesta un reclamo de «no recibido».",
                "en": "Your answer includes proof of delivery: that is what answers a \"not received\" claim.",
            }, lang)
        return pick({
            "es": "Falta una prueba de entrega (guía con entrega confirmada o firma): sin ella es "
                  "probable perder el contracargo.",
            "en": "Proof of delivery is missing (tracking with confirmed delivery, or a signature): "
                  "without it the chargeback is likely lost.",
        }, lang)


def score_evidence(selected_ids: list[str]) -> EvidenceScore:
    """Add up the worth of the chosen evidence; the GUI shows each item's verdict from EVIDENCE."""
    for item_id in selected_ids:
        if item_id not in _EVIDENCE_BY_ID:
            raise unknown({"es": "la prueba", "en": "evidence item"}, item_id, list(_EVIDENCE_BY_ID))
    chosen = tuple(dict.fromkeys(selected_ids))
    points = sum(_EVIDENCE_BY_ID[i].weight for i in chosen)
    max_points = sum(item.weight for item in EVIDENCE if item.weight > 0)
    return EvidenceScore(chosen, points, max_points)


@dataclass(frozen=True)
class PaymentMethod:
    """One way buyers pay, described on the points an exporter compares."""

    id: str
    name: Text
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2; empty means everywhere
    how_it_works: Text
    limits: Text
    speed: Text
    chargebacks: Text
    source: str
    as_of: str | None = None  # set when a fact is known to change


COMPARISON_COLUMNS: dict[str, Text] = {
    "how_it_works": {"es": "Cómo funciona", "en": "How it works"},
    "limits": {"es": "Límites", "en": "Limits"},
    "speed": {"es": "Confirmación y disponibilidad", "en": "Confirmation and availability"},
    "chargebacks": {"es": "Contracargos", "en": "Chargebacks"},
}

_NOT_A_CARD: Text = {
    "es": "No es una tarjeta: las reglas de contracargo de las marcas de tarjeta no se aplican. "
          "Las devoluciones siguen las reglas propias del sistema.",
    "en": "Not a card: card-scheme chargeback rules do not apply. Refunds follow the system's own rules.",
}

PAYMENT_METHODS: tuple[PaymentMethod, ...] = (
    PaymentMethod("card", {"es": "Tarjeta de crédito o débito", "en": "Credit or debit card"}, (), {
        "es": "El emisor autoriza en segundos; el dinero llega al comercio tras la captura, la "
              "compensación y la liquidación.",
        "en": "The issuer authorizes in seconds; the money reaches the merchant after capture, "
              "clearing and settlement.",
    }, {
        "es": "Los fija el emisor según la tarjeta de cada comprador.",
        "en": "Set by the issuer for each buyer's card.",
    }, {
        "es": "Autorización en segundos; abono al comercio en 1 a 2 días hábiles por lo general.",
        "en": "Authorization in seconds; funding typically in 1-2 business days.",
    }, {
        "es": "Sí: el tarjetahabiente puede disputar el cargo por medio de su banco; el comercio "
              "responde con pruebas. Los plazos dependen de las reglas de cada marca.",
        "en": "Yes: the cardholder can dispute through the issuer; the merchant answers with "
              "evidence. Time limits depend on each card scheme's rules.",
    }, "Checkout.com and Fiserv processor documentation (curriculum facts, module 2, facts 1-2)"),
    PaymentMethod("oxxo-pay", {"es": "OXXO Pay", "en": "OXXO Pay"}, ("MX",), {
        "es": "El comprador recibe un comprobante con una referencia y paga en efectivo en una "
              "tienda OXXO: sirve a quien no tiene tarjeta ni cuenta bancaria.",
        "en": "The buyer gets a voucher with a reference and pays cash at an OXXO store: it serves "
              "people with no card or bank account.",
    }, {
        "es": "Máximo MXN 10,000 por transacción.",
        "en": "At most MXN 10,000 per transaction.",
    }, {
        "es": "Confirmación en aproximadamente 1 día hábil.",
        "en": "Confirmation in about 1 business day.",
    }, {
        "es": "No hay contracargos: el pago en efectivo no puede revertirse como uno con tarjeta.",
        "en": "No chargebacks: a cash payment cannot be reversed like a card payment.",
    }, "Worldpay, PPRO and Solidgate payment-method pages (curriculum facts, module 2, fact 8)"),
    PaymentMethod("spei-codi", {"es": "SPEI y CoDi", "en": "SPEI and CoDi"}, ("MX",), {
        "es": "SPEI es el sistema de transferencias del Banco de México. CoDi (septiembre de 2019) "
              "agrega solicitudes de pago por código QR o NFC, y DiMo (2023) permite pagar a un "
              "número de teléfono.",
        "en": "SPEI is Banco de México's transfer system. CoDi (September 2019) adds payment "
              "requests by QR code or NFC, and DiMo (2023) allows paying to a phone number.",
    }, {
        "es": "Los fija el banco de cada cliente.",
        "en": "Set by each customer's bank.",
    }, {
        "es": "Funciona las 24 horas, los 7 días de la semana.",
        "en": "Runs 24 hours a day, 7 days a week.",
    }, _NOT_A_CARD, "Banxico; CoDi and DiMo via findevgateway (curriculum facts, module 2, fact 11)"),
    PaymentMethod("pix", {"es": "Pix", "en": "Pix"}, ("BR",), {
        "es": "Sistema de pagos instantáneos del Banco Central de Brasil (Resolución BCB n.º 1, "
              "12 de agosto de 2020). Se paga a una llave (teléfono, CPF/CNPJ, correo o llave "
              "aleatoria) o con código QR. Participar es obligatorio para instituciones con más de "
              "500,000 cuentas.",
        "en": "The Central Bank of Brazil's instant payment system (BCB Resolution No. 1, 12 August "
              "2020). Payees are reached by a key (phone, CPF/CNPJ, e-mail or random key) or a QR "
              "code. Participation is mandatory for institutions with more than 500,000 accounts.",
    }, {
        "es": "Los fija la institución de cada cliente.",
        "en": "Set by each customer's institution.",
    }, {
        "es": "Disponible para todos desde el 16 de noviembre de 2020; funciona 24/7.",
        "en": "Live for everyone since 16 November 2020; runs 24/7.",
    }, _NOT_A_CARD, "Banco Central do Brasil, Resolução BCB nº 1 and Circular 3.985/2020 "
                    "(curriculum facts, module 2, fact 9)"),
    PaymentMethod("sinpe-movil", {"es": "SINPE Móvil", "en": "SINPE Móvil"}, ("CR",), {
        "es": "Transferencias a un número de teléfono celular, del Banco Central de Costa Rica "
              "(BCCR), lanzadas en mayo de 2015; 4.23 millones de suscripciones activas a "
              "diciembre de 2024.",
        "en": "Transfers to a mobile phone number, run by the Central Bank of Costa Rica (BCCR), "
              "launched in May 2015; 4.23 million active subscriptions by December 2024.",
    }, {
        "es": "Al lanzarse, gratis hasta ₡100,000 por día. Desde agosto de 2025 (sesión 6272-2025 "
              "de la junta del BCCR) las transferencias por SMS tienen un tope de ₡100,000 por día, "
              "porque ese canal sin autenticación se usaba para fraudes.",
        "en": "At launch, free up to ₡100,000 a day. Since August 2025 (BCCR board session "
              "6272-2025) SMS transfers are capped at ₡100,000 a day because that "
              "unauthenticated channel was being used for fraud.",
    }, {
        "es": "Transferencia inmediata entre cuentas.",
        "en": "Immediate transfer between accounts.",
    }, _NOT_A_CARD, "BCCR; La Nación, 8 May 2015; BCCR board session 6272-2025, 6 Aug 2025 "
                    "(curriculum facts, module 2, fact 10)", as_of="2025-08-06"),
)


def methods_for(country: str) -> list[PaymentMethod]:
    """The methods to compare for buyers in `country`: cards everywhere, plus the local ones."""
    return [m for m in PAYMENT_METHODS if not m.countries or country.upper() in m.countries]
