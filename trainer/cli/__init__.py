"""The `trainer` command: the same services as the desktop app, for checks, scripts and headless offices.

Each domain adds its sub-commands from its own module here (`register(commands)`);
this module holds what they share: the parser, the language, error handling,
secrets typed twice, and output that never lets stored text drive the terminal.
"""

import argparse
import getpass
import importlib
import os
import sys

from sqlalchemy.exc import DatabaseError

from trainer.about import version_line
from trainer.errors import UserError
from trainer.i18n import LANGUAGES, pick, system_language

DOMAINS = ("setup", "info", "courses", "participants", "progress", "laptops", "bundles", "certificates", "verify",
           "keys", "workshops", "roster", "attendance", "reports", "paper", "backup")
# Written as '?': C0 and C1 controls (escape sequences, carriage returns, backspaces) and bidi overrides, which
# would let a name stored in the database recolour, hide or reorder what the terminal shows.
HIDDEN = {code: "?" for code in (*range(0x00, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F),
                                 *range(0x2066, 0x206A)) if chr(code) not in "\n\t"}

TEXT = {
    "unknown-course": {
        "en": "No available course '{id}'. See: trainer courses list",
        "es": "No hay un curso disponible '{id}'. Vea: trainer courses list",
    },
    "pin-differ": {
        "en": "the two PINs typed do not match; nothing was changed",
        "es": "los dos PIN escritos no coinciden; no se cambió nada",
    },
    "passphrase-differ": {
        "en": "the two passphrases typed do not match; nothing was changed",
        "es": "las dos frases de contraseña escritas no coinciden; no se cambió nada",
    },
    "needs-pin": {
        "en": "type the new PIN when asked (twice), or set {variable}",
        "es": "escriba el PIN nuevo cuando se le pida (dos veces), o defina {variable}",
    },
    "needs-passphrase": {
        "en": "type the new passphrase when asked (twice), or set {variable}",
        "es": "escriba la frase de contraseña nueva cuando se le pida (dos veces), o defina {variable}",
    },
    "again": {"en": "Again, to check: ", "es": "Otra vez, para confirmar: "},
}


def say(catalog: dict, key: str, lang: str, **params) -> str:
    return pick(catalog[key], lang).format(**params)


def open_db():
    from trainer.storage.database import open_database

    return open_database(quick_check=False)  # the app checks the whole file at each start; a command need not


def available_course(course_id: str | None, lang: str):
    """The course with `course_id` (or the first available one), or exit saying how to list them."""
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    for load in load_library(course_roots(), deep=False):
        if load.available and (course_id is None or load.course.id == course_id):
            return load.course
    raise UserError(TEXT, "unknown-course", id=course_id or "-")


def new_secret(kind: str, variable: str, prompt: str, lang: str) -> str:
    """A new PIN or passphrase (`kind`): from `variable`, or typed twice at a prompt that does not echo."""
    value = os.environ.get(variable)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(TEXT, f"needs-{kind}", variable=variable)
    first = getpass.getpass(prompt)
    if first != getpass.getpass(say(TEXT, "again", lang)):
        raise UserError(TEXT, f"{kind}-differ")
    return first


class ShownText:
    """A text stream that writes control characters and bidi overrides as '?', whatever a stored name holds."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text.translate(HIDDEN))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainer", description="Trainer: offline e-commerce courseware.")
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--lang", choices=LANGUAGES, default=system_language(),
                        help="language of messages (default: TRAINER_LANG or the system language)")
    parser.add_argument("--as", dest="as_trainer", metavar="NAME",
                        help="the trainer or organizer running a command that needs one (or TRAINER_AS); "
                             "the PIN is asked for, or read from TRAINER_PIN")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for domain in DOMAINS:
        importlib.import_module(f"trainer.cli.{domain}").register(commands)
    return parser


def damaged_database(error: DatabaseError) -> UserError:
    """'The database … is damaged', naming the latest good backup and `trainer restore --latest`."""
    from trainer.storage.backups import DatabaseProblem, latest_backup
    from trainer.storage.database import Database

    probe = Database()
    probe.dispose()
    return DatabaseProblem("damaged", probe.file, latest_backup(), str(error.orig or error).splitlines()[0])


def main(argv: list[str] | None = None) -> int:
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ShownText(sys.stdout), ShownText(sys.stderr)
    try:
        args = build_parser().parse_args(argv)
        try:
            return args.run(args)
        except UserError as error:
            print(f"trainer: {error.message(args.lang)}", file=sys.stderr)
            return 2
        except DatabaseError as error:  # damage in a part of the file this command read: say so, and what to do
            print(f"trainer: {damaged_database(error).message(args.lang)}", file=sys.stderr)
            return 2
    finally:
        sys.stdout, sys.stderr = streams


if __name__ == "__main__":
    sys.exit(main())
