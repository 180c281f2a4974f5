"""Preferences on a laptop that has seen thousands of profiles: opening lessons writes one small file a moment
later (never the laptop's shared file, which older versions let grow with every profile), and what was set is
there after a restart."""

import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication

from trainer.gui.preferences import WRITE_AFTER_MS, Preferences
from trainer.paths import data_dir

OTHERS = 3000
READ_BACK = """
from PySide6.QtCore import QCoreApplication
from trainer.gui.preferences import Preferences
app = QCoreApplication([])
p = Preferences()
print(p.language, p.last_course("ana"), p.last_lesson("ana", "example"), p.text_size("ana"), p.quiz_options("ana"),
      p.last_lesson("old", "example"))
"""


def shared_file_of_an_older_version(profiles: int):
    """preferences.ini as older versions wrote it: every profile's keys in it (here, one of them is 'old')."""
    lines = ["[General]", "language=es", "", "[profiles]"]
    for number in range(profiles):
        lines += [f"p{number}\\last_course=example", f"p{number}\\text_size=1"]
    lines += ["old\\example\\last_lesson=welcome", "old\\example\\last_lesson_at=2026-01-01T00:00:00"]
    path = data_dir() / "preferences.ini"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def restarted() -> str:
    return subprocess.run([sys.executable, "-c", READ_BACK], capture_output=True, text=True, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()


def test_opening_lessons_with_3000_other_profiles_writes_only_the_profiles_small_file(qtbot):
    shared = shared_file_of_an_older_version(OTHERS)
    before = shared.stat()
    preferences = Preferences()
    own = data_dir() / "profiles" / "ana.ini"
    for lesson in ("welcome", "online-order", "try-a-lab"):  # as each lesson opens
        preferences.set_last_course("ana", "example")
        preferences.set_last_lesson("ana", "example", lesson)
        qtbot.wait(50)  # the event loop turns, as between two lessons
        assert not own.exists()  # no file write (with its fsync) per lesson on the GUI thread
    assert preferences.last_lesson("ana", "example") == "try-a-lab"  # though read back at once
    qtbot.waitUntil(own.exists, timeout=WRITE_AFTER_MS + 3000)  # a moment later, all three in one write
    assert own.stat().st_size < 400
    after = shared.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_preferences_set_just_before_quitting_are_there_after_a_restart(qtbot):
    shared_file_of_an_older_version(10)
    preferences = Preferences()
    preferences.language = "en"
    preferences.set_last_course("ana", "example")
    preferences.set_last_lesson("ana", "example", "online-order")
    preferences.set_text_size("ana", 3)
    preferences.set_quiz_options("ana", False, True)
    assert preferences.last_lesson("old", "example") == "welcome"  # an older version's keys, moved on first read
    QCoreApplication.instance().aboutToQuit.emit()  # the window is closed before the batch's timer runs
    assert restarted() == "en example online-order 3 (False, True) welcome"
    assert "old" not in (data_dir() / "preferences.ini").read_text(encoding="utf-8")  # moved, not copied


def test_a_profile_id_from_a_bundle_cannot_name_a_file_outside_the_profiles_folder(qapp, isolated):
    from trainer.gui.preferences import Preferences

    preferences = Preferences()
    preferences.set_last_course("../../escaped", "example")
    preferences.write()
    assert not list(isolated.parent.glob("escaped*")) and not list(isolated.glob("escaped*"))
    assert Preferences().last_course("../../escaped") == "example"
