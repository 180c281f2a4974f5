"""A trainer for CLI tests: an organizer in the CLI's database, named by TRAINER_AS with their PIN in TRAINER_PIN.

Import the fixture where commands that change data are run: `from tests.cli_proof import organizer`.
"""

import pytest
from sqlalchemy import select

from trainer.people.pins import LEADER_PIN_PATTERN
from trainer.people.service import ProfileInput, account, add_participant, set_pin
from trainer.storage.database import Database, open_database
from trainer.storage.models import Base

ORGANIZER, PIN = "Rosa Díaz", "246810"
PROOF_BOOKKEEPING = ("accounts", "trust_events")  # what a refused PIN changes: the tries counted, the try recorded


def make_organizer(db: Database, name: str = ORGANIZER, pin: str = PIN):
    """An organizer with a PIN, as `trainer setup` leaves one (without making the organization's signing key)."""
    person = add_participant(db, ProfileInput(name=name))
    set_pin(db, person.id, pin, LEADER_PIN_PATTERN)
    with db.session() as session:
        account(session, person.id).role = "organizer"
    return person


@pytest.fixture
def organizer(monkeypatch):
    """The organizer of the CLI's default database, who every command that changes data runs as."""
    db = open_database()
    person = make_organizer(db)
    db.dispose()
    monkeypatch.setenv("TRAINER_AS", ORGANIZER)
    monkeypatch.setenv("TRAINER_PIN", PIN)
    return person


def snapshot(db: Database, leave_out: tuple[str, ...] = ()) -> dict[str, list]:
    """Every row of every table: equal snapshots mean a command changed nothing."""
    with db.session() as session:
        return {name: sorted(tuple(map(str, row)) for row in session.execute(select(table)))
                for name, table in Base.metadata.tables.items() if name not in leave_out}
