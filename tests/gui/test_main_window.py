"""The first window a user sees lists the courses, and explains the ones that cannot open."""

import shutil

from tests.conftest import EXAMPLE_COURSE


def test_window_lists_courses_and_explains_broken_ones(qtbot, tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE_COURSE, tmp_path / "example")
    shutil.copytree(EXAMPLE_COURSE, tmp_path / "zz-broken")
    (tmp_path / "zz-broken" / "basics" / "welcome.en.md").unlink()
    monkeypatch.setenv("TRAINER_COURSES", str(tmp_path))
    from trainer.gui.main_window import MainWindow

    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show()
    window.load()
    texts = [window.course_list.item(i).text() for i in range(window.course_list.count())]
    assert texts[0].startswith("Example course: how Trainer works\n2 modules")
    assert texts[1].startswith("Example course: how Trainer works\nUnavailable:") and "welcome.en.md" in texts[1]
    qtbot.waitUntil(lambda: window.database is not None, timeout=10000)
    assert window.statusBar().currentMessage() == "Ready"
    window.database.dispose()
