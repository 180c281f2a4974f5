"""`trainer attendance mark|mark-rest|show|history --session ID`.

Marking needs a trainer or organizer of this laptop (`--as NAME` and their PIN), who is recorded as the marker.
"""

from trainer.cli import open_db, say
from trainer.cli.proof import require_proof
from trainer.locale import format_hours

TEXT = {
    "marked": {"en": "{name}: {status}", "es": "{name}: {status}"},
    "rest": {"en": "{count} person(s) marked {status}.", "es": "{count} persona(s) marcada(s) como {status}."},
    "head": {"en": "Session of {date} {start} ({hours}) {title}", "es": "Sesión del {date} {start} ({hours}) {title}"},
    "nobody": {"en": "Nobody is enrolled in this workshop yet.", "es": "Aún no hay nadie inscrito en este taller."},
    "totals": {
        "en": "present {present}, late {late}, excused {excused}, absent {absent}, not marked {unmarked}",
        "es": "presente {present}, tarde {late}, justificada {excused}, ausente {absent}, sin marcar {unmarked}",
    },
    "no-history": {"en": "No marks yet.", "es": "Aún no hay marcas."},
}


def run_mark(args) -> int:
    from trainer.people.service import find_participant
    from trainer.workshops.attendance_sheet import parse_status, status_label
    from trainer.workshops.service import find_session, record_attendance

    db = open_db()
    held = find_session(db, args.session)
    person = find_participant(db, args.participant)
    status = parse_status(args.status)
    proof = require_proof(args, db, "attendance-mark")
    mark = record_attendance(db, held.id, person.id, status, proof.actor_id)
    print(say(TEXT, "marked", args.lang, name=person.name, status=status_label(mark.status, args.lang)))
    return 0


def run_mark_rest(args) -> int:
    from trainer.workshops.attendance_sheet import mark_everyone_unmarked, parse_status, status_label
    from trainer.workshops.service import find_session

    db = open_db()
    status = parse_status(args.status)
    held = find_session(db, args.session)
    proof = require_proof(args, db, "attendance-mark-rest")
    count = mark_everyone_unmarked(db, held.id, status, proof.actor_id)
    print(say(TEXT, "rest", args.lang, count=count, status=status_label(status, args.lang)))
    return 0


def run_show(args) -> int:
    from trainer.workshops.attendance_sheet import session_sheet, status_label
    from trainer.workshops.service import find_session

    db = open_db()
    sheet = session_sheet(db, find_session(db, args.session).id)
    print(say(TEXT, "head", args.lang, date=sheet.date, start=sheet.start_time,
              hours=format_hours(sheet.hours, args.lang), title=sheet.title))
    if not sheet.rows:
        print(say(TEXT, "nobody", args.lang))
    for row in sheet.rows:
        print(f"  {row.participant_id[:8]}  {row.name[:30]:30} {status_label(row.status, args.lang) or '—':12} "
              f"{row.marked_by or ''}")
    print(say(TEXT, "totals", args.lang, **sheet.totals))
    return 0


def run_history(args) -> int:
    from trainer.people.service import find_participant
    from trainer.workshops.attendance_sheet import attendance_log
    from trainer.workshops.service import find_session

    db = open_db()
    person = find_participant(db, args.participant).id if args.participant else None
    entries = attendance_log(db, find_session(db, args.session).id, person)
    if not entries:
        print(say(TEXT, "no-history", args.lang))
    for entry in entries:
        print(entry.describe(args.lang))
    return 0


def register(commands) -> None:
    attendance = commands.add_parser("attendance", help="take and review attendance").add_subparsers(
        dest="action", required=True)
    session_help = "the session id shown by 'trainer workshop show'"
    mark = attendance.add_parser("mark", help="set one person's mark for a session")
    mark.add_argument("--session", required=True, help=session_help)
    mark.add_argument("participant", help="participant id (or its first characters) or exact name")
    mark.add_argument("status", help="present, late, excused, absent (or presente, tarde, justificada, ausente; P/T/J/A)")
    mark.set_defaults(run=run_mark)

    rest = attendance.add_parser("mark-rest", help="give everyone not marked yet the same mark (e.g. present)")
    rest.add_argument("--session", required=True, help=session_help)
    rest.add_argument("status", help="present, late, excused or absent")
    rest.set_defaults(run=run_mark_rest)

    show = attendance.add_parser("show", help="everyone's mark for a session, and the totals")
    show.add_argument("--session", required=True, help=session_help)
    show.set_defaults(run=run_show)

    history = attendance.add_parser("history", help="every change of mark at a session: who, when, by whom")
    history.add_argument("--session", required=True, help=session_help)
    history.add_argument("participant", nargs="?", help="only this participant")
    history.set_defaults(run=run_history)
