"""A module quiz printed for participants (boxes to tick, spaces to write) and its answer key for the trainer.

Options keep the order of the quiz file and are lettered A, B, C..., true or
false is V/F in Spanish and T/F in English: these are what the trainer types
back in (trainer.paper.scores), so the sheet, the key and the typing agree.
"""

from collections.abc import Callable
from math import ceil
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from trainer.courses.model import Course, Question, Quiz
from trainer.errors import UserError
from trainer.files import atomic_write
from trainer.i18n import pick
from trainer.paths import exports_dir
from trainer.progress.service import MESSAGES as PROGRESS_MESSAGES
from trainer.reports.pdf_document import INK, build_pdf, escape_markup, fonts, frame_width, styles

TRUE_FALSE_LETTERS = {"es": ("V", "F"), "en": ("T", "F")}

TEXT = {
    "sheet": {"en": "Paper quiz", "es": "Evaluación en papel"},
    "key": {"en": "Answer key (for the trainer)", "es": "Clave de respuestas (para el capacitador)"},
    "name": {"en": "Name", "es": "Nombre"},
    "organization": {"en": "Organization", "es": "Organización"},
    "date": {"en": "Date", "es": "Fecha"},
    "how": {
        "en": "Answer on this sheet. Tick the box of your answer; to change it, cross it out and tick another.",
        "es": "Responda en esta hoja. Marque la casilla de su respuesta; para cambiarla, táchela y marque otra.",
    },
    "single": {"en": "Tick one answer.", "es": "Marque una sola respuesta."},
    "multiple": {"en": "Tick every answer that applies.", "es": "Marque todas las respuestas que correspondan."},
    "true_false": {"en": "Tick true or false.", "es": "Marque verdadero o falso."},
    "numeric": {"en": "Write a number.", "es": "Escriba un número."},
    "numeric-unit": {"en": "Write a number (in {unit}).", "es": "Escriba un número (en {unit})."},
    "text": {"en": "Write your answer.", "es": "Escriba su respuesta."},
    "true": {"en": "True", "es": "Verdadero"},
    "false": {"en": "False", "es": "Falso"},
    "pass": {"en": "Pass mark: {mark:g} % ({count} of {total} questions right).",
             "es": "Para aprobar: {mark:g} % ({count} de {total} preguntas correctas)."},
    "answers": {"en": "Answers at a glance", "es": "Respuestas de un vistazo"},
    "question": {"en": "Question", "es": "Pregunta"},
    "answer": {"en": "Right answer", "es": "Respuesta correcta"},
    "or": {"en": " or ", "es": " o "},
    "within": {"en": "{answer} (± {tolerance:g})", "es": "{answer} (± {tolerance:g})"},
    "typing": {
        "en": "To type results in: for each question write the letter(s) ticked (A, B...), T or F, the number or the "
              "words written; or mark each question 1 (right) or 0 (wrong).",
        "es": "Para cargar los resultados: por pregunta escriba la(s) letra(s) marcada(s) (A, B...), V o F, el número "
              "o las palabras escritas; o marque cada pregunta con 1 (correcta) o 0 (incorrecta).",
    },
    "file-sheet": {"en": "quiz", "es": "evaluacion"},
    "file-key": {"en": "answer-key", "es": "clave"},
}


def option_letter(index: int) -> str:
    return chr(ord("A") + index)


def find_quiz(course: Course, key: str) -> Quiz:
    """The quiz with id `key`, or the quiz of the module with id `key`."""
    module = course.module(key)
    quiz = module.quiz if module is not None else course.quiz(key)
    if quiz is None:
        raise UserError(PROGRESS_MESSAGES, "unknown-quiz", course=course.id, quiz=key)
    return quiz


def right_answer(question: Question, lang: str) -> str:
    """The right answer as the key prints it and as the trainer would type it: 'B', 'A, C', 'V', '125', 'SHA-256'."""
    if question.type in ("single", "multiple"):
        return ", ".join(option_letter(i) for i, option in enumerate(question.options) if option.correct)
    if question.type == "true_false":
        return pick(TRUE_FALSE_LETTERS, lang)[0 if question.answer else 1]
    if question.type == "numeric":
        answer = f"{question.answer:g}"
        if question.tolerance:
            answer = pick(TEXT["within"], lang).format(answer=answer, tolerance=question.tolerance)
        unit = pick(question.unit, lang) if question.unit else ""
        return f"{answer} {unit}".strip()
    answers = question.answers.get(lang) or next(iter(question.answers.values()), ())
    return pick(TEXT["or"], lang).join(answers)


def quiz_sheet(course: Course, quiz_key: str, lang: str, paper: str = "a4", answer_key: bool = False,
               path: Path | None = None, subtitle: str = "", progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the quiz sheet (or, with `answer_key`, its key); returns the file (default: in the exports folder)."""
    quiz = find_quiz(course, quiz_key)
    t = {key: pick(text, lang) for key, text in TEXT.items()}
    st = styles()
    width = frame_width(paper)
    story = [Paragraph(escape_markup(pick(quiz.title, lang)), st["title"])]
    if answer_key:
        story += [Paragraph(t["key"], st["h2"]), _pass_line(quiz, t, st), _glance(quiz, lang, t, width),
                  Paragraph(t["typing"], st["note"]), Spacer(1, 8)]
    else:
        story += [_name_lines(t, width), Spacer(1, 6), Paragraph(t["how"], st["note"]), Spacer(1, 4)]
    for number, question in enumerate(quiz.questions, start=1):
        story.append(KeepTogether(_question(number, question, lang, t, width, answer_key)))
        if progress:
            progress(number, len(quiz.questions))
    kind = t["file-key"] if answer_key else t["file-sheet"]
    target = Path(path) if path else exports_dir() / f"{kind}-{quiz.id}-{lang}.pdf"
    header = " · ".join(part for part in (pick(quiz.title, lang), t["key"] if answer_key else "", subtitle) if part)
    return atomic_write(target, lambda stream: build_pdf(stream, story, title=pick(course.title, lang), subtitle=header,
                                                         lang=lang, paper=paper))


def _pass_line(quiz: Quiz, t: dict, st: dict):
    total = len(quiz.questions)
    return Paragraph(t["pass"].format(mark=quiz.pass_mark, count=ceil(total * quiz.pass_mark / 100 - 1e-9), total=total),
                     st["body"])


def _glance(quiz: Quiz, lang: str, t: dict, width: float):
    """The key's summary table: question number and right answer, to check a pile of sheets quickly."""
    st = styles()
    rows = [[Paragraph(t["question"], st["header-cell"]), Paragraph(t["answer"], st["header-cell"])]]
    rows += [[str(n), Paragraph(escape_markup(right_answer(q, lang)), st["lesson-cell"])]
             for n, q in enumerate(quiz.questions, start=1)]
    table = Table(rows, colWidths=[60, min(width - 60, 300)], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (0, -1), fonts().bold, 9), ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#a8b8cc")),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e8eef5")), ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    table.spaceBefore, table.spaceAfter = 4, 6
    return table


def _name_lines(t: dict, width: float):
    """Name, organization and date, each with a line to write on."""
    f = fonts()
    labels = [f"{t['name']}:", f"{t['organization']}:", f"{t['date']}:"]
    table = Table([[labels[0], "", labels[2], ""], [labels[1], "", "", ""]],
                  colWidths=[80, width - 80 - 50 - 110, 50, 110], rowHeights=[24, 24], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), f.regular, 10), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 0), 0.7, HexColor("#555555")), ("LINEBELOW", (3, 0), (3, 0), 0.7, HexColor("#555555")),
        ("LINEBELOW", (1, 1), (3, 1), 0.7, HexColor("#555555")), ("SPAN", (1, 1), (3, 1)),
    ]))
    return table


def _question(number: int, question: Question, lang: str, t: dict, width: float, answer_key: bool) -> list:
    st = styles()
    parts = [Paragraph(f"<b>{number}.</b> {escape_markup(pick(question.prompt, lang))}", st["body"])]
    unit = pick(question.unit, lang) if question.unit else ""
    hint = t["numeric-unit"].format(unit=unit) if question.type == "numeric" and unit else t[question.type]
    parts.append(Paragraph(hint, st["note"]))
    if question.type in ("single", "multiple", "true_false"):
        parts.append(_choices(question, lang, t, width, answer_key))
    else:
        parts.append(_write_in(question, lang, width, answer_key))
    if answer_key and pick(question.explanation, lang):
        parts.append(Spacer(1, 3))
        parts.append(Paragraph(f"<i>{escape_markup(pick(question.explanation, lang))}</i>", st["note"]))
    parts.append(Spacer(1, 10))
    return parts


def _choices(question: Question, lang: str, t: dict, width: float, answer_key: bool):
    st = styles()
    if question.type == "true_false":
        letters = pick(TRUE_FALSE_LETTERS, lang)
        choices = [(letters[0], t["true"], question.answer is True), (letters[1], t["false"], question.answer is False)]
    else:
        choices = [(option_letter(i), pick(o.text, lang), o.correct) for i, o in enumerate(question.options)]
    round_box = question.type != "multiple"
    rows = [[TickBox(round_box, ticked=answer_key and correct), letter,
             Paragraph(escape_markup(text), st["body"])] for letter, text, correct in choices]
    table = Table(rows, colWidths=[22, 16, width - 52], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (1, 0), (1, -1), fonts().bold, 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    table.leftIndent = 14
    return table


def _write_in(question: Question, lang: str, width: float, answer_key: bool):
    """A box for a number or a long line for words; the key writes the right answer in it."""
    f = fonts()
    box_width = 140 if question.type == "numeric" else min(width - 30, 360)
    text = right_answer(question, lang) if answer_key else ""
    table = Table([[text]], colWidths=[box_width], rowHeights=[24], hAlign="LEFT")
    lines = [("BOX", (0, 0), (-1, -1), 0.8, HexColor("#555555"))] if question.type == "numeric" else [
        ("LINEBELOW", (0, 0), (-1, -1), 0.8, HexColor("#555555"))]
    table.setStyle(TableStyle(lines + [
        ("FONT", (0, 0), (-1, -1), f.bold, 10), ("TEXTCOLOR", (0, 0), (-1, -1), HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    table.leftIndent = 20
    return table


class TickBox(Flowable):
    """A circle (one answer) or a square (several) to tick; ticked in the answer key."""
    def __init__(self, round_box: bool, ticked: bool = False, size: float = 11.0):
        super().__init__()
        self.round_box, self.ticked, self.size = round_box, ticked, size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self):
        canvas, s = self.canv, self.size
        canvas.setStrokeColor(HexColor("#333333"))
        canvas.setLineWidth(0.9)
        if self.round_box:
            canvas.circle(s / 2, s / 2, s / 2, stroke=1, fill=0)
        else:
            canvas.rect(0, 0, s, s, stroke=1, fill=0)
        if self.ticked:
            canvas.setStrokeColor(HexColor(INK))
            canvas.setLineWidth(1.8)
            path = canvas.beginPath()
            path.moveTo(s * 0.2, s * 0.5)
            path.lineTo(s * 0.42, s * 0.2)
            path.lineTo(s * 0.85, s * 0.85)
            canvas.drawPath(path, stroke=1, fill=0)
