"""`trainer paper handout|quiz|score-sheet|scores`: paper mode for rooms without enough laptops.

Recording scores (but not a --dry-run) needs a trainer or organizer of this laptop (`--as NAME` and their PIN).
"""

from pathlib import Path

from trainer.cli import available_course, open_db, say
from trainer.cli.proof import require_proof
from trainer.errors import UserError

TEXT = {
    "written": {"en": "Wrote {path}", "es": "Se escribió {path}"},
    "needs-course": {"en": "give --workshop or --course", "es": "indique --workshop o --course"},
    "problems": {"en": "Problems:", "es": "Problemas:"},
    "recorded": {"en": "  {name}: {score:g} % {verdict}", "es": "  {name}: {score:g} % {verdict}"},
    "passed": {"en": "passed", "es": "aprobado"},
    "failed": {"en": "not passed", "es": "no aprobado"},
    "total": {"en": "{count} paper attempt(s) recorded.", "es": "{count} intento(s) en papel registrado(s)."},
    "checked": {"en": "{count} result(s) ready; nothing recorded (--dry-run).",
                "es": "{count} resultado(s) listo(s); no se registró nada (--dry-run)."},
}


def _context(args):
    """The database, the workshop (if named), its course, and the country and title for the page header."""
    from trainer.workshops.service import find_workshop

    db = open_db()
    workshop = find_workshop(db, args.workshop) if args.workshop else None
    if workshop is None and not args.course:
        raise UserError(TEXT, "needs-course")
    course = available_course(args.course or workshop.course_id, args.lang)
    return db, workshop, course


def run_handout(args) -> int:
    from trainer.paper.handout import lesson_handout

    _db, workshop, course = _context(args)
    country = args.country or (workshop.country if workshop else None)
    path = lesson_handout(course, args.lesson, args.lang, country.upper() if country else None, args.paper,
                          Path(args.output) if args.output else None, subtitle=workshop.title if workshop else "")
    print(say(TEXT, "written", args.lang, path=path))
    return 0


def run_quiz(args) -> int:
    from trainer.paper.quiz_sheet import quiz_sheet

    _db, workshop, course = _context(args)
    path = quiz_sheet(course, args.quiz, args.lang, args.paper, args.key, Path(args.output) if args.output else None,
                      subtitle=workshop.title if workshop else "")
    print(say(TEXT, "written", args.lang, path=path))
    return 0


def run_score_sheet(args) -> int:
    from trainer.paper.quiz_sheet import find_quiz
    from trainer.paper.scores import score_sheet_template

    db, workshop, course = _context(args)
    path = score_sheet_template(db, workshop.id, find_quiz(course, args.quiz), args.lang,
                                Path(args.output) if args.output else None)
    print(say(TEXT, "written", args.lang, path=path))
    return 0


def run_scores(args) -> int:
    from trainer.paper.quiz_sheet import find_quiz
    from trainer.paper.scores import read_paper_scores, record_paper_scores
    from trainer.roster.spreadsheet import read_spreadsheet

    db, workshop, course = _context(args)
    if not args.dry_run:
        require_proof(args, db, "paper-scores")
    scores = read_paper_scores(db, workshop.id, find_quiz(course, args.quiz), read_spreadsheet(Path(args.file)),
                               marks=args.marks)
    if scores.problems:
        print(say(TEXT, "problems", args.lang))
        for problem in scores.problems:
            print(f"  {problem.message(args.lang)}")
    if args.dry_run:
        print(say(TEXT, "checked", args.lang, count=len(scores.results)))
        return 1 if scores.problems else 0
    recorded = record_paper_scores(db, course, scores)
    for result, attempt in zip(scores.results, recorded):
        print(say(TEXT, "recorded", args.lang, name=result.name, score=attempt.score,
                  verdict=say(TEXT, "passed" if attempt.passed else "failed", args.lang)))
    print(say(TEXT, "total", args.lang, count=len(recorded)))
    return 0


def _source(parser, workshop_required: bool = False) -> None:
    parser.add_argument("--workshop", required=workshop_required,
                        help="workshop id or exact title (its course, country and title are used)")
    if not workshop_required:
        parser.add_argument("--course", help="course id, when no workshop is given")
    else:
        parser.set_defaults(course=None)


def _output(parser) -> None:
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"), help="paper size (default a4)")
    parser.add_argument("-o", "--output", help="file to write (default: in the exports folder)")


def register(commands) -> None:
    paper = commands.add_parser("paper", help="printable handouts and quizzes; type paper results in").add_subparsers(
        dest="action", required=True)
    handout = paper.add_parser("handout", help="a lesson or a whole module as a printable PDF")
    handout.add_argument("lesson", help="lesson id, or module id for all its lessons")
    _source(handout)
    handout.add_argument("--country", help="print the notes for this country (default: the workshop's)")
    _output(handout)
    handout.set_defaults(run=run_handout)

    quiz = paper.add_parser("quiz", help="a module quiz as a sheet to fill in, or (--key) its answer key")
    quiz.add_argument("quiz", help="quiz id or module id")
    _source(quiz)
    quiz.add_argument("--key", action="store_true", help="the answer key for the trainer")
    _output(quiz)
    quiz.set_defaults(run=run_quiz)

    template = paper.add_parser("score-sheet", help="a CSV with everyone enrolled, to type paper results into")
    template.add_argument("quiz", help="quiz id or module id")
    _source(template, workshop_required=True)
    template.add_argument("-o", "--output", help="file to write (default: in the exports folder)")
    template.set_defaults(run=run_score_sheet)

    scores = paper.add_parser("scores", help="record typed paper results as quiz attempts",
                              description="FILE has a name or id column and one column per question (1, 2, 3... "
                                          "as on the sheet). Cells hold what was answered (A, 'A C', V/F or T/F, a "
                                          "number, words) or, with --marks, 1 (right) or 0 (wrong); '-' is a "
                                          "question left blank. A person's row is complete, or empty if they did "
                                          "not take the quiz. Any problem: nothing is recorded.")
    scores.add_argument("file", help=".csv or .xlsx file")
    scores.add_argument("quiz", help="quiz id or module id")
    _source(scores, workshop_required=True)
    scores.add_argument("--marks", action="store_true", help="cells are right (1) or wrong (0), not answers")
    scores.add_argument("--dry-run", action="store_true", help="check the file and record nothing")
    scores.set_defaults(run=run_scores)
