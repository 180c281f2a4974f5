"""Saving one quiz answer, as the learner's quiz screen and the writer's journal replay do: one durable write that
keeps every rule (a finished attempt takes no more answers, an unknown question is refused, a changed answer
replaces the earlier one and its time)."""

import dataclasses
from datetime import datetime

import pytest
from sqlalchemy import select, update

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import attempt_responses, finish_attempt, save_answer, start_attempt
from trainer.storage.models import QuizAnswer, utc_now

LONG_AGO = datetime(2020, 1, 1)


@pytest.fixture
def ana(db):
    return add_participant(db, ProfileInput(name="Ana Núñez", country="GT")).id


def stored(db, attempt_id):
    with db.session() as session:
        return session.execute(select(QuizAnswer.question_id, QuizAnswer.response, QuizAnswer.score,
                                      QuizAnswer.answered_at).where(QuizAnswer.attempt_id == attempt_id)).all()


def test_answering_again_replaces_the_answer_its_score_and_its_time(db, ana, example_course):
    attempt = start_attempt(db, ana, example_course, "basics-quiz")
    assert save_answer(db, attempt, example_course, "who-ships", "bank") == 0.0
    with db.session() as session:  # the first answer was given long ago
        session.execute(update(QuizAnswer).where(QuizAnswer.attempt_id == attempt).values(answered_at=LONG_AGO))
    before = utc_now()
    assert save_answer(db, attempt, example_course, "who-ships", "shop") == 1.0
    [(question, response, score, answered_at)] = stored(db, attempt)
    assert (question, response, score) == ("who-ships", "shop", 1.0)
    assert answered_at >= before.replace(microsecond=0)


def test_an_answer_to_a_finished_attempt_is_refused_and_changes_nothing(db, ana, example_course):
    attempt = start_attempt(db, ana, example_course, "basics-quiz")
    save_answer(db, attempt, example_course, "who-ships", "shop")
    finish_attempt(db, attempt, example_course)
    kept = stored(db, attempt)
    for question_id, response in (("who-ships", "bank"), ("total", 125)):  # a replacement, and a new answer
        with pytest.raises(UserError) as refused:
            save_answer(db, attempt, example_course, question_id, response)
        assert refused.value.code == "attempt-finished"
    assert stored(db, attempt) == kept


def test_an_answer_to_an_unknown_question_is_refused_and_saves_nothing(db, ana, example_course):
    attempt = start_attempt(db, ana, example_course, "basics-quiz")
    with pytest.raises(UserError) as refused:
        save_answer(db, attempt, example_course, "no-such-question", "shop")
    assert refused.value.code == "unknown-question"
    assert attempt_responses(db, attempt) == {}


def test_a_question_id_two_quizzes_share_is_scored_by_the_attempts_own_quiz(db, ana, example_course):
    """Question ids are unique within a quiz only: the answer belongs to the quiz the attempt is taking."""
    basics, practice = example_course.modules
    who_ships = basics.quiz.question("who-ships")
    bank_is_right = dataclasses.replace(
        who_ships, options=tuple(dataclasses.replace(o, correct=o.id == "bank") for o in who_ships.options))
    other_quiz = dataclasses.replace(basics.quiz, id="practice-quiz", module_id=practice.id, questions=(bank_is_right,))
    course = dataclasses.replace(example_course, modules=(basics, dataclasses.replace(practice, quiz=other_quiz)))

    in_basics = start_attempt(db, ana, course, "basics-quiz")
    in_practice = start_attempt(db, ana, course, "practice-quiz")
    assert save_answer(db, in_basics, course, "who-ships", "bank") == 0.0
    assert save_answer(db, in_practice, course, "who-ships", "bank") == 1.0
    with pytest.raises(UserError) as refused:  # a question only the other quiz has
        save_answer(db, in_practice, course, "total", 125)
    assert refused.value.code == "unknown-question"
    assert attempt_responses(db, in_practice) == {"who-ships": "bank"}
