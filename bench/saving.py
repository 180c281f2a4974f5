"""Saving a quiz answer: the learner's background writer against the direct durable commit it replaced, measured
in the same run on a 300-participant database.

The floor is the old path: `save_answer` called on the GUI thread, one durable commit (0.4-0.8 ms in DESIGN.md,
0.7 ms measured before the writer existed). The writer's path is what the learner waits for: from `submit` on
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--people", type=int, default=300)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="trainer-bench-"))
    os.environ["TRAINER_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

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
        ("floor: save_answer on the GUI thread (the old path)", direct, None),
        ("writer: submit to committed (what the learner waits for)", latencies, statistics.median(latencies) / floor),
        ("writer: submit, the GUI thread's share", submit_costs, None),
        ("journal of 14 waiting answers, written once (only after a failed try)", journal_write, None),
    ]
    print(f"{args.people} participants; {args.runs} saves each; median and 95th percentile")
    for label, samples, ratio in rows:
        p95 = sorted(samples)[int(len(samples) * 0.95) - 1]
        print(f"{label:72} {statistics.median(samples):7.3f} ms  p95 {p95:7.3f} ms"
              + (f"   {ratio:.2f} x floor" if ratio else ""))
    db.dispose()
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
