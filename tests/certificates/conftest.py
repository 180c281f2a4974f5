"""A workshop of the example course with five 2-hour sessions, its organizer, and ways to pass its modules.

The room's laptop is set up like a real one: organization "Trainer", whose first organizer (PIN
PIN) runs the workshop and whose signing key is encrypted with PASSPHRASE. The `room` fixture
also puts the passphrase in TRAINER_KEY_PASSPHRASE, as a trainer's shell would.
"""

import io
from dataclasses import dataclass
from datetime import date

import pytest

from trainer.certificates.keys import PASSPHRASE_VARIABLE
from trainer.people.service import ProfileInput, add_participant, get_participant
from trainer.trust import Proof, set_up_organization
from trainer.progress.service import complete_lesson, record_attempt
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance

BASICS_RIGHT = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125,
                "digest-name": "SHA-256"}
BASICS_WRONG = {"who-ships": "bank", "parties": ["notary"], "notes-for-all": True, "total": 1, "digest-name": "MD5"}
LONG_NAME = "María de los Ángeles Domínguez Ñúñez"
TRAINER_NAME = "Rosa Elena Pérez"
PIN = "135790"
PASSPHRASE = "cafe con leche y pan"


def pass_basics(db, course, participant_id):
    record_attempt(db, participant_id, course, "basics-quiz", BASICS_RIGHT)


def pass_practice(db, course, participant_id):
    complete_lesson(db, participant_id, course, "try-a-lab")


def pass_everything(db, course, participant_id):
    pass_basics(db, course, participant_id)
    pass_practice(db, course, participant_id)


@dataclass
class Room:
    """A workshop, its sessions and its trainer, with helpers to enrol people and mark them."""

    db: object
    course: object
    workshop: object
    sessions: list
    trainer: object
    proof: Proof | None = None  # the trainer's proof, for calls that need one

    def person(self, name: str = LONG_NAME, language: str = "es", **profile):
        participant = add_participant(self.db, ProfileInput(name=name, language=language, **profile))
        enrol(self.db, self.workshop.id, [participant.id])
        return participant

    def attend(self, participant, statuses: str):
        """One letter per session: p present, l late, e excused, a absent, - not marked."""
        marks = {"p": "present", "l": "late", "e": "excused", "a": "absent"}
        for session, letter in zip(self.sessions, statuses):
            if letter != "-":
                record_attendance(self.db, session.id, participant.id, marks[letter])

    def graduate(self, name: str = LONG_NAME, language: str = "es"):
        """Someone who attended every session and passed every module."""
        participant = self.person(name, language)
        self.attend(participant, "ppppp")
        pass_everything(self.db, self.course, participant.id)
        return participant


def make_room(db, course, **workshop_options) -> Room:
    proof = set_up_organization(db, "Trainer", ProfileInput(name=TRAINER_NAME), PIN, PASSPHRASE)
    trainer = get_participant(db, proof.actor_id)
    workshop = create_workshop(db, "Taller Sololá", course.id, place="Sololá", country="GT", trainer_id=trainer.id,
                               **workshop_options)
    sessions = [add_session(db, workshop.id, date(2026, 3, day), 2) for day in range(2, 7)]
    return Room(db, course, workshop, sessions, trainer, proof)


@pytest.fixture
def room(db, example_course, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    return make_room(db, example_course)


@pytest.fixture
def exports(isolated, monkeypatch):
    folder = isolated / "exports"
    monkeypatch.setenv("TRAINER_EXPORTS", str(folder))
    return folder


@pytest.fixture
def cli(room, exports, monkeypatch, capsys):
    """Run the command line against the room's database as its trainer; returns (exit code, stdout, stderr)."""
    from trainer.cli import main

    monkeypatch.setenv("TRAINER_DATABASE_URL", room.db.url.render_as_string(hide_password=False))
    monkeypatch.setenv("TRAINER_AS", TRAINER_NAME)
    monkeypatch.setenv("TRAINER_PIN", PIN)

    def run(*argv, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
