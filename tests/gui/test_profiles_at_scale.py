"""'Who is learning?' on an office laptop with thousands of profiles: the window never freezes while they load,
typing part of a name finds it, and the people who studied lately come first."""

import time

from PySide6.QtWidgets import QWidget
from sqlalchemy import insert

from tests.gui.test_saving import Heartbeat
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson
from trainer.storage.models import Participant, utc_now

WAIT = 20000


def many_people(db, count: int) -> None:
    """`count` profiles at once, as years of workshops leave them on an office database (Core: seconds, not minutes)."""
    device, now = db.device_id(), utc_now()
    rows = [dict(id=f"00000000-0000-4000-8000-{number:012d}", origin_device_id=device, name=f"Participante {number:05d}",
                 organization=f"Cooperativa {number % 300}", sector="private", country="GT", language="en",
                 created_at=now, updated_at=now) for number in range(count)]
    with db.engine.begin() as connection:
        connection.execute(insert(Participant.__table__), rows)


def test_three_thousand_profiles_load_without_freezing_and_search_finds_one(window, qtbot):
    db = window.context.database
    many_people(db, 3000)
    add_participant(db, ProfileInput(name="Ángela Núñez", organization="Café Copán", country="HN", pin="4821",
                                     language="en"))
    window.set_language("en")
    heartbeat = Heartbeat()
    started = time.perf_counter()
    window.go("profiles")
    profiles = window.current_screen
    assert time.perf_counter() - started < 0.5  # the screen is up at once; the rows follow
    qtbot.waitUntil(lambda: not profiles.loading, timeout=WAIT)
    longest = heartbeat.stop()
    assert longest < 0.100, f"the window froze {longest * 1000:.0f} ms, {heartbeat.worst_at:.2f} s into the load"
    assert profiles.model.rowCount() == 3001
    assert len(profiles.findChildren(QWidget)) < 60  # an item model over tuples: no widget or item per person
    assert profiles.list.currentIndex().row() == 0 and profiles.open_button.isEnabled()

    profiles.search.setText("nunez")  # as typed: no accents, lower case
    assert [profiles.model.index(row).data() for row in range(profiles.model.rowCount())] == [
        "Ángela Núñez  (PIN)\nCafé Copán · Honduras"]
    profiles.search.setText("cooperativa 7")
    assert profiles.model.rowCount() == len([n for n in range(3000) if str(n % 300).startswith("7")])
    profiles.search.setText("nadie se llama así")
    assert profiles.model.rowCount() == 0 and not profiles.open_button.isEnabled()
    assert profiles.status.text() == "No profile matches “nadie se llama así”."
    profiles.search.setText("Ángela")
    profiles.choose()  # Enter on the one found: her PIN is asked
    assert profiles.dialog.pin_label.text() == "&PIN for Ángela Núñez:"


def test_who_studied_lately_comes_first(window, qtbot, example_course):
    db = window.context.database
    many_people(db, 50)
    zoe = add_participant(db, ProfileInput(name="Zoë Ruiz", language="en"))
    complete_lesson(db, zoe.id, example_course, example_course.lessons()[0].id)
    window.set_language("en")
    window.go("profiles")
    profiles = window.current_screen
    qtbot.waitUntil(lambda: not profiles.loading, timeout=WAIT)
    shown = [profiles.model.index(row).data() for row in range(3)]
    assert shown == ["Zoë Ruiz", "Participante 00000\nCooperativa 0 · Guatemala",
                     "Participante 00001\nCooperativa 1 · Guatemala"]
    profiles.choose()  # Enter opens the first: the one who studied here last
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert window.context.participant.id == zoe.id
