"""A trainer console on a fresh database with the example course, in English, with exports in a temp folder,
opened by the laptop's organizer (set up with PIN and passphrase below)."""

from datetime import date, timedelta

import pytest

from tests.conftest import EXAMPLE_COURSE

PIN = "246810"
PASSPHRASE = "tejidos del lago"


@pytest.fixture
def exports(tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    monkeypatch.setenv("TRAINER_EXPORTS", str(folder))
    return folder


@pytest.fixture
def opened(monkeypatch):
    """What the console handed to the operating system to open (nothing is really opened in tests)."""
    calls = []
    monkeypatch.setattr("trainer.gui.console.common.open_path", lambda path: calls.append(path) or True)
    return calls


@pytest.fixture
def organizer(db):
    """The proof of the laptop's first organizer, Rosa, from the organization's set-up."""
    from trainer.people.service import ProfileInput
    from trainer.trust import set_up_organization

    return set_up_organization(db, "Cooperativa Sololá", ProfileInput(name="Rosa Pérez", country="GT"), PIN,
                               PASSPHRASE)


@pytest.fixture
def context(qapp, db, exports, opened, organizer):
    from trainer.courses.loader import load_course
    from trainer.gui.context import AppContext
    from trainer.gui.i18n import install_language
    from trainer.people.service import get_participant

    install_language("en")
    context = AppContext("en")
    context.database = db
    context.course_loads = [load_course(EXAMPLE_COURSE, deep=False)]
    context.participant = get_participant(db, organizer.actor_id)
    context.proof = organizer  # as when Rosa opened the console with her PIN
    return context


@pytest.fixture
def workshop(db):
    """A workshop in Guatemala with a session yesterday, today and tomorrow."""
    from trainer.workshops.service import add_session, create_workshop, get_workshop

    created = create_workshop(db, "Taller Sololá", "example", country="GT")
    today = date.today()
    for offset in (-1, 0, 1):
        add_session(db, created.id, today + timedelta(days=offset), 4)
    return get_workshop(db, created.id)


@pytest.fixture
def console(qtbot, context):
    from trainer.gui.console import ConsoleScreen

    screen = ConsoleScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def enrol(db, workshop):
    """enrol("Ana", "Beto") puts people on the workshop's roster and returns them."""
    from trainer.people.service import ProfileInput
    from trainer.roster.enrolment import add_and_enrol

    def enrol_names(*names):
        return [add_and_enrol(db, workshop.id, ProfileInput(name=name, country="GT"))[0] for name in names]

    return enrol_names


@pytest.fixture
def on_workshop(qtbot, console, workshop):
    """The console with the workshop chosen, showing the section `on_workshop(n)` (0: Workshops ... 5: Reports),
    once the lists it fetches off the GUI thread have arrived."""

    def show(section: int):
        console.reload_workshops()
        console.select_workshop(workshop.id)
        console.show_section(section)
        page = console.pages.currentWidget()
        qtbot.waitUntil(lambda: not console.listing and not getattr(page, "loading", False), timeout=10000)
        return page

    return show
