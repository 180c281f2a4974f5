"""Screenshots of every main screen of the real app, in Spanish and English, for the README.

Runs the app offscreen on a throw-away data folder, drives it as a learner
would, and saves docs/screenshots/<screen>-<lang>.png:

    QT_QPA_PLATFORM=offscreen python docs/screenshots/take_screenshots.py
"""

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1100, 760)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TRAINER_HOME"] = tempfile.mkdtemp(prefix="trainer-shots-")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from trainer.gui.app import create_window
    from trainer.people.service import ProfileInput, add_participant
    from trainer.progress.service import complete_lesson, record_attempt

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = create_window("es")
    window.resize(*SIZE)
    while not window.ready:
        settle(50)
    course = window.context.course("ecommerce-export")
    people = {}
    for lang, name, organization, country in (
        ("es", "María de los Ángeles Domínguez", "Cooperativa Tejidos del Lago, Sololá", "GT"),
        ("en", "José Antonio Peña", "Café de Altura Copán", "HN"),
    ):
        person = add_participant(window.context.database, ProfileInput(
            name=name, organization=organization, country=country, sector="private", language=lang))
        for lesson in course.module("signatures").lessons[:3]:
            complete_lesson(window.context.database, person.id, course, lesson.id)
        record_attempt(window.context.database, person.id, course, "signatures-quiz", {})
        people[lang] = person
    add_participant(window.context.database, ProfileInput(name="Rosa Elena Quispe", organization="Alpaca Andina",
                                                           country="PE", pin="2468", language="es"))

    def shot(name: str, lang: str, widget=None) -> None:
        settle()
        (widget or window).grab().save(str(HERE / f"{name}-{lang}.png"))

    shot("language", "bilingual")
    for lang in ("es", "en"):
        window.set_language(lang)
        window.go("profiles")
        shot("profiles", lang)
        window.choose_participant(people[lang])
        shot("course-home", lang)
        window.go("lesson", course.id, "laws-region")
        shot("lesson", lang)
        window.go("quiz", course.id, "signatures-quiz")
        shot("quiz-start", lang)
        quiz = window.current_screen
        quiz.one_at_a_time.setChecked(True)
        quiz.immediate.setChecked(True)
        quiz.start(resume=False)
        first = quiz.widgets[0]
        next(iter(first.inputs.values())).setChecked(True)
        quiz.check_current()
        shot("quiz-question", lang)
        window.go("progress", course.id)
        shot("my-progress", lang)
        for lab in course.labs():
            window.go("lab", course.id, lab.id)
            shot(f"lab-{lab.kind}", lang)
        window.go("lesson", course.id, "incoterms-landed-cost")
        window.start_presentation()
        window.presentation.resize(*SIZE)
        window.presentation.show()
        window.presentation.move(1)
        shot("presentation", lang, window.presentation)
        window.presentation.close()
    print(f"screenshots written to {HERE}")


if __name__ == "__main__":
    main()
