"""Who gets which certificate: the rules a trainer explains to a room."""

import pytest

from tests.certificates.conftest import BASICS_WRONG, make_room, pass_basics, pass_everything, pass_practice
from trainer.certificates.eligibility import course_eligibility, workshop_eligibility
from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import record_attempt


def test_a_course_certificate_needs_every_module_passed(db, example_course):
    ana = add_participant(db, ProfileInput(name="Ana"))
    pass_basics(db, example_course, ana.id)
    waiting = course_eligibility(db, ana.id, example_course)
    assert not waiting.eligible
    assert waiting.explain("en") == "module 'Practice' is not passed yet"
    assert waiting.explain("es") == "el módulo 'Práctica' aún no está aprobado"
    pass_practice(db, example_course, ana.id)
    done = course_eligibility(db, ana.id, example_course)
    assert (done.kind, done.hours, done.module_ids) == ("completion", example_course.hours, ("basics", "practice"))


def test_a_failed_attempt_does_not_count_but_a_later_pass_does(db, example_course):
    ana = add_participant(db, ProfileInput(name="Ana"))
    pass_practice(db, example_course, ana.id)
    record_attempt(db, ana.id, example_course, "basics-quiz", BASICS_WRONG)
    assert not course_eligibility(db, ana.id, example_course).eligible
    pass_basics(db, example_course, ana.id)
    assert course_eligibility(db, ana.id, example_course).eligible


def test_attendance_exactly_at_the_threshold_is_enough(room):
    ana = room.person("Ana")
    room.attend(ana, "ppppa")  # 8 of 10 hours = 80 %
    pass_everything(room.db, room.course, ana.id)
    eligibility = workshop_eligibility(room.db, room.workshop.id, room.course)[ana.id]
    assert (eligibility.kind, eligibility.hours) == ("completion", 8)


def test_late_counts_as_attended(room):
    ana = room.person("Ana")
    room.attend(ana, "llllp")
    pass_everything(room.db, room.course, ana.id)
    assert workshop_eligibility(room.db, room.workshop.id, room.course)[ana.id].kind == "completion"


def test_excused_absences_do_not_count_as_attended(room):
    ana = room.person("Ana")
    room.attend(ana, "pppee")  # 6 of 10 hours, however good the excuses
    pass_everything(room.db, room.course, ana.id)
    eligibility = workshop_eligibility(room.db, room.workshop.id, room.course)[ana.id]
    assert not eligibility.eligible
    assert eligibility.explain("en") == "attended 6 of 10 hours (60 %), below the 80 % this workshop asks for"
    assert eligibility.explain("es") == "asistió 6 de 10 horas (60 %), menos del 80 % que pide este taller"


def test_one_module_failed_gives_participation_and_says_which(room):
    ana = room.person("Ana")
    room.attend(ana, "ppppp")
    pass_practice(room.db, room.course, ana.id)
    record_attempt(room.db, ana.id, room.course, "basics-quiz", BASICS_WRONG)
    eligibility = workshop_eligibility(room.db, room.workshop.id, room.course)[ana.id]
    assert (eligibility.kind, eligibility.hours) == ("participation", 10)
    assert eligibility.explain("en") == "module 'The basics' is not passed yet"


def test_every_module_passed_without_attendance_is_not_a_workshop_certificate(room):
    ana = room.person("Ana")
    room.attend(ana, "pp---")
    pass_everything(room.db, room.course, ana.id)
    assert not workshop_eligibility(room.db, room.workshop.id, room.course)[ana.id].eligible
    assert course_eligibility(room.db, ana.id, room.course).eligible  # the course certificate remains open to her


def test_a_workshop_on_a_subset_of_modules_asks_only_for_those(db, example_course):
    room = make_room(db, example_course, module_ids=["basics"])
    ana = room.person("Ana")
    room.attend(ana, "ppppp")
    pass_basics(db, example_course, ana.id)
    eligibility = workshop_eligibility(db, room.workshop.id, example_course)[ana.id]
    assert (eligibility.kind, eligibility.module_ids) == ("completion", ("basics",))


def test_a_custom_threshold_is_respected(db, example_course):
    room = make_room(db, example_course, attendance_threshold=100)
    ana = room.person("Ana")
    room.attend(ana, "ppppa")
    pass_everything(db, example_course, ana.id)
    assert "below the 100 %" in workshop_eligibility(db, room.workshop.id, example_course)[ana.id].explain("en")


def test_someone_who_attended_nothing_or_is_not_enrolled_is_told_so(room):
    ana = room.person("Ana")
    outsider = add_participant(room.db, ProfileInput(name="Bea"))
    result = workshop_eligibility(room.db, room.workshop.id, room.course, [ana.id, outsider.id])
    assert result[ana.id].explain("en").startswith("attended no session of this workshop")
    assert result[outsider.id].explain("es") == "no está inscrito en este taller"


def test_asking_about_a_workshop_with_another_course_is_an_error(room, course_copy):
    from trainer.courses.loader import load_course

    other = course_copy.parent / "other"
    course_copy.rename(other)
    (other / "course.toml").write_text((other / "course.toml").read_text(encoding="utf-8")
                                       .replace('id = "example"', 'id = "other"'), encoding="utf-8")
    with pytest.raises(UserError) as error:
        workshop_eligibility(room.db, room.workshop.id, load_course(other).course)
    assert error.value.message("en") == "workshop 'Taller Sololá' teaches course 'example', not 'other'"


def test_eligibility_reads_the_class_grids_rows_in_its_few_queries_for_3_or_30_people(room):
    """A whole class costs the grid's queries, never one per person, and says what the grid shows."""
    from sqlalchemy import event

    from trainer.workshops.class_progress import EVERY_SESSION, class_progress

    def statements(work) -> int:
        seen = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
        event.listen(room.db.engine, "before_cursor_execute", listener)
        try:
            work()
        finally:
            event.remove(room.db.engine, "before_cursor_execute", listener)
        return len(seen)

    def join(count: int, prefix: str) -> None:
        for n in range(count):
            person = room.person(f"{prefix}{n}")
            room.attend(person, "ppppa" if n % 3 else "pa---")
            if n % 2:
                pass_everything(room.db, room.course, person.id)

    def check() -> int:
        queries = statements(lambda: workshop_eligibility(room.db, room.workshop.id, room.course))
        assert queries == statements(lambda: class_progress(room.db, room.workshop.id, room.course))
        eligible = workshop_eligibility(room.db, room.workshop.id, room.course)
        grid = class_progress(room.db, room.workshop.id, room.course, as_of=EVERY_SESSION)
        assert list(eligible) == [row.participant_id for row in grid.rows]  # by name, as on the grid
        met = {row.participant_id: row.attendance.rate >= 80 for row in grid.rows}
        assert {row.participant_id: (met[row.participant_id], met[row.participant_id] and row.progress.done)
                for row in grid.rows} == {person: (e.eligible, e.kind == "completion") for person, e in eligible.items()}
        return queries

    join(3, "P")
    few = check()
    join(27, "Q")
    assert check() == few
