"""Who may do what on a shared laptop, in the app: roles are granted, never chosen; the console needs the
trainer's PIN; wrong PINs make the next try wait, even after a restart; the organization is set up once."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QComboBox

from trainer.people.service import ProfileInput, accounts, add_participant, get_participant, role_of
from trainer.storage.models import Account, utc_now
from trainer.trust import leaders, set_up_organization

WAIT = 10000
PIN = "246810"
PASSPHRASE = "tejidos del lago"


def screen(window):
    return window.current_screen


@pytest.fixture
def rosa(window):
    """The laptop's first organizer, set up from the command line's service; the window shows the profiles."""
    window.set_language("en")
    proof = set_up_organization(window.context.database, "Cooperativa Sololá",
                                ProfileInput(name="Rosa Pérez", language="en"), PIN, PASSPHRASE)
    window.go("profiles")
    return get_participant(window.context.database, proof.actor_id)


def type_pin(qtbot, dialog, pin: str) -> None:
    dialog.pin.setText(pin)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=WAIT)


def test_a_new_profile_offers_no_trainer_or_organizer_role(window, qtbot):
    window.set_language("en")
    window.go("profiles")
    profiles = screen(window)
    profiles.create_profile()
    dialog = profiles.dialog
    assert not hasattr(dialog, "role")
    offered = {combo.itemText(i) for combo in dialog.findChildren(QComboBox) for i in range(combo.count())}
    assert not offered & {"Trainer", "Organizer", "Participant"}
    dialog.name.setText("Pablo Ruiz")
    dialog.save()
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert role_of(window.context.database, window.context.participant.id) == "participant"
    assert not window.console_action.isEnabled()


def test_the_console_opens_only_with_the_trainers_pin(window, qtbot, rosa):
    from trainer.gui.console import ConsoleScreen

    ana = add_participant(window.context.database, ProfileInput(name="Ana Núñez", language="en"))
    window.choose_participant(ana)
    assert not window.console_action.isEnabled()
    window.open_console()
    assert not hasattr(window, "pin_dialog")

    window.choose_participant(rosa)
    assert window.console_action.isEnabled()
    window.open_console()
    dialog = window.pin_dialog
    assert dialog.pin_label.text() == "&PIN for Rosa Pérez:"
    type_pin(qtbot, dialog, "135790")
    assert dialog.error.text() == "⚠ That PIN is not right. Try again."
    assert dialog.isVisible() and not isinstance(screen(window), ConsoleScreen) and window.context.proof is None
    type_pin(qtbot, dialog, PIN)
    assert isinstance(screen(window), ConsoleScreen) and not dialog.isVisible()
    assert window.context.proof.actor_id == rosa.id and window.context.proof.role == "organizer"

    window.set_language("es")  # the console is rebuilt in Spanish: still open, still Rosa's
    assert isinstance(screen(window), ConsoleScreen) and window.context.proof.actor_id == rosa.id
    window.set_language("en")
    window.go("courses")  # leaving the console drops the proof: the PIN is asked again next time
    assert window.context.proof is None
    window.open_console()
    type_pin(qtbot, window.pin_dialog, PIN)
    assert window.context.proof is not None
    window.go("profiles")  # another profile: the proof is gone
    assert window.context.proof is None


def test_the_pin_delay_grows_with_wrong_tries_and_survives_a_restart(window, qtbot, rosa):
    from trainer.gui.main_window import MainWindow

    database = window.context.database
    window.choose_participant(rosa)
    window.open_console()
    dialog = window.pin_dialog
    for _ in range(2):  # the first wrong tries cost nothing
        type_pin(qtbot, dialog, "111111")
        assert dialog.error.text() == "⚠ That PIN is not right. Try again."
        assert not dialog.wait.isVisible() and dialog.ok_button.isEnabled()
    type_pin(qtbot, dialog, "111111")  # the third: wait 30 s
    assert dialog.wait.isVisible() and not dialog.ok_button.isEnabled()
    assert dialog.wait.text() in {f"Too many wrong PINs. Wait {s} s before trying again." for s in (29, 30)}
    dialog.pin.setText(PIN)
    dialog.check()  # OK is disabled, and so is Enter: nothing is tried while the wait runs
    assert not dialog.checking and window.context.proof is None

    with database.session() as session:  # 30 s pass
        session.get(Account, rosa.id).locked_until = utc_now() - timedelta(seconds=1)
    dialog.deadline = 0.0
    dialog.tick()
    assert dialog.ok_button.isEnabled() and not dialog.wait.isVisible()
    type_pin(qtbot, dialog, "111111")  # the fourth: the wait doubles
    assert 58 <= dialog.seconds_left() <= 60
    assert dialog.wait.text() in {f"Too many wrong PINs. Wait {t} before trying again."
                                  for t in ("1 min 00 s", "59 s", "58 s")}
    dialog.reject()

    window.close()  # the app is closed and started again on the same laptop: the wait is still there
    again = MainWindow("en")
    qtbot.addWidget(again)
    again.show()
    again.load()
    qtbot.waitUntil(lambda: again.ready, timeout=WAIT)
    try:
        again.choose_participant(get_participant(again.context.database, rosa.id))
        again.open_console()
        restarted = again.pin_dialog
        assert restarted.wait.isVisible() and not restarted.ok_button.isEnabled()
        assert 50 <= restarted.seconds_left() <= 60
        assert accounts(again.context.database)[rosa.id].failed_tries == 4
    finally:
        again.context.database.dispose()


def test_the_set_up_makes_an_organizer_only_on_a_laptop_without_one(window, qtbot, monkeypatch):
    from trainer.certificates.organization import DEFAULT_LOGO, organization
    from trainer.gui.console import ConsoleScreen
    from trainer.gui.organization import SetUpDialog

    window.set_language("en")
    window.go("profiles")
    database = window.context.database
    assert window.setup_action.isEnabled() and not window.console_action.isEnabled()
    window.setup_action.trigger()
    dialog = window.setup_dialog
    assert "cannot be recovered" in dialog.warning.text() and "asked for each time" in dialog.warning.text()

    def press(error: str | None = None) -> None:
        dialog.set_up_button.click()
        if error is not None:
            assert dialog.error.text() == f"⚠ {error}" and dialog.isVisible()

    press("The organization needs a name.")
    dialog.org_name.setText("Cooperativa Tejidos del Lago")
    monkeypatch.setattr(dialog, "choose_logo_file", lambda: DEFAULT_LOGO)
    dialog.logo_button.click()
    assert dialog.logo_label.text() == DEFAULT_LOGO.name
    press("Type your name: you are the first organizer.")
    dialog.name.setText("Rosa Pérez")
    dialog.country.setCurrentIndex(dialog.country.findData("GT"))
    dialog.email.setText("rosa@example.org")
    dialog.pin.setText("2468")
    dialog.pin_again.setText("2468")
    press("The PIN must have 6 to 8 digits.")
    dialog.pin.setText(PIN)
    press("The two PINs are not the same.")
    dialog.pin_again.setText(PIN)
    dialog.passphrase.setText("short")
    press("The passphrase needs at least 8 characters.")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.passphrase_again.setText(PASSPHRASE + " ")
    press("The two passphrases are not the same.")
    assert not leaders(database)
    dialog.passphrase_again.setText(PASSPHRASE)
    press()
    qtbot.waitUntil(lambda: isinstance(screen(window), ConsoleScreen), timeout=WAIT)

    rosa = window.context.participant
    assert (rosa.name, rosa.organization, rosa.country, rosa.email) == (
        "Rosa Pérez", "Cooperativa Tejidos del Lago", "GT", "rosa@example.org")
    assert window.context.proof.actor_id == rosa.id and role_of(database, rosa.id) == "organizer"
    assert organization(database).name == "Cooperativa Tejidos del Lago"
    assert organization(database).logo.name.startswith("organization-logo")  # copied into the data folder
    assert dialog.passphrase.text() == "" and dialog.pin.text() == ""  # nothing secret kept
    assert not window.setup_action.isEnabled() and window.console_action.isEnabled()

    window.set_up_organization()  # the menu item is disabled; and asked anyway, nothing opens
    assert window.setup_dialog is dialog
    second = SetUpDialog(window.context, window)  # a dialog left open from before is refused by the service
    qtbot.addWidget(second)
    second.show()
    for field, text in ((second.org_name, "Otra"), (second.name, "Intrusa"), (second.pin, "999999"),
                        (second.pin_again, "999999"), (second.passphrase, "otra frase larga"),
                        (second.passphrase_again, "otra frase larga")):
        field.setText(text)
    second.set_up_button.click()
    qtbot.waitUntil(lambda: not second.running, timeout=WAIT)
    assert "already has a trainer or organizer" in second.error.text()
    assert [name for _id, name, _role in leaders(database)] == ["Rosa Pérez"]


def test_a_trainer_who_gives_up_the_role_leaves_the_console(window, qtbot, rosa):
    from trainer.gui.console import ConsoleScreen
    from trainer.trust import grant_role
    from trainer.workshops.service import create_workshop, enrol

    database = window.context.database
    ana = add_participant(database, ProfileInput(name="Ana Núñez", language="en"))
    workshop = create_workshop(database, "Taller Sololá", "example")
    enrol(database, workshop.id, [rosa.id])
    window.choose_participant(rosa)
    window.open_console()
    type_pin(qtbot, window.pin_dialog, PIN)
    grant_role(database, window.context.proof, ana.id, "organizer", "975310")  # someone else leads now
    console = screen(window)
    console.reload_workshops()
    console.show_section(1)
    qtbot.waitUntil(lambda: not console.listing and not console.roster.loading, timeout=10000)
    roster = console.roster
    roster.table.selectRow(0)
    roster.role_button.click()
    roster.role_dialog.role.setCurrentIndex(roster.role_dialog.role.findData("participant"))
    roster.role_dialog.save_button.click()
    qtbot.waitUntil(lambda: not isinstance(screen(window), ConsoleScreen), timeout=WAIT)
    assert role_of(database, rosa.id) == "participant" and window.context.proof is None
    assert not window.console_action.isEnabled()


def test_going_back_to_the_console_asks_the_pin_again(window, qtbot, rosa):
    from trainer.gui.console import ConsoleScreen

    window.choose_participant(rosa)
    window.open_console()
    type_pin(qtbot, window.pin_dialog, PIN)
    first = window.pin_dialog
    window.go("courses")
    window.back()  # Back to the console: no proof any more, so the PIN is asked
    assert not isinstance(screen(window), ConsoleScreen) and window.pin_dialog is not first
    assert window.pin_dialog.isVisible()
    type_pin(qtbot, window.pin_dialog, PIN)
    assert isinstance(screen(window), ConsoleScreen) and window.context.proof.actor_id == rosa.id
