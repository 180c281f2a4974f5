"""A learner's window on a laptop with only the example course, driven as a person would."""

import shutil

import pytest

from tests.conftest import EXAMPLE_COURSE


@pytest.fixture
def courses(tmp_path, monkeypatch):
    folder = tmp_path / "courses"
    shutil.copytree(EXAMPLE_COURSE, folder / "example")
    monkeypatch.setenv("TRAINER_COURSES", str(folder))
    return folder


@pytest.fixture
def window(qtbot, courses):
    from trainer.gui.i18n import install_language
    from trainer.gui.main_window import MainWindow

    install_language("en")
    main = MainWindow("en")
    qtbot.addWidget(main)
    main.show()
    main.load()
    qtbot.waitUntil(lambda: main.ready, timeout=10000)
    yield main
    install_language("en")
    main.context.database.dispose()


@pytest.fixture
def learner(window, qtbot):
    """A window where Ana (Guatemala) has chosen her profile, in English."""
    from trainer.people.service import ProfileInput, add_participant

    window.set_language("en")
    ana = add_participant(window.context.database, ProfileInput(name="Ana Núñez", country="GT", language="en"))
    window.go("profiles")
    window.choose_participant(ana)
    from trainer.gui.saving import writer_for

    # the writer's first write opens its connection; a screen opened before it is done shows "saving…" first
    qtbot.waitUntil(lambda: not writer_for(window.context.database).pending(), timeout=10000)
    return window
