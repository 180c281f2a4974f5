"""'New profile' for someone already on this laptop (from the roster, typed another way): "Is this you?" opens their
profile (with its PIN), and a merged profile opens with its PIN and where the learner stopped."""

from trainer.bundles.participants import merge_participants
from trainer.people.service import ProfileInput, add_participant, list_participants
from trainer.roster.enrolment import add_and_enrol
from trainer.trust import set_up_organization
from trainer.workshops.service import create_workshop

WAIT = 10000
ANA = {"name": "Ana Núñez", "organization": "Cooperativa Sololá", "email": "ana@solola.example", "country": "GT"}


def on_the_roster(window, example_course, pin: str | None = None):
    """Ana, as the trainer's roster put her on this laptop (with a PIN she chose later, if given)."""
    from trainer.people.service import set_pin

    db = window.context.database
    workshop = create_workshop(db, "Taller Antigua", example_course.id)
    ana, _ = add_and_enrol(db, workshop.id, ProfileInput(**ANA, language="en"))
    if pin:
        set_pin(db, ana.id, pin)
    return ana


def new_profile(window, qtbot, name="ana  NÚÑEZ", organization="cooperativa solola", email="ANA@solola.example",
                lang="en"):
    """Types a new profile for Ana the way she would, and saves it; returns the form."""
    window.set_language(lang)
    window.go("profiles")
    profiles = window.stack.currentWidget()
    profiles.refresh()
    profiles.create_profile()
    form = profiles.dialog
    form.name.setText(name)
    form.organization.setText(organization)
    form.email.setText(email)
    form.save()
    qtbot.waitUntil(lambda: not form.saving, timeout=WAIT)
    return form


def test_is_this_you_opens_the_roster_profile_instead_of_a_second_one(window, qtbot, example_course):
    ana = on_the_roster(window, example_course)
    form = new_profile(window, qtbot)
    found = form.match_dialog
    assert found.isVisible() and found.windowTitle() == "Is this you?"
    assert found.list.count() == 1 and found.list.item(0).text() == "Ana Núñez\nCooperativa Sololá · Guatemala"
    assert found.me_button.text() == "&This is me" and found.me_button.isDefault()
    found.me_button.click()
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert window.context.participant.id == ana.id
    assert [p.id for p in list_participants(window.context.database)] == [ana.id]


def test_new_anyway_creates_a_second_profile(window, qtbot, example_course):
    ana = on_the_roster(window, example_course)
    form = new_profile(window, qtbot)
    form.match_dialog.anyway_button.click()
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert window.context.participant.id != ana.id and window.context.participant.name == "ana NÚÑEZ"
    assert len(list_participants(window.context.database)) == 2


def test_someone_else_with_no_match_gets_a_profile_without_a_question(window, qtbot, example_course):
    on_the_roster(window, example_course)
    form = new_profile(window, qtbot, name="Ana Pérez", email="")
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert not hasattr(form, "match_dialog") and window.context.participant.name == "Ana Pérez"


def test_a_pin_protected_match_opens_only_with_its_pin(window, qtbot, example_course):
    ana = on_the_roster(window, example_course, pin="4826")
    form = new_profile(window, qtbot)
    assert form.match_dialog.list.item(0).text().startswith("Ana Núñez  (PIN)")
    form.match_dialog.me_button.click()
    asked = form.pin_dialog
    assert asked.isVisible() and asked.pin_label.text() == "&PIN for Ana Núñez:"
    asked.pin.setText("1111")
    asked.ok_button.click()
    qtbot.waitUntil(lambda: not asked.checking, timeout=WAIT)
    assert asked.error.text() == "⚠ That PIN is not right. Try again." and window.context.participant is None
    asked.pin.setText("4826")
    asked.ok_button.click()
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert window.context.participant.id == ana.id and len(list_participants(window.context.database)) == 1


def test_a_participant_cannot_take_over_the_trainers_profile_by_typing_her_name(window, qtbot):
    proof = set_up_organization(window.context.database, "Cooperativa Sololá",
                                ProfileInput(name="Rosa Pérez", language="en"), "246810", "tejidos del lago")
    form = new_profile(window, qtbot, name="rosa perez", organization="", email="")
    form.match_dialog.me_button.click()
    asked = form.pin_dialog  # the trainer's PIN, with its delays: nothing opens without it
    assert asked.isVisible() and asked.pin_label.text() == "&PIN for Rosa Pérez:"
    asked.reject()
    assert window.context.participant is None and window.context.proof is None
    assert [p.id for p in list_participants(window.context.database)] == [proof.actor_id]


def test_a_merged_profile_opens_with_its_pin_and_the_latest_place(window, qtbot, example_course):
    db, preferences = window.context.database, window.context.preferences
    ana = on_the_roster(window, example_course)
    twin = add_participant(db, ProfileInput(name="ana nuñez", pin="4826", language="en"))
    lessons = [lesson.id for lesson in example_course.lessons()]
    preferences.set_last_lesson(ana.id, example_course.id, lessons[0])
    preferences.set_last_lesson(twin.id, example_course.id, lessons[2])  # where she stopped last, as the twin
    merge_participants(db, ana.id, twin.id)  # as `trainer participants merge` does it

    window.set_language("en")
    window.go("profiles")
    profiles = window.stack.currentWidget()
    qtbot.waitUntil(lambda: not profiles.loading, timeout=WAIT)  # the profiles load off the GUI thread
    (item,) = [profiles.model.index(i).data() for i in range(profiles.model.rowCount())]
    assert item.startswith("Ana Núñez  (PIN)")  # the twin's PIN now keeps the kept profile
    profiles.choose()
    profiles.dialog.pin.setText("4826")
    profiles.dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert window.context.participant.id == ana.id
    assert preferences.last_lesson(ana.id, example_course.id) == lessons[2]
    assert preferences.last_lesson(twin.id, example_course.id) is None


def test_the_place_set_later_on_the_kept_profile_stays(window, qtbot, example_course):
    db, preferences = window.context.database, window.context.preferences
    ana = on_the_roster(window, example_course)
    twin = add_participant(db, ProfileInput(name="ana nuñez", language="en"))
    lessons = [lesson.id for lesson in example_course.lessons()]
    preferences.set_last_lesson(twin.id, example_course.id, lessons[2])
    preferences.set_last_lesson(ana.id, example_course.id, lessons[1])
    merge_participants(db, ana.id, twin.id)
    window.set_language("en")
    window.go("profiles")
    profiles = window.stack.currentWidget()
    qtbot.waitUntil(lambda: not profiles.loading, timeout=WAIT)
    profiles.choose()
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=WAIT)
    assert preferences.last_lesson(ana.id, example_course.id) == lessons[1]


def test_is_this_you_in_spanish_at_1024x600(window, qtbot, example_course, tmp_path):
    """The dialog fits a small laptop screen in Spanish (the screenshot is kept for people to look at)."""
    on_the_roster(window, example_course)
    window.resize(1024, 600)
    form = new_profile(window, qtbot, lang="es")
    found = form.match_dialog
    found.resize(found.sizeHint())
    assert found.width() <= 1024 and found.height() <= 600
    for label in (found.me_button, found.anyway_button):
        assert label.width() >= label.sizeHint().width()
    found.grab().save(str(tmp_path / "is-this-you-es.png"))
