"""A printable handout of one lesson or a whole module, in one language, with the notes for one country."""

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import PageBreak, Paragraph

from trainer.countries import country_name
from trainer.courses.model import Course, Lesson
from trainer.errors import UserError
from trainer.files import atomic_write
from trainer.i18n import pick
from trainer.paper.markdown_flowables import markdown_flowables
from trainer.paths import exports_dir
from trainer.reports.pdf_document import build_pdf, escape_markup, frame_width, styles

MESSAGES = {
    "unknown-lesson": {"en": "course '{course}' has no lesson or module '{key}'",
                       "es": "el curso '{course}' no tiene la lección ni el módulo '{key}'"},
}
TEXT = {
    "minutes": {"en": "About {minutes} minutes of reading", "es": "Unos {minutes} minutos de lectura"},
    "file": {"en": "handout", "es": "material"},
}


def handout_lessons(course: Course, key: str) -> list[Lesson]:
    """The lessons a handout prints: the lesson with id `key`, or every lesson of the module with id `key`."""
    module = course.module(key)
    if module is not None:
        return list(module.lessons)
    lesson = course.lesson(key)
    if lesson is None:
        raise UserError(MESSAGES, "unknown-lesson", course=course.id, key=key)
    return [lesson]


def lesson_handout(course: Course, key: str, lang: str, country: str | None = None, paper: str = "a4",
                   path: Path | None = None, subtitle: str = "",
                   progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the handout of lesson or module `key`; returns the file (default: in the exports folder).

    `subtitle` adds a line to the page header (the workshop, say); `progress(done, total)` counts lessons and
    may raise to cancel, leaving no file.
    """
    lessons = handout_lessons(course, key)
    st = styles()
    width = frame_width(paper)
    module = course.module(lessons[0].module_id)
    story = []
    for done, lesson in enumerate(lessons, start=1):
        text_lang = lang if lang in lesson.files else next(iter(lesson.files))
        if story:
            story.append(PageBreak())
        story.append(Paragraph(escape_markup(pick(lesson.title, lang)), st["title"]))
        story.append(Paragraph(pick(TEXT["minutes"], lang).format(minutes=lesson.minutes), st["note"]))
        story += markdown_flowables(lesson.text(text_lang), lang, country, lesson.files[text_lang], course.path, width)
        if progress:
            progress(done, len(lessons))
    header = " · ".join(part for part in (pick(module.title, lang), country_name(country, lang) if country else "",
                                          subtitle) if part)
    target = Path(path) if path else exports_dir() / (
        f"{pick(TEXT['file'], lang)}-{key}-{lang}{'-' + country.lower() if country else ''}.pdf")
    return atomic_write(target, lambda stream: build_pdf(stream, story, title=pick(course.title, lang), subtitle=header,
                                                         lang=lang, paper=paper))
