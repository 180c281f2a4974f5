"""Progress rules as a trainer meets them: retakes, interrupted quizzes, and courses edited mid-workshop."""

import dataclasses

import pytest

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import (
    IN_PROGRESS, NOT_STARTED, PASSED, attempt_responses, attempts, complete_lesson, course_progress, finish_attempt,
    next_lesson_id, record_attempt, save_answer, start_attempt,
)

ALL_RIGHT = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125,
             "digest-name": "SHA-256"}
TWO_RIGHT = {"who-ships": "shop", "notes-for-all": False}  # 40 %, below the 60 % pass mark


@pytest.fixture
def ana(db):
    return add_participant(db, ProfileInput(name="Ana Núñez", country="GT")).id


def test_nothing_done_yet(db, ana, example_course):
    progress = course_progress(db, ana, example_course)
    assert [m.state for m in progress.modules] == [NOT_STARTED, NOT_STARTED]
    assert progress.percent == 0 and not progress.done
    assert progress.minutes_left == example_course.minutes
    assert next_lesson_id(example_course, progress) == "welcome"


def test_completing_a_lesson_twice_counts_once(db, ana, example_course):
    first = complete_lesson(db, ana, example_course, "welcome")
    again = complete_lesson(db, ana, example_course, "welcome")
    assert first.id == again.id
    progress = course_progress(db, ana, example_course)
    basics = progress.module("basics")
    assert (basics.lessons_done, basics.lessons_total, basics.state) == (1, 2, IN_PROGRESS)
    assert next_lesson_id(example_course, progress) == "online-order"
    assert progress.minutes_left == example_course.minutes - 5


def test_unknown_lesson_is_refused(db, ana, example_course):
    with pytest.raises(UserError) as error:
        complete_lesson(db, ana, example_course, "no-such-lesson")
    assert error.value.message("es") == "el curso 'example' no tiene la lección 'no-such-lesson'"


def test_retake_best_score_counts_and_a_weaker_retake_keeps_the_pass(db, ana, example_course):
    failed = record_attempt(db, ana, example_course, "basics-quiz", TWO_RIGHT)
    assert (failed.score, failed.passed, failed.pass_mark) == (40.0, False, 60.0)
    assert course_progress(db, ana, example_course).module("basics").state == IN_PROGRESS
    passed = record_attempt(db, ana, example_course, "basics-quiz", ALL_RIGHT)
    weaker = record_attempt(db, ana, example_course, "basics-quiz", {"who-ships": "shop"})
    assert passed.passed and not weaker.passed
    basics = course_progress(db, ana, example_course).module("basics")
    assert (basics.attempts, basics.best_score, basics.latest_score) == (3, 100.0, 20.0)
    assert basics.passed and basics.state == PASSED
    assert [a.score for a in attempts(db, ana, "example", "basics-quiz")] == [40.0, 100.0, 20.0]


def test_answers_are_saved_one_by_one_and_an_interrupted_attempt_resumes(db, ana, example_course):
    attempt = start_attempt(db, ana, example_course, "basics-quiz")
    assert save_answer(db, attempt, example_course, "who-ships", "bank") == 0.0
    assert save_answer(db, attempt, example_course, "who-ships", "shop") == 1.0  # changed mind before finishing
    save_answer(db, attempt, example_course, "total", "125,0")
    # the laptop lid closes; a new process reads what was saved
    assert attempt_responses(db, attempt) == {"who-ships": "shop", "total": "125,0"}
    unfinished = course_progress(db, ana, example_course).module("basics")
    assert unfinished.attempts == 0 and unfinished.best_score is None
    result = finish_attempt(db, attempt, example_course)
    assert result.score == 40.0 and result.question_scores["total"] == 1.0 and result.question_scores["parties"] == 0.0
    assert finish_attempt(db, attempt, example_course).score == 40.0  # finishing twice changes nothing
    with pytest.raises(UserError):
        save_answer(db, attempt, example_course, "parties", ["buyer"])


def test_module_without_quiz_passes_when_its_lessons_are_done(db, ana, example_course):
    complete_lesson(db, ana, example_course, "try-a-lab")
    assert course_progress(db, ana, example_course).module("practice").state == PASSED


def test_course_mastered_when_every_module_passed(db, ana, example_course):
    for lesson in example_course.lessons():
        complete_lesson(db, ana, example_course, lesson.id)
    record_attempt(db, ana, example_course, "basics-quiz", ALL_RIGHT)
    progress = course_progress(db, ana, example_course)
    assert progress.done and progress.percent == 100 and progress.minutes_left == 0
    assert next_lesson_id(example_course, progress) is None


def test_course_edited_after_progress_was_recorded(db, ana, example_course):
    complete_lesson(db, ana, example_course, "welcome")
    complete_lesson(db, ana, example_course, "online-order")
    old = record_attempt(db, ana, example_course, "basics-quiz", ALL_RIGHT)

    basics = example_course.module("basics")
    quiz = basics.quiz
    new_lesson = dataclasses.replace(basics.lessons[0], id="new-lesson")
    edited_quiz = dataclasses.replace(quiz, questions=quiz.questions[:2], pass_mark=90.0)
    edited_basics = dataclasses.replace(basics, lessons=(basics.lessons[1], new_lesson), quiz=edited_quiz)
    edited = dataclasses.replace(example_course, version="1.1.0", modules=(edited_basics, example_course.modules[1]))

    progress = course_progress(db, ana, edited).module("basics")
    # the removed lesson no longer counts, the new one is still to do; the record stays in the database
    assert (progress.lessons_done, progress.lessons_total) == (1, 2)
    assert "welcome" in course_progress(db, ana, edited).done_lesson_ids
    # the earlier attempt keeps its score and its pass, even though the pass mark rose
    assert progress.best_score == old.score == 100.0 and progress.passed
    retake = record_attempt(db, ana, edited, "basics-quiz", {"who-ships": "shop"})
    assert retake.score == 50.0 and retake.pass_mark == 90.0 and not retake.passed
    assert attempts(db, ana, "example")[-1].course_version == "1.1.0"


def test_answer_to_unknown_question_is_refused_and_saves_nothing(db, ana, example_course):
    with pytest.raises(UserError):
        record_attempt(db, ana, example_course, "basics-quiz", {"who-ships": "shop", "gone": "x"})
    assert attempts(db, ana, "example") == []


def test_an_attempt_id_chosen_in_advance_is_started_once(db, ana, example_course):
    """The GUI's writer queues answers behind an attempt whose id it chose; a retried start changes nothing."""
    from trainer.progress.service import attempts
    from trainer.storage.models import new_id

    chosen = new_id()
    assert start_attempt(db, ana, example_course, "basics-quiz", attempt_id=chosen) == chosen
    assert start_attempt(db, ana, example_course, "basics-quiz", attempt_id=chosen) == chosen
    assert [a.id for a in attempts(db, ana, example_course.id, "basics-quiz")] == [chosen]
    save_answer(db, chosen, example_course, "who-ships", "shop")
    assert attempt_responses(db, chosen) == {"who-ships": "shop"}


def test_a_passed_quiz_completes_its_module_and_each_module_weighs_the_same(db, ana, example_course):
    """The basics: 2 lessons + a quiz; practice: 1 lesson, no quiz."""
    def figures():
        progress = course_progress(db, ana, example_course)
        return progress.percent, progress.done, [m.state for m in progress.modules]

    complete_lesson(db, ana, example_course, "welcome")
    assert figures() == (16, False, [IN_PROGRESS, NOT_STARTED])  # 1 of the basics' 3 steps: 1/6 of the course
    record_attempt(db, ana, example_course, "basics-quiz", TWO_RIGHT)
    assert figures()[0] == 16  # a failed attempt is no step forward
    record_attempt(db, ana, example_course, "basics-quiz", ALL_RIGHT)
    assert figures() == (50, False, [PASSED, NOT_STARTED])  # passed with "online-order" unread: the whole module
    complete_lesson(db, ana, example_course, "try-a-lab")
    progress = course_progress(db, ana, example_course)
    assert (progress.percent, progress.done, progress.minutes_left) == (100, True, 0)
    assert progress.lessons_done == 2 and next_lesson_id(example_course, progress) == "online-order"  # still to read
