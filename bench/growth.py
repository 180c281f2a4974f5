"""How the office database's operations grow with the programme: 300, 3,000 and 30,000 participants, each
operation against a raw floor on the same rows, measured in the same run.

The databases (`build`) hold what years of workshops leave: a workshop of about 25 people every few weeks
from 2022 to 2026, five sessions each with every mark and its change record, a fifth of the people in a
second workshop, lesson completions, one to three quiz attempts per module with every answer, certificates
for those who finished (about 24 KB per participant). They are written with SQLAlchemy Core bulk inserts and
kept in TRAINER_BENCH_CACHE (default ~/.cache/trainer-bench), one file per size and schema revision, so a
size is built once; each run works on a copy.

The floors are raw DB-API (sqlite3, or psycopg on PostgreSQL) on the same file and the same rows, with one
plain pass in Python over the fetched tuples:
- funder summary for 2025: the year's sessions, its present/late marks, those people's country, sector and
  sex, their passed attempts and the year's certificates; counted per person and per group;
- attendance report of one workshop: its roster, sessions, marks and each session's first mark time;
- class grid (and eligibility, and the results report, which adds certificates) of one workshop: the roster,
  its lesson completions and finished attempts, and the attendance fetch above; for every workshop: the same
  rows of every workshop at once;
- profiles list: every participant row, ordered by name; roster: one workshop's participant rows;
- answer save: the same answer rows upserted by one raw INSERT .. ON CONFLICT and a commit on a connection
  set up as Trainer's (WAL, synchronous=FULL), see bench/saving.py `raw_answer_saver`;
- 40-bundle import: bench/bundles.py `bare_import` (unzip, SHA-256, signature, JSON, executemany) into
  another copy of the same database.
With TRAINER_DATABASE_URL set to a PostgreSQL server, the same runs there too (one schema per size, kept,
built the same way; the bundle import is left out there, as it would change the kept data).
The last line names the worst ratio.

    python bench/growth.py [--sizes 300,3000] [--runs 7] [--profile]
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA_VERSION = "1"  # part of the cache key: change it when `build` writes different rows
WORKSHOP_SIZE = 25
FIRST_DAY, LAST_DAY = date(2022, 1, 10), date(2026, 10, 26)
YEAR = 2025
BUNDLES = 40
COUNTRIES = ("GT", "GT", "SV", "HN", "CR", "MX", "CL", "DO")
FIRST_NAMES = ("Ana", "José", "María", "Luis", "Carmen", "Óscar", "Iñaki", "Rosa", "Pedro", "Lucía", "Begoña", "Raúl")
LAST_NAMES = ("Núñez", "Pérez", "Gómez", "Álvarez", "Ibáñez", "Muñoz", "Hernández", "Castañeda", "Domínguez")
ORGANIZATIONS = ("Cooperativa Tejidos del Lago de Atitlán", "Ministerio de Economía", "Universidad de San Carlos",
                 "Cámara de Comercio", "Exportadora de Café El Mirador", "")


def cache_folder() -> Path:
    return Path(os.environ.get("TRAINER_BENCH_CACHE") or Path.home() / ".cache" / "trainer-bench")


def course():
    from bench.bundles import full_course

    return full_course()


def _rows(size: int, course, device: str):
    """Every table's rows for `size` participants, in chunks of whole workshops (so memory stays flat)."""
    from bench.bundles import answer
    from trainer.storage.models import fact_id

    rnd = random.Random(size)
    uid = lambda: str(uuid.UUID(int=rnd.getrandbits(128), version=4))  # noqa: E731 - fast, reproducible ids
    count = max(1, size // WORKSHOP_SIZE)
    span = (LAST_DAY - FIRST_DAY).days
    workshops = []
    for number in range(count):
        first = FIRST_DAY + timedelta(days=span * number // max(1, count - 1))
        country = rnd.choice(COUNTRIES)
        workshops.append({
            "id": uid(), "origin_device_id": device, "title": f"Taller de comercio electrónico {number + 1}",
            "place": f"Sede {number % 40}", "country": country, "course_id": course.id, "module_ids": [],
            "starts_on": first, "ends_on": first + timedelta(days=4), "attendance_threshold": 80, "trainer_id": None,
            "created_at": datetime.combine(first, datetime.min.time()) - timedelta(days=7),
            "updated_at": datetime.combine(first, datetime.min.time()) - timedelta(days=7),
        })
    sessions = {w["id"]: [{
        "id": uid(), "workshop_id": w["id"], "origin_device_id": device, "date": w["starts_on"] + timedelta(days=day),
        "start_time": "09:00", "hours": 3.5 if day % 2 else 4.0, "title": "",
        "updated_at": datetime.combine(w["starts_on"], datetime.min.time()),
    } for day in range(5)] for w in workshops}
    yield "workshops", workshops
    yield "workshop_sessions", [s for group in sessions.values() for s in group]
    quizzes = list(course.quizzes())
    lessons = list(course.lessons())
    statuses = ("present",) * 14 + ("late",) * 2 + ("excused", "absent", "absent", "absent")
    for number, workshop in enumerate(workshops):
        people = WORKSHOP_SIZE if number < count - 1 else size - WORKSHOP_SIZE * (count - 1)
        chunk = defaultdict(list)
        for _ in range(people):
            pid, when = uid(), datetime.combine(workshop["starts_on"], datetime.min.time()) + timedelta(hours=9)
            chunk["participants"].append({
                "id": pid, "origin_device_id": device, "name": f"{rnd.choice(FIRST_NAMES)} {rnd.choice(LAST_NAMES)} "
                f"{rnd.choice(LAST_NAMES)} {len(chunk['participants'])}-{number}",
                "organization": rnd.choice(ORGANIZATIONS), "sector": rnd.choice(("public", "private", "academic", "other")),
                "country": rnd.choice((workshop["country"], workshop["country"], "")), "sex": rnd.choice(("female", "male", None)),
                "email": f"persona{number}.{len(chunk['participants'])}@example.org", "language": "es",
                "created_at": when - timedelta(days=3), "updated_at": when - timedelta(days=3),
            })
            enrolled_in = [workshop] + ([rnd.choice(workshops[number:])] if rnd.random() < 0.2 else [])
            rate = 0
            for taken in dict((w["id"], w) for w in enrolled_in).values():
                chunk["enrollments"].append({"id": fact_id("enrollment", taken["id"], pid), "workshop_id": taken["id"],
                                             "participant_id": pid, "enrolled_at": when - timedelta(days=3),
                                             "origin_device_id": device})
                for held in sessions[taken["id"]]:
                    status = rnd.choice(statuses)
                    rate += status in ("present", "late")
                    marked = datetime.combine(held["date"], datetime.min.time()) + timedelta(hours=9, minutes=rnd.randint(0, 30))
                    mark_id = fact_id("attendance", held["id"], pid)
                    chunk["attendance"].append({"id": mark_id, "session_id": held["id"], "participant_id": pid,
                                                "status": status, "marked_by_id": None, "marked_at": marked,
                                                "origin_device_id": device})
                    chunk["attendance_changes"].append({
                        "id": uid(), "attendance_id": mark_id, "session_id": held["id"], "participant_id": pid,
                        "status": status, "changed_by_id": None, "changed_at": marked, "origin_device_id": device})
            done = len(lessons) if rnd.random() < 0.4 else rnd.randint(0, len(lessons))
            for lesson in lessons[:done]:
                chunk["lesson_completions"].append({
                    "id": fact_id("lesson", pid, course.id, lesson.id), "participant_id": pid, "course_id": course.id,
                    "lesson_id": lesson.id, "completed_at": when + timedelta(minutes=rnd.randint(0, 9000)),
                    "origin_device_id": device})
            passed_all = True
            for quiz in quizzes:
                passed = False
                for _ in range(rnd.choice((0, 1, 1, 2, 3)) if done else 0):
                    started = when + timedelta(minutes=rnd.randint(0, 9000))
                    scores = [rnd.choice((0.0, 1.0, 1.0, 1.0)) for _ in quiz.questions]
                    score = round(100.0 * sum(scores) / len(scores), 1)
                    attempt = uid()
                    chunk["quiz_attempts"].append({
                        "id": attempt, "participant_id": pid, "course_id": course.id, "course_version": course.version,
                        "module_id": quiz.module_id, "quiz_id": quiz.id, "mode": "app", "started_at": started,
                        "finished_at": started + timedelta(minutes=12), "score": score,
                        "passed": score >= quiz.pass_mark, "origin_device_id": device})
                    for question, points in zip(quiz.questions, scores):
                        chunk["quiz_answers"].append({
                            "id": fact_id("answer", attempt, question.id), "attempt_id": attempt,
                            "question_id": question.id, "response": answer(question), "score": points,
                            "answered_at": started + timedelta(minutes=1)})
                    passed = passed or score >= quiz.pass_mark
                    if passed:
                        break
                passed_all = passed_all and passed
            if passed_all and rate >= 4:
                issued = datetime.combine(workshop["ends_on"], datetime.min.time()) + timedelta(hours=15)
                chunk["certificates"].append({
                    "id": uid(), "code": f"CERT-{uid()[:13].upper()}", "participant_id": pid,
                    "workshop_id": workshop["id"], "course_id": course.id, "kind": "completion",
                    "statement": '{"v":1,"kind":"completion","course":"%s","name":"%s","hours":19.5,"workshop":"%s"}'
                                 % (course.id, chunk["participants"][-1]["name"], workshop["id"]),
                    "signature": "A" * 86 + "==", "key_id": "BENCHKEY", "issued_at": issued, "issued_by_id": None,
                    "revoked_at": None, "revoked_reason": None, "revocation_signature": None,
                    "origin_device_id": device})
        yield from chunk.items()


def build(url: str, size: int, course) -> None:
    """A database of `size` participants at `url` (migrated first), written with Core executemany."""
    from sqlalchemy import insert

    from trainer.storage.database import Database
    from trainer.storage.models import Base

    db = Database(url)
    db.migrate()
    device = db.device_id()
    tables = Base.metadata.tables
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.exec_driver_sql("PRAGMA synchronous=OFF")  # building only; the copies run as Trainer does
        pending: dict[str, list] = defaultdict(list)
        order = ("participants", "workshops", "workshop_sessions", "enrollments", "attendance", "attendance_changes",
                 "lesson_completions", "quiz_attempts", "quiz_answers", "certificates")

        def flush():
            for name in order:
                if pending[name]:
                    connection.execute(insert(tables[name]), pending[name])
                    pending[name].clear()

        for name, rows in _rows(size, course, device):
            pending[name].extend(rows)
            if len(pending["quiz_answers"]) > 50_000 or name in ("workshops", "workshop_sessions"):
                flush()
        flush()
    if not db.is_sqlite:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    db.dispose()


def revision() -> str:
    from trainer.storage.database import head_revision

    return head_revision()


def cached_sqlite(size: int, course) -> Path:
    """The SQLite file of `size` participants at the current schema, built once into the cache."""
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"growth-{size}-{revision()}-v{DATA_VERSION}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        building = path.with_suffix(".building")
        for stale in folder.glob(building.name + "*"):
            stale.unlink()
        build(f"sqlite:///{building}", size, course)
        os.replace(building, path)
        print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def cached_bundles(size: int, source: Path, course) -> list[Path]:
    """40 participant bundles of people in the `size` database, made once into the cache."""
    from bench.bundles import make_bundles
    from sqlalchemy import create_engine, text

    folder = cache_folder() / f"growth-{size}-{revision()}-v{DATA_VERSION}-bundles"
    paths = sorted(folder.glob("stick/*.trainer"))
    if len(paths) == BUNDLES:
        return paths
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{source}")
    with engine.connect() as connection:  # people of the most recent workshops bring their laptops' progress
        ids = list(connection.execute(text(
            "SELECT e.participant_id FROM enrollments e JOIN workshops w ON w.id = e.workshop_id "
            "ORDER BY w.starts_on DESC, e.participant_id LIMIT :n"), {"n": BUNDLES}).scalars())
    engine.dispose()
    paths, _ = make_bundles(folder, source, ids, course)
    return paths


class Raw:
    """A raw DB-API connection and its placeholder: the floors' only tool."""

    def __init__(self, connection, placeholder: str):
        self.connection, self.placeholder = connection, placeholder

    def rows(self, sql: str, *params) -> list[tuple]:
        if self.placeholder == "?":  # sqlite3 stores times as SQLAlchemy does: ISO text
            params = tuple(p.isoformat(" ") if isinstance(p, datetime) else p.isoformat() if isinstance(p, date) else p
                           for p in params)
        cursor = self.connection.cursor()
        cursor.execute(sql.replace("?", self.placeholder), params)
        result = cursor.fetchall()
        self.connection.commit()  # end the read transaction, as a session does
        return result


ENROLLED = "SELECT participant_id FROM enrollments WHERE workshop_id = ?"


def floor_attendance(raw: Raw, workshop_id: str) -> dict:
    people = raw.rows("SELECT p.id, p.name, p.organization, e.enrolled_at FROM enrollments e "
                      "JOIN participants p ON p.id = e.participant_id WHERE e.workshop_id = ?", workshop_id)
    sessions = raw.rows("SELECT id, date, hours FROM workshop_sessions WHERE workshop_id = ?", workshop_id)
    held = "SELECT id FROM workshop_sessions WHERE workshop_id = ?"
    marks = raw.rows(f"SELECT participant_id, session_id, status FROM attendance WHERE session_id IN ({held})",
                     workshop_id)
    first = dict(raw.rows(f"SELECT session_id, MIN(changed_at) FROM attendance_changes WHERE session_id IN ({held}) "
                          "GROUP BY session_id", workshop_id))
    hours = {s[0]: s[2] for s in sessions}
    attended = Counter()
    for participant_id, session_id, status in marks:
        if status in ("present", "late"):
            attended[participant_id] += hours[session_id]
    return {p[0]: (attended[p[0]], first) for p in people}


def floor_grid(raw: Raw, workshop_id: str, course_id: str) -> dict:
    attendance = floor_attendance(raw, workshop_id)
    done = defaultdict(set)
    for participant_id, lesson_id in raw.rows(
            f"SELECT participant_id, lesson_id FROM lesson_completions WHERE participant_id IN ({ENROLLED}) "
            "AND course_id = ?", workshop_id, course_id):
        done[participant_id].add(lesson_id)
    passed = defaultdict(set)
    for participant_id, quiz_id, _score, ok in raw.rows(
            f"SELECT participant_id, quiz_id, score, passed FROM quiz_attempts WHERE participant_id IN ({ENROLLED}) "
            "AND course_id = ? AND finished_at IS NOT NULL ORDER BY finished_at", workshop_id, course_id):
        if ok:
            passed[participant_id].add(quiz_id)
    return {p: (hours, len(done[p]), len(passed[p])) for p, (hours, _) in attendance.items()}


def floor_results(raw: Raw, workshop_id: str, course_id: str) -> dict:
    grid = floor_grid(raw, workshop_id, course_id)
    certified = {row[0] for row in raw.rows(
        f"SELECT participant_id FROM certificates WHERE participant_id IN ({ENROLLED}) AND revoked_at IS NULL "
        "AND (workshop_id = ? OR course_id = ?)", workshop_id, workshop_id, course_id)}
    return {p: (*cells, p in certified) for p, cells in grid.items()}


def floor_grid_all(raw: Raw, course_id: str) -> int:
    """Every workshop's grid from one fetch of each table."""
    enrolled = raw.rows("SELECT e.workshop_id, p.id, p.name, p.organization, e.enrolled_at FROM enrollments e "
                        "JOIN participants p ON p.id = e.participant_id")
    hours = {s[0]: (s[1], s[2]) for s in raw.rows("SELECT id, workshop_id, hours FROM workshop_sessions")}
    raw.rows("SELECT session_id, MIN(changed_at) FROM attendance_changes GROUP BY session_id")
    attended = Counter()
    for participant_id, session_id, status in raw.rows("SELECT participant_id, session_id, status FROM attendance"):
        if status in ("present", "late"):
            attended[(hours[session_id][0], participant_id)] += hours[session_id][1]
    done = Counter(p for p, in raw.rows("SELECT participant_id FROM lesson_completions WHERE course_id = ?", course_id))
    passed = defaultdict(set)
    for participant_id, quiz_id, _score, ok in raw.rows(
            "SELECT participant_id, quiz_id, score, passed FROM quiz_attempts WHERE course_id = ? "
            "AND finished_at IS NOT NULL ORDER BY finished_at", course_id):
        if ok:
            passed[participant_id].add(quiz_id)
    grids = defaultdict(list)
    for workshop_id, participant_id, *_ in enrolled:
        grids[workshop_id].append((attended[(workshop_id, participant_id)], done[participant_id],
                                   len(passed[participant_id])))
    return len(grids)


def floor_summary(raw: Raw, start: date, end: date, quizzes: int) -> tuple:
    sessions = {s[0]: s[1:] for s in raw.rows(
        "SELECT id, workshop_id, hours FROM workshop_sessions WHERE date >= ? AND date <= ?", start, end)}
    raw.rows("SELECT id, title, place, country, course_id FROM workshops WHERE id IN "
             "(SELECT workshop_id FROM workshop_sessions WHERE date >= ? AND date <= ?)", start, end)
    attended = ("SELECT a.participant_id FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id "
                "WHERE s.date >= ? AND s.date <= ? AND a.status IN ('present', 'late')")
    marks = raw.rows(attended.replace("SELECT a.participant_id", "SELECT a.participant_id, a.session_id"), start, end)
    people = {p[0]: p[1:] for p in raw.rows(
        f"SELECT id, country, sector, sex FROM participants WHERE id IN ({attended})", start, end)}
    passed = defaultdict(set)
    for participant_id, quiz_id in raw.rows(
            f"SELECT participant_id, quiz_id FROM quiz_attempts WHERE passed AND finished_at IS NOT NULL "
            f"AND participant_id IN ({attended})", start, end):
        passed[participant_id].add(quiz_id)
    certificates = raw.rows("SELECT participant_id, workshop_id FROM certificates WHERE revoked_at IS NULL "
                            "AND issued_at >= ? AND issued_at < ?", datetime.combine(start, datetime.min.time()),
                            datetime.combine(end + timedelta(days=1), datetime.min.time()))
    hours = defaultdict(float)
    for participant_id, session_id in marks:
        hours[participant_id] += sessions[session_id][1]
    completed = {p for p in hours if len(passed[p]) == quizzes}
    groups = [Counter(people[p][k] for p in hours) for k in range(3)]
    return len(hours), sum(hours.values()), len(completed), len(certificates), groups


def timed(work, runs: int, budget: float = 4.0) -> float:
    """Median milliseconds of `runs` calls after a warm-up; fewer when a call is slow (at least one)."""
    work()
    times, spent = [], 0.0
    while len(times) < runs and (not times or spent < budget):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
        spent += times[-1]
    return 1000 * statistics.median(times)


def counting(engine):
    """A counter of the statements `engine` runs (the 'queries' column)."""
    from sqlalchemy import event

    counter = [0]
    event.listen(engine, "before_cursor_execute", lambda *_: counter.__setitem__(0, counter[0] + 1))
    return counter


def run_size(db, raw: Raw, size: int, course, bundle_paths: list[Path] | None, bundle_floor, runs: int,
             profile: bool, database_bytes: int | None) -> list[tuple]:
    """The table rows of one size: (operation, ms, floor ms, queries)."""
    from sqlalchemy import select

    from bench.bundles import answer
    from bench.saving import raw_answer_saver
    from trainer.bundles.service import import_bundles
    from trainer.certificates.eligibility import workshop_eligibility
    from trainer.people.service import list_participants
    from trainer.progress.service import save_answer, start_attempt
    from trainer.reports.attendance import attendance_report
    from trainer.reports.results import results_report
    from trainer.reports.summary import funder_summary
    from trainer.storage.models import Enrollment, Workshop
    from trainer.workshops.class_progress import class_progress
    from trainer.workshops.service import roster

    start, end = date(YEAR, 1, 1), date(YEAR, 12, 31)
    as_of = date(2026, 12, 31)
    with db.session() as session:
        workshops = list(session.scalars(select(Workshop.id).order_by(Workshop.starts_on)))
        workshop_id = session.scalar(select(Workshop.id).where(Workshop.starts_on >= start)
                                     .order_by(Workshop.starts_on)) or workshops[-1]
        someone = session.scalar(select(Enrollment.participant_id).where(Enrollment.workshop_id == workshop_id))
    quiz = course.quizzes()[0]
    attempt_id = start_attempt(db, someone, course, quiz.id)
    questions = list(quiz.questions)
    answers = {q.id: answer(q) for q in questions}
    saves = [0]

    def ours_save():
        question = questions[saves[0] % len(questions)]
        saves[0] += 1
        save_answer(db, attempt_id, course, question.id, answers[question.id])

    floor_save = raw_answer_saver(raw.connection, raw.placeholder, attempt_id,
                                  [(q.id, answers[q.id]) for q in questions])
    courses = {course.id: course}
    operations = [
        (f"funder summary {YEAR}", lambda: funder_summary(db, "en", courses, start=start, end=end),
         lambda: floor_summary(raw, start, end, len(course.quizzes()))),
        ("attendance report, one workshop", lambda: attendance_report(db, workshop_id, "en", as_of=as_of),
         lambda: floor_attendance(raw, workshop_id)),
        ("results report, one workshop", lambda: results_report(db, workshop_id, course, "en", as_of=as_of),
         lambda: floor_results(raw, workshop_id, course.id)),
        ("class grid, one workshop", lambda: class_progress(db, workshop_id, course, as_of=as_of),
         lambda: floor_grid(raw, workshop_id, course.id)),
        (f"class grid, every workshop ({len(workshops)})",
         lambda: [class_progress(db, w, course, as_of=as_of) for w in workshops],
         lambda: floor_grid_all(raw, course.id)),
        ("eligibility, one workshop", lambda: workshop_eligibility(db, workshop_id, course),
         lambda: floor_grid(raw, workshop_id, course.id)),
        ("profiles list (list_participants)", lambda: list_participants(db),
         lambda: raw.rows("SELECT * FROM participants ORDER BY lower(name)")),
        ("roster, one workshop", lambda: roster(db, workshop_id),
         lambda: raw.rows("SELECT p.* FROM participants p JOIN enrollments e ON e.participant_id = p.id "
                          "WHERE e.workshop_id = ? ORDER BY p.name", workshop_id)),
    ]
    queries = counting(db.engine)
    results = []
    for label, ours, floor in operations:
        floor_ms = timed(floor, runs)
        before = queries[0]
        ours()
        count = queries[0] - before
        ours_ms = timed(ours, runs)
        results.append((label, ours_ms, floor_ms, count))
        if profile:
            print_profile(label, size, ours)
    floor_ms = timed(floor_save, max(runs, 50) * 3)
    before = queries[0]
    ours_save()
    count = queries[0] - before
    results.append(("answer save (durable)", timed(ours_save, max(runs, 50) * 3), floor_ms, count))
    if profile:
        print_profile("answer save", size, ours_save)
    if bundle_paths:
        floor_seconds = bundle_floor(bundle_paths)
        before = queries[0]
        started = time.perf_counter()
        imported = import_bundles(db, bundle_paths)
        ours_seconds = time.perf_counter() - started
        assert all(result.ok for result in imported), [r.error for r in imported if r.error]
        results.append((f"import {len(bundle_paths)} participant bundles", 1000 * ours_seconds, 1000 * floor_seconds,
                        queries[0] - before))
    if database_bytes is not None:
        results.append((f"database size: {database_bytes / 2**20:.0f} MB, {database_bytes / 1024 / size:.1f} KB "
                        "per participant", None, None, None))
    return results


def print_profile(label: str, size: int, work) -> None:
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"trainer/", 12)
    print(f"--- profile: {label} at {size}\n" + "\n".join(out.getvalue().splitlines()[6:]), file=sys.stderr)


def print_table(backend: str, size: int, results: list[tuple], worst: list) -> None:
    width = max(len(r[0]) for r in results)
    print(f"\n{backend}, {size:,} participants")
    print(f"{'operation':{width}}  {'Trainer':>11}  {'raw floor':>11}  {'ratio':>7}  queries")
    for label, ours, floor, count in results:
        if ours is None:
            print(label)
            continue
        ratio = ours / floor
        worst.append((ratio, label, f"{size:,} ({backend})"))
        print(f"{label:{width}}  {ours:8.2f} ms  {floor:8.2f} ms  {ratio:6.1f}x  {count}"
              + ("   OVER 3x" if ratio > 3 else ""))


def run_sqlite(sizes: list[int], runs: int, profile: bool, worst: list) -> None:
    from bench.bundles import bare_import, durable_sqlite
    from trainer.storage.database import Database

    loaded = course()
    for size in sizes:
        cached = cached_sqlite(size, loaded)
        paths = cached_bundles(size, cached, loaded)
        work = Path(tempfile.mkdtemp(prefix="trainer-bench-growth-"))
        try:
            os.environ["TRAINER_HOME"] = str(work / "home")
            shutil.copy(cached, work / "office.sqlite")
            db = Database(f"sqlite:///{work / 'office.sqlite'}")
            raw = Raw(durable_sqlite(work / "office.sqlite"), "?")

            def bundle_floor(bundle_paths):
                shutil.copy(cached, work / "floor.sqlite")
                connection = durable_sqlite(work / "floor.sqlite")
                started = time.perf_counter()
                bare_import(connection, bundle_paths)
                seconds = time.perf_counter() - started
                connection.close()
                (work / "floor.sqlite").unlink()
                return seconds

            results = run_size(db, raw, size, loaded, paths, bundle_floor, runs, profile, cached.stat().st_size)
            raw.connection.close()
            db.dispose()
            print_table("SQLite", size, results, worst)
        finally:
            shutil.rmtree(work, ignore_errors=True)


def run_postgres(url: str, sizes: list[int], runs: int, profile: bool, worst: list) -> None:
    """The same on the PostgreSQL server at `url`: one schema per size, kept like the SQLite cache (the answer saves
    rewrite the same rows each run)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from trainer.storage.database import Database

    loaded = course()
    base = make_url(url)
    for size in sizes:
        schema = f"growth_{size}_{revision()}_v{DATA_VERSION}".lower()
        plain = base.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(plain, autocommit=True) as admin:
            exists = admin.execute("SELECT 1 FROM information_schema.schemata WHERE schema_name = %s",
                                   (schema,)).fetchone()
            if not exists:
                admin.execute(f'CREATE SCHEMA "{schema}_building"')
        scoped = base.update_query_dict({"options": f"-csearch_path={schema}"})
        if not exists:
            started = time.perf_counter()
            build(base.update_query_dict({"options": f"-csearch_path={schema}_building"})
                  .render_as_string(hide_password=False), size, loaded)
            with psycopg.connect(plain, autocommit=True) as admin:
                admin.execute(f'ALTER SCHEMA "{schema}_building" RENAME TO "{schema}"')
            print(f"built PostgreSQL schema {schema} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        work = Path(tempfile.mkdtemp(prefix="trainer-bench-growth-"))
        os.environ["TRAINER_HOME"] = str(work / "home")
        db = Database(scoped.render_as_string(hide_password=False))
        connection = psycopg.connect(plain, options=f"-csearch_path={schema}")
        raw = Raw(connection, "%s")
        try:
            results = run_size(db, raw, size, loaded, None, None, runs, profile, None)
        finally:
            connection.close()
            db.dispose()
            shutil.rmtree(work, ignore_errors=True)
        print_table("PostgreSQL", size, results, worst)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,3000", help="participants per database, comma-separated")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="cProfile each operation once (to stderr)")
    parser.add_argument("--no-sqlite", action="store_true", help="only the PostgreSQL server of TRAINER_DATABASE_URL")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    url = os.environ.pop("TRAINER_DATABASE_URL", "")
    worst: list = []
    if not args.no_sqlite:
        run_sqlite(sizes, args.runs, args.profile, worst)
    if url.startswith("postgresql"):
        run_postgres(url, sizes, args.runs, args.profile, worst)
    ratio, label, where = max(worst)
    print(f"\nworst ratio: {ratio:.1f} ({label} at {where})")


if __name__ == "__main__":
    main()
