"""Landed-cost lab: who pays what under each Incoterms 2020 rule, what the goods cost delivered.

The learner picks a rule and sees which costs fall on the seller or the buyer
and where the risk passes; then computes the customs value, the duty with and
without the CAFTA-DR preference, and the total landed cost. A dated US de
minimis rule shows how a threshold exporters relied on disappeared in 2025.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from trainer.i18n import pick
from trainer.labs.common import LabInputError, Text, amount, to_cents, unknown

PARTIES: dict[str, Text] = {
    "seller": {"es": "Vendedor", "en": "Seller"},
    "buyer": {"es": "Comprador", "en": "Buyer"},
}

MODES: dict[str, Text] = {
    "any": {"es": "Cualquier modo de transporte", "en": "Any mode of transport"},
    "sea": {"es": "Solo transporte marítimo o por vías navegables interiores",
            "en": "Sea and inland waterway transport only"},
}

# The cost items shown for every rule, in the order the goods meet them.
COST_ITEMS: dict[str, Text] = {
    "export-clearance": {"es": "Despacho de exportación", "en": "Export clearance"},
    "main-carriage": {"es": "Transporte principal (flete)", "en": "Main carriage (freight)"},
    "insurance": {"es": "Seguro de la carga en el transporte principal", "en": "Cargo insurance on main carriage"},
    "destination-unloading": {"es": "Descarga en el destino", "en": "Unloading at destination"},
    "import-clearance": {"es": "Despacho de importación, aranceles e impuestos",
                         "en": "Import clearance, duties and taxes"},
}

COST_NOTES: dict[str, Text] = {
    "insurance": {
        "es": "Solo CIF y CIP obligan al vendedor a asegurar. En las demás reglas nadie está obligado: "
              "se muestra la parte que corre el riesgo durante el transporte principal, que es quien "
              "suele asegurar.",
        "en": "Only CIF and CIP oblige the seller to insure. Under the other rules nobody is obliged: "
              "the party shown is the one bearing the risk during main carriage, who usually insures.",
    },
    "destination-unloading": {
        "es": "Salvo en DPU, descarga el comprador, a menos que el contrato de transporte del "
              "vendedor ya incluya la descarga.",
        "en": "Except under DPU, the buyer unloads, unless the seller's contract of carriage "
              "already includes unloading.",
    },
}

# Points on the way from seller to buyer, in order, so a screen can mark where risk passes.
RISK_POINTS: dict[str, Text] = {
    "seller-premises": {"es": "Instalaciones del vendedor", "en": "Seller's premises"},
    "handed-to-carrier": {"es": "Entrega al transportista", "en": "Handed to the carrier"},
    "alongside-ship": {"es": "Al costado del buque", "en": "Alongside the ship"},
    "on-board": {"es": "A bordo del buque", "en": "On board the vessel"},
    "at-destination": {"es": "En destino, lista para descargar", "en": "At destination, ready for unloading"},
    "unloaded-at-destination": {"es": "En destino, descargada", "en": "At destination, unloaded"},
}


@dataclass(frozen=True)
class Incoterm:
    code: str
    name: Text
    mode: str
    payers: dict[str, str]  # cost item -> "seller" | "buyer"
    risk_point: str
    risk_passes: Text
    note: Text | None = None


def _payers(letters: str) -> dict[str, str]:
    """'SSBBB' -> who pays each of COST_ITEMS, in their order: S = seller, B = buyer."""
    return {item: "seller" if letter == "S" else "buyer" for item, letter in zip(COST_ITEMS, letters)}


# Source: ICC Incoterms 2020 (in force 1 Jan 2020), articles A2/B2 delivery,
# A3/B3 risk, A4/B4 carriage, A5/B5 insurance, A7/B7 clearance, A9/B9 costs;
# summarised from ICC national committees (curriculum facts, module 4, fact 5).
_ON_BOARD: Text = {
    "es": "Cuando la mercancía está a bordo del buque en el puerto de embarque, aunque el vendedor "
          "pague el flete hasta el puerto de destino.",
    "en": "When the goods are on board the vessel at the port of shipment, even though the seller "
          "pays the freight to the port of destination.",
}
_FIRST_CARRIER: Text = {
    "es": "Cuando el vendedor entrega la mercancía al primer transportista en origen, aunque pague "
          "el flete hasta el destino.",
    "en": "When the seller hands the goods to the first carrier at origin, even though the seller "
          "pays the freight to destination.",
}

INCOTERMS: dict[str, Incoterm] = {term.code: term for term in (
    Incoterm("EXW", {"es": "En fábrica", "en": "Ex Works"}, "any", _payers("BBBBB"), "seller-premises", {
        "es": "Cuando el vendedor pone la mercancía a disposición del comprador en sus instalaciones "
              "u otro lugar convenido, sin cargarla.",
        "en": "When the seller places the goods at the buyer's disposal at its premises or another "
              "named place, not loaded.",
    }, {
        "es": "El comprador se encarga de todo, incluso del despacho de exportación.",
        "en": "The buyer handles everything, even export clearance.",
    }),
    Incoterm("FCA", {"es": "Franco transportista", "en": "Free Carrier"}, "any", _payers("SBBBB"),
             "handed-to-carrier", {
        "es": "Cuando el vendedor entrega la mercancía al transportista del comprador en el lugar "
              "convenido (cargada, si es en las instalaciones del vendedor).",
        "en": "When the seller delivers the goods to the buyer's carrier at the named place (loaded, "
              "if that is the seller's premises).",
    }, {
        "es": "Las partes pueden acordar que el vendedor reciba un conocimiento de embarque «a bordo».",
        "en": "The parties may agree that the seller receives an on-board bill of lading.",
    }),
    Incoterm("CPT", {"es": "Transporte pagado hasta", "en": "Carriage Paid To"}, "any", _payers("SSBBB"),
             "handed-to-carrier", _FIRST_CARRIER),
    Incoterm("CIP", {"es": "Transporte y seguro pagados hasta", "en": "Carriage and Insurance Paid To"},
             "any", _payers("SSSBB"), "handed-to-carrier", _FIRST_CARRIER, {
        "es": "El vendedor debe asegurar con la cobertura amplia de las Institute Cargo Clauses (A).",
        "en": "The seller must insure with the broad cover of the Institute Cargo Clauses (A).",
    }),
    Incoterm("DAP", {"es": "Entregada en lugar", "en": "Delivered at Place"}, "any", _payers("SSSBB"),
             "at-destination", {
        "es": "En el lugar de destino convenido, con la mercancía lista para descargar.",
        "en": "At the named place of destination, with the goods ready for unloading.",
    }),
    Incoterm("DPU", {"es": "Entregada en lugar descargada", "en": "Delivered at Place Unloaded"}, "any",
             _payers("SSSSB"), "unloaded-at-destination", {
        "es": "En el lugar de destino convenido, una vez descargada la mercancía.",
        "en": "At the named place of destination, once the goods are unloaded.",
    }, {
        "es": "Reemplaza a la regla DAT de Incoterms 2010.",
        "en": "Replaces the DAT rule of Incoterms 2010.",
    }),
    Incoterm("DDP", {"es": "Entregada derechos pagados", "en": "Delivered Duty Paid"}, "any",
             _payers("SSSBS"), "at-destination", {
        "es": "En el lugar de destino convenido, lista para descargar y despachada para importación.",
        "en": "At the named place of destination, ready for unloading and cleared for import.",
    }, {
        "es": "El vendedor paga también los aranceles y los impuestos de importación.",
        "en": "The seller also pays import duties and taxes.",
    }),
    Incoterm("FAS", {"es": "Franco al costado del buque", "en": "Free Alongside Ship"}, "sea",
             _payers("SBBBB"), "alongside-ship", {
        "es": "Cuando la mercancía se coloca al costado del buque en el puerto de embarque.",
        "en": "When the goods are placed alongside the ship at the port of shipment.",
    }),
    Incoterm("FOB", {"es": "Franco a bordo", "en": "Free On Board"}, "sea", _payers("SBBBB"), "on-board", {
        "es": "Cuando la mercancía está a bordo del buque en el puerto de embarque.",
        "en": "When the goods are on board the vessel at the port of shipment.",
    }),
    Incoterm("CFR", {"es": "Costo y flete", "en": "Cost and Freight"}, "sea", _payers("SSBBB"), "on-board",
             _ON_BOARD),
    Incoterm("CIF", {"es": "Costo, seguro y flete", "en": "Cost, Insurance and Freight"}, "sea",
             _payers("SSSBB"), "on-board", _ON_BOARD, {
        "es": "El vendedor debe asegurar, con la cobertura mínima de las Institute Cargo Clauses (C).",
        "en": "The seller must insure, with the minimum cover of the Institute Cargo Clauses (C).",
    }),
)}


def find_incoterm(code: str) -> Incoterm:
    """The rule for `code` (any case), or an error listing the eleven valid codes."""
    key = str(code).strip().upper()
    if key not in INCOTERMS:
        raise unknown({"es": "el Incoterm", "en": "Incoterm"}, code, list(INCOTERMS))
    return INCOTERMS[key]


# Source: WTO Customs Valuation Agreement art. 8.2 (each member decides whether
# transport and insurance to the place of importation are part of the customs
# value); the US leaves them out, 19 U.S.C. 1401a(b)(4)(A).
VALUATION_BASES: dict[str, Text] = {
    "CIF": {
        "es": "Base CIF: el valor en aduana incluye el flete y el seguro hasta el lugar de "
              "importación, como en muchos países de la región.",
        "en": "CIF basis: the customs value includes freight and insurance to the place of "
              "importation, as in many countries of the region.",
    },
    "FOB": {
        "es": "Base FOB: el valor en aduana no incluye el flete ni el seguro internacionales, como "
              "en Estados Unidos.",
        "en": "FOB basis: the customs value leaves out international freight and insurance, as in "
              "the United States.",
    },
}

# Source: CAFTA-DR chapter 4 origin certification (trade.gov 2016; curriculum
# facts, module 4, fact 3).
MODEL_NOTES: tuple[Text, ...] = (
    {
        "es": "Modelo simple: con la preferencia CAFTA-DR se supone una mercancía originaria cuya "
              "línea arancelaria ya está en 0 %. Verifique la tasa preferencial real de su línea.",
        "en": "Simple model: with the CAFTA-DR preference the goods are assumed to be originating, "
              "on a tariff line already at 0%. Check the real preferential rate of your line.",
    },
    {
        "es": "La preferencia la pide el importador, con una certificación de origen del importador, "
              "el exportador o el productor (no hay formulario oficial), o con su propio conocimiento.",
        "en": "The importer claims the preference on a certification of origin by the importer, "
              "exporter or producer (there is no official form), or on its own knowledge.",
    },
    {
        "es": "El valor FOB ya incluye los costos en origen. El impuesto se calcula sobre el valor en "
              "aduana más el arancel: verifique la base real del país importador.",
        "en": "The FOB value already includes the costs at origin. The tax is computed on the "
              "customs value plus duty: check the importing country's actual base.",
    },
)


@dataclass(frozen=True)
class CostLine:
    id: str
    label: Text
    amount: Decimal
    payer: str  # "seller" | "buyer"


@dataclass(frozen=True)
class LandedCost:
    """The landed cost, line by line, with the duty both with and without the preference."""

    incoterm: Incoterm
    valuation: str
    customs_value: Decimal
    duty_mfn: Decimal
    duty_preferential: Decimal
    preference: bool
    lines: tuple[CostLine, ...]

    @property
    def duty(self) -> Decimal:
        return self.duty_preferential if self.preference else self.duty_mfn

    @property
    def preference_saving(self) -> Decimal:
        return self.duty_mfn - self.duty_preferential

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    def paid_by(self, party: str) -> Decimal:
        """What `party` pays of the total; the seller recovers its share through the price."""
        return sum((line.amount for line in self.lines if line.payer == party), Decimal(0))


def landed_cost(
    fob_value: float,
    freight: float,
    insurance: float,
    duty_rate: float,
    incoterm: str,
    preference: bool = False,
    *,
    fees: float = 0.0,
    tax_rate: float = 0.0,
    valuation: str = "CIF",
) -> LandedCost:
    """Compute the landed cost of a shipment and say who pays each line under `incoterm`.

    Rates are percentages. `fees` are other import charges (broker, handling);
    `tax_rate` is an import tax such as VAT; `valuation` is "CIF" or "FOB" (see
    VALUATION_BASES). The total does not depend on the rule, only who pays.
    """
    rule = find_incoterm(incoterm)
    if valuation not in VALUATION_BASES:
        raise unknown({"es": "la base de valoración", "en": "valuation basis"}, valuation, list(VALUATION_BASES))
    goods = amount(fob_value, {"es": "El valor FOB", "en": "The FOB value"})
    carriage = amount(freight, {"es": "El flete", "en": "The freight"})
    cover = amount(insurance, {"es": "El seguro", "en": "The insurance"})
    rate = amount(duty_rate, {"es": "La tasa del arancel", "en": "The duty rate"})
    other = amount(fees, {"es": "Los otros cargos", "en": "The other charges"})
    tax_percent = amount(tax_rate, {"es": "La tasa del impuesto", "en": "The tax rate"})

    customs_value = to_cents(goods + carriage + cover if valuation == "CIF" else goods)
    duty_mfn = to_cents(customs_value * rate / 100)
    duty_preferential = Decimal("0.00")
    duty = duty_preferential if preference else duty_mfn
    tax = to_cents((customs_value + duty) * tax_percent / 100)

    importer = rule.payers["import-clearance"]
    lines = (
        CostLine("goods", {"es": "Mercancía (valor FOB)", "en": "Goods (FOB value)"}, to_cents(goods), "buyer"),
        CostLine("freight", COST_ITEMS["main-carriage"], to_cents(carriage), rule.payers["main-carriage"]),
        CostLine("insurance", COST_ITEMS["insurance"], to_cents(cover), rule.payers["insurance"]),
        CostLine("duty", {"es": "Arancel", "en": "Duty"}, duty, importer),
        CostLine("tax", {"es": "Impuesto de importación", "en": "Import tax"}, tax, importer),
        CostLine("fees", {"es": "Otros cargos de importación", "en": "Other import charges"}, to_cents(other), importer),
    )
    return LandedCost(rule, valuation, customs_value, duty_mfn, duty_preferential, preference, lines)


@dataclass(frozen=True)
class DeMinimisPeriod:
    """One stretch of time under one rule; `threshold_usd` None means no de minimis at all."""

    start: date
    end: date | None  # last day; None while no end is known
    threshold_usd: Decimal | None
    summary: Text
    source: str


@dataclass(frozen=True)
class DeMinimisRule:
    """A de minimis rule as known on `as_of`: fluid, so every screen must show `warning`."""

    country: str
    as_of: date
    periods: tuple[DeMinimisPeriod, ...]

    def warning(self, lang: str) -> str:
        day = self.as_of.isoformat()
        return pick({
            "es": f"Regla cambiante: esto es lo vigente al {day}. Antes de asesorar a alguien, "
                  f"verifique la norma actual de la aduana de Estados Unidos (CBP).",
            "en": f"A fluid rule: this is the state as of {day}. Before advising anyone, check US "
                  f"Customs and Border Protection's current rules.",
        }, lang)

    def period_on(self, day: date) -> DeMinimisPeriod:
        for period in self.periods:
            if period.start <= day and (period.end is None or day <= period.end):
                return period
        first = self.periods[0].start.isoformat()
        raise LabInputError({
            "es": f"Esta práctica cubre desde el {first}; elija una fecha posterior.",
            "en": f"This lab covers dates from {first}; choose a later date.",
        })


# As of the latest event in the curriculum brief (module 4, facts 7-8), which
# must be re-checked before each release.
US_DE_MINIMIS = DeMinimisRule("US", date(2026, 2, 24), (
    DeMinimisPeriod(
        # P.L. 114-125 was signed 24 Feb 2016; its sec. 901 applies from the 15th
        # day after enactment, 10 Mar 2016, as CBP announced.
        date(2016, 3, 10), date(2025, 8, 28), Decimal("800"), {
            "es": "Envíos de hasta US$800 por persona y por día entraban libres de aranceles. La Ley "
                  "de Facilitación y Cumplimiento Comercial (P.L. 114-125, de 2016) subió el umbral "
                  "de US$200 a US$800. (Para China y Hong Kong terminó antes, en 2025; no se modela aquí.)",
            "en": "Shipments of up to US$800 per person per day entered duty-free. The Trade "
                  "Facilitation and Trade Enforcement Act (P.L. 114-125, 2016) raised the threshold "
                  "from US$200 to US$800. (For China and Hong Kong it ended earlier, in 2025; not "
                  "modelled here.)",
        }, "19 U.S.C. 1321(a)(2)(C); P.L. 114-125 sec. 901 (signed 24 Feb 2016); CRS R48380"),
    DeMinimisPeriod(
        date(2025, 8, 29), date(2027, 6, 30), None, {
            "es": "La Orden Ejecutiva 14324 (30 de julio de 2025) suspendió el de minimis para todos "
                  "los países desde el 29 de agosto de 2025: todo envío comercial paga aranceles, "
                  "aunque valga US$60. Los regalos de hasta US$100 y las compras de viajeros de "
                  "hasta US$200 siguen exentos. Tras el fallo de la Corte Suprema del 20 de febrero "
                  "de 2026 (Learning Resources v. Trump), la suspensión continúa.",
            "en": "Executive Order 14324 (30 July 2025) suspended de minimis for all countries from "
                  "29 August 2025: every commercial shipment pays duty, even one worth US$60. Gifts "
                  "up to US$100 and travellers' purchases up to US$200 stay exempt. After the "
                  "Supreme Court ruling of 20 February 2026 (Learning Resources v. Trump), the "
                  "suspension continues.",
        }, "EO 14324 of 30 Jul 2025; CBP notice 90 FR 42418 (2 Sep 2025); "
           "Learning Resources v. Trump (20 Feb 2026)"),
    DeMinimisPeriod(
        date(2027, 7, 1), None, None, {
            "es": "La ley de presupuesto de 2025 («One Big Beautiful Bill», firmada el 4 de julio de "
                  "2025) deroga el de minimis comercial para todos los países desde el 1 de julio de 2027.",
            "en": "The 2025 budget law (\"One Big Beautiful Bill\", signed 4 July 2025) repeals "
                  "commercial de minimis for all countries from 1 July 2027.",
        }, "One Big Beautiful Bill Act, signed 4 Jul 2025 (via Mondaq)"),
))


def de_minimis_applies(value_usd: float, on: date, rule: DeMinimisRule = US_DE_MINIMIS) -> bool:
    """Whether a commercial shipment worth `value_usd` enters duty-free under de minimis on `on`."""
    value = amount(value_usd, {"es": "El valor del envío", "en": "The shipment value"})
    threshold = rule.period_on(on).threshold_usd
    return threshold is not None and value <= threshold
