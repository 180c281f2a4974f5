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

from trainer.bundles.archive import SUFFIX, Bundle, read_archive, write_archive
from trainer.bundles.keys import device_signing_key, trust_device
from trainer.bundles.merge import MergeReport, Merger, identity_map
from trainer.bundles.rows import encode_row
from trainer.errors import UserError
from trainer.files import file_stem
from trainer.paths import exports_dir
from trainer.storage.database import Database
from trainer.storage.models import (
    Attendance, AttendanceChange, Certificate, Device, Enrollment, LessonCompletion, MergeConflict, Participant,
    ParticipantAlias, QuizAnswer, QuizAttempt, Workshop, WorkshopSession, utc_now,
)

Progress = Callable[[int, int], None]
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
}


@dataclass(frozen=True)
class Inspection:
    """What a bundle is and what merging it would change here, before anything is merged."""

    path: Path
    kind: str
    device_id: str
    device_name: str
    created_at: datetime
    new_device: bool  # its key will be trusted from now on (trust on first use)
    subject: dict  # participant: {"participant_id", "name"}; workshop/organizer: {"workshops": [{"id", "title"}]}
    course: dict | None  # workshop bundles: {"id", "version"} of the course to have on the laptop
    report: MergeReport
    issuer_keys: dict[str, bool]  # organizer bundles: key id of the organization's public key -> new to this laptop


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


def _default_path(kind: str, name: str) -> Path:
    return exports_dir() / f"{kind}-{file_stem(name.lower(), 'bundle', 40)}-{utc_now():%Y%m%d-%H%M%S}{SUFFIX}"


def _groups(session: Session, participant_ids: set[str]) -> tuple[set[str], list[dict]]:
    """The canonical ids of these participants, and every merge decision that concerns them."""
    identity = identity_map(session)
    canonical = {identity.get(p, p) for p in participant_ids}
    members = canonical | {old for old, new in identity.items() if new in canonical}
    aliases = _rows(session, ParticipantAlias, or_(ParticipantAlias.merged_id.in_(members),
                                                  ParticipantAlias.participant_id.in_(members)))
    return canonical, aliases


def _write(db: Database, kind: str, path: Path | None, name: str, tables: dict, extra: dict,
           key_files: dict[str, bytes] | None = None) -> Path:
    key = device_signing_key(db)
    with db.session() as session:
        device = session.get(Device, db.device_id())
        manifest = {"kind": kind, "device": {"id": device.id, "name": device.name}, **extra}
    return write_archive(Path(path) if path else _default_path(kind, name), manifest, tables, key, key_files)


def export_participant_bundle(db: Database, participant_id: str, path: Path | None = None) -> Path:
    """One learner's profile, lesson completions, quiz attempts and answers, for the trainer's laptop."""
    with db.session() as session:
        canonical, aliases = _groups(session, {participant_id})
        (person_id,) = canonical
        person = session.get(Participant, person_id)
        if person is None:
            raise UserError(MESSAGES, "unknown-participant", key=participant_id)
        attempts = _rows(session, QuizAttempt, QuizAttempt.participant_id == person_id)
        tables = {
            "participants": _rows(session, Participant, Participant.id == person_id),
            "participant_aliases": aliases,
            "lesson_completions": _rows(session, LessonCompletion, LessonCompletion.participant_id == person_id),
            "quiz_attempts": attempts,
            "quiz_answers": _rows(session, QuizAnswer, QuizAnswer.attempt_id.in_([a["id"] for a in attempts])),
        }
        subject = {"participant_id": person.id, "name": person.name}
    return _write(db, "participant", path, subject["name"], tables, {"subject": subject})


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
    }


def _subject(workshops: list[Workshop]) -> dict:
    return {"workshops": [{"id": w.id, "title": w.title} for w in workshops]}


def export_workshop_bundle(db: Database, workshop_id: str, course, path: Path | None = None) -> Path:
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
    return _write(db, "workshop", path, name, tables, extra)


def export_organizer_bundle(db: Database, path: Path | None = None, workshop_ids: list[str] | None = None,
                            progress: Progress | None = None) -> Path:
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
        subject = _subject(workshops)
    name = "all" if workshop_ids is None else workshops[0].title if workshops else "none"
    written = _write(db, "organizer", path, name, tables, {"subject": subject}, _issuer_key_files(tables["certificates"]))
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


def _trust_issuer_keys(bundle: Bundle) -> None:
    """Trust the organization keys an imported bundle carries, so its certificates verify here (`trainer verify`)."""
    from trainer.certificates.keys import import_public_key

    with tempfile.TemporaryDirectory() as folder:
        for key_id, data in bundle.key_files.items():
            (Path(folder) / f"{key_id}.pub").write_bytes(data)
            import_public_key(Path(folder) / f"{key_id}.pub")


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


def _merge(db: Database, session: Session, bundle: Bundle) -> Inspection:
    from trainer.certificates.keys import known_keys

    device = bundle.device
    new_device = trust_device(session, device["id"], device["name"], device["public_key"])
    report = Merger(session, db.device_id(), bundle.path.name).merge_all(bundle.encoded)
    manifest = bundle.manifest
    return Inspection(
        path=bundle.path, kind=bundle.kind, device_id=device["id"], device_name=device["name"],
        created_at=bundle.created_at, new_device=new_device, subject=manifest.get("subject", {}),
        course=manifest.get("course"), report=report,
        issuer_keys={key_id: key_id not in known_keys() for key_id in bundle.key_files},
    )


def _checked_merge(db: Database, path: Path, keep: bool) -> Inspection:
    bundle = read_archive(path)
    db.device_id()  # created outside the merge's transaction
    try:
        with db.session() as session:
            inspection = _merge(db, session, bundle)
            if not keep:
                session.rollback()
    except IntegrityError as error:
        raise UserError(MESSAGES, "clash", path=path, detail=str(error.orig).splitlines()[0]) from None
    if keep:
        _trust_issuer_keys(bundle)
    return inspection


def inspect(db: Database, path: Path) -> Inspection:
    """Check a bundle and count what it would add or change here, without changing anything."""
    return _checked_merge(db, Path(path), keep=False)


def import_bundles(db: Database, paths: list[Path], progress: Progress | None = None) -> list[ImportResult]:
    """Import bundles one transaction each; a refused bundle changes nothing and says why.

    `progress(done, total)` is called after each bundle; if it raises, the
    import stops there (bundles already imported stay imported).
    """
    results = []
    for done, path in enumerate(paths, start=1):
        try:
            results.append(ImportResult(Path(path), _checked_merge(db, Path(path), keep=True), None))
        except UserError as error:
            results.append(ImportResult(Path(path), None, error))
        if progress:
            progress(done, len(paths))
    return results

