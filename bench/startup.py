"""Start-up, lesson and quiz-answer timings against floors measured in the same run.

Prints a table: the bare PySide6 floor (a window with a QTextBrowser shown and
painted, and its memory), Trainer's cold start to its first painted window and
to its first interactive screen, the ratio to the floor, the time to render the
largest lesson (uncached), switching lessons in the reader, resident memory
after opening every lesson once, and the median durable save of a quiz answer
against its floor: the same answer rows upserted by one raw sqlite3 INSERT .. ON
CONFLICT and a commit on the same file, set up as Trainer's (WAL,
synchronous=FULL; bench/saving.py `raw_answer_saver`). Budgets come from
../shared/DESIGN.md.

    python bench/startup.py [--runs 5]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PAINT_PROBE = r"""
import sys, time

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    painted = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and self.painted is None:
            self.painted = time.perf_counter()
            QTimer.singleShot(0, done)
        return False

def done():
    print("painted", probe.painted, flush=True)
    ready = globals().get("ready")
    if ready:
        while not ready():
            app.processEvents()
        print("ready", time.perf_counter(), flush=True)
    app.quit()

app = QApplication(sys.argv)
probe = FirstPaint()
app.installEventFilter(probe)
"""

BARE = PAINT_PROBE + r"""
from PySide6.QtWidgets import QTextBrowser
window = QTextBrowser()
window.setHtml("<h1>Floor</h1><p>A bare window.</p>")
window.resize(900, 600)
window.show()
app.exec()
print("rss", rss(), flush=True)
"""

TRAINER = PAINT_PROBE + r"""
from trainer.gui.app import create_window
window = create_window("es")
ready = lambda: window.ready
app.exec()
"""


LESSONS = r"""
import statistics, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from trainer.gui.app import create_window
from trainer.people.service import ProfileInput, add_participant
window = create_window("es")
while not window.ready:
    app.processEvents()
window.set_language("es")
idle = time.perf_counter() + 1.0  # a person takes at least a second to pick a profile; warm-up runs meanwhile
while time.perf_counter() < idle:
    app.processEvents()
person = add_participant(window.context.database, ProfileInput(name="Bench", country="GT", language="es"))
window.choose_participant(person)
switches = []
for course in window.context.courses:
    for lesson in course.lessons():
        start = time.perf_counter()
        window.go("lesson", course.id, lesson.id)
        app.processEvents()
        window.stack.currentWidget().browser.viewport().repaint()
        switches.append((time.perf_counter() - start) * 1000)
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print("rss", int(line.split()[1]) / 1024)
print("switch", statistics.median(switches), max(switches), len(switches))
"""


def lesson_switches(env: dict) -> dict[str, list[float]]:
    result = subprocess.run([sys.executable, "-c", LESSONS], capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return {line.split()[0]: [float(v) for v in line.split()[1:]] for line in result.stdout.splitlines()
            if line.split() and line.split()[0] in ("rss", "switch")}


def timed_start(code: str, env: dict) -> dict[str, float]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    marks = dict(line.split() for line in result.stdout.splitlines() if line.split()[0] in ("painted", "ready", "rss"))
    if "rss" in marks:
        return {"painted": float(marks["painted"]) - start, "rss": float(marks["rss"])}
    # perf_counter is system-wide monotonic on Linux, so child marks compare with our start
    return {name: float(value) - start for name, value in marks.items()}


def lesson_render_ms(runs: int) -> tuple[float, str]:
    from trainer.courses.loader import load_library, split_front_matter
    from trainer.courses.markdown import render_markdown
    from trainer.paths import course_roots

    lessons = [(load.course, lesson, lang, path) for load in load_library(course_roots(), deep=False) if load.course
               for lesson in load.course.lessons() for lang, path in lesson.files.items()]
    course, lesson, lang, path = max(lessons, key=lambda item: item[3].stat().st_size)
    body = split_front_matter(path.read_text(encoding="utf-8"))[1]
    render_markdown(body, lang, "GT", path, course.path)  # first call builds the parser once per process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render_markdown(body, lang, "GT", path, course.path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), f"{path.relative_to(REPO)} ({path.stat().st_size / 1024:.1f} KB)"


def answer_save_ms(count: int) -> tuple[float, float]:
    """Median durable save of one quiz answer, and of the raw sqlite3 upsert+commit of the same row (the floor)."""
    from bench.bundles import durable_sqlite
    from bench.saving import raw_answer_saver
    from trainer.courses.loader import load_course
    from trainer.people.service import ProfileInput, add_participant
    from trainer.progress.service import save_answer, start_attempt
    from trainer.storage.database import open_database

    course = load_course(REPO / "courses" / "example").course
    db = open_database()
    person = add_participant(db, ProfileInput(name="Bench"))
    attempt = start_attempt(db, person.id, course, "basics-quiz")
    answers = ["shop", "bank"]
    raw = durable_sqlite(db.file)
    floor_save = raw_answer_saver(raw, "?", attempt, [("who-ships", answer) for answer in answers])
    ours, floor = [], []
    for index in range(count):
        start = time.perf_counter()
        save_answer(db, attempt, course, "who-ships", answers[index % 2])
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        floor_save()
        floor.append((time.perf_counter() - start) * 1000)
    raw.close()
    db.dispose()
    return statistics.median(ours), statistics.median(floor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="trainer-bench-")
    os.environ["TRAINER_HOME"] = home
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), TRAINER_HOME=home)

    bare, ours, ready = [], [], []
    timed_start(TRAINER, env)  # first run creates the database and warms the disk cache for both
    for _ in range(args.runs):
        floor_run = timed_start(BARE, env)
        bare.append(floor_run["painted"])
        bare_rss = floor_run["rss"]
        marks = timed_start(TRAINER, env)
        ours.append(marks["painted"])
        ready.append(marks["ready"])
    floor, first_paint, interactive = (statistics.median(x) for x in (bare, ours, ready))
    render_ms, lesson = lesson_render_ms(20)
    save_ms, commit_floor_ms = answer_save_ms(200)
    reader = lesson_switches(env)
    (median_switch, slowest_switch, lessons) = reader["switch"]

    rows = [
        ("bare PySide6 window painted (floor)", f"{floor:.3f} s", "", ""),
        ("Trainer: first painted window", f"{first_paint:.3f} s", f"{first_paint / floor:.2f} x floor", "<= 1.5 x"),
        ("Trainer: first screen interactive (database open)", f"{interactive:.3f} s", "", "<= 0.6 s"),
        (f"render largest lesson: {lesson}", f"{render_ms:.1f} ms", "", "< 50 ms"),
        (f"switch lesson in the reader (median of {lessons:.0f})", f"{median_switch:.1f} ms",
         f"slowest {slowest_switch:.1f} ms", "< 50 ms"),
        ("bare PySide6 window resident memory (floor)", f"{bare_rss:.0f} MiB", "", ""),
        ("Trainer resident memory after every lesson once", f"{reader['rss'][0]:.0f} MiB",
         f"{reader['rss'][0] / bare_rss:.2f} x floor", "< 200 MB"),
        ("raw sqlite3 upsert + commit of the same answer, WAL/FULL (floor)", f"{commit_floor_ms:.2f} ms", "", ""),
        ("save one quiz answer durably (median of 200)", f"{save_ms:.2f} ms",
         f"{save_ms / commit_floor_ms:.2f} x floor", "< 2 ms"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':{width}}  {'median':>10}  {'ratio':>14}  budget   (runs: {args.runs})")
    for name, value, ratio, budget in rows:
        print(f"{name:{width}}  {value:>10}  {ratio:>14}  {budget}")


if __name__ == "__main__":
    main()
