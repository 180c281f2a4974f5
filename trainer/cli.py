"""The `trainer` command: the same services as the desktop app, for checks, scripts and headless offices."""

import argparse
import sys
from pathlib import Path

from trainer.errors import UserError
from trainer.i18n import LANGUAGES, pick, system_language

TEXT = {
    "available": {"en": "available", "es": "disponible"},
    "unavailable": {"en": "UNAVAILABLE", "es": "NO DISPONIBLE"},
    "modules": {"en": "modules", "es": "módulos"},
    "minutes": {"en": "min", "es": "min"},
    "ok": {"en": "{count} course(s) checked, no problems.", "es": "{count} curso(s) revisado(s), sin problemas."},
    "problems": {"en": "{count} problem(s) found.", "es": "{count} problema(s) encontrado(s)."},
    "no-courses": {"en": "No course found in {path}.", "es": "No hay cursos en {path}."},
    "added": {"en": "Added {name} ({id}).", "es": "Se agregó a {name} ({id})."},
    "no-participants": {
        "en": "No participants yet. Add one with: trainer participants add \"Name\"",
        "es": "Aún no hay participantes. Agregue uno con: trainer participants add \"Nombre\"",
    },
    "unknown-course": {
        "en": "No available course '{id}'. See: trainer courses list",
        "es": "No hay un curso disponible '{id}'. Vea: trainer courses list",
    },
    "lessons": {"en": "lessons", "es": "lecciones"},
    "quiz": {"en": "quiz", "es": "evaluación"},
    "best": {"en": "best", "es": "mejor"},
    "attempts": {"en": "attempts", "es": "intentos"},
    "state": {
        "not_started": {"en": "not started", "es": "sin empezar"},
        "in_progress": {"en": "in progress", "es": "en curso"},
        "passed": {"en": "passed", "es": "aprobado"},
    },
    "course-total": {
        "en": "Course: {done}/{total} lessons, {passed}/{modules} modules passed, about {minutes} min left.",
        "es": "Curso: {done}/{total} lecciones, {passed}/{modules} módulos aprobados, faltan unos {minutes} min.",
    },
    "data": {"en": "Data folder: {path}", "es": "Carpeta de datos: {path}"},
    "database": {"en": "Database: {url}", "es": "Base de datos: {url}"},
    "courses-from": {"en": "Courses from: {paths}", "es": "Cursos desde: {paths}"},
}


def say(key: str, lang: str, **params) -> str:
    return pick(TEXT[key], lang).format(**params)


def _database():
    from trainer.storage.database import open_database

    return open_database()


def _available_course(course_id: str | None, lang: str):
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    loads = [load for load in load_library(course_roots(), deep=False) if load.available]
    for load in loads:
        if course_id is None or load.course.id == course_id:
            return load.course
    raise SystemExit(say("unknown-course", lang, id=course_id or "-"))


def cmd_info(args) -> int:
    from trainer.paths import course_roots, data_dir, database_url

    print(say("data", args.lang, path=data_dir()))
    print(say("database", args.lang, url=database_url()))
    print(say("courses-from", args.lang, paths=", ".join(str(p) for p in course_roots())))
    return 0


def cmd_courses_list(args) -> int:
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    roots = [Path(args.path)] if args.path else course_roots()
    for load in load_library(roots):
        if load.available:
            course = load.course
            print(f"{course.id:24} {say('available', args.lang):14} v{course.version:8} "
                  f"{len(course.modules)} {say('modules', args.lang)}, {course.minutes} {say('minutes', args.lang)}  "
                  f"{pick(course.title, args.lang)}")
        else:
            print(f"{load.path.name:24} {say('unavailable', args.lang):14} {load.problems[0].describe(args.lang)}")
            for problem in load.problems[1:3]:
                print(f"{'':40}{problem.describe(args.lang)}")
            if len(load.problems) > 3:
                print(f"{'':40}... trainer courses check {load.path}")
    return 0


def cmd_courses_check(args) -> int:
    from trainer.courses.loader import course_folders, load_course
    from trainer.paths import course_roots

    roots = [Path(args.path)] if args.path else course_roots()
    folders = [folder for root in roots for folder in course_folders(root)]
    if not folders:
        print(say("no-courses", args.lang, path=", ".join(str(r) for r in roots)), file=sys.stderr)
        return 1
    problems = [problem for folder in folders for problem in load_course(folder).problems]
    for problem in problems:
        print(problem.describe(args.lang))
    if problems:
        print(say("problems", args.lang, count=len(problems)), file=sys.stderr)
        return 1
    print(say("ok", args.lang, count=len(folders)))
    return 0


def cmd_participants_add(args) -> int:
    from trainer.people.service import ProfileInput, add_participant

    person = add_participant(_database(), ProfileInput(
        name=args.name, organization=args.organization, sector=args.sector, country=args.country, sex=args.sex,
        email=args.email, language=args.language or args.lang, role=args.role, pin=args.pin,
    ))
    print(say("added", args.lang, name=person.name, id=person.id[:8]))
    return 0


def cmd_participants_list(args) -> int:
    from trainer.people.service import list_participants

    people = list_participants(_database(), args.search or "")
    if not people:
        print(say("no-participants", args.lang))
    for person in people:
        print(f"{person.id[:8]}  {person.name:30} {person.organization[:30]:30} {person.country:2} {person.sector:8} {person.role}")
    return 0


def cmd_progress_show(args) -> int:
    from trainer.people.service import find_participant
    from trainer.progress.service import course_progress

    db = _database()
    person = find_participant(db, args.participant)
    course = _available_course(args.course, args.lang)
    progress = course_progress(db, person.id, course)
    print(f"{person.name} — {pick(course.title, args.lang)}")
    for module, mp in zip(course.modules, progress.modules):
        best = f"{mp.best_score:.0f} %" if mp.best_score is not None else "—"
        print(f"  {pick(module.title, args.lang)[:40]:40} {say('lessons', args.lang)} {mp.lessons_done}/{mp.lessons_total}  "
              f"{say('best', args.lang)} {best:6} {say('attempts', args.lang)} {mp.attempts}  "
              f"{pick(TEXT['state'][mp.state], args.lang)}")
    print(say("course-total", args.lang, done=progress.lessons_done, total=progress.lessons_total,
              passed=sum(m.passed for m in progress.modules), modules=len(progress.modules), minutes=progress.minutes_left))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainer", description="Trainer: offline e-commerce courseware.")
    parser.add_argument("--lang", choices=LANGUAGES, default=system_language(),
                        help="language of messages (default: TRAINER_LANG or the system language)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    info = commands.add_parser("info", help="show where data, database and courses are")
    info.set_defaults(run=cmd_info)

    courses = commands.add_parser("courses", help="list and check courses").add_subparsers(dest="action", required=True)
    listing = courses.add_parser("list", help="list courses and whether each is available")
    listing.add_argument("path", nargs="?", help="a course folder or a folder of courses (default: the installed ones)")
    listing.set_defaults(run=cmd_courses_list)
    check = courses.add_parser("check", help="report every problem with file and line; exit 1 if any")
    check.add_argument("path", nargs="?", help="a course folder or a folder of courses (default: the installed ones)")
    check.set_defaults(run=cmd_courses_check)

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
    add.set_defaults(run=cmd_participants_add)
    plist = people.add_parser("list", help="list participants")
    plist.add_argument("--search", help="part of a name or organization")
    plist.set_defaults(run=cmd_participants_list)

    progress = commands.add_parser("progress", help="show learning progress").add_subparsers(dest="action", required=True)
    show = progress.add_parser("show", help="one participant's progress in a course")
    show.add_argument("participant", help="the id (or its first characters) or the exact name")
    show.add_argument("--course", help="course id (default: the first available course)")
    show.set_defaults(run=cmd_progress_show)
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
