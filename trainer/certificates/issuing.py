"""Issuing certificates (one, or a whole workshop at once), re-issuing, revoking and listing them.

A certificate is frozen when issued: its row keeps the signed statement, and every later print is
drawn from that statement, so renaming a participant or editing a course changes no certificate.
Issuing again with the same facts prints the existing certificate again (same code), whoever issues:
the trainer named is the one typed (`--trainer`), else the workshop's, else the one its valid
certificates already name, else whoever issues. When the facts differ (a corrected name, more hours,
another trainer...), a new certificate replaces the current one, which is revoked with the reason
"reissued", only once the trainer confirmed exactly those changes (ReissueNeeded lists them).
Nothing is issued while the organization has no name (it would print the app's own name).
A person holds at most one valid certificate per course without a workshop, and one per workshop,
from this organization (another organization's certificate is theirs to revoke, never ours).

Revoking is signed with the organization key (trainer.certificates.revocation), so the revocation
can travel in bundles and other laptops can tell it came from the issuer; that is why only the
laptop holding the key that signed a certificate can revoke it.

Issuing writes nothing until every page is drawn. Then every file is written (to hidden temporary
names, flushed, then renamed into place) and only when all are there are the certificates recorded in
one transaction; if a file cannot be written (a full disk) or the transaction fails, every new file is
removed and nothing is recorded (trainer.files.write_all_then). A `progress(done, total)` callback that
raises (a Cancel button) therefore leaves neither a certificate nor a file behind, and so does a full disk.
"""

import errno
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from trainer.certificates.codes import code_core, display_code, new_code
from trainer.certificates.eligibility import Eligibility, course_eligibility, workshop_eligibility
from trainer.certificates.keys import own_key_id, signing_key
from trainer.certificates.organization import Organization, named_organization, organization, organization_name
from trainer.certificates.pdf import PAPERS, CertificatePage, render_certificates
from trainer.certificates.revocation import sign_revocation
from trainer.certificates.statement import (
    Facts, SignedStatement, clean_field, difference_text, differences, parse_statement, sign,
)
from trainer.countries import COUNTRIES
from trainer.courses.model import Course
from trainer.errors import UserError
from trainer.files import WriteError, atomic_write, file_stem, write_all_then
from trainer.i18n import LANGUAGES, pick
from trainer.paths import exports_dir
from trainer.storage.backups import backup_before
from trainer.storage.database import Database
from trainer.storage.models import Certificate, Participant, TrustEvent, Workshop, WorkshopSession, utc_now
from trainer.workshops.service import load_workshop

REISSUED = "reissued"
TRAINER_NAME_LIMIT = 120
NEW, REPLACED, UNCHANGED = "new", "reissued", "unchanged"

MESSAGES = {
    "unknown-participant": {"en": "no participant '{key}'", "es": "no existe el participante '{key}'"},
    "bad-paper": {
        "en": "paper '{value}' is not one of: a4, letter",
        "es": "el papel '{value}' no es uno de: a4, letter (carta)",
    },
    "unknown-code": {
        "en": "no certificate with code {number} on this laptop; see 'trainer certificates list'",
        "es": "no hay un certificado con el código {number} en esta computadora; vea 'trainer certificates list'",
    },
    "bad-code": {
        "en": "'{typed}' is not a certificate code: a code looks like TRN-7K3Q-M9XA",
        "es": "'{typed}' no es un código de certificado: un código se ve así: TRN-7K3Q-M9XA",
    },
    "already-revoked": {
        "en": "certificate {number} was already revoked on {when} ({reason})",
        "es": "el certificado {number} ya fue revocado el {when} ({reason})",
    },
    "not-ours": {
        "en": "certificate {number} was issued by {organization} with key {key_id}, not with this laptop's "
              "organization key; only the issuing organization can revoke it",
        "es": "el certificado {number} lo emitió {organization} con la clave {key_id}, no con la clave de la "
              "organización de esta computadora; solo la organización que lo emitió puede revocarlo",
    },
    "reason-required": {
        "en": "say why the certificate is revoked (it is recorded and shown to whoever checks it)",
        "es": "indique por qué se revoca el certificado (queda registrado y se muestra a quien lo verifique)",
    },
    "reissue-needed": {
        "en": "issuing again would change what {count} certificate(s) already handed out state; each would be "
              "revoked and replaced. Nothing was issued:",
        "es": "emitir de nuevo cambiaría lo que dicen {count} certificado(s) ya entregado(s); cada uno quedaría "
              "revocado y se emitiría otro en su lugar. No se emitió nada:",
    },
    "bad-trainer": {
        "en": "the trainer's name on certificates must have 1 to {limit} characters",
        "es": "el nombre del capacitador en los certificados debe tener entre 1 y {limit} caracteres",
    },
    "nobody-eligible": {
        "en": "nobody in workshop '{title}' can receive a certificate yet; see why with 'trainer certificates check'",
        "es": "nadie del taller '{title}' puede recibir un certificado todavía; "
              "vea por qué con 'trainer certificates check'",
    },
}


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate as recorded on this laptop; what it states is `statement.facts`."""

    code: str
    participant_id: str
    workshop_id: str | None
    course_id: str
    statement: SignedStatement
    issued_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None
    revocation_signature: str | None = None  # the issuing organization's signature of the revocation

    @property
    def facts(self) -> Facts:
        return self.statement.facts

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class Outcome:
    """What issuing did for one person: a `new` certificate, one that `reissued` (replaced) another, or `unchanged`."""

    certificate: IssuedCertificate
    status: str
    replaced: IssuedCertificate | None = None
    differences: tuple[tuple[str, str, str], ...] = ()  # what the replacement states otherwise


@dataclass(frozen=True)
class IssueResult:
    outcomes: list[Outcome]
    not_eligible: dict[str, Eligibility]
    files: list[Path]


def _issued(row: Certificate) -> IssuedCertificate:
    statement = parse_statement(f"{row.statement}|{row.signature}")
    return IssuedCertificate(row.code, row.participant_id, row.workshop_id, row.course_id, statement, row.issued_at,
                             row.revoked_at, row.revoked_reason, row.revocation_signature)


def _place(workshop: Workshop, lang: str) -> str:
    country = pick(COUNTRIES[workshop.country], lang) if workshop.country in COUNTRIES else ""
    if country and country.lower() in workshop.place.lower():
        country = ""
    return ", ".join(part for part in (workshop.place, country) if part)


def module_titles(course: Course | None, facts: Facts) -> tuple[str, ...]:
    """The stated modules' titles in the certificate's language, or their ids for a course this laptop lacks."""
    titles = []
    for module_id in facts.module_ids:
        module = course.module(module_id) if course is not None and course.id == facts.course_id else None
        titles.append(pick(module.title, facts.language) if module else module_id)
    return tuple(titles)


@dataclass
class _Context:
    """What every certificate of one issuing run shares."""

    course: Course
    workshop: Workshop | None
    period: tuple[date, date] | None
    trainer: str  # typed by whoever issues, else the workshop's trainer; "" for neither
    issuer: str  # who issues: the trainer named when nobody else is
    organization: Organization
    key_id: str
    private_key: object
    issued_on: date


@dataclass(frozen=True)
class Change:
    """What issuing again would change on a certificate already handed out, which would then be revoked."""

    participant_id: str
    code: str  # the certificate it would replace
    name: str  # as that certificate states it
    differences: tuple[tuple[str, str, str], ...]  # (fact, old, new), see trainer.certificates.statement.differences

    def text(self, lang: str) -> str:
        return f"  {self.code}  {self.name}: " + "; ".join(difference_text(*d, lang) for d in self.differences)


class ReissueNeeded(UserError):
    """Issuing would change facts on certificates already handed out; nothing was done until `changes` are confirmed."""

    def __init__(self, changes: tuple[Change, ...]):
        self.changes = changes
        super().__init__(MESSAGES, "reissue-needed", count=len(changes))

    def message(self, lang: str = "en") -> str:
        return "\n".join([super().message(lang), *(change.text(lang) for change in self.changes)])


@dataclass(frozen=True)
class _Planned:
    """One eligible person's certificate as it would be now, and the valid one they hold, if any."""

    participant_id: str
    facts: Facts
    current: IssuedCertificate | None
    differences: tuple[tuple[str, str, str], ...]

    @property
    def unchanged(self) -> bool:
        return self.current is not None and not self.differences


def _facts(context: _Context, person: Participant, eligibility: Eligibility, trainer: str) -> Facts:
    lang = person.language if person.language in LANGUAGES else LANGUAGES[0]
    workshop = context.workshop
    return Facts(
        code=new_code(), name=person.name, kind=eligibility.kind, course=pick(context.course.title, lang),
        hours=eligibility.hours, period=context.period, place=_place(workshop, lang) if workshop else "",
        trainer=trainer, organization=context.organization.name, issued_on=context.issued_on, language=lang,
        course_id=context.course.id, module_ids=eligibility.module_ids, key_id=context.key_id,
    )


def _valid(course_id: str, workshop_id: str | None, key: str):
    """The query of unrevoked certificates for this course, or this workshop, signed with `key`."""
    return select(Certificate).where(
        Certificate.course_id == course_id, Certificate.revoked_at.is_(None), Certificate.key_id == key,
        Certificate.workshop_id.is_(None) if workshop_id is None else Certificate.workshop_id == workshop_id,
    )


def _active(session, participant_ids: list[str], course_id: str, workshop_id: str | None,
            key: str) -> dict[str, Certificate]:
    """Each person's current (unrevoked) certificate for this course, or this workshop, signed with `key`."""
    query = _valid(course_id, workshop_id, key).where(Certificate.participant_id.in_(participant_ids))
    return {row.participant_id: row for row in session.scalars(query.order_by(Certificate.issued_at))}


def _trainer(session, context: _Context, active: dict[str, Certificate]) -> str:
    """The trainer the certificates name: the one typed or the workshop's; else the one its valid certificates
    (a course certificate: the person's) already name, so that who happens to issue again changes nothing; else
    whoever issues."""
    if context.trainer:
        return context.trainer
    if context.workshop is not None:
        latest = session.scalars(_valid(context.course.id, context.workshop.id, context.key_id)
                                 .order_by(Certificate.issued_at.desc()).limit(1)).first()
    else:
        latest = max(active.values(), key=lambda row: row.issued_at, default=None)
    stated = _issued(latest).facts.trainer if latest is not None else ""
    return stated or context.issuer


def _plan(db: Database, context: _Context, eligible: list[Eligibility]) -> list[_Planned]:
    """Decide, without signing or writing anything, what each eligible person's certificate would state now."""
    workshop_id = context.workshop.id if context.workshop else None
    planned = []
    ids = [e.participant_id for e in eligible]
    with db.session() as session:
        people = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))}
        active = _active(session, ids, context.course.id, workshop_id, context.key_id)
        trainer = _trainer(session, context, active)
        for eligibility in eligible:
            person = people[eligibility.participant_id]
            facts = _facts(context, person, eligibility, trainer)
            current = _issued(active[person.id]) if person.id in active else None
            planned.append(_Planned(person.id, facts, current, differences(current.facts, facts) if current else ()))
    return planned


def _changes(planned: list[_Planned]) -> tuple[Change, ...]:
    return tuple(Change(p.participant_id, p.current.code, p.current.facts.name, p.differences)
                 for p in planned if p.current is not None and p.differences)


def _check_reissue(planned: list[_Planned], reissue: bool | Collection[Change]) -> None:
    """ReissueNeeded unless every change to a certificate handed out is allowed (`True`) or was confirmed."""
    changes = _changes(planned)
    if changes and reissue is not True and (reissue is False or not set(changes) <= set(reissue)):
        raise ReissueNeeded(changes)


def _outcomes(context: _Context, planned: list[_Planned]) -> list[Outcome]:
    """Sign what is new or changed; the same facts keep the same certificate (printed again)."""
    outcomes = []
    workshop_id = context.workshop.id if context.workshop else None
    for plan in planned:
        if plan.unchanged:
            outcomes.append(Outcome(plan.current, UNCHANGED))
            continue
        statement = sign(plan.facts, context.private_key)
        certificate = IssuedCertificate(statement.facts.code, plan.participant_id, workshop_id, context.course.id,
                                        statement, utc_now(), None, None)
        outcomes.append(Outcome(certificate, REPLACED if plan.current else NEW, plan.current, plan.differences))
    return outcomes


def _record(db: Database, context: _Context, outcomes: list[Outcome], issued_by_id: str | None) -> None:
    """Store the new certificates and revoke (signed) the ones they replace, all in one transaction."""
    device = db.device_id()
    with db.session() as session:
        for outcome in outcomes:
            if outcome.status == UNCHANGED:
                continue
            certificate = outcome.certificate
            session.add(Certificate(
                code=certificate.code, participant_id=certificate.participant_id, workshop_id=certificate.workshop_id,
                course_id=certificate.course_id, kind=certificate.facts.kind, statement=certificate.statement.text,
                signature=certificate.statement.signature, key_id=certificate.facts.key_id,
                issued_at=certificate.issued_at, issued_by_id=issued_by_id, origin_device_id=device,
            ))
            if outcome.replaced is not None:
                old = session.scalar(select(Certificate).where(Certificate.code == outcome.replaced.code))
                old.revoked_at, old.revoked_reason = certificate.issued_at, REISSUED
                old.revocation_signature = sign_revocation(context.private_key, old.code, certificate.issued_at,
                                                           REISSUED)


def _record_or_say_why(db: Database, context: _Context, outcomes: list[Outcome], issued_by_id: str | None) -> None:
    """_record, with SQLite's "database or disk is full" said as a full disk naming the database's folder."""
    from sqlalchemy.exc import OperationalError

    try:
        _record(db, context, outcomes, issued_by_id)
    except OperationalError as error:
        if db.file is not None and "full" in str(error.orig).lower():
            raise WriteError(db.file.parent, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))) from error
        raise


def _folder(course_id: str, workshop: Workshop | None) -> Path:
    """exports/certificates/<workshop title>-<id>/, or exports/certificates/<course id>/ without a workshop."""
    name = f"{file_stem(workshop.title, 'certificates')}-{workshop.id[:8]}" if workshop else file_stem(course_id, "certificates")
    return exports_dir() / "certificates" / name


def _render_files(
    certificates: list[IssuedCertificate], course: Course | None, folder: Path, one_file: str | None, paper: str,
    logo: Path | None, progress: Callable[[int, int], None] | None,
) -> dict[Path, bytes]:
    """Every file's bytes, drawn in memory: nothing touches the disk until all are ready."""
    pages = [CertificatePage(c.statement, module_titles(course, c.facts)) for c in certificates]
    if one_file:
        return {folder / one_file: render_certificates(pages, paper, logo, progress)}
    files = {}
    for index, page in enumerate(pages):
        name = f"{file_stem(page.statement.facts.name, 'certificate')}_{page.statement.facts.code}.pdf"
        files[folder / name] = render_certificates([page], paper, logo)
        if progress is not None:
            progress(index + 1, len(pages))
    return files


def _check_paper(paper: str) -> None:
    if paper not in PAPERS:
        raise UserError(MESSAGES, "bad-paper", value=paper)


def _trainer_override(trainer: str | None) -> str:
    """The trainer's name as typed to override the workshop's, checked; "" when none was typed."""
    if trainer is None:
        return ""
    name = clean_field(trainer)
    if not name or len(name) > TRAINER_NAME_LIMIT:
        raise UserError(MESSAGES, "bad-trainer", limit=TRAINER_NAME_LIMIT)
    return name


def _context(db: Database, course: Course, workshop_id: str | None, issued_by_id: str | None, trainer: str | None,
             passphrase: str | None) -> _Context:
    override = _trainer_override(trainer)
    with db.session() as session:
        workshop = load_workshop(session, workshop_id) if workshop_id else None
        named = session.get(Participant, workshop.trainer_id) if workshop and workshop.trainer_id else None
        issuer = session.get(Participant, issued_by_id) if issued_by_id else None
        days = session.scalars(select(WorkshopSession.date).where(WorkshopSession.workshop_id == workshop_id)).all() \
            if workshop else []
    org = named_organization(db)
    key, private_key = signing_key(org.name, passphrase)
    return _Context(course, workshop, (min(days), max(days)) if days else None,
                    override or (named.name if named else ""), issuer.name if issuer else "", org, key, private_key,
                    date.today())


def _issue(db: Database, context: _Context, eligibilities: dict[str, Eligibility], planned: list[_Planned], *,
           paper: str, one_file: str | None, folder: Path | None, issued_by_id: str | None,
           progress: Callable[[int, int], None] | None) -> IssueResult:
    outcomes = _outcomes(context, planned)
    outcomes.sort(key=lambda o: (o.certificate.facts.name.lower(), o.certificate.code))
    target = folder or _folder(context.course.id, context.workshop)
    files = _render_files([o.certificate for o in outcomes], context.course, target, one_file, paper,
                          context.organization.logo, progress) if outcomes else {}
    # Every PDF is written (under hidden temporary names, then put in place) before the certificates are
    # recorded; a full disk or a failed commit removes every new file and restores any it replaced.
    write_all_then(files, lambda: _record_or_say_why(db, context, outcomes, issued_by_id))
    return IssueResult(outcomes, {pid: e for pid, e in eligibilities.items() if not e.eligible}, list(files))


def issue_certificate(
    db: Database, participant_id: str, course: Course, *, workshop_id: str | None = None, paper: str = "a4",
    folder: Path | None = None, issued_by_id: str | None = None, passphrase: str | None = None,
    trainer: str | None = None, reissue: bool | Collection[Change] = True,
) -> tuple[Outcome, Path]:
    """Issue (or print again, if nothing changed) one person's course or workshop certificate, and write its PDF.

    Raises a UserError with every reason when the person is not eligible. `trainer` replaces the trainer the
    certificate would name; `reissue` says which changes to a valid certificate may replace it (see
    issue_workshop_certificates).
    """
    _check_paper(paper)
    with db.session() as session:
        person = session.get(Participant, participant_id)
    if person is None:
        raise UserError(MESSAGES, "unknown-participant", key=participant_id)
    eligibility = (workshop_eligibility(db, workshop_id, course, [participant_id])[participant_id] if workshop_id
                   else course_eligibility(db, participant_id, course))
    if not eligibility.eligible:
        raise eligibility.refusal(person.name)
    context = _context(db, course, workshop_id, issued_by_id, trainer, passphrase)
    planned = _plan(db, context, [eligibility])
    _check_reissue(planned, reissue)
    result = _issue(db, context, {participant_id: eligibility}, planned, paper=paper, one_file=None, folder=folder,
                    issued_by_id=issued_by_id, progress=None)
    return result.outcomes[0], result.files[0]


def issue_workshop_certificates(
    db: Database, workshop_id: str, course: Course, *, one_file: bool = False, paper: str = "a4",
    folder: Path | None = None, issued_by_id: str | None = None, passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None, trainer: str | None = None,
    reissue: bool | Collection[Change] = True,
) -> IssueResult:
    """Certificates for everyone eligible in a workshop: a PDF per person, or (`one_file`) one PDF to print.

    Files go to `folder` (default: exports/certificates/<workshop>/). Someone whose certificate
    would state the same as before keeps it (and it is printed again); `progress(done, total)` is
    called after each page and may raise to cancel, which leaves nothing behind.

    A certificate that would now state other facts (a corrected name, more hours, another trainer...)
    is replaced, and the old one revoked, only as `reissue` allows: True (any change), False (none:
    ReissueNeeded lists them and nothing is done) or the changes a trainer confirmed (any other change
    raises ReissueNeeded). The CLI and the console always say which; True is for scripts.
    """
    _check_paper(paper)
    eligibilities = workshop_eligibility(db, workshop_id, course)
    context = _context(db, course, workshop_id, issued_by_id, trainer, passphrase)
    if not any(e.eligible for e in eligibilities.values()):
        raise UserError(MESSAGES, "nobody-eligible", title=context.workshop.title)
    planned = _plan(db, context, [e for e in eligibilities.values() if e.eligible])
    _check_reissue(planned, reissue)
    one = f"{file_stem(context.workshop.title, 'certificates')}_{paper}.pdf" if one_file else None
    backup_before(db, "certificate-batch")
    return _issue(db, context, eligibilities, planned, paper=paper, one_file=one, folder=folder,
                  issued_by_id=issued_by_id, progress=progress)


def _find(session, code: str) -> Certificate:
    core = code_core(code)
    if not core:
        raise UserError(MESSAGES, "bad-code", typed=code)
    row = session.scalar(select(Certificate).where(Certificate.code == display_code(core)))
    if row is None:
        raise UserError(MESSAGES, "unknown-code", number=display_code(core))
    return row


def find_certificate(db: Database, code: str) -> IssuedCertificate | None:
    """The certificate with this code on this laptop, or None (a malformed code is a UserError)."""
    try:
        with db.session() as session:
            return _issued(_find(session, code))
    except UserError as error:
        if error.code == "unknown-code":
            return None
        raise


def revoke_certificate(db: Database, code: str, reason: str, *, passphrase: str | None = None,
                       revoked_by_id: str | None = None) -> IssuedCertificate:
    """Revoke a certificate this organization issued, for a stated reason, signed with the organization key.

    Verifying it then says revoked, and why, here and on every laptop the revocation reaches.
    `passphrase` opens the key (else TRAINER_KEY_PASSPHRASE); `revoked_by_id` is recorded.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise UserError(MESSAGES, "reason-required")
    with db.session() as session:
        row = _find(session, code)
        if row.revoked_at is not None:
            raise UserError(MESSAGES, "already-revoked", number=row.code, when=f"{row.revoked_at:%Y-%m-%d}",
                            reason=row.revoked_reason)
        facts = _issued(row).facts
        not_ours = UserError(MESSAGES, "not-ours", number=row.code, organization=facts.organization,
                             key_id=row.key_id)
        if row.key_id != own_key_id():
            raise not_ours
        key, private_key = signing_key(organization_name(db), passphrase)
        if key != row.key_id:
            raise not_ours
        revoked_at = utc_now()
        row.revoked_at, row.revoked_reason = revoked_at, reason
        row.revocation_signature = sign_revocation(private_key, row.code, revoked_at, reason)
        session.add(TrustEvent(actor_id=revoked_by_id, action="certificate-revoked",
                               detail=f"{row.code}: {reason}"[:2000], at=revoked_at))
        return _issued(row)


def reprint_certificate(db: Database, code: str, course: Course | None = None, *, paper: str = "a4",
                        folder: Path | None = None) -> Path:
    """Write a certificate's PDF again from its frozen statement (module titles from `course` when given)."""
    _check_paper(paper)
    with db.session() as session:
        certificate = _issued(_find(session, code))
        workshop = session.get(Workshop, certificate.workshop_id) if certificate.workshop_id else None
    target = folder or _folder(certificate.course_id, workshop)
    files = _render_files([certificate], course, target, None, paper, organization(db).logo, None)
    for path, data in files.items():
        atomic_write(path, data)
    return next(iter(files))


def list_certificates(db: Database, participant_id: str | None = None) -> list[IssuedCertificate]:
    """Certificates recorded on this laptop, newest first: everyone's, or one participant's."""
    with db.session() as session:
        query = select(Certificate).order_by(Certificate.issued_at.desc())
        if participant_id is not None:
            query = query.where(Certificate.participant_id == participant_id)
        return [_issued(row) for row in session.scalars(query)]


def participant_certificates(db: Database, participant_id: str) -> list[IssuedCertificate]:
    """A learner's certificates for "My progress", valid ones first, then revoked ones, newest first within each."""
    return sorted(list_certificates(db, participant_id), key=lambda c: c.revoked)
