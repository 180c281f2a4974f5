"""Saving a checked roster, or one person typed in, as participants enrolled in a workshop.

An import is one transaction: it all lands or nothing does (a power cut or a
cancel leaves the database as it was). People already recorded are found by
the rule in `trainer.roster.identity` and enrolled, never duplicated; their
recorded details are left as they are.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from trainer.errors import UserError
from trainer.i18n import pick
from trainer.people.service import ProfileInput
from trainer.roster.identity import identity_key, known_people
from trainer.roster.preview import RosterPreview
from trainer.storage.database import Database
from trainer.storage.models import Participant
from trainer.workshops.service import enrol_in, load_workshop, record_attendance

MESSAGES = {
    "roster-has-errors": {
        "en": "{path}: {count} problem(s) found, so nothing was imported; correct the file, or import only the good "
              "rows (skip bad rows)",
        "es": "{path}: se encontraron {count} problema(s), así que no se importó nada; corrija el archivo o importe "
              "solo las filas correctas (omitir filas con errores)",
    },
}

SUMMARY = {
    "en": "{created} new participant(s), {matched} already known; {enrolled} enrolled now, {already} were already "
          "enrolled; {skipped} row(s) with errors skipped, {duplicates} repeated row(s) imported once.",
    "es": "{created} participante(s) nuevo(s), {matched} ya registrado(s); {enrolled} inscrito(s) ahora, {already} ya "
          "estaban inscritos; {skipped} fila(s) con errores omitida(s), {duplicates} fila(s) repetida(s) importada(s) "
          "una sola vez.",
}


@dataclass(frozen=True)
class ImportResult:
    created: int
    matched: int
    enrolled: int
    already_enrolled: int
    skipped_rows: list[int] = field(default_factory=list)
    duplicate_rows: list[int] = field(default_factory=list)
    participant_ids: list[str] = field(default_factory=list)

    def summary(self, lang: str) -> str:
        return pick(SUMMARY, lang).format(
            created=self.created, matched=self.matched, enrolled=self.enrolled, already=self.already_enrolled,
            skipped=len(self.skipped_rows), duplicates=len(self.duplicate_rows),
        )


def import_roster(db: Database, workshop_id: str, preview: RosterPreview, skip_bad_rows: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Create or find every person in the preview and enrol them; refuse the whole file if it has errors.

    With `skip_bad_rows`, rows with errors are left out and the rest is imported; a problem with the file itself
    (no name column) still stops everything. `progress(done, total)` may raise to cancel: nothing is saved then.
    """
    if preview.file_problems:
        raise preview.file_problems[0].error
    if preview.errors and not skip_bad_rows:
        raise UserError(MESSAGES, "roster-has-errors", path=preview.sheet.path.name, count=len(preview.errors))
    rows = preview.importable
    device = db.device_id()
    created = matched = enrolled = 0
    ids = []
    with db.session() as session:
        load_workshop(session, workshop_id)
        known = known_people(session)
        for done, row in enumerate(rows, start=1):
            participant_id, new = _find_or_create(session, known, device, row.profile)
            created += new
            matched += not new
            enrolled += enrol_in(session, device, workshop_id, participant_id)
            ids.append(participant_id)
            if progress:
                progress(done, len(rows))
    return ImportResult(created, matched, enrolled, len(rows) - enrolled, preview.bad_rows,
                        [row.number for row in preview.rows if row.duplicate_of is not None], ids)


def add_and_enrol(db: Database, workshop_id: str, profile: ProfileInput) -> tuple[Participant, bool]:
    """Quick add (a walk-in, the keyboard grid): find or create the person and enrol them, in one transaction.

    Returns the participant and whether a new profile was created.
    """
    clean = profile.cleaned()
    device = db.device_id()
    with db.session() as session:
        load_workshop(session, workshop_id)
        participant_id, new = _find_or_create(session, known_people(session), device, clean)
        enrol_in(session, device, workshop_id, participant_id)
        return session.get(Participant, participant_id), new


def add_walk_in(db: Database, workshop_id: str, profile: ProfileInput, session_id: str,
                marked_by_id: str | None = None) -> Participant:
    """Someone not on the roster arrived at the session being taken: find or add them, enrol them and mark them
    present there (they came). Safe to repeat: a retry finds the same person and sets the same mark."""
    person, _new = add_and_enrol(db, workshop_id, profile)
    record_attendance(db, session_id, person.id, "present", marked_by_id)
    return person


def _find_or_create(session, known: dict, device: str, profile: ProfileInput) -> tuple[str, bool]:
    key = identity_key(profile.name, profile.email, profile.organization)
    if key in known:
        return known[key], False
    person = Participant(
        origin_device_id=device, name=profile.name, organization=profile.organization, sector=profile.sector,
        country=profile.country, sex=profile.sex, email=profile.email, language=profile.language,
    )
    session.add(person)
    session.flush()
    known[key] = person.id
    known[identity_key(profile.name, None, profile.organization)] = person.id
    return person.id, True
