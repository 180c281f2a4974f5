"""`trainer info`: where this installation keeps its data."""

from trainer.cli import say

TEXT = {
    "data": {"en": "Data folder: {path}", "es": "Carpeta de datos: {path}"},
    "database": {"en": "Database: {url}", "es": "Base de datos: {url}"},
    "courses-from": {"en": "Courses from: {paths}", "es": "Cursos desde: {paths}"},
}


def run(args) -> int:
    from trainer.paths import course_roots, data_dir, database_url

    print(say(TEXT, "data", args.lang, path=data_dir()))
    print(say(TEXT, "database", args.lang, url=database_url()))
    print(say(TEXT, "courses-from", args.lang, paths=", ".join(str(p) for p in course_roots())))
    return 0


def register(commands) -> None:
    commands.add_parser("info", help="show where data, database and courses are").set_defaults(run=run)
