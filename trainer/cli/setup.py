"""`trainer setup`: the organization's first run on a laptop that has no trainer or organizer yet.

It makes the organization's signing key (encrypted with a passphrase that is
never stored) and its first organizer, who then grants roles to the others.
"""

from pathlib import Path

from trainer.cli import new_secret, open_db, say
from trainer.errors import UserError
from trainer.i18n import LANGUAGES

TEXT = {
    "already-set-up": {
        "en": "this laptop is already set up ({names}); ask one of them to make you a trainer: "
              "trainer --as \"THEIR NAME\" participants role \"YOUR NAME\" trainer",
        "es": "esta laptop ya está configurada ({names}); pida a una de esas personas que lo haga capacitador: "
              "trainer --as \"SU NOMBRE\" participants role \"NOMBRE DE USTED\" trainer",
    },
    "pin-prompt": {"en": "New PIN for {name} (6 to 8 digits): ", "es": "PIN nuevo de {name} (6 a 8 dígitos): "},
    "passphrase-prompt": {
        "en": "New passphrase for the organization key (at least {count} characters): ",
        "es": "Frase de contraseña nueva de la clave de la organización (al menos {count} caracteres): ",
    },
    "done": {
        "en": "{organization} is set up on this laptop; {name} ({id}) is its organizer.\n"
              "Keep the passphrase safe: it is not stored, and signing certificates needs it.\n"
              "Make other trainers with: trainer --as \"{name}\" participants role NAME trainer",
        "es": "{organization} quedó configurada en esta laptop; {name} ({id}) queda con el rol de organizador.\n"
              "Guarde bien la frase de contraseña: no se almacena, y firmar certificados la necesita.\n"
              "Nombre a otros capacitadores con: trainer --as \"{name}\" participants role NOMBRE trainer",
    },
}


def run(args) -> int:
    from trainer.certificates.keys import MIN_PASSPHRASE_LENGTH
    from trainer.people.pins import LEADER_PIN_PATTERN
    from trainer.people.service import ProfileInput
    from trainer.trust import MESSAGES, leaders, set_up_organization

    db = open_db()
    present = leaders(db)
    if present:  # refused before any secret is typed
        raise UserError(TEXT, "already-set-up", names=", ".join(name for _id, name, _role in present))
    leader = ProfileInput(  # checked now, so that a bad field is reported before any secret is typed
        name=args.name, organization=args.org if args.org is not None else args.organization, sector=args.sector,
        country=args.country, sex=args.sex, email=args.email, language=args.language or args.lang,
    ).cleaned()
    pin = new_secret("pin", "TRAINER_PIN", say(TEXT, "pin-prompt", args.lang, name=leader.name), args.lang)
    if not LEADER_PIN_PATTERN.match(pin):  # said before the passphrase is typed
        raise UserError(MESSAGES, "leader-pin")
    passphrase = new_secret("passphrase", "TRAINER_KEY_PASSPHRASE",
                            say(TEXT, "passphrase-prompt", args.lang, count=MIN_PASSPHRASE_LENGTH), args.lang)
    proof = set_up_organization(db, args.organization, leader, pin, passphrase, Path(args.logo) if args.logo else None)
    print(say(TEXT, "done", args.lang, organization=args.organization.strip(), name=proof.name, id=proof.actor_id[:8]))
    return 0


def register(commands) -> None:
    setup = commands.add_parser(
        "setup", help="set up the organization and its first organizer on a laptop that has none",
        description="Creates the organization's signing key and its first organizer. The organizer's PIN (6 to 8 "
                    "digits) is typed twice, or read from TRAINER_PIN; the key's passphrase (at least 8 characters) "
                    "is typed twice, or read from TRAINER_KEY_PASSPHRASE. Refused once the laptop has a trainer or "
                    "organizer.")
    setup.add_argument("--organization", required=True, help="the organization's name, as certificates state it")
    setup.add_argument("--name", required=True, help="the first organizer's full name")
    setup.add_argument("--org", help="the organizer's own organization (default: --organization)")
    setup.add_argument("--sector", default="other", help="public, private, academic or other")
    setup.add_argument("--country", default="", help="country code or name: GT, DE, Alemania, Portugal...")
    setup.add_argument("--sex", help="female, male or other (optional)")
    setup.add_argument("--email")
    setup.add_argument("--language", choices=LANGUAGES, help="the organizer's language (default: --lang)")
    setup.add_argument("--logo", help="a PNG or JPEG logo for certificates (default: none)")
    setup.set_defaults(run=run)
