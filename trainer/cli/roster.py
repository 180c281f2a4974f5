"""`trainer roster import|add|show`: put people on a workshop's roster from a spreadsheet or one by one.

Importing (but not a --dry-run) and adding need a trainer or organizer of this laptop (`--as NAME` and their PIN).
"""

from pathlib import Path

from trainer.cli import open_db, say
from trainer.cli.proof import require_proof
from trainer.i18n import LANGUAGES

TEXT = {
    "read": {
        "en": "{path}: {rows} row(s) under the header in row {header}{detected}.",
        "es": "{path}: {rows} fila(s) bajo el encabezado de la fila {header}{detected}.",
    },
    "detected": {"en": " (encoding {encoding}, delimiter '{delimiter}')",
                 "es": " (codificación {encoding}, separador '{delimiter}')"},
    "mapping": {"en": "Columns used:", "es": "Columnas usadas:"},
    "mapped": {"en": "  {letter} '{header}' -> {field}", "es": "  {letter} '{header}' -> {field}"},
    "ignored": {"en": "Columns ignored: {columns}", "es": "Columnas ignoradas: {columns}"},
    "map-hint": {
        "en": "Change the choice with --map \"COLUMN=FIELD\" (fields: {fields}; 'ignore' to leave a column out).",
        "es": "Cambie la elección con --map \"COLUMNA=CAMPO\" (campos: {fields}; 'ignore' para omitir una columna).",
    },
    "problems": {"en": "Problems:", "es": "Problemas:"},
    "ready": {"en": "{count} person(s) ready to import.", "es": "{count} persona(s) lista(s) para importar."},
    "dry-run": {"en": "Nothing was imported (--dry-run).", "es": "No se importó nada (--dry-run)."},
    "added": {"en": "Added {name} ({id}) to the workshop.", "es": "Se agregó a {name} ({id}) al taller."},
    "found": {"en": "{name} ({id}) was already registered; enrolled in the workshop.",
              "es": "{name} ({id}) ya estaba registrado; quedó inscrito en el taller."},
    "nobody": {"en": "Nobody is enrolled yet.", "es": "Aún no hay nadie inscrito."},
}


def run_import(args) -> int:
    from trainer.roster.columns import FIELDS, apply_overrides, column_letter, guess_mapping
    from trainer.roster.enrolment import import_roster
    from trainer.roster.preview import preview
    from trainer.roster.spreadsheet import read_spreadsheet
    from trainer.workshops.service import find_workshop

    db = open_db()
    workshop = find_workshop(db, args.workshop)
    if not args.dry_run:
        require_proof(args, db, "roster-import")
    sheet = read_spreadsheet(Path(args.file), args.header_row)
    detected = say(TEXT, "detected", args.lang, encoding=sheet.encoding, delimiter=sheet.delimiter.replace("\t", "\\t")) \
        if sheet.encoding else ""
    print(say(TEXT, "read", args.lang, path=sheet.path.name, rows=len(sheet.rows), header=sheet.header_row,
              detected=detected))
    mapping = apply_overrides(sheet.headers, guess_mapping(sheet.headers), args.map or [])
    print(say(TEXT, "mapping", args.lang))
    for field, index in sorted(mapping.items(), key=lambda item: item[1]):
        print(say(TEXT, "mapped", args.lang, letter=column_letter(index), header=sheet.headers[index], field=field))
    ignored = [f"{column_letter(i)} '{h}'" for i, h in enumerate(sheet.headers) if i not in mapping.values()]
    if ignored:
        print(say(TEXT, "ignored", args.lang, columns=", ".join(ignored)))
    print(say(TEXT, "map-hint", args.lang, fields=", ".join(FIELDS)))
    checked = preview(sheet, mapping, default_country=workshop.country, default_language=args.lang)
    if checked.problems:
        print(say(TEXT, "problems", args.lang))
        for problem in checked.problems:
            print(f"  {problem.message(args.lang)}")
    print(say(TEXT, "ready", args.lang, count=len(checked.importable)))
    if args.dry_run:
        print(say(TEXT, "dry-run", args.lang))
        return 1 if checked.errors else 0
    result = import_roster(db, workshop.id, checked, skip_bad_rows=args.skip_bad_rows)
    print(result.summary(args.lang))
    return 0


def run_add(args) -> int:
    from trainer.people.service import ProfileInput
    from trainer.roster.enrolment import add_and_enrol
    from trainer.workshops.service import find_workshop

    db = open_db()
    workshop = find_workshop(db, args.workshop)
    require_proof(args, db, "roster-add")
    person, created = add_and_enrol(db, workshop.id, ProfileInput(
        name=args.name, organization=args.organization, sector=args.sector, country=args.country or workshop.country,
        sex=args.sex, email=args.email, language=args.language or args.lang,
    ))
    print(say(TEXT, "added" if created else "found", args.lang, name=person.name, id=person.id[:8]))
    return 0


def run_show(args) -> int:
    from trainer.workshops.service import find_workshop, roster

    db = open_db()
    people = roster(db, find_workshop(db, args.workshop).id)
    if not people:
        print(say(TEXT, "nobody", args.lang))
    for person in people:
        print(f"{person.id[:8]}  {person.name:30} {person.organization[:30]:30} {person.country:2} {person.sector:8} "
              f"{person.sex or '-':6} {person.email or ''}")
    return 0


def register(commands) -> None:
    roster = commands.add_parser("roster", help="enrol people in a workshop").add_subparsers(dest="action", required=True)
    load = roster.add_parser("import", help="import participants from a .csv or .xlsx file and enrol them",
                             description="Reads the file, shows which column holds what and every problem (row, "
                                         "column, what is wrong), then imports everything or nothing.")
    load.add_argument("file", help="a .csv (UTF-8 or Windows-1252; comma, semicolon or tab) or .xlsx file")
    load.add_argument("--workshop", required=True, help="workshop id (or its first characters) or exact title")
    load.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                      help="say which field a column holds; COLUMN is its header, letter or number (repeatable)")
    load.add_argument("--header-row", type=int, help="the row that holds the headers (default: guessed)")
    load.add_argument("--skip-bad-rows", action="store_true", help="import the good rows even if some have errors")
    load.add_argument("--dry-run", action="store_true", help="check the file and import nothing")
    load.set_defaults(run=run_import)

    add = roster.add_parser("add", help="add one person (a walk-in) and enrol them")
    add.add_argument("name")
    add.add_argument("--workshop", required=True, help="workshop id (or its first characters) or exact title")
    add.add_argument("--organization", "--org", default="")
    add.add_argument("--sector", default="other", help="public, private, academic or other")
    add.add_argument("--country", help="country code or name: GT, DE, Alemania... (default: the workshop's country)")
    add.add_argument("--sex", help="female, male or other (optional)")
    add.add_argument("--email")
    add.add_argument("--language", choices=LANGUAGES, help="the participant's language (default: --lang)")
    add.set_defaults(run=run_add)

    show = roster.add_parser("show", help="list the people enrolled in a workshop")
    show.add_argument("--workshop", required=True, help="workshop id (or its first characters) or exact title")
    show.set_defaults(run=run_show)
