"""`trainer progress show PARTICIPANT`."""

from trainer.cli import available_course, open_db, say
from trainer.i18n import pick

TEXT = {
    "line": {
        "en": "lessons {done}/{total}  best {best:6} attempts {attempts}  {state}",
        "es": "lecciones {done}/{total}  mejor {best:6} intentos {attempts}  {state}",
    },
    "not_started": {"en": "not started", "es": "sin empezar"},
    "in_progress": {"en": "in progress", "es": "en curso"},
    "passed": {"en": "passed", "es": "aprobado"},
    "course-total": {
        "en": "Course: {done}/{total} lessons, {passed}/{modules} modules passed, about {minutes} min left.",
        "es": "Curso: {done}/{total} lecciones, {passed}/{modules} módulos aprobados, faltan unos {minutes} min.",
    },
}


def run_show(args) -> int:
    from trainer.people.service import find_participant
    from trainer.progress.service import course_progress

    db = open_db()
    person = find_participant(db, args.participant)
    course = available_course(args.course, args.lang)
    progress = course_progress(db, person.id, course)
    print(f"{person.name} — {pick(course.title, args.lang)}")
    for module, mp in zip(course.modules, progress.modules):
        best = f"{mp.best_score:.0f} %" if mp.best_score is not None else "—"
        line = say(TEXT, "line", args.lang, done=mp.lessons_done, total=mp.lessons_total, best=best,
                   attempts=mp.attempts, state=say(TEXT, mp.state, args.lang))
        print(f"  {pick(module.title, args.lang)[:40]:40} {line}")
    print(say(TEXT, "course-total", args.lang, done=progress.lessons_done, total=progress.lessons_total,
              passed=sum(m.passed for m in progress.modules), modules=len(progress.modules), minutes=progress.minutes_left))
    return 0


def register(commands) -> None:
    progress = commands.add_parser("progress", help="show learning progress").add_subparsers(dest="action", required=True)
    show = progress.add_parser("show", help="one participant's progress in a course")
    show.add_argument("participant", help="the id (or its first characters) or the exact name")
    show.add_argument("--course", help="course id (default: the first available course)")
    show.set_defaults(run=run_show)
