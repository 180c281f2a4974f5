"""`trainer certificates issue|batch|check|revoke|list|organization`.

Issuing, revoking and renaming the organization need a trainer's proof (--as NAME and the PIN);
issuing and revoking also need the organization key's passphrase, asked for each time and never
stored. Checking and listing need neither. Issuing again reprints what states the same facts; a
certificate whose facts would change is replaced (and the old one revoked) only with --reissue:
without it, what would change is listed and nothing is done.
"""

import sys
from pathlib import Path

from trainer.cli import available_course, open_db, say
from trainer.cli.proof import passphrase, require_proof
from trainer.errors import UserError
from trainer.certificates.statement import KIND_NAMES, difference_text
from trainer.i18n import pick

TEXT = {
    "new": {"en": "Issued {code} ({kind}) to {name}: {path}", "es": "Se emitió {code} ({kind}) a {name}: {path}"},
    "reissued": {
        "en": "Issued {code} ({kind}) to {name}, replacing {old} (now revoked: reissued): {path}",
        "es": "Se emitió {code} ({kind}) a {name}, en reemplazo de {old} (ahora revocado: reemitido): {path}",
    },
    "unchanged": {
        "en": "{name} already holds {code} ({kind}), which states the same; printed again: {path}",
        "es": "{name} ya tiene {code} ({kind}), que dice lo mismo; se imprimió de nuevo: {path}",
    },
    "changed": {"en": "  changed: {what}", "es": "  cambió: {what}"},
    "batch-line-new": {"en": "  new        {code}  {name}", "es": "  nuevo      {code}  {name}"},
    "batch-line-reissued": {
        "en": "  reissued   {code}  {name} (replaces {old}: {what})",
        "es": "  reemitido  {code}  {name} (reemplaza a {old}: {what})",
    },
    "batch-line-unchanged": {"en": "  reprinted  {code}  {name}", "es": "  reimpreso  {code}  {name}"},
    "batch-line-refused": {"en": "  not yet    {name}: {reasons}", "es": "  aún no     {name}: {reasons}"},
    "batch-summary": {
        "en": "{new} new, {unchanged} reprinted, {reissued} reissued (the old ones revoked), {refused} not eligible "
              "yet. Files in {folder}",
        "es": "{new} nuevos, {unchanged} reimpresos, {reissued} reemitidos (los anteriores quedan revocados), "
              "{refused} aún no cumplen. Archivos en {folder}",
    },
    "reissue-refused": {
        "en": "{changes}\nTo replace them (each old certificate is revoked as \"reissued\"), run the same command "
              "with --reissue.{keep}",
        "es": "{changes}\nPara reemplazarlos (cada certificado anterior queda revocado como \"reemitido\"), ejecute el "
              "mismo comando con --reissue.{keep}",
    },
    "keep-trainer": {
        "en": " To keep the trainer they state instead, add --trainer \"NAME\".",
        "es": " Para conservar el capacitador que indican, agregue en cambio --trainer \"NOMBRE\".",
    },
    "check-eligible": {"en": "  {kind:13} {name}", "es": "  {kind:13} {name}"},
    "check-refused": {"en": "  {label:13} {name}: {reasons}", "es": "  {label:13} {name}: {reasons}"},
    "not-eligible": {"en": "not yet", "es": "aún no"},
    "revoked": {"en": "Revoked {code} ({name}): {reason}", "es": "Se revocó {code} ({name}): {reason}"},
    "none": {
        "en": "No certificates yet. Issue one with: trainer certificates issue PARTICIPANT --course ID",
        "es": "Aún no hay certificados. Emita uno con: trainer certificates issue PARTICIPANTE --course ID",
    },
    "status-valid": {"en": "valid", "es": "válido"},
    "status-revoked": {"en": "revoked", "es": "revocado"},
    "organization": {"en": "Organization: {name}\nLogo: {logo}", "es": "Organización: {name}\nLogotipo: {logo}"},
    "not-named": {
        "en": "Not named yet: no certificate is issued until it is. Name it with: trainer certificates organization "
              "--name \"NAME\"",
        "es": "Aún sin nombre: no se emite ningún certificado hasta que lo tenga. Póngale nombre con: trainer "
              "certificates organization --name \"NOMBRE\"",
    },
    "no-logo": {"en": "(none)", "es": "(ninguno)"},
    "course-or-workshop": {
        "en": "say which certificate: --course ID, or --workshop ID (or both)",
        "es": "indique qué certificado: --course ID, o --workshop ID (o ambos)",
    },
}


def _course_and_workshop(db, args):
    from trainer.workshops.service import find_workshop

    if not args.course and not args.workshop:
        raise UserError(TEXT, "course-or-workshop")
    workshop = find_workshop(db, args.workshop) if args.workshop else None
    return available_course(args.course or workshop.course_id, args.lang), workshop


def _kind(kind: str, lang: str) -> str:
    return pick(KIND_NAMES[kind], lang)


def _what(outcome, lang: str) -> str:
    """What a replacement states otherwise, e.g. «name: “Maria” → “María”»."""
    return "; ".join(difference_text(*difference, lang) for difference in outcome.differences)


def _issuing(args, issue):
    """Run `issue(reissue)`: with --reissue every change is allowed; without it, what would change is said."""
    from trainer.certificates.issuing import ReissueNeeded

    try:
        return issue(args.reissue)
    except ReissueNeeded as error:
        trainer_changes = any(fact == "trainer" for c in error.changes for fact, _old, _new in c.differences)
        raise UserError(TEXT, "reissue-refused", changes=error.message(args.lang),
                        keep=say(TEXT, "keep-trainer", args.lang) if trainer_changes else "") from None


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():  # digits and a carriage return only: written past the filter of control characters
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.__stderr__, flush=True)


def run_issue(args) -> int:
    from trainer.certificates.issuing import issue_certificate
    from trainer.people.service import find_participant

    db = open_db()
    person = find_participant(db, args.participant)
    course, workshop = _course_and_workshop(db, args)
    proof = require_proof(args, db, "issue-certificates")
    secret = passphrase(args)
    outcome, path = _issuing(args, lambda reissue: issue_certificate(
        db, person.id, course, workshop_id=workshop.id if workshop else None, paper=args.paper, folder=args.out,
        issued_by_id=proof.actor_id, passphrase=secret, trainer=args.trainer, reissue=reissue))
    certificate = outcome.certificate
    print(say(TEXT, outcome.status, args.lang, code=certificate.code, name=certificate.facts.name, path=path,
              kind=_kind(certificate.facts.kind, args.lang),
              old=outcome.replaced.code if outcome.replaced else ""))
    if outcome.differences:
        print(say(TEXT, "changed", args.lang, what=_what(outcome, args.lang)))
    return 0


def run_batch(args) -> int:
    from trainer.certificates.issuing import issue_workshop_certificates
    from trainer.people.service import get_participant
    from trainer.workshops.service import find_workshop

    db = open_db()
    workshop = find_workshop(db, args.workshop)
    course = available_course(workshop.course_id, args.lang)
    proof = require_proof(args, db, "issue-certificates")
    secret = passphrase(args)
    result = _issuing(args, lambda reissue: issue_workshop_certificates(
        db, workshop.id, course, one_file=args.one_file, paper=args.paper, folder=args.out,
        issued_by_id=proof.actor_id, passphrase=secret, progress=_progress, trainer=args.trainer, reissue=reissue))
    for outcome in result.outcomes:
        print(say(TEXT, f"batch-line-{outcome.status}", args.lang, code=outcome.certificate.code,
                  name=outcome.certificate.facts.name, old=outcome.replaced.code if outcome.replaced else "",
                  what=_what(outcome, args.lang)))
    for participant_id, eligibility in result.not_eligible.items():
        print(say(TEXT, "batch-line-refused", args.lang, name=get_participant(db, participant_id).name,
                  reasons=eligibility.explain(args.lang)))
    counts = {status: sum(o.status == status for o in result.outcomes) for status in ("new", "reissued", "unchanged")}
    print(say(TEXT, "batch-summary", args.lang, **counts, refused=len(result.not_eligible),
              folder=result.files[0].parent))
    return 0


def run_check(args) -> int:
    from trainer.certificates.eligibility import course_eligibility, workshop_eligibility
    from trainer.people.service import find_participant, get_participant

    db = open_db()
    course, workshop = _course_and_workshop(db, args)
    if args.participant:
        person = find_participant(db, args.participant)
        eligibilities = ({person.id: workshop_eligibility(db, workshop.id, course, [person.id])[person.id]}
                         if workshop else {person.id: course_eligibility(db, person.id, course)})
    else:
        if workshop is None:
            raise UserError(TEXT, "course-or-workshop")
        eligibilities = workshop_eligibility(db, workshop.id, course)
    print(f"{workshop.title if workshop else pick(course.title, args.lang)}")
    for participant_id, eligibility in eligibilities.items():
        name = get_participant(db, participant_id).name
        if eligibility.eligible:
            print(say(TEXT, "check-eligible", args.lang, kind=_kind(eligibility.kind, args.lang), name=name))
        else:
            print(say(TEXT, "check-refused", args.lang, label=say(TEXT, "not-eligible", args.lang), name=name,
                      reasons=eligibility.explain(args.lang)))
    return 0


def run_revoke(args) -> int:
    from trainer.certificates.issuing import revoke_certificate

    db = open_db()
    proof = require_proof(args, db, "revoke-certificate")
    certificate = revoke_certificate(db, args.code, args.reason, passphrase=passphrase(args),
                                     revoked_by_id=proof.actor_id)
    print(say(TEXT, "revoked", args.lang, code=certificate.code, name=certificate.facts.name,
              reason=certificate.revoked_reason))
    return 0


def run_list(args) -> int:
    from trainer.certificates.issuing import list_certificates
    from trainer.people.service import find_participant

    db = open_db()
    person = find_participant(db, args.participant) if args.participant else None
    certificates = list_certificates(db, person.id if person else None)
    if not certificates:
        print(say(TEXT, "none", args.lang))
    for certificate in certificates:
        facts = certificate.facts
        status = say(TEXT, "status-revoked" if certificate.revoked else "status-valid", args.lang)
        print(f"{certificate.code}  {status:9} {_kind(facts.kind, args.lang):13} {facts.issued_on}  "
              f"{facts.course[:34]:34}  {facts.name}")
    return 0


def run_organization(args) -> int:
    from trainer.certificates.organization import organization, organization_named, set_organization

    db = open_db()
    logo = "" if args.no_logo else args.logo
    if args.name or logo is not None:
        require_proof(args, db, "set-organization")
        current = set_organization(db, args.name, logo)
    else:
        current = organization(db)
    print(say(TEXT, "organization", args.lang, name=current.name, logo=current.logo or say(TEXT, "no-logo", args.lang)))
    if not organization_named(db):
        print(say(TEXT, "not-named", args.lang))
    return 0


def register(commands) -> None:
    certificates = commands.add_parser(
        "certificates", help="issue, print, revoke and list certificates",
        description="Certificates are signed with this organization's key, kept encrypted in the data folder. "
                    "Issuing, revoking and naming the organization need a trainer: --as NAME and the PIN (asked for, "
                    "or TRAINER_AS and TRAINER_PIN); signing also needs the key's passphrase (asked for, or "
                    "TRAINER_KEY_PASSPHRASE). Check a certificate with: trainer verify",
    ).add_subparsers(dest="action", required=True)

    def course_options(parser) -> None:
        parser.add_argument("--course", help="course id (default: the workshop's course)")
        parser.add_argument("--workshop", help="workshop id (or its first characters) or exact title")

    def issue_options(parser) -> None:
        parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
        parser.add_argument("--out", type=Path, help="folder for the PDFs (default: exports/certificates/...)")
        parser.add_argument("--trainer", metavar="NAME", help="the trainer's name as certificates state it (default: the workshop's "
                                              "trainer, else the one its certificates already name, else you)")
        parser.add_argument("--reissue", action="store_true",
                            help="replace certificates whose facts changed (the old ones are revoked); without it, "
                                 "what would change is listed and nothing is issued")

    issue = certificates.add_parser("issue", help="issue one participant's certificate and write its PDF")
    issue.add_argument("participant", help="the participant's id (or its first characters) or exact name")
    course_options(issue)
    issue_options(issue)
    issue.set_defaults(run=run_issue)

    batch = certificates.add_parser("batch", help="issue the certificates of everyone eligible in a workshop")
    batch.add_argument("--workshop", required=True, help="workshop id (or its first characters) or exact title")
    batch.add_argument("--one-file", action="store_true", help="one PDF with every page, to print at once")
    issue_options(batch)
    batch.set_defaults(run=run_batch)

    check = certificates.add_parser("check", help="who may receive a certificate, and why not yet")
    check.add_argument("participant", nargs="?", help="one participant (default: everyone in --workshop)")
    course_options(check)
    check.set_defaults(run=run_check)

    revoke = certificates.add_parser("revoke", help="revoke a certificate this organization issued, saying why")
    revoke.add_argument("code", help="the code printed on it, e.g. TRN-7K3Q-M9XA")
    revoke.add_argument("--reason", required=True, help="why it is revoked (shown to whoever verifies it)")
    revoke.set_defaults(run=run_revoke)

    listing = certificates.add_parser("list", help="list certificates, everyone's or one participant's")
    listing.add_argument("participant", nargs="?", help="the participant's id (or its first characters) or exact name")
    listing.set_defaults(run=run_list)

    org = certificates.add_parser("organization", help="show or set the organization's name and logo on certificates")
    org.add_argument("--name", help="the organization's name, as printed")
    logo = org.add_mutually_exclusive_group()
    logo.add_argument("--logo", help="a PNG or JPEG file (it is copied into the data folder)")
    logo.add_argument("--no-logo", action="store_true", help="print certificates without a logo")
    org.set_defaults(run=run_organization)
