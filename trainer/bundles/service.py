"""Bundles for the GUI and the CLI: export one per kind, look inside one, find them on a stick, import them.

Every function returns plain values and raises UserError with a sentence in
each language. Importing runs one transaction per bundle: a bundle that fails
any check changes nothing, and the others still go in.
"""

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trainer.bundles.conflicts import open_conflicts_about
from trainer.bundles.archive import SUFFIX, Bundle, file_name_stem, peek_kind, read_archive, write_archive
from trainer.bundles.keys import device_signing_key, public_key_text
from trainer.bundles.merge import MergeReport, Merger, identity_map
from trainer.bundles.rows import encode_row
from trainer import trust
from trainer.errors import UserError
from trainer.i18n import pick
from trainer.paths import exports_dir
from trainer.storage.backups import backup_before
from trainer.storage.database import Database
from trainer.storage.models import (
    Attendance, AttendanceChange, Certificate, Device, Enrollment, LessonCompletion, MergeConflict, Participant,
    ParticipantAlias, QuizAnswer, QuizAttempt, Tombstone, Workshop, WorkshopSession, utc_now,
)

Progress = Callable[[int, int], None]
ALL = {"en": "all", "es": "todos"}  # an organizer bundle of every workshop, in its file name
FIND_DEPTH = 3  # folders below the one chosen (a stick's root, or a folder per workshop)

MESSAGES = {
    "unknown-participant": {"en": "no participant '{key}'", "es": "no existe el participante '{key}'"},
    "unknown-workshop": {"en": "no workshop '{key}'", "es": "no existe el taller '{key}'"},
    "wrong-course": {
        "en": "workshop '{title}' teaches course '{wanted}', not '{given}'",
        "es": "el taller '{title}' enseña el curso '{wanted}', no '{given}'",
    },
    "clash": {
        "en": "{path}: the bundle contradicts this database ({detail}); nothing was imported",
        "es": "{path}: el paquete contradice esta base de datos ({detail}); no se importó nada",
    },
    "not-a-folder": {"en": "{path} is not a folder", "es": "{path} no es una carpeta"},
    "unreadable": {
        "en": "{path}: could not be read as a bundle ({detail}); nothing of it was imported",
        "es": "{path}: no se pudo leer como paquete ({detail}); no se importó nada de él",
    },
}


@dataclass(frozen=True)
class Inspection:
    """What a bundle is and what merging it would change here, before anything is merged."""

    path: Path
    kind: str
    device_id: str
    device_name: str
    created_at: datetime
    new_device: bool  # first bundle from this laptop: its key is recorded (it may hand in its learners' records)
    subject: dict  # participant: {"participant_id", "name"}; workshop/organizer: {"workshops": [{"id", "title"}]}
    course: dict | None  # workshop bundles: {"id", "version"} of the course to have on the laptop
    report: MergeReport
    offered_keys: dict[str, bool]  # organizer bundles: organization key id -> new here (offered, never trusted silently)
    fingerprint: str  # of the sending laptop's key, to compare aloud with what that laptop shows
    approved: bool  # the sending laptop is approved here (or is this laptop)
    needs_approval: bool  # workshop or organizer data from a laptop not approved here: importing refuses it
    profiles_left_out: int = 0  # edits of profiles made on another laptop, which a participant laptop may not make
    rescored: int = 0  # finished attempts scored again here from their answers
    conflicts: int = 0  # rows it carries that 'trainer bundle conflicts' (and the console) list as open to settle


@dataclass(frozen=True)
class ImportResult:
    path: Path
    inspection: Inspection | None  # None when the bundle was refused
    error: UserError | None

    @property
    def ok(self) -> bool:
        return self.error is None


def _rows(session: Session, model, *conditions) -> list[dict]:
    table = model.__table__
    query = select(table).where(*conditions).order_by(table.c.id)
    return [encode_row(table, row) for row in session.execute(query).mappings()]


def _default_path(kind: str, name: str, lang: str) -> Path:
    return exports_dir() / f"{file_name_stem(kind, name, lang)}-{utc_now():%Y%m%d-%H%M%S}{SUFFIX}"


def _groups(session: Session, participant_ids: set[str]) -> tuple[set[str], list[dict]]:
    """The canonical ids of these participants, and every merge decision that concerns them."""
    identity = identity_map(session)
    canonical = {identity.get(p, p) for p in participant_ids}
    members = canonical | {old for old, new in identity.items() if new in canonical}
    aliases = _rows(session, ParticipantAlias, or_(ParticipantAlias.merged_id.in_(members),
                                                  ParticipantAlias.participant_id.in_(members)))
    return canonical, aliases


def _write(db: Database, kind: str, path: Path | None, name: str, tables: dict, extra: dict,
           key_files: dict[str, bytes] | None = None, lang: str = "en") -> Path:
    key = device_signing_key(db)
    with db.session() as session:
        device = session.get(Device, db.device_id())
        manifest = {"kind": kind, "device": {"id": device.id, "name": device.name}, **extra}
    return write_archive(Path(path) if path else _default_path(kind, name, lang), manifest, tables, key, key_files)


def export_participant_bundle(db: Database, participant_id: str, path: Path | None = None, lang: str = "en") -> Path:
    """One learner's profile, lesson completions, quiz attempts and answers, for the trainer's laptop.

    Without `path`, the file goes to the exports folder with a name in `lang` (as for every export here)."""
    with db.session() as session:
        canonical, _ = _groups(session, {participant_id})
        (person_id,) = canonical
        person = session.get(Participant, person_id)
        if person is None:
            raise UserError(MESSAGES, "unknown-participant", key=participant_id)
        attempts = _rows(session, QuizAttempt, QuizAttempt.participant_id == person_id)
        tables = {  # a participant laptop speaks only about learning: merges travel from trainers (docs/trust.md)
            "participants": _rows(session, Participant, Participant.id == person_id),
            "lesson_completions": _rows(session, LessonCompletion, LessonCompletion.participant_id == person_id),
            "quiz_attempts": attempts,
            "quiz_answers": _rows(session, QuizAnswer, QuizAnswer.attempt_id.in_([a["id"] for a in attempts])),
        }
        subject = {"participant_id": person.id, "name": person.name}
    return _write(db, "participant", path, subject["name"], tables, {"subject": subject}, lang=lang)


def _workshops(session: Session, workshop_ids: list[str] | None) -> list[Workshop]:
    if workshop_ids is None:
        return list(session.scalars(select(Workshop).order_by(Workshop.id)))
    workshops = []
    for workshop_id in workshop_ids:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise UserError(MESSAGES, "unknown-workshop", key=workshop_id)
        workshops.append(workshop)
    return workshops


def _roster_tables(session: Session, workshops: list[Workshop], extra_people: set[str] = frozenset()) -> dict:
    ids = [w.id for w in workshops]
    enrollments = _rows(session, Enrollment, Enrollment.workshop_id.in_(ids))
    people = {e["participant_id"] for e in enrollments} | {w.trainer_id for w in workshops if w.trainer_id} | extra_people
    canonical, aliases = _groups(session, people)
    return {
        "participants": _rows(session, Participant, Participant.id.in_(canonical)),
        "participant_aliases": aliases,
        "workshops": _rows(session, Workshop, Workshop.id.in_(ids)),
        "workshop_sessions": _rows(session, WorkshopSession, WorkshopSession.workshop_id.in_(ids)),
        "enrollments": enrollments,
        # removals travel, so that a laptop holding an older copy of the roster does not bring them back
        "tombstones": _rows(session, Tombstone, Tombstone.table_name.in_(("workshop_sessions", "enrollments"))),
    }


def _subject(workshops: list[Workshop]) -> dict:
    return {"workshops": [{"id": w.id, "title": w.title} for w in workshops]}


def export_workshop_bundle(db: Database, workshop_id: str, course, path: Path | None = None, lang: str = "en") -> Path:
    """A workshop, its roster and sessions and the course it teaches, to prepare participants' laptops.

    `course` is the `trainer.courses.model.Course` the workshop teaches: its id and version go in the manifest.
    """
    with db.session() as session:
        (workshop,) = _workshops(session, [workshop_id])
        if workshop.course_id != course.id:
            raise UserError(MESSAGES, "wrong-course", title=workshop.title, wanted=workshop.course_id, given=course.id)
        tables = _roster_tables(session, [workshop])
        extra = {"subject": _subject([workshop]), "course": {"id": course.id, "version": course.version}}
        name = workshop.title
    return _write(db, "workshop", path, name, tables, extra, lang=lang)


def export_organizer_bundle(db: Database, path: Path | None = None, workshop_ids: list[str] | None = None,
                            progress: Progress | None = None, lang: str = "en") -> Path:
    """Whole workshops (default: all of them) with attendance, progress, certificates and kept conflicts."""
    with db.session() as session:
        workshops = _workshops(session, workshop_ids)
        ids = [w.id for w in workshops]
        holders = set(session.scalars(select(Certificate.participant_id).where(Certificate.workshop_id.in_(ids))))
        everyone = set(session.scalars(select(Participant.id))) if workshop_ids is None else set()
        tables = _roster_tables(session, workshops, holders | everyone)
        people = [p["id"] for p in tables["participants"]]
        session_ids = [s["id"] for s in tables["workshop_sessions"]]
        steps = [
            ("attendance", lambda: _rows(session, Attendance, Attendance.session_id.in_(session_ids))),
            ("attendance_changes", lambda: _rows(session, AttendanceChange, AttendanceChange.session_id.in_(session_ids))),
            ("lesson_completions", lambda: _rows(session, LessonCompletion, LessonCompletion.participant_id.in_(people))),
            ("quiz_attempts", lambda: _rows(session, QuizAttempt, QuizAttempt.participant_id.in_(people))),
            ("quiz_answers", lambda: _rows(session, QuizAnswer, QuizAnswer.attempt_id.in_(
                [a["id"] for a in tables["quiz_attempts"]]))),
            ("certificates", lambda: _rows(session, Certificate, or_(Certificate.workshop_id.in_(ids),
                                                                     Certificate.participant_id.in_(people)))),
        ]
        for done, (name, load) in enumerate(steps):
            tables[name] = load()
            if progress:
                progress(done + 1, len(steps) + 1)
        row_ids = {row["id"] for name in tables for row in tables[name]}
        row_ids |= {alias["merged_id"] for alias in tables["participant_aliases"]}
        tables["merge_conflicts"] = [c for c in _rows(session, MergeConflict) if c["row_id"] in row_ids]
        tables["tombstones"] = _rows(session, Tombstone)  # every deletion made or learnt here
        subject = _subject(workshops)
    name = pick(ALL, lang) if workshop_ids is None else workshops[0].title if workshops else "-"
    written = _write(db, "organizer", path, name, tables, {"subject": subject}, _issuer_key_files(tables["certificates"]),
                     lang)
    if progress:
        progress(len(steps) + 1, len(steps) + 1)
    return written


def _issuer_key_files(certificates: list[dict]) -> dict[str, bytes]:
    """This organization's public key file, exactly as trainer.certificates writes it, if these certificates use it.

    Keys of other organizations whose certificates passed through this laptop
    are not re-sent: they reach the office from their own laptops' bundles.
    """
    from trainer.certificates.keys import export_public_key, known_keys

    used = {certificate["key_id"] for certificate in certificates}
    files = {}
    for key in known_keys().values():
        if key.own and key.key_id in used:
            with tempfile.TemporaryDirectory() as folder:
                export_public_key(Path(folder) / "organization.pub", key.organization)
                files[key.key_id] = (Path(folder) / "organization.pub").read_bytes()
    return files


def _offer_issuer_keys(bundle: Bundle) -> None:
    """Offer the organization keys an imported bundle carries: a trainer approves one before it verifies anything."""
    from trainer.certificates.keys import offer_public_key

    for data in bundle.key_files.values():
        offer_public_key(data, bundle.device["name"])


def find_bundles(folder: Path) -> list[Path]:
    """Bundle files in a folder and a few levels below it (a USB stick), sorted by name; hidden files skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(MESSAGES, "not-a-folder", path=folder)
    found = []
    for root, dirs, files in os.walk(folder):
        depth = len(Path(root).relative_to(folder).parts)
        dirs[:] = [] if depth >= FIND_DEPTH else sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / f for f in files if f.endswith(SUFFIX) and not f.startswith(".")]
    return sorted(found, key=lambda p: (p.name.lower(), str(p)))


Quizzes = Callable[[str, str], object]


def _quizzes() -> Quizzes:
    """`quiz_for(course_id, quiz_id)` over the courses installed here, loaded on first use."""
    from trainer.courses.loader import load_library
    from trainer.paths import course_roots

    courses = None

    def quiz_for(course_id: str, quiz_id: str):
        nonlocal courses
        if courses is None:
            courses = {load.course.id: load.course for load in load_library(course_roots(), deep=False)
                       if load.available}  # as the app loads them: quizzes are all a score needs
        course = courses.get(course_id)
        return course.quiz(quiz_id) if course is not None else None

    return quiz_for


def _merge(db: Database, session: Session, bundle: Bundle, own_key: str, quiz_for: Quizzes,
           importing: bool) -> Inspection:
    from trainer.certificates.keys import known_keys

    device, path = bundle.device, bundle.path
    own, new_device = trust.check_sender(session, path, bundle.kind, device, db.device_id(), own_key, importing)
    approved = own or trust.device_approved(session, device["id"])
    tables, admission = bundle.encoded, None
    trust.check_shown_text(path, tables)
    if own:
        report = MergeReport()  # this laptop's own bundle: everything in it is here already, or newer here
    else:
        if bundle.kind == "participant":
            subject = bundle.manifest["subject"]["participant_id"]
            admission = trust.check_participant_bundle(session, path, device["id"], subject, tables,
                                                       identity_map(session), quiz_for)
            tables = admission.tables
        else:
            trust.check_tables(path, bundle.kind, tables)
            trust.check_tombstones(path, bundle.kind, tables.get("tombstones", []))
            trust.check_certificates(session, path, tables.get("certificates", []), bundle.key_files)
        report = Merger(session, db.device_id(), path.name).merge_all(tables)
    conflicts = open_conflicts_about(session, db.device_id(), tables) if not own else 0
    manifest = bundle.manifest
    return Inspection(
        path=path, kind=bundle.kind, device_id=device["id"], device_name=device["name"],
        created_at=bundle.created_at, new_device=new_device, subject=manifest.get("subject", {}),
        course=manifest.get("course"), report=report,
        offered_keys={key_id: key_id not in known_keys() for key_id in bundle.key_files},
        fingerprint=trust.fingerprint(device["public_key"]), approved=approved,
        needs_approval=bundle.kind != "participant" and not approved,
        profiles_left_out=admission.profiles_left_out if admission else 0,
        rescored=admission.rescored if admission else 0, conflicts=conflicts,
    )


def _own_key(db: Database) -> str:
    return public_key_text(device_signing_key(db))  # made, if need be, outside any merge's transaction


def _checked_merge(db: Database, path: Path, keep: bool, quiz_for: Quizzes, own_key: str, proof=None) -> Inspection:
    bundle = read_archive(path)
    if keep:
        trust.check_import_proof(db, bundle.kind, proof)
    try:
        with db.session() as session:
            inspection = _merge(db, session, bundle, own_key, quiz_for, importing=keep)
            if not keep:
                session.rollback()
            elif inspection.report.changes_anything:
                trust.record_in(session, proof, "import-bundle", f"{bundle.kind} {path.name} {bundle.device['id']}")
    except IntegrityError as error:
        raise UserError(MESSAGES, "clash", path=path, detail=str(error.orig).splitlines()[0]) from None
    if keep:
        _offer_issuer_keys(bundle)
    return inspection


def inspect(db: Database, path: Path) -> Inspection:
    """Check a bundle and count what it would add or change here, without changing anything."""
    return _checked_merge(db, Path(path), keep=False, quiz_for=_quizzes(), own_key=_own_key(db))


def approve_sender(db: Database, proof, path: Path, expected_fingerprint: str | None = None) -> Inspection:
    """Approve the laptop that signed this bundle (a trainer compared its fingerprint), then show what it brings.

    `expected_fingerprint` is the one the person compared: a file swapped meanwhile approves nothing.
    """
    bundle = read_archive(Path(path))
    device = bundle.device
    if expected_fingerprint is not None and trust.fingerprint(device["public_key"]) != expected_fingerprint:
        raise UserError(trust.MESSAGES, "fingerprint-changed", path=path)
    if device["id"] != db.device_id():
        trust.approve_device(db, proof, device["id"], device["name"], device["public_key"])
    return inspect(db, path)


def import_bundles(db: Database, paths: list[Path], progress: Progress | None = None, proof=None) -> list[ImportResult]:
    """Import bundles one transaction each; a refused bundle changes nothing and says why.

    Workshop and organizer bundles need `proof` (a trainer here) unless this laptop has no trainer yet, and
    always a sending laptop approved here (trainer.trust). They go in first, so that a participant's bundle
    finds its roster whatever order the files come in; results keep the order of `paths`. Whatever one file
    does, even crash the reader, the other files still go in. `progress(done, total)` is called after each
    bundle; if it raises, the import stops there (bundles already imported stay imported).
    """
    results: dict[int, ImportResult] = {}
    quiz_for, own_key = _quizzes(), _own_key(db)
    if paths:
        backup_before(db, "bundle-import")
    order = sorted(range(len(paths)), key=lambda i: peek_kind(Path(paths[i])) == "participant")
    for done, index in enumerate(order, start=1):
        path = Path(paths[index])
        try:
            results[index] = ImportResult(path, _checked_merge(db, path, True, quiz_for, own_key, proof), None)
        except UserError as error:
            results[index] = ImportResult(path, None, error)
        except (Exception, RecursionError) as error:  # a poisoned file must not stop the rest of the stick
            results[index] = ImportResult(path, None, UserError(MESSAGES, "unreadable", path=path,
                                                                detail=type(error).__name__))
        if progress:
            progress(done, len(paths))
    return [results[index] for index in sorted(results)]

