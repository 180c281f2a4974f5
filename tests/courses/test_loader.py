"""A trainer edits course files; the checker must point at the exact file and line of each mistake."""

import shutil
from pathlib import Path

import pytest

from trainer.courses.loader import load_course, load_library


def codes(load):
    return [p.code for p in load.problems]


def only_problem(folder: Path):
    load = load_course(folder)
    assert len(load.problems) == 1, [p.describe() for p in load.problems]
    return load.problems[0]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_example_course_uses_every_feature_of_the_format(example_course):
    course = example_course
    assert course.languages == ("es", "en")
    assert [m.id for m in course.modules] == ["basics", "practice"]
    types = {q.type for quiz in course.quizzes() for q in quiz.questions}
    assert types == {"single", "multiple", "true_false", "numeric", "text"}
    assert course.lab("example-hash-lab").params == {"document": "Pedido 7: 3 canastas de junco, US$ 45"}
    assert course.quiz("basics-quiz").pass_mark == 60
    assert course.minutes == 5 + 10 + 5 + 5 + 10
    body = course.lesson("welcome").text("es")
    assert "::: country GT" in body and "+++" not in body
    assert "../images/order-flow.png" in course.lesson("online-order").text("en")
    option = course.quiz("basics-quiz").question("who-ships").option("bank")
    assert option.feedback["es"].startswith("El banco")


def test_missing_translation_names_the_file_and_line(course_copy):
    quiz = course_copy / "basics" / "quiz.toml"
    edit(quiz, 'prompt.en = "Who ships the product in an online order?"\n', "")
    problem = only_problem(course_copy)
    assert problem.code == "missing-translation" and problem.params["lang"] == "en"
    assert problem.path == quiz
    assert problem.line == line_of(quiz, "prompt.es")
    assert "prompt" in problem.message("en") and "'en'" in problem.message("en")


def test_missing_lesson_file_in_one_language(course_copy):
    (course_copy / "basics" / "welcome.en.md").unlink()
    problem = only_problem(course_copy)
    assert problem.code == "missing-lesson-language"
    assert problem.path == course_copy / "basics" / "module.toml"
    assert problem.line == line_of(problem.path, '"welcome"')


def test_duplicate_lesson_id(course_copy):
    module = course_copy / "basics" / "module.toml"
    edit(module, 'id = "basics"', 'id = "basics"')
    shutil.copytree(course_copy / "basics", course_copy / "again")
    edit(course_copy / "again" / "module.toml", 'id = "basics"', 'id = "again"')
    edit(course_copy / "again" / "quiz.toml", 'id = "basics-quiz"', 'id = "again-quiz"')
    edit(course_copy / "course.toml", '"practice"]', '"practice", "again"]')
    load = load_course(course_copy)
    duplicates = [p for p in load.problems if p.code == "duplicate-id"]
    assert {p.params["id"] for p in duplicates} == {"welcome", "online-order"}
    assert all(p.path.parent.name == "again" and p.line == 2 for p in duplicates)


def test_quiz_question_without_a_correct_answer(course_copy):
    quiz = course_copy / "basics" / "quiz.toml"
    edit(quiz, 'id = "shop"\n  correct = true\n  text.es = "La tienda"\n  text.en = "The shop"',
         'id = "shop"\n  text.es = "La tienda"\n  text.en = "The shop"')
    problem = only_problem(course_copy)
    assert problem.code == "no-correct-answer" and problem.params["id"] == "who-ships"
    assert problem.line == line_of(quiz, "[[question]]")


def test_single_choice_with_two_correct_options(course_copy):
    quiz = course_copy / "basics" / "quiz.toml"
    edit(quiz, 'id = "bank"\n', 'id = "bank"\n  correct = true\n')
    assert only_problem(course_copy).code == "several-correct"


def test_unknown_lab_kind(course_copy):
    module = course_copy / "practice" / "module.toml"
    edit(module, 'kind = "hash-sign"', 'kind = "blockchain-magic"')
    load = load_course(course_copy)
    assert "unknown-lab" in codes(load)
    problem = next(p for p in load.problems if p.code == "unknown-lab")
    assert problem.line == line_of(module, "blockchain-magic")
    # the lesson that links to that lab now points nowhere, and says so
    assert any(p.code == "broken-link" and p.params["target"] == "example-hash-lab" for p in load.problems)


def test_unknown_lab_parameter(course_copy):
    edit(course_copy / "practice" / "module.toml", "params = { document", "params = { documnet")
    assert only_problem(course_copy).code == "bad-lab-param"


def test_broken_image_link(course_copy):
    lesson = course_copy / "basics" / "online-order.es.md"
    edit(lesson, "order-flow.png", "order-flw.png")
    problem = only_problem(course_copy)
    assert problem.code == "broken-image" and problem.path == lesson
    assert problem.line == line_of(lesson, "order-flw.png")


def test_remote_image_is_refused(course_copy):
    lesson = course_copy / "basics" / "online-order.en.md"
    edit(lesson, "../images/order-flow.png", "https://example.com/tracker.png")
    problem = only_problem(course_copy)
    assert problem.code == "remote-image" and problem.line == line_of(lesson, "tracker.png")


def test_image_outside_course_folder_is_refused(course_copy):
    outside = course_copy.parent.parent / "secret.png"
    outside.write_bytes(b"\x89PNG")
    edit(course_copy / "basics" / "online-order.en.md", "../images/order-flow.png", "../../../secret.png")
    assert only_problem(course_copy).code == "image-outside"


def test_malformed_front_matter(course_copy):
    lesson = course_copy / "basics" / "welcome.en.md"
    edit(lesson, 'title = "Welcome"', 'title = "Welcome')
    problem = only_problem(course_copy)
    assert problem.code == "toml-syntax" and problem.path == lesson
    assert problem.line == line_of(lesson, 'title = "Welcome')


def test_front_matter_missing(course_copy):
    lesson = course_copy / "basics" / "welcome.en.md"
    lesson.write_text("# Welcome\n\nNo front matter here.\n", encoding="utf-8")
    problem = only_problem(course_copy)
    assert (problem.code, problem.path, problem.line) == ("front-matter-missing", lesson, 1)


def test_malformed_manifest(course_copy):
    edit(course_copy / "course.toml", "hours = 1", "hours = = 1")
    problem = only_problem(course_copy)
    assert problem.code == "toml-syntax" and problem.line == line_of(course_copy / "course.toml", "hours = = 1")


def test_misspelt_key_is_reported(course_copy):
    quiz = course_copy / "basics" / "quiz.toml"
    edit(quiz, "explanation.es = \"La tienda", "explanaton.es = \"La tienda")
    load = load_course(course_copy)
    assert sorted(codes(load)) == ["missing-translation", "unknown-key"]
    unknown = next(p for p in load.problems if p.code == "unknown-key")
    assert unknown.params["key"] == "explanaton" and unknown.line == line_of(quiz, "explanaton")


def test_broken_internal_link_and_anchor(course_copy):
    lesson = course_copy / "basics" / "welcome.es.md"
    edit(lesson, "lesson:online-order", "lesson:no-such-lesson")
    edit(course_copy / "basics" / "online-order.es.md", "(#objetivos)", "(#nowhere)")
    load = load_course(course_copy)
    assert sorted(codes(load)) == ["broken-anchor", "broken-link"]
    link = next(p for p in load.problems if p.code == "broken-link")
    assert link.path == lesson and link.line == line_of(lesson, "no-such-lesson")
    assert "lección inexistente 'no-such-lesson'" in link.message("es")


def test_country_note_errors(course_copy):
    lesson = course_copy / "basics" / "welcome.en.md"
    edit(lesson, "::: country CR MX", "::: country CR XX")
    problem = only_problem(course_copy)
    assert problem.code == "bad-country" and problem.line == line_of(lesson, "country CR XX")
    edit(lesson, "only participants who chose Guatemala as their country see this note.\n:::", "unclosed")
    assert "country-note-nested" in codes(load_course(course_copy))


def test_minutes_must_agree_between_languages(course_copy):
    edit(course_copy / "basics" / "welcome.en.md", "minutes = 5", "minutes = 7")
    assert only_problem(course_copy).code == "minutes-differ"


def test_problems_are_translated(course_copy):
    (course_copy / "basics" / "welcome.en.md").unlink()
    problem = only_problem(course_copy)
    assert problem.message("es") == "la lección 'welcome' no tiene versión en 'en' (welcome.en.md)"
    assert problem.message("en") == "lesson 'welcome' has no 'en' version (welcome.en.md)"


def test_a_broken_course_does_not_stop_the_others(course_copy):
    broken = course_copy.parent / "broken"
    shutil.copytree(course_copy, broken)
    edit(broken / "course.toml", 'id = "example"', 'id = "Broken Course"')
    loads = load_library([course_copy.parent])
    by_folder = {load.path.name: load for load in loads}
    assert by_folder["example"].available
    assert not by_folder["broken"].available and codes(by_folder["broken"]) == ["bad-id"]
    assert by_folder["broken"].title("en") == "broken"


@pytest.mark.parametrize("size", [1_000_001])
def test_oversized_lesson_is_refused_before_reading(course_copy, size):
    lesson = course_copy / "basics" / "welcome.en.md"
    lesson.write_bytes(b"+++\n" + b"x" * size)
    problem = only_problem(course_copy)
    assert problem.code == "too-large" and problem.path == lesson
