"""`trainer participants add|list|role`."""

from trainer.cli import new_secret, open_db, say
from trainer.cli.proof import require_proof
from trainer.i18n import LANGUAGES

TEXT = {
    "added": {"en": "Added {name} ({id}).", "es": "Se agregó a {name} ({id})."},
    "likely-duplicate": {
        "en": "this person is probably already on this laptop: {people}. Nothing was added; use that profile, or "
              "add --new-anyway if this is someone else",
        "es": "esta persona probablemente ya está en esta computadora: {people}. No se agregó nada; use ese perfil, "
              "o agregue --new-anyway si es otra persona",
    },
    "none": {
        "en": "No participants yet. Add one with: trainer participants add \"Name\"",
        "es": "Aún no hay participantes. Agregue uno con: trainer participants add \"Nombre\"",
    },
    "role-set": {"en": "{name} ({id}) is now {role} on this laptop.",
                 "es": "{name} ({id}) ahora tiene el rol de {role} en esta laptop."},
    "new-pin-prompt": {"en": "New PIN for {name} (6 to 8 digits): ", "es": "PIN nuevo de {name} (6 a 8 dígitos): "},
}
ROLE_NAMES = {
    "participant": {"en": "participant", "es": "participante"},
    "trainer": {"en": "trainer", "es": "capacitador"},
    "organizer": {"en": "organizer", "es": "organizador"},
}


def run_add(args) -> int:
    """Add a profile, unless it is probably someone already here (same name and e-mail or organization)."""
    from trainer.errors import UserError
    from trainer.people.service import ProfileInput, add_participant, likely_matches

    db = open_db()
    profile = ProfileInput(
        name=args.name, organization=args.organization, sector=args.sector, country=args.country, sex=args.sex,
        email=args.email, language=args.language or args.lang, pin=args.pin,
    )
    matches = [] if args.new_anyway else likely_matches(db, profile)
    if matches:
        raise UserError(TEXT, "likely-duplicate", people="; ".join(
            " · ".join(part for part in (found.name, found.organization, found.email or "", found.id[:8]) if part)
            for found in matches))
    person = add_participant(db, profile)
    print(say(TEXT, "added", args.lang, name=person.name, id=person.id[:8]))
    return 0


def run_list(args) -> int:
    from trainer.people.service import accounts, list_participants

    db = open_db()
    people = list_participants(db, args.search or "")
    roles = {participant_id: found.role for participant_id, found in accounts(db).items()}
    if not people:
        print(say(TEXT, "none", args.lang))
    for person in people:
        print(f"{person.id[:8]}  {person.name:30} {person.organization[:30]:30} {person.country:2} "
              f"{person.sector:8} {roles.get(person.id, 'participant')}")
    return 0


def run_role(args) -> int:
    """A role is granted by a trainer or organizer who proves it; a trainer or organizer gets a PIN of their own."""
    from trainer.people.service import find_participant
    from trainer.trust import LEADER_ROLES, grant_role

    db = open_db()
    person = find_participant(db, args.participant)
    proof = require_proof(args, db, "participants-role")
    pin = new_secret("pin", "TRAINER_NEW_PIN", say(TEXT, "new-pin-prompt", args.lang, name=person.name),
                     args.lang) if args.role in LEADER_ROLES else None
    grant_role(db, proof, person.id, args.role, pin)
    print(say(TEXT, "role-set", args.lang, name=person.name, id=person.id[:8],
              role=say(ROLE_NAMES, args.role, args.lang)))
    return 0


def register(commands) -> None:
    people = commands.add_parser("participants", help="add and list participants; grant roles").add_subparsers(
        dest="action", required=True)
    add = people.add_parser("add", help="add a participant")
    add.add_argument("name")
    add.add_argument("--organization", "--org", default="")
    add.add_argument("--sector", default="other", help="public, private, academic or other")
    add.add_argument("--country", default="", help="country code or name: GT, DE, Alemania, Portugal...")
    add.add_argument("--sex", help="female, male or other (optional)")
    add.add_argument("--email")
    add.add_argument("--language", choices=LANGUAGES, help="the participant's language (default: --lang)")
    add.add_argument("--pin", help="4 to 8 digits (optional)")
    add.add_argument("--new-anyway", action="store_true",
                     help="add even if someone with the same name and e-mail or organization is already here")
    add.set_defaults(run=run_add)
    listing = people.add_parser("list", help="list participants and their role on this laptop")
    listing.add_argument("--search", help="part of a name or organization")
    listing.set_defaults(run=run_list)
    role = people.add_parser(
        "role", help="make someone a trainer or organizer of this laptop, or a participant again",
        description="Needs a trainer or organizer (--as NAME and their PIN). A new trainer or organizer gets a PIN "
                    "of 6 to 8 digits, typed twice or read from TRAINER_NEW_PIN.")
    role.add_argument("participant", help="the id (or its first characters) or exact name")
    role.add_argument("role", choices=("trainer", "organizer", "participant"))
    role.set_defaults(run=run_role)
