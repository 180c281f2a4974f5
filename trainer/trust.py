"""Who may do what on this laptop, and what a laptop may bring in a bundle: every trust rule, in one place.

docs/trust.md explains the rules and the threats behind them. In short:
- A role other than participant is granted by a trainer or organizer of this
  laptop, or by the organization set-up on a laptop that has none; never chosen.
- An action that changes workshop data, certificates or trust needs a `Proof`:
  a trainer or organizer who typed their PIN (slowed down after wrong tries).
  Only `prove` and `set_up_organization` make one; each proof is recorded.
- A laptop's bundle is signed by its key. Knowing that key lets the laptop hand
  in its own learners' records only (`check_participant_bundle`); workshop and
  organizer data come only from a laptop a trainer here approved by comparing
  its fingerprint (`fingerprint`, `approve_device`).
"""

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainer.errors import UserError
from trainer.people.pins import LEADER_PIN_PATTERN, PIN_PATTERN
from trainer.people.service import (
    MESSAGES as PEOPLE_MESSAGES, ProfileInput, account, add_participant, clean_text, has_hidden_characters, set_pin,
    verify_pin,
)
from trainer.storage.database import Database
from trainer.storage.models import (
    TOMBSTONED_TABLES, Account, Device, Enrollment, LessonCompletion, Participant, ParticipantAlias, QuizAnswer,
    QuizAttempt, TrustEvent, utc_now,
)

LEADER_ROLES = ("trainer", "organizer")
ROLES = ("participant", *LEADER_ROLES)
# What a participant laptop may hand in: its learners' own records, nothing about workshops, people or trust.
LEARNING_TABLES = ("lesson_completions", "quiz_attempts", "quiz_answers")
# What each kind of bundle may carry (docs/bundles.md). A participant laptop: its learners' own records; a
# trainer preparing laptops: the workshop and its roster (and removals from them); organizer data: everything that
# travels, tombstones included. A participant laptop never deletes anything anywhere: no tombstones.
KIND_TABLES = {
    "participant": ("participants", "participant_aliases", *LEARNING_TABLES),
    "workshop": ("participants", "participant_aliases", "workshops", "workshop_sessions", "enrollments", "tombstones"),
}
# Text columns people read (on screen, in a terminal, on a certificate): no control characters, whoever wrote them.
SHOWN_TEXT = {"participants": ("name", "organization"), "workshops": ("title", "place"),
              "workshop_sessions": ("title",)}

MESSAGES = {
    "not-a-leader": {
        "en": "{name} is not a trainer or organizer on this laptop",
        "es": "{name} no es capacitador ni organizador en esta laptop",
    },
    "wrong-pin": {"en": "that PIN is not right", "es": "ese PIN no es correcto"},
    "wait": {
        "en": "too many wrong PINs: wait {seconds} s before trying again",
        "es": "demasiados PIN equivocados: espere {seconds} s antes de volver a intentarlo",
    },
    "leader-pin": {
        "en": "trainers and organizers need a PIN of 6 to 8 digits",
        "es": "los capacitadores y organizadores necesitan un PIN de 6 a 8 dígitos",
    },
    "bad-role": {
        "en": "role '{value}' is not one of: participant, trainer, organizer",
        "es": "el rol '{value}' no es uno de: participant, trainer, organizer",
    },
    "already-set-up": {
        "en": "this laptop already has a trainer or organizer; ask one of them to add you in the console",
        "es": "esta laptop ya tiene un capacitador u organizador; pida a uno de ellos que lo agregue en la consola",
    },
    "needs-proof": {
        "en": "this needs a trainer or organizer of this laptop (their name and PIN)",
        "es": "esto necesita un capacitador u organizador de esta laptop (su nombre y PIN)",
    },
    "last-leader": {
        "en": "{name} is the last trainer or organizer of this laptop; grant the role to someone else first",
        "es": "{name} es el último capacitador u organizador de esta laptop; otorgue primero el rol a otra persona",
    },
    "not-approved": {
        "en": "{path}: workshop and organizer data from laptop '{name}' are accepted only once a trainer here approves "
              "that laptop. Compare its fingerprint {fingerprint} with the one its trainer reads in their console "
              "(or 'trainer laptop fingerprint'), then approve it",
        "es": "{path}: los datos de talleres y de organizador de la laptop '{name}' se aceptan solo cuando un "
              "capacitador de aquí aprueba esa laptop. Compare su huella {fingerprint} con la que su capacitador lee "
              "en su consola (o con 'trainer laptop fingerprint') y luego apruébela",
    },
    "workshop-table": {
        "en": "{path}: a workshop bundle may carry the workshop, its sessions and roster, not '{table}'; "
              "nothing was imported",
        "es": "{path}: un paquete de taller puede traer el taller, sus sesiones y su lista, no '{table}'; "
              "no se importó nada",
    },
    "tombstone-table": {
        "en": "{path}: a {kind} bundle may not delete rows of '{table}'; nothing was imported",
        "es": "{path}: un paquete de tipo {kind} no puede eliminar filas de '{table}'; no se importó nada",
    },
    "fingerprint-changed": {
        "en": "{path} changed since its fingerprint was shown; nothing was approved. Look at it again",
        "es": "{path} cambió desde que se mostró su huella; no se aprobó nada. Revíselo de nuevo",
    },
    "claims-this-laptop": {
        "en": "{path}: the bundle claims to come from this laptop but is signed with another key; it is forged. "
              "Nothing was imported",
        "es": "{path}: el paquete dice venir de esta laptop pero está firmado con otra clave; es falso. "
              "No se importó nada",
    },
    "rule": {
        "en": "{path}: a participant's bundle {rule}; nothing of it was imported",
        "es": "{path}: un paquete de participante {rule}; no se importó nada de él",
    },
    "control-characters": {
        "en": "{path}: {table}, row {row}, column '{column}' holds control characters; nothing was imported",
        "es": "{path}: {table}, fila {row}, columna '{column}' contiene caracteres de control; no se importó nada",
    },
}

RULES = {
    "foreign-table": {
        "en": "may carry only its learners' lesson completions, quiz attempts and answers, not '{table}'",
        "es": "solo puede traer las lecciones completadas, intentos y respuestas de sus estudiantes, no '{table}'",
    },
    "other-person": {
        "en": "speaks only for its own learner, but carries records of another person ({row})",
        "es": "habla solo por su propio estudiante, pero trae registros de otra persona ({row})",
    },
    "not-its-learner": {
        "en": "speaks for {name}, who was neither registered on that laptop nor enrolled in a workshop here",
        "es": "habla por {name}, que no se registró en esa laptop ni está inscrito en un taller de aquí",
    },
    "made-elsewhere": {
        "en": "carries {table} row {row} recorded on another laptop",
        "es": "trae la fila {row} de {table} registrada en otra laptop",
    },
    "merge": {
        "en": "may not decide that two people are one ('same person' merges are a trainer's decision)",
        "es": "no puede decidir que dos personas son una (unir participantes lo decide un capacitador)",
    },
    "paper": {
        "en": "may not carry paper results (row {row}): those are typed in by the trainer",
        "es": "no puede traer resultados en papel (fila {row}): esos los ingresa el capacitador",
    },
    "unknown-quiz": {
        "en": "has an attempt at quiz '{quiz}' of course '{course}', which is not installed here to score it; "
              "install the course and import again",
        "es": "trae un intento de la evaluación '{quiz}' del curso '{course}', que no está instalado aquí para "
              "calificarlo; instale el curso e importe de nuevo",
    },
    "orphan-answer": {
        "en": "carries answer {row} to an attempt it does not carry",
        "es": "trae la respuesta {row} de un intento que no trae",
    },
}


@dataclass(frozen=True)
class Proof:
    """A trainer or organizer of this laptop who proved it just now. Made only by `prove` or `set_up_organization`."""

    actor_id: str
    name: str
    role: str


def _record(session: Session, actor_id: str | None, action: str, detail: str = "") -> None:
    session.add(TrustEvent(actor_id=actor_id, action=action, detail=detail[:2000], at=utc_now()))


def record_in(session: Session, proof: Proof | None, action: str, detail: str = "") -> None:
    """Record an action inside the transaction that does it: both are kept, or neither."""
    _record(session, proof.actor_id if proof else None, action, detail)


def record(db: Database, proof: Proof | None, action: str, detail: str = "") -> None:
    """Add to the local record of what was done with a trainer's proof (who, what, when)."""
    with db.session() as session:
        record_in(session, proof, action, detail)


def leaders(db: Database) -> list[tuple[str, str, str]]:
    """(participant id, name, role) of every trainer and organizer of this laptop, by name."""
    with db.session() as session:
        rows = session.execute(select(Participant.id, Participant.name, Account.role)
                               .join(Account, Account.participant_id == Participant.id)
                               .where(Account.role.in_(LEADER_ROLES))).all()
    return sorted(((r[0], r[1], r[2]) for r in rows), key=lambda r: r[1].casefold())


def has_leaders(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(Account.participant_id).where(Account.role.in_(LEADER_ROLES)).limit(1)) is not None


def is_leader(db: Database, participant_id: str) -> bool:
    with db.session() as session:
        found = session.get(Account, participant_id)
        return found is not None and found.role in LEADER_ROLES


def prove(db: Database, participant_id: str, pin: str, action: str = "proof") -> Proof:
    """The proof that this trainer or organizer is here: their PIN, tried under the growing delay."""
    with db.session() as session:
        person = session.get(Participant, participant_id)
        found = session.get(Account, participant_id)
        if person is None or found is None or found.role not in LEADER_ROLES or found.pin_hash is None:
            raise UserError(MESSAGES, "not-a-leader", name=person.name if person else participant_id)
        name, role = person.name, found.role
    check = verify_pin(db, participant_id, pin)
    if not check.ok:
        with db.session() as session:
            _record(session, participant_id, "wrong-pin", action)
        if check.wait_seconds:
            raise UserError(MESSAGES, "wait", seconds=check.wait_seconds)
        raise UserError(MESSAGES, "wrong-pin")
    with db.session() as session:
        _record(session, participant_id, action)
    return Proof(participant_id, name, role)


def grant_role(db: Database, proof: Proof, participant_id: str, role: str, pin: str | None = None) -> None:
    """Make someone a trainer or organizer, with a new PIN of 6 to 8 digits; or a participant again."""
    if role not in ROLES:
        raise UserError(MESSAGES, "bad-role", value=role)
    leading = role in LEADER_ROLES
    if leading and not LEADER_PIN_PATTERN.match(pin or ""):
        raise UserError(MESSAGES, "leader-pin")
    with db.session() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise UserError(PEOPLE_MESSAGES, "not-found", key=participant_id)
        found = session.get(Account, participant_id)
        was_leader = found is not None and found.role in LEADER_ROLES
    if not leading and was_leader and len(leaders(db)) <= 1:
        raise UserError(MESSAGES, "last-leader", name=person.name)
    if pin:
        set_pin(db, participant_id, pin, LEADER_PIN_PATTERN if leading else PIN_PATTERN)
    with db.session() as session:
        current = account(session, participant_id)
        current.role, current.granted_by_id, current.granted_at = role, proof.actor_id, utc_now()
        _record(session, proof.actor_id, "grant-role", f"{participant_id} {role}")


def set_up_organization(db: Database, organization_name: str, leader: ProfileInput, pin: str, passphrase: str,
                        logo=None) -> Proof:
    """First run on a laptop with no trainer or organizer: the organization, its signing key and its first organizer.

    The signing key is made now, encrypted with `passphrase`, which is never stored.
    """
    from trainer.certificates.keys import create_signing_key
    from trainer.certificates.organization import set_organization

    if has_leaders(db):
        raise UserError(MESSAGES, "already-set-up")
    if not LEADER_PIN_PATTERN.match(pin or ""):
        raise UserError(MESSAGES, "leader-pin")
    leader.cleaned()  # every field checked before anything is saved
    create_signing_key(organization_name, passphrase)
    set_organization(db, organization_name, logo)
    person = add_participant(db, ProfileInput(**{**leader.__dict__, "pin": None}))
    set_pin(db, person.id, pin, LEADER_PIN_PATTERN)
    with db.session() as session:
        current = account(session, person.id)
        current.role, current.granted_at = "organizer", utc_now()
        _record(session, person.id, "set-up-organization", clean_text(organization_name, "organization"))
    return Proof(person.id, person.name, "organizer")


# -- laptops --------------------------------------------------------------------------------------------------


def fingerprint(public_key: str) -> str:
    """A laptop key's fingerprint as 16 digits in four groups, easy to read aloud and compare in any language."""
    digest = hashlib.sha256(base64.b64decode(public_key)).digest()
    digits = f"{int.from_bytes(digest[:8], 'big') % 10**16:016d}"
    return " ".join(digits[i:i + 4] for i in range(0, 16, 4))


def this_laptop_fingerprint(db: Database) -> str:
    from trainer.bundles.keys import device_signing_key, public_key_text

    return fingerprint(public_key_text(device_signing_key(db)))


def check_import_proof(db: Database, kind: str, proof: Proof | None) -> None:
    """Workshop and organizer data go in with a trainer's proof; on a laptop with none yet, with the fingerprint alone."""
    if kind != "participant" and proof is None and has_leaders(db):
        raise UserError(MESSAGES, "needs-proof")


def device_approved(session: Session, device_id: str) -> bool:
    device = session.get(Device, device_id)
    return device is not None and device.approved_at is not None


def approve_device(db: Database, proof: Proof | None, device_id: str, name: str, public_key: str) -> None:
    """Trust this laptop's workshop and organizer data from now on: a trainer compared its fingerprint.

    Without a proof only on a laptop that has no trainer or organizer yet (a participant laptop being
    prepared by the trainer standing beside it).
    """
    from trainer.bundles.keys import trust_device

    if proof is None and has_leaders(db):
        raise UserError(MESSAGES, "needs-proof")
    with db.session() as session:
        trust_device(session, device_id, name, public_key)
        device = session.get(Device, device_id)
        device.approved_at, device.approved_by_id = utc_now(), proof.actor_id if proof else None
        _record(session, proof.actor_id if proof else None, "approve-laptop", f"{device_id} {fingerprint(public_key)}")


# -- what a bundle may carry ----------------------------------------------------------------------------------


@dataclass
class Admission:
    """What a bundle may bring, once checked: the rows to merge and what was left out, with why."""

    tables: dict[str, list[dict]]
    profiles_left_out: int = 0  # edits of profiles made on another laptop: not applied
    rescored: int = 0  # attempts whose score was recomputed here from their answers


def check_shown_text(path, tables: dict[str, list[dict]]) -> None:
    """Names and titles from any bundle: refused whole if one holds control characters or terminal escapes."""
    for table, columns in SHOWN_TEXT.items():
        for row in tables.get(table, []):
            for column in columns:
                if has_hidden_characters(row.get(column) or ""):
                    raise UserError(MESSAGES, "control-characters", path=path, table=table, row=row.get("id"),
                                    column=column)


def check_tables(path, kind: str, tables: dict[str, list[dict]]) -> None:
    """A bundle carries only the tables its kind may carry."""
    allowed = KIND_TABLES.get(kind)
    for table, rows in tables.items():
        if rows and allowed is not None and table not in allowed:
            if kind == "participant":
                raise _refuse(path, "foreign-table", table=table)
            raise UserError(MESSAGES, "workshop-table", path=path, table=table)


def check_tombstones(path, kind: str, rows: list[dict]) -> None:
    """A tombstone, even from an approved laptop, deletes only rows of a table its kind of bundle may carry."""
    allowed = KIND_TABLES.get(kind)
    for row in rows:
        table = row.get("table_name")
        if table not in TOMBSTONED_TABLES or (allowed is not None and table not in allowed):
            raise UserError(MESSAGES, "tombstone-table", path=path, kind=kind, table=table)


def _refuse(path, rule: str, **params) -> UserError:
    """'A participant's bundle <rule>; nothing of it was imported', in every language."""
    catalog = {rule: {lang: MESSAGES["rule"][lang].replace("{rule}", text) for lang, text in RULES[rule].items()}}
    return UserError(catalog, rule, path=path, **params)


def check_participant_bundle(session: Session, path, device_id: str, subject_id: str, tables: dict[str, list[dict]],
                             identity: dict[str, str], quiz_for: Callable) -> Admission:
    """A participant laptop speaks only for its own learner, and only about their learning.

    - Tables: the learner's profile and learning records; a "same person" decision only if already known here.
    - The learner was registered on that laptop, or is enrolled in a workshop here (a trainer put them on a roster).
    - Learning records were made on that laptop, in the app (not paper), and only add to what is here.
    - A profile made on another laptop is not changed by it (the edit is left out and counted).
    - Every finished attempt is scored again here from its answers; one without answers scores 0.
    """
    check_tables(path, "participant", tables)
    alias_ids = {alias["id"] for alias in tables.get("participant_aliases", [])}
    if alias_ids and set(session.scalars(select(ParticipantAlias.id).where(ParticipantAlias.id.in_(alias_ids)))) \
            != alias_ids:
        raise _refuse(path, "merge")
    canonical = identity.get(subject_id, subject_id)
    group = {canonical} | {old for old, new in identity.items() if new == canonical} | {subject_id}
    for table in ("participants", *LEARNING_TABLES[:2]):
        column = "id" if table == "participants" else "participant_id"
        for row in tables.get(table, []):
            if row[column] not in group:
                raise _refuse(path, "other-person", row=row["id"])
    here = session.get(Participant, canonical)
    incoming = next((p for p in tables.get("participants", []) if p["id"] in group), None)
    made_there = (here.origin_device_id == device_id) if here is not None else (
        incoming is not None and incoming["origin_device_id"] == device_id)
    enrolled = session.scalar(select(Enrollment.id).where(Enrollment.participant_id == canonical).limit(1)) is not None
    if not made_there and not enrolled:
        name = here.name if here is not None else incoming["name"] if incoming else subject_id
        raise _refuse(path, "not-its-learner", name=name)
    admitted = dict(tables)
    admission = Admission(admitted)
    for row in tables.get("participants", []) if made_there else []:
        if row["origin_device_id"] != device_id:  # a profile it made stays one it made
            raise _refuse(path, "made-elsewhere", table="participants", row=row["id"])
    if not made_there and tables.get("participants"):
        from trainer.bundles.rows import TABLES, encode_row

        table = TABLES["participants"]
        here_rows = {row["id"]: encode_row(table, row) for row in session.execute(
            select(table).where(table.c.id.in_([p["id"] for p in tables["participants"]]))).mappings()}
        admitted["participants"] = []
        admission.profiles_left_out = sum(here_rows.get(p["id"]) != p for p in tables["participants"])
    already_here = _check_learning_rows(session, path, device_id, tables)
    if already_here:
        admitted["lesson_completions"] = [row for row in tables["lesson_completions"] if row["id"] not in already_here]
    admitted["quiz_attempts"], admitted["quiz_answers"] = _rescored(path, tables, quiz_for, admission)
    return admission


def _check_learning_rows(session: Session, path, device_id: str, tables: dict[str, list[dict]]) -> set[str]:
    """Refuse learning rows the sending laptop did not make; return the lesson completions already recorded here
    by another laptop. A completion's id is the fact itself (this learner, this lesson), so the same lesson read
    on two laptops is one row: the copy adds nothing and is left out. An attempt's id is its own, so an attempt
    here from another laptop under the same id is refused."""
    already_here: set[str] = set()
    for table, model in (("lesson_completions", LessonCompletion), ("quiz_attempts", QuizAttempt)):
        rows = tables.get(table, [])
        for row in rows:
            if row["origin_device_id"] != device_id:
                raise _refuse(path, "made-elsewhere", table=table, row=row["id"])
        ids = [row["id"] for row in rows]
        for start in range(0, len(ids), 500):
            for row_id, origin in session.execute(select(model.id, model.origin_device_id)
                                                  .where(model.id.in_(ids[start:start + 500]))):
                if origin == device_id:
                    continue
                if table != "lesson_completions":
                    raise _refuse(path, "made-elsewhere", table=table, row=row_id)
                already_here.add(row_id)
    for attempt in tables.get("quiz_attempts", []):
        if attempt["mode"] != "app":
            raise _refuse(path, "paper", row=attempt["id"])
    attempt_ids = {attempt["id"] for attempt in tables.get("quiz_attempts", [])}
    for answer in tables.get("quiz_answers", []):
        if answer["attempt_id"] not in attempt_ids:
            raise _refuse(path, "orphan-answer", row=answer["id"])
    ids = [answer["id"] for answer in tables.get("quiz_answers", [])]
    for start in range(0, len(ids), 500):
        for answer_id, attempt_id in session.execute(select(QuizAnswer.id, QuizAnswer.attempt_id)
                                                     .where(QuizAnswer.id.in_(ids[start:start + 500]))):
            if attempt_id not in attempt_ids:
                raise _refuse(path, "made-elsewhere", table="quiz_answers", row=answer_id)
    return already_here


def _rescored(path, tables: dict[str, list[dict]], quiz_for: Callable, admission: Admission) -> tuple[list, list]:
    """Attempts and answers with the scores this laptop gives them from the answers and its copy of the course."""
    from trainer.progress.scoring import quiz_score, score_response

    answers_of: dict[str, list[dict]] = {}
    for answer in tables.get("quiz_answers", []):
        answers_of.setdefault(answer["attempt_id"], []).append(answer)
    attempts, answers = [], []
    for attempt in tables.get("quiz_attempts", []):
        quiz = quiz_for(attempt["course_id"], attempt["quiz_id"])
        if quiz is None:
            raise _refuse(path, "unknown-quiz", quiz=attempt["quiz_id"], course=attempt["course_id"])
        questions = {question.id: question for question in quiz.questions}
        mine = answers_of.get(attempt["id"], [])
        rescored = [{**a, "score": score_response(questions[a["question_id"]], a["response"])
                     if a["question_id"] in questions else 0.0} for a in mine]
        answers += rescored
        if attempt["finished_at"] is None:
            attempts.append({**attempt, "score": None, "passed": None})
            continue
        score = quiz_score(quiz, {a["question_id"]: a["response"] for a in mine})
        attempts.append({**attempt, "score": score, "passed": score >= quiz.pass_mark})
        admission.rescored += 1
    return attempts, answers


def check_sender(session: Session, path, kind: str, device: dict, own_id: str, own_key: str,
                 importing: bool) -> tuple[bool, bool]:
    """Whether the laptop that signed a bundle may bring its kind of data: (it is this laptop, first seen now).

    This laptop's id with another key is a forgery. A laptop's key is recorded the first time it is seen, and
    another key for it later is refused (trainer.bundles.keys.trust_device). Workshop and organizer data need an
    approved laptop: `inspect` shows what it would bring, but importing refuses until a trainer approves it.
    """
    from trainer.bundles.keys import trust_device

    if device["id"] == own_id:
        if device["public_key"] != own_key:
            raise UserError(MESSAGES, "claims-this-laptop", path=path)
        return True, False
    new = trust_device(session, device["id"], device["name"], device["public_key"])
    if importing and kind != "participant" and not device_approved(session, device["id"]):
        raise UserError(MESSAGES, "not-approved", path=path, name=device["name"],
                        fingerprint=fingerprint(device["public_key"]))
    return False, new



CERTIFICATE_MESSAGES = {
    "forged-certificate": {
        "en": "{path}: certificate {number} does not match its signature by key {key}; nothing was imported",
        "es": "{path}: el certificado {number} no coincide con su firma por la clave {key}; no se importó nada",
    },
    "unknown-certificate-key": {
        "en": "{path}: certificate {number} is signed by key {key}, which neither this laptop nor the bundle has; "
              "nothing was imported",
        "es": "{path}: el certificado {number} está firmado con la clave {key}, que no tiene ni esta laptop ni el "
              "paquete; no se importó nada",
    },
    "forged-revocation": {
        "en": "{path}: the revocation of certificate {number} is not signed by the key that issued it; "
              "nothing was imported",
        "es": "{path}: la revocación del certificado {number} no está firmada por la clave que lo emitió; "
              "no se importó nada",
    },
    "changed-certificate": {
        "en": "{path}: certificate {number} differs from the one issued (only a revocation may be added); "
              "nothing was imported",
        "es": "{path}: el certificado {number} difiere del emitido (solo se le puede agregar una revocación); "
              "no se importó nada",
    },
}
FROZEN_CERTIFICATE_COLUMNS = ("code", "participant_id", "workshop_id", "course_id", "kind", "statement", "signature",
                              "key_id", "issued_at")


def check_certificates(session: Session, path, rows: list[dict], carried_keys: dict[str, bytes]) -> None:
    """Certificates from an approved laptop must still be genuine: signed by the key they name, frozen since issue,
    and revoked only by a revocation that key signed. An unsigned revocation (made before revocations were signed)
    is accepted only where this laptop already holds it."""
    from cryptography.hazmat.primitives import serialization

    from trainer.certificates.keys import known_keys, offered_keys
    from trainer.certificates.revocation import revocation_signature_matches
    from trainer.certificates.statement import SEPARATOR, parse_statement, signature_matches
    from trainer.storage.models import Certificate

    if not rows:
        return
    keys = {key_id: serialization.load_pem_public_key(data) for key_id, data in carried_keys.items()}
    keys.update({key_id: known.key for key_id, known in {**offered_keys(), **known_keys()}.items()})
    ids = [row["id"] for row in rows]
    existing = {}
    for start in range(0, len(ids), 500):
        for found in session.scalars(select(Certificate).where(Certificate.id.in_(ids[start:start + 500]))):
            existing[found.id] = found
    for row in rows:
        code, key_id = row["code"], row["key_id"]
        public_key = keys.get(key_id)
        if public_key is None:
            raise UserError(CERTIFICATE_MESSAGES, "unknown-certificate-key", path=path, number=code, key=key_id)
        try:
            statement = parse_statement(f"{row['statement']}{SEPARATOR}{row['signature']}")
        except UserError:
            raise UserError(CERTIFICATE_MESSAGES, "forged-certificate", path=path, number=code, key=key_id) from None
        if statement.facts.key_id != key_id or not signature_matches(statement, public_key) \
                or statement.facts.code.replace("-", "") != code.replace("-", ""):
            raise UserError(CERTIFICATE_MESSAGES, "forged-certificate", path=path, number=code, key=key_id)
        here = existing.get(row["id"])
        if row["revoked_at"] is not None and not revocation_signature_matches(
                code, _time(row["revoked_at"]), row["revoked_reason"] or "", row["revocation_signature"], public_key):
            held = here is not None and _plain(here.revoked_at) == row["revoked_at"] \
                and here.revoked_reason == row["revoked_reason"]
            if row["revocation_signature"] is not None or not held:
                raise UserError(CERTIFICATE_MESSAGES, "forged-revocation", path=path, number=code)
        if here is not None and any(_plain(getattr(here, column)) != _plain(row[column])
                                    for column in FROZEN_CERTIFICATE_COLUMNS):
            raise UserError(CERTIFICATE_MESSAGES, "changed-certificate", path=path, number=code)


def _time(text: str | None):
    from datetime import datetime

    from trainer.bundles.rows import TIME_FORMAT

    return datetime.strptime(text, TIME_FORMAT) if text else None


def _plain(value):
    from datetime import datetime

    from trainer.bundles.rows import TIME_FORMAT

    return value.strftime(TIME_FORMAT) if isinstance(value, datetime) else value
