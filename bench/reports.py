"""Report exports and the class progress grid for 300 participants x 5 sessions, against floors measured in the
same run.

For each report (attendance, results) and format (CSV, XLSX, PDF) the table
shows the median time to write the report's file and its ratio to the floor:
the same rows written by the bare library (csv.writer, a bare xlsxwriter
workbook, a bare reportlab platypus table per table in Helvetica) to a file
made durable the same way (written, fsync'd, renamed: a report must survive a
power cut, and the fsync alone is ~0.5 ms, more than the whole bare CSV). The
bare library writing to memory is shown too. Building the report from the
database is shown on its own line (done once, shared by all formats).

The class progress grid (bulk queries, then the mastery rules in memory) is
compared with its floor: the bare fetch of the same rows through SQLAlchemy
Core, the roster's people, their lesson completions and finished attempts, and
the attendance the grid shows (the workshop's sessions, enrolment times, marks
and each session's first mark time); and, for comparison, with asking
`course_progress` once per person. Budget (../shared/DESIGN.md): exports
within 2 x the bare library floor for each format.

    python bench/reports.py [--runs 11] [--people 300]
"""

import argparse
import csv
import io
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BUDGET = 2.0


def median_ms(work, runs: int) -> float:
    work()  # warm up: imports, font registration, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def seed(db, course, people: int):
    """One workshop, `people` enrolled, 5 sessions all marked, lessons and quiz attempts for most people."""
    from trainer.storage.models import (
        Attendance, Enrollment, LessonCompletion, Participant, QuizAttempt, fact_id, utc_now,
    )
    from trainer.workshops.service import add_session, create_workshop

    rnd = random.Random(7)
    device = db.device_id()
    workshop = create_workshop(db, "Taller de comercio electrónico, Sololá", course.id, place="Sololá", country="GT",
                               starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6))
    sessions = [add_session(db, workshop.id, date(2026, 3, 2) + timedelta(days=d), 4 if d % 2 else 3.5)
                for d in range(5)]
    firsts = ("Ana", "José", "María", "Luis", "Carmen", "Óscar", "Iñaki", "Rosa", "Pedro", "Lucía")
    lasts = ("Núñez", "Pérez", "Gómez", "Álvarez", "Ibáñez", "Muñoz", "Hernández", "Castañeda")
    lessons = course.lessons()
    with db.session() as session:
        for n in range(people):
            person = Participant(origin_device_id=device, name=f"{rnd.choice(firsts)} {rnd.choice(lasts)} {n}",
                                 organization=rnd.choice(("Cooperativa Tejidos del Lago de Atitlán", "Ministerio de "
                                                          "Economía", "Universidad de San Carlos", "")),
                                 sector=rnd.choice(("public", "private", "academic", "other")),
                                 country=rnd.choice(("GT", "GT", "SV", "HN")), sex=rnd.choice(("female", "male", None)))
            session.add(person)
            session.flush()
            session.add(Enrollment(id=fact_id("enrollment", workshop.id, person.id), workshop_id=workshop.id,
                                   participant_id=person.id, origin_device_id=device))
            for held in sessions:
                status = rnd.choice(("present", "present", "present", "late", "excused", "absent"))
                session.add(Attendance(id=fact_id("attendance", held.id, person.id), session_id=held.id,
                                       participant_id=person.id, status=status, origin_device_id=device))
            for lesson in rnd.sample(lessons, rnd.randint(0, len(lessons))):
                session.add(LessonCompletion(id=fact_id("lesson", person.id, course.id, lesson.id),
                                             participant_id=person.id, course_id=course.id, lesson_id=lesson.id,
                                             origin_device_id=device))
            for quiz in course.quizzes():
                for _ in range(rnd.randint(0, 2)):
                    score = rnd.choice((40.0, 60.0, 80.0, 100.0))
                    session.add(QuizAttempt(participant_id=person.id, course_id=course.id, course_version=course.version,
                                            module_id=quiz.module_id, quiz_id=quiz.id, mode="app",
                                            finished_at=utc_now(), score=score, passed=score >= quiz.pass_mark,
                                            origin_device_id=device))
    return workshop


def durable(path: Path, data: bytes) -> None:
    """The bare way to make a file survive a power cut: write a temporary file, fsync it, rename it."""
    temporary = path.with_suffix(".tmp")
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def bare_csv(report) -> bytes:
    stream = io.StringIO()
    writer = csv.writer(stream)
    for table in report.tables:
        writer.writerow([c.label for c in table.columns])
        writer.writerows(table.rows)
    return stream.getvalue().encode()


def bare_xlsx(report) -> bytes:
    import xlsxwriter

    target = io.BytesIO()
    workbook = xlsxwriter.Workbook(target, {"in_memory": True})
    for table in report.tables:
        sheet = workbook.add_worksheet()
        sheet.write_row(0, 0, [c.label for c in table.columns])
        for number, row in enumerate(table.rows, start=1):
            sheet.write_row(number, 0, row)
    workbook.close()
    return target.getvalue()


def bare_pdf(report) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    story = []
    for table in report.tables:
        data = [[c.label for c in table.columns]] + [["" if v is None else str(v) for v in row] for row in table.rows]
        flowable = Table(data, repeatRows=1)
        flowable.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 7), ("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
        story.append(flowable)
    target = io.BytesIO()
    SimpleDocTemplate(target, pagesize=A4).build(story)
    return target.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--people", type=int, default=300)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="trainer-bench-")
    os.environ["TRAINER_HOME"] = home
    os.environ["TRAINER_EXPORTS"] = str(Path(home) / "exports")

    from sqlalchemy import select

    from trainer.courses.loader import load_course
    from trainer.progress.service import course_progress
    from trainer.reports.attendance import attendance_report
    from trainer.reports.export import export_report
    from trainer.reports.results import results_report
    from trainer.storage.database import open_database
    from sqlalchemy import func

    from trainer.storage.models import (
        Attendance, AttendanceChange, Enrollment, LessonCompletion, Participant, QuizAttempt, WorkshopSession,
    )
    from trainer.workshops.class_progress import class_progress

    course = load_course(REPO / "courses" / "ecommerce-export").course or load_course(REPO / "courses" / "example").course
    db = open_database()
    workshop = seed(db, course, args.people)
    as_of = date(2026, 3, 31)
    out = Path(home) / "out"
    out.mkdir()
    rows = []
    builders = {
        "attendance": lambda: attendance_report(db, workshop.id, "es", as_of=as_of),
        "results": lambda: results_report(db, workshop.id, course, "es", as_of=as_of),
    }
    floors = {"csv": bare_csv, "xlsx": bare_xlsx, "pdf": bare_pdf}
    for kind, build in builders.items():
        report = build()
        rows.append((f"{kind}: build report from the database ({report.row_count} rows)",
                     median_ms(build, args.runs), None))
        for fmt, floor in floors.items():
            ours = median_ms(lambda: export_report(report, fmt, out / f"{kind}.{fmt}"), args.runs)
            in_memory = median_ms(lambda: floor(report), args.runs)
            bare = median_ms(lambda: durable(out / f"bare-{kind}.{fmt}", floor(report)), args.runs)
            rows.append((f"{kind}: {fmt.upper()} bare library, in memory", in_memory, None))
            rows.append((f"{kind}: {fmt.upper()} bare library, durable file (floor)", bare, None))
            rows.append((f"{kind}: {fmt.upper()} Trainer export, durable file", ours, ours / bare))

    enrolled = select(Enrollment.participant_id).where(Enrollment.workshop_id == workshop.id)

    def bare_fetch():
        with db.session() as session:
            session.execute(select(Participant.id, Participant.name).where(Participant.id.in_(enrolled))).all()
            session.execute(select(LessonCompletion.participant_id, LessonCompletion.lesson_id)
                            .where(LessonCompletion.participant_id.in_(enrolled))).all()
            session.execute(select(QuizAttempt.participant_id, QuizAttempt.quiz_id, QuizAttempt.score)
                            .where(QuizAttempt.participant_id.in_(enrolled))).all()
            held = select(WorkshopSession.id).where(WorkshopSession.workshop_id == workshop.id)
            session.execute(select(WorkshopSession.id, WorkshopSession.date, WorkshopSession.hours)
                            .where(WorkshopSession.workshop_id == workshop.id)).all()
            session.execute(select(Enrollment.participant_id, Enrollment.enrolled_at)
                            .where(Enrollment.workshop_id == workshop.id)).all()
            session.execute(select(Attendance.participant_id, Attendance.session_id, Attendance.status)
                            .where(Attendance.session_id.in_(held))).all()
            session.execute(select(AttendanceChange.session_id, func.min(AttendanceChange.changed_at))
                            .where(AttendanceChange.session_id.in_(held)).group_by(AttendanceChange.session_id)).all()

    def one_by_one():
        with db.session() as session:
            ids = session.scalars(enrolled).all()
        for participant_id in ids:
            course_progress(db, participant_id, course)

    grid_floor = median_ms(bare_fetch, args.runs)
    grid = median_ms(lambda: class_progress(db, workshop.id, course, as_of=as_of), args.runs)
    rows.append(("class progress: bare fetch of the same rows, attendance included (floor)", grid_floor, None))
    rows.append((f"class progress grid, {args.people} people x {len(course.modules)} modules", grid, grid / grid_floor))
    rows.append(("  (for comparison: course_progress once per person)", median_ms(one_by_one, 1), None))
    db.dispose()

    width = max(len(r[0]) for r in rows)
    print(f"{args.people} participants x 5 sessions, course '{course.id}', median of {args.runs} runs")
    print(f"{'measure':{width}}  {'median':>10}  {'ratio':>12}  budget")
    for name, ms, ratio in rows:
        budget = f"<= {BUDGET:g} x" if ratio is not None and "export" in name else ""
        flag = "" if ratio is None or "export" not in name or ratio <= BUDGET else "  OVER"
        print(f"{name:{width}}  {ms:8.1f} ms  {'' if ratio is None else f'{ratio:.2f} x floor':>12}  {budget}{flag}")


if __name__ == "__main__":
    main()
