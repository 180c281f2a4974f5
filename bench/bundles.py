"""Exporting and merging 40 participants' bundles into a 300-participant database, against a bare-insert floor.

Each of 40 simulated laptops holds one participant who has done a whole course
(every lesson, three attempts at every quiz, every question answered). The
trainer's database holds a workshop of 300 participants. Measured: exporting
the 40 bundles, importing them (checks, signature, merge; one transaction per
bundle), importing them again (nothing new), and the floor: the same rows
inserted with bare SQLAlchemy `insert()` executemany, one transaction per
bundle, into an identical copy of the database. Budget from
../shared/DESIGN.md: merging 40 laptop bundles under 2 s.

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


def measure(bundle_count: int = 40, participants: int = 300, profiler=None) -> dict:
    """Build the workload in a temporary folder and time it (also used by bench/trust.py).

    Returns the course, the number of bundles, participants and rows, and the seconds of the floor, the export,
    the import and the import again. A `profiler` (cProfile.Profile) given is enabled during both imports only.
    """
    work = Path(tempfile.mkdtemp(prefix="trainer-bench-bundles-"))
    os.environ["TRAINER_HOME"] = str(work / "home")

    from datetime import date

    from sqlalchemy import insert, select

    from trainer.bundles.archive import read_archive
    from trainer.bundles.rows import TABLES
    from trainer.bundles.service import export_participant_bundle, import_bundles
    from trainer.people.service import ProfileInput, add_participant
    from trainer.progress.service import complete_lesson, record_attempt
    from trainer.storage.database import Database
    from trainer.storage.models import Participant
    from trainer.workshops.service import add_session, create_workshop, enrol

    course = full_course()
    template = work / "template.sqlite"
    migrated = Database(f"sqlite:///{template}")
    migrated.migrate()
    migrated.dispose()  # closing checkpoints the WAL into the file that is copied

    def copy(name: str) -> Database:
        shutil.copy(template, work / f"{name}.sqlite")
        return Database(f"sqlite:///{work / name}.sqlite")

    trainer = copy("trainer")
    people = [add_participant(trainer, ProfileInput(name=f"Participant {i:03}", country="GT")).id
              for i in range(participants)]
    workshop = create_workshop(trainer, "Benchmark workshop", course.id)
    for day in range(5):
        add_session(trainer, workshop.id, date(2026, 3, 2 + day), 4)
    enrol(trainer, workshop.id, people)
    trainer.dispose()
    shutil.copy(work / "trainer.sqlite", work / "floor.sqlite")

    quizzes = [module.quiz for module in course.modules if module.quiz]
    paths, export_seconds = [], 0.0
    for index, participant_id in enumerate(people[:bundle_count]):
        station = copy(f"station-{index}")
        with Database(f"sqlite:///{work / 'trainer.sqlite'}").engine.connect() as source:
            row = source.execute(select(Participant.__table__).where(Participant.id == participant_id)).mappings().one()
        with station.session() as session:
            session.execute(insert(Participant.__table__), [dict(row)])
        for lesson in course.lessons():
            complete_lesson(station, participant_id, course, lesson.id)
        for quiz in quizzes:
            for _ in range(3):
                record_attempt(station, participant_id, course, quiz.id, {q.id: answer(q) for q in quiz.questions})
        start = time.perf_counter()
        paths.append(export_participant_bundle(station, participant_id, work / "stick" / f"{index:02}.trainer"))
        export_seconds += time.perf_counter() - start
        station.dispose()

    bundles = [read_archive(path) for path in paths]
    rows = sum(len(table_rows) for bundle in bundles for table_rows in bundle.rows.values())

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

    floor = Database(f"sqlite:///{work / 'floor.sqlite'}")
    start = time.perf_counter()
    for bundle in bundles:
        with floor.session() as session:
            for name, table in TABLES.items():
                new_rows = bundle.rows.get(name)
                if name == "participants" or not new_rows:  # the participants are already there
                    continue
                session.execute(insert(table), new_rows)
    floor_seconds = time.perf_counter() - start
    floor.dispose()

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
        (f"bare insert() executemany, {rows} rows, 1 commit per bundle (floor)", floor_seconds, "", ""),
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
