"""`trainer participants add|list`."""

from trainer.cli import open_db, say
from trainer.i18n import LANGUAGES

TEXT = {
    "added": {"en": "Added {name} ({id}).", "es": "Se agregó a {name} ({id})."},
    "none": {
        "en": "No participants yet. Add one with: trainer participants add \"Name\"",
        "es": "Aún no hay participantes. Agregue uno con: trainer participants add \"Nombre\"",
    },
}


def run_add(args) -> int:
    from trainer.people.service import ProfileInput, add_participant

    person = add_participant(open_db(), ProfileInput(
        name=args.name, organization=args.organization, sector=args.sector, country=args.country, sex=args.sex,
        email=args.email, language=args.language or args.lang, role=args.role, pin=args.pin,
    ))
    print(say(TEXT, "added", args.lang, name=person.name, id=person.id[:8]))
    return 0


def run_list(args) -> int:
    from trainer.people.service import list_participants

    people = list_participants(open_db(), args.search or "")
    if not people:
        print(say(TEXT, "none", args.lang))
    for person in people:
        print(f"{person.id[:8]}  {person.name:30} {person.organization[:30]:30} {person.country:2} "
              f"{person.sector:8} {person.role}")
    return 0


def register(commands) -> None:
    people = commands.add_parser("participants", help="add and list participants").add_subparsers(dest="action", required=True)
    add = people.add_parser("add", help="add a participant")
    add.add_argument("name")
    add.add_argument("--organization", "--org", default="")
    add.add_argument("--sector", default="other", help="public, private, academic or other")
    add.add_argument("--country", default="", help="two-letter code: GT, SV, HN, NI, CR, DO, MX...")
    add.add_argument("--sex", help="female, male or other (optional)")
    add.add_argument("--email")
    add.add_argument("--language", choices=LANGUAGES, help="the participant's language (default: --lang)")
    add.add_argument("--role", default="participant", help="participant, trainer or organizer")
    add.add_argument("--pin", help="4 to 8 digits (optional)")
    add.set_defaults(run=run_add)
    listing = people.add_parser("list", help="list participants")
    listing.add_argument("--search", help="part of a name or organization")
    listing.set_defaults(run=run_list)
