"""`trainer bundle export|inspect|import|conflicts|resolve|forget-device` and `trainer participants merge`."""

import argparse
from pathlib import Path

from trainer.cli import available_course, open_db, say
from trainer.errors import UserError
from trainer.i18n import pick

TEXT = {
    "written": {"en": "Wrote {path}", "es": "Se escribió {path}"},
    "needs-participant": {
        "en": "--kind participant needs --participant (an id or the exact name)",
        "es": "--kind participant necesita --participant (un id o el nombre exacto)",
    },
    "needs-workshop": {
        "en": "--kind workshop needs exactly one --workshop (an id or the exact title)",
        "es": "--kind workshop necesita exactamente un --workshop (un id o el título exacto)",
    },
    "header": {
        "en": "{path}: {kind} bundle from '{device}' ({device_id}), made {created} UTC{subject}",
        "es": "{path}: paquete de tipo {kind} de '{device}' ({device_id}), creado el {created} UTC{subject}",
    },
    "new-device": {
        "en": "  first bundle from this laptop: its key is recorded and trusted from now on",
        "es": "  primer paquete de esta laptop: su clave queda registrada y de confianza desde ahora",
    },
    "course": {
        "en": "  prepares course {id} version {version}{state}",
        "es": "  prepara el curso {id} versión {version}{state}",
    },
    "course-missing": {"en": " (NOT available on this laptop)", "es": " (NO disponible en esta laptop)"},
    "course-other-version": {
        "en": " (this laptop has version {version})",
        "es": " (esta laptop tiene la versión {version})",
    },
    "table": {
        "en": "  {table:24} {added:>6} new {changed:>6} changed {unchanged:>6} already here",
        "es": "  {table:24} {added:>6} nuevas {changed:>6} cambiadas {unchanged:>6} ya estaban",
    },
    "kept": {
        "en": "  {count} losing version(s) kept as conflicts: see 'trainer bundle conflicts'",
        "es": "  {count} versión(es) perdedora(s) guardada(s) como conflictos: vea 'trainer bundle conflicts'",
    },
    "moved": {
        "en": "  {count} row(s) moved to the participant they were merged into",
        "es": "  {count} fila(s) trasladada(s) al participante con el que se fusionaron",
    },
    "nothing-new": {"en": "  nothing new: already imported", "es": "  nada nuevo: ya estaba importado"},
    "would": {"en": "  (nothing was changed: this is a preview)", "es": "  (no se cambió nada: es una vista previa)"},
    "refused": {"en": "REFUSED {error}", "es": "RECHAZADO {error}"},
    "summary": {
        "en": "{ok} bundle(s) imported, {failed} refused.",
        "es": "{ok} paquete(s) importado(s), {failed} rechazado(s).",
    },
    "no-bundles": {"en": "No .trainer files found in {paths}", "es": "No se encontraron archivos .trainer en {paths}"},
    "no-conflicts": {"en": "No open conflicts.", "es": "No hay conflictos abiertos."},
    "conflict": {
        "en": "{table} — {subject}\n  in force: {current}",
        "es": "{table} — {subject}\n  vigente: {current}",
    },
    "losing": {"en": "  {id}  other laptop{state}: {changes}", "es": "  {id}  otra laptop{state}: {changes}"},
    "resolved-mark": {"en": " (resolved)", "es": " (resuelto)"},
    "how-to-resolve": {
        "en": "Keep what is in force: trainer bundle resolve ID current   Put the other back: trainer bundle resolve ID other",
        "es": "Mantener lo vigente: trainer bundle resolve ID current   Restaurar la otra: trainer bundle resolve ID other",
    },
    "resolved": {"en": "Conflict resolved.", "es": "Conflicto resuelto."},
    "forgotten": {
        "en": "The key of device {device} is forgotten; its next bundle will be trusted on first use.",
        "es": "Se olvidó la clave del dispositivo {device}; su próximo paquete se confiará en el primer uso.",
    },
    "merged": {
        "en": "{other} is now the same participant as {keep}; {moved} row(s) moved.",
        "es": "{other} ahora es el mismo participante que {keep}; {moved} fila(s) trasladada(s).",
    },
}

TABLE_NAMES = {
    "participants": {"en": "participants", "es": "participantes"},
    "participant_aliases": {"en": "participant merges", "es": "fusiones de participantes"},
    "workshops": {"en": "workshops", "es": "talleres"},
    "workshop_sessions": {"en": "sessions", "es": "sesiones"},
    "enrollments": {"en": "enrollments", "es": "inscripciones"},
    "lesson_completions": {"en": "lessons completed", "es": "lecciones completadas"},
    "quiz_attempts": {"en": "quiz attempts", "es": "intentos de evaluación"},
    "quiz_answers": {"en": "quiz answers", "es": "respuestas"},
    "attendance": {"en": "attendance marks", "es": "marcas de asistencia"},
    "attendance_changes": {"en": "attendance changes", "es": "cambios de asistencia"},
    "certificates": {"en": "certificates", "es": "certificados"},
    "merge_conflicts": {"en": "kept conflicts", "es": "conflictos guardados"},
}


def run_export(args) -> int:
    from trainer.bundles.service import export_organizer_bundle, export_participant_bundle, export_workshop_bundle
    from trainer.people.service import find_participant
    from trainer.workshops.service import find_workshop

    db = open_db()
    workshops = [find_workshop(db, key) for key in args.workshop or []]
    if args.kind == "participant":
        if not args.participant:
            raise UserError(TEXT, "needs-participant")
        path = export_participant_bundle(db, find_participant(db, args.participant).id, args.output)
    elif args.kind == "workshop":
        if len(workshops) != 1:
            raise UserError(TEXT, "needs-workshop")
        course = available_course(workshops[0].course_id, args.lang)
        path = export_workshop_bundle(db, workshops[0].id, course, args.output)
    else:
        path = export_organizer_bundle(db, args.output, [w.id for w in workshops] or None)
    print(say(TEXT, "written", args.lang, path=path))
    return 0


def _local_course_version(course_id: str) -> str | None:
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    return next((load.course.version for load in load_library(course_roots(), deep=False)
                 if load.available and load.course.id == course_id), None)


def print_inspection(inspection, lang: str) -> None:
    subject = inspection.subject
    named = subject.get("name") or ", ".join(w.get("title", "?") for w in subject.get("workshops", []))
    print(say(TEXT, "header", lang, path=inspection.path.name, kind=inspection.kind, device=inspection.device_name,
              device_id=inspection.device_id[:8], created=f"{inspection.created_at:%Y-%m-%d %H:%M}",
              subject=f": {named}" if named else ""))
    if inspection.new_device:
        print(say(TEXT, "new-device", lang))
    if inspection.course:
        local = _local_course_version(inspection.course.get("id", ""))
        state = (say(TEXT, "course-missing", lang) if local is None else
                 "" if local == inspection.course.get("version") else say(TEXT, "course-other-version", lang, version=local))
        print(say(TEXT, "course", lang, id=inspection.course.get("id"), version=inspection.course.get("version"),
                  state=state))
    report = inspection.report
    for table, counts in report.tables.items():
        if counts.added or counts.changed or counts.unchanged:
            print(say(TEXT, "table", lang, table=pick(TABLE_NAMES[table], lang), added=counts.added,
                      changed=counts.changed, unchanged=counts.unchanged))
    if report.kept_versions:
        print(say(TEXT, "kept", lang, count=report.kept_versions))
    if report.moved:
        print(say(TEXT, "moved", lang, count=report.moved))
    if not report.changes_anything:
        print(say(TEXT, "nothing-new", lang))


def _bundle_paths(paths: list[str], lang: str) -> list[Path]:
    from trainer.bundles.service import find_bundles

    found = []
    for path in map(Path, paths):
        found += find_bundles(path) if path.is_dir() else [path]
    if not found:
        raise UserError(TEXT, "no-bundles", paths=", ".join(paths))
    return found


def run_inspect(args) -> int:
    from trainer.bundles.service import inspect

    db = open_db()
    failed = 0
    for path in _bundle_paths(args.paths, args.lang):
        try:
            print_inspection(inspect(db, path), args.lang)
            print(say(TEXT, "would", args.lang))
        except UserError as error:
            failed += 1
            print(say(TEXT, "refused", args.lang, error=error.message(args.lang)))
    return 1 if failed else 0


def run_import(args) -> int:
    from trainer.bundles.service import import_bundles

    results = import_bundles(open_db(), _bundle_paths(args.paths, args.lang))
    for result in results:
        if result.ok:
            print_inspection(result.inspection, args.lang)
        else:
            print(say(TEXT, "refused", args.lang, error=result.error.message(args.lang)))
    failed = sum(not r.ok for r in results)
    print(say(TEXT, "summary", args.lang, ok=len(results) - failed, failed=failed))
    return 1 if failed else 0


def _describe(row: dict) -> str:
    shown = {k: v for k, v in row.items() if k in ("name", "title", "status", "date", "hours", "start_time", "country",
                                                   "organization", "language", "email", "place")}
    return ", ".join(f"{k}={v}" for k, v in shown.items())


def run_conflicts(args) -> int:
    from trainer.bundles.conflicts import list_conflicts

    conflicts = list_conflicts(open_db(), include_resolved=args.all)
    if not conflicts:
        print(say(TEXT, "no-conflicts", args.lang))
        return 0
    for conflict in conflicts:
        print(say(TEXT, "conflict", args.lang, table=pick(TABLE_NAMES[conflict.table_name], args.lang),
                  subject=conflict.subject, current=_describe(conflict.current)))
        for other in conflict.others:
            changes = ", ".join(f"{d.column}={d.other!r}" for d in other.differences)
            print(say(TEXT, "losing", args.lang, id=other.conflict_id[:8], changes=changes,
                      state=say(TEXT, "resolved-mark", args.lang) if other.resolved_at else ""))
    print(say(TEXT, "how-to-resolve", args.lang))
    return 0


def run_resolve(args) -> int:
    from trainer.bundles.conflicts import find_conflict, resolve_conflict

    db = open_db()
    resolve_conflict(db, find_conflict(db, args.conflict), args.outcome)
    print(say(TEXT, "resolved", args.lang))
    return 0


def run_forget(args) -> int:
    from trainer.bundles.keys import forget_device_key

    forget_device_key(open_db(), args.device)
    print(say(TEXT, "forgotten", args.lang, device=args.device))
    return 0


def run_merge(args) -> int:
    from trainer.bundles.participants import merge_participants
    from trainer.people.service import find_participant

    db = open_db()
    keep, other = find_participant(db, args.keep), find_participant(db, args.other)
    moved = merge_participants(db, keep.id, other.id)
    print(say(TEXT, "merged", args.lang, keep=f"{keep.name} ({keep.id[:8]})", other=f"{other.name} ({other.id[:8]})",
              moved=moved))
    return 0


def _subcommands(parser: argparse.ArgumentParser):
    """The sub-command list of a parser another domain made (`participants`), to add `merge` to it from here."""
    return next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))


def register(commands) -> None:
    bundle = commands.add_parser("bundle", help="move data between laptops with .trainer files (USB stick)")
    actions = bundle.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write a signed bundle")
    export.add_argument("--kind", required=True, choices=("participant", "workshop", "organizer"),
                        help="participant: one learner's progress for the trainer; workshop: roster and sessions "
                             "to prepare laptops; organizer: whole workshops for the office")
    export.add_argument("--participant", help="participant bundles: the id (or its first characters) or exact name")
    export.add_argument("--workshop", action="append",
                        help="the workshop (id or exact title); organizer bundles: repeat it, or leave it out for all")
    export.add_argument("-o", "--output", type=Path, help="the file to write (default: the exports folder)")
    export.set_defaults(run=run_export)
    inspect = actions.add_parser("inspect", help="check bundles and show what importing them would add")
    inspect.add_argument("paths", nargs="+", help=".trainer files, or folders to search (a USB stick)")
    inspect.set_defaults(run=run_inspect)
    imports = actions.add_parser("import", help="import bundles; each one goes in whole or not at all")
    imports.add_argument("paths", nargs="+", help=".trainer files, or folders to search (a USB stick)")
    imports.set_defaults(run=run_import)
    conflicts = actions.add_parser("conflicts", help="list rows that two laptops set differently")
    conflicts.add_argument("--all", action="store_true", help="also list resolved conflicts")
    conflicts.set_defaults(run=run_conflicts)
    resolve = actions.add_parser("resolve", help="settle a conflict")
    resolve.add_argument("conflict", help="the id shown by 'trainer bundle conflicts' (first characters are enough)")
    resolve.add_argument("outcome", choices=("current", "other"),
                         help="current: keep what is in force; other: put that laptop's version back")
    resolve.set_defaults(run=run_resolve)
    forget = actions.add_parser("forget-device", help="forget a reinstalled laptop's key so its new key is accepted")
    forget.add_argument("device", help="the device id named in the refusal")
    forget.set_defaults(run=run_forget)

    merge = _subcommands(commands.choices["participants"]).add_parser(
        "merge", help="make two profiles of one person one participant, keeping all their history")
    merge.add_argument("keep", help="the participant to keep (id or exact name)")
    merge.add_argument("other", help="the participant merged into it (id or exact name)")
    merge.set_defaults(run=run_merge)
