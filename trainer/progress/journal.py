"""The learner's writes that are waiting for the database, kept in a file beside it.

While another program holds the database's write lock (or the disk is full) the app keeps the learner's
answers in memory and retries. This file is what makes those answers survive a crash, a power cut or a window
closed in the meantime: the writer puts every waiting write here as soon as one try fails, removes it once the
database has it, and the next start replays what is left, in order, through the same core functions. Each of
them is idempotent (a lesson done twice is done once; an attempt started twice is one attempt; an answer saved
twice is the last answer), so replaying a write that had in fact reached the database changes nothing.
"""

import json
from pathlib import Path

from trainer.errors import UserError
from trainer.files import atomic_write
from trainer.paths import data_dir
from trainer.progress import service

# The writes a learner makes, by name, with the JSON arguments each takes besides the database and the course.
OPERATIONS = {
    "complete_lesson": lambda db, course, a: service.complete_lesson(db, a["participant_id"], course, a["lesson_id"]),
    "start_attempt": lambda db, course, a: service.start_attempt(db, a["participant_id"], course, a["quiz_id"],
                                                                attempt_id=a["attempt_id"]),
    "save_answer": lambda db, course, a: service.save_answer(db, a["attempt_id"], course, a["question_id"],
                                                            a["response"]),
    "finish_attempt": lambda db, course, a: service.finish_attempt(db, a["attempt_id"], course),
}


def entry(operation: str, course_id: str, **arguments) -> dict:
    """One write as the journal keeps it."""
    if operation not in OPERATIONS:
        raise ValueError(f"unknown learner write {operation!r}")
    return {"operation": operation, "course": course_id, "arguments": arguments}


def journal_path(db) -> Path:
    """Beside an SQLite file (one journal per database); in the data folder for a server database."""
    if db.file is not None:
        return db.file.with_name(f"{db.file.name}.pending.json")
    return data_dir() / "pending-writes.json"


def keep(db, entries: list[dict]) -> None:
    """Make `entries` the journal (written whole under a temporary name, then renamed); none: no journal."""
    path = journal_path(db)
    if not entries:
        path.unlink(missing_ok=True)
        return
    atomic_write(path, json.dumps(entries, ensure_ascii=False).encode("utf-8"), private=True)


def waiting(db) -> list[dict]:
    """The writes a previous run left unsaved, oldest first ([] when there is no readable journal)."""
    try:
        entries = json.loads(journal_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [item for item in entries if isinstance(item, dict) and item.get("operation") in OPERATIONS]


def replay(db, courses: dict) -> tuple[int, int]:
    """Save what a previous run left waiting, then remove the journal. Returns (saved, refused): a write the
    core refuses (its course is gone, its attempt was finished elsewhere) is left out; an error that may pass
    (the database is locked again) propagates and keeps the journal for the next try."""
    saved = refused = 0
    for item in waiting(db):
        course = courses.get(item.get("course"))
        if course is None:
            refused += 1
            continue
        try:
            OPERATIONS[item["operation"]](db, course, item.get("arguments") or {})
            saved += 1
        except (UserError, KeyError, AttributeError):  # refused, an argument missing, or its attempt never saved
            refused += 1
    keep(db, [])
    return saved, refused
