"""Paper results typed into the console's grid: checked like a typed file, each problem placed on its cell."""

from datetime import date

from trainer.paper.score_grid import problem_cell, read_score_grid
from trainer.paper.scores import record_paper_scores
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import attempts
from trainer.workshops.service import create_workshop, enrol


def test_a_grid_with_a_bad_cell_names_that_cell_and_a_good_grid_is_recorded(db, example_course):
    workshop = create_workshop(db, "Taller Sololá", "example", starts_on=date(2026, 3, 2))
    ana, jose, luis = (add_participant(db, ProfileInput(name=name)) for name in ("Ana", "José", "Luis"))
    enrol(db, workshop.id, [ana.id, jose.id, luis.id])
    quiz = example_course.quiz("basics-quiz")
    right = ["A", "A, B, C", "F", "125", "SHA-256"]
    rows = [(ana.id, right), (jose.id, ["A", "A, C", "quizás", "-", "-"]), (luis.id, [""] * 5)]

    scores = read_score_grid(db, workshop.id, quiz, rows)
    [problem] = scores.problems
    assert problem_cell(problem) == (1, 2)  # José, question 3
    assert problem.error.message("es") == "'quizás' no es verdadero ni falso (V o F)"
    assert attempts(db, ana.id, "example") == []  # checking saves nothing

    rows[1] = (jose.id, ["A", "A, C", "F", "", ""])
    [problem] = read_score_grid(db, workshop.id, quiz, rows).problems
    assert problem_cell(problem) == (1, None)  # a half-typed row is never scored as if the rest were wrong
    assert problem.error.message("en").startswith("José: question(s) 4, 5 not typed in; type what was answered")
    assert attempts(db, jose.id, "example") == []

    rows[1] = (jose.id, ["A", "A, C", "F", "-", "—"])  # José left the last two blank on his sheet
    scores = read_score_grid(db, workshop.id, quiz, rows)
    assert scores.problems == [] and [r.name for r in scores.results] == ["Ana", "José"]  # Luis did not take it
    results = record_paper_scores(db, example_course, scores)
    assert [r.passed for r in results] == [True, False]
    assert [a.mode for a in attempts(db, ana.id, "example")] == ["paper"]


def test_a_person_not_enrolled_is_a_problem_with_the_whole_row(db, example_course):
    workshop = create_workshop(db, "Taller", "example")
    stranger = add_participant(db, ProfileInput(name="Eva"))
    quiz = example_course.quiz("basics-quiz")
    [problem] = read_score_grid(db, workshop.id, quiz, [(stranger.id, ["A", "B", "V", "1", "x"])], marks=False).problems
    assert problem_cell(problem) == (0, None)


def test_right_or_wrong_marks(db, example_course):
    workshop = create_workshop(db, "Taller", "example")
    ana = add_participant(db, ProfileInput(name="Ana"))
    enrol(db, workshop.id, [ana.id])
    quiz = example_course.quiz("basics-quiz")
    scores = read_score_grid(db, workshop.id, quiz, [(ana.id, ["1", "1", "1", "0", "1"])], marks=True)
    assert record_paper_scores(db, example_course, scores)[0].score == 80.0
