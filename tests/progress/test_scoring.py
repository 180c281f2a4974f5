"""How each kind of answer is marked."""

import pytest

from trainer.courses.model import Question
from trainer.progress.scoring import normalize_text, numeric_response, quiz_score, score_response


@pytest.fixture
def quiz(example_course):
    return example_course.quiz("basics-quiz")


def test_single_choice(quiz):
    question = quiz.question("who-ships")
    assert score_response(question, "shop") == 1.0
    assert score_response(question, "bank") == 0.0
    assert score_response(question, "nonsense") == 0.0


def test_all_that_apply_gives_partial_credit(quiz):
    question = quiz.question("parties")  # buyer, shop, bank correct; notary wrong
    assert score_response(question, ["buyer", "shop", "bank"]) == 1.0
    assert score_response(question, ["buyer", "shop"]) == pytest.approx(2 / 3)
    assert score_response(question, ["buyer", "shop", "bank", "notary"]) == pytest.approx(2 / 3)
    assert score_response(question, ["notary"]) == 0.0
    assert score_response(question, ["buyer", "notary"]) == 0.0


def test_true_false(quiz):
    question = quiz.question("notes-for-all")
    assert score_response(question, False) == 1.0
    assert score_response(question, True) == 0.0
    assert score_response(question, "false") == 0.0


def test_numeric_with_tolerance_and_decimal_comma(quiz):
    question = quiz.question("total")  # 125 ± 0.5
    assert score_response(question, 125) == 1.0
    assert score_response(question, "125,4") == 1.0
    assert score_response(question, "125.6") == 0.0
    assert score_response(question, "ciento veinticinco") == 0.0


def test_short_text_ignores_case_accents_and_final_punctuation(quiz):
    question = quiz.question("digest-name")
    assert score_response(question, " sha-256. ") == 1.0
    assert score_response(question, "SHA256") == 1.0
    assert score_response(question, "MD5") == 0.0
    assert normalize_text("¡INDOTEL!") == "indotel"
    assert normalize_text("Pro  Consumidor") == normalize_text("pro consumidor")


def numeric(answer: float) -> Question:
    return Question("q", "numeric", {"es": "¿Cuánto?"}, {"es": "Así."}, answer=answer)


@pytest.mark.parametrize("typed, lang, country, stored", [
    ("1.234,5", "es", None, 1234.5),  # one reading only, whoever typed it
    ("1,234.5", "es", "AR", 1234.5),
    ("2,5", "en", None, 2.5),
    ("2,500", "es", "AR", 2.5),  # Argentina writes the decimal comma
    ("2,500", "es", "MX", 2500.0),  # Mexico groups thousands with it
    ("2,500", "en", None, 2500.0),
    ("2,500", "es", None, "2,500"),  # Spanish with no country: kept as typed, scored by both readings
    ("2,500", None, None, "2,500"),  # a paper sheet: nobody's convention is known
    ("dos", "es", "AR", None),
])
def test_a_typed_number_is_stored_as_the_learner_meant_it(typed, lang, country, stored):
    assert numeric_response(typed, lang, country) == stored


def test_numeric_answers_in_both_conventions_are_scored_right():
    assert score_response(numeric(1234.5), numeric_response("1.234,5", "es", "AR")) == 1.0
    assert score_response(numeric(1234.5), numeric_response("1.234,5", "es", "MX")) == 1.0
    assert score_response(numeric(1234.5), "1.234,5") == 1.0  # stored as typed before: read the same way
    assert score_response(numeric(2.5), numeric_response("2,500", "es", "AR")) == 1.0
    assert score_response(numeric(2500), numeric_response("2,500", "es", "AR")) == 0.0
    assert score_response(numeric(2500), numeric_response("2,500", "es", "GT")) == 1.0


def test_an_ambiguous_answer_with_no_convention_is_right_when_one_reading_is():
    stored = numeric_response("2,500", "es")
    assert score_response(numeric(2500), stored) == 1.0 and score_response(numeric(2.5), stored) == 1.0
    assert score_response(numeric(25), stored) == 0.0  # neither reading: wrong whichever was meant
    assert score_response(numeric(2.5), True) == 0.0


def test_quiz_score_counts_unanswered_as_zero(quiz):
    assert quiz_score(quiz, {}) == 0.0
    all_right = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125,
                 "digest-name": "SHA-256"}
    assert quiz_score(quiz, all_right) == 100.0
    assert quiz_score(quiz, {"who-ships": "shop", "parties": ["buyer", "shop"]}) == pytest.approx(100 * (1 + 2 / 3) / 5, abs=0.01)
