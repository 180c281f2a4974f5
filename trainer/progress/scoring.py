"""How a response to a question is scored: the one place these rules live.

A response is what the learner gave, in a JSON-friendly form: an option id
(single), a list of option ids (multiple), a bool (true_false), a number
(numeric; or the typed text when it reads as two numbers, see trainer.locale)
or a string (text).
"""

import re
import unicodedata

from trainer.courses.model import Question, Quiz
from trainer.errors import UserError
from trainer.locale import parse_number, readings


def normalize_text(text: str) -> str:
    """Lowercase, no accents, single spaces, no final punctuation: 'Indotel.' == ' indotel'.

    Only accents on Latin letters go (a combining mark after an ASCII letter, once
    decomposed): letters and vowel signs of every other script stay, so two
    different Chinese, Cyrillic or Devanagari names never compare equal.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [c for i, c in enumerate(decomposed)
            if not (unicodedata.category(c) == "Mn" and i and decomposed[i - 1].isascii())]
    plain = unicodedata.normalize("NFC", "".join(kept))
    plain = " ".join(plain.casefold().split())
    return re.sub(r"[\s.,;:!?¡¿]+$", "", re.sub(r"^[\s¡¿]+", "", plain))


def numeric_response(text: str, lang: str | None = None, country: str | None = None):
    """What to store for a number typed by a learner of `lang` in `country`: the number when it has one reading
    for them (trainer.locale's rule), the text as typed when nothing settles between two readings ("2,500" with
    no country; scored by `numbers_in`), None when it is no number."""
    try:
        return parse_number(text, lang, country)
    except UserError as error:
        return str(text).strip() if error.code == "ambiguous-number" else None


def numbers_in(response) -> tuple[float, ...]:
    """The values a numeric response may stand for: a stored number, or each reading of stored text."""
    if isinstance(response, bool):
        return ()
    if isinstance(response, (int, float)):
        return (float(response),)
    return tuple(sorted(set(readings(response).values()))) if isinstance(response, str) else ()


def score_response(question: Question, response) -> float:
    """The response's score between 0 and 1; an unanswered or malformed response scores 0."""
    if response is None:
        return 0.0
    if question.type == "single":
        option = question.option(response) if isinstance(response, str) else None
        return 1.0 if option is not None and option.correct else 0.0
    if question.type == "multiple":
        if not isinstance(response, (list, tuple)):
            return 0.0
        chosen = set(response)
        correct = {o.id for o in question.options if o.correct}
        wrong = {o.id for o in question.options if not o.correct}
        return max(0.0, (len(chosen & correct) - len(chosen & wrong)) / len(correct))
    if question.type == "true_false":
        return 1.0 if isinstance(response, bool) and response == question.answer else 0.0
    if question.type == "numeric":
        # Text with two readings ("2,500", typed where nothing settled the decimal mark) is right when one of
        # them is: each reading is a number the learner may have meant, and neither is the other's typo.
        return 1.0 if any(abs(number - question.answer) <= question.tolerance + 1e-9
                          for number in numbers_in(response)) else 0.0
    if question.type == "text":
        accepted = {normalize_text(a) for answers in question.answers.values() for a in answers}
        return 1.0 if isinstance(response, str) and normalize_text(response) in accepted else 0.0
    return 0.0


def quiz_score(quiz: Quiz, responses: dict[str, object]) -> float:
    """The quiz score in percent: the mean of every current question's score, unanswered counting 0."""
    if not quiz.questions:
        return 0.0
    total = sum(score_response(q, responses.get(q.id)) for q in quiz.questions)
    return round(100.0 * total / len(quiz.questions), 2)
