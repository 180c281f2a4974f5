"""Exporting and merging 40 participants' bundles into a 300-participant database, against a bare-import floor.

Each of 40 simulated laptops holds one participant who has done a whole course
(every lesson, three attempts at every quiz, every question answered). The
trainer's database holds a workshop of 300 participants. Measured: exporting
the 40 bundles, importing them (checks, signature, merge; one transaction per
bundle), importing them again (nothing new), and the floor (`bare_import`): what
any import of these files must do, with nothing of Trainer's: open each zip,
read every entry and check its SHA-256 against the manifest, verify the
manifest's Ed25519 signature, parse the JSON, and insert the rows with raw
sqlite3 executemany (skipping rows already there), one durable commit per bundle (WAL, synchronous=FULL),
into an identical copy of the database. Budget from ../shared/DESIGN.md:
merging 40 laptop bundles under 2 s.

    python bench/bundles.py [--bundles 40] [--participants 300]
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def full_course():
    from trainer.courses.loader import load_course

    for name in ("ecommerce-export", "example"):
        load = load_course(REPO / "courses" / name)
        if load.available:
            return load.course
    raise SystemExit("no course loads")


def answer(question):
    """A well-formed response to any question type (right or wrong does not matter here)."""
    return {"single": lambda: question.options[0].id, "multiple": lambda: [question.options[0].id],
            "true_false": lambda: True, "numeric": lambda: 1.0, "text": lambda: "answer"}[question.type]()


def migrated_template(work: Path) -> Path:
    """An empty database at the latest schema, closed (so its WAL is checkpointed into the file that is copied)."""
    from trainer.storage.database import Database

    template = work / "template.sqlite"
    if not template.exists():
        migrated = Database(f"sqlite:///{template}")
        migrated.migrate()
        migrated.dispose()
    return template


def make_bundles(work: Path, source: Path, participant_ids: list[str], course) -> tuple[list[Path], float]:
    """One participant bundle per person of the `source` database (SQLite file), each from a laptop of its own
    where that person did the whole course (every lesson, three attempts at every quiz); in `work`/stick.
    Returns the files and the seconds spent exporting them."""
    from sqlalchemy import insert, select

    from trainer.bundles.service import export_participant_bundle
    from trainer.progress.service import complete_lesson, record_attempt
    from trainer.storage.database import Database
    from trainer.storage.models import Participant

    template = migrated_template(work)
    quizzes = [module.quiz for module in course.modules if module.quiz]
    source_db = Database(f"sqlite:///{source}")
    with source_db.engine.connect() as connection:
        people = connection.execute(select(Participant.__table__).where(Participant.id.in_(participant_ids))).mappings()
        people = {row["id"]: dict(row) for row in people}
    source_db.dispose()
    paths, export_seconds = [], 0.0
    for index, participant_id in enumerate(participant_ids):
        shutil.copy(template, work / f"station-{index}.sqlite")
        station = Database(f"sqlite:///{work / f'station-{index}.sqlite'}")
        with station.session() as session:
            session.execute(insert(Participant.__table__), [people[participant_id]])
        for lesson in course.lessons():
            complete_lesson(station, participant_id, course, lesson.id)
        for quiz in quizzes:
            for _ in range(3):
                record_attempt(station, participant_id, course, quiz.id, {q.id: answer(q) for q in quiz.questions})
        start = time.perf_counter()
        paths.append(export_participant_bundle(station, participant_id, work / "stick" / f"{index:02}.trainer"))
        export_seconds += time.perf_counter() - start
        station.dispose()
        (work / f"station-{index}.sqlite").unlink()
    return paths, export_seconds


def bare_import(connection, paths: list[Path], placeholder: str = "?") -> int:
    """The floor of importing bundles: per file, unzip, check every entry's SHA-256, verify the manifest's Ed25519
    signature, parse the JSON, insert the rows (not the participants, already there; rows already there are
    skipped) with the DB-API `connection`'s executemany and commit. Returns the rows offered."""
    import base64
    import hashlib
    import json
    import zipfile

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from sqlalchemy import JSON

    from trainer.bundles.rows import TABLES

    inserted = 0
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            manifest_bytes = archive.read("manifest.json")
            manifest = json.loads(manifest_bytes)
            key = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["device"]["public_key"]))
            key.verify(base64.b64decode(archive.read("manifest.sig")), manifest_bytes)
            tables = {}
            for name, entry in manifest["entries"].items():
                data = archive.read(name)
                if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                    raise ValueError(f"{path}: {name} does not match its checksum")
                tables[name[len("data/"):-len(".json")]] = json.loads(data)
        cursor = connection.cursor()
        for name, rows in tables.items():
            if name == "participants" or not rows:
                continue
            table = TABLES[name]
            columns = [column.name for column in table.columns]
            as_json = {column.name for column in table.columns if isinstance(column.type, JSON)}
            cursor.executemany(
                f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join([placeholder] * len(columns))}) "
                "ON CONFLICT DO NOTHING",
                [[json.dumps(row[c]) if c in as_json else row[c] for c in columns] for row in rows])
            inserted += len(rows)
        connection.commit()
    return inserted


def durable_sqlite(file: Path):
    """A raw sqlite3 connection set up as Trainer's (WAL, synchronous=FULL): the floor's connection."""
    import sqlite3

    connection = sqlite3.connect(file)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


def measure(bundle_count: int = 40, participants: int = 300, profiler=None) -> dict:
    """Build the workload in a temporary folder and time it (also used by bench/trust.py).

    Returns the course, the number of bundles, participants and rows, and the seconds of the floor, the export,
    the import and the import again. A `profiler` (cProfile.Profile) given is enabled during both imports only.
    """
    work = Path(tempfile.mkdtemp(prefix="trainer-bench-bundles-"))
    os.environ["TRAINER_HOME"] = str(work / "home")

    from datetime import date

    from trainer.bundles.archive import read_archive
    from trainer.bundles.service import import_bundles
    from trainer.people.service import ProfileInput, add_participant
    from trainer.storage.database import Database
    from trainer.workshops.service import add_session, create_workshop, enrol

    course = full_course()
    quizzes = [module.quiz for module in course.modules if module.quiz]
    shutil.copy(migrated_template(work), work / "trainer.sqlite")
    trainer = Database(f"sqlite:///{work / 'trainer.sqlite'}")
    people = [add_participant(trainer, ProfileInput(name=f"Participant {i:03}", country="GT")).id
              for i in range(participants)]
    workshop = create_workshop(trainer, "Benchmark workshop", course.id)
    for day in range(5):
        add_session(trainer, workshop.id, date(2026, 3, 2 + day), 4)
    enrol(trainer, workshop.id, people)
    trainer.dispose()
    shutil.copy(work / "trainer.sqlite", work / "floor.sqlite")

    paths, export_seconds = make_bundles(work, work / "trainer.sqlite", people[:bundle_count], course)
    rows = sum(len(table_rows) for path in paths for table_rows in read_archive(path).rows.values())

    trainer = Database(f"sqlite:///{work / 'trainer.sqlite'}")
    profiler and profiler.enable()
    start = time.perf_counter()
    results = import_bundles(trainer, paths)
    merge_seconds = time.perf_counter() - start
    profiler and profiler.disable()
    assert all(result.ok for result in results), [r.error for r in results if r.error]
    profiler and profiler.enable()
    start = time.perf_counter()
    again = import_bundles(trainer, paths)
    again_seconds = time.perf_counter() - start
    profiler and profiler.disable()
    assert not any(result.inspection.report.changes_anything for result in again)
    trainer.dispose()

    floor = durable_sqlite(work / "floor.sqlite")
    start = time.perf_counter()
    bare_import(floor, paths)
    floor_seconds = time.perf_counter() - start
    floor.close()

    shutil.rmtree(work, ignore_errors=True)
    return {"course": course, "quizzes": quizzes, "bundles": bundle_count, "participants": participants,
            "rows": rows, "floor": floor_seconds, "export": export_seconds, "merge": merge_seconds,
            "again": again_seconds}


def merge_label(bundle_count: int, participants: int) -> str:
    return f"import {bundle_count} bundles into {participants} participants (check, verify, merge)"


def print_table(result: dict) -> None:
    course, quizzes, rows = result["course"], result["quizzes"], result["rows"]
    floor_seconds, merge_seconds, again_seconds = result["floor"], result["merge"], result["again"]
    bundles, participants = result["bundles"], result["participants"]
    table = [
        (f"bare unzip + SHA-256 + signature + JSON + sqlite3 executemany, {rows} rows, 1 commit per bundle (floor)", floor_seconds, "", ""),
        (f"export {bundles} participant bundles", result["export"], "", ""),
        (merge_label(bundles, participants), merge_seconds, f"{merge_seconds / floor_seconds:.1f} x floor", "< 2 s"),
        (f"import the same {bundles} bundles again (nothing new)", again_seconds,
         f"{again_seconds / floor_seconds:.1f} x floor", ""),
    ]
    width = max(len(name) for name, *_ in table)
    print(f"course: {course.id} {course.version} ({len(list(course.lessons()))} lessons, {len(quizzes)} quizzes, "
          f"{sum(len(q.questions) for q in quizzes)} questions); {rows // bundles} rows per bundle")
    print(f"{'measure':{width}}  {'seconds':>8}  {'ratio':>12}  budget")
    for name, seconds, ratio, budget in table:
        print(f"{name:{width}}  {seconds:8.3f}  {ratio:>12}  {budget}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=40)
    parser.add_argument("--participants", type=int, default=300)
    args = parser.parse_args()
    print_table(measure(args.bundles, args.participants))


if __name__ == "__main__":
    main()
