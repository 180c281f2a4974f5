"""The trainer's grid: everyone x every module taught, and who needs attention and why."""

from datetime import date

import pytest
from sqlalchemy import event

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, record_attempt
from trainer.workshops.class_progress import class_progress
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance

RIGHT = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125}
WRONG = {"who-ships": "bank"}


@pytest.fixture
def workshop(db):
    workshop = create_workshop(db, "Taller", "example", attendance_threshold=75)
    first = add_session(db, workshop.id, date(2026, 3, 2), 4)
    second = add_session(db, workshop.id, date(2026, 3, 3), 4)
    add_session(db, workshop.id, date(2026, 3, 10), 4)  # not held yet on 2026-03-04
    return workshop, first, second


def people(db, workshop, *names):
    made = [add_participant(db, ProfileInput(name=name, organization="Coop")) for name in names]
    enrol(db, workshop.id, [p.id for p in made])
    return made


def test_each_cell_says_state_lessons_and_best_score(db, workshop, example_course):
    ana, bea, carla = people(db, workshop[0], "Ana", "Bea", "Carla")
    complete_lesson(db, ana.id, example_course, "welcome")
    record_attempt(db, ana.id, example_course, "basics-quiz", WRONG)
    record_attempt(db, ana.id, example_course, "basics-quiz", RIGHT)
    complete_lesson(db, bea.id, example_course, "try-a-lab")
    grid = class_progress(db, workshop[0].id, example_course, as_of=date(2026, 3, 4))
    assert [m.id for m in grid.modules] == ["basics", "practice"]
    cells = {row.name: [(c.state, c.lessons_done, c.lessons_total, c.best_score) for c in row.progress.modules]
             for row in grid.rows}
    assert cells == {
        "Ana": [("passed", 1, 2, 80.0), ("not_started", 0, 1, None)],
        "Bea": [("not_started", 0, 2, None), ("passed", 1, 1, None)],
        "Carla": [("not_started", 0, 2, None), ("not_started", 0, 1, None)],
    }
    assert [(row.name, row.progress.lessons_done, row.progress.modules_passed, row.progress.percent, row.progress.done)
            for row in grid.rows] == [("Ana", 1, 1, 50, False), ("Bea", 1, 1, 50, False), ("Carla", 0, 0, 0, False)]


def test_only_the_modules_the_workshop_teaches_count(db, example_course):
    workshop = create_workshop(db, "Solo práctica", "example", module_ids=["practice"])
    (ana,) = people(db, workshop, "Ana")
    complete_lesson(db, ana.id, example_course, "try-a-lab")
    row = class_progress(db, workshop.id, example_course).rows[0]
    assert [m.module_id for m in row.progress.modules] == ["practice"] and row.progress.done
    assert row.progress.percent == 100  # the basics, not taught here, do not hold her back


def test_at_risk_for_low_attendance_so_far_or_a_failed_quiz_not_yet_passed(db, workshop, example_course):
    shop, first, second = workshop
    ana, bea, carla = people(db, shop, "Ana", "Bea", "Carla")
    for person in (ana, bea, carla):
        record_attendance(db, first.id, person.id, "present")
    record_attendance(db, second.id, ana.id, "late")
    record_attendance(db, second.id, bea.id, "absent")
    record_attendance(db, second.id, carla.id, "present")
    record_attempt(db, carla.id, example_course, "basics-quiz", WRONG)
    grid = class_progress(db, shop.id, example_course, as_of=date(2026, 3, 4))
    risks = {row.name: [r.message("en") for r in row.risks] for row in grid.rows}
    assert risks == {
        "Ana": [],
        "Bea": ["attendance 50 % is below the workshop's 75 %"],
        "Carla": ["failed the quiz of 'The basics' and has not passed it yet"],
    }
    assert grid.rows[1].risks[0].message("es") == "asistencia de 50 %, por debajo del 75 % del taller"
    assert [row.name for row in grid.at_risk] == ["Bea", "Carla"]
    record_attempt(db, carla.id, example_course, "basics-quiz", RIGHT)
    grid = class_progress(db, shop.id, example_course, as_of=date(2026, 3, 4))
    assert [row.name for row in grid.at_risk] == ["Bea"]
    before_any_session = class_progress(db, shop.id, example_course, as_of=date(2026, 3, 1))
    assert before_any_session.at_risk == []


def test_rows_sort_by_any_column(db, workshop, example_course):
    shop, first, _ = workshop
    zoe, ana, olga = people(db, shop, "Zoe", "ana", "Óscar")
    record_attendance(db, first.id, zoe.id, "present")
    record_attempt(db, olga.id, example_course, "basics-quiz", RIGHT)
    grid = class_progress(db, shop.id, example_course, as_of=date(2026, 3, 2))
    assert [r.name for r in grid.sorted("name")] == ["ana", "Óscar", "Zoe"]
    assert [r.name for r in grid.sorted("attendance", descending=True)] == ["Zoe", "ana", "Óscar"]
    assert [r.name for r in grid.sorted("module:basics", descending=True)] == ["Óscar", "ana", "Zoe"]
    assert [r.name for r in grid.sorted("progress", descending=True)] == ["Óscar", "ana", "Zoe"]
    with pytest.raises(UserError) as error:
        grid.sorted("shoe size")
    assert error.value.code == "bad-sort"


def test_the_grid_costs_the_same_few_queries_for_3_or_30_people(db, workshop, example_course):
    shop, first, _ = workshop

    def queries_for_grid() -> int:
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            class_progress(db, shop.id, example_course, as_of=date(2026, 3, 4))
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(statements)

    for person in people(db, shop, *[f"P{i}" for i in range(3)]):
        record_attendance(db, first.id, person.id, "present")
        record_attempt(db, person.id, example_course, "basics-quiz", RIGHT)
    few = queries_for_grid()
    for person in people(db, shop, *[f"Q{i}" for i in range(27)]):
        record_attendance(db, first.id, person.id, "present")
        complete_lesson(db, person.id, example_course, "welcome")
    assert queries_for_grid() == few
