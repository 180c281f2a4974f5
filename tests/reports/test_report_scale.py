"""A national programme's year on one office database: the funder summary reads the same few grouped queries
however many workshops it covers, and still counts each one exactly."""

from datetime import date, timedelta

from sqlalchemy import event

from tests.reports.test_report_content import RIGHT, table
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, record_attempt
from trainer.reports.summary import funder_summary
from trainer.workshops.service import add_session, create_workshop, enrol, get_workshop, record_attendance

FIRST_DAY = date(2026, 3, 2)


def statements(db, work) -> int:
    """How many SQL statements `work()` sends to the database."""
    seen = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    return len(seen)


def add_workshops(db, course, count: int, first: int = 0) -> list[str]:
    """Workshops of two 3-hour sessions: one person attends both and passes everything, one attends the first."""
    ids = []
    for n in range(first, first + count):
        workshop = create_workshop(db, f"Taller {n:02d}", course.id, country="GT" if n % 2 else "SV")
        sessions = [add_session(db, workshop.id, FIRST_DAY + timedelta(days=7 * n + day), 3) for day in (0, 1)]
        graduate = add_participant(db, ProfileInput(name=f"Ana {n}", sex="female"))
        starter = add_participant(db, ProfileInput(name=f"Luis {n}", sex="male", country="HN"))
        enrol(db, workshop.id, [graduate.id, starter.id])
        for held in sessions:
            record_attendance(db, held.id, graduate.id, "present")
        record_attendance(db, sessions[0].id, starter.id, "late")
        record_attempt(db, graduate.id, course, "basics-quiz", RIGHT)
        complete_lesson(db, graduate.id, course, "try-a-lab")
        ids.append(workshop.id)
    return ids


def test_the_funder_summary_costs_the_same_queries_for_3_or_12_workshops(db, example_course):
    courses = {"example": example_course}
    year = {"start": date(2026, 1, 1), "end": date(2026, 12, 31)}

    def summary_of(count: int, workshop_ids=None, first: int = 0) -> int:
        done = []
        report = None

        def build():
            nonlocal report
            report = funder_summary(db, "en", courses, workshop_ids, progress=lambda *step: done.append(step), **year)

        queries = statements(db, build)
        figures = {row["Measure"]: row["Value"] for row in table(report, "Key figures")}
        assert (figures["Workshops"], figures["Sessions"], figures["People trained"], figures["Person-hours"],
                figures["Completions"]) == (count, 2 * count, 2 * count, 9.0 * count, count)
        assert [(r["Workshop"], r["People trained"], r["Person-hours"], r["Completions"])
                for r in table(report, "Workshops")] == [(f"Taller {n:02d}", 2, 9.0, 1) for n in range(first, first + count)]
        assert done == [(n, count) for n in range(1, count + 1)]  # still reports each workshop, so it can be cancelled
        return queries

    add_workshops(db, example_course, 3)
    few = summary_of(3)
    ids = add_workshops(db, example_course, 9, first=3)
    assert summary_of(12) == few
    assert summary_of(9, ids, first=3) == few  # the chosen workshops, not a period: as few queries


def test_a_person_trained_in_two_workshops_counts_once_in_the_first_ones_country(db, example_course):
    first, second = add_workshops(db, example_course, 2)  # in El Salvador, then a week later in Guatemala
    someone = add_participant(db, ProfileInput(name="Sin país"))
    for workshop_id in (second, first):
        enrol(db, workshop_id, [someone.id])
        record_attendance(db, get_workshop(db, workshop_id).sessions[0].id, someone.id, "present")
    report = funder_summary(db, "en", {"example": example_course}, [second, first])
    figures = {row["Measure"]: row["Value"] for row in table(report, "Key figures")}
    assert (figures["Workshops"], figures["People trained"], figures["Person-hours"]) == (2, 5, 24.0)
    assert {r["Country"]: r["People trained"] for r in table(report, "People trained by country")} == {
        "El Salvador": 2, "Honduras": 2, "Guatemala": 1}
    assert [r["Workshop"] for r in table(report, "Workshops")] == ["Taller 00", "Taller 01"]  # by first day
