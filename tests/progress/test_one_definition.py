"""One definition of progress, read the same everywhere a person or a funder looks.

The case from issue 12: a learner passed all four module quizzes of the real course but marked only one of
its lessons read; My progress showed 5 % while she held a completion certificate.
"""

from datetime import date

import pytest
from sqlalchemy import event

from tests.conftest import REPO
from trainer.certificates.eligibility import course_eligibility, workshop_eligibility
from trainer.paper.scores import correct_response
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, course_progress, record_attempt
from trainer.reports.results import results_report
from trainer.reports.summary import funder_summary
from trainer.workshops.class_progress import class_progress
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance

DAY_1, DAY_2 = date(2026, 3, 2), date(2026, 3, 3)


@pytest.fixture(scope="module")
def course():
    from trainer.courses.loader import load_course

    load = load_course(REPO / "courses" / "ecommerce-export", deep=False)
    assert load.available and len(load.course.modules) == 4
    return load.course


def pass_quiz(db, course, participant_id, module, mode="app"):
    quiz = module.quiz
    assert record_attempt(db, participant_id, course, quiz.id, {q.id: correct_response(q) for q in quiz.questions},
                          mode).passed


def table(report, title):
    found = next(t for t in report.tables if t.title == title)
    return {row[0]: dict(zip([c.label for c in found.columns], row)) for row in found.rows}


@pytest.fixture
def workshop(db, course):
    """Two days, both attended by Ana (4 quizzes passed, 1 lesson read) and Bea (part of the way)."""
    workshop = create_workshop(db, "Taller Sololá", course.id, place="Sololá", country="GT")
    days = [add_session(db, workshop.id, day, 4) for day in (DAY_1, DAY_2)]
    ana = add_participant(db, ProfileInput(name="Ana Núñez", country="GT", language="en"))
    bea = add_participant(db, ProfileInput(name="Bea Ixcot", country="GT", language="en"))
    enrol(db, workshop.id, [ana.id, bea.id])
    for held in days:
        for person in (ana, bea):
            record_attendance(db, held.id, person.id, "present")
    first, second = course.modules[0], course.modules[1]
    complete_lesson(db, ana.id, course, first.lessons[0].id)
    for module in course.modules:
        pass_quiz(db, course, ana.id, module, mode="paper" if module is second else "app")
    pass_quiz(db, course, bea.id, first)
    for lesson in second.lessons[:2]:
        complete_lesson(db, bea.id, course, lesson.id)
    return workshop, ana, bea


def gui_figures(qtbot, db, course, person):
    """What the learner reads: the ring of My progress and the overall bar of the course home."""
    from trainer.courses.loader import load_course
    from trainer.gui.context import AppContext
    from trainer.gui.screens.course_home import CourseHome
    from trainer.gui.screens.progress import ProgressScreen

    context = AppContext("en")
    context.database = db
    context.course_loads = [load_course(REPO / "courses" / "ecommerce-export", deep=False)]
    context.participant = person
    mine, home = ProgressScreen(context, course), CourseHome(context, course)
    qtbot.addWidget(mine)
    qtbot.addWidget(home)
    return mine.ring, home.overall.text


def test_every_quiz_passed_with_lessons_unread_is_done_everywhere(qtbot, db, course, workshop):
    shop, ana, bea = workshop
    second = course.modules[1]
    bea_percent = (1 + 2 / (len(second.lessons) + 1)) * 100 // 4  # the first module passed, 2 lessons of the second
    assert bea_percent == 33

    mine = course_progress(db, ana.id, course)
    assert (mine.lessons_done, mine.lessons_total, mine.modules_passed) == (1, 20, 4)
    assert (mine.percent, mine.done, mine.minutes_left) == (100, True, 0)
    assert (course_progress(db, bea.id, course).percent, course_progress(db, bea.id, course).done) == (33, False)

    # My progress and the course home
    for person, percent, done, modules in ((ana, 100, True, 4), (bea, 33, False, 1)):
        ring, home_text = gui_figures(qtbot, db, course, person)
        assert (ring.caption, ring.passed) == (f"{percent} %", done)
        assert home_text.startswith(f"{percent} % · ") and f"{modules} of 4 modules passed" in home_text

    # the trainer's class grid
    grid = {row.name: row.progress for row in class_progress(db, shop.id, course, as_of=DAY_2).rows}
    assert (grid["Ana Núñez"].percent, grid["Ana Núñez"].done) == (100, True)
    assert (grid["Bea Ixcot"].percent, grid["Bea Ixcot"].done) == (33, False)

    # the organizer's reports
    people = table(results_report(db, shop.id, course, "en", as_of=DAY_2), "Results per participant")
    assert [(p["Progress %"], p["Modules passed"], p["Completed"]) for p in people.values()] == [
        (100, 4, "Yes"), (33, 1, "No")]
    summary = funder_summary(db, "en", {course.id: course}, workshop_ids=[shop.id])
    assert table(summary, "Key figures")["Completions"]["Value"] == 1

    # certificates: a completion for Ana (workshop and course alike), participation for Bea, naming what is missing
    eligible = workshop_eligibility(db, shop.id, course)
    assert (eligible[ana.id].kind, eligible[bea.id].kind) == ("completion", "participation")
    assert course_eligibility(db, ana.id, course).kind == "completion"
    assert eligible[bea.id].explain("en").count("is not passed yet") == 3


def test_eligibility_reads_a_whole_class_in_the_same_few_queries(db, course):
    """An organizer's database holds thousands of people: no query per person."""
    workshop = create_workshop(db, "Taller grande", course.id)
    held = add_session(db, workshop.id, DAY_1, 4)

    def queries() -> int:
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            result = workshop_eligibility(db, workshop.id, course)
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        assert all(e.kind == "participation" for e in result.values())
        return len(statements)

    def join(count: int, prefix: str) -> None:
        people = [add_participant(db, ProfileInput(name=f"{prefix}{i}")) for i in range(count)]
        enrol(db, workshop.id, [p.id for p in people])
        for person in people:
            record_attendance(db, held.id, person.id, "present")
            complete_lesson(db, person.id, course, course.modules[0].lessons[0].id)

    join(3, "P")
    few = queries()
    join(27, "Q")
    assert queries() == few


def test_my_progress_shows_the_figure_and_the_rule_and_follows_new_work(qtbot, db, example_course):
    """A quiz passed on paper moves the ring at once; the line under it says how it is counted."""
    from PySide6.QtWidgets import QLabel

    from trainer.gui.context import AppContext
    from trainer.gui.screens.progress import ProgressScreen, Ring

    ana = add_participant(db, ProfileInput(name="Ana Núñez", language="en"))
    context = AppContext("en")
    context.database, context.participant = db, ana
    screen = ProgressScreen(context, example_course)
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.ring.caption == "0 %"
    assert screen.rule.isVisible() and "complete once its quiz is passed" in screen.rule.text()

    basics = example_course.module("basics")
    record_attempt(db, ana.id, example_course, basics.quiz.id, {q.id: correct_response(q) for q in basics.quiz.questions},
                   "paper")
    context.changed.emit()
    rings = screen.findChildren(Ring)
    assert len(rings) == 1 and (rings[0].caption, rings[0].passed) == ("50 %", False)  # the old ring is gone

    complete_lesson(db, ana.id, example_course, "try-a-lab")
    context.changed.emit()
    assert (screen.ring.caption, screen.ring.passed) == ("100 %", True)
    texts = [label.text() for label in screen.findChildren(QLabel)]
    assert "✓ Course complete" in texts and "1 of 3 lessons done" in texts  # done, with two lessons still unread
