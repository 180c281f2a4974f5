"""Typing paper results back in: they count as quiz attempts, and a bad sheet records nothing."""

from datetime import date

import pytest
from sqlalchemy import select

from trainer.errors import UserError
from trainer.paper.scores import (
    marked_response, read_paper_scores, record_paper_scores, score_sheet_template, typed_response,
)
from trainer.people.service import ProfileInput, add_participant
from trainer.roster.spreadsheet import read_spreadsheet
from trainer.storage.models import QuizAttempt
from trainer.workshops.class_progress import class_progress
from trainer.workshops.service import create_workshop, enrol


@pytest.fixture
def room(db):
    workshop = create_workshop(db, "Taller Sololá", "example", starts_on=date(2026, 3, 2))
    people = [add_participant(db, ProfileInput(name=name)) for name in ("Ana Núñez", "José Pérez", "Luis Gómez")]
    enrol(db, workshop.id, [p.id for p in people])
    return workshop, {p.name: p for p in people}


def questions(course):
    return {q.id: q for q in course.quiz("basics-quiz").questions}


@pytest.mark.parametrize("question, typed, response", [
    ("who-ships", "a", "shop"), ("who-ships", " B ", "bank"),
    ("parties", "A, C", ["buyer", "bank"]), ("parties", "ac", ["buyer", "bank"]), ("parties", "C A A", ["bank", "buyer"]),
    ("notes-for-all", "V", True), ("notes-for-all", "falso", False), ("notes-for-all", "T", True),
    ("total", "125,5", 125.5), ("total", "125", 125.0),
    ("digest-name", "sha 256", "sha 256"),
])
def test_what_was_ticked_or_written_is_typed_as_on_the_sheet(example_course, question, typed, response):
    assert typed_response(questions(example_course)[question], typed) == response


@pytest.mark.parametrize("question, typed, code", [
    ("who-ships", "C", "bad-letter"), ("who-ships", "A B", "one-answer"), ("parties", "A, E", "bad-letter"),
    ("notes-for-all", "quizás", "bad-true-false"), ("total", "ciento veinte", "bad-number"),
])
def test_impossible_answers_are_refused(example_course, question, typed, code):
    with pytest.raises(UserError) as error:
        typed_response(questions(example_course)[question], typed)
    assert error.value.code == code


def test_right_or_wrong_marks_stand_for_the_right_answer_or_none(example_course):
    parties = questions(example_course)["parties"]
    assert marked_response(parties, "1") == ["buyer", "shop", "bank"]
    assert marked_response(parties, "✓") == ["buyer", "shop", "bank"]
    assert marked_response(parties, "0") is None
    with pytest.raises(UserError) as error:
        marked_response(parties, "medio")
    assert error.value.message("es") == "'medio' no es ni correcta (1) ni incorrecta (0)"


def test_the_template_filled_in_records_paper_attempts(db, room, example_course, tmp_path):
    workshop, people = room
    template = score_sheet_template(db, workshop.id, example_course.quiz("basics-quiz"), "es", tmp_path / "notas.csv")
    lines = template.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Id;Nombre;1;2;3;4;5"
    assert [line.split(";")[1] for line in lines[1:]] == ["Ana Núñez", "José Pérez", "Luis Gómez"]
    answers = {"Ana Núñez": "A;A,B,C;F;125;SHA-256", "José Pérez": "B;A;V;12;md5", "Luis Gómez": ";;;;"}
    template.write_text("\n".join([lines[0]] + [";".join(line.split(";")[:2]) + ";" + answers[line.split(";")[1]]
                                                for line in lines[1:]]), encoding="utf-8")
    scores = read_paper_scores(db, workshop.id, example_course.quiz("basics-quiz"), read_spreadsheet(template))
    assert scores.problems == [] and [r.name for r in scores.results] == ["Ana Núñez", "José Pérez"]  # Luis was absent
    recorded = record_paper_scores(db, example_course, scores)
    assert [(r.score, r.passed) for r in recorded] == [(100.0, True), (6.67, False)]  # José: a third of question 2
    with db.session() as session:
        modes = session.scalars(select(QuizAttempt.mode)).all()
    assert modes == ["paper", "paper"]
    grid = class_progress(db, workshop.id, example_course)
    assert [(row.name, row.progress.modules[0].state) for row in grid.rows] == [
        ("Ana Núñez", "passed"), ("José Pérez", "in_progress"), ("Luis Gómez", "not_started")]


def test_right_wrong_marks_from_an_xlsx_sheet(db, room, example_course, tmp_path):
    from openpyxl import Workbook

    workshop, people = room
    book = Workbook()
    book.active.append(["Name", "P1", "P2", "P3", "P4", "P5"])
    book.active.append(["luis gomez", 1, 1, 1, 0, 1])
    book.save(tmp_path / "marks.xlsx")
    scores = read_paper_scores(db, workshop.id, example_course.quiz("basics-quiz"),
                               read_spreadsheet(tmp_path / "marks.xlsx"), marks=True)
    (result,) = record_paper_scores(db, example_course, scores)
    assert (result.score, result.passed) == (80.0, True)


def test_a_sheet_with_problems_names_them_and_records_nothing(db, room, example_course, tmp_path):
    workshop, people = room
    path = tmp_path / "notas.csv"
    path.write_text("Nombre,1,2,3,4,5\n"
                    "Ana Núñez,Z,A,X,diez,\n"
                    "Nadie Nunca,A,,,,\n"
                    "José Pérez,A,A,V,1,sha256\n"
                    "JOSÉ PÉREZ,B,,,,\n", encoding="utf-8")
    scores = read_paper_scores(db, workshop.id, example_course.quiz("basics-quiz"), read_spreadsheet(path))
    assert [p.message("en") for p in scores.problems] == [
        "row 2, column '1' (B): 'Z' is not an option of this question (A to B)",
        "row 2, column '3' (D): 'X' is not true or false (T or F)",
        "row 2, column '4' (E): 'diez' is not a number",
        "row 2: Ana Núñez: question(s) 5 not typed in; type what was answered ('-' for a question left blank), "
        "or leave the whole row empty if they did not take the quiz",
        "row 3, column 'Nombre' (A): 'Nadie Nunca' is not enrolled in this workshop",
        "row 3: Nadie Nunca: question(s) 2–5 not typed in; type what was answered ('-' for a question left blank), "
        "or leave the whole row empty if they did not take the quiz",
        "row 5: the same person as row 4",
        "row 5: José Pérez: question(s) 2–5 not typed in; type what was answered ('-' for a question left blank), "
        "or leave the whole row empty if they did not take the quiz",
    ]
    with pytest.raises(UserError) as error:
        record_paper_scores(db, example_course, scores)
    assert error.value.message("es").startswith("notas.csv: se encontraron 8 problema(s), así que no se registró")
    with db.session() as session:
        assert session.scalars(select(QuizAttempt)).all() == []


def test_a_sheet_needs_a_person_column_and_question_columns(db, room, example_course, tmp_path):
    workshop, _ = room
    path = tmp_path / "notas.csv"
    path.write_text("Nombre,Nota final\nAna Núñez,80\n", encoding="utf-8")
    scores = read_paper_scores(db, workshop.id, example_course.quiz("basics-quiz"), read_spreadsheet(path))
    assert [p.error.code for p in scores.problems] == ["no-question-columns"]
    path.write_text("Fila,1,2\n1,A,B\n", encoding="utf-8")
    scores = read_paper_scores(db, workshop.id, example_course.quiz("basics-quiz"), read_spreadsheet(path))
    assert [p.error.code for p in scores.problems] == ["no-person-column"]


def test_a_sheet_cancelled_halfway_records_nobody(db, example_course):
    from trainer.people.service import ProfileInput, add_participant
    from trainer.progress.service import attempts, record_attempts

    people = [add_participant(db, ProfileInput(name=name)).id for name in ("Ana", "Bea", "Carla")]

    def cancel_after_two(done, total):
        if done == 2:
            raise KeyboardInterrupt("the trainer pressed Cancel")

    with pytest.raises(KeyboardInterrupt):
        record_attempts(db, example_course, "basics-quiz", [(p, {"who-ships": "shop"}) for p in people],
                        mode="paper", progress=cancel_after_two)
    assert all(attempts(db, person, "example") == [] for person in people)


def test_a_sheet_missing_a_question_column_records_nothing(db, room, example_course, tmp_path):
    workshop, _ = room
    path = tmp_path / "notas.csv"
    path.write_text("Nombre,1,2,3\nAna Núñez,A,A,V\n", encoding="utf-8")
    [problem] = read_paper_scores(db, workshop.id, example_course.quiz("basics-quiz"), read_spreadsheet(path)).problems
    assert problem.error.message("es") == ("la hoja no tiene columna para la(s) pregunta(s) 4, 5 de 'basics-quiz': "
                                           "agréguelas, tituladas con el número de la hoja de evaluación")


def test_a_question_left_blank_on_the_sheet_is_typed_as_a_dash_and_scores_zero(db, room, example_course, tmp_path):
    workshop, people = room
    path = tmp_path / "notas.csv"
    path.write_text("Nombre,1,2,3,4,5\nAna Núñez,A,\"A, B, C\",F,125,-\nJosé Pérez,B,A,V,12,—\n",
                    encoding="utf-8")
    scores = read_paper_scores(db, workshop.id, example_course.quiz("basics-quiz"), read_spreadsheet(path))
    assert scores.problems == []
    assert [result.score for result in record_paper_scores(db, example_course, scores)] == [80.0, 6.67]
