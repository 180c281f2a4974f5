"""How each kind of answer is marked."""

import pytest

from trainer.progress.scoring import normalize_text, parse_number, quiz_score, score_response


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


def test_parse_number_reads_both_decimal_marks():
    assert parse_number("2,5") == 2.5
    assert parse_number("1,250.75") == 1250.75
    assert parse_number(True) is None


def test_quiz_score_counts_unanswered_as_zero(quiz):
    assert quiz_score(quiz, {}) == 0.0
    all_right = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125,
                 "digest-name": "SHA-256"}
    assert quiz_score(quiz, all_right) == 100.0
    assert quiz_score(quiz, {"who-ships": "shop", "parties": ["buyer", "shop"]}) == pytest.approx(100 * (1 + 2 / 3) / 5, abs=0.01)
