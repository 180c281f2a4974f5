"""Printed handouts and quiz sheets, read back as a participant or trainer would read them on paper."""

import pytest
from pypdf import PdfReader

from trainer.errors import UserError
from trainer.paper.handout import lesson_handout
from trainer.paper.quiz_sheet import quiz_sheet, right_answer

GT_NOTE = "esta nota solo la ven quienes eligieron Guatemala"
CR_MX_NOTE = "Esta nota la ven participantes de Costa Rica o de México"


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_module_handout_prints_every_lesson_with_the_notes_for_the_workshop_country(example_course, tmp_path):
    path = lesson_handout(example_course, "basics", "es", "GT", path=tmp_path / "material.pdf", subtitle="Taller Sololá")
    text = text_of(path)
    assert "Bienvenida" in text and "Un pedido en línea" in text
    assert "Nota para Guatemala" in text and GT_NOTE in text and CR_MX_NOTE not in text
    assert "Lo básico · Guatemala · Taller Sololá" in text
    assert "<b>este</b>" in text  # raw HTML in a lesson prints as text, as on screen
    assert "(https://uncitral.un.org)" not in text and "https://uncitral.un.org" in text  # address printed once
    pdf = PdfReader(path)
    images = [name for page in pdf.pages for name, obj in (page["/Resources"].get("/XObject") or {}).items()
              if obj.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1  # the course's order-flow picture


def test_notes_follow_the_country_and_a_handout_without_country_has_none(example_course, tmp_path):
    costa_rica = text_of(lesson_handout(example_course, "welcome", "es", "CR", path=tmp_path / "cr.pdf"))
    assert CR_MX_NOTE in costa_rica and GT_NOTE not in costa_rica
    english = text_of(lesson_handout(example_course, "welcome", "en", None, paper="letter", path=tmp_path / "en.pdf"))
    assert "Welcome" in english and "Note for" not in english


def test_an_unknown_lesson_is_refused(example_course, tmp_path):
    with pytest.raises(UserError) as error:
        lesson_handout(example_course, "nope", "es", path=tmp_path / "x.pdf")
    assert error.value.message("es") == "el curso 'example' no tiene la lección ni el módulo 'nope'"
    assert list(tmp_path.iterdir()) == []


def test_the_quiz_sheet_has_boxes_and_letters_but_no_answers(example_course, tmp_path):
    text = text_of(quiz_sheet(example_course, "basics", "es", path=tmp_path / "hoja.pdf"))
    assert "Evaluación: lo básico" in text and "Nombre:" in text and "Organización:" in text
    assert "1. ¿Quién envía el producto en un pedido en línea?" in text
    assert "A La tienda" in text and "B El banco" in text and "D Un notario" in text
    assert "V Verdadero" in text and "F Falso" in text and "Escriba un número (en US$)." in text
    assert "La tienda confirma el pedido" not in text and "Para aprobar" not in text


def test_the_answer_key_shows_right_answers_and_why(example_course, tmp_path):
    key = quiz_sheet(example_course, "basics-quiz", "en", paper="letter", answer_key=True, path=tmp_path / "key.pdf")
    text = text_of(key)
    assert "Answer key (for the trainer)" in text and "Pass mark: 60 % (3 of 5 questions right)." in text
    assert "The shop confirms the order and ships it" in text
    assert [right_answer(q, "en") for q in example_course.quiz("basics-quiz").questions] == [
        "A", "A, B, C", "F", "125 (± 0.5) US$", "SHA-256 or SHA256"]
    assert right_answer(example_course.quiz("basics-quiz").questions[2], "es") == "F"
    assert round(float(PdfReader(key).pages[0].mediabox.width)) == 612
