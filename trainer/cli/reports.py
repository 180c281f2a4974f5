"""`trainer report attendance|results|summary`: the organizer's reports, headless, in CSV, XLSX or PDF."""

from trainer.cli import available_course, open_db, say
from trainer.cli.workshops import iso_date
from trainer.errors import UserError

TEXT = {
    "written": {"en": "Wrote {path}", "es": "Se escribió {path}"},
    "needs-workshop": {
        "en": "the {kind} report is about one workshop: give --workshop (an id or the exact title)",
        "es": "el informe de {kind} es de un taller: indique --workshop (un id o el título exacto)",
    },
    "needs-scope": {
        "en": "say what to summarize: --workshop (repeatable) and/or --from DATE --to DATE",
        "es": "indique qué resumir: --workshop (se puede repetir) y/o --from FECHA --to FECHA",
    },
}


def run(args) -> int:
    from trainer.reports.export import export_report
    from trainer.workshops.service import find_workshop

    db = open_db()
    workshops = [find_workshop(db, key) for key in args.workshop or []]
    if args.kind == "summary":
        if not workshops and not (args.start or args.end):
            raise UserError(TEXT, "needs-scope")
        from trainer.reports.summary import funder_summary

        report = funder_summary(db, args.lang, _courses(), [w.id for w in workshops] or None, args.start, args.end)
    else:
        if len(workshops) != 1:
            raise UserError(TEXT, "needs-workshop", kind=args.kind)
        workshop = workshops[0]
        if args.kind == "attendance":
            from trainer.reports.attendance import attendance_report

            report = attendance_report(db, workshop.id, args.lang, as_of=args.as_of)
        else:
            from trainer.reports.results import results_report

            course = available_course(workshop.course_id, args.lang)
            report = results_report(db, workshop.id, course, args.lang, as_of=args.as_of)
    path = export_report(report, args.format, args.output, args.paper)
    print(say(TEXT, "written", args.lang, path=path))
    return 0


def _courses() -> dict:
    """Every available course by id: a summary may span workshops of different courses."""
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    return {load.course.id: load.course for load in load_library(course_roots(), deep=False) if load.available}


def register(commands) -> None:
    report = commands.add_parser(
        "report", help="export attendance, results or the funder summary (csv, xlsx, pdf)",
        description="Files go to the exports folder unless -o is given; they are written whole or not at all.")
    report.add_argument("kind", choices=("attendance", "results", "summary"))
    report.add_argument("--workshop", action="append", help="workshop id or exact title (summary: repeatable)")
    report.add_argument("--from", dest="start", type=iso_date, metavar="DATE", help="summary: first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=iso_date, metavar="DATE", help="summary: last day, YYYY-MM-DD")
    report.add_argument("--as-of", type=iso_date, metavar="DATE",
                        help="attendance and results: count sessions held up to this day (default: today)")
    report.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    report.add_argument("--paper", default="a4", choices=("a4", "letter"), help="PDF paper size (default a4)")
    report.add_argument("-o", "--output", help="file to write (default: a new file in the exports folder)")
    report.set_defaults(run=run)
