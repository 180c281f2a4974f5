"""Saving a quiz answer: the learner's background writer against the direct durable commit it replaced, measured
in the same run on a 300-participant database.

Two floors: the raw floor of any durable save, the same answer row upserted by one raw sqlite3
INSERT .. ON CONFLICT and a commit on the same file set up as Trainer's (WAL, synchronous=FULL;
`raw_answer_saver`, also used by bench/startup.py and bench/growth.py), which `save_answer` itself is compared
with; and the old path the writer replaced, `save_answer` called on the GUI thread (one durable commit), which
the writer's latency is compared with. The writer's path is what the learner waits for: from `submit` on
the GUI thread until the answer is committed on the writer's thread. The GUI thread itself only pays for
`submit`. When a try fails (the database is locked), the journal that keeps waiting answers across a crash is
rewritten once per change: its cost is shown for a whole 14-question quiz.

    python bench/saving.py [--runs 200] [--people 300]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def raw_answer_saver(connection, placeholder: str, attempt_id: str, answers: list[tuple[str, object]]):
    """The floor of a durable answer save: one raw INSERT .. ON CONFLICT DO UPDATE of the answer's row and a commit
    on a DB-API `connection` set up as Trainer's (on SQLite: WAL, synchronous=FULL). Returns a function saving the
    next of `answers` (question id, response) in turn: the rows `save_answer` writes for the same answers."""
    import json

    from trainer.storage.models import fact_id, utc_now

    sql = ("INSERT INTO quiz_answers (id, attempt_id, question_id, response, score, answered_at) "
           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET response = excluded.response, "
           "score = excluded.score, answered_at = excluded.answered_at").replace("?", placeholder)
    rows = [(fact_id("answer", attempt_id, question_id), attempt_id, question_id, json.dumps(response))
            for question_id, response in answers]
    saved = [0]

    def save() -> None:
        row = rows[saved[0] % len(rows)]
        saved[0] += 1
        now = utc_now()
        cursor = connection.cursor()
        cursor.execute(sql, (*row, 1.0, now.isoformat(" ") if placeholder == "?" else now))
        connection.commit()

    return save


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--people", type=int, default=300)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="trainer-bench-"))
    os.environ["TRAINER_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from bench.bundles import durable_sqlite
    from bench.reports import seed
    from trainer.courses.loader import load_course
    from trainer.gui.saving import Writer
    from trainer.people.service import ProfileInput, add_participant
    from trainer.progress import journal
    from trainer.progress.service import save_answer, start_attempt
    from trainer.storage.database import open_database

    app = QApplication.instance() or QApplication([])
    course = load_course(REPO / "courses" / "ecommerce-export").course
    db = open_database(daily_backup=False)
    seed(db, course, args.people)
    quiz = course.quizzes()[0]
    question = next(q for q in quiz.questions if q.options)
    response = question.options[0].id

    person = add_participant(db, ProfileInput(name="Bench Person", country="GT"))
    attempt_id = start_attempt(db, person.id, course, quiz.id)

    def timed(work) -> list[float]:
        samples = []
        for _ in range(args.runs):
            started = time.perf_counter()
            work()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    direct = timed(lambda: save_answer(db, attempt_id, course, question.id, response))
    raw = durable_sqlite(db.file)
    raw_floor = timed(raw_answer_saver(raw, "?", attempt_id, [(question.id, response)]))
    raw.close()

    writer = Writer(db)
    writer.submit("warm-up", lambda database: database.device_id())
    writer.wait(10)
    submit_costs, latencies = [], []
    for _ in range(args.runs):
        committed = threading.Event()

        def work(database):
            save_answer(database, attempt_id, course, question.id, response)
            committed.set()

        started = time.perf_counter()
        writer.submit("answer", work, journal=journal.entry("save_answer", course.id, attempt_id=attempt_id,
                                                           question_id=question.id, response=response))
        submit_costs.append((time.perf_counter() - started) * 1000)
        committed.wait(10)
        latencies.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    writer.close()

    entries = [journal.entry("save_answer", course.id, attempt_id=attempt_id, question_id=f"q{n}", response=response)
               for n in range(14)]
    journal_write = timed(lambda: journal.keep(db, entries))
    journal.keep(db, [])

    floor = statistics.median(direct)
    rows = [
        ("raw floor: sqlite3 upsert + commit of the same row, WAL/FULL", raw_floor, None),
        ("save_answer on the GUI thread (the old path; floor of the writer)", direct, floor / statistics.median(raw_floor)),
        ("writer: submit to committed (what the learner waits for)", latencies, statistics.median(latencies) / floor),
        ("writer: submit, the GUI thread's share", submit_costs, None),
        ("journal of 14 waiting answers, written once (only after a failed try)", journal_write, None),
    ]
    print(f"{args.people} participants; {args.runs} saves each; median and 95th percentile")
    for label, samples, ratio in rows:
        p95 = sorted(samples)[int(len(samples) * 0.95) - 1]
        print(f"{label:72} {statistics.median(samples):7.3f} ms  p95 {p95:7.3f} ms"
              + (f"   {ratio:.2f} x its floor" if ratio else ""))
    db.dispose()
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
