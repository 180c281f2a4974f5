"""`trainer courses list|check`: for course authors and for seeing why a course will not open."""

import sys
from pathlib import Path

from trainer.cli import say
from trainer.i18n import pick

TEXT = {
    "available": {"en": "available", "es": "disponible"},
    "unavailable": {"en": "UNAVAILABLE", "es": "NO DISPONIBLE"},
    "summary": {"en": "{modules} modules, {minutes} min", "es": "{modules} módulos, {minutes} min"},
    "ok": {"en": "{count} course(s) checked, no problems.", "es": "{count} curso(s) revisado(s), sin problemas."},
    "problems": {"en": "{count} problem(s) found.", "es": "{count} problema(s) encontrado(s)."},
    "no-courses": {"en": "No course found in {path}.", "es": "No hay cursos en {path}."},
}


def _roots(args) -> list[Path]:
    from trainer.paths import course_roots

    return [Path(args.path)] if args.path else course_roots()


def run_list(args) -> int:
    from trainer.courses.loader import load_library

    for load in load_library(_roots(args)):
        if load.available:
            course = load.course
            summary = say(TEXT, "summary", args.lang, modules=len(course.modules), minutes=course.minutes)
            print(f"{course.id:24} {say(TEXT, 'available', args.lang):14} v{course.version:8} {summary}  "
                  f"{pick(course.title, args.lang)}")
        else:
            print(f"{load.path.name:24} {say(TEXT, 'unavailable', args.lang):14} {load.problems[0].describe(args.lang)}")
            for problem in load.problems[1:3]:
                print(f"{'':40}{problem.describe(args.lang)}")
            if len(load.problems) > 3:
                print(f"{'':40}... trainer courses check {load.path}")
    return 0


def run_check(args) -> int:
    from trainer.courses.loader import course_folders, load_course

    roots = _roots(args)
    folders = [folder for root in roots for folder in course_folders(root)]
    if not folders:
        print(say(TEXT, "no-courses", args.lang, path=", ".join(str(r) for r in roots)), file=sys.stderr)
        return 1
    problems = [problem for folder in folders for problem in load_course(folder).problems]
    for problem in problems:
        print(problem.describe(args.lang))
    if problems:
        print(say(TEXT, "problems", args.lang, count=len(problems)), file=sys.stderr)
        return 1
    print(say(TEXT, "ok", args.lang, count=len(folders)))
    return 0


def register(commands) -> None:
    courses = commands.add_parser("courses", help="list and check courses").add_subparsers(dest="action", required=True)
    listing = courses.add_parser("list", help="list courses and whether each is available")
    listing.add_argument("path", nargs="?", help="a course folder or a folder of courses (default: the installed ones)")
    listing.set_defaults(run=run_list)
    check = courses.add_parser("check", help="report every problem with file and line; exit 1 if any")
    check.add_argument("path", nargs="?", help="a course folder or a folder of courses (default: the installed ones)")
    check.set_defaults(run=run_check)
