"""The console's "one person, two profiles" merge keeps the PIN, and refuses to give anyone a trainer's role."""

from tests.gui.console.conftest import (  # noqa: F401 (fixtures)
    console, context, enrol, exports, on_workshop, opened, organizer, workshop,
)
from tests.gui.console.test_console_bundles import usb, usb_page  # noqa: F401 (fixture)
from trainer.people.service import accounts, role_of, set_pin, verify_pin
from trainer.workshops.service import enrol as enrol_ids, roster

WAIT = 20000


def merge_in_console(page, qtbot, keep, other):
    page.people_button.click()
    dialog = page.merge_dialog
    dialog.keep.setCurrentIndex(dialog.keep.findData(keep.id))
    dialog.other.setCurrentIndex(dialog.other.findData(other.id))
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: page.people_status.text().startswith(("✓", "⚠")), timeout=WAIT)
    return page.people_status.text()


def test_the_console_merge_keeps_the_pin(on_workshop, qtbot, monkeypatch, db, usb,  # noqa: F811
                                        enrol, workshop):  # noqa: F811
    ana, twin = enrol("Ana Núñez", "Ana María Núñez")
    set_pin(db, twin.id, "4826")
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    status = merge_in_console(page, qtbot, ana, twin)
    assert status.startswith("✓ Ana María Núñez is now the same person as Ana Núñez")
    assert [p.id for p in roster(db, workshop.id)] == [ana.id]
    assert verify_pin(db, ana.id, "4826").ok and twin.id not in accounts(db)


def test_the_console_merge_never_makes_a_participant_a_trainer(on_workshop, qtbot, monkeypatch, db,  # noqa: F811
                                                              usb, enrol, workshop, organizer):  # noqa: F811
    (ana,) = enrol("Ana Núñez")
    enrol_ids(db, workshop.id, [organizer.actor_id])
    rosa = next(p for p in roster(db, workshop.id) if p.id == organizer.actor_id)
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    status = merge_in_console(page, qtbot, ana, rosa)
    assert status.startswith("⚠") and "Rosa Pérez is an organizer on this laptop and Ana Núñez is not" in status
    assert role_of(db, ana.id) == "participant" and role_of(db, rosa.id) == "organizer"
    assert {p.id for p in roster(db, workshop.id)} == {ana.id, rosa.id}
