"""Every page of the trainer console, in Spanish, with a real workshop (8 people, two days, the 14-question
quizzes of the bundled course), is usable at 1024 x 600 and 1366 x 768: nothing forces the window larger and no
label, button, picker or table header is cut off (issue 12, item 9)."""

from datetime import date, timedelta

import pytest

from tests.conftest import REPO
from tests.gui.layout_check import fits

SIZES = [(1024, 600), (1366, 768)]
PEOPLE = ["María de los Ángeles Domínguez", "José Antonio Peña Hernández", "Rosa Elena Quispe Mamani",
          "Luis Fernando Gómez", "Carmen Ibáñez", "Óscar Muñoz Castañeda", "Lucía Álvarez", "Pedro Núñez"]


@pytest.fixture
def spanish_console(qtbot, context, db):
    from trainer.courses.loader import load_course
    from trainer.gui.console import ConsoleScreen
    from trainer.gui.i18n import install_language
    from trainer.people.service import ProfileInput
    from trainer.roster.enrolment import add_and_enrol
    from trainer.workshops.service import add_session, create_workshop

    install_language("es")
    context.lang = "es"
    context.course_loads = [load_course(REPO / "courses" / "ecommerce-export", deep=False)]
    workshop = create_workshop(db, "Comercio electrónico para exportar — Sololá, marzo", "ecommerce-export",
                               place="Sololá", country="GT")
    for offset in (0, 1):
        add_session(db, workshop.id, date.today() + timedelta(days=offset), 4)
    for name in PEOPLE:
        add_and_enrol(db, workshop.id, ProfileInput(name=name, organization="Cooperativa Tejidos del Lago",
                                                    country="GT", sector="private"))
    console = ConsoleScreen(context)
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    console.select_workshop(workshop.id)
    yield console
    install_language("en")


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_console_page_fits_in_spanish(spanish_console, qtbot, size):
    console = spanish_console
    problems = {}
    for index in range(console.nav.count()):
        console.show_section(index)
        qtbot.wait(30)
        found = fits(console, *size)
        if found:
            problems[console.nav.item(index).text()] = found
    assert problems == {}
