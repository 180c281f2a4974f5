"""Every learner screen, in Spanish, is usable at 1024 x 600 and 1366 x 768: the window is not forced larger
than the screen and no label, button, list or table header is cut off (issue 12, item 9). The console's pages
are checked in tests/gui/console/test_console_pages_fit.py."""

import pytest

from tests.conftest import REPO
from tests.gui.layout_check import fits

SIZES = [(1024, 600), (1366, 768)]


@pytest.fixture
def spanish_learner(qtbot, monkeypatch):
    """The real bundled courses, in Spanish, for María (Guatemala) who has done some of the first module."""
    monkeypatch.setenv("TRAINER_COURSES", str(REPO / "courses"))
    from trainer.gui.i18n import install_language
    from trainer.gui.main_window import MainWindow
    from trainer.people.service import ProfileInput, add_participant
    from trainer.progress.service import complete_lesson

    install_language("es")
    window = MainWindow("es")
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    window.set_language("es")
    course = window.context.course("ecommerce-export")
    maria = add_participant(window.context.database, ProfileInput(
        name="María de los Ángeles Domínguez Castañeda", organization="Cooperativa Tejidos del Lago de Atitlán",
        country="GT", sector="private", language="es"))
    for lesson in course.module("signatures").lessons[:3]:
        complete_lesson(window.context.database, maria.id, course, lesson.id)
    window.choose_participant(maria)
    yield window, course, maria
    install_language("en")
    window.context.database.dispose()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_learner_screen_fits_in_spanish(spanish_learner, qtbot, size):
    window, course, maria = spanish_learner
    places = [("profiles",), ("courses",), ("course", course.id), ("lesson", course.id, "laws-region"),
              ("quiz", course.id, "signatures-quiz"), ("progress", course.id)]
    places += [("lab", course.id, lab.id) for lab in course.labs()]
    problems = {}
    for place in places:
        if window.context.participant is None:
            window.choose_participant(maria)
        window.go(*place)
        qtbot.wait(30)
        found = fits(window, *size)
        if found:
            problems[" ".join(place)] = found
    assert problems == {}

