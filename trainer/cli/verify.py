"""`trainer verify CODE|FILE.pdf|STATEMENT`: check a certificate with no internet.

For a PDF it says what is checked: the signed statement inside the file (the QR code's text),
then whether the page's visible text shows what was signed; a page that does not is a forgery of
the paper even though its statement is genuine.
"""

import sys

from trainer.cli import available_course, open_db, say

TEXT = {
    "name": {"en": "Name", "es": "Nombre"},
    "kind": {"en": "Certificate", "es": "Certificado"},
    "course": {"en": "Course", "es": "Curso"},
    "hours": {"en": "Hours", "es": "Horas"},
    "dates": {"en": "Dates", "es": "Fechas"},
    "place": {"en": "Place", "es": "Lugar"},
    "modules": {"en": "Modules", "es": "Módulos"},
    "trainer": {"en": "Trainer", "es": "Instructor(a)"},
    "organization": {"en": "Organization", "es": "Organización"},
    "issued": {"en": "Issued", "es": "Emitido"},
    "completion": {"en": "completion", "es": "aprobación"},
    "participation": {"en": "participation", "es": "participación"},
    "pdf-checks": {
        "en": "{path}: checking the signed statement written into the file (the same text as its QR code), "
              "then comparing the page's text with it.",
        "es": "{path}: se verifica la declaración firmada que trae el archivo (el mismo texto de su código QR) "
              "y luego se compara el texto de la página con ella.",
    },
    "page-matches": {
        "en": "  The page shows these signed facts (name, code, course, hours and organization were compared).",
        "es": "  La página muestra estos datos firmados (se compararon nombre, código, curso, horas y organización).",
    },
    "page-unread": {
        "en": "  The page's text could not be read: compare these signed facts with the page yourself; "
              "any difference means the page was changed.",
        "es": "  No se pudo leer el texto de la página: compare usted estos datos firmados con la página; "
              "cualquier diferencia significa que la página se modificó.",
    },
    "compare": {
        "en": "  Compare these signed facts with the paper: any difference means the paper was changed.",
        "es": "  Compare estos datos firmados con el papel: cualquier diferencia significa que el papel se modificó.",
    },
}


def _course(course_id: str, lang: str):
    """The course if this laptop has it (to name the modules), else None."""
    from trainer.errors import UserError

    try:
        return available_course(course_id, lang)
    except UserError:
        return None


def _facts_lines(facts, lang: str) -> list[tuple[str, str]]:
    from trainer.certificates.issuing import module_titles
    from trainer.certificates.pdf import format_date, format_hours, format_period

    rows = [
        ("name", facts.name), ("kind", say(TEXT, facts.kind, lang)), ("course", facts.course),
        ("modules", " · ".join(module_titles(_course(facts.course_id, lang), facts))),
        ("hours", format_hours(facts.hours, lang)),
        ("dates", format_period(*facts.period, lang) if facts.period else ""), ("place", facts.place),
        ("trainer", facts.trainer), ("organization", facts.organization), ("issued", format_date(facts.issued_on, lang)),
    ]
    return [(say(TEXT, key, lang), value) for key, value in rows if value]


def run(args) -> int:
    from trainer.certificates.verification import verify

    subject = sys.stdin.read() if args.subject == "-" else args.subject
    verdicts = verify(open_db(), subject.strip())
    if any(verdict.page is not None for verdict in verdicts):
        print(say(TEXT, "pdf-checks", args.lang, path=subject.strip()))
    for verdict in verdicts:
        code = verdict.facts.code if verdict.facts else ""
        print(f"{code + ': ' if code else ''}{verdict.message(args.lang)}")
        if verdict.facts:
            rows = _facts_lines(verdict.facts, args.lang)
            width = max(len(label) for label, _ in rows)
            for label, value in rows:
                print(f"  {label + ':':{width + 1}} {value}")
            if verdict.page_checked is True and verdict.valid:
                print(say(TEXT, "page-matches", args.lang))
            elif verdict.page_checked is False:
                print(say(TEXT, "page-unread", args.lang))
            elif verdict.valid:
                print(say(TEXT, "compare", args.lang))
    return 0 if all(v.valid for v in verdicts) else 1


def register(commands) -> None:
    verify = commands.add_parser(
        "verify", help="check a certificate offline: its code, its PDF, or its QR code's text",
        description="Exit status 0 when every certificate checked is valid, 1 otherwise. Answers: valid, altered, "
                    "revoked, unknown key (import the issuer's key: trainer keys import FILE, or approve the key a "
                    "bundle offered: trainer keys approve KEY-ID), unknown code, and for a PDF: page does not match "
                    "its signed statement (the statement inside the file is genuine, the visible page was changed).",
    )
    verify.add_argument("subject", help="a code (TRN-7K3Q-M9XA), a certificate PDF, the text a QR reader shows "
                                        "(in quotes), or - to read that text from standard input")
    verify.set_defaults(run=run)
