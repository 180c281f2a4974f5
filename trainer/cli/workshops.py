"""`trainer workshop create|edit|list|show|session-add|session-edit|session-remove|progress`.

Every command that changes a workshop needs a trainer or organizer of this laptop (`--as NAME` and their PIN).
"""

import argparse
from datetime import date

from trainer.cli import available_course, open_db, say
from trainer.cli.proof import require_proof
from trainer.i18n import pick
from trainer.locale import format_hours, format_number

TEXT = {
    "created": {"en": "Created workshop {title} ({id}).", "es": "Se creó el taller {title} ({id})."},
    "updated": {"en": "Updated workshop {title}.", "es": "Se actualizó el taller {title}."},
    "none": {
        "en": "No workshops. Create one with: trainer workshop create \"Title\" --course COURSE",
        "es": "No hay talleres. Cree uno con: trainer workshop create \"Título\" --course CURSO",
    },
    "listing": {
        "en": "{id}  {title:34} {days:23} {sessions:>2} sessions {hours:>5} h {people:>4} people  {when}",
        "es": "{id}  {title:34} {days:23} {sessions:>2} sesiones {hours:>5} h {people:>4} personas  {when}",
    },
    "upcoming": {"en": "upcoming", "es": "próximo"},
    "current": {"en": "current", "es": "en curso"},
    "past": {"en": "past", "es": "pasado"},
    "details": {
        "en": "{title} ({id})\n  place: {place}  country: {country}  days: {days}\n  course: {course}  modules: {modules}\n"
              "  attendance threshold: {threshold} %  enrolled: {people}",
        "es": "{title} ({id})\n  lugar: {place}  país: {country}  días: {days}\n  curso: {course}  módulos: {modules}\n"
              "  umbral de asistencia: {threshold} %  inscritos: {people}",
    },
    "all-modules": {"en": "all", "es": "todos"},
    "sessions": {"en": "  sessions:", "es": "  sesiones:"},
    "no-sessions": {
        "en": "  no sessions yet: trainer workshop session-add {id} --date YYYY-MM-DD --hours 4",
        "es": "  aún no hay sesiones: trainer workshop session-add {id} --date AAAA-MM-DD --hours 4",
    },
    "session": {"en": "    {id}  {date} {start}  {hours}  {title}", "es": "    {id}  {date} {start}  {hours}  {title}"},
    "session-added": {"en": "Added the session of {date} ({id}).", "es": "Se agregó la sesión del {date} ({id})."},
    "session-updated": {"en": "Updated the session of {date}.", "es": "Se actualizó la sesión del {date}."},
    "session-removed": {"en": "Removed the session.", "es": "Se eliminó la sesión."},
    "bad-date": {"en": "'{value}' is not a date YYYY-MM-DD", "es": "'{value}' no es una fecha AAAA-MM-DD"},
    "progress-head": {"en": "{name:28} {attendance:>6}  {modules}", "es": "{name:28} {attendance:>6}  {modules}"},
    "attendance": {"en": "attend.", "es": "asist."},
    "no-people": {
        "en": "Nobody is enrolled yet: trainer roster import FILE --workshop {id}",
        "es": "Aún no hay nadie inscrito: trainer roster import ARCHIVO --workshop {id}",
    },
    "risk-count": {"en": "{count} of {total} need attention.", "es": "{count} de {total} requieren atención."},
}
STATE_MARK = {"not_started": "·", "in_progress": "…", "passed": "✓"}


def iso_date(text: str) -> date:
    """An argparse type: a date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(pick(TEXT["bad-date"], "en").format(value=text)) from None


def _modules(args, course_id: str) -> list[str] | None:
    from trainer.workshops.service import check_modules

    if args.modules is None:
        return None
    wanted = [m.strip() for m in args.modules.split(",") if m.strip()]
    return check_modules(available_course(course_id, args.lang), wanted)


def _fields(args, db) -> dict:
    """The workshop fields given on the command line (and only those)."""
    from trainer.people.service import find_participant

    fields = {"title": args.title, "place": args.place, "country": args.country, "starts_on": args.starts_on,
              "ends_on": args.ends_on, "attendance_threshold": args.threshold}
    if getattr(args, "course", None):
        fields["course_id"] = available_course(args.course, args.lang).id
    if args.trainer:
        fields["trainer_id"] = find_participant(db, args.trainer).id
    return {name: value for name, value in fields.items() if value is not None}


def run_create(args) -> int:
    from trainer.workshops.service import create_workshop

    db = open_db()
    fields = _fields(args, db)
    modules = _modules(args, fields["course_id"])
    title, course_id = fields.pop("title"), fields.pop("course_id")
    require_proof(args, db, "workshop-create")
    workshop = create_workshop(db, title, course_id, module_ids=modules, **fields)
    print(say(TEXT, "created", args.lang, title=workshop.title, id=workshop.id[:8]))
    return 0


def run_edit(args) -> int:
    from trainer.workshops.service import find_workshop, update_workshop

    db = open_db()
    workshop = find_workshop(db, args.workshop)
    fields = _fields(args, db)
    modules = _modules(args, fields.get("course_id", workshop.course_id))
    if modules is not None:
        fields["module_ids"] = modules
    require_proof(args, db, "workshop-edit")
    workshop = update_workshop(db, workshop.id, **fields)
    print(say(TEXT, "updated", args.lang, title=workshop.title))
    return 0


def _days(first: date | None, last: date | None) -> str:
    return f"{first or '?'} – {last or '?'}" if first or last else "—"


def run_list(args) -> int:
    from trainer.workshops.service import list_workshops

    today = date.today()
    listings = list_workshops(open_db(), args.when, today)
    if not listings:
        print(say(TEXT, "none", args.lang))
    for item in listings:
        print(say(TEXT, "listing", args.lang, id=item.workshop.id[:8], title=item.workshop.title[:34],
                  days=_days(item.first_day, item.last_day), sessions=item.sessions, hours=format_number(item.hours, args.lang),
                  people=item.enrolled, when=say(TEXT, item.when(today), args.lang)))
    return 0


def run_show(args) -> int:
    from trainer.countries import country_name
    from trainer.workshops.service import find_workshop, roster

    db = open_db()
    workshop = find_workshop(db, args.workshop)
    print(say(TEXT, "details", args.lang, title=workshop.title, id=workshop.id[:8], place=workshop.place or "—",
              country=country_name(workshop.country, args.lang) if workshop.country else "—",
              days=_days(workshop.starts_on, workshop.ends_on), course=workshop.course_id,
              modules=", ".join(workshop.module_ids) or say(TEXT, "all-modules", args.lang),
              threshold=workshop.attendance_threshold, people=len(roster(db, workshop.id))))
    print(say(TEXT, "sessions", args.lang))
    if not workshop.sessions:
        print(say(TEXT, "no-sessions", args.lang, id=workshop.id[:8]))
    for held in workshop.sessions:
        print(say(TEXT, "session", args.lang, id=held.id[:8], date=held.date, start=held.start_time,
                  hours=format_hours(held.hours, args.lang),
                  title=held.title))
    return 0


def run_session_add(args) -> int:
    from trainer.workshops.service import add_session, find_workshop

    db = open_db()
    workshop = find_workshop(db, args.workshop)
    require_proof(args, db, "session-add")
    row = add_session(db, workshop.id, args.date, args.hours, args.start, args.title)
    print(say(TEXT, "session-added", args.lang, date=row.date, id=row.id[:8]))
    return 0


def run_session_edit(args) -> int:
    from trainer.workshops.service import find_session, update_session

    db = open_db()
    changes = {"date": args.date, "hours": args.hours, "start_time": args.start, "title": args.title}
    held = find_session(db, args.session)
    require_proof(args, db, "session-edit")
    row = update_session(db, held.id, **{k: v for k, v in changes.items() if v is not None})
    print(say(TEXT, "session-updated", args.lang, date=row.date))
    return 0


def run_session_remove(args) -> int:
    from trainer.workshops.service import find_session, remove_session

    db = open_db()
    held = find_session(db, args.session)
    require_proof(args, db, "session-remove")
    remove_session(db, held.id)
    print(say(TEXT, "session-removed", args.lang))
    return 0


def run_progress(args) -> int:
    from trainer.workshops.class_progress import class_progress
    from trainer.workshops.service import find_workshop

    db = open_db()
    workshop = find_workshop(db, args.workshop)
    grid = class_progress(db, workshop.id, available_course(workshop.course_id, args.lang))
    if not grid.rows:
        print(say(TEXT, "no-people", args.lang, id=workshop.id[:8]))
        return 0
    heads = "  ".join(pick(m.title, args.lang)[:14].ljust(14) for m in grid.modules)
    print(say(TEXT, "progress-head", args.lang, name="", attendance=say(TEXT, "attendance", args.lang), modules=heads))
    rows = grid.sorted(args.sort, args.descending)
    for row in rows if not args.at_risk else [r for r in rows if r.at_risk]:
        cells = "  ".join(
            f"{STATE_MARK[c.state]} {c.lessons_done}/{c.lessons_total} "
            f"{'' if c.best_score is None else f'{c.best_score:.0f}%'}".ljust(14) for c in row.progress.modules)
        print(say(TEXT, "progress-head", args.lang, name=row.name[:28], attendance=f"{row.attendance.rate:.0f}%",
                  modules=cells))
        for risk in row.risks:
            print(f"    ! {risk.message(args.lang)}")
    print(say(TEXT, "risk-count", args.lang, count=len(grid.at_risk), total=len(grid.rows)))
    return 0


def _workshop_options(parser, creating: bool) -> None:
    parser.add_argument("--place", help="town or venue")
    parser.add_argument("--country", help="country code or name: GT, DE, Alemania, Portugal...")
    parser.add_argument("--from", dest="starts_on", type=iso_date, metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="ends_on", type=iso_date, metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument("--modules", help="comma-separated module ids taught (default: the whole course)")
    parser.add_argument("--threshold", type=int, help="attendance %% needed (default 80)" if creating else
                        "attendance %% needed")
    parser.add_argument("--trainer", help="the trainer's participant id or exact name")


def register(commands) -> None:
    workshop = commands.add_parser("workshop", help="set up workshops and their sessions").add_subparsers(
        dest="action", required=True)
    create = workshop.add_parser("create", help="create a workshop")
    create.add_argument("title")
    create.add_argument("--course", required=True, help="course id (see: trainer courses list)")
    _workshop_options(create, creating=True)
    create.set_defaults(run=run_create)

    edit = workshop.add_parser("edit", help="change a workshop's details")
    edit.add_argument("workshop", help="id (or its first characters) or exact title")
    edit.add_argument("--title")
    edit.add_argument("--course", help="course id")
    _workshop_options(edit, creating=False)
    edit.set_defaults(run=run_edit)

    listing = workshop.add_parser("list", help="list workshops, newest first")
    when = listing.add_mutually_exclusive_group()
    for name in ("current", "upcoming", "past"):
        when.add_argument(f"--{name}", dest="when", action="store_const", const=name, help=f"only {name} workshops")
    listing.set_defaults(run=run_list, when=None)

    show = workshop.add_parser("show", help="a workshop's details and sessions (with their ids)")
    show.add_argument("workshop", help="id (or its first characters) or exact title")
    show.set_defaults(run=run_show)

    add = workshop.add_parser("session-add", help="add a session to a workshop")
    add.add_argument("workshop", help="id (or its first characters) or exact title")
    add.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    add.add_argument("--hours", required=True, type=float, help="length in hours, e.g. 4 or 3.5")
    add.add_argument("--start", default="09:00", help="start time HH:MM (default 09:00)")
    add.add_argument("--title", default="", help="what the session covers")
    add.set_defaults(run=run_session_add)

    edit_session = workshop.add_parser("session-edit", help="change a session's date, start, hours or title")
    edit_session.add_argument("session", help="the session id shown by 'trainer workshop show'")
    edit_session.add_argument("--date", type=iso_date, help="YYYY-MM-DD")
    edit_session.add_argument("--hours", type=float)
    edit_session.add_argument("--start", help="HH:MM")
    edit_session.add_argument("--title")
    edit_session.set_defaults(run=run_session_edit)

    remove = workshop.add_parser("session-remove", help="remove a session that has no attendance marks")
    remove.add_argument("session", help="the session id shown by 'trainer workshop show'")
    remove.set_defaults(run=run_session_remove)

    progress = workshop.add_parser("progress", help="everyone's progress per module, and who needs attention")
    progress.add_argument("workshop", help="id (or its first characters) or exact title")
    progress.add_argument("--sort", default="name",
                          help="name, organization, attendance, lessons, passed, risk or module:<id> (default: name)")
    progress.add_argument("--descending", action="store_true")
    progress.add_argument("--at-risk", action="store_true", help="only those who need attention")
    progress.set_defaults(run=run_progress)
