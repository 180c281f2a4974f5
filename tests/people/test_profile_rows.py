"""The "Who is learning?" list as the core gives it: recently used profiles first, then by name, found by typing
part of a name or organization without accents."""

from datetime import datetime

from sqlalchemy import update

from trainer.people.service import ProfileInput, ProfileRow, add_participant, profile_matches, profile_rows
from trainer.progress.service import complete_lesson, start_attempt
from trainer.storage.models import LessonCompletion, QuizAttempt


def rows(db, search="", page_size=1000):
    return [ProfileRow(*row) for row in profile_rows(db, search, page_size)]


def test_recent_profiles_come_first_then_alphabetical(db, example_course):
    zoe, bea, ana, carla = (add_participant(db, ProfileInput(name=name, organization="Cooperativa Sololá"))
                            for name in ("Zoë Ruiz", "bea Ortiz", "Ángela Núñez", "Carla Pérez"))
    lessons = [lesson.id for lesson in example_course.lessons()]
    complete_lesson(db, bea.id, example_course, lessons[0])
    complete_lesson(db, zoe.id, example_course, lessons[0])
    attempt = start_attempt(db, zoe.id, example_course, "basics-quiz")
    with db.session() as session:  # Bea studied yesterday; Zoë finished a lesson long ago and took a quiz today
        session.execute(update(LessonCompletion).where(LessonCompletion.participant_id == bea.id)
                        .values(completed_at=datetime(2026, 3, 9, 17)))
        session.execute(update(LessonCompletion).where(LessonCompletion.participant_id == zoe.id)
                        .values(completed_at=datetime(2025, 1, 1)))
        session.execute(update(QuizAttempt).where(QuizAttempt.id == attempt).values(started_at=datetime(2026, 3, 10, 9)))

    found = rows(db)
    assert [row.name for row in found] == ["Zoë Ruiz", "bea Ortiz", "Ángela Núñez", "Carla Pérez"]
    assert [row.last_used for row in found] == [datetime(2026, 3, 10, 9), datetime(2026, 3, 9, 17), None, None]
    assert [row.id for row in found] == [zoe.id, bea.id, ana.id, carla.id]


def test_search_ignores_case_accents_and_finds_organizations(db):
    ana = add_participant(db, ProfileInput(name="Ana Núñez", organization="Café Copán", country="HN", pin="4821"))
    add_participant(db, ProfileInput(name="José Peña", organization="Cooperativa Sololá", country="GT"))

    (found,) = rows(db, "  NUNEZ ")
    assert found[:5] == (ana.id, "Ana Núñez", "Café Copán", "HN", True)
    assert [row.name for row in rows(db, "solola")] == ["José Peña"]
    assert [row.name for row in rows(db, "cafe copan")] == ["Ana Núñez"]
    assert rows(db, "María") == []
    everyone = profile_rows(db)
    assert profile_matches(everyone, "peña") == [row for row in everyone if row[1] == "José Peña"]
    assert profile_matches(everyone, "") == everyone


def test_profiles_read_a_page_at_a_time_come_whole_and_in_order(db):
    for number in reversed(range(25)):
        add_participant(db, ProfileInput(name=f"Participante {number:02d}"))
    assert [row.name for row in rows(db, page_size=10)] == [f"Participante {n:02d}" for n in range(25)]
