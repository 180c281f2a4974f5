"""When two records are the same person: the one rule the roster import and the quick add share.

A person with an e-mail is the same person as another with the same name and
e-mail; a person without one is the same as another with the same name and
organization. Names and organizations are compared without regard to case,
accents or spacing ("José  Pérez" = "jose perez"); e-mails without regard to
case. So importing the same file twice, or adding by hand someone already
imported, never makes a second profile.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainer.progress.scoring import normalize_text
from trainer.storage.models import Participant


def identity_key(name: str, email: str | None, organization: str) -> tuple[str, str, str]:
    if email:
        return ("email", normalize_text(name), email.strip().casefold())
    return ("organization", normalize_text(name), normalize_text(organization or ""))


def known_people(session: Session) -> dict[tuple[str, str, str], str]:
    """Identity key -> participant id for everyone already recorded (the oldest profile wins a tie).

    A person is findable by both keys: by name + e-mail when they have one, and always by name + organization,
    so a roster without e-mails still finds people first recorded with one.
    """
    people = session.execute(select(Participant.id, Participant.name, Participant.email, Participant.organization)
                             .order_by(Participant.created_at.desc(), Participant.id.desc())).all()
    known = {}
    for participant_id, name, email, organization in people:
        known[identity_key(name, None, organization)] = participant_id
        if email:
            known[identity_key(name, email, organization)] = participant_id
    return known
