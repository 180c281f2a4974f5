"""`trainer bundle export|inspect|approve|import|conflicts|resolve|forget-device` and `trainer participants merge`.

Approving a laptop, importing, forgetting a laptop's key, settling conflicts and merging people need a trainer
or organizer of this laptop (`--as NAME` and their PIN); on a laptop that has none yet (a participant laptop
being prepared) the first three need nobody, as anyone there could approve another laptop anyway.
"""

import argparse
from pathlib import Path

from trainer.cli import available_course, open_db, say
from trainer.cli.proof import require_proof
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
        "es": "{path}: paquete de {kind} de '{device}' ({device_id}), creado el {created} UTC{subject}",
    },
    "new-device": {
        "en": "  first bundle from this laptop: its key is recorded from now on",
        "es": "  primer paquete de esta laptop: su clave queda registrada desde ahora",
    },
    "fingerprint": {
        "en": "  laptop fingerprint {fingerprint} ({state})",
        "es": "  huella de la laptop {fingerprint} ({state})",
    },
    "approved-here": {"en": "approved here", "es": "aprobada aquí"},
    "not-approved-here": {"en": "not approved here", "es": "no aprobada aquí"},
    "needs-approval": {
        "en": "  bundles of this kind are taken only from an approved laptop: compare the fingerprint with the one its "
              "trainer reads with 'trainer laptop fingerprint', then run: trainer bundle approve {path}",
        "es": "  los paquetes de este tipo se aceptan solo de una laptop aprobada: compare la huella con la que su "
              "capacitador lee con 'trainer laptop fingerprint' y luego ejecute: trainer bundle approve {path}",
    },
    "approve-hint": {"en": "  to approve it: trainer bundle approve {path}",
                     "es": "  para aprobarla: trainer bundle approve {path}"},
    "profiles-left-out": {
        "en": "  {count} profile change(s) left out: those people were registered on another laptop",
        "es": "  {count} cambio(s) de perfil omitido(s): esas personas se registraron en otra laptop",
    },
    "rescored": {
        "en": "  {count} quiz attempt(s) scored again here from their answers",
        "es": "  {count} intento(s) de evaluación calificado(s) de nuevo aquí a partir de sus respuestas",
    },
    "offered-key": {
        "en": "  offers certificate key {id}, new to this laptop: not trusted until a trainer compares its fingerprint "
              "('trainer keys offered') and runs: trainer keys approve {id}",
        "es": "  ofrece la clave de certificados {id}, nueva en esta laptop: no se confía en ella hasta que un "
              "capacitador compare su huella ('trainer keys offered') y ejecute: trainer keys approve {id}",
    },
    "sender": {
        "en": "{path} was signed by laptop '{name}' ({device_id}).\n  Its fingerprint: {fingerprint}\n"
              "Ask its trainer to read the fingerprint shown by 'trainer laptop fingerprint' on that laptop, and "
              "compare every digit. Once approved, its workshop and organizer bundles are accepted here.",
        "es": "{path} lo firmó la laptop '{name}' ({device_id}).\n  Su huella: {fingerprint}\n"
              "Pida a su capacitador que lea la huella que muestra 'trainer laptop fingerprint' en esa laptop y "
              "compare cada dígito. Una vez aprobada, sus paquetes de taller y de organizador se aceptan aquí.",
    },
    "confirm": {
        "en": "Do the fingerprints match? Type yes to approve this laptop: ",
        "es": "¿Coinciden las huellas? Escriba sí para aprobar esta laptop: ",
    },
    "not-confirmed": {"en": "Not approved; nothing was changed.", "es": "No se aprobó; no se cambió nada."},
    "not-imported-yet": {"en": "  (not imported yet: trainer bundle import {path})",
                         "es": "  (aún no se importó: trainer bundle import {path})"},
    "approved": {
        "en": "Approved laptop '{name}' ({fingerprint}).",
        "es": "Se aprobó la laptop '{name}' ({fingerprint}).",
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
        "en": "  {count} row(s) two laptops set differently, to settle: see 'trainer bundle conflicts'",
        "es": "  {count} fila(s) que dos laptops registraron distinto, por decidir: vea 'trainer bundle conflicts'",
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
        path = export_participant_bundle(db, find_participant(db, args.participant).id, args.output, args.lang)
    elif args.kind == "workshop":
        if len(workshops) != 1:
            raise UserError(TEXT, "needs-workshop")
        course = available_course(workshops[0].course_id, args.lang)
        path = export_workshop_bundle(db, workshops[0].id, course, args.output, args.lang)
    else:
        path = export_organizer_bundle(db, args.output, [w.id for w in workshops] or None, lang=args.lang)
    print(say(TEXT, "written", args.lang, path=path))
    return 0


def _local_course_version(course_id: str) -> str | None:
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    return next((load.course.version for load in load_library(course_roots(), deep=False)
                 if load.available and load.course.id == course_id), None)


def print_inspection(inspection, lang: str) -> None:
    from trainer.bundles.archive import KIND_NAMES

    subject = inspection.subject
    named = subject.get("name") or ", ".join(w.get("title", "?") for w in subject.get("workshops", []))
    print(say(TEXT, "header", lang, path=inspection.path.name, kind=pick(KIND_NAMES[inspection.kind], lang),
              device=inspection.device_name,
              device_id=inspection.device_id[:8], created=f"{inspection.created_at:%Y-%m-%d %H:%M}",
              subject=f": {named}" if named else ""))
    print(say(TEXT, "fingerprint", lang, fingerprint=inspection.fingerprint,
              state=say(TEXT, "approved-here" if inspection.approved else "not-approved-here", lang)))
    if inspection.new_device:
        print(say(TEXT, "new-device", lang))
    if inspection.needs_approval:
        print(say(TEXT, "needs-approval", lang, path=inspection.path))
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
    if inspection.conflicts:
        print(say(TEXT, "kept", lang, count=inspection.conflicts))
    if report.moved:
        print(say(TEXT, "moved", lang, count=report.moved))
    if inspection.profiles_left_out:
        print(say(TEXT, "profiles-left-out", lang, count=inspection.profiles_left_out))
    if inspection.rescored:
        print(say(TEXT, "rescored", lang, count=inspection.rescored))
    for key_id, new in inspection.offered_keys.items():
        if new:
            print(say(TEXT, "offered-key", lang, id=key_id))
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


def _proof_unless_new(args, db, action: str):
    """A trainer's proof; none on a laptop with no trainer or organizer yet (a participant laptop being prepared)."""
    from trainer.trust import has_leaders

    return require_proof(args, db, action) if has_leaders(db) else None


def _confirmed(lang: str) -> bool:
    try:
        answer = input(say(TEXT, "confirm", lang))
    except EOFError:
        return False
    return answer.strip().casefold() in ("yes", "sí", "si")


def run_approve(args) -> int:
    from trainer.bundles.archive import read_archive
    from trainer.bundles.service import approve_sender
    from trainer.trust import fingerprint

    db = open_db()
    proof = _proof_unless_new(args, db, "bundle-approve")
    device = read_archive(Path(args.file)).device
    shown = fingerprint(device["public_key"])
    print(say(TEXT, "sender", args.lang, path=args.file, name=device["name"], device_id=device["id"][:8],
              fingerprint=shown))
    if not args.yes and not _confirmed(args.lang):
        print(say(TEXT, "not-confirmed", args.lang))
        return 1
    inspection = approve_sender(db, proof, Path(args.file), expected_fingerprint=shown)
    print(say(TEXT, "approved", args.lang, name=device["name"], fingerprint=shown))
    print_inspection(inspection, args.lang)
    print(say(TEXT, "not-imported-yet", args.lang, path=args.file))
    return 0


def run_import(args) -> int:
    from trainer.bundles.service import import_bundles

    db = open_db()
    paths = _bundle_paths(args.paths, args.lang)
    results = import_bundles(db, paths, proof=_proof_unless_new(args, db, "bundle-import"))
    for result in results:
        if result.ok:
            print_inspection(result.inspection, args.lang)
        else:
            print(say(TEXT, "refused", args.lang, error=result.error.message(args.lang)))
            if result.error.code == "not-approved":
                print(say(TEXT, "approve-hint", args.lang, path=result.path))
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
    conflict = find_conflict(db, args.conflict)
    proof = require_proof(args, db, "bundle-resolve")
    resolve_conflict(db, conflict, args.outcome, proof.actor_id)
    print(say(TEXT, "resolved", args.lang))
    return 0


def run_forget(args) -> int:
    from trainer.bundles.keys import forget_device_key

    db = open_db()
    _proof_unless_new(args, db, "bundle-forget-device")
    forget_device_key(db, args.device)
    print(say(TEXT, "forgotten", args.lang, device=args.device))
    return 0


def run_merge(args) -> int:
    from trainer.bundles.participants import merge_participants
    from trainer.people.service import find_participant

    db = open_db()
    keep, other = find_participant(db, args.keep), find_participant(db, args.other)
    proof = require_proof(args, db, "participants-merge")
    moved = merge_participants(db, keep.id, other.id, proof.actor_id)
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
    approve = actions.add_parser(
        "approve", help="accept workshop and organizer bundles from the laptop that signed FILE",
        description="Shows the laptop's name and fingerprint; approve it only when its trainer reads the same "
                    "fingerprint from that laptop ('trainer laptop fingerprint').")
    approve.add_argument("file", help="a .trainer file made by that laptop")
    approve.add_argument("--yes", action="store_true", help="do not ask: the fingerprint was already compared")
    approve.set_defaults(run=run_approve)
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
