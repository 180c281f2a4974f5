"""The `trainer` command: the same services as the desktop app, for checks, scripts and headless offices.

Each domain adds its sub-commands from its own module here (`register(commands)`);
this module holds what they share: the parser, the language and error handling.
"""

import argparse
import importlib
import sys

from trainer.errors import UserError
from trainer.i18n import LANGUAGES, pick, system_language

DOMAINS = ("info", "courses", "participants", "progress", "bundles", "certificates", "verify", "keys", "workshops", "roster", "attendance", "reports", "paper")

TEXT = {
    "unknown-course": {
        "en": "No available course '{id}'. See: trainer courses list",
        "es": "No hay un curso disponible '{id}'. Vea: trainer courses list",
    },
}


def say(catalog: dict, key: str, lang: str, **params) -> str:
    return pick(catalog[key], lang).format(**params)


def open_db():
    from trainer.storage.database import open_database

    return open_database()


def available_course(course_id: str | None, lang: str):
    """The course with `course_id` (or the first available one), or exit saying how to list them."""
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    for load in load_library(course_roots(), deep=False):
        if load.available and (course_id is None or load.course.id == course_id):
            return load.course
    raise UserError(TEXT, "unknown-course", id=course_id or "-")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainer", description="Trainer: offline e-commerce courseware.")
    parser.add_argument("--lang", choices=LANGUAGES, default=system_language(),
                        help="language of messages (default: TRAINER_LANG or the system language)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for domain in DOMAINS:
        importlib.import_module(f"trainer.cli.{domain}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except UserError as error:
        print(f"trainer: {error.message(args.lang)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
