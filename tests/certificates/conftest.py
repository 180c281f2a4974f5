"""A workshop of the example course with five 2-hour sessions, and ways to pass its modules."""

from dataclasses import dataclass
from datetime import date

import pytest

from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, record_attempt
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance

BASICS_RIGHT = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125,
                "digest-name": "SHA-256"}
BASICS_WRONG = {"who-ships": "bank", "parties": ["notary"], "notes-for-all": True, "total": 1, "digest-name": "MD5"}
LONG_NAME = "María de los Ángeles Domínguez Ñúñez"


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
    trainer = add_participant(db, ProfileInput(name="Rosa Elena Pérez", role="trainer"))
    workshop = create_workshop(db, "Taller Sololá", course.id, place="Sololá", country="GT", trainer_id=trainer.id,
                               **workshop_options)
    sessions = [add_session(db, workshop.id, date(2026, 3, day), 2) for day in range(2, 7)]
    return Room(db, course, workshop, sessions, trainer)


@pytest.fixture
def room(db, example_course):
    return make_room(db, example_course)


@pytest.fixture
def exports(isolated, monkeypatch):
    folder = isolated / "exports"
    monkeypatch.setenv("TRAINER_EXPORTS", str(folder))
    return folder
