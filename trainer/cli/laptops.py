"""`trainer laptop fingerprint`: what a trainer reads aloud so that another laptop can approve this one."""

from trainer.cli import open_db, say

TEXT = {
    "fingerprint": {
        "en": "This laptop's fingerprint: {fingerprint}\n"
              "Read it aloud to the trainer approving this laptop ('trainer bundle approve FILE' on theirs).",
        "es": "Huella de esta laptop: {fingerprint}\n"
              "Léala en voz alta al capacitador que aprueba esta laptop "
              "('trainer bundle approve ARCHIVO' en la suya).",
    },
}


def run_fingerprint(args) -> int:
    from trainer.trust import this_laptop_fingerprint

    print(say(TEXT, "fingerprint", args.lang, fingerprint=this_laptop_fingerprint(open_db())))
    return 0


def register(commands) -> None:
    laptop = commands.add_parser("laptop", help="this laptop's identity for other laptops").add_subparsers(
        dest="action", required=True)
    laptop.add_parser("fingerprint", help="show this laptop's fingerprint, to compare when another laptop approves it"
                      ).set_defaults(run=run_fingerprint)
