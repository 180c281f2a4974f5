"""Spot the scam lab: a simulated inbox to flag and a list of orders to screen.

Every name, domain and number here is invented: domains end in `.example`
(reserved for examples by RFC 2606) and phone numbers use the +1 555-0100 to
555-0199 block set aside for fiction, so no real firm is accused and no link
can lead anywhere. Each item carries its real destination so the screen can
reveal it on hover, as a careful reader would.
"""

from dataclasses import dataclass
from decimal import Decimal

from trainer.labs.common import Text, unknown

# Source: consumer guidance on phishing warning signs (curriculum facts,
# module 3, fact 10); not a primary standard.
WARNING_SIGNS: dict[str, Text] = {
    "display-name-mismatch": {
        "es": "El nombre que se muestra no corresponde al dominio o número real del remitente.",
        "en": "The display name does not match the sender's real domain or number.",
    },
    "look-alike-domain": {
        "es": "Dominio parecido al verdadero, pero distinto (letras cambiadas, palabras añadidas).",
        "en": "A look-alike domain: close to the real one but different (swapped letters, added words).",
    },
    "link-mismatch": {
        "es": "El texto del enlace no coincide con su destino real.",
        "en": "The link text differs from its real destination.",
    },
    "urgency": {
        "es": "Urgencia o amenazas para que actúe sin pensar.",
        "en": "Urgency or threats to make you act without thinking.",
    },
    "credentials-or-payment": {
        "es": "Pide contraseñas, códigos o pagos.",
        "en": "Asks for passwords, codes or payment.",
    },
    "unexpected-attachment": {
        "es": "Archivo adjunto que usted no esperaba.",
        "en": "An attachment you did not expect.",
    },
}

CHANNELS: dict[str, Text] = {
    "email": {"es": "Correo electrónico", "en": "E-mail"},
    "whatsapp": {"es": "WhatsApp", "en": "WhatsApp"},
    "shop": {"es": "Tienda en línea", "en": "Online shop"},
}

SETTING: Text = {
    "es": "Usted trabaja en Artesanías La Ceiba (artesaniaslaceiba.example), que vende sombreros y "
          "textiles en línea. Su banco es el Banco del Ceibo (bancodelceibo.example), su "
          "transportista es Envíos Colibrí (envioscolibri.example) y vende también en el mercado "
          "en línea Mercado Tucán (mercadotucan.example). Su gerente es Ana Morales "
          "(ana.morales@artesaniaslaceiba.example). Marque cada mensaje que sea una estafa.",
    "en": "You work at Artesanías La Ceiba (artesaniaslaceiba.example), which sells hats and "
          "textiles online. Your bank is Banco del Ceibo (bancodelceibo.example), your carrier is "
          "Envíos Colibrí (envioscolibri.example), and you also sell on the Mercado Tucán "
          "marketplace (mercadotucan.example). Your manager is Ana Morales "
          "(ana.morales@artesaniaslaceiba.example). Flag every message that is a scam.",
}


@dataclass(frozen=True)
class InboxItem:
    """One message or page as the learner sees it, plus the truth the screen reveals after scoring.

    `sender` is the real address, number or page address; `link_url` is where
    the link really goes, whatever `link_text` shows.
    """

    id: str
    channel: str
    display_name: Text
    sender: str
    subject: Text
    body: Text
    link_text: Text | None
    link_url: str | None
    attachment: str | None
    is_scam: bool
    signs: tuple[str, ...]
    explanation: Text


INBOX: tuple[InboxItem, ...] = (
    InboxItem(
        "bank-lockout", "email",
        {"es": "Banco del Ceibo", "en": "Banco del Ceibo"},
        "alertas@bancodelceibo-seguridad.example",
        {"es": "Su cuenta será bloqueada en 24 horas", "en": "Your account will be blocked in 24 hours"},
        {"es": "Estimado cliente: detectamos actividad inusual en su cuenta. Si no verifica sus datos "
               "hoy, la cuenta quedará bloqueada. Ingrese su usuario y contraseña en el siguiente enlace.",
         "en": "Dear customer: we detected unusual activity on your account. If you do not verify "
               "your details today, the account will be blocked. Enter your username and password "
               "at the link below."},
        {"es": "https://bancodelceibo.example/verificar", "en": "https://bancodelceibo.example/verificar"},
        "http://bancodelceibo-seguridad.example/login",
        None, True,
        ("look-alike-domain", "link-mismatch", "urgency", "credentials-or-payment"),
        {"es": "Estafa. Viene de bancodelceibo-seguridad.example, que imita al dominio real "
               "bancodelceibo.example; el enlace muestra la dirección del banco pero lleva a otra; "
               "amenaza con bloquear la cuenta y pide su contraseña, algo que un banco no pide por correo.",
         "en": "Scam. It comes from bancodelceibo-seguridad.example, which imitates the real "
               "bancodelceibo.example; the link shows the bank's address but leads elsewhere; it "
               "threatens to block the account and asks for your password, which a bank does not "
               "ask for by e-mail."},
    ),
    InboxItem(
        "bank-statement", "email",
        {"es": "Banco del Ceibo", "en": "Banco del Ceibo"},
        "avisos@bancodelceibo.example",
        {"es": "Su estado de cuenta de mayo está disponible", "en": "Your May statement is available"},
        {"es": "Puede consultarlo al ingresar como de costumbre a la banca en línea. Recuerde: nunca "
               "le pediremos su contraseña por correo ni por teléfono.",
         "en": "You can see it by signing in to online banking as usual. Remember: we will never "
               "ask for your password by e-mail or phone."},
        {"es": "bancodelceibo.example", "en": "bancodelceibo.example"},
        "https://bancodelceibo.example/",
        None, False, (),
        {"es": "Genuino. El dominio es el del banco, el enlace lleva a donde dice, no hay urgencia y "
               "no pide datos ni pagos.",
         "en": "Genuine. The domain is the bank's, the link goes where it says, there is no urgency "
               "and it asks for no details or payment."},
    ),
    InboxItem(
        "parcel-customs-fee", "whatsapp",
        {"es": "Envíos Colibrí", "en": "Envíos Colibrí"},
        "+1 555-0142",
        {"es": "Paquete retenido", "en": "Parcel on hold"},
        {"es": "ENVÍOS COLIBRÍ: su paquete está retenido en aduana. Pague US$ 2.50 de impuestos en "
               "las próximas 2 horas o será devuelto.",
         "en": "ENVÍOS COLIBRÍ: your parcel is held at customs. Pay US$2.50 in taxes within the "
               "next 2 hours or it will be returned."},
        {"es": "envioscolibri.example/pago", "en": "envioscolibri.example/pago"},
        "https://colibri-envios-pago.example/tarjeta",
        None, True,
        ("display-name-mismatch", "look-alike-domain", "link-mismatch", "urgency", "credentials-or-payment"),
        {"es": "Estafa. Un número particular se presenta como el transportista, el enlace lleva a "
               "colibri-envios-pago.example en lugar de envioscolibri.example, y presiona con un "
               "plazo de 2 horas para que usted entregue los datos de su tarjeta. El monto pequeño "
               "es el anzuelo.",
         "en": "Scam. A private number poses as the carrier, the link leads to "
               "colibri-envios-pago.example instead of envioscolibri.example, and a 2-hour deadline "
               "pushes you to hand over your card details. The small amount is the bait."},
    ),
    InboxItem(
        "shipping-confirmation", "email",
        {"es": "Envíos Colibrí", "en": "Envíos Colibrí"},
        "notificaciones@envioscolibri.example",
        {"es": "Su envío CLB-204518 va en camino", "en": "Your shipment CLB-204518 is on its way"},
        {"es": "Recogimos su paquete para Miami. Puede seguirlo con el número de guía.",
         "en": "We picked up your parcel for Miami. You can follow it with the tracking number."},
        {"es": "Rastrear envío CLB-204518", "en": "Track shipment CLB-204518"},
        "https://envioscolibri.example/rastreo?guia=CLB-204518",
        None, False, (),
        {"es": "Genuino. Viene del dominio del transportista, corresponde a un envío que usted hizo y "
               "el enlace lleva a la página de rastreo del mismo dominio.",
         "en": "Genuine. It comes from the carrier's domain, matches a shipment you made, and the "
               "link leads to the tracking page on the same domain."},
    ),
    InboxItem(
        "manager-transfer", "email",
        {"es": "Ana Morales", "en": "Ana Morales"},
        "ana.morales.gerencia@correo-gratis.example",
        {"es": "Urgente y confidencial: pago a proveedor", "en": "Urgent and confidential: supplier payment"},
        {"es": "Necesito que haga hoy mismo una transferencia de US$ 8,400 a la nueva cuenta de "
               "nuestro proveedor de tintes. Estoy en una reunión y no puedo atender llamadas. No lo "
               "comente con nadie.",
         "en": "I need you to wire US$8,400 today to our dye supplier's new account. I am in a "
               "meeting and cannot take calls. Do not mention this to anyone."},
        None, None, None, True,
        ("display-name-mismatch", "urgency", "credentials-or-payment"),
        {"es": "Estafa de suplantación de un directivo (BEC, «compromiso del correo empresarial»). El "
               "nombre es el de su gerente, pero la dirección no es la de la empresa; pide un pago "
               "urgente, secreto y a una cuenta nueva. Confirme siempre por un canal que ya conoce, "
               "como el teléfono de siempre. En 2024 el FBI (IC3) registró pérdidas por BEC de "
               "US$ 2,770 millones.",
         "en": "Business e-mail compromise (BEC). The name is your manager's, but the address is "
               "not the company's; it asks for an urgent, secret payment to a new account. Always "
               "confirm through a channel you already know, such as the usual phone number. In 2024 "
               "the FBI (IC3) recorded US$2.77 billion in BEC losses."},
    ),
    InboxItem(
        "overdue-invoice", "email",
        {"es": "Departamento de Cobros", "en": "Collections Department"},
        "cobros@facturas-pendientes.example",
        {"es": "Factura vencida n.º 0425: evite acciones legales", "en": "Overdue invoice No. 0425: avoid legal action"},
        {"es": "Adjuntamos su factura vencida. Ábrala y pague hoy para evitar acciones legales.",
         "en": "Please find your overdue invoice attached. Open it and pay today to avoid legal action."},
        None, None, "Factura_0425.zip", True,
        ("unexpected-attachment", "urgency", "credentials-or-payment"),
        {"es": "Estafa. Usted no tiene tratos con ese remitente, el archivo comprimido no lo esperaba "
               "(puede contener un programa malicioso) y la amenaza legal busca que lo abra sin pensar.",
         "en": "Scam. You have no dealings with that sender, you did not expect the compressed file "
               "(it may carry malware), and the legal threat aims to make you open it without thinking."},
    ),
    InboxItem(
        "fake-store", "shop",
        {"es": "Mercado Tucán – Tienda oficial", "en": "Mercado Tucán – Official store"},
        "https://mercad0tucan.example/liquidacion",
        {"es": "Liquidación: cámaras con 80 % de descuento", "en": "Clearance: cameras 80% off"},
        {"es": "¡La oferta termina en 09:59 minutos! Pago solo por transferencia bancaria a la cuenta "
               "personal del vendedor.",
         "en": "Offer ends in 09:59 minutes! Payment only by bank transfer to the seller's personal account."},
        {"es": "Pagar ahora", "en": "Pay now"},
        "https://mercad0tucan.example/transferencia",
        None, True,
        ("look-alike-domain", "urgency", "credentials-or-payment"),
        {"es": "Tienda falsa. La dirección es mercad0tucan.example, con un cero en lugar de la «o»; "
               "el reloj en cuenta regresiva apura la decisión y solo acepta transferencias a una "
               "cuenta personal, que no se pueden reclamar como un pago con tarjeta.",
         "en": "Fake storefront. The address is mercad0tucan.example, with a zero instead of the "
               "letter 'o'; the countdown rushes you, and it only takes transfers to a personal "
               "account, which cannot be disputed like a card payment."},
    ),
    InboxItem(
        "real-store", "shop",
        {"es": "Mercado Tucán", "en": "Mercado Tucán"},
        "https://mercadotucan.example/artesanias/sombrero-de-paja",
        {"es": "Sombrero de paja – US$ 48", "en": "Straw hat – US$48"},
        {"es": "Vendido por Artesanías La Ceiba. Pago con tarjeta en la página de pago del sitio.",
         "en": "Sold by Artesanías La Ceiba. Card payment on the site's checkout page."},
        {"es": "Comprar", "en": "Buy"},
        "https://mercadotucan.example/checkout",
        None, False, (),
        {"es": "Genuino. Es el dominio correcto del mercado, el botón lleva a su propia página de pago "
               "y no hay presión ni pagos fuera del sitio.",
         "en": "Genuine. It is the marketplace's correct domain, the button leads to its own checkout, "
               "and there is no pressure and no payment outside the site."},
    ),
    InboxItem(
        "customer-question", "whatsapp",
        {"es": "Laura Jiménez (clienta)", "en": "Laura Jiménez (customer)"},
        "+1 555-0187",
        {"es": "Consulta", "en": "Question"},
        {"es": "¡Hola! Le compré dos sombreros en marzo. ¿Tiene el modelo azul en talla M? Si lo "
               "tiene, lo compro en su tienda como la vez pasada.",
         "en": "Hi! I bought two hats from you in March. Do you have the blue one in size M? If so, "
               "I'll buy it in your shop like last time."},
        None, None, None, False, (),
        {"es": "Genuino. Es una clienta conocida, desde el número que usted ya tiene guardado; no "
               "envía enlaces ni pide datos o pagos.",
         "en": "Genuine. A known customer, from the number you already have saved; she sends no "
               "links and asks for no details or payment."},
    ),
    InboxItem(
        "verification-code", "whatsapp",
        {"es": "Soporte Mercado Tucán", "en": "Mercado Tucán Support"},
        "+1 555-0163",
        {"es": "Pago retenido", "en": "Payment on hold"},
        {"es": "Hola, somos el soporte de Mercado Tucán. Para liberar el pago de su última venta, "
               "envíenos ahora el código de 6 dígitos que le llegó por SMS. Si no responde en 15 "
               "minutos, el pago se cancelará.",
         "en": "Hello, this is Mercado Tucán support. To release the payment for your last sale, "
               "send us the 6-digit code you just got by SMS. If you do not reply within 15 "
               "minutes, the payment will be cancelled."},
        None, None, None, True,
        ("display-name-mismatch", "urgency", "credentials-or-payment"),
        {"es": "Estafa. Un número particular dice ser el soporte del mercado y pide el código que le "
               "llegó por SMS: ese código es una credencial y con él otra persona puede entrar a su "
               "cuenta. Nadie legítimo se lo pide.",
         "en": "Scam. A private number claims to be the marketplace's support and asks for the code "
               "you got by SMS: that code is a credential, and with it someone else can get into "
               "your account. No legitimate party asks for it."},
    ),
)


DECISIONS: dict[str, Text] = {
    "ship": {"es": "Despachar", "en": "Ship"},
    "verify": {"es": "Verificar antes de despachar", "en": "Verify before shipping"},
    "cancel": {"es": "Cancelar", "en": "Cancel"},
}


@dataclass(frozen=True)
class Order:
    """An order as it reaches the shop's back office, with the decision a careful screener takes."""

    id: str
    customer: str
    billing_country: str  # ISO 3166-1 alpha-2
    shipping_country: str
    ship_to: Text
    ip_location: Text
    amount_usd: Decimal
    express: bool
    cards_tried: int
    previous_orders: int
    note: Text
    decision: str
    explanation: Text


ORDERS: tuple[Order, ...] = (
    Order(
        "repeat-customer", "Laura Jiménez", "US", "US",
        {"es": "Su domicilio de siempre", "en": "Her usual home address"},
        {"es": "Estados Unidos", "en": "United States"},
        Decimal("96.00"), False, 1, 3,
        {"es": "Mismos datos que en sus compras anteriores, ninguna disputada.",
         "en": "Same details as her earlier purchases, none disputed."},
        "ship",
        {"es": "Despachar. Clienta conocida, datos coherentes y un historial sin reclamos.",
         "en": "Ship. A known customer, consistent details and a history with no disputes."},
    ),
    Order(
        "forwarder-rush", "K. Smith", "CA", "US",
        {"es": "Empresa reexpedidora de carga (freight forwarder) en Miami",
         "en": "A freight-forwarding company in Miami"},
        {"es": "Un tercer país, distinto del de facturación y del de envío",
         "en": "A third country, neither the billing nor the shipping one"},
        Decimal("1150.00"), True, 4, 0,
        {"es": "Tres tarjetas rechazadas antes de que la cuarta fuera aprobada; pide envío urgente.",
         "en": "Three cards declined before the fourth was approved; asks for rush delivery."},
        "cancel",
        {"es": "Cancelar y anular la autorización. Se juntan todas las señales: cliente nuevo, "
               "países que no coinciden, envío urgente a un reexpedidor que oculta el destino final "
               "y varias tarjetas probadas, típico de quien usa números robados.",
         "en": "Cancel and void the authorization. Every sign is there: a new customer, mismatched "
               "countries, rush delivery to a forwarder that hides the final destination, and "
               "several cards tried, typical of someone using stolen numbers."},
    ),
    Order(
        "mexico-to-us", "Jorge Castillo", "MX", "US",
        {"es": "Un domicilio particular en Houston", "en": "A private home in Houston"},
        {"es": "México", "en": "Mexico"},
        Decimal("450.00"), False, 1, 0,
        {"es": "Primera compra; la tarjeta no pasó por 3-D Secure.",
         "en": "First purchase; the card did not go through 3-D Secure."},
        "verify",
        {"es": "Verificar. Hay una sola señal (países distintos) y puede tener una explicación normal, "
               "como un regalo a un familiar; pero es un cliente nuevo, el monto es alto y no hubo "
               "autenticación. Confírmelo por correo o teléfono, o pida que pague con 3-D Secure.",
         "en": "Verify. There is only one sign (different countries) and it may have an ordinary "
               "reason, such as a gift for a relative; but the customer is new, the amount is high "
               "and there was no authentication. Confirm by e-mail or phone, or ask for a 3-D Secure "
               "payment."},
    ),
    Order(
        "overpayment", "Daniel Brooks", "US", "US",
        {"es": "Lo recogerá un «agente de transporte» que él designa",
         "en": "To be collected by a \"shipping agent\" he appoints"},
        {"es": "Estados Unidos", "en": "United States"},
        Decimal("3000.00"), True, 1, 0,
        {"es": "El pedido vale US$ 1,800, pero pagó US$ 3,000 y pide que usted transfiera la "
               "diferencia a su agente de transporte.",
         "en": "The order is worth US$1,800, but he paid US$3,000 and asks you to wire the "
               "difference to his shipping agent."},
        "cancel",
        {"es": "Cancelar. Es la estafa del sobrepago: el cargo con tarjeta suele resultar fraudulento "
               "y se revierte con un contracargo, mientras que la transferencia que usted hizo ya no "
               "se recupera.",
         "en": "Cancel. This is the overpayment scam: the card charge usually turns out to be "
               "fraudulent and is reversed by a chargeback, while the transfer you made cannot be "
               "recovered."},
    ),
    Order(
        "new-authenticated", "Sofía Ramírez", "GT", "GT",
        {"es": "Su domicilio en Quetzaltenango", "en": "Her home in Quetzaltenango"},
        {"es": "Guatemala", "en": "Guatemala"},
        Decimal("72.00"), False, 1, 0,
        {"es": "Primera compra, autenticada con 3-D Secure sin fricción.",
         "en": "First purchase, authenticated with frictionless 3-D Secure."},
        "ship",
        {"es": "Despachar. Todo coincide, el monto es normal y la autenticación 3-D Secure puede "
               "proteger al comercio de los contracargos por fraude. Ser cliente nuevo no es, por sí "
               "solo, una señal de fraude.",
         "en": "Ship. Everything matches, the amount is ordinary, and 3-D Secure authentication can "
               "shield the merchant from fraud chargebacks. Being a new customer is not, on its own, "
               "a sign of fraud."},
    ),
    Order(
        "bulk-proxy", "jx8821", "US", "US",
        {"es": "Un apartado postal en Nueva Jersey", "en": "A post-office box in New Jersey"},
        {"es": "Un servicio de proxy anónimo", "en": "An anonymous proxy service"},
        Decimal("960.00"), True, 1, 0,
        {"es": "Diez unidades del mismo sombrero, con envío urgente; el correo del cliente parece "
               "generado al azar.",
         "en": "Ten units of the same hat, with rush delivery; the customer's e-mail looks randomly "
               "generated."},
        "verify",
        {"es": "Verificar. Cliente nuevo que oculta su ubicación, compra en cantidad y con prisa: "
               "pida confirmación y autenticación 3-D Secure antes de despachar. Si no responde, cancele.",
         "en": "Verify. A new customer hiding their location, buying in bulk and in a hurry: ask for "
               "confirmation and 3-D Secure authentication before shipping. If they do not answer, "
               "cancel."},
    ),
    Order(
        "changed-address", "Carlos Mejía", "HN", "US",
        {"es": "Reexpedidor de carga en Miami (antes siempre a Tegucigalpa)",
         "en": "A freight forwarder in Miami (always Tegucigalpa before)"},
        {"es": "Honduras", "en": "Honduras"},
        Decimal("380.00"), True, 1, 4,
        {"es": "Cliente frecuente que, por primera vez, cambia la dirección de envío y pide envío urgente.",
         "en": "A regular customer who, for the first time, changes the shipping address and asks "
               "for rush delivery."},
        "verify",
        {"es": "Verificar. El historial es bueno, pero un cambio repentino de destino hacia un "
               "reexpedidor, con urgencia, puede indicar que otra persona tomó control de su cuenta. "
               "Llame o escriba al contacto que ya tiene registrado, no al que viene en el pedido.",
         "en": "Verify. The history is good, but a sudden change of destination to a forwarder, in "
               "a hurry, may mean someone else has taken over the account. Call or write to the "
               "contact you already have on file, not the one in the order."},
    ),
    Order(
        "gift-same-country", "Mariela Vargas", "CR", "CR",
        {"es": "La casa de su madre en Liberia (regalo)", "en": "Her mother's house in Liberia (a gift)"},
        {"es": "Costa Rica", "en": "Costa Rica"},
        Decimal("54.00"), False, 1, 2,
        {"es": "Dirección de envío distinta de la de facturación, en el mismo país; autenticada con 3-D Secure.",
         "en": "Shipping address differs from billing, in the same country; authenticated with 3-D Secure."},
        "ship",
        {"es": "Despachar. Una dirección distinta dentro del mismo país es común en los regalos; la "
               "clienta ya compró antes y la compra está autenticada. Cancelar le haría perder una "
               "buena clienta.",
         "en": "Ship. A different address in the same country is common for gifts; the customer "
               "has bought before and the purchase is authenticated. Cancelling would lose a good "
               "customer."},
    ),
)


@dataclass(frozen=True)
class ItemResult:
    """The learner's answer on one item against the right one, and why."""

    item_id: str
    answer: bool | str | None
    expected: bool | str
    explanation: Text

    @property
    def correct(self) -> bool:
        return self.answer == self.expected


@dataclass(frozen=True)
class Score:
    results: tuple[ItemResult, ...]

    @property
    def correct_count(self) -> int:
        return sum(r.correct for r in self.results)

    @property
    def percent(self) -> float:
        return 100 * self.correct_count / len(self.results)


def _check_ids(answers: dict[str, object], known: dict, kind: Text) -> None:
    for item_id in answers:
        if item_id not in known:
            raise unknown(kind, item_id, list(known))


_INBOX_BY_ID = {item.id: item for item in INBOX}
_ORDERS_BY_ID = {order.id: order for order in ORDERS}


def score_inbox(flags: dict[str, bool]) -> Score:
    """Score the learner's scam flags; an item left unflagged counts as judged genuine."""
    _check_ids(flags, _INBOX_BY_ID, {"es": "el mensaje", "en": "inbox item"})
    return Score(tuple(
        ItemResult(item.id, bool(flags.get(item.id, False)), item.is_scam, item.explanation)
        for item in INBOX
    ))


def score_orders(decisions: dict[str, str]) -> Score:
    """Score the learner's ship / verify / cancel decisions; an order left undecided counts as wrong."""
    _check_ids(decisions, _ORDERS_BY_ID, {"es": "el pedido", "en": "order"})
    for decision in decisions.values():
        if decision not in DECISIONS:
            raise unknown({"es": "la decisión", "en": "decision"}, decision, list(DECISIONS))
    return Score(tuple(
        ItemResult(order.id, decisions.get(order.id), order.decision, order.explanation)
        for order in ORDERS
    ))
