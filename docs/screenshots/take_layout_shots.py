"""Every learner screen and every console page, in Spanish, at 1024 x 600 and 1366 x 768, with what is cut off.

Runs the app offscreen on a throw-away data folder with the bundled courses, a learner who has done part of
the first module, and a two-day workshop of eight people; saves docs/screenshots/layout/<screen>-<size>.png and
prints, per screen, any text that does not fit (the same check as tests/gui/test_learner_screens_fit.py):

    QT_QPA_PLATFORM=offscreen python docs/screenshots/take_layout_shots.py
"""

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SIZES = [(1024, 600), (1366, 768)]
PEOPLE = ["María de los Ángeles Domínguez", "José Antonio Peña Hernández", "Rosa Elena Quispe Mamani",
          "Luis Fernando Gómez", "Carmen Ibáñez", "Óscar Muñoz Castañeda", "Lucía Álvarez", "Pedro Núñez"]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TRAINER_HOME"] = tempfile.mkdtemp(prefix="trainer-layout-")
    os.environ["TRAINER_COURSES"] = str(REPO / "courses")
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from tests.gui.layout_check import fits
    from trainer.gui.app import create_window
    from trainer.people.service import ProfileInput
    from trainer.progress.service import complete_lesson
    from trainer.roster.enrolment import add_and_enrol
    from trainer.trust import set_up_organization
    from trainer.workshops.service import add_session, create_workshop

    def settle(ms: int = 120) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = create_window("es")
    while not window.ready:
        settle(50)
    window.set_language("es")
    db = window.context.database
    course = window.context.course("ecommerce-export")
    organizer = set_up_organization(db, "Cooperativa Tejidos del Lago", ProfileInput(
        name="Rosa Pérez", country="GT"), "246810", "tejidos del lago")
    workshop = create_workshop(db, "Comercio electrónico para exportar — Sololá, marzo", course.id,
                               place="Sololá", country="GT")
    for offset in (0, 1):
        add_session(db, workshop.id, date.today() + timedelta(days=offset), 4)
    people = [add_and_enrol(db, workshop.id, ProfileInput(name=name, organization="Cooperativa Tejidos del Lago",
                                                          country="GT", sector="private"))[0] for name in PEOPLE]
    for lesson in course.module("signatures").lessons[:3]:
        complete_lesson(db, people[0].id, course, lesson.id)

    out = HERE / "layout"
    out.mkdir(exist_ok=True)
    problems = {}

    def shot(name: str, widget, size) -> None:
        settle()
        found = fits(widget, *size)
        settle(60)
        widget.grab().save(str(out / f"{name}-{size[0]}x{size[1]}.png"))
        if found:
            problems[f"{name} {size[0]}x{size[1]}"] = found

    for size in SIZES:
        window.choose_participant(people[0])
        for name, place in (("course-home", ("course", course.id)), ("lesson", ("lesson", course.id, "laws-region")),
                            ("quiz", ("quiz", course.id, "signatures-quiz")), ("my-progress", ("progress", course.id))):
            window.go(*place)
            shot(name, window, size)
        for lab in course.labs():
            window.go("lab", course.id, lab.id)
            shot(f"lab-{lab.kind}", window, size)
        window.go("profiles")
        shot("profiles", window, size)
        from trainer.people.service import get_participant

        window.choose_participant(get_participant(db, organizer.actor_id))
        window.context.proof = organizer
        window.go("console")
        console = window.stack.currentWidget()
        console.select_workshop(workshop.id)
        for index in range(console.nav.count()):
            console.show_section(index)
            shot(f"console-{index + 1}", window, size)
        window.go("profiles")
    for screen, found in problems.items():
        print(screen)
        for line in found:
            print("   ", line)
    print(f"screenshots written to {out}; {len(problems)} screen(s) with text cut off")
    window.close()


if __name__ == "__main__":
    main()
