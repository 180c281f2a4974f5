"""Typing paper quiz results back in, so they count like quizzes taken on a laptop (attempts with mode "paper").

The trainer fills a spreadsheet (the template below, or any with a name or id
column and one column per question numbered as on the sheet) with either what
each person answered (A, "A, C", V/F or T/F, a number, words) or, with
`marks`, only whether each answer was right (1) or wrong (0). A person's row
is either empty (they did not take the quiz) or complete: a question left
blank on the sheet is typed as "-", so a half-typed row is never scored as if
its empty cells were wrong answers. Every cell is checked first; if any is
wrong nothing is recorded and each problem names its row and column.
"""

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trainer.courses.model import Course, Question, Quiz
from trainer.errors import UserError
from trainer.files import atomic_write
from trainer.i18n import pick
from trainer.paper.quiz_sheet import option_letter
from trainer.paths import exports_dir
from trainer.progress.scoring import normalize_text, numeric_response
from trainer.progress.service import AttemptResult, record_attempts
from trainer.roster.columns import column_letter, header_field, plain
from trainer.roster.preview import RowProblem
from trainer.roster.spreadsheet import Sheet
from trainer.storage.database import Database
from trainer.workshops.service import roster

TRUE_WORDS = ("v", "t", "verdadero", "true", "si", "yes", "cierto")
FALSE_WORDS = ("f", "falso", "false", "no")
RIGHT_MARKS = ("1", "✓", "✔", "si", "yes", "bien", "correcta", "correcto", "c", "right", "r", "ok")
WRONG_MARKS = ("0", "✗", "✘", "no", "mal", "incorrecta", "incorrecto", "i", "wrong", "w")
BLANK_MARKS = ("-", "–", "—")  # the person left the question blank on the sheet: it scores 0

MESSAGES = {
    "bad-letter": {"en": "'{value}' is not an option of this question (A to {last})",
                   "es": "'{value}' no es una opción de esta pregunta (de A a {last})"},
    "one-answer": {"en": "'{value}': this question takes only one answer",
                   "es": "'{value}': esta pregunta admite una sola respuesta"},
    "bad-true-false": {"en": "'{value}' is not true or false (T or F)", "es": "'{value}' no es verdadero ni falso (V o F)"},
    "bad-number": {"en": "'{value}' is not a number", "es": "'{value}' no es un número"},
    "bad-mark": {"en": "'{value}' is neither right (1) nor wrong (0)",
                 "es": "'{value}' no es ni correcta (1) ni incorrecta (0)"},
    "incomplete-row": {
        "en": "{name}: question(s) {numbers} not typed in; type what was answered ('-' for a question left blank), "
              "or leave the whole row empty if they did not take the quiz",
        "es": "{name}: falta(n) la(s) pregunta(s) {numbers}; escriba lo que respondió ('-' si la dejó en blanco), "
              "o deje toda la fila vacía si no hizo la evaluación",
    },
    "missing-question-columns": {
        "en": "the sheet has no column for question(s) {numbers} of '{quiz}': add them, titled as numbered on the "
              "quiz sheet",
        "es": "la hoja no tiene columna para la(s) pregunta(s) {numbers} de '{quiz}': agréguelas, tituladas con el "
              "número de la hoja de evaluación",
    },
    "unknown-person": {"en": "'{value}' is not enrolled in this workshop", "es": "'{value}' no está inscrito en este taller"},
    "ambiguous-person": {"en": "'{value}' matches {count} people enrolled; write their id instead",
                         "es": "'{value}' coincide con {count} personas inscritas; escriba su id en su lugar"},
    "same-person": {"en": "the same person as row {first}", "es": "la misma persona que la fila {first}"},
    "no-person-column": {"en": "no column names the participant: title one 'Nombre', 'Name' or 'Id'",
                         "es": "ninguna columna indica el participante: titule una 'Nombre', 'Name' o 'Id'"},
    "no-question-columns": {
        "en": "no column is a question of '{quiz}': title them 1, 2, 3... as numbered on the quiz sheet",
        "es": "ninguna columna es una pregunta de '{quiz}': titúlelas 1, 2, 3... como en la hoja de evaluación",
    },
    "scores-have-errors": {
        "en": "{path}: {count} problem(s) found, so no result was recorded; correct the file and try again",
        "es": "{path}: se encontraron {count} problema(s), así que no se registró ningún resultado; corrija el "
              "archivo e inténtelo de nuevo",
    },
}

TEMPLATE_HEADERS = {"en": ("Id", "Name"), "es": ("Id", "Nombre")}
TEMPLATE_DELIMITER = {"en": ",", "es": ";"}  # what a spreadsheet program in that language opens without asking


@dataclass(frozen=True)
class PaperResult:
    row: int
    participant_id: str
    name: str
    responses: dict[str, object]


@dataclass(frozen=True)
class PaperScores:
    path: Path
    quiz_id: str
    results: list[PaperResult]
    problems: list[RowProblem]


def correct_response(question: Question):
    """The response a right answer stands for, when only right or wrong was typed."""
    if question.type == "single":
        return next(o.id for o in question.options if o.correct)
    if question.type == "multiple":
        return [o.id for o in question.options if o.correct]
    if question.type in ("true_false", "numeric"):
        return question.answer
    return next(answer for answers in question.answers.values() for answer in answers)


def typed_response(question: Question, text: str):
    """The response for what a participant ticked or wrote, as the trainer typed it from the sheet."""
    value = text.strip()
    if value in BLANK_MARKS:
        return marked_response(question, value)  # left blank: recorded as a wrong mark is
    if question.type in ("single", "multiple"):
        letters = [letter.upper() for letter in re.split(r"[\s,;/+]+", value) if letter]
        if len(letters) == 1 and len(letters[0]) > 1 and letters[0].isalpha():
            letters = list(letters[0])  # "AC" for A and C
        last = option_letter(len(question.options) - 1)
        ids = []
        for letter in letters:
            if len(letter) != 1 or not "A" <= letter <= last:
                raise UserError(MESSAGES, "bad-letter", value=value, last=last)
            option_id = question.options[ord(letter) - ord("A")].id
            if option_id not in ids:
                ids.append(option_id)
        if question.type == "single":
            if len(ids) > 1:
                raise UserError(MESSAGES, "one-answer", value=value)
            return ids[0]
        return ids
    if question.type == "true_false":
        word = plain(value)
        if word in TRUE_WORDS or word in FALSE_WORDS:
            return word in TRUE_WORDS
        raise UserError(MESSAGES, "bad-true-false", value=value)
    if question.type == "numeric":
        number = numeric_response(value)  # "2,500" stays as written: scored by both readings, as on a laptop
        if number is None:
            raise UserError(MESSAGES, "bad-number", value=value)
        return number
    return value


def marked_response(question: Question, text: str):
    """The response for a right (1) or wrong (0) mark; a wrong answer is recorded as no answer (it scores 0)."""
    mark = plain(text) or text.strip()
    if mark in RIGHT_MARKS:
        return correct_response(question)
    if mark in WRONG_MARKS or mark in BLANK_MARKS:
        return None
    raise UserError(MESSAGES, "bad-mark", value=text)


def question_columns(headers: list[str], quiz: Quiz) -> dict[int, Question]:
    """Column index -> question, for headers that are a question's number on the sheet ('3', 'P3', 'Q3') or its id."""
    columns = {}
    for index, header in enumerate(headers):
        question = quiz.question(header.strip())
        match = re.fullmatch(r"(?:p|q|pregunta|question)?\s*(\d+)", plain(header))
        if question is None and match and 1 <= int(match.group(1)) <= len(quiz.questions):
            question = quiz.questions[int(match.group(1)) - 1]
        if question is not None:
            columns[index] = question
    return columns


def number_list(numbers: list[int]) -> str:
    """'2, 5, 7–14': question numbers with runs of three or more shortened, so a long gap reads at a glance."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs)


def read_paper_scores(db: Database, workshop_id: str, quiz: Quiz, sheet: Sheet, marks: bool = False) -> PaperScores:
    """Check every row of a typed results sheet against the workshop's roster and the quiz; nothing is saved."""
    headers = sheet.headers
    id_column = next((i for i, h in enumerate(headers) if plain(h) == "id"), None)
    name_column = next((i for i, h in enumerate(headers) if header_field(h)[0] == "name"), None)
    questions = question_columns(headers, quiz)
    if id_column is None and name_column is None:
        problem = UserError(MESSAGES, "no-person-column")
        return PaperScores(sheet.path, quiz.id, [], [RowProblem(sheet.header_row, "", "", problem)])
    if not questions:
        problem = UserError(MESSAGES, "no-question-columns", quiz=quiz.id)
        return PaperScores(sheet.path, quiz.id, [], [RowProblem(sheet.header_row, "", "", problem)])
    numbers = {question.id: position for position, question in enumerate(quiz.questions, 1)}
    missing = [numbers[q.id] for q in quiz.questions if q not in questions.values()]
    if missing:  # a question nobody could type in would be scored as wrong for everyone
        problem = UserError(MESSAGES, "missing-question-columns", numbers=number_list(missing), quiz=quiz.id)
        return PaperScores(sheet.path, quiz.id, [], [RowProblem(sheet.header_row, "", "", problem)])
    people = roster(db, workshop_id)
    read = marked_response if marks else typed_response
    results, problems, seen = [], [], {}
    for row in sheet.rows:
        if not any(row.cells[index] for index in questions):
            continue  # nobody typed anything for this person: they did not take the quiz
        row_problems = []

        def problem(index: int, error: UserError) -> None:
            row_problems.append(RowProblem(row.number, sheet.column_name(index), column_letter(index), error))

        person = None
        key_column = id_column if id_column is not None and row.cells[id_column] else name_column
        try:
            person = _find_person(people, row.cells[key_column] if key_column is not None else "", key_column == id_column)
        except UserError as error:
            problem(key_column if key_column is not None else 0, error)
        if person is not None and person.id in seen:
            row_problems.append(RowProblem(row.number, "", "", UserError(MESSAGES, "same-person", first=seen[person.id])))
        responses, empty = {}, []
        for index, question in questions.items():
            if row.cells[index]:
                try:
                    responses[question.id] = read(question, row.cells[index])
                except UserError as error:
                    problem(index, error)
            else:
                empty.append(numbers[question.id])
        if empty:
            name = person.name if person is not None else row.cells[key_column] if key_column is not None else ""
            row_problems.append(RowProblem(row.number, "", "", UserError(
                MESSAGES, "incomplete-row", name=name, numbers=number_list(empty))))
        problems += row_problems
        if person is not None and not row_problems:
            seen[person.id] = row.number
            results.append(PaperResult(row.number, person.id, person.name, responses))
    return PaperScores(sheet.path, quiz.id, results, problems)


def _find_person(people: list, key: str, by_id: bool):
    if by_id:
        matches = [p for p in people if key.strip() and p.id.startswith(key.strip().lower())]
    else:
        matches = [p for p in people if normalize_text(p.name) == normalize_text(key)]
    if not matches:
        raise UserError(MESSAGES, "unknown-person", value=key)
    if len(matches) > 1:
        raise UserError(MESSAGES, "ambiguous-person", value=key, count=len(matches))
    return matches[0]


def record_paper_scores(db: Database, course: Course, scores: PaperScores,
                        progress: Callable[[int, int], None] | None = None) -> list[AttemptResult]:
    """Record one paper attempt per person, scored like any attempt; refuses a sheet that has problems."""
    if scores.problems:
        raise UserError(MESSAGES, "scores-have-errors", path=scores.path.name, count=len(scores.problems))
    entries = [(result.participant_id, result.responses) for result in scores.results]
    return record_attempts(db, course, scores.quiz_id, entries, mode="paper", progress=progress)


def score_sheet_template(db: Database, workshop_id: str, quiz: Quiz, lang: str, path: Path | None = None) -> Path:
    """A CSV to type results into: one row per enrolled person (id and name), one column per question number."""
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=pick(TEMPLATE_DELIMITER, lang))
    writer.writerow([*pick(TEMPLATE_HEADERS, lang), *(str(n) for n in range(1, len(quiz.questions) + 1))])
    for person in roster(db, workshop_id):
        writer.writerow([person.id[:8], person.name] + [""] * len(quiz.questions))
    target = Path(path) if path else exports_dir() / f"{quiz.id}-{'resultados' if lang == 'es' else 'results'}.csv"
    return atomic_write(target, stream.getvalue().encode("utf-8-sig"))
