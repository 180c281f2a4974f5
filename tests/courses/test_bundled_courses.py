"""The bundled courses are what participants learn from: complete in both languages, sourced, and checkable."""

import re

import pytest

from trainer.courses.loader import load_course
from trainer.labs import LAB_KINDS
from tests.conftest import REPO

COURSE = REPO / "courses" / "ecommerce-export"
SECTIONS = {"es": ("## Objetivos", "## Resumen", "## Fuentes"), "en": ("## Objectives", "## Summary", "## Sources")}
REQUIRED_NOTES = {"GT", "SV", "HN", "NI", "CR", "DO", "MX"}


@pytest.fixture(scope="module")
def course():
    load = load_course(COURSE)
    assert load.problems == [], [p.describe() for p in load.problems]
    return load.course


def test_four_modules_with_four_to_six_lessons_each(course):
    assert [m.id for m in course.modules] == ["signatures", "payments", "consumer-protection", "export"]
    assert all(4 <= len(m.lessons) <= 6 for m in course.modules)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_lesson_has_objectives_summary_and_sources_last(course, lang):
    for lesson in course.lessons():
        body = lesson.text(lang)
        positions = [body.find(section) for section in SECTIONS[lang]]
        assert -1 not in positions and positions == sorted(positions), f"{lesson.files[lang]}: {SECTIONS[lang]}"
        sources = body.split(SECTIONS[lang][2], 1)[1]
        assert "\n## " not in sources, f"{lesson.files[lang]}: sources must be the last section"
        assert len(re.findall(r"^- ", sources, re.MULTILINE)) >= 2
        words = len(re.sub(r"[|#*:>-]+", " ", body).split())
        assert 600 <= words <= 1300, f"{lesson.files[lang]} has {words} words"


def test_every_quiz_question_explains_why_in_both_languages(course):
    for module in course.modules:
        quiz = module.quiz
        assert quiz is not None and len(quiz.questions) >= 12 and quiz.pass_mark == 70
        assert len({q.type for q in quiz.questions}) >= 4
        for question in quiz.questions:
            for lang in ("es", "en"):
                assert len(question.explanation[lang].split()) >= 8, f"{quiz.id}/{question.id} ({lang})"


def test_every_module_has_a_lab_of_a_known_kind_linked_from_a_lesson(course):
    for module in course.modules:
        assert len(module.labs) == 1 and module.labs[0].kind in LAB_KINDS
        links = [lesson for lesson in module.lessons if f"(lab:{module.labs[0].id})" in lesson.text("es")
                 and f"(lab:{module.labs[0].id})" in lesson.text("en")]
        assert links, f"no lesson of {module.id} links to its lab"


def test_country_notes_cover_central_america_the_dominican_republic_and_mexico(course):
    for module in course.modules:
        noted = set()
        for lesson in module.lessons:
            for lang in ("es", "en"):
                for line in lesson.text(lang).splitlines():
                    if line.startswith("::: country"):
                        noted.update(line.split()[2:])
        assert REQUIRED_NOTES <= noted, f"{module.id} lacks notes for {REQUIRED_NOTES - noted}"


def test_both_languages_carry_the_same_country_notes(course):
    for lesson in course.lessons():
        notes = {lang: sorted(l for l in lesson.text(lang).splitlines() if l.startswith("::: country"))
                 for lang in ("es", "en")}
        assert notes["es"] == notes["en"], lesson.id
